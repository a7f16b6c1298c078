"""What a detector reports: a span of the original text and why it is PI."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """One piece of personal information found in a text.

    ``start``/``end`` are Python string indices into the *original* text (Unicode
    code points, end exclusive), whatever normalisation ran before matching.
    ``entity_type`` is a taxonomy entity code (``CN_RESIDENT_ID``), ``category``
    the PI category code it maps to. ``explanation`` says why, without the value.

    >>> f = Finding(3, 21, "CN_RESIDENT_ID", 0.99, category="ID_CARD")
    >>> len(f), f.span
    (18, (3, 21))
    """

    start: int
    end: int
    entity_type: str
    score: float
    category: str = ""
    explanation: str = field(default="", compare=False)
    recognizer: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        if not (0 <= self.start < self.end):
            raise ValueError(f"bad span {self.start}:{self.end}")
        if not (0.0 <= self.score <= 1.0):
            raise ValueError(f"score {self.score} outside [0, 1]")

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def to_dict(self) -> dict:
        """JSON shape used by ``piguard detect`` (see README)."""
        return {"start": self.start, "end": self.end, "type": self.entity_type,
                "score": round(self.score, 4)}
