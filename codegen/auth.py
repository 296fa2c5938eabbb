"""Each generated client's default authentication header, derived from its spec's security schemes.

The stock generator's ``AuthenticatedClient`` always sends ``Authorization: Bearer <token>``, which providers that
want an API-key header answer with 401. The default here is the spec's own: the first requirement of the global
``security`` list, else the first scheme under ``components.securitySchemes``. An ``apiKey`` scheme in a header
sends ``<name>: <token>`` with no prefix; an ``http`` ``bearer`` scheme sends ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML


@dataclass(frozen=True)
class AuthDefault:
    scheme: str  # the security scheme's name in the spec ("" when the spec declares none)
    header: str
    prefix: str


STOCK = AuthDefault("", "Authorization", "Bearer")


def _header(name: str, scheme: dict[str, Any]) -> AuthDefault | None:
    if scheme.get("type") == "apiKey" and scheme.get("in") == "header" and scheme.get("name"):
        return AuthDefault(name, str(scheme["name"]), "")
    if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
        return AuthDefault(name, "Authorization", "Bearer")
    return None  # query/cookie keys, basic auth, OAuth: not a token header the client can set


def schemes(spec: dict[str, Any]) -> list[AuthDefault]:
    """Every header scheme of the spec, the default first."""
    declared: dict[str, Any] = (spec.get("components") or {}).get("securitySchemes") or {}
    usable = {name: found for name, body in declared.items() if (found := _header(name, body or {})) is not None}
    preferred = [name for requirement in spec.get("security") or [] for name in requirement if name in usable]
    order = list(dict.fromkeys([*preferred, *usable]))
    return [usable[name] for name in order]


def load(path: Path) -> list[AuthDefault]:
    return schemes(YAML(typ="safe").load(path.read_text(encoding="utf-8")))


def default(path: Path) -> AuthDefault:
    found = load(path)
    return found[0] if found else STOCK


def readme_lines(path: Path) -> str:
    """Markdown bullets: how to authenticate with each scheme (the default first)."""
    lines = []
    for number, item in enumerate(load(path) or [STOCK]):
        sent = f"`{item.header}: {item.prefix + ' ' if item.prefix else ''}<token>`"
        how = "the default" if number == 0 else f'`auth_header_name="{item.header}", prefix="{item.prefix}"`'
        lines.append(f"- {f'`{item.scheme}`' if item.scheme else 'no scheme declared'}: sends {sent} — {how}")
    return "\n".join(lines)
