"""A client library for accessing 1Click Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "fc044a9bf5b75a1295af0c1663578fe7c561a552e3e3938a1c72f3c1395d201c"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
