"""A client library for accessing Changelly DeFi API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.1"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "e07f4c9df8bac599dc8f2ea67ff2a1e373ac98a24cf3737e1ae1fb4ed84ee51a"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
