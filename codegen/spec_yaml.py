"""Reading and writing spec YAML the same way everywhere (upstream documents, overlays, the generated specs).

Loading is YAML 1.1 ``safe_load`` (JSON is read by the same loader, so a ``.json`` upstream needs no special case).
Writing keeps key order, writes multi-line strings as literal blocks and never wraps lines, so the generated
``specs/<provider>/openapi.yaml`` is stable byte for byte and readable in a diff.
"""

from __future__ import annotations

from typing import Any

import yaml

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_text(text: str) -> Any:
    """Parse YAML or JSON text."""
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader (libyaml's when available)


class _Dumper(yaml.SafeDumper):
    """Safe dumper with block-style multi-line strings and indented lists."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _str)


def dump(data: Any, header: str = "") -> str:
    """YAML text of ``data`` (key order kept), preceded by ``header`` comment lines when given."""
    body = yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)
    lines = "".join(f"# {line}".rstrip() + "\n" for line in header.splitlines())
    return lines + body
