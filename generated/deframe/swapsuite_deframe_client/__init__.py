"""A client library for accessing Deframe Swap API"""

from .client import AuthenticatedClient, Client

__version__ = "0.1.0"
# Provenance: the exact spec and generator this package was produced from (see pyproject.toml [tool.swapsuite]).
__spec_sha256__ = "b70eee763a8d6e1ea6f34d20aa4a1e351b339edfa8b5b7a938fe599a57c5c681"
__generator_version__ = "openapi-python-client 0.29.1"

__all__ = (
    "AuthenticatedClient",
    "Client",
)
