"""Input validation that runs before any HTTP request: the request's types, amounts, slippage, assets, addresses
per chain, integrator extras, and the refs that ``status``/``submit`` put into URLs."""

from __future__ import annotations

import hashlib
import re

from .base58 import b58decode, decoded_length
from .bech32 import decode_segwit
from .caip import AssetId, token_address
from .echo import echo
from .errors import ValidationError
from .keccak import keccak256
from .models import AccountType, AppFee, QuoteRequest, SwapType

MAX_UINT256 = 2**256 - 1
MAX_ADDRESS_LENGTH = 200  # longer than any chain's address format (Cardano's are ~100)
MAX_REF_LENGTH = 256  # UUIDs, tx hashes (Solana's are 88), deposit addresses, quote ids
_EVM = re.compile(r"^0x[0-9a-fA-F]{40}$", re.ASCII)
_NEAR_NAMED = re.compile(r"^(?=.{2,64}$)(([a-z\d]+[-_])*[a-z\d]+\.)*([a-z\d]+[-_])*[a-z\d]+$", re.ASCII)
_NEAR_IMPLICIT = re.compile(r"^([0-9a-f]{64}|0x[0-9a-f]{40})$")
_VISIBLE = re.compile(r"[\x21-\x7e]+")  # printable ASCII without space: addresses, refs, ids
_SHORT_TEXT = re.compile(r"[\x21-\x7e]{1,64}")  # referral codes
_INTEGRATOR_ID = re.compile(r"0x[0-9a-fA-F]{4}")  # Across: a 2-byte id it assigns, as hex
# The INTENTS ledger (1Click) names accounts by NEAR account id, whatever chain the asset is on.
_INTENTS_CHAIN = "near:mainnet"
# (chain namespace, asset namespace) pairs whose asset reference is an address we can check.
_TOKEN_ADDRESS_NAMESPACES = {("eip155", "erc20"), ("solana", "token"), ("near", "nep141"), ("tron", "trc20")}


def _b58check(text: str) -> bytes | None:
    """The payload of a Base58Check string, or None when the checksum is wrong."""
    try:
        raw = b58decode(text)
    except ValueError:
        return None
    payload, checksum = raw[:-4], raw[-4:]
    if len(raw) < 5 or hashlib.sha256(hashlib.sha256(payload).digest()).digest()[:4] != checksum:
        return None
    return payload


def eip55_ok(address: str) -> bool:
    """True for all-lower or all-upper hex, or a mixed-case address whose EIP-55 checksum matches."""
    body = address[2:]
    if body in (body.lower(), body.upper()):
        return True
    digest = keccak256(body.lower().encode()).hex()
    pairs = zip(body, digest[:40], strict=True)
    return all(c.upper() == c if int(h, 16) >= 8 else c.lower() == c for c, h in pairs if c.isalpha())


def _evm(address: str) -> str | None:
    if not _EVM.match(address):
        return "is not a 0x-prefixed 20-byte hex address"
    return None if eip55_ok(address) else "fails its EIP-55 checksum (mixed case that does not match)"


def _solana(address: str) -> str | None:
    ok = decoded_length(address) == 32 and 32 <= len(address) <= 44
    return None if ok else "is not a base58 Solana address (32 bytes)"


def _bitcoin(address: str) -> str | None:
    if address.lower().startswith("bc1"):
        return None if decode_segwit(address, "bc") else "is not a valid bech32 Bitcoin address (BIP-173/350)"
    payload = _b58check(address)
    return (
        None
        if payload is not None and len(payload) == 21 and payload[0] in (0, 5)
        else ("is not a valid Bitcoin address (base58check P2PKH/P2SH or bech32)")
    )


def _utxo(address: str) -> str | None:
    """Other bip122 chains (LTC, DOGE, BCH, DASH, ZEC): base58check, bech32, or a cashaddr."""
    if _b58check(address) is not None or decode_segwit(address) is not None:
        return None
    if re.fullmatch(r"(bitcoincash:)?[qp][0-9a-z]{41}", address):
        return None
    return "is not a valid address for this UTXO chain"


def _near(address: str) -> str | None:
    ok = _NEAR_NAMED.match(address) or _NEAR_IMPLICIT.match(address)
    return None if ok else "is not a NEAR account id"


def _tron(address: str) -> str | None:
    payload = _b58check(address)
    return None if payload is not None and len(payload) == 21 and payload[0] == 0x41 else "is not a Tron address"


_BY_NAMESPACE = {"eip155": _evm, "solana": _solana, "near": _near, "tron": _tron}


def address_problem(chain_id: str, address: str) -> str | None:
    """Why ``address`` cannot be an address on ``chain_id`` (CAIP-2), or None if it can (or we cannot tell)."""
    if not isinstance(address, str) or not address or any(c.isspace() for c in address):
        return "is empty, not text, or contains whitespace"
    if len(address) > MAX_ADDRESS_LENGTH or not _VISIBLE.fullmatch(address):
        return f"is longer than {MAX_ADDRESS_LENGTH} characters or not printable ASCII"
    namespace = chain_id.split(":", 1)[0]
    if chain_id == "bip122:000000000019d6689c085ae165831e93":
        return _bitcoin(address)
    if namespace == "bip122":
        return _utxo(address)
    check = _BY_NAMESPACE.get(namespace)
    return check(address) if check else None


def check_address(role: str, asset: AssetId, address: str | None, account: AccountType = AccountType.CHAIN) -> None:
    """Raise ValidationError when ``address`` is not valid on ``asset``'s chain (or, for an ``INTENTS`` account,
    not a NEAR account id: that ledger names accounts that way whatever the asset's chain)."""
    if address is None:
        return
    chain_id = _INTENTS_CHAIN if account is AccountType.INTENTS else asset.chain_id
    problem = address_problem(chain_id, address)
    if problem:
        where = "INTENTS account" if account is AccountType.INTENTS else "chain"
        chain = asset.chain.key if asset.chain and account is AccountType.CHAIN else chain_id
        raise ValidationError(f"{role} {echo(address)} {problem} ({where} {chain})")


def _unmapped_problem(asset: AssetId) -> str | None:
    """Why an unmapped asset's provider-native id cannot be sent, or None."""
    native = asset.native_id
    if len(native) > MAX_REF_LENGTH or not _VISIBLE.fullmatch(native):
        return f"has a native id that is not 1-{MAX_REF_LENGTH} printable ASCII characters"
    if asset.unmapped_provider == "across":
        # "<chainId>:<address>" on a chain the table lacks; Across's only non-EVM chains (Solana, HyperCore) are in
        # the table, so the address must be an EVM one (swapsuite.providers.across.ids.caip2_for).
        chain, _, address = native.partition(":")
        if not chain.isascii() or not chain.isdigit() or _evm(address):
            return "is not <chainId>:<EVM token address>"
    return None


def check_token_address(role: str, asset: AssetId) -> None:
    """A token asset whose reference is a contract address / mint / account must hold a valid one for its chain
    (``eip155:1/erc20:hello`` would otherwise be sent to the provider as a token address)."""
    if not asset.is_mapped:
        problem = _unmapped_problem(asset)
        if problem:
            raise ValidationError(f"{role} asset {echo(str(asset))} {problem}")
        return
    namespaces = (asset.chain_id.split(":", 1)[0], asset.namespace)
    address = token_address(asset)
    if address is None or namespaces not in _TOKEN_ADDRESS_NAMESPACES:
        return
    problem = address_problem(asset.chain_id, address)
    if problem:
        raise ValidationError(f"{role} asset {echo(str(asset))}: its token address {problem}")


def check_ref(ref: object, what: str = "ref", *, provider: str | None = None) -> str:
    """A swap reference (deposit address, tx hash, intent or quote id) that is safe to put into a URL.

    Adapters put refs into paths and queries (the generated clients percent-encode path parameters), but ``.``
    and ``..`` survive encoding and are dot segments that would move the request to another route
    (``/v2/swap/status/..`` is ``/v2/swap``). Printable ASCII without spaces, at most 256 characters.
    """
    if not isinstance(ref, str) or not ref:
        raise ValidationError(f"{what} must be a non-empty string, got {echo(ref)}", provider=provider)
    if len(ref) > MAX_REF_LENGTH or not _VISIBLE.fullmatch(ref) or ref in (".", ".."):
        raise ValidationError(f"{what} is not a valid reference: {echo(ref)}", provider=provider)
    return ref


def _check_types(request: QuoteRequest) -> None:
    """Every field has its declared type (a dataclass does not check): ``dry="no"`` is not a boolean."""
    if not isinstance(request, QuoteRequest):
        raise ValidationError(f"expected a QuoteRequest, got {type(request).__name__}")
    expected: dict[str, type | tuple[type, ...]] = {
        "from_asset": AssetId,
        "to_asset": AssetId,
        "swap_type": SwapType,
        "dry": bool,
        "app_fees": tuple,
        "deposit_type": AccountType,
        "refund_type": AccountType,
        "recipient_type": AccountType,
        **{name: (str, type(None)) for name in ("sender", "recipient", "refund_to", "referral", "integrator_id")},
    }
    for name, kind in expected.items():
        value = getattr(request, name)
        if not isinstance(value, kind):
            raise ValidationError(f"{name} has the wrong type: {type(value).__name__} ({echo(value)})")


def _check_extras(request: QuoteRequest) -> None:
    """App fees (0..10,000 bps each and in total, a recipient), a short referral, Across's 2-byte integrator id."""
    for fee in request.app_fees:
        if not isinstance(fee, AppFee):
            raise ValidationError(f"app_fees must hold AppFee items, got {type(fee).__name__}")
        bps = fee.bps
        if isinstance(bps, bool) or not isinstance(bps, int) or not 0 <= bps <= 10_000:
            raise ValidationError(f"an app fee's bps must be an integer from 0 to 10000, got {echo(bps)}")
        if not isinstance(fee.recipient, str) or address_problem("", fee.recipient):
            raise ValidationError(f"an app fee's recipient must be a non-empty account id, got {echo(fee.recipient)}")
    if sum(fee.bps for fee in request.app_fees) > 10_000:
        raise ValidationError("app fees add up to more than 10000 bps (100 %)")
    if request.referral is not None and not _SHORT_TEXT.fullmatch(request.referral):
        raise ValidationError(f"referral must be 1-64 printable ASCII characters, got {echo(request.referral)}")
    if request.integrator_id is not None and not _INTEGRATOR_ID.fullmatch(request.integrator_id):
        raise ValidationError(f"integrator_id must be 0x and 4 hex digits (2 bytes), got {echo(request.integrator_id)}")


def check_quote_request(request: QuoteRequest, *, max_slippage_bps: int = 5000) -> None:
    """Everything that can be checked without the provider: raises ValidationError before any request."""
    _check_types(request)
    amount = request.amount
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise ValidationError(f"amount must be an integer number of base units, not {type(amount).__name__}")
    if not 0 < amount <= MAX_UINT256:
        raise ValidationError(f"amount must be between 1 and 2^256-1 base units, got {echo(amount)}")
    slippage = request.slippage_bps
    if isinstance(slippage, bool) or not isinstance(slippage, int) or not 0 <= slippage <= max_slippage_bps:
        raise ValidationError(f"slippage_bps must be an integer from 0 to {max_slippage_bps}, got {echo(slippage)}")
    if request.from_asset == request.to_asset:
        raise ValidationError(f"from and to assets are the same ({request.from_asset})")
    check_token_address("from", request.from_asset)
    check_token_address("to", request.to_asset)
    check_address("sender", request.from_asset, request.sender, request.deposit_type)
    check_address("refund_to", request.from_asset, request.refund_to, request.refund_type)
    check_address("recipient", request.to_asset, request.recipient, request.recipient_type)
    _check_extras(request)
