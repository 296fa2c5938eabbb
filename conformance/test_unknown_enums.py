"""Upstream enums grow: a response carrying a value the spec has never listed still parses through the generated
client, and the raw value survives (``.value``, ``.is_known is False``, ``to_dict()`` round-trip).

Each case takes a documented example response from the spec itself, plants an unseen enum value at one place and
serves it to the generated client through ``httpx.MockTransport``.
"""

from __future__ import annotations

import copy
import importlib
from dataclasses import dataclass
from typing import Any

import httpx
import pytest

from conformance.conftest import PROVIDERS, load_spec
from conformance.specschema import resolve

UNSEEN = "SOMETHING_NEW_2027"


@dataclass(frozen=True)
class Case:
    provider: str
    operation_id: str
    module: str  # api module inside the generated package
    kwargs: dict[str, Any]
    example: str  # name of the 200 example in the spec
    path: tuple[str | int, ...]  # where to plant the unseen value (in the JSON body)
    attrs: tuple[str | int, ...]  # where to find it on the parsed model (attribute names / indexes)


CASES = [
    Case(
        "oneclick",
        "getExecutionStatus",
        "api.oneclick.get_execution_status",
        {"deposit_address": "0xabc"},
        "success",
        ("status",),
        ("status",),
    ),
    Case(
        "oneclick",
        "getTokens",
        "api.oneclick.get_tokens",
        {},
        "captured-2025-07-24",
        (0, "blockchain"),
        (0, "blockchain"),
    ),
    Case(
        "oneclick",
        "getQuote",
        "api.oneclick.get_quote",
        {"body": None},
        "sdk-staging-dry",
        ("quoteRequest", "swapType"),
        ("quote_request", "swap_type"),
    ),
    Case("changelly", "listSwaps", "api.swaps.list_swaps", {}, "evmSwap", (0, "status"), (0, "status")),
    Case(
        "deframe", "getSwapStatus", "api.swap.get_swap_status", {"quote_id": "q"}, "fulfilled", ("status",), ("status",)
    ),
]


def _example(provider: str, operation_id: str, name: str) -> Any:
    spec = load_spec(provider)
    for item in spec["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                examples = resolve(spec, op["responses"]["200"])["content"]["application/json"]["examples"]
                return resolve(spec, examples[name])["value"]
    raise LookupError(operation_id)


def _plant(body: Any, path: tuple[str | int, ...]) -> Any:
    body = copy.deepcopy(body)
    target = body
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = UNSEEN
    return body


def _dig(model: Any, attrs: tuple[str | int, ...]) -> Any:
    for step in attrs:
        model = model[step] if isinstance(step, int) else getattr(model, step)
    return model


def _body_kwargs(case: Case, package: str) -> dict[str, Any]:
    kwargs = dict(case.kwargs)
    if "body" in kwargs:  # a POST: send the example's own echoed request back
        models = importlib.import_module(f"{package}.models")
        request = _example(case.provider, case.operation_id, case.example)["quoteRequest"]
        kwargs["body"] = models.QuoteRequest.from_dict(request)
    return kwargs


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.provider}-{c.operation_id}-{'.'.join(map(str, c.path))}")
def test_unknown_enum_value_survives_parsing(case: Case) -> None:
    package = PROVIDERS[case.provider]["package"]
    body = _plant(_example(case.provider, case.operation_id, case.example), case.path)
    client_mod = importlib.import_module(package)
    api = importlib.import_module(f"{package}.{case.module}")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = client_mod.AuthenticatedClient(base_url="https://api.test", token="t", httpx_args={"transport": transport})
    response = api.sync_detailed(client=client, **_body_kwargs(case, package))
    value = _dig(response.parsed, case.attrs)
    assert value.value == UNSEEN
    assert value.is_known is False
    assert str(value) == UNSEEN
    round_trip = (
        response.parsed.to_dict()
        if hasattr(response.parsed, "to_dict")
        else [item.to_dict() for item in response.parsed]
    )
    for step in case.path:
        round_trip = round_trip[step]
    assert round_trip == UNSEEN


def test_known_values_stay_known() -> None:
    models = importlib.import_module(f"{PROVIDERS['oneclick']['package']}.models")
    assert models.SwapStatus("SUCCESS") is models.SwapStatus.SUCCESS
    assert models.SwapStatus.SUCCESS.is_known
    assert models.SwapStatus("NEW") == models.SwapStatus("NEW")


def test_non_string_values_are_still_rejected() -> None:
    models = importlib.import_module(f"{PROVIDERS['oneclick']['package']}.models")
    with pytest.raises(ValueError, match="42"):
        models.SwapStatus(42)
