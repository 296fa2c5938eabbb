"""A client library for accessing Changelly DeFi API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "215ac807bdfff66f248bb2556a80521d0411dec4affe12148b31202b66888bbc"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
