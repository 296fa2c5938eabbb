"""A client library for accessing Across Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "510b2d9163d55080b28e8b95155f1e5f81471ef9036072e1b34c6ed68c447d35"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
