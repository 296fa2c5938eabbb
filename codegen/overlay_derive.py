"""Write the overlay that turns a raw upstream spec into a corrected one (an authoring aid, run by hand).

    python -m codegen.overlay_derive specs/across/upstream/openapi.yaml CORRECTED.yaml \
        --reasons REASONS.yaml --title "..." > specs/across/overlay.yaml

The actions are as fine-grained as the Overlay merge allows while keeping the corrected document's key order (the
generated clients follow it: model fields, enum members): an ``update`` on the deepest object that changed, a
``remove`` for every upstream key we drop, and remove-then-update for keys whose position moves. Lists are replaced
whole, except lists of named objects (parameters) with the same names in the same order, which are entered through a
``[?(@.name == '...')]`` filter so a parameter upstream drops shows up as an unmatched target.

Each action's ``description`` comes from ``--reasons``: a mapping of JSONPath target prefixes to the reason (our
correction and its evidence); the longest matching prefix wins, and an action no reason covers fails the run. A key
starting with ``*`` matches any target containing the rest (``*x-gitbook-``: docs-site extensions wherever they are)
and wins over prefixes.
Afterwards the overlay is edited by hand like any source file; this tool only saves typing the first version.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any

import yaml

from codegen.spec_yaml import dump, load_text

_PLAIN_KEY = re.compile(r"[A-Za-z_$][\w$-]*\Z")
# Mappings whose key order reaches the generated code (model fields, response handling, content types, the default
# security scheme). Elsewhere (OpenAPI keywords; `paths` and `schemas`, whose order only reorders the client README's
# operation list) order carries no meaning and is not kept, so a correction inside a path or schema stays a small
# action on it instead of a remove-and-re-add that would hide what upstream changes there.
ORDERED = {"properties", "responses", "content", "securitySchemes", "parameters", "headers"}


def step(key: object) -> str:
    """The JSONPath step for a mapping key: ``.name`` when plain, else ``['key']``."""
    text = str(key)
    return f".{text}" if _PLAIN_KEY.match(text) else "['" + text.replace("'", "\\'") + "']"


def _named(items: Any) -> list[str] | None:
    """The ``name`` of every item when all are objects with distinct string names, else None."""
    if not isinstance(items, list) or not all(isinstance(i, dict) and isinstance(i.get("name"), str) for i in items):
        return None
    names = [i["name"] for i in items]
    return names if len(set(names)) == len(names) and "'" not in "".join(names) else None


def _kept_prefix(up: dict[str, Any], ours: dict[str, Any], ordered: bool) -> list[str]:
    """The longest prefix of our keys that upstream has in the same relative order (they can stay where they are);
    every common key when order does not matter."""
    if not ordered:
        return [k for k in up if k in ours]
    upstream_order = [k for k in up if k in ours]
    kept: list[str] = []
    for key in ours:
        if key not in up or upstream_order[: len(kept) + 1] != [*kept, key]:
            break
        kept.append(key)
    return kept


def diff(up: Any, ours: Any, target: str, actions: list[dict[str, Any]], ordered: bool = False) -> None:
    """Append the actions that turn the object ``up`` at ``target`` into ``ours`` (both objects)."""
    kept = _kept_prefix(up, ours, ordered)
    removes = [k for k in up if k not in kept]
    actions.extend({"target": target + step(k), "remove": True} for k in removes)
    changed: dict[str, Any] = {}
    for key in kept:
        a, b = up[key], ours[key]
        if a == b and type(a) is type(b):
            continue
        if isinstance(a, dict) and isinstance(b, dict):
            diff(a, b, target + step(key), actions, key in ORDERED and not ordered)
        elif _named(a) is not None and _named(a) == _named(b):
            for item_a, item_b in zip(a, b, strict=True):
                if item_a != item_b:
                    diff(item_a, item_b, f"{target}{step(key)}[?(@.name == '{item_b['name']}')]", actions)
        else:
            changed[key] = b
    changed.update({k: ours[k] for k in ours if k not in kept})
    if changed:
        actions.append({"target": target, "update": changed})


def describe(actions: list[dict[str, Any]], reasons: dict[str, str]) -> list[dict[str, Any]]:
    """Give every action the reason of the longest target prefix in ``reasons`` (``description`` first)."""
    out = []
    for action in actions:
        target = action["target"]
        anywhere = [p for p in reasons if p.startswith("*") and p[1:] in target]
        prefixes = anywhere or [p for p in reasons if not p.startswith("*") and target.startswith(p)]
        if not prefixes:
            raise SystemExit(f"no reason covers {target}: add a prefix to --reasons")
        out.append(
            {"target": target, "description": reasons[max(prefixes, key=len)]}
            | {k: v for k, v in action.items() if k != "target"}
        )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("upstream")
    parser.add_argument("corrected")
    parser.add_argument("--reasons", required=True, help="YAML mapping: JSONPath prefix -> reason")
    parser.add_argument("--title", required=True)
    parser.add_argument("--info-description", default="")
    args = parser.parse_args(argv)
    with open(args.upstream, encoding="utf-8") as fh:
        up = load_text(fh.read())
    with open(args.corrected, encoding="utf-8") as fh:
        ours = load_text(fh.read())
    with open(args.reasons, encoding="utf-8") as fh:
        reasons = yaml.safe_load(fh)
    actions: list[dict[str, Any]] = []
    diff(up, ours, "$", actions)
    info = {"title": args.title, "version": "1.0.0"}
    if args.info_description:
        info["description"] = args.info_description
    sys.stdout.write(dump({"overlay": "1.0.0", "info": info, "actions": describe(actions, reasons)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
