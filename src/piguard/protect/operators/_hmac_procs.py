"""HMAC digests of many short values, shared with helper processes.

``hashlib`` costs about a microsecond per short value and holds the GIL while it works
(it lets go only for messages of 2 KiB and more), so the pseudonyms of a column of
distinct IDs use one core however many threads a batch runs on. A helper process has
its own GIL: each helper hashes an equal share of the values while the caller waits on
the pipes without the GIL (its other threads go on), then the digests are put back in
order. The result is the same bytes as hashing every
value here (tests compare them).

The helper is this file run as a script by the same Python (``python -I -S``: isolated,
no ``site``, standard library only — it starts in milliseconds and never imports the
caller's ``__main__``, unlike :mod:`multiprocessing`'s spawn). It talks over its own
stdin/stdout pipes; the HMAC key crosses that pipe in memory, never a file, an argument
or the environment. A helper that fails or dies is dropped and its share is hashed
here, so a broken helper costs time, never output. Helpers are started on first use,
at most one per core, only while the machine has idle cores (on a saturated machine
the pipes' extra CPU would make the job slower), and end when the caller exits or closes
their pipe.

>>> states = HmacStates(bytes(range(32)), "sha256")
>>> import hmac
>>> states.digests([b"a", b""]) == b"".join(hmac.digest(bytes(range(32)), v, "sha256")
...                                         for v in (b"a", b""))
True
"""

from __future__ import annotations

import atexit
import contextlib
import hashlib
import os
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from itertools import pairwise

__all__ = ["Helper", "HmacStates", "acquire", "cpu_seconds", "machine_busy", "release",
           "timed"]

_REQUEST = struct.Struct("=IIQQ")  # key length, algorithm length, values, data bytes
_REPLY = struct.Struct("=Q")  # digest bytes that follow


class HmacStates:
    """HMAC with the key's inner and outer hash states computed once (RFC 2104).

    Copying two precomputed states per value is about twice as fast as ``hmac.digest``,
    which sets up its key schedule on every call.
    """

    def __init__(self, key: bytes, algorithm: str) -> None:
        def new(data: bytes = b""):
            return hashlib.new(algorithm, data)

        block = new().block_size
        key = new(key).digest() if len(key) > block else key
        key = key.ljust(block, b"\0")
        self._inner = new(bytes(b ^ 0x36 for b in key))
        self._outer = new(bytes(b ^ 0x5C for b in key))
        self.digest_size = self._outer.digest_size

    def digests(self, values: Sequence[bytes]) -> bytes:
        """The concatenated digests of ``values`` (``digest_size`` bytes each)."""
        inner, outer = self._inner.copy, self._outer.copy
        out: list[bytes] = []
        append = out.append
        for value in values:  # a plain loop: ~5 % faster than map() over a closure
            h = inner()
            h.update(value)
            o = outer()
            o.update(h.digest())
            append(o.digest())
        return b"".join(out)


# -- the helper's side ----------------------------------------------------------------
def _read(stream, size: int) -> bytes:
    data = stream.read(size)
    if len(data) != size:
        raise EOFError
    return data


def serve(requests, replies) -> None:
    """Answer requests until the caller closes the pipe (the helper's main loop)."""
    while True:
        header = requests.read(_REQUEST.size)
        if not header:
            return
        if len(header) != _REQUEST.size:
            raise EOFError
        key_size, algorithm_size, count, data_size = _REQUEST.unpack(header)
        key = _read(requests, key_size)
        algorithm = _read(requests, algorithm_size).decode("ascii")
        offsets = memoryview(_read(requests, 8 * (count + 1))).cast("q").tolist()
        data = _read(requests, data_size)
        values = [data[a:b] for a, b in pairwise(offsets)]
        digests = HmacStates(key, algorithm).digests(values)
        replies.write(_REPLY.pack(len(digests)))
        replies.write(digests)
        replies.flush()


# -- the caller's side ----------------------------------------------------------------
class Helper:
    """One helper process; :meth:`send` then :meth:`receive`, one request at a time."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-S", os.path.abspath(__file__)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.busy = threading.Lock()
        self.alive = True
        self.pending = False  # a request sent whose answer was not read yet

    def send(self, key: bytes, algorithm: str, offsets: bytes, data, count: int) -> bool:
        """Hand over ``count`` values (``offsets``: ``count + 1`` native int64)."""
        try:
            pipe = self.process.stdin
            pipe.write(_REQUEST.pack(len(key), len(algorithm), count, len(data)))
            for part in (key, algorithm.encode("ascii"), offsets, data):
                pipe.write(part)
            pipe.flush()
            self.pending = True
        except (OSError, ValueError):
            self.close()
        return self.alive

    def receive(self, expected: int) -> bytes | None:
        """The digests of the last request, or ``None`` if the helper failed."""
        if not self.alive:
            return None
        self.pending = False
        try:
            (size,) = _REPLY.unpack(_read(self.process.stdout, _REPLY.size))
            if size == expected:
                return _read(self.process.stdout, size)
        except (OSError, ValueError, EOFError, struct.error):
            pass
        self.close()
        return None

    def close(self) -> None:
        self.alive = False
        for pipe in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):
                pipe.close()
        try:
            self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


_lock = threading.Lock()
_helpers: list[Helper] = []
_owner = os.getpid()
_disabled = False


def _capacity() -> int:
    """Helpers at most: one per core this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


#: Seconds of history needed before judging whether the machine has a free core.
_WINDOW = 0.5
#: Helpers that got less than this share of a core while they worked were contended.
_MIN_SHARE = 0.55
_clock = time.monotonic
_last_look: list[float] = []  # [clock, idle core-seconds] at the last judgement
_last_verdict = [False]
_work = [0.0, 0.0]  # helper wall-seconds (times helpers), their CPU-seconds: since last look


def _idle_seconds() -> float | None:
    """Core-seconds this machine has been idle so far (``/proc/stat``), if known."""
    try:
        with open("/proc/stat", encoding="ascii") as stat:
            fields = stat.readline().split()
        return (int(fields[4]) + int(fields[5])) / os.sysconf("SC_CLK_TCK")  # idle, iowait
    except (OSError, ValueError, IndexError, AttributeError):
        return None


@contextlib.contextmanager
def timed(helpers: Sequence[Helper]):
    """Record how much CPU ``helpers`` got while they worked, for :func:`machine_busy`."""
    start, cpu = _clock(), cpu_seconds()
    try:
        yield
    finally:
        _work[0] += (_clock() - start) * len(helpers)
        _work[1] += cpu_seconds() - cpu


def machine_busy() -> bool:
    """Whether helpers would find no free core now (then they stay off).

    Helpers only pay off on free cores: each value costs some extra CPU for the pipes,
    which on a saturated machine makes the whole job slower, not faster (measured on a
    loaded 2-core machine: protect CPU +10 %, same wall-clock time). After helpers have
    worked, the share of a core each of them got decides (:data:`_MIN_SHARE`); otherwise
    the idle time in ``/proc/stat`` between two looks at least :data:`_WINDOW` apart
    (half a core idle is enough); before that, or without ``/proc``, the 1-minute load
    average.
    """
    if _work[0] >= 0.2:
        _last_verdict[0] = _work[1] / _work[0] < _MIN_SHARE
        _work[:] = [0.0, 0.0]
        _last_look.clear()  # idle time measured while helpers ran says nothing
        return _last_verdict[0]
    idle, now = _idle_seconds(), _clock()
    if idle is not None and _last_look:
        if now - _last_look[0] >= _WINDOW:
            _last_verdict[0] = (idle - _last_look[1]) / (now - _last_look[0]) < 0.5
            _last_look[:] = [now, idle]
        return _last_verdict[0]
    if idle is not None:
        _last_look[:] = [now, idle]
    try:
        _last_verdict[0] = os.getloadavg()[0] >= _capacity()
    except OSError:  # no load average either
        _last_verdict[0] = False
    return _last_verdict[0]


def acquire(wanted: int) -> list[Helper]:
    """Up to ``wanted`` idle helpers, started if needed; give them back with :func:`release`.

    None when the machine is busy (:func:`machine_busy`): the caller then hashes itself.
    """
    global _owner, _disabled
    wanted = min(wanted, _capacity())
    if wanted <= 0 or _disabled or not sys.executable or machine_busy():
        return []
    got: list[Helper] = []
    with _lock:
        if os.getpid() != _owner:  # a forked child must not share its parent's pipes
            _helpers.clear()
            _owner = os.getpid()
        _helpers[:] = [h for h in _helpers if h.alive]
        for helper in _helpers:
            if len(got) < wanted and helper.busy.acquire(blocking=False):
                got.append(helper)
        while len(got) < wanted and len(_helpers) < _capacity():
            try:
                helper = Helper()
            except OSError:
                _disabled = True
                break
            helper.busy.acquire()
            _helpers.append(helper)
            got.append(helper)
    return got


def release(helpers: Sequence[Helper]) -> None:
    """Give helpers back; one whose answer was never read (an interrupted caller) is closed,
    or its next request would wait behind that answer for ever."""
    for helper in helpers:
        if helper.pending:
            helper.close()
        helper.busy.release()


def cpu_seconds() -> float:
    """CPU time the live helpers have used so far (Linux; 0 elsewhere), for benchmarks."""
    total = 0.0
    for helper in list(_helpers):
        try:
            with open(f"/proc/{helper.process.pid}/stat", encoding="ascii") as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            pass
    return total


@atexit.register
def _close_all() -> None:
    if os.getpid() == _owner:
        for helper in _helpers:
            helper.close()


if __name__ == "__main__":
    with contextlib.suppress(EOFError, BrokenPipeError, KeyboardInterrupt):
        serve(sys.stdin.buffer, sys.stdout.buffer)
