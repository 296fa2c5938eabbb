"""``python -m swapsuite.drift``: print the rule table (kind, severity, side, reasoning) as Markdown."""

from __future__ import annotations

from .rules import rules_markdown

if __name__ == "__main__":
    print(rules_markdown())
