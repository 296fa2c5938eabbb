"""Which providers exist: the four built in, plus any another package registers through the entry-point group
``swapsuite.providers``. Everything that iterates over providers (the CLI, the sandbox server, the demo, nox,
conformance, bench, tests) asks here instead of spelling names.

A provider package registers its :class:`~swapsuite.descriptor.Descriptor` (not the adapter: reading a descriptor
must stay cheap)::

    [project.entry-points."swapsuite.providers"]
    myswap = "myswap.descriptor:DESCRIPTOR"

The descriptor names the adapter class (``adapter = "myswap:MySwapAdapter"``), imported on first use.
"""

from __future__ import annotations

import functools
import importlib
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

from .descriptor import Descriptor, load_object
from .errors import ConfigurationError

if TYPE_CHECKING:
    from .adapter import Adapter

__all__ = ["BUILTIN", "ENTRY_POINT_GROUP", "adapter_class", "descriptor", "descriptors", "provider_names", "refresh"]

ENTRY_POINT_GROUP = "swapsuite.providers"
BUILTIN = ("oneclick", "across", "changelly", "deframe")


@functools.cache
def _external() -> dict[str, str]:
    """name -> "module:attr" of providers registered by other installed packages (read once per process)."""
    return {ep.name: ep.value for ep in entry_points(group=ENTRY_POINT_GROUP) if ep.name not in BUILTIN}


def provider_names() -> tuple[str, ...]:
    """Every registered provider name: the built-in ones first, then external ones in name order."""
    return BUILTIN + tuple(sorted(_external()))


def refresh() -> None:
    """Forget what was read so far (after installing a provider package into a running process)."""
    _external.cache_clear()
    descriptor.cache_clear()


def _unknown(name: str) -> ConfigurationError:
    return ConfigurationError(f"unknown provider {name!r}; choose from {', '.join(provider_names())}")


@functools.cache
def descriptor(name: str) -> Descriptor:
    """The descriptor of a registered provider (:class:`ConfigurationError` for an unknown or broken one)."""
    if name in BUILTIN:
        found = importlib.import_module(f"{__package__}.providers.{name}.descriptor").DESCRIPTOR
    elif name in _external():
        try:
            found = load_object(_external()[name])
        except (ImportError, AttributeError) as exc:
            raise ConfigurationError(f"provider {name!r} ({_external()[name]}) cannot be loaded: {exc}") from exc
    else:
        raise _unknown(name)
    if not isinstance(found, Descriptor) or found.name != name:
        raise ConfigurationError(f"provider {name!r}: the registered object is not a Descriptor named {name!r}")
    return found


def descriptors() -> tuple[Descriptor, ...]:
    """Every registered provider's descriptor, in :func:`provider_names` order."""
    return tuple(descriptor(name) for name in provider_names())


def adapter_class(name: str) -> type[Adapter]:
    """The adapter class of a registered provider, imported on first use.

    A built-in provider's generated client is checked first (a client with breaking changes the adapter does not
    know is refused with ``ClientVersionError``, clearly, instead of failing somewhere inside the import).
    """
    from .adapter import Adapter
    from .version import check_client

    found = descriptor(name)
    if name in BUILTIN:
        check_client(name)
    try:
        cls = load_object(found.adapter)
    except (ImportError, AttributeError) as exc:
        raise ConfigurationError(f"provider {name!r}: adapter {found.adapter} cannot be loaded: {exc}") from exc
    if not (isinstance(cls, type) and issubclass(cls, Adapter) and cls.name == name):
        raise ConfigurationError(f"provider {name!r}: {found.adapter} is not an Adapter subclass named {name!r}")
    return cls
