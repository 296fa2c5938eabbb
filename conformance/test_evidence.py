"""Every payload of the evidence corpus through our spec, the generated client and the adapter mapping.

The corpus (``conformance/evidence/``) holds only material written by others — the providers' SDK test fixtures, docs
examples, other integrations — each with its provenance. It is the judge of the specs and mappings; our own sandboxes
and cassettes only prove consistency. See ``conformance/evidence.py`` for the three layers.
"""

from __future__ import annotations

import pytest
from swapsuite import SwapsuiteError

from conformance.cassettes import PROVIDER_NAMES
from conformance.evidence import Fixture, drive, fixtures, generated_parse, mismatches, provenance_problems, spec_errors

CORPUS = fixtures()
ACCEPTED = [f for f in CORPUS if f.upstream_error is None]
REJECTED = [f for f in CORPUS if f.upstream_error is not None]
DRIVEN = [f for f in ACCEPTED if f.drive is not None]


def ids(items: list[Fixture]) -> list[str]:
    return [item.id for item in items]


@pytest.mark.parametrize("provider", PROVIDER_NAMES)
def test_every_provider_has_independent_evidence_driven_through_its_adapter(provider: str) -> None:
    driven = [f for f in DRIVEN if f.provider == provider]
    assert len(driven) >= 2, f"{provider}: the corpus drives {len(driven)} payload(s) through the adapter"


@pytest.mark.parametrize("fixture", CORPUS, ids=ids(CORPUS))
def test_provenance_names_repository_path_and_commit(fixture: Fixture) -> None:
    assert provenance_problems(fixture) == []


@pytest.mark.parametrize("fixture", ACCEPTED, ids=ids(ACCEPTED))
def test_body_conforms_to_our_spec(fixture: Fixture) -> None:
    assert spec_errors(fixture) == []


@pytest.mark.parametrize("fixture", ACCEPTED, ids=ids(ACCEPTED))
def test_generated_client_parses_body(fixture: Fixture) -> None:
    parsed = generated_parse(fixture)
    assert parsed is not None or fixture.body is None, f"{fixture.id}: the generated client returned nothing"


@pytest.mark.parametrize("fixture", DRIVEN, ids=ids(DRIVEN))
def test_adapter_normalizes_to_expected_values(fixture: Fixture) -> None:
    result, api = drive(fixture)
    assert api.requests, f"{fixture.id}: the driver sent no request"
    if "error" in fixture.expect:
        assert isinstance(result, SwapsuiteError), f"{fixture.id}: expected {fixture.expect['error']}, got {result!r}"
    else:
        assert not isinstance(result, BaseException), f"{fixture.id}: {type(result).__name__}: {result}"
    assert fixture.expect, f"{fixture.id}: a driven fixture must name the values it expects"
    assert list(mismatches(result, fixture.expect)) == []


def rejection(fixture: Fixture) -> list[str]:
    """How we reject a listed upstream error: spec violations, and the adapter's typed error when it is driven."""
    problems = spec_errors(fixture)
    if fixture.drive is not None:
        result, _ = drive(fixture)
        assert not isinstance(result, BaseException) or isinstance(result, SwapsuiteError), (
            f"{fixture.id}: raw {type(result).__name__} escaped"
        )
        if isinstance(result, SwapsuiteError):
            problems.append(f"adapter: {type(result).__name__}")
    return problems


def test_documented_upstream_errors_are_rejected() -> None:
    """A plainly wrong published example (reason in the fixture) must not pass as valid data. One test over the
    list (not parametrized), so an empty list is a pass with nothing to check rather than a skip."""
    passing = [f"{f.id} ({f.upstream_error})" for f in REJECTED if not rejection(f)]
    assert passing == [], "listed as upstream errors but accepted"
