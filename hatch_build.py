"""Hatchling build hook: compiles piguard's one optional C extension.

``piguard.protect.operators._hmac_native`` computes HMAC-SHA256 pseudonyms over OpenSSL
without the GIL (about 5x faster than ``hashlib`` per short value). It is optional: with
no C compiler or no OpenSSL headers the build warns and goes on, and piguard uses the
``hashlib`` path, which gives the same tokens. Set ``PIGUARD_NO_NATIVE=1`` to skip it.

An editable install (``uv sync``) builds the module next to its source, as
``setup.py build_ext --inplace`` would (the file is git-ignored); a wheel carries it and
is tagged for this Python and platform.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sysconfig
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src/piguard/protect/operators/_hmac_native.c")


def compile_extension(root: Path) -> Path:
    """Compile the extension next to its source (atomically) and return its path."""
    source = root / SOURCE
    target = source.with_name(source.stem + sysconfig.get_config_var("EXT_SUFFIX"))
    compiler = shlex.split(os.environ.get("CC") or "cc")
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        built = Path(tmp) / target.name
        subprocess.run(
            [*compiler, "-O2", "-shared", "-fPIC", "-Wall", "-Werror",
             f"-I{sysconfig.get_paths()['include']}", str(source), "-lcrypto", "-o", str(built)],
            check=True, capture_output=True, text=True)
        built.replace(target)
    return target


class NativeBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if os.environ.get("PIGUARD_NO_NATIVE"):
            return
        try:
            target = compile_extension(Path(self.root))
        except (OSError, subprocess.CalledProcessError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            self.app.display_warning(
                "piguard: the optional C extension was not built; pseudonyms use hashlib "
                f"(same tokens, slower): {detail.strip()[:500]}")
            return
        if version != "editable":
            build_data["force_include"][str(target)] = str(target.relative_to(Path(self.root) / "src"))
            build_data["pure_python"] = False
            build_data["infer_tag"] = True
