"""The built-in provider adapters, one subpackage each (``descriptor.py``: the provider as data; ``__init__.py``: the
adapter). ``swapsuite.registry`` finds them — and providers registered by other packages — by name."""

from ..registry import BUILTIN as NAMES

__all__ = ["NAMES"]
