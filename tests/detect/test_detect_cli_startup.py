"""``piguard detect`` start-up stays light: its own command only, no heavy libraries
for identifiers-only runs (the throughput target counts the whole process)."""

from __future__ import annotations

import ast
import json
import subprocess
import sys

_PROBE = """
import sys
sys.argv = ["piguard", *sys.argv[1:]]
from piguard.cli.main import main
try:
    main()
except SystemExit:
    pass
heavy = ("numpy", "polars", "pyarrow", "rich", "yaml", "duckdb")
print("MODULES", sorted(m for m in sys.modules
                        if m.split(".")[0] in heavy or m.startswith("piguard.cli.")),
      file=sys.stderr)
"""


def _loaded(*args: str, stdin: str = "") -> list[str]:
    done = subprocess.run([sys.executable, "-c", _PROBE, *args], input=stdin.encode(),
                          capture_output=True, timeout=120, check=True)
    line = [x for x in done.stderr.decode().splitlines() if x.startswith("MODULES")][-1]
    return ast.literal_eval(line.split(" ", 1)[1])


def test_identifiers_only_detect_loads_no_heavy_library_and_no_other_command():
    line = json.dumps({"id": 1, "text": "手机13800138000，邮箱a@b.cn"}, ensure_ascii=False)
    assert _loaded("detect", "-i", "-", "-o", "-", "-t", "PHONE,EMAIL",
                   stdin=line + "\n") == ["piguard.cli.app", "piguard.cli.detect",
                                          "piguard.cli.main"]


def test_other_commands_are_all_registered():
    loaded = _loaded("--help")
    assert {"piguard.cli.scan", "piguard.cli.protect", "piguard.cli.govern"} <= set(loaded)
