"""A client library for accessing Changelly DeFi API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "525fbc1a6463e5c7b4834105e0a53be320dbf40234e6a1b0ad117ca8667d81dd"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
