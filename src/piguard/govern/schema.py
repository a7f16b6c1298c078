"""A small declarative validator for manifest mappings.

Each object kind is a dict ``field -> Field``. Validation fills defaults in
place, rejects unknown fields (a typo must not silently switch a check off) and
reports every problem with its file, line and dotted field path.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from piguard.govern.yamlnodes import Obj, Where

Spec = dict[str, "Field"]
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation error: where, which field, what is wrong."""

    where: Where
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.field}: {self.message}"


@dataclass(frozen=True)
class Field:
    kind: str  # str | int | bool | date | list_str | obj | list_obj
    required: bool = False
    default: object = None
    choices: frozenset[str] | Callable[[], frozenset[str]] | None = None
    spec: Spec | None = None
    doc: str = ""
    extra: dict = field(default_factory=dict)

    def allowed(self) -> frozenset[str] | None:
        return self.choices() if callable(self.choices) else self.choices


def validate(obj: Obj, spec: Spec, path: str, problems: list[Problem]) -> Obj:
    for key in obj:
        if key not in spec:
            known = ", ".join(sorted(spec))
            problems.append(Problem(obj.at(key), f"{path}.{key}".lstrip("."),
                                    f"unknown field (known: {known})"))
    for name, fld in spec.items():
        dotted = f"{path}.{name}".lstrip(".")
        if name not in obj or obj[name] is None:
            if fld.required:
                problems.append(Problem(obj.where, dotted, "required field is missing"))
            obj[name] = _default(fld)
            continue
        obj[name] = _check(obj[name], fld, dotted, obj.at(name), problems)
    return obj


def _default(fld: Field):
    if fld.kind in ("list_str", "list_obj"):
        return []
    if fld.kind == "obj":
        empty = Obj()
        empty.where, empty.key_lines = Where("", 0), {}
        validate(empty, fld.spec or {}, "", [])
        empty.present = False
        return empty
    return fld.default


def _check(value, fld: Field, dotted: str, where: Where, problems: list[Problem]):
    def bad(message: str):
        problems.append(Problem(where, dotted, message))
        return _default(fld)

    kind = fld.kind
    if kind == "str":
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            return bad(f"expected text, got {type(value).__name__}")
        value = str(value).strip()
        allowed = fld.allowed()
        if allowed is not None and value not in allowed:
            return bad(f"{value!r} is not one of: {', '.join(sorted(allowed))}")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            return bad(f"expected a whole number >= 0, got {value!r}")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            return bad(f"expected true or false, got {value!r}")
        return value
    if kind == "date":
        if not isinstance(value, str) or not _DATE.match(value):
            return bad(f"expected a date YYYY-MM-DD, got {value!r}")
        return value
    if kind == "list_str":
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
            return bad("expected a list of text values")
        items = [str(v).strip() for v in value]
        allowed = fld.allowed()
        if allowed is not None:
            unknown = [v for v in items if v not in allowed]
            if unknown:
                return bad(f"unknown value(s) {', '.join(map(repr, unknown))}; "
                           f"allowed: {', '.join(sorted(allowed))}")
        return items
    if kind == "obj":
        if not isinstance(value, Obj):
            return bad("expected a mapping")
        value.present = True
        return validate(value, fld.spec or {}, dotted, problems)
    if kind == "list_obj":
        if not isinstance(value, list):
            return bad("expected a list of mappings")
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, Obj):
                problems.append(Problem(where, f"{dotted}[{i}]", "expected a mapping"))
                continue
            item.present = True
            out.append(validate(item, fld.spec or {}, f"{dotted}[{i}]", problems))
        return out
    raise AssertionError(kind)
