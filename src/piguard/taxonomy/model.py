"""Frozen objects the taxonomy data files load into."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Group:
    """One of the three kinds of PI in the source paper (identity, online activity, sensitive)."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True, slots=True)
class Category:
    """A PI category (个人信息类别) with its legal standing.

    ``grade`` runs from 1 (low) to 4 (sensitive by statute, PIPL art. 28); ``basis`` lists
    the articles and clauses the classification rests on.
    """

    code: str
    name_zh: str
    name_en: str
    group: str
    sensitive: bool
    grade: int
    basis: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EntityType:
    """What a detector finds (``CN_RESIDENT_ID``), and the category it belongs to."""

    code: str
    name_zh: str
    name_en: str
    category: str
