"""Turn what a user types into a CAIP-19 asset: a CAIP-19 string, or the friendly ``SYMBOL@chain`` form."""

from __future__ import annotations

from collections.abc import Iterable

from .caip import AssetId, native_asset
from .chains import find_chain
from .errors import ValidationError
from .models import Token


def parse_friendly(text: str) -> tuple[str, str] | None:
    """``"USDC@arbitrum"`` → ``("USDC", "arbitrum")``; anything else → None."""
    if "@" not in text or "/" in text:
        return None
    symbol, _, chain = text.partition("@")
    return (symbol.strip(), chain.strip()) if symbol.strip() and chain.strip() else None


def resolve_asset(text: str, tokens: Iterable[Token] = ()) -> AssetId:
    """Resolve CAIP-19 or ``SYMBOL@chain`` through a provider's token list.

    The chain's native coin resolves without a token list (``ETH@arbitrum``). A symbol listed more than once on
    the chain is ambiguous and rejected, naming the candidates, rather than guessed.
    """
    friendly = parse_friendly(text)
    if friendly is None:
        return AssetId.parse(text)
    symbol, chain_name = friendly
    chain = find_chain(chain_name)
    if chain is None:
        raise ValidationError(f"unknown chain {chain_name!r} in {text!r}")
    matches = {t.asset for t in tokens if t.symbol.upper() == symbol.upper() and t.asset.chain_id == chain.caip2}
    if not matches and symbol.upper() == chain.native_symbol.upper():
        return native_asset(chain)
    if len(matches) == 1:
        return matches.pop()
    if not matches:
        raise ValidationError(f"no token {symbol} on {chain.key} in this provider's token list")
    raise ValidationError(f"{text} is ambiguous: {', '.join(sorted(map(str, matches)))}; pass a CAIP-19 id")


def needs_token_list(text: str) -> bool:
    """True when resolving ``text`` may need a provider's token list."""
    return parse_friendly(text) is not None
