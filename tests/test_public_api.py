"""The public surface is what ``piguard.__all__`` lists, and every name resolves."""

import subprocess
import sys

import piguard


def test_all_is_sorted_and_resolves():
    assert piguard.__all__ == sorted(piguard.__all__)
    for name in piguard.__all__:
        assert getattr(piguard, name) is not None, name


def test_import_is_cheap():
    # `import piguard` must not pull in the heavy parts: the CLI's start-up depends on it.
    code = "import sys, piguard; print(sorted(m for m in ('polars', 'pyarrow', 'numpy', 'sqlalchemy', 'fastapi') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
