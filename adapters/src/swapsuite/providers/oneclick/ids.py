"""1Click asset identifiers ↔ CAIP-19, as pure functions.

1Click names every asset with an ``assetId``: ``nep141:<account>``, ``nep245:<contract>:<token>`` and, since the
2026 Omni migration, ``1cs_v1:<chain>:<namespace>:<reference>`` (grammar:
the ``1cs_v1`` string schema in the defuse-protocol/sdk-monorepo repository). ``/v0/tokens`` describes
each asset with a ``blockchain`` code and, for tokens, a ``contractAddress``.

Mapping rules (token entry → CAIP-19), first match wins:

1. A ``1cs_v1`` id is read by its grammar (:func:`asset_for_1cs`); the entry's ``contractAddress`` is ignored
   (1Click lists ``1cs_v1:btc:native:coin`` with ``contractAddress: "coin"``, which is not an address):
   * ``<chain>:native:coin`` → the chain's native coin (``slip44``);
   * ``<chain>:<ns>:<ref>`` where ``<ns>`` is the chain's CAIP-19 token namespace (``erc20`` on EVM chains and
     Starknet, ``nep141`` on NEAR, ``trc20`` on Tron…) → that token (``ref`` percent-decoded);
   * anything else (NFTs ``erc721``/``near-nft``, ``aptos-fa``, fiat ``iso4217``, a chain swapsuite does not know,
     ``1cs_v1:any``) → unmapped.
2. ``blockchain`` unknown to ``swapsuite.chains`` → unmapped.
3. ``contractAddress`` present → ``token_asset(chain, contractAddress)``.
4. No ``contractAddress``: a ``nep141`` asset on a foreign chain (``nep141:eth.omft.near`` on ``eth``) is the chain's
   native coin; ``nep141:<account>`` on ``near`` is the NEP-141 token ``<account>``; anything else is unmapped.

**Several ids for one asset.** The list can name one CAIP-19 asset more than once: ``1cs_v1:btc:native:coin`` and
the deprecated ``nep141:btc.omft.near`` are both native BTC. :func:`dedupe` keeps one *current* id per asset
(``1cs_v1`` first, then ``nep141``, then the rest; the first listed among equals) and gives every other entry its
unmapped id (``unmapped:oneclick/native:<percent-encoded assetId>``). Quotes for the CAIP-19 asset use the current
id; the others stay reachable by passing their unmapped id, e.g.
``AssetId.unmapped("oneclick", "nep141:btc.omft.near")`` or, on the command line,
``--from unmapped:oneclick/native:nep141%3Abtc.omft.near``.

The reverse direction (:func:`to_1cs`) spells a CAIP-19 asset in the ``1cs_v1`` grammar for every chain that has a
1Click code; quotes still send only ids the token list holds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import quote, unquote

from swapsuite.caip import AssetId, native_asset, token_address, token_asset
from swapsuite.chains import BY_CAIP2, BY_ONECLICK
from swapsuite.errors import ValidationError
from swapsuite.models import Token

PROVIDER = "oneclick"
NEP141 = "nep141:"
ONECS = "1cs_v1:"
NEAR_BLOCKCHAIN = "near"
NATIVE = ("native", "coin")

# The JSON Schema's pattern, split into its parts (chain, namespace, reference, optional second reference).
_COMPONENT = r"(?:[A-Za-z0-9\-_.!~*'()]|%[0-9A-Fa-f]{2})+"
_ONECS = re.compile(
    rf"^1cs_v1:(?P<chain>[a-z0-9][a-z0-9-]*):(?P<ns>[a-z][a-z0-9-]*):(?P<ref>{_COMPONENT})(?::(?P<sub>{_COMPONENT}))?$"
)
# encodeURIComponent leaves exactly these unescaped.
_URI_SAFE = "-_.!~*'()"


@dataclass(frozen=True)
class OneCsId:
    """A parsed ``1cs_v1`` asset id; ``reference`` and ``sub`` are percent-decoded."""

    chain: str
    namespace: str
    reference: str
    sub: str | None = None

    def __str__(self) -> str:
        text = f"{ONECS}{self.chain}:{self.namespace}:{quote(self.reference, safe=_URI_SAFE)}"
        return text if self.sub is None else f"{text}:{quote(self.sub, safe=_URI_SAFE)}"


def parse_1cs(native_id: str) -> OneCsId | None:
    """The parts of a ``1cs_v1`` id, or None when the text does not follow the grammar."""
    match = _ONECS.fullmatch(native_id)
    if match is None:
        return None
    sub = match["sub"]
    return OneCsId(match["chain"], match["ns"], unquote(match["ref"]), unquote(sub) if sub is not None else None)


def asset_for_1cs(native_id: str) -> AssetId | None:
    """CAIP-19 id of a ``1cs_v1`` asset id (rule 1 of the module docstring), None when it cannot be mapped."""
    parsed = parse_1cs(native_id)
    chain = BY_ONECLICK.get(parsed.chain) if parsed else None
    if parsed is None or chain is None or parsed.sub is not None:
        return None
    if (parsed.namespace, parsed.reference) == NATIVE:
        return native_asset(chain)
    if parsed.namespace == chain.token_namespace and parsed.reference.strip():
        return token_asset(chain, parsed.reference)
    return None


def to_1cs(asset: AssetId) -> str | None:
    """The ``1cs_v1`` spelling of a CAIP-19 asset, None for chains without a 1Click code (and unmapped ids)."""
    chain = BY_CAIP2.get(asset.chain_id)
    if chain is None or chain.oneclick is None:
        return None
    if asset.is_native:
        return str(OneCsId(chain.oneclick, *NATIVE))
    address = token_address(asset)
    if asset.namespace != chain.token_namespace or not address:
        return None
    return str(OneCsId(chain.oneclick, chain.token_namespace, address))


def is_nep141(native_id: str) -> bool:
    """True for a NEP-141 fungible-token assetId (``nep141:...``)."""
    return native_id.startswith(NEP141)


def unmapped(native_id: str) -> AssetId:
    """The unmapped CAIP-19 form of a 1Click assetId."""
    return AssetId.unmapped(PROVIDER, native_id)


def asset_for_token(native_id: str, blockchain: str, contract_address: str | None) -> AssetId:
    """CAIP-19 id of one ``/v0/tokens`` entry (see the module docstring for the rules)."""
    if native_id.startswith(ONECS):
        return asset_for_1cs(native_id) or unmapped(native_id)
    chain = BY_ONECLICK.get(blockchain)
    if chain is None:
        return unmapped(native_id)
    address = (contract_address or "").strip()
    if address:
        return token_asset(chain, address)
    if not is_nep141(native_id):
        return unmapped(native_id)
    if blockchain == NEAR_BLOCKCHAIN:
        return token_asset(chain, native_id.removeprefix(NEP141))
    return native_asset(chain)


def rank(native_id: str) -> int:
    """Preference among ids of one asset, lower first: the current ``1cs_v1`` form, then ``nep141``, then others."""
    if native_id.startswith(ONECS):
        return 0
    return 1 if is_nep141(native_id) else 2


def dedupe(tokens: list[Token]) -> list[Token]:
    """The token list with one current id per CAIP-19 asset; the other entries get their unmapped id (the module
    docstring says why and how to reach them). Order is kept."""
    best: dict[AssetId, int] = {}
    for position, token in enumerate(tokens):
        if not token.asset.is_mapped:
            continue
        current = best.get(token.asset)
        if current is None or rank(token.native_id) < rank(tokens[current].native_id):
            best[token.asset] = position
    return [
        token
        if not token.asset.is_mapped or best[token.asset] == position
        else replace(token, asset=unmapped(token.native_id))
        for position, token in enumerate(tokens)
    ]


def index_tokens(tokens: Iterable[Token]) -> dict[AssetId, str]:
    """CAIP-19 → 1Click assetId for every mapped token (after :func:`dedupe`, each asset has one entry; without it
    the preference of :func:`rank` still decides)."""
    index: dict[AssetId, str] = {}
    for token in tokens:
        if not token.asset.is_mapped:
            continue
        current = index.get(token.asset)
        if current is None or rank(token.native_id) < rank(current):
            index[token.asset] = token.native_id
    return index


def native_id_for(asset: AssetId, index: Mapping[AssetId, str]) -> str:
    """The 1Click assetId to send for a CAIP-19 asset; raise ValidationError if 1Click does not list it."""
    if not asset.is_mapped:
        if asset.unmapped_provider != PROVIDER:
            raise ValidationError(f"{asset} belongs to {asset.unmapped_provider}, not {PROVIDER}", provider=PROVIDER)
        return asset.native_id  # unmapped 1Click assets carry their own id: pass it through
    try:
        return index[asset]
    except KeyError:
        raise ValidationError(f"1Click does not list {asset} in /v0/tokens", provider=PROVIDER) from None


# A deposit into 1Click's own ledger (depositType INTENTS) is a transfer inside the NEAR Intents contract.
INTENTS_CHAIN = BY_ONECLICK[NEAR_BLOCKCHAIN].caip2


def deposit_chain(asset: AssetId, blockchain: str | None) -> str:
    """CAIP-2 chain a deposit of ``asset`` is made on.

    A mapped asset says it itself. An unmapped one still knows its chain when its token entry's ``blockchain``
    code is known (e.g. a ``nep245`` asset on ``op`` is deposited on ``eip155:10``); otherwise the unmapped
    pseudo-chain (``unmapped:oneclick``) is all that can be said.
    """
    if asset.is_mapped:
        return asset.chain_id
    chain = BY_ONECLICK.get(blockchain) if blockchain else None
    return chain.caip2 if chain else asset.chain_id
