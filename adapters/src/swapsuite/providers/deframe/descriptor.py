"""The Deframe provider as data (see :mod:`swapsuite.descriptor`); imports nothing heavy."""

from ...descriptor import Descriptor, Operations

DESCRIPTOR = Descriptor(
    name="deframe",
    title="Deframe Swap API v2",
    adapter="swapsuite.providers.deframe:DeframeAdapter",
    base_url="https://api.deframe.io",
    api_key_env="DEFRAME_API_KEY",
    api_key_required=True,
    auth="x-api-key: <key>",
    client_package="swapsuite_deframe_client",
    client_version="0.1.0",
    key_header="x-api-key",
    chain_naming="chain names (`ethereum`, `polygon`, `solana`, ...) and token addresses",
    operations=Operations(
        tokens=None,  # no token list endpoint: the adapter's built-in list
        quote="getSwapQuote",
        firm="getSwapQuote",  # a quote that requests execution data is not retried
        execute="createSwapBytecode",  # every call creates a new execution record
        status="getSwapStatus",
        retryable=frozenset({"getSwapStatus"}),  # + getSwapQuote without execution data
    ),
    sandbox="swapsuite.sandbox.deframe:create_app",
)
