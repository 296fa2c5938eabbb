"""Changelly's own identifiers ↔ swapsuite ids: networks → chains, listed tokens → CAIP-19, native ids → selectors.

Native ids. A token's ``Token.native_id`` is its Changelly token id as a decimal string (``"278"``) when the token
list gives one, else ``"<network_id>:<contract_address>"`` (``"3:0xdac1…"``), or ``"<network_id>:native"`` for a
network's coin listed without a token id. Quote requests name a token in exactly these two ways
(``{"token_id": 278}`` or ``{"network_id": 3, "contract_address": "0x…"}``), so every native id converts back into a
request selector without a lookup — which is what lets an unmapped Changelly asset pass straight through.

Networks are Changelly's internal integers (not EVM chain ids); they are mapped to chains by *name* through
``swapsuite.chains.find_chain``. A token on a network whose name swapsuite does not know becomes
``AssetId.unmapped("changelly", native_id)``.

Decimals. The documented token list carries no ``decimals`` (only newer pages mention them, with an unconfirmed
name), so a listed token may come without them. A native coin of a known chain then takes the chain's native
decimals (a fact of the chain, not a guess). Any other such token is kept — it can still be the *destination* of a
quote, and it stays visible in ``tokens()`` — with ``decimals = UNKNOWN_DECIMALS`` (-1); a quote that needs to turn
its amount into Changelly's human decimals refuses it with a ``ValidationError`` instead of guessing a scale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from swapsuite_changelly_client.models import Network, TokenList, TokenSelectorByAddress, TokenSelectorById
from swapsuite_changelly_client.models import Token as ChangellyToken

from swapsuite.caip import AssetId, native_asset, token_asset
from swapsuite.chains import Chain, find_chain
from swapsuite.errors import ResponseShapeError, ValidationError
from swapsuite.models import Token
from swapsuite.money import MAX_DECIMALS
from swapsuite.unset import present

PROVIDER = "changelly"
NATIVE = "native"
UNKNOWN_DECIMALS = -1
_NUMBER = re.compile(r"^[0-9]+$")

Selector = TokenSelectorById | TokenSelectorByAddress
NetworkChains = Mapping[int, Chain | None]


def parse_networks(data: Any) -> list[Network]:
    """``GET /v1/networks`` body (a bare JSON array) → generated models."""
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array of networks, got {type(data).__name__}")
    return [Network.from_dict(item) for item in data]


def network_chains(networks: Iterable[Network]) -> dict[int, Chain | None]:
    """Changelly network id → swapsuite chain (by network name), None where swapsuite does not know the name."""
    return {network.id: find_chain(network.name) for network in networks}


def token_number(token: ChangellyToken) -> int | None:
    """The token's numeric Changelly id: ``token_id``, else ``id`` (the list's field name is unconfirmed)."""
    for value in (token.token_id, token.id):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def native_id(token: ChangellyToken) -> str:
    """The native id of a listed token (see the module docstring)."""
    number = token_number(token)
    if number is not None:
        return str(number)
    return f"{token.network_id}:{token.contract_address or NATIVE}"


def token_asset_id(token: ChangellyToken, chain: Chain | None) -> AssetId:
    """CAIP-19 id of a listed token: the chain's coin when it has no contract address, else the contract token."""
    if chain is None:
        return AssetId.unmapped(PROVIDER, native_id(token))
    if not token.contract_address:
        return native_asset(chain)
    return token_asset(chain, token.contract_address)


def token_decimals(token: ChangellyToken, chain: Chain | None) -> int:
    """The token's decimals; for a token listed without them see the module docstring."""
    value = present(token.decimals)
    if value is None:
        if not token.contract_address and chain is not None:
            return chain.native_decimals
        return UNKNOWN_DECIMALS
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DECIMALS:
        raise ResponseShapeError(f"token {native_id(token)}: decimals {value!r} is not a count", provider=PROVIDER)
    return value


def map_token(token: ChangellyToken, chains: NetworkChains) -> Token:
    """One listed token → swapsuite ``Token``."""
    chain = chains.get(token.network_id)
    return Token(
        provider=PROVIDER,
        asset=token_asset_id(token, chain),
        symbol=token.symbol,
        decimals=token_decimals(token, chain),
        native_id=native_id(token),
        name=token.name,
    )


def more_pages(page: TokenList, pages_fetched: int) -> bool:
    """Whether to ask for the next token page: not after an empty or short page, nor past ``pagination.pages``.

    A page is short when it holds fewer tokens than the page size the *server* reports, so a server that caps
    our requested limit still pages correctly.
    """
    count = len(page.data)
    return count > 0 and count >= page.pagination.limit and pages_fetched < page.pagination.pages


def selector(native: str) -> Selector:
    """A native id → the quote request's token selector (by token id, or by network and contract address)."""
    if _NUMBER.match(native):
        return TokenSelectorById(token_id=int(native))
    network, _, address = native.partition(":")
    if not _NUMBER.match(network) or not address:
        raise ValidationError(f"not a Changelly token id: {native!r}", provider=PROVIDER)
    if address == NATIVE:
        # The API names a coin only by token id or by contract address; a coin listed with neither cannot be quoted.
        raise ValidationError(f"Changelly lists the coin of network {network} without a token id", provider=PROVIDER)
    return TokenSelectorByAddress(network_id=int(network), contract_address=address)


def find_listed(tokens: Sequence[Token], asset: AssetId) -> Token | None:
    """The listed token for an asset: by CAIP-19 id, or by native id for an unmapped Changelly asset."""
    if asset.is_mapped:
        return next((token for token in tokens if token.asset == asset), None)
    wanted = asset.native_id
    return next((token for token in tokens if token.native_id == wanted), None)


def find_by_native_id(tokens: Sequence[Token], native: str) -> Token | None:
    """The listed token with this native id."""
    return next((token for token in tokens if token.native_id == native), None)
