"""The Across provider as data (see :mod:`swapsuite.descriptor`); imports nothing heavy."""

from ...descriptor import Descriptor, Operations

DESCRIPTOR = Descriptor(
    name="across",
    title="Across Swap API",
    adapter="swapsuite.providers.across:AcrossAdapter",
    base_url="https://app.across.to/api",
    api_key_env="ACROSS_API_KEY",
    api_key_required=False,
    auth="Authorization: Bearer <key> (optional integrator key)",
    client_package="swapsuite_across_client",
    client_version="0.1.0",
    key_header="Authorization",
    key_prefix="Bearer ",
    chain_naming="numeric chain ids (EIP-155; Solana 34268394551451) and token addresses",
    operations=Operations(
        tokens="getSwapTokens",
        quote="getSwapApproval",  # dry and firm alike: the approval is a read, the user signs the transactions
        status="getDepositStatus",
        history="getDeposits",
        retryable=frozenset({"getSwapTokens", "getSwapApproval", "getDepositStatus", "getDeposits"}),
        read_only=("getSwapChains", "getSwapTokens", "getSwapSources"),
    ),
    sandbox="swapsuite.sandbox.across:create_app",
)
