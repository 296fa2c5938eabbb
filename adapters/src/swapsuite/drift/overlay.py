"""OpenAPI Overlay 1.0 documents: apply our corrections to a provider's raw upstream spec.

An overlay is ``{overlay: 1.0.0, info: {title, version}, actions: [...]}``; each action has a JSONPath ``target``,
a ``description`` (why we correct upstream there) and either ``update`` (merged into every node the target selects)
or ``remove: true`` (every selected node is deleted from its parent). Actions apply in order, each to the result of
the previous ones.

Merge rule (the Overlay 1.0 text, made precise): an object merged into an object merges key by key, recursively;
any other value (string, number, list) replaces the one under the same key; an ``update`` whose target is a list is
appended to it. To replace an object wholesale, ``remove`` it and ``update`` its parent.

The JSONPath subset is what the specs need: ``$``, ``.name``, ``['name with / or {}']``, ``[N]``, ``[*]`` and the
filter ``[?(@.name == 'value')]`` (list items whose field equals a string). An action whose target selects nothing
is not an error here: :func:`apply` returns it as *unmatched*, which is the clearest sign that upstream moved under a
correction (the drift gate reports them; ``codegen.generate`` refuses them).
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

OVERLAY_VERSION = "1.0.0"
_SEGMENT = re.compile(
    r"""\.(?P<name>[A-Za-z_$][\w$-]*)"""
    r"""|\[(?P<quote>['"])(?P<key>(?:(?!(?P=quote)).)*)(?P=quote)\]"""
    r"""|\[(?P<index>-?\d+)\]"""
    r"""|\[(?P<star>\*)\]|\.(?P<dotstar>\*)"""
    r"""|\[\?\(@\.(?P<field>[\w$-]+)\s*==\s*(?P<fq>['"])(?P<value>(?:(?!(?P=fq)).)*)(?P=fq)\)\]"""
)


class OverlayError(ValueError):
    """The overlay document or one of its targets is malformed (not: a target that matches nothing)."""


@dataclass(frozen=True)
class Action:
    """One overlay action: where (``target``), why (``description``) and what (``update`` or ``remove``)."""

    target: str
    description: str
    update: Any = None
    remove: bool = False


@dataclass(frozen=True)
class Segment:
    """One parsed JSONPath step: a key, an index, every child, or a filter on a field of list items."""

    kind: str  # "key" | "index" | "star" | "filter"
    key: str = ""
    index: int = 0
    value: str = ""


def parse_path(target: str) -> list[Segment]:
    """Parse a JSONPath of the supported subset; :class:`OverlayError` names the unreadable part."""
    if not target.startswith("$"):
        raise OverlayError(f"target {target!r} does not start with '$'")
    segments, pos = [], 1
    while pos < len(target):
        m = _SEGMENT.match(target, pos)
        if m is None:
            raise OverlayError(
                f"target {target!r}: cannot read from {target[pos:]!r} (supported: .a ['a'] [0] [*] [?(@.f=='v')])"
            )
        if m["name"] is not None or m["key"] is not None:
            segments.append(Segment("key", key=m["name"] if m["name"] is not None else m["key"]))
        elif m["index"] is not None:
            segments.append(Segment("index", index=int(m["index"])))
        elif m["star"] or m["dotstar"]:
            segments.append(Segment("star"))
        else:
            segments.append(Segment("filter", key=m["field"], value=m["value"]))
        pos = m.end()
    return segments


# A selected node is addressed by (parent container, key or index) so that remove can delete it; the root has none.
_Slot = tuple[Any, Any]


def _children(node: Any, seg: Segment) -> list[_Slot]:
    if seg.kind == "key":
        return [(node, seg.key)] if isinstance(node, dict) and seg.key in node else []
    if seg.kind == "index":
        if isinstance(node, list) and -len(node) <= seg.index < len(node):
            return [(node, seg.index % len(node))]
        return []
    if seg.kind == "star":
        keys = list(node) if isinstance(node, dict) else range(len(node)) if isinstance(node, list) else []
        return [(node, k) for k in keys]
    if not isinstance(node, list):
        return []
    return [(node, i) for i, item in enumerate(node) if isinstance(item, dict) and item.get(seg.key) == seg.value]


def select(document: Any, target: str) -> list[_Slot]:
    """Every node ``target`` selects, as ``(parent, key)`` slots (``(None, None)`` for the root ``$``)."""
    slots: list[_Slot] = [(None, None)]
    for seg in parse_path(target):
        slots = [child for parent, key in slots for child in _children(_at(document, parent, key), seg)]
    return slots


def _at(document: Any, parent: Any, key: Any) -> Any:
    return document if parent is None else parent[key]


def merge(base: Any, update: Any) -> Any:
    """The Overlay merge of ``update`` into ``base`` (returns the merged value; mutates ``base`` objects)."""
    if isinstance(base, dict) and isinstance(update, dict):
        for key, value in update.items():
            base[key] = merge(base[key], value) if key in base else copy.deepcopy(value)
        return base
    if isinstance(base, list) and not isinstance(update, list):
        base.append(copy.deepcopy(update))
        return base
    return copy.deepcopy(update)


def parse_overlay(data: Any) -> list[Action]:
    """Validate an overlay document (already parsed from YAML/JSON) and return its actions in order."""
    if not isinstance(data, dict) or str(data.get("overlay", "")) != OVERLAY_VERSION:
        raise OverlayError(f"not an OpenAPI Overlay {OVERLAY_VERSION} document (`overlay: {OVERLAY_VERSION}` missing)")
    info = data.get("info")
    if not isinstance(info, dict) or "title" not in info or "version" not in info:
        raise OverlayError("overlay `info` needs `title` and `version`")
    actions = []
    for number, raw in enumerate(data.get("actions") or [], 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("target"), str):
            raise OverlayError(f"action {number}: needs a string `target`")
        if ("update" in raw) == bool(raw.get("remove")):
            raise OverlayError(f"action {number} ({raw['target']}): exactly one of `update` and `remove: true`")
        parse_path(raw["target"])
        actions.append(
            Action(raw["target"], str(raw.get("description", "")), raw.get("update"), bool(raw.get("remove")))
        )
    return actions


def apply(document: dict[str, Any], overlay: Any) -> tuple[dict[str, Any], list[Action]]:
    """Apply an overlay to a copy of ``document``: ``(result, actions whose target selected nothing)``."""
    result = copy.deepcopy(document)
    unmatched = []
    for action in parse_overlay(overlay):
        slots = select(result, action.target)
        if not slots:
            unmatched.append(action)
            continue
        if action.remove:
            # Delete list items from the back so the remaining indices stay valid.
            for parent, key in sorted(slots, key=lambda s: s[1] if isinstance(s[1], int) else 0, reverse=True):
                if parent is None:
                    raise OverlayError(f"{action.target}: cannot remove the root")
                del parent[key]
            continue
        for parent, key in slots:
            merged = merge(_at(result, parent, key), action.update)
            if parent is None:
                result = merged
            else:
                parent[key] = merged
    return result, unmatched
