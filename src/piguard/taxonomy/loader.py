"""Load the taxonomy data files (``taxonomy/data/*.yaml``) once into frozen objects.

>>> category("FINANCIAL_ACCOUNT").sensitive
True
>>> entity_type("CN_RESIDENT_ID").category
'IDENTITY_DOCUMENT'
>>> category_of("BANK_CARD")
'FINANCIAL_ACCOUNT'
>>> entity_type("NO_SUCH_TYPE")
Traceback (most recent call last):
...
piguard.errors.UnknownCategory: unknown entity type 'NO_SUCH_TYPE'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any

from piguard.errors import ConfigError, UnknownCategory
from piguard.taxonomy.model import Category, EntityType, Group

__all__ = [
    "Taxonomy",
    "categories",
    "category",
    "category_of",
    "entity_type",
    "entity_types",
    "groups",
    "load",
]

_GRADES = range(1, 5)


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """Groups, categories and entity types, each keyed by code (read-only mappings)."""

    groups: MappingProxyType[str, Group]
    categories: MappingProxyType[str, Category]
    entity_types: MappingProxyType[str, EntityType]


def _read_yaml(name: str) -> Any:
    import yaml  # imported here: only the first lookup pays for it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = resources.files("piguard.taxonomy").joinpath("data", name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=loader)


def _build(raw_categories: dict, raw_entities: dict) -> Taxonomy:
    groups = {g["code"]: Group(g["code"], g["zh"], g["en"]) for g in raw_categories["groups"]}
    cats: dict[str, Category] = {}
    for row in raw_categories["categories"]:
        code = row["code"]
        if code in cats:
            raise ConfigError(f"category {code!r} defined twice")
        if row["group"] not in groups:
            raise ConfigError(f"category {code!r} names unknown group {row['group']!r}")
        if row["grade"] not in _GRADES:
            raise ConfigError(f"category {code!r} has grade {row['grade']!r} outside 1..4")
        cats[code] = Category(code, row["zh"], row["en"], row["group"], bool(row["sensitive"]),
                              int(row["grade"]), tuple(row["basis"]))
    ents: dict[str, EntityType] = {}
    for row in raw_entities["entity_types"]:
        code = row["code"]
        if code in ents:
            raise ConfigError(f"entity type {code!r} defined twice")
        if row["category"] not in cats:
            raise ConfigError(f"entity type {code!r} names unknown category {row['category']!r}")
        ents[code] = EntityType(code, row["zh"], row["en"], row["category"])
    return Taxonomy(MappingProxyType(groups), MappingProxyType(cats), MappingProxyType(ents))


@cache
def load() -> Taxonomy:
    """The shipped taxonomy, read from the package data on first use and cached."""
    return _build(_read_yaml("categories.yaml"), _read_yaml("entity_types.yaml"))


def groups() -> tuple[Group, ...]:
    return tuple(load().groups.values())


def categories() -> tuple[Category, ...]:
    return tuple(load().categories.values())


def entity_types() -> tuple[EntityType, ...]:
    return tuple(load().entity_types.values())


def category(code: str) -> Category:
    """The category with this code; raises :class:`UnknownCategory` if there is none."""
    try:
        return load().categories[code]
    except KeyError:
        raise UnknownCategory(f"unknown category {code!r}") from None


def entity_type(code: str) -> EntityType:
    """The entity type with this code; raises :class:`UnknownCategory` if there is none."""
    try:
        return load().entity_types[code]
    except KeyError:
        raise UnknownCategory(f"unknown entity type {code!r}") from None


@cache
def category_of(entity_code: str) -> str:
    """Category code of an entity type (cached: the detection hot path calls it)."""
    return entity_type(entity_code).category
