"""The 2021 necessary-PI scope of 39 app types, and the minimization measure built on it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from piguard.govern.categories import items


@dataclass(frozen=True, slots=True)
class AppType:
    key: str
    no: int  # item number in art. 5 of the 2021 provisions
    zh: str
    en: str
    necessary: frozenset[str]
    no_pi_required: bool


@cache
def app_types() -> dict[str, AppType]:
    """The 39 app types keyed by piguard's short key.

    >>> t = app_types()["online_shopping"]
    >>> t.no, sorted(t.necessary)
    (6, ['address', 'name', 'payment_record', 'phone_number'])
    """
    text = resources.files("piguard.govern.data").joinpath("necessary_pi.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)["app_types"]
    return {key: AppType(key, int(v["item"]), v["zh"], v["en"], frozenset(v["necessary"] or ()),
                         bool(v["no_pi_required"])) for key, v in raw.items()}


def excess(app_type: str, collected: Iterable[str],
           coarse: Iterable[str] = ()) -> tuple[list[str], float]:
    """Collected PI beyond the app type's necessary PI, and its share.

    ``collected`` are PI item codes; ``coarse`` are whole taxonomy categories,
    necessary only when some necessary item belongs to them. The share (the
    minimization ratio) is ``|excess| / |collected|``: 0.0 is a minimal
    collection, 1.0 means nothing collected is necessary.

    >>> excess("online_shopping", ["phone_number", "address", "location", "contacts_list"])
    (['contacts_list', 'location'], 0.5)
    >>> excess("online_games", ["phone_number"], ["MEDICAL_HEALTH"])
    (['MEDICAL_HEALTH'], 0.5)
    >>> excess("news", [])
    ([], 0.0)
    """
    necessary = app_types()[app_type].necessary
    necessary_cats = {items()[i].category for i in necessary}
    wanted, whole = set(collected), set(coarse)
    extra = sorted(wanted - necessary) + sorted(whole - necessary_cats)
    total = len(wanted) + len(whole)
    return extra, (len(extra) / total if total else 0.0)
