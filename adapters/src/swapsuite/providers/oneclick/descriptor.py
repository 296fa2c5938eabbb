"""The 1Click provider as data (see :mod:`swapsuite.descriptor`); imports nothing heavy."""

from ...descriptor import Descriptor, Operations

DESCRIPTOR = Descriptor(
    name="oneclick",
    title="NEAR Intents 1Click Swap API",
    adapter="swapsuite.providers.oneclick:OneClickAdapter",
    base_url="https://1click.chaindefuser.com",
    api_key_env="ONECLICK_API_KEY",
    api_key_required=False,  # without a key 1Click charges an extra fee; it does not refuse
    auth="Authorization: Bearer <key> (JWT-auth), or X-API-Key: <key>",
    client_package="swapsuite_oneclick_client",
    client_version="0.1.0",
    key_header="X-API-Key",
    chain_naming="1cs_v1 asset ids (`1cs_v1:<chain>:<kind>:<ref>`) and legacy NEP-141 ids; blockchain codes",
    operations=Operations(
        tokens="getTokens",
        quote="getQuote",
        firm="getQuote",  # a non-dry quote opens a deposit address
        submit="submitDepositTx",
        status="getExecutionStatus",
        history="getHistory",
        retryable=frozenset({"getTokens", "getExecutionStatus", "getHistory", "refresh"}),  # + dry getQuote
        read_only=("getTokens",),
    ),
    sandbox="swapsuite.sandbox.oneclick:create_app",
    # The sandbox signs quotes with its own key; trust it for the sandbox only (= sandbox.oneclick_data's key).
    sandbox_adapter_args={"public_key": "ed25519:AVVHZP5A5BU6ND2w7uShn9rP626TtpcJGXwPTvbnzQS1"},
)
