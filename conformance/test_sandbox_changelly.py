"""The Changelly sandbox against its spec: schemathesis (positive and negative data, default checks) on every
operation, in-process, plus every success shape of a real quote → intent → approval → status run validated against
the same schema."""

from __future__ import annotations

import warnings
from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings

with warnings.catch_warnings():  # starlette's notice about httpx vs httpx2, irrelevant to an in-process test client
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient
from swapsuite.sandbox.changelly import create_app
from swapsuite.sandbox.control import SandboxState

SPEC = Path(__file__).resolve().parent.parent / "specs" / "changelly" / "openapi.yaml"
KEY = {"X-Api-Key": "sandbox-key"}
EVM = "0x" + "ab" * 20
SOLANA = "9WzDXwBbmkg8ZTbNMqUxvQRAyrZzDsGYdLVL9zYtAWWM"
SIGNATURE = "0x" + "11" * 65

config = schemathesis.Config.from_dict(
    {
        "headers": KEY,
        "generation": {"mode": "all"},  # positive and negative data
        # The spec documents 400 and 422 as the answers to a well-formed request the service cannot carry out
        # (unknown token, invalid address, amount too small...): valid-by-schema data that names no real token is
        # rightly refused with them.
        "checks": {"positive_data_acceptance": {"expected-statuses": ["2xx", "400", "401", "404", "422"]}},
    }
)
schema = schemathesis.openapi.from_path(str(SPEC), config=config)
state = SandboxState("changelly")
app = create_app(state)
schema.app = app


def _flow(client: TestClient, amount: str = "100") -> tuple[dict[str, Any], dict[str, Any]]:
    """A quote (USDC on Ethereum → SOL) and its intent."""
    quote = client.post(
        "/v1/quotes/", headers=KEY, json={"from": {"token_id": 254}, "to": {"token_id": 678}, "amount": amount}
    )
    body = {"quote_id": quote.json()["id"], "from": {"address": EVM, "refund_address": EVM}, "to": {"address": SOLANA}}
    intent = client.post("/v1/intents/", headers=KEY, json=body)
    return quote.json(), intent.json()


# Recorded swaps, so the fuzzed swap list has items to validate.
with TestClient(app) as _client:
    for _amount in ("100", "250.000302", "75.000404"):
        _, _intent = _flow(_client, _amount)
        _client.post(
            f"/v1/intents/{_intent['id']}/approvals/",
            headers=KEY,
            json={"approval_type": "permit2", "signed_data": SIGNATURE},
        )


@schema.parametrize()
@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_sandbox_conforms(case: schemathesis.Case) -> None:
    case.call_and_validate()


def test_success_shapes_validate() -> None:
    """Every 200 the happy path produces, through each swap state, matches the spec's response schema."""
    local = SandboxState("changelly")
    with TestClient(create_app(local)) as client:
        quote_response = client.post(
            "/v1/quotes/", headers=KEY, json={"from": {"token_id": 254}, "to": {"token_id": 678}, "amount": "12.5"}
        )
        schema["/v1/quotes/"]["POST"].validate_response(quote_response)
        _, intent = _flow(client)
        schema["/v1/intents/"]["POST"].validate_response(
            client.post(
                "/v1/intents/",
                headers=KEY,
                json={
                    "quote_id": quote_response.json()["id"],
                    "from": {"address": EVM, "refund_address": EVM},
                    "to": {"address": SOLANA},
                },
            )
        )
        approval = client.post(
            f"/v1/intents/{intent['id']}/approvals/",
            headers=KEY,
            json={"approval_type": "permit2", "signed_data": SIGNATURE},
        )
        schema["/v1/intents/{intent_id}/approvals/"]["POST"].validate_response(approval)
        seen = set()
        for _ in range(5):
            status = client.get(f"/v1/intents/{intent['id']}", headers=KEY)
            schema["/v1/intents/{intent_id}"]["GET"].validate_response(status)
            seen.add(status.json()["status"])
            swaps = client.get("/v1/swaps", headers=KEY)
            schema["/v1/swaps"]["GET"].validate_response(swaps)
            local.clock.advance(2)
        assert seen == {"approved", "verified", "deposited", "finished"}
        for path in ("/v1/networks", "/v1/tokens"):
            schema[path]["GET"].validate_response(client.get(path, headers=KEY))


def test_capitalised_statuses_validate_and_map() -> None:
    """The older docs' casing (``Finished``...): served on request, within the spec, mapped like the lowercase form,
    and accepted as a swap-list filter in either casing."""
    from swapsuite.models import SwapState
    from swapsuite.providers.changelly import mapping
    from swapsuite_changelly_client.models import IntentStatus

    local = SandboxState("changelly")
    with TestClient(create_app(local, capitalised_statuses=True)) as client:
        _, intent = _flow(client)
        client.post(
            f"/v1/intents/{intent['id']}/approvals/",
            headers=KEY,
            json={"approval_type": "permit2", "signed_data": SIGNATURE},
        )
        seen = {}
        for _ in range(5):
            status = client.get(f"/v1/intents/{intent['id']}", headers=KEY)
            schema["/v1/intents/{intent_id}"]["GET"].validate_response(status)
            body = status.json()
            seen[body["status"]] = mapping.status_report(IntentStatus.from_dict(body), body, intent["id"]).state
            local.clock.advance(2)
        assert seen == {
            "Approved": SwapState.PENDING_DEPOSIT,
            "Verified": SwapState.PROCESSING,
            "Deposited": SwapState.PROCESSING,
            "Finished": SwapState.SUCCESS,
        }
        for wanted in ("Finished", "finished"):
            swaps = client.get("/v1/swaps", headers=KEY, params={"status": wanted})
            schema["/v1/swaps"]["GET"].validate_response(swaps)
            assert [swap["status"] for swap in swaps.json()] == ["Finished"]
