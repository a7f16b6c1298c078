"""PI taxonomy as data: categories (with sensitivity, grade and legal basis) and entity types.

The data files live in ``taxonomy/data/`` with their sources in a header; :mod:`.loader`
reads them once into frozen objects.
"""

from __future__ import annotations

from piguard.taxonomy.loader import (
    Taxonomy,
    categories,
    category,
    category_of,
    entity_type,
    entity_types,
    groups,
    load,
)
from piguard.taxonomy.model import Category, EntityType, Group

__all__ = [
    "Category",
    "EntityType",
    "Group",
    "Taxonomy",
    "categories",
    "category",
    "category_of",
    "entity_type",
    "entity_types",
    "groups",
    "load",
]
