"""`piguard detect`: JSON Lines round trip, type filter, bad lines, cheap start-up."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

import piguard.cli.detect  # noqa: F401  (registers the command)
from piguard.cli.app import EXIT_FINDINGS, EXIT_INPUT, EXIT_PARTIAL, app

IDS = "CN_RESIDENT_ID,PHONE,BANK_CARD,EMAIL,QQ"


def _jsonl(*rows) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def _run(args, stdin=""):
    return CliRunner().invoke(app, ["detect", *args], input=stdin.encode("utf-8"))


def test_round_trip_through_stdin_and_stdout(gen):
    rid = gen.resident_id()
    stdin = _jsonl({"id": 1, "text": f"身份证{rid}，手机13800138000"},
                   {"id": "b", "text": "nothing here"},
                   {"id": None, "text": "邮箱a@b.cn"})
    result = _run(["--input", "-", "--output", "-", "--types", IDS], stdin)
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in lines] == [1, "b", None]
    assert lines[0]["entities"] == [
        {"start": 3, "end": 21, "type": "CN_RESIDENT_ID", "score": 1.0},
        {"start": 24, "end": 35, "type": "PHONE", "score": 1.0},
    ]
    assert lines[1]["entities"] == []
    assert lines[2]["entities"][0]["type"] == "EMAIL"


def test_files_and_types_filter(tmp_path, gen):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(_jsonl({"id": 7, "text": f"卡号{gen.card()}，手机13800138000"}), "utf-8")
    result = _run(["-i", str(source), "-o", str(target), "-t", "PHONE"])
    assert result.exit_code == 0, result.output
    (row,) = [json.loads(line) for line in target.read_text("utf-8").splitlines()]
    assert [e["type"] for e in row["entities"]] == ["PHONE"]


def test_bad_line_names_its_number_and_hides_its_text(tmp_path):
    target = tmp_path / "out.jsonl"
    stdin = _jsonl({"id": 1, "text": "ok"}) + "{broken 13800138000\n"
    result = _run(["-i", "-", "-o", str(target), "-t", IDS], stdin)
    assert result.exit_code == EXIT_INPUT
    assert "line 2" in result.output
    assert "13800138000" not in result.output
    assert not target.exists()  # atomic: no half-written output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("line", "reason"), [
    ('["a list"]', "not a JSON object"),
    ('{"id": 1}', '"text"'),
    ('{"id": 1, "text": 5}', '"text"'),
])
def test_each_kind_of_bad_line(line, reason):
    result = _run(["-i", "-", "-o", "-", "-t", IDS], line + "\n")
    assert result.exit_code == EXIT_INPUT
    assert "line 1" in result.output and reason in result.output


def test_invalid_utf8_line():
    result = CliRunner().invoke(app, ["detect", "-i", "-", "-o", "-", "-t", IDS],
                                input=b'{"id": 1, "text": "\xff\xfe"}\n')
    assert result.exit_code == EXIT_INPUT and "not UTF-8" in result.output


def test_skip_bad_lines_goes_on_and_lists_them():
    stdin = "{bad\n" + _jsonl({"id": 2, "text": "手机13800138000"}) + "\n"
    result = _run(["-i", "-", "-o", "-", "-t", IDS, "--skip-bad-lines"], stdin)
    assert result.exit_code == EXIT_PARTIAL
    assert "skipped 1 bad line(s): 1" in result.output
    assert '"id": 2' in result.stdout


def test_too_long_line_is_an_error_not_a_memory_blow_up():
    stdin = _jsonl({"id": 1, "text": "x" * 200}, {"id": 2, "text": "ok"})
    result = _run(["-i", "-", "-o", "-", "-t", IDS, "--max-line-bytes", "64"], stdin)
    assert result.exit_code == EXIT_INPUT and "line 1: longer than 64 bytes" in result.output
    result = _run(["-i", "-", "-o", "-", "-t", IDS, "--max-line-bytes", "64",
                   "--skip-bad-lines"], stdin)
    assert result.exit_code == EXIT_PARTIAL and "bad line(s): 1" in result.output
    assert '"id": 2' in result.stdout


def test_unknown_type_and_missing_input(tmp_path):
    result = _run(["-i", "-", "-o", "-", "-t", "PHONE,NOPE"], "")
    assert result.exit_code != 0 and "NOPE" in str(result.exception or result.output)
    result = _run(["-i", str(tmp_path / "missing.jsonl"), "-o", "-"])
    assert result.exit_code == EXIT_INPUT


def test_fail_on_findings():
    stdin = _jsonl({"id": 1, "text": "手机13800138000"})
    assert _run(["-i", "-", "-t", "PHONE", "--fail-on-findings"], stdin).exit_code == EXIT_FINDINGS
    stdin = _jsonl({"id": 1, "text": "nothing"})
    assert _run(["-i", "-", "-t", "PHONE", "--fail-on-findings"], stdin).exit_code == 0


@pytest.mark.slow
def test_identifier_types_never_import_the_model_or_dataframes(tmp_path):
    """Start-up stays cheap: no NER model, no Polars/pyarrow on the identifiers path."""
    source = tmp_path / "in.jsonl"
    source.write_text(_jsonl({"id": 1, "text": "手机13800138000"}), "utf-8")
    code = (
        "import sys\n"
        "from piguard.cli.main import main\n"
        "try:\n"
        f"    main(['detect', '-i', {str(source)!r}, '-o', {str(tmp_path / 'o.jsonl')!r},"
        f" '-t', {IDS!r}])\n"
        "except SystemExit:\n"
        "    pass\n"
        "heavy = [m for m in ('piguard.detect.ner', 'polars', 'pyarrow', 'numpy', 'yaml')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.strip().splitlines()[-1:]
    assert out in ([], [""]), f"imported at start-up: {out}"
    assert json.loads((tmp_path / "o.jsonl").read_text("utf-8"))["entities"]


@pytest.mark.parametrize("block", [1, 7, 64, 1 << 20])
def test_stream_blocks_of_any_size_give_the_same_result(monkeypatch, block):
    import io

    from piguard.detect import stream

    rows = [{"id": i, "text": f"第{i}行 手机1380013800{i % 10} 邮箱u{i}@x.cn"} for i in range(30)]
    data = _jsonl(*rows[:10]) + "\n" + _jsonl({"id": "long", "text": "x" * 300}) + _jsonl(*rows[10:])
    monkeypatch.setattr(stream, "_READ_BYTES", block)
    out = io.StringIO()
    stats = stream.detect_jsonl(io.BytesIO(data.encode()), out, "PHONE,EMAIL",
                                skip_bad_lines=True, max_line_bytes=200)
    assert stats.skipped == [12]  # the long line, counted after the blank line 11
    assert stats.lines == 30 and stats.findings == 60
    assert [json.loads(line)["id"] for line in out.getvalue().splitlines()] == list(range(30))


def test_progress_bar_on_request(tmp_path):
    source, target = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    source.write_text(_jsonl(*({"id": i, "text": "手机13800138000"} for i in range(50))), "utf-8")
    result = _run(["-i", str(source), "-o", str(target), "-t", "PHONE", "--progress"])
    assert result.exit_code == 0, result.output
    assert len(target.read_text("utf-8").splitlines()) == 50


@pytest.mark.slow
def test_worker_processes_keep_order_and_line_numbers(monkeypatch):
    import io

    from piguard.detect import stream

    monkeypatch.setattr(stream, "_READ_BYTES", 256)  # many blocks
    rows = [{"id": i, "text": f"第{i}行，手机1380013800{i % 10}"} for i in range(200)]
    data = _jsonl(*rows).encode()

    def run(jobs, payload, **kw):
        out = io.StringIO()
        stats = stream.detect_jsonl(io.BytesIO(payload), out, "PHONE", jobs=jobs, **kw)
        return out.getvalue(), stats

    serial, _ = run(1, data)
    parallel, stats = run(2, data)
    assert parallel == serial and stats.lines == 200 and stats.findings == 200
    broken = _jsonl(*rows[:120]).encode() + b"{oops\n" + _jsonl(*rows[120:]).encode()
    out = io.StringIO()
    with pytest.raises(stream.BadLine, match="line 121"):
        stream.detect_jsonl(io.BytesIO(broken), out, "PHONE", jobs=2)
    assert len(out.getvalue().splitlines()) == 120
    _, stats = run(2, broken, skip_bad_lines=True)
    assert stats.skipped == [121] and stats.lines == 200


def test_byte_order_mark_and_crlf_lines():
    stdin = "\ufeff" + _jsonl({"id": 1, "text": "手机13800138000"}).replace("\n", "\r\n")
    result = _run(["-i", "-", "-o", "-", "-t", "PHONE"], stdin)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["entities"][0]["type"] == "PHONE"


def test_output_that_cannot_be_written_is_a_one_line_usage_error(tmp_path):
    rows = _jsonl({"id": 1, "text": "手机13800138000"})
    (tmp_path / "in.jsonl").write_text(rows, encoding="utf-8")
    for target in (tmp_path, tmp_path / "missing" / "deeper" / "out.jsonl"):
        if target != tmp_path:
            (tmp_path / "missing").write_text("a file where a folder should be")
        result = _run(["-i", str(tmp_path / "in.jsonl"), "-o", str(target)])
        assert result.exit_code == 2, result.output
        assert result.exception is None or isinstance(result.exception, SystemExit)
        assert "cannot write" in result.stderr and "13800138000" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_output_file_is_replaced_atomically_and_keeps_its_mode(tmp_path):
    (tmp_path / "in.jsonl").write_text(_jsonl({"id": 1, "text": "手机13800138000"}),
                                       encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    result = _run(["-i", str(tmp_path / "in.jsonl"), "-o", str(out), "--types", "PHONE"])
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["entities"][0]["type"] == "PHONE"
    assert out.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]
