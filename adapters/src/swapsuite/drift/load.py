"""Loading OpenAPI documents (files or http(s) URLs, split across files or not) and resolving ``$ref`` pointers.

Every failure is a :class:`SpecLoadError` with a one-line message: a missing file, a network error, a body that is
not YAML/JSON, a document that is not OpenAPI 3, a ``$ref`` that points nowhere, to a missing file, to a remote
document nobody allowed, or in a circle. The CLI turns it into exit status 2.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..extras import require
from .refs import Bundler

FETCH_TIMEOUT = 30.0


class SpecLoadError(Exception):
    """An input document cannot be read, parsed or resolved. ``str(exc)`` is a one-line explanation."""


@dataclass(frozen=True)
class Document:
    """A parsed OpenAPI document and where it came from (``text`` is the exact source, for regeneration)."""

    source: str
    text: str
    data: dict[str, Any]

    @property
    def version(self) -> str:
        return str(self.data.get("openapi", ""))


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def read_source(source: str) -> str:
    """The text of a file path or an http(s) URL (fetched with httpx, redirects followed)."""
    if is_url(source):
        import httpx

        try:
            response = httpx.get(source, follow_redirects=True, timeout=FETCH_TIMEOUT)
        except httpx.HTTPError as exc:
            reason = str(exc) or type(exc).__name__
            raise SpecLoadError(f"cannot fetch {source}: {reason} (offline or unreachable?)") from exc
        if response.status_code >= 400:
            raise SpecLoadError(f"cannot fetch {source}: HTTP {response.status_code}")
        return response.text
    path = Path(source)
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SpecLoadError(f"cannot read {source}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecLoadError(f"cannot read {source}: {exc}") from exc


def parse_yaml(text: str, source: str) -> Any:
    """Parse YAML or JSON text (JSON is YAML)."""
    require("drift")  # pyyaml is the [drift] extra
    import yaml

    # libyaml's loader when pyyaml was built with it: the same safe subset, ~7x faster on a 3,000-line spec.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader, chosen above
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SpecLoadError(f"{source} is not valid YAML/JSON: {first}") from exc


def parse(text: str, source: str) -> dict[str, Any]:
    """Parse YAML or JSON text and check that it is an OpenAPI 3 document."""
    data = parse_yaml(text, source)
    if not isinstance(data, dict):
        raise SpecLoadError(f"{source} is not an OpenAPI document (top level is not a mapping)")
    version = str(data.get("openapi", ""))
    if not version.startswith("3."):
        found = f"swagger {data['swagger']}" if "swagger" in data else f"openapi {version or '(missing)'}"
        raise SpecLoadError(f"{source} is not an OpenAPI 3.x document ({found})")
    if not isinstance(data.get("paths", {}), dict):
        raise SpecLoadError(f"{source}: `paths` is not a mapping")
    return data


def load(source: str, *, allow_remote_refs: bool = False) -> Document:
    """Read and parse one document from a path or URL, bundling the files its external ``$ref``s name.

    Relative references are read from disk (or, with ``allow_remote_refs``, fetched); remote ones are refused
    unless allowed (:mod:`swapsuite.drift.refs`).
    """
    text = read_source(source)
    data = Bundler(source, parse(text, source), allow_remote=allow_remote_refs, read=read_source, parse=parse_yaml)
    return Document(source=source, text=text, data=data.run())


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def escape(token: str) -> str:
    """Escape one JSON-pointer token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


class Resolver:
    """Resolves local ``$ref`` pointers (``#/...``) inside one document."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.data = document.data
        self.allows_ref_siblings = document.version.startswith("3.1")

    def lookup(self, ref: str) -> Any:
        """The node a local ``$ref`` points to."""
        if not ref.startswith("#"):
            raise SpecLoadError(f"{self.document.source}: unbundled external $ref {ref!r}")
        node: Any = self.data
        pointer = ref.removeprefix("#").removeprefix("/")
        for token in pointer.split("/") if pointer else []:
            key = _unescape(token)
            if isinstance(node, dict) and key in node:
                node = node[key]
            elif isinstance(node, list) and key.isdigit() and int(key) < len(node):
                node = node[int(key)]
            else:
                raise SpecLoadError(f"{self.document.source}: unresolvable $ref {ref!r}")
        return node

    def deref(self, node: Any) -> tuple[Any, str | None]:
        """Follow a chain of ``$ref`` to a concrete node; return it with the last ref name (None if no ref).

        A chain that comes back to itself (``A -> B -> A``) is a :class:`SpecLoadError`. In OpenAPI 3.0 the
        siblings of ``$ref`` are ignored (as the generator does); in 3.1 they are layered over the target.
        """
        seen: list[str] = []
        name: str | None = None
        siblings: dict[str, Any] = {}
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecLoadError(f"{self.document.source}: circular $ref {' -> '.join([*seen, ref])}")
            seen.append(ref)
            if self.allows_ref_siblings:
                siblings = {**{k: v for k, v in node.items() if k != "$ref"}, **siblings}
            name = ref
            node = self.lookup(ref)
        if siblings and isinstance(node, dict):
            node = {**node, **siblings}
        return node, name


def ref_name(ref: str | None) -> str | None:
    """The last segment of a ref (``#/components/schemas/Quote`` -> ``Quote``)."""
    return _unescape(ref.rsplit("/", 1)[-1]) if ref else None
