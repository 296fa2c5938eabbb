"""Optional features and the extras that install them.

A core install (``pip install swapsuite``) carries httpx, cryptography and the four generated clients only. The
command line, the sandboxes and the drift classifier need more; each checks for its packages when it is first used
and raises :class:`~swapsuite.errors.MissingExtraError` naming the extra to install, instead of a bare
``ModuleNotFoundError`` for a package the user never asked for.
"""

from __future__ import annotations

import importlib
import importlib.util
from types import ModuleType

from .errors import MissingExtraError

# extra -> the importable modules it provides (the distributions are listed in adapters/pyproject.toml)
EXTRAS: dict[str, tuple[str, ...]] = {
    "cli": ("click", "rich"),
    "sandbox": ("starlette", "uvicorn"),
    "drift": ("yaml",),
}
FEATURES = {"cli": "the swapsuite command line", "sandbox": "the local sandboxes", "drift": "the drift classifier"}


def missing(extra: str) -> list[str]:
    """The modules of ``extra`` that are not installed (found without importing them)."""
    return [name for name in EXTRAS[extra] if importlib.util.find_spec(name) is None]


def require(extra: str) -> None:
    """Raise :class:`MissingExtraError` unless every package of ``extra`` is installed."""
    absent = missing(extra)
    if absent:
        raise MissingExtraError(
            f"{FEATURES[extra]} needs the [{extra}] extra ({', '.join(absent)} not installed): "
            f"pip install 'swapsuite[{extra}]'",
            extra=extra,
        )


def load(extra: str, module: str) -> ModuleType:
    """Import ``module`` of ``extra`` (e.g. ``load("drift", "yaml")``), or raise :class:`MissingExtraError`."""
    require(extra)
    return importlib.import_module(module)
