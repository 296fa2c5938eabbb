"""Multi-file specs: external ``$ref``s (``./schemas/pet.yaml``, ``common.yaml#/components/schemas/Money``) are
bundled into the root document so that the classifier only ever follows local pointers.

Every external target is copied once under ``x-swapsuite-external/<Name>`` of the root document (``<Name>`` is the
last pointer segment, or the file's stem, made unique) and the ``$ref`` rewritten to point there. References
inside a copied target are resolved relative to *its* file, including its own ``#/...`` pointers; a reference back
into the root document becomes a plain local pointer again. Cycles across files work because a target is
registered before its own references are followed.

Relative references resolve against the referring file's directory (or URL). Remote references — an ``http(s)``
URL, or any reference from a document that was itself fetched from a URL — are refused unless the caller allows
them: a spec must not make the drift gate fetch from hosts nobody chose.
"""

from __future__ import annotations

import copy
import os
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin

EXTERNAL = "x-swapsuite-external"


def _is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


class Bundler:
    """Rewrites the external ``$ref``s of one root document (see the module docstring)."""

    def __init__(self, root: str, data: dict[str, Any], *, allow_remote: bool, read: Any, parse: Any) -> None:
        self.root = self._normal(root)
        self.data = data
        self.allow_remote = allow_remote
        self.read, self.parse = read, parse  # load.read_source and a YAML parser; both raise SpecLoadError
        self.files: dict[str, Any] = {self.root: data}
        self.names: dict[tuple[str, str], str] = {}
        self.store: dict[str, Any] = {}

    @staticmethod
    def _normal(source: str) -> str:
        return source if _is_url(source) else os.path.normpath(source)

    def run(self) -> dict[str, Any]:
        """The root document with every external reference bundled (the input is modified in place)."""
        self._rewrite(self.data, self.root)
        if self.store:
            self.data[EXTERNAL] = self.store
        return self.data

    def _rewrite(self, node: Any, source: str) -> None:
        """Rewrite the ``$ref``s under ``node``, found in ``source``. In the root document local pointers stay; in a
        copied target even ``#/...`` points into the target's own file."""
        stack = [node]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                ref = item.get("$ref")
                if isinstance(ref, str) and (source != self.root or not ref.startswith("#")):
                    item["$ref"] = self._target(ref, source)
                stack.extend(v for k, v in item.items() if k != "$ref")
            elif isinstance(item, list):
                stack.extend(item)

    def _target(self, ref: str, source: str) -> str:
        """The local pointer that replaces ``ref`` (found in ``source``)."""
        location, _, fragment = ref.partition("#")
        if not location:
            target = source
        elif _is_url(location) or _is_url(source):
            target = urljoin(source, location)
        else:
            target = os.path.normpath(os.path.join(os.path.dirname(source), location))
        if target == self.root:
            return f"#{fragment}"
        if _is_url(target) and not self.allow_remote:
            raise self._error(
                f"{source}: remote $ref {ref!r} refused (resolve it locally, or allow remote references: "
                "--allow-remote-refs)"
            )
        return f"#/{EXTERNAL}/{_escape(self._register(target, fragment, ref, source))}"

    def _register(self, target: str, fragment: str, ref: str, source: str) -> str:
        key = (target, fragment)
        if key in self.names:
            return self.names[key]
        document = self._file(target, ref, source)
        node = self._lookup(document, fragment, target, ref)
        base = _unescape(fragment.rstrip("/").rsplit("/", 1)[-1]) if fragment.strip("/") else PurePosixPath(target).stem
        name, n = base, 1
        while name in self.store:
            n += 1
            name = f"{base}@{n}"
        self.names[key] = name
        self.store[name] = copied = copy.deepcopy(node)
        self._rewrite(copied, target)
        return name

    def _file(self, target: str, ref: str, source: str) -> Any:
        if target not in self.files:
            try:
                text = self.read(target)
            except Exception as exc:
                raise self._error(f"{source}: $ref {ref!r}: {exc}") from exc
            self.files[target] = self.parse(text, target)
        return self.files[target]

    def _lookup(self, document: Any, fragment: str, target: str, ref: str) -> Any:
        node = document
        pointer = fragment.removeprefix("/")
        for token in pointer.split("/") if pointer else []:
            key = _unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise self._error(f"{target}: unresolvable $ref {ref!r}")
        return node

    def _error(self, message: str) -> Exception:
        from .load import SpecLoadError

        return SpecLoadError(message)
