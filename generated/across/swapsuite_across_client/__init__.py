"""A client library for accessing Across Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "fba8edef23c39aae7b18b05d5293026c51c7e7c61daa175a67add189024c106d"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
