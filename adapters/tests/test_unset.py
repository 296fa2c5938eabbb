"""swapsuite.unset: one UNSET → None helper for every generated client package."""

from __future__ import annotations

import importlib
import types

import pytest
from swapsuite import registry
from swapsuite.unset import is_unset, present

CLIENT_PACKAGES = sorted({d.client_package for d in registry.descriptors() if d.client_package})


def test_every_registered_provider_has_a_generated_client() -> None:
    assert len(CLIENT_PACKAGES) >= 4, CLIENT_PACKAGES


@pytest.mark.parametrize("package", CLIENT_PACKAGES)
def test_each_packages_unset_is_absent(package: str) -> None:
    sentinel = importlib.import_module(f"{package}.types").UNSET
    assert is_unset(sentinel)
    assert present(sentinel) is None


@pytest.mark.parametrize("value", [0, "", False, [], {}, "0x1", 7])
def test_present_values_pass_through_even_when_falsy(value: object) -> None:
    assert not is_unset(value)
    assert present(value) is value


def test_null_is_absent_too() -> None:
    assert present(None) is None
    assert not is_unset(None)


def test_only_a_types_module_sentinel_counts() -> None:
    elsewhere = types.new_class("Unset")
    elsewhere.__module__ = "somebody.models"
    assert not is_unset(elsewhere())
    vendored = types.new_class("Unset")
    vendored.__module__ = "yourlib._vendor.across_api.types"  # a vendored copy under another name
    assert is_unset(vendored())
