"""``python -m swapsuite`` and the ``swapsuite`` console script.

The command line lives in ``swapsuite.cli`` and needs the ``[cli]`` extra (click, rich); without it this entry
point prints one line naming the extra instead of a traceback about a module the user never installed.
"""

from __future__ import annotations

import sys

from .errors import MissingExtraError
from .extras import require


def main() -> None:
    """Run the command line (``swapsuite --help``)."""
    try:
        require("cli")
        from .cli import main as cli_main

        cli_main(prog_name="swapsuite")
    except MissingExtraError as exc:  # also a command needing another extra: `swapsuite demo` without [sandbox]
        print(f"error: {exc}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
