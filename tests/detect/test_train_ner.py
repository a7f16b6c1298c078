"""The training script's model averaging (scripts/train_ner.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import ner_lexicon as lx  # noqa: E402

if not (lx.REGIONS_DIR / "provinces.csv").exists():
    pytest.skip("the training script needs the shared region tables", allow_module_level=True)

import train_ner  # noqa: E402


def _member(seed: int) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "weights": rng.normal(size=(64, 9)).astype(np.float16),
        "trans": rng.normal(size=(9, 9)).astype(np.float32),
    }


def test_members_are_averaged_key_by_key_in_their_own_dtype():
    members = [_member(1), _member(2), _member(3)]
    mean = train_ner.average(members)
    assert set(mean) == {"weights", "trans"}
    for key in mean:
        assert mean[key].dtype == members[0][key].dtype
        expected = np.mean([m[key].astype(np.float64) for m in members], axis=0)
        np.testing.assert_allclose(mean[key], expected, rtol=1e-3, atol=1e-3)


def test_one_member_is_the_model_itself():
    member = _member(4)
    assert train_ner.average([member]) is member


def test_saved_model_loads_and_is_the_same_bytes_every_time(tmp_path):
    arrays = {**_member(5), "temperature": np.float32(1.0)}
    first, second = tmp_path / "a.npz", tmp_path / "b.npz"
    train_ner.save_model(first, arrays)
    train_ner.save_model(second, arrays)
    assert first.read_bytes() == second.read_bytes()
    with np.load(first, allow_pickle=False) as z:
        assert set(z.files) == set(arrays)
        for key, value in arrays.items():
            np.testing.assert_array_equal(z[key], value)
            assert z[key].dtype == np.asarray(value).dtype
    assert not list(tmp_path.glob("*.tmp.npz"))


def test_name_swapped_copies_keep_one_character_places_and_bare_surnames():
    text = "中美两国元首在北京会晤，王总和张伟出席。"
    spans = [(0, 1, "LOC"), (1, 2, "LOC"), (7, 9, "LOC"), (12, 13, "PER"), (14, 16, "PER")]
    copies = train_ner.augment([(text, spans)], copies=20, seed=3, extra_given="")
    assert len(copies) == 20
    changed = 0
    for new, new_spans in copies:
        assert len(new_spans) == len(spans)
        pieces = [new[s:e] for s, e, _ in new_spans]
        assert pieces[:2] == ["中", "美"] and pieces[3] == "王"
        assert new.startswith("中美两国元首在") and new.endswith("出席。")
        changed += pieces[2] != "北京" or pieces[4] != "张伟"
    assert changed >= 18


def test_universal_ner_sentences_with_labels_off_their_words_are_left_out():
    assert train_ner.garbled("战后他曾担任多国大使：开罗（1950年）", [(10, 11, "ORG"), (16, 18, "PER")])
    assert train_ner.garbled("他在签证处得到了签证。", [(7, 10, "PER")])
    assert not train_ner.garbled("法人代表为毕为，总部在的黎波里。", [(5, 7, "PER"), (11, 15, "LOC")])


def test_a_place_that_starts_an_organisation_name_is_not_a_place_in_written_lines():
    text = "美国国会、伊朗外交部和巴西国家队都表示，中国政府和中国人民欢迎，队伍出发。"
    spans = [(0, 2, "LOC"), (5, 7, "LOC"), (11, 13, "LOC"), (20, 22, "LOC"), (25, 27, "LOC")]
    kept = train_ner.untag_organisation_places(text, spans)
    assert [text[s:e] for s, e, _ in kept] == ["中国", "中国"]
    assert train_ner.untag_organisation_places("他去了北京队伍里", [(3, 5, "LOC")]) == [(3, 5, "LOC")]
