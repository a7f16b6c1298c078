"""PI items that declarations name, their taxonomy categories, and which are sensitive.

An *item* is fine-grained (``phone_number``, ``bank_card``) because the 2021
necessary-PI provisions are; each item belongs to one category of
:mod:`piguard.taxonomy`, which alone decides sensitivity (PIPL art. 28,
GB/T 35273-2020 Table B.1), so one code means one thing everywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from piguard import taxonomy
from piguard.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Item:
    code: str
    en: str
    category: str  # a piguard.taxonomy category code


@cache
def items() -> dict[str, Item]:
    """All PI item codes a manifest may use.

    >>> items()["bank_card"].category
    'FINANCIAL_ACCOUNT'
    """
    text = resources.files("piguard.govern.data").joinpath("pi_items.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)["items"]
    known = category_codes()
    table = {}
    for code, v in raw.items():
        if v["category"] not in known:
            raise ConfigError(f"pi_items.yaml: {code}: unknown taxonomy category {v['category']!r}")
        table[code] = Item(code, v["en"], v["category"])
    return table


@cache
def item_codes() -> frozenset[str]:
    return frozenset(items())


@cache
def category_codes() -> frozenset[str]:
    return frozenset(c.code for c in taxonomy.categories())


def category_of(code: str) -> str:
    """Taxonomy category of an item, entity type or category code (unknown codes pass through).

    >>> category_of("phone_number"), category_of("PHONE"), category_of("MEDICAL_HEALTH")
    ('BASIC_PROFILE', 'BASIC_PROFILE', 'MEDICAL_HEALTH')
    """
    if code in items():
        return items()[code].category
    if code in category_codes():
        return code
    try:
        return taxonomy.category_of(code)
    except ConfigError:
        return code


def sensitive(categories: Iterable[str]) -> list[str]:
    """The sensitive category codes among ``categories``, sorted.

    >>> sensitive(["BASIC_PROFILE", "MEDICAL_HEALTH", "PRECISE_LOCATION"])
    ['MEDICAL_HEALTH', 'PRECISE_LOCATION']
    """
    table = taxonomy.load().categories
    return sorted({c for c in categories if c in table and table[c].sensitive})
