"""A client library for accessing 1Click Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "a243f47e51c590d1a93937edc40d1ecbe1bd79de5eb2b0eba661f2e341ee0c0b"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
