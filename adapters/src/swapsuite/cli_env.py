"""Where the command line's providers point and which addresses it uses by default.

Per provider, the first that is set wins: ``--base-url``, ``SWAPSUITE_<PROVIDER>_BASE_URL``, the running sandbox
named by ``--sandbox-url`` / ``SWAPSUITE_SANDBOX_URL`` (its ``GET /_sandbox/connection`` facts supply base URL,
key and the 1Click signing key), else the provider's public API. Default addresses for quotes: ``--sender`` /
``SWAPSUITE_ADDRESS``, else — against a sandbox — the sandbox wallet's address on each chain.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import click
import httpx

from .caip import AssetId
from .echo import clip_line
from .errors import ConfigurationError
from .provider import Provider, adapter_class, get_provider
from .validate import address_problem

SANDBOX_URL_ENV = "SWAPSUITE_SANDBOX_URL"
ADDRESS_ENV = "SWAPSUITE_ADDRESS"


@dataclass
class Settings:
    """The sandbox this command talks to (``None``: none) and its facts, fetched once per run."""

    sandbox_url: str | None = None
    facts: dict[str, Any] | None = None
    http_timeout: float | None = None  # a per-request cap, set from a command's --timeout


SETTINGS = Settings()


def reset() -> None:
    """Forget the sandbox and limits of an earlier run in this process."""
    SETTINGS.sandbox_url = SETTINGS.facts = SETTINGS.http_timeout = None


def check_url(value: str, option: str = "--base-url") -> str:
    """An http(s) URL with a host, else a usage error (a bare ``127.0.0.1:8765`` is not retried for seconds)."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise click.BadParameter(f"{value!r} is not an http(s) URL (e.g. http://127.0.0.1:8765)", param_hint=option)
    return value.rstrip("/")


def use_sandbox(url: str | None) -> None:
    """Talk to the sandbox at ``url`` (the ``--sandbox-url`` option's callback; None leaves things as they are)."""
    if url:
        SETTINGS.sandbox_url = check_url(url, "--sandbox-url")
        SETTINGS.facts = None


def sandbox_option_callback(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    use_sandbox(value)


SANDBOX_URL_OPTION = click.option(
    "--sandbox-url",
    envvar=SANDBOX_URL_ENV,
    expose_value=False,
    callback=sandbox_option_callback,
    help=f"A running `swapsuite sandbox` to use for every provider (or ${SANDBOX_URL_ENV}).",
)


def sandbox_facts() -> dict[str, Any] | None:
    """The running sandbox's connection facts, or None when no sandbox is configured."""
    if SETTINGS.sandbox_url is None:
        return None
    if SETTINGS.facts is None:
        url = f"{SETTINGS.sandbox_url}/_sandbox/connection"
        try:
            reply = httpx.get(url, timeout=5.0)
            reply.raise_for_status()
            SETTINGS.facts = dict(reply.json())
        except (httpx.HTTPError, ValueError) as exc:
            raise ConfigurationError(f"no swapsuite sandbox answers at {SETTINGS.sandbox_url} ({exc})") from None
    return SETTINGS.facts


def base_url(name: str, explicit: str | None) -> str | None:
    """The base URL for ``name``: explicit, its environment variable, the sandbox's, or None (public API)."""
    if explicit:
        return check_url(explicit)
    from_env = os.environ.get(f"SWAPSUITE_{name.upper()}_BASE_URL")
    if from_env:
        return check_url(from_env, f"SWAPSUITE_{name.upper()}_BASE_URL")
    facts = sandbox_facts()
    return str(facts["base_urls"][name]) if facts and name in facts.get("base_urls", {}) else None


def open_provider(name: str, explicit_url: str | None = None) -> Provider:
    """A provider configured from the options, the environment and the sandbox, with CLI-worded key errors."""
    url = base_url(name, explicit_url)
    facts = sandbox_facts()
    extra: dict[str, Any] = {}
    api_key: str | None = None
    if facts is not None and url is not None and url == facts.get("base_urls", {}).get(name):
        api_key = str(facts["api_key"])
        # Sandbox-only adapter arguments (the 1Click sandbox's signing key): trusted for the sandbox URL only.
        extra.update(facts.get("adapter_args", {}).get(name, {}))
    adapter = adapter_class(name)
    if adapter.api_key_required and not api_key and not os.environ.get(adapter.api_key_env):
        raise ConfigurationError(
            f"{name} needs an API key: set the environment variable {adapter.api_key_env} "
            "(or point at a sandbox with --sandbox-url)"
        )
    if SETTINGS.http_timeout is not None:
        extra["timeout"] = SETTINGS.http_timeout
    return get_provider(name, base_url=url, api_key=api_key, **extra)


def default_address(asset: AssetId, given: str | None = None) -> str | None:
    """``given``, else ``$SWAPSUITE_ADDRESS`` where it is an address on the asset's chain (one address cannot serve
    every chain family), else the sandbox wallet's address on that chain."""
    if given:
        return given
    namespace = asset.chain_id.split(":", 1)[0]
    env = os.environ.get(ADDRESS_ENV)
    if env and address_problem(asset.chain_id, env) is None:
        return env
    facts = sandbox_facts()
    if facts is not None:
        wallet = facts.get("wallet", {})
        return str(wallet[namespace]) if namespace in wallet else None
    return None


def addresses(opts: dict[str, Any], source: AssetId, target: AssetId) -> tuple[str | None, str | None, str | None]:
    """(sender, recipient, refund_to) for a quote: the options, else the defaults above."""
    sender = default_address(source, opts.get("sender"))
    recipient = opts.get("recipient") or default_address(target)
    refund_to = opts.get("refund_to") or sender
    return sender, recipient, refund_to


_LOCAL: list[Any] = []  # the sandbox ``--sandbox`` started in this process (at most one per run)


def start_local_sandbox() -> None:
    """``--sandbox``: serve all four sandboxes on loopback for this command and use them like ``--sandbox-url``."""
    if not _LOCAL:
        import atexit

        from .sandbox import SandboxServer

        server = SandboxServer().start()
        atexit.register(server.stop)
        _LOCAL.append(server)
    use_sandbox(_LOCAL[0].url)


class OneLineGroup(click.Group):
    """The ``swapsuite`` group: a usage error is one ``error:`` line and exit 2 (click prints usage text over
    several lines); Ctrl-C leaves at once with 130."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        reset()  # each run starts unconfigured (tests run many in one process)
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            hint = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
            click.echo(f"error: {clip_line(exc.format_message())}{hint}", err=True)  # arguments can be huge
            sys.exit(2)
        except click.ClickException as exc:
            click.echo(f"error: {clip_line(exc.format_message())}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort as exc:
            interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
            click.echo("interrupted" if interrupted else "aborted", err=True)
            sys.exit(130 if interrupted else 1)
        sys.exit(result if isinstance(result, int) else 0)
