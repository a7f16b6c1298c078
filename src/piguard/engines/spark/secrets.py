"""Carry key material to Spark executors without showing it anywhere.

Spark shows its configuration (web UI "Environment" tab, event logs, the
``spark.*`` properties of every executor) and the text of query plans; it does
not show the pickled bytes of a Python task. So a key travels *inside the task
closure* as a :class:`Secret`: its ``repr``/``str`` never reveal the bytes, it
refuses to be formatted into a string, and it is unpickled only inside the
Python worker that uses it. It is never put into the Spark configuration, an
environment variable, a broadcast or a log line.

>>> s = Secret(b"0123456789abcdef", label="pseudonym key k1")
>>> s
Secret(<16 bytes redacted>, label='pseudonym key k1')
>>> str(s) == repr(s), b"0123" in repr(s).encode()
(True, False)
>>> import pickle
>>> pickle.loads(pickle.dumps(s)).reveal() == b"0123456789abcdef"
True
"""

from __future__ import annotations

import hmac

__all__ = ["Secret"]


class Secret:
    """Bytes that can travel in a pickled plan but never print themselves."""

    __slots__ = ("_label", "_value")

    def __init__(self, value: bytes, *, label: str = "") -> None:
        if not isinstance(value, bytes | bytearray | memoryview):
            raise TypeError("Secret holds bytes")
        self._value = bytes(value)
        self._label = label

    def reveal(self) -> bytes:
        """The secret bytes; call only where they are used, never to display them."""
        return self._value

    @property
    def label(self) -> str:
        return self._label

    def __repr__(self) -> str:
        return f"Secret(<{len(self._value)} bytes redacted>, label={self._label!r})"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return hash((Secret, len(self._value)))

    def __reduce__(self):
        return (_restore, (self._value, self._label))


def _restore(value: bytes, label: str) -> Secret:
    return Secret(value, label=label)
