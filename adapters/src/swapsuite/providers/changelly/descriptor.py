"""The Changelly DeFi provider as data (see :mod:`swapsuite.descriptor`); imports nothing heavy."""

from ...descriptor import Descriptor, Operations

DESCRIPTOR = Descriptor(
    name="changelly",
    title="Changelly DeFi API",
    adapter="swapsuite.providers.changelly:ChangellyAdapter",
    base_url="https://defiapi.changelly.com",
    api_key_env="CHANGELLY_API_KEY",
    api_key_required=True,
    auth="X-Api-Key: <key>",
    client_package="swapsuite_changelly_client",
    client_version="0.1.0",
    key_header="X-Api-Key",
    chain_naming="network names from GET /v1/networks (`ethereum`, `bsc`, ...) and token contract addresses",
    operations=Operations(
        tokens="listTokens",
        quote="createQuote",
        firm="createIntent",  # every call creates a new intent
        execute="createIntentApproval",
        status="getIntent",
        history="listSwaps",
        retryable=frozenset({"listNetworks", "listTokens", "createQuote", "getIntent", "listSwaps"}),
        read_only=("listNetworks", "listTokens"),
    ),
    sandbox="swapsuite.sandbox.changelly:create_app",
)
