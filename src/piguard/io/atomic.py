"""Atomic file writes, standard library only (cheap to import from any layer).

A temporary file is written *in the target's folder* and moved over the target
with :func:`os.replace` only on success; on any error it is removed and the old
target (if any) stays as it was. A target that is a device, FIFO or socket (such
as ``/dev/null``) is written in place: renaming over it would replace the device.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

__all__ = ["atomic_file", "unwritable_reason", "write_bytes", "write_text", "write_text_lines"]


@contextlib.contextmanager
def atomic_file(path: str | Path, *, mode: int | None = None) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; move it over ``path`` on success.

    The result keeps an existing target's permissions, or gets the umask's; ``mode``
    sets them instead (``0o600`` for secrets).

    >>> import tempfile, pathlib
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> with atomic_file(target) as tmp:
    ...     _ = tmp.write_text("ok")
    >>> target.read_text()
    'ok'
    """
    target = Path(path)
    if _is_special(target):
        # /dev/null, a FIFO, a terminal: renaming over it would replace the device itself.
        yield target
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if mode is not None:
            os.chmod(tmp, mode)
        elif target.exists():
            with contextlib.suppress(OSError):
                os.chmod(tmp, target.stat().st_mode & 0o777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def unwritable_reason(path: str | Path) -> str | None:
    """Why :func:`atomic_file` could not write ``path``, or None when it can.

    Commands call it before long work, so that a mistyped output path fails at once.

    >>> unwritable_reason(tempfile.gettempdir())
    'it is a folder'
    >>> unwritable_reason(os.devnull) is None
    True
    """
    target = Path(path)
    if target.is_dir():
        return "it is a folder"
    if _is_special(target):
        return None
    folder = target.parent
    while not folder.exists():  # atomic_file creates missing folders
        folder = folder.parent
    if not folder.is_dir():
        return f"{folder} is not a folder"
    if not os.access(folder, os.W_OK | os.X_OK):
        return f"no permission to write in {folder}"
    return None


def _is_special(target: Path) -> bool:
    """True for an existing target that is not a regular file (device, FIFO, socket).

    >>> _is_special(Path(os.devnull)), _is_special(Path("no-such-file"))
    (True, False)
    """
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes(data: bytes, path: str | Path) -> Path:
    """Write ``data`` to ``path`` atomically."""
    with atomic_file(path) as tmp:
        tmp.write_bytes(data)
    return Path(path)


def write_text(content: str, path: str | Path, encoding: str = "utf-8") -> Path:
    """Write a string to ``path`` atomically."""
    return write_bytes(content.encode(encoding), path)


def write_text_lines(lines: Iterable[str], path: str | Path, encoding: str = "utf-8") -> Path:
    """Write lines (without their ``\\n``) to ``path`` atomically, streaming."""
    with atomic_file(path) as tmp, open(tmp, "w", encoding=encoding, newline="\n") as handle:
        for line in lines:
            handle.write(line)
            handle.write("\n")
    return Path(path)
