"""swapsuite's version and the generated-client versions it was built against.

Versioning policy (README "Versions"): every generated client's version is decided by ``nox -s generate`` from the
drift classifier's verdict on its spec change. While a client is below 1.0 a *breaking* change bumps the minor
version and anything else the patch; from 1.0 on, breaking bumps major, additive minor, description-only patch.
So the compatible range of a client is its ``0.MINOR`` while below 1.0 and its ``MAJOR`` from then on.

Each provider's descriptor records the client version its adapter was written against (``client_version``;
:func:`clients` collects them). A client outside that compatible range (a breaking change the adapter has not been
adapted to) is refused with :class:`ClientVersionError` when its provider is first used; after adapting the adapter,
update the descriptor and the ``~=`` pin in ``adapters/pyproject.toml`` (a test keeps the two equal).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from .errors import ConfigurationError

__version__ = "0.2.0"


def clients() -> dict[str, str]:
    """Provider name -> the generated-client version its adapter was written against (providers with a client)."""
    from .registry import descriptors

    return {d.name: d.client_version for d in descriptors() if d.client_version is not None}


def __getattr__(name: str) -> dict[str, str]:
    # ``CLIENTS``, the name of the first releases: the same mapping, from the descriptors (read on use, not at import).
    if name == "CLIENTS":
        return clients()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class ClientVersionError(ConfigurationError):
    """An installed generated client whose version is not compatible with the one this swapsuite knows."""


@dataclass(frozen=True)
class ClientInfo:
    """What a generated client package says about itself."""

    provider: str
    package: str
    version: str
    spec_sha256: str
    generator_version: str


def package_name(provider: str) -> str:
    """The import name of the provider's generated client (its descriptor's, else swapsuite's naming)."""
    from .registry import descriptor

    return descriptor(provider).client_package or f"swapsuite_{provider}_client"


def compatibility(version: str) -> tuple[int, ...]:
    """The part of a version that must match: ``(0, MINOR)`` below 1.0, ``(MAJOR,)`` from 1.0."""
    parts = version.split(".")
    try:
        major, minor = int(parts[0]), int(parts[1]) if len(parts) > 1 else 0
    except ValueError:
        return (-1,)  # not a release version: compatible with nothing
    return (0, minor) if major == 0 else (major,)


def client_info(provider: str) -> ClientInfo:
    """Version and provenance of the installed client for ``provider`` (imports its package, not its API)."""
    module = importlib.import_module(package_name(provider))
    return ClientInfo(
        provider=provider,
        package=module.__name__,
        version=str(getattr(module, "__version__", "unknown")),
        spec_sha256=str(getattr(module, "__spec_sha256__", "unknown")),
        generator_version=str(getattr(module, "__generator_version__", "unknown")),
    )


def check_client(provider: str) -> None:
    """Refuse a client whose version is outside the range this swapsuite was built against."""
    from .registry import descriptor

    known = descriptor(provider).client_version
    if known is None:
        return
    installed = client_info(provider).version
    if compatibility(installed) != compatibility(known):
        wanted = ".".join(str(part) for part in compatibility(known)) + ".x"
        raise ClientVersionError(
            f"{package_name(provider)} {installed} is installed, but this swapsuite {__version__} was built against "
            f"{known} and only knows {wanted}: a different {'minor' if known.startswith('0.') else 'major'} version "
            "means breaking API changes. Install a matching client (pip install "
            f"'swapsuite-{provider}-client~={known}') or a swapsuite release built for {installed}.",
            provider=provider,
        )
