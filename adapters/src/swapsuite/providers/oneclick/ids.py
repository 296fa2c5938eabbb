"""1Click asset identifiers ↔ CAIP-19, as pure functions.

1Click names every asset with an opaque ``assetId`` (``nep141:<account>``, ``nep245:<contract>:<token>``,
``1cs_v1:<chain>:<namespace>:<reference>``) and describes it in ``/v0/tokens`` with a ``blockchain`` code and,
for tokens, the ``contractAddress`` on that chain. Only that description is used to map: the assetId itself is
treated as opaque, as the spec asks.

Mapping rules (token entry → CAIP-19):

* ``blockchain`` unknown to ``swapsuite.chains`` (the generated enum keeps the raw code) → unmapped.
* ``contractAddress`` present → ``token_asset(chain, contractAddress)`` (``wrap.near`` on ``near`` gives
  ``near:mainnet/nep141:wrap.near``).
* ``contractAddress`` absent or null:
  - ``nep141:`` asset on a foreign chain (``nep141:eth.omft.near`` on ``eth``, ``nep141:btc.omft.near`` on
    ``btc``) → the chain's native coin: this is how the docs' own examples list native assets.
  - ``nep141:<account>`` on ``near`` → the NEP-141 token ``<account>``: on NEAR the account *is* the contract,
    and native NEAR is never a NEP-141 asset, so "native" would be wrong there.
  - anything else (``nep245`` multi-tokens, ``1cs_v1`` ids) → unmapped: without an address nothing documented
    says whether it is the native coin or which token it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from swapsuite.caip import AssetId, native_asset, token_asset
from swapsuite.chains import BY_ONECLICK
from swapsuite.errors import ValidationError
from swapsuite.models import Token

PROVIDER = "oneclick"
NEP141 = "nep141:"
NEAR_BLOCKCHAIN = "near"


def is_nep141(native_id: str) -> bool:
    """True for a NEP-141 fungible-token assetId (``nep141:...``)."""
    return native_id.startswith(NEP141)


def unmapped(native_id: str) -> AssetId:
    """The unmapped CAIP-19 form of a 1Click assetId."""
    return AssetId.unmapped(PROVIDER, native_id)


def asset_for_token(native_id: str, blockchain: str, contract_address: str | None) -> AssetId:
    """CAIP-19 id of one ``/v0/tokens`` entry (see the module docstring for the rules)."""
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


def index_tokens(tokens: Iterable[Token]) -> dict[AssetId, str]:
    """CAIP-19 → 1Click assetId for every mapped token, for the reverse lookup done by every quote.

    Several 1Click assets can describe the same CAIP-19 asset (a ``nep141`` bridged token and a ``nep245``
    variant of it, or two ``nep141`` bridges). The ``nep141`` one is preferred because it is the form every docs
    example quotes with; among equals the first listed is kept, so the choice is stable for a given list. A
    caller who wants another variant passes it as an unmapped asset (``AssetId.unmapped("oneclick", id)``).
    """
    index: dict[AssetId, str] = {}
    for token in tokens:
        if not token.asset.is_mapped:
            continue
        current = index.get(token.asset)
        if current is None or (is_nep141(token.native_id) and not is_nep141(current)):
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
