"""What swapsuite knows about a provider besides its plans and mappings: one :class:`Descriptor` per provider.

A descriptor is plain data in a module that imports nothing heavy (``swapsuite.providers.<name>.descriptor`` for the
built-in providers), so the CLI, the sandbox server, the demo, nox and the tests can iterate over every registered
provider — its name, where it lives, how it authenticates, which operation is its status lookup or its firm step,
which calls may be retried, how it names chains and which sandbox imitates it — without importing its adapter or
its generated client. The adapter class carries the same object (``Adapter.descriptor``) and takes its name, key
variable and base URL from it. A provider from another package registers a descriptor through the entry-point group
``swapsuite.providers`` (see :mod:`swapsuite.registry` and ``adapters/ADAPTERS.md``).
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Descriptor", "Operations", "load_object"]


@dataclass(frozen=True)
class Operations:
    """The provider's operation ids (as its spec names them) behind each step of the common interface.

    ``retryable`` lists the operations the retry policy may repeat (reads, and writes the provider documents as
    idempotent); everything else — ``firm`` above all — is sent once. ``None``: the provider has no such step.
    """

    quote: str
    status: str
    tokens: str | None = None  # None: the token list is built in (no request)
    firm: str | None = None  # the request that commits the provider to a quote (never retried)
    execute: str | None = None  # a separate post-quote step (intent, bytecode), when there is one
    submit: str | None = None  # telling the provider the user acted (a deposit tx hash)
    history: str | None = None  # the swap-history listing
    retryable: frozenset[str] = frozenset()
    # Reads that need no reference and change nothing: what a live conformance run may call against production.
    read_only: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        """Every operation id named here, in step order, without repeats."""
        steps = (self.tokens, self.quote, self.firm, self.execute, self.submit, self.status, self.history)
        return tuple(dict.fromkeys(op for op in steps if op))


@dataclass(frozen=True)
class Descriptor:
    """One provider, as data. ``adapter`` and ``sandbox`` are ``"module:attribute"`` references, imported on use."""

    name: str
    title: str
    adapter: str  # "swapsuite.providers.oneclick:OneClickAdapter"
    base_url: str
    api_key_env: str
    operations: Operations
    api_key_required: bool = False
    auth: str = "none"  # how a key is sent, e.g. "Authorization: Bearer <key>" (README and CLI help)
    client_package: str | None = None  # the generated client it is written against (None: none of ours)
    # That client's version when the adapter was last adapted: a client outside its compatible range (a breaking
    # change the adapter does not know) is refused (swapsuite.version.check_client); keep the ~= pin in
    # adapters/pyproject.toml equal (a test does).
    client_version: str | None = None
    key_header: str | None = None  # the header the generated client sends the key in by default
    key_prefix: str = ""  # and the prefix before the key ("Bearer ")
    chain_naming: str = ""  # how the provider spells chains (for the mapping's readers)
    sandbox: str | None = None  # "module:create_app" — create_app(SandboxState) -> Starlette app
    # Adapter keyword arguments for talking to the sandbox (1Click: the sandbox's quote-signing public key).
    sandbox_adapter_args: Mapping[str, Any] = field(default_factory=dict)


def load_object(reference: str) -> Any:
    """Import ``"package.module:attribute"`` and return the attribute (ImportError/AttributeError as Python raises)."""
    module_name, _, attribute = reference.partition(":")
    target: Any = importlib.import_module(module_name)
    for part in attribute.split(".") if attribute else ():
        target = getattr(target, part)
    return target
