"""The hand-written labelled text (scripts/ner_written.py, scripts/ner_written/*.txt)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import ner_written as written  # noqa: E402


def test_marks_become_spans_on_the_plain_text():
    text, spans = written.parse_line("{P:约翰·史密斯}抵{L:京}，入住{L:朝阳区建国路88号}。")
    assert text == "约翰·史密斯抵京，入住朝阳区建国路88号。"
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("约翰·史密斯", "PER"),
        ("京", "LOC"),
        ("朝阳区建国路88号", "LOC"),
    ]


def test_a_line_without_marks_has_no_spans():
    assert written.parse_line("今天天气很好。") == ("今天天气很好。", [])


@pytest.mark.parametrize(
    "line",
    [
        "{P:王小明",  # not closed
        "{X:王小明}来了",  # unknown label
        "{P:王{L:北京}}",  # nested
        "{P: 王小明}来了",  # space inside the mark
        "{P:}来了",  # empty
        "好" * 96,  # longer than a chunk
    ],
)
def test_malformed_lines_are_refused(line):
    with pytest.raises(written.MarkupError):
        written.parse_line(line)


def test_a_malformed_line_is_reported_with_its_file_and_number(tmp_path):
    (tmp_path / "a.txt").write_text("# comment\n{P:张伟}来了\n\n{P:李雷\n", encoding="utf-8")
    with pytest.raises(written.MarkupError, match=r"a\.txt:4"):
        written.load(tmp_path)


def test_comments_and_blank_lines_are_skipped(tmp_path):
    (tmp_path / "b.txt").write_text("# x {P:y}\n\n{L:杭州}很美。\n#话题# 好\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("{P:张伟}来了\n", encoding="utf-8")
    assert written.load(tmp_path) == [
        ("张伟来了", [(0, 2, "PER")]),
        ("杭州很美。", [(0, 2, "LOC")]),
        ("#话题# 好", []),
    ]


@pytest.fixture(scope="module")
def shipped():
    return [
        (path.name, written.parse_line(line))
        for path in sorted(written.FOLDER.glob("*.txt"))
        for _, line in written.text_lines(path)
    ]


def test_the_written_files_parse_and_say_where_they_come_from(shipped):
    names = {name for name, _ in shipped}
    assert len(names) >= 8
    for path in written.FOLDER.glob("*.txt"):
        assert "project-owned" in path.read_text(encoding="utf-8").splitlines()[0]
    assert len(shipped) >= 3000


def test_the_written_files_follow_the_span_conventions(shipped):
    titles = ("先生", "女士", "教授", "老师", "主席", "总统", "书记", "记者")
    for _, (text, spans) in shipped:
        for s, e, label in spans:
            piece = text[s:e]
            assert piece == piece.strip() and "《" not in piece and "》" not in piece, text
            if label == "PER":
                assert not piece.endswith(titles), text
