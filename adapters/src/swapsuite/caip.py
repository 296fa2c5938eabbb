"""CAIP-2 chain ids and CAIP-19 asset ids, plus the *unmapped* form that keeps a provider's own identifier.

``eip155:1/erc20:0xdac17f958d2ee523a2206206994597c13d831ec7`` is USDT on Ethereum; ``eip155:42161/slip44:60`` is
native ETH on Arbitrum. An asset whose chain swapsuite does not know is still a valid CAIP-19 string in the private
``unmapped`` namespace — ``unmapped:oneclick/native:nep245%3Av2_1.omni.hot.tg%3A10_1111`` — so it round-trips
through every API and the CLI, and :attr:`AssetId.is_mapped` tells it apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, unquote

from .chains import BY_CAIP2, Chain
from .echo import echo
from .errors import ValidationError

_CAIP2 = re.compile(r"^(?P<ns>[-a-z0-9]{3,8}):(?P<ref>[-_a-zA-Z0-9]{1,32})$")
_CAIP19 = re.compile(
    r"^(?P<chain>[-a-z0-9]{3,8}:[-_a-zA-Z0-9]{1,32})/(?P<ns>[-a-z0-9]{3,8}):(?P<ref>[-.%a-zA-Z0-9]{1,128})$"
)
UNMAPPED_NAMESPACE = "unmapped"


_REFERENCE_SAFE = re.compile(r"[-.a-zA-Z0-9]*")


def _encode(text: str) -> str:
    """Percent-encode everything outside CAIP-19's reference alphabet ``[-.%a-zA-Z0-9]``."""
    if _REFERENCE_SAFE.fullmatch(text):  # hex addresses, base58 mints, most NEAR accounts: the hot path
        return text
    # urllib never escapes "_" and "~", which CAIP-19 does not allow.
    return quote(text, safe="-.").replace("_", "%5F").replace("~", "%7E")


@dataclass(frozen=True, order=True)
class AssetId:
    """A CAIP-19 asset id. ``str()`` gives the canonical string; :meth:`parse` reads one."""

    chain_id: str
    namespace: str
    reference: str

    def __post_init__(self) -> None:
        # Every AssetId must survive str() → parse(): refuse empty or over-long parts at construction.
        if not _CAIP19.match(str(self)):
            raise ValidationError(f"not a valid CAIP-19 asset id: {echo(str(self))}")

    def __str__(self) -> str:
        return f"{self.chain_id}/{self.namespace}:{self.reference}"

    @classmethod
    def parse(cls, value: str) -> AssetId:
        """Parse a CAIP-19 string; raise :class:`ValidationError` if it is not one."""
        match = _CAIP19.match(value.strip())
        if not match:
            raise ValidationError(f"not a CAIP-19 asset id: {echo(value)}")
        return cls(match["chain"], match["ns"], match["ref"])

    @classmethod
    def unmapped(cls, provider: str, native_id: str) -> AssetId:
        """Wrap a provider-native asset identifier that swapsuite cannot map to a real CAIP-19 id."""
        return cls(f"{UNMAPPED_NAMESPACE}:{provider}", "native", _encode(native_id))

    @property
    def is_mapped(self) -> bool:
        return not self.chain_id.startswith(f"{UNMAPPED_NAMESPACE}:")

    @property
    def unmapped_provider(self) -> str | None:
        return None if self.is_mapped else self.chain_id.split(":", 1)[1]

    @property
    def native_id(self) -> str:
        """The provider's own identifier of an unmapped asset."""
        if self.is_mapped:
            raise ValueError(f"{self} is a mapped CAIP-19 asset id")
        return unquote(self.reference)

    @property
    def chain(self) -> Chain | None:
        return BY_CAIP2.get(self.chain_id)

    @property
    def is_native(self) -> bool:
        """True for a chain's native coin (``slip44`` namespace)."""
        return self.namespace == "slip44"


def native_asset(chain: Chain) -> AssetId:
    """The CAIP-19 id of a chain's native coin."""
    return AssetId(chain.caip2, "slip44", str(chain.native_slip44))


def token_asset(chain: Chain, address: str) -> AssetId:
    """The CAIP-19 id of a token on a chain. EVM addresses are lower-cased (CAIP-19 is case-sensitive)."""
    reference = address.lower() if chain.namespace == "eip155" else address
    return AssetId(chain.caip2, chain.token_namespace, _encode(reference))


def token_address(asset: AssetId) -> str | None:
    """The contract address / mint / account of a token asset, or None for a native coin."""
    return None if asset.is_native else unquote(asset.reference)


def parse_chain_id(value: str) -> str:
    """Validate a CAIP-2 chain id and return it unchanged."""
    if not _CAIP2.match(value):
        raise ValidationError(f"not a CAIP-2 chain id: {echo(value)}")
    return value
