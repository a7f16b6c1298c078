"""Manifest validation: every problem names its file, line and field; junk never crashes."""

from __future__ import annotations

import contextlib
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.errors import ConfigError
from piguard.govern.manifest import ManifestError, load_dir, load_texts

GOOD_HANDLER = "handler:\n  name: Shop\n"


def _problems(files: dict[str, str]) -> list[str]:
    with pytest.raises(ManifestError) as info:
        load_texts(files)
    return [str(p) for p in info.value.problems]


def test_typo_names_file_line_and_field():
    text = GOOD_HANDLER + ("activities:\n"
                           "  - id: a1\n"
                           "    purpose: x\n"
                           "    legal_bases: [consent]\n")
    (problem,) = _problems({"acts.yaml": text})
    assert problem.startswith("acts.yaml:6: activities[0].legal_bases: unknown field")


def test_wrong_types_and_unknown_codes():
    text = ("handler:\n"
            "  name: Shop\n"
            "  individuals: many\n"
            "datasets:\n"
            "  - id: d\n"
            "    fields:\n"
            "      - {name: f, pi: shoe_size}\n"
            "activities:\n"
            "  - id: a\n"
            "    legal_basis: [because]\n")
    problems = _problems({"m.yaml": text})
    assert problems[0] == "m.yaml:3: handler.individuals: expected a whole number >= 0, got 'many'"
    assert problems[1].startswith("m.yaml:7: datasets[0].fields[0].pi: 'shoe_size' is not one of")
    assert problems[2].startswith("m.yaml:10: activities[0].legal_basis: unknown value(s) 'because'")


def test_cross_references_across_files():
    problems = _problems({
        "a.yaml": GOOD_HANDLER,
        "b.yaml": ("activities:\n  - id: x\n    system: nowhere\n"
                   "    scope: {fields: [d.f]}\n  - id: x\n"),
    })
    assert "b.yaml:3: activities.x.system: no system with id 'nowhere'" in problems
    assert "b.yaml:4: activities.x.scope.fields: 'd.f' names no declared dataset field" in problems
    assert any(p.startswith("b.yaml:5: activities.id: duplicate id 'x' (first at b.yaml:2)")
               for p in problems)


def test_missing_handler_and_required_fields():
    assert _problems({"m.yaml": "systems:\n  - kind: backend\n"}) == [
        "m.yaml:2: systems[0].id: required field is missing",
        "m.yaml:1: handler: no handler is declared",
    ]


def test_app_needs_an_app_type():
    (problem,) = _problems({"m.yaml": GOOD_HANDLER + "systems:\n  - {id: s, kind: app}\n"})
    assert problem.startswith("m.yaml:4: systems.s.app_type: apps must name their app type")


def test_yaml_syntax_error_has_a_line():
    with pytest.raises(ConfigError, match=r"^m\.yaml:4: not valid YAML"):
        load_texts({"m.yaml": "handler:\n  name: x\n  bad: [1, 2\n"})


def test_duplicate_keys_are_refused():
    with pytest.raises(ConfigError, match=r"m\.yaml:3: name: duplicate key"):
        load_texts({"m.yaml": "handler:\n  name: a\n  name: b\n"})


def test_load_dir_reads_nested_files(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "h.yaml").write_text(GOOD_HANDLER, encoding="utf-8")
    (tmp_path / "sub" / "s.yml").write_text("systems:\n  - {id: s}\n", encoding="utf-8")
    m = load_dir(tmp_path)
    assert m.files == ["h.yaml", "sub/s.yml"]
    assert m.systems[0].where.file == "sub/s.yml"
    with pytest.raises(ConfigError, match="no manifest files"):
        load_dir(_empty(tmp_path))


def _empty(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    return empty


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 10**8) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=3),
    max_leaves=10)
_keys = st.sampled_from(["handler", "systems", "datasets", "activities", "version", "zzz"])


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(_keys, _json, max_size=4))
def test_junk_manifests_fail_cleanly(doc):
    """Whatever the content, loading either succeeds or raises a ConfigError (never a crash)."""
    with contextlib.suppress(ConfigError):
        load_texts({"junk.yaml": json.dumps(doc)})
