"""The four provider adapters. Importing this package registers them in ``swapsuite.adapter.REGISTRY``."""

from . import across, changelly, deframe, oneclick

__all__ = ["across", "changelly", "deframe", "oneclick"]
