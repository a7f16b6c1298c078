"""The CLI's last line of defence: one-line errors, documented exit codes, no PI."""

import pytest

from piguard.cli import main as cli_main
from piguard.cli.app import EXIT_INPUT, EXIT_INTERNAL, app


@app.command("_boom", hidden=True)
def _boom(kind: str) -> None:
    if kind == "bug":
        raise ValueError("invalid literal: 13812345678")
    raise FileNotFoundError(2, "No such file or directory", "/data/in.csv")


def test_unexpected_error_prints_its_type_only(capsys, monkeypatch):
    monkeypatch.delenv("PIGUARD_DEBUG", raising=False)
    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["_boom", "bug"])
    err = capsys.readouterr().err
    assert exit_.value.code == EXIT_INTERNAL
    assert "ValueError" in err and "13812345678" not in err and "Traceback" not in err


def test_debug_shows_the_traceback(monkeypatch):
    monkeypatch.setenv("PIGUARD_DEBUG", "1")
    with pytest.raises(ValueError):
        cli_main.main(["_boom", "bug"])


def test_os_errors_name_the_file(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli_main.main(["_boom", "io"])
    assert exit_.value.code == EXIT_INPUT
    assert capsys.readouterr().err.strip() == "piguard: No such file or directory: /data/in.csv"
