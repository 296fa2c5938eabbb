"""A client library for accessing 1Click Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.1"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "81ff62d13fea4a573b186aa87230f006df05efd59b615baaecc5f088caa237e1"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
