"""``swapsuite --version``: swapsuite's version and, per provider, its generated client's version, the sha256 of
the spec it was generated from and the generator version (what a bug report needs)."""

from __future__ import annotations

import click

from .registry import descriptor, provider_names
from .version import __version__, client_info, clients, compatibility


def version_text() -> str:
    lines = [f"swapsuite {__version__}"]
    for name in provider_names():
        package = descriptor(name).client_package
        if package is None:
            lines.append(f"  {name:<9}  {descriptor(name).adapter} (no generated client of swapsuite)")
            continue
        try:
            info = client_info(name)
        except ImportError:
            lines.append(f"  {name:<9}  {package} not installed")
            continue
        known = clients().get(name, "")
        mismatch = "" if compatibility(info.version) == compatibility(known) else f"  (built against {known})"
        lines.append(
            f"  {name:<9}  client {info.version}  spec sha256 {info.spec_sha256}  {info.generator_version}{mismatch}"
        )
    return "\n".join(lines)


def print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """The eager ``--version`` option's callback."""
    if not value or ctx.resilient_parsing:
        return
    click.echo(version_text())
    ctx.exit()


version_option = click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=print_version,
    help="Show swapsuite's version and each generated client's version, spec sha256 and generator, then exit.",
)
