"""A client library for accessing Across Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.1"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "6c311a41cde31f91ac8e57b3c159224c56027c55f598cb137e0133af3d8a5527"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
