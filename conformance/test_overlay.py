"""Pulled specs are upstream + overlay: the Overlay 1.0 applier (swapsuite.drift.overlay) and codegen/specbuild."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from swapsuite.drift.overlay import Action, OverlayError, apply, parse_overlay, parse_path, select

from codegen import specbuild
from conformance.conftest import ROOT

DOC: dict[str, Any] = {
    "paths": {
        "/v0/quote": {
            "post": {
                "summary": "old",
                "parameters": [{"name": "a", "in": "query"}, {"name": "b", "in": "query"}, {"name": "a", "in": "path"}],
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "tags": ["one"],
}


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def test_path_segments_of_the_supported_subset() -> None:
    steps = parse_path("$.paths['/v0/quote'].post.parameters[?(@.name == 'a')][0][*].x-y")
    assert [(s.kind, s.key, s.index, s.value) for s in steps] == [
        ("key", "paths", 0, ""),
        ("key", "/v0/quote", 0, ""),
        ("key", "post", 0, ""),
        ("key", "parameters", 0, ""),
        ("filter", "name", 0, "a"),
        ("index", "", 0, ""),
        ("star", "", 0, ""),
        ("key", "x-y", 0, ""),
    ]


@pytest.mark.parametrize("target", ["paths", "$..paths", "$.paths[", "$[?(@.a > 1)]", "$.a b"])
def test_unreadable_targets_are_errors_naming_the_target(target: str) -> None:
    with pytest.raises(OverlayError, match="target"):
        parse_path(target)


def test_select_filter_index_star() -> None:
    params = "$.paths['/v0/quote'].post.parameters"
    assert [key for _, key in select(DOC, params + "[?(@.name == 'a')]")] == [0, 2]
    assert [key for _, key in select(DOC, params + "[-1]")] == [2]
    assert [key for _, key in select(DOC, "$.paths['/v0/quote'].post[*]")] == ["summary", "parameters", "responses"]
    assert select(DOC, params + "[7]") == [] and select(DOC, "$.components.schemas") == []


def test_update_merges_objects_replaces_scalars_and_appends_to_lists() -> None:
    result, unmatched = apply(
        DOC,
        _overlay(
            {"target": "$.paths['/v0/quote'].post", "update": {"summary": "new", "responses": {"201": {"d": 1}}}},
            {"target": "$.tags", "update": "two"},
            {"target": "$.paths['/v0/quote'].post.parameters[?(@.name == 'b')]", "update": {"required": True}},
        ),
    )
    post = result["paths"]["/v0/quote"]["post"]
    assert post["summary"] == "new" and list(post["responses"]) == ["200", "201"]
    assert result["tags"] == ["one", "two"] and post["parameters"][1] == {"name": "b", "in": "query", "required": True}
    assert unmatched == [] and DOC["tags"] == ["one"]  # the input document is never changed


def test_remove_deletes_every_selected_node_and_actions_apply_in_order() -> None:
    result, _ = apply(
        DOC,
        _overlay(
            {"target": "$.paths['/v0/quote'].post.parameters[?(@.name == 'a')]", "remove": True},
            {"target": "$.paths['/v0/quote'].post.parameters[0].in", "remove": True},  # sees the earlier removal
        ),
    )
    assert result["paths"]["/v0/quote"]["post"]["parameters"] == [{"name": "b"}]


def test_unmatched_actions_are_returned_not_raised() -> None:
    gone = {"target": "$.paths['/v0/status']", "description": "why", "update": {"get": {}}}
    result, unmatched = apply(DOC, _overlay(gone, {"target": "$.tags", "update": "x"}))
    assert unmatched == [Action("$.paths['/v0/status']", "why", {"get": {}})]
    assert result["tags"] == ["one", "x"]


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"overlay": "0.9", "info": {"title": "t", "version": "1"}}, "overlay: 1.0.0"),
        ({"overlay": "1.0.0", "info": {"title": "t"}}, "needs `title` and `version`"),
        ({**_overlay({"target": "$.a", "update": 1, "remove": True})}, "exactly one of"),
        ({**_overlay({"target": "$.a"})}, "exactly one of"),
        ({**_overlay({"update": 1})}, "needs a string `target`"),
        ({**_overlay({"target": "a.b", "remove": True})}, "does not start with"),
    ],
)
def test_malformed_overlays_are_errors(document: dict[str, Any], message: str) -> None:
    with pytest.raises(OverlayError, match=message.replace("`", ".").replace("(", ".")):
        parse_overlay(document)


def test_removing_the_root_is_an_error() -> None:
    with pytest.raises(OverlayError, match="root"):
        apply(DOC, _overlay({"target": "$", "remove": True}))


# --- the committed specs ------------------------------------------------------------------------------------------
PULLED = [src.provider for src in specbuild.built()]


def test_both_pulled_providers_are_upstream_plus_overlay() -> None:
    assert PULLED == ["oneclick", "across"]
    for src in specbuild.built():
        assert src.upstream.is_file() and (src.upstream.parent / "SOURCE.md").is_file()


@pytest.mark.parametrize("provider", PULLED)
def test_committed_spec_is_the_overlay_applied_to_upstream(provider: str) -> None:
    [src] = specbuild.built([provider])
    text = src.output.read_text(encoding="utf-8")
    assert text == specbuild.build_text(src)
    assert text.startswith("# Generated by `nox -s generate` (codegen/specbuild.py): specs/")


@pytest.mark.parametrize("provider", PULLED)
def test_every_correction_says_why(provider: str) -> None:
    [src] = specbuild.built([provider])
    actions = parse_overlay(yaml.safe_load(src.overlay.read_text(encoding="utf-8")))
    assert actions and all(len(action.description) > 20 for action in actions)


def test_a_correction_whose_target_moved_fails_the_build(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "specs", tmp_path / "specs")
    upstream = tmp_path / "specs" / "oneclick" / "upstream" / "openapi.json"
    document = yaml.safe_load(upstream.read_text(encoding="utf-8"))
    moved = copy.deepcopy(document)
    moved["paths"]["/v0/status"] = moved["paths"].pop("/v0/status")  # order alone does not matter
    del moved["components"]["schemas"]["AppFee"]
    upstream.write_text(yaml.safe_dump(moved), encoding="utf-8")
    with pytest.raises(specbuild.SpecBuildError, match=r"select nothing(.|\n)*\$\.components\.schemas\.AppFee"):
        specbuild.write(["oneclick"], tmp_path)
    upstream.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")  # same document, YAML layout
    assert specbuild.write(["oneclick"], tmp_path) == [tmp_path / "specs" / "oneclick" / "openapi.yaml"]
    assert specbuild.stale(["oneclick"], tmp_path) == []
    built = (tmp_path / "specs" / "oneclick" / "openapi.yaml").read_text(encoding="utf-8")
    assert built == (ROOT / "specs" / "oneclick" / "openapi.yaml").read_text(encoding="utf-8")
    assert specbuild.write(["changelly"], tmp_path) == []  # hand-authored: nothing to build
