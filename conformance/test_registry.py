"""Every registered provider is complete (issue 15): its descriptor agrees with its adapter, the manifest and its
spec, and it has what the suite checks every provider with — cassettes, a sandbox, fault-matrix rows, property
tests. A provider added without one of them fails here by name, not by silently going untested."""

from __future__ import annotations

import pytest
from swapsuite import registry
from swapsuite.sandbox.oneclick_data import SANDBOX_PUBLIC_KEY

from adapters.tests.test_fault_matrix import FIRM_ROUTE, STATUS_ROUTE
from conformance.conftest import PROVIDERS, ROOT, load_spec
from conformance.test_properties import CASES

NAMES = registry.provider_names()


def operation_ids(provider: str) -> set[str]:
    spec = load_spec(provider)
    return {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}


def test_the_manifest_and_the_registry_name_the_same_providers() -> None:
    assert set(NAMES) == set(PROVIDERS) == set(registry.BUILTIN)


@pytest.mark.parametrize("name", NAMES)
def test_descriptor_agrees_with_adapter_manifest_and_spec(name: str) -> None:
    found, entry = registry.descriptor(name), PROVIDERS[name]
    adapter = registry.adapter_class(name)
    assert adapter.descriptor is found
    assert (adapter.name, adapter.api_key_env, adapter.api_key_required, adapter.default_base_url) == (
        name,
        found.api_key_env,
        found.api_key_required,
        found.base_url,
    )
    expected = (entry["title"], entry["base_url"], entry["api_key_env"], entry["api_key_required"], entry["package"])
    assert (found.title, found.base_url, found.api_key_env, found.api_key_required, found.client_package) == expected
    ops = found.operations
    assert set(ops.all()) | ops.retryable <= operation_ids(name)
    assert ops.status in ops.retryable and ops.firm not in ops.retryable  # a firm step is never retried


def test_the_1click_sandbox_key_in_the_descriptor_is_the_sandbox_s() -> None:
    assert registry.descriptor("oneclick").sandbox_adapter_args == {"public_key": SANDBOX_PUBLIC_KEY}


@pytest.mark.parametrize("name", NAMES)
def test_every_provider_is_covered_by_every_check(name: str) -> None:
    assert sorted((ROOT / "cassettes" / name).glob("*.yaml")), f"{name}: no cassettes in cassettes/{name}/"
    assert registry.descriptor(name).sandbox, f"{name}: no sandbox"
    assert name in STATUS_ROUTE, f"{name}: no fault-matrix rows"
    assert registry.descriptor(name).operations.firm is None or name in FIRM_ROUTE
    assert {case.driver for case in CASES if case.provider == name} >= {"quote", "status"}, f"{name}: property tests"


def test_unknown_and_broken_registrations_are_configuration_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    from swapsuite.errors import ConfigurationError

    with pytest.raises(ConfigurationError, match="unknown provider 'nope'; choose from oneclick, across"):
        registry.descriptor("nope")
    monkeypatch.setattr(registry, "_external", lambda: {"broken": "swapsuite.models:Quote", "gone": "no_such_mod:X"})
    registry.descriptor.cache_clear()
    try:
        with pytest.raises(ConfigurationError, match="not a Descriptor named 'broken'"):
            registry.descriptor("broken")
        with pytest.raises(ConfigurationError, match=r"'gone' \(no_such_mod:X\) cannot be loaded"):
            registry.descriptor("gone")
    finally:
        registry.descriptor.cache_clear()
