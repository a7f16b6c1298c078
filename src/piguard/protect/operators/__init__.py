"""Protection operators: small frozen objects with ``apply`` and ``apply_array``.

:func:`build` makes one from a policy's name and parameters; :data:`OPERATORS` lists
the names a policy may use.
"""

from __future__ import annotations

from typing import Any

from piguard.errors import PolicyError
from piguard.protect.keys import KeyMaterial

from .base import Operator, as_strings, map_unique
from .fpe import FPE_TYPES, Fpe
from .generalize import AddressLevel, DateBand, NumberBand, ResidentIdRegionYear
from .keyed import Encrypt, Pseudonym
from .mask import CardMask, EmailMask, Mask, NameMask, display_mask
from .numeric import DateShift, Noise, Round
from .simple import Redact, Suppress, TypeTag

__all__ = [
    "FPE_TYPES",
    "KEYED",
    "OPERATORS",
    "AddressLevel",
    "CardMask",
    "DateBand",
    "DateShift",
    "EmailMask",
    "Encrypt",
    "Fpe",
    "Mask",
    "NameMask",
    "Noise",
    "NumberBand",
    "Operator",
    "Pseudonym",
    "Redact",
    "ResidentIdRegionYear",
    "Round",
    "Suppress",
    "TypeTag",
    "as_strings",
    "build",
    "display_mask",
    "map_unique",
]

#: Policy name -> operator class (``mask`` without parameters means the display mask).
OPERATORS: dict[str, type[Operator]] = {
    "redact": Redact, "tag": TypeTag, "suppress": Suppress, "mask": Mask,
    "mask_name": NameMask, "mask_card": CardMask, "mask_email": EmailMask,
    "pseudonym": Pseudonym, "encrypt": Encrypt, "fpe": Fpe,
    "number_band": NumberBand, "date_band": DateBand, "address_level": AddressLevel,
    "resident_id_region_year": ResidentIdRegionYear,
    "round": Round, "noise": Noise, "date_shift": DateShift,
}
#: Operators that need a key.
KEYED = frozenset({"pseudonym", "encrypt", "fpe", "date_shift"})
# Parameters the policy handles itself rather than the operator.
_POLICY_ONLY = {"key", "by"}


def build(name: str, params: dict[str, Any], *, entity_type: str | None = None,
          key: KeyMaterial | None = None) -> Operator:
    """Build operator ``name``; raises :class:`PolicyError` naming the problem."""
    cls = OPERATORS.get(name)
    if cls is None:
        raise PolicyError(f"unknown operator {name!r} (known: {', '.join(sorted(OPERATORS))})")
    kwargs = {k: v for k, v in params.items() if k not in _POLICY_ONLY}
    allowed = set(cls.__dataclass_fields__) - {"key", "entity_type"}
    unknown = sorted(set(kwargs) - allowed)
    if unknown:
        raise PolicyError(f"{name}: unknown parameter {unknown[0]!r} "
                          f"(allowed: {', '.join(sorted(allowed)) or 'none'})")
    if name == "mask" and not kwargs:
        return display_mask(entity_type)
    if name in KEYED:
        if key is None:
            raise PolicyError(f"{name}: needs a key")
        kwargs["key"] = key
    if name in ("tag", "fpe"):
        kwargs.setdefault("entity_type", entity_type or ("PII" if name == "tag" else ""))
    if name == "pseudonym" and "{entity_type}" in str(kwargs.get("prefix", "")):
        kwargs["prefix"] = kwargs["prefix"].replace("{entity_type}", entity_type or "PII")
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise PolicyError(f"{name}: {exc}") from None
