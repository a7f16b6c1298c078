"""Protection policies: YAML that maps what was found to how it is protected.

A policy is a list of rules, tried in order; the first rule that matches a column or
a finding decides its operator. A rule matches on any mix of named ``columns``,
``entity_types``, ``categories`` (taxonomy codes) and ``sensitive`` (PIPL art. 28),
all of which must hold::

    version: 1
    name: customers-share
    key: customers            # default key ID for keyed operators
    unmatched: keep           # PI no rule covers: keep (and report as residual) or tag
    rules:
      - columns: [备注]
        operator: tag
      - entity_types: [CN_RESIDENT_ID]
        operator: {name: fpe, keep_region: true}
      - sensitive: true
        operator: pseudonym
      - entity_types: [PHONE]
        operator: {name: mask, keep_first: 3, keep_last: 4}

Loading checks everything — keys, codes, operator names and parameters — and a
mistake raises :class:`~piguard.errors.PolicyError` naming the file, the line and the
problem. :func:`default_policy` is the PIPL-first default shipped with piguard.

>>> policy = loads('''
... version: 1
... rules:
...   - entity_types: [PHONE]
...     operator: {name: mask, keep_frist: 3}
... ''', source="p.yaml")
Traceback (most recent call last):
    ...
piguard.errors.PolicyError: p.yaml, line 5: mask: unknown parameter 'keep_frist' (allowed: char, keep_first, keep_last)
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from piguard.errors import PiguardError, PolicyError
from piguard.protect import operators as ops
from piguard.protect.keys import KeyMaterial, KeyProvider, valid_key_id

__all__ = ["BoundPolicy", "Policy", "Rule", "default_policy", "load", "loads"]

_RULE_KEYS = {"name", "columns", "entity_types", "categories", "sensitive", "operator", "key",
              "by"}
_TOP_KEYS = {"version", "name", "description", "key", "unmatched", "rules"}
_PLACEHOLDER_KEY = KeyMaterial("policy-check", 1, bytes(32))


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule: conditions (all must hold) and the operator they choose."""

    index: int
    line: int
    operator: str
    params: tuple[tuple[str, Any], ...] = ()
    name: str = ""
    columns: frozenset[str] | None = None
    entity_types: frozenset[str] | None = None
    categories: frozenset[str] | None = None
    sensitive: bool | None = None
    key: str | None = None
    by: str | None = None

    def matches(self, *, column: str | None, entity_type: str | None, category: str | None,
                sensitive: bool | None) -> bool:
        if self.columns is not None and (column is None or column.casefold() not in self.columns):
            return False
        if self.entity_types is not None and entity_type not in self.entity_types:
            return False
        if self.categories is not None and category not in self.categories:
            return False
        return self.sensitive is None or self.sensitive == bool(sensitive)

    def label(self) -> str:
        return self.name or f"rule {self.index + 1} (line {self.line})"


@dataclass(frozen=True)
class Policy:
    """A validated policy, not yet bound to keys."""

    rules: tuple[Rule, ...]
    name: str = "policy"
    version: int = 1
    key: str = "default"
    unmatched: str = "keep"
    description: str = ""
    source: str = "<policy>"

    def rule_for(self, *, column: str | None = None, entity_type: str | None = None,
                 category: str | None = None, sensitive: bool | None = None) -> Rule | None:
        """The first rule matching; category and sensitivity default from the taxonomy."""
        if entity_type and (category is None or sensitive is None):
            cat, sens = _taxonomy_facts(entity_type)
            category = category or cat
            sensitive = sens if sensitive is None else sensitive
        elif category and sensitive is None:
            sensitive = _category_sensitive(category)
        for rule in self.rules:
            if rule.matches(column=column, entity_type=entity_type, category=category,
                            sensitive=sensitive):
                return rule
        return None

    def key_ids(self) -> list[str]:
        """Every key ID a keyed rule may need."""
        ids = {rule.key or self.key for rule in self.rules if rule.operator in ops.KEYED}
        return sorted(ids)

    def bind(self, keys: KeyProvider) -> BoundPolicy:
        """Resolve key IDs to their newest versions; operators are built on demand."""
        materials = {key_id: keys.get(key_id) for key_id in self.key_ids()}
        return BoundPolicy(self, materials)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "key": self.key,
                "unmatched": self.unmatched, "source": self.source,
                "rules": [{"rule": r.label(), "operator": r.operator, **dict(r.params)}
                          for r in self.rules]}


@dataclass
class BoundPolicy:
    """A policy with its keys: hands out one operator per (rule, entity type)."""

    policy: Policy
    keys: dict[str, KeyMaterial]
    _cache: dict = field(default_factory=dict, repr=False)

    def operator_for(self, *, column: str | None = None, entity_type: str | None = None,
                     category: str | None = None, sensitive: bool | None = None,
                     ) -> tuple[ops.Operator | None, Rule | None]:
        """``(operator, rule)``; ``(None, None)`` when no rule matches."""
        rule = self.policy.rule_for(column=column, entity_type=entity_type, category=category,
                                    sensitive=sensitive)
        if rule is None:
            if self.policy.unmatched == "tag" and (entity_type or category):
                return ops.TypeTag(entity_type or category or "PII"), None
            return None, None
        if rule.operator == "keep":
            return None, rule
        cache_key = (rule.index, entity_type or category)
        if cache_key not in self._cache:
            key = self.keys.get(rule.key or self.policy.key) if rule.operator in ops.KEYED \
                else None
            self._cache[cache_key] = ops.build(rule.operator, dict(rule.params),
                                               entity_type=entity_type or category, key=key)
        return self._cache[cache_key], rule


# -- loading --------------------------------------------------------------------------
def load(path: str | Path) -> Policy:
    """Load and validate a policy file."""
    path = Path(path)
    try:
        text = path.read_text("utf-8")
    except OSError as exc:
        raise PolicyError(f"{path}: cannot read policy ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise PolicyError(f"{path}: policy is not UTF-8 text") from None
    return loads(text, source=str(path))


def loads(text: str, source: str = "<policy>") -> Policy:
    """Parse and validate policy YAML; errors name ``source``, the line and the problem."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        raise PolicyError(f"{source}, line {line}: not valid YAML ({exc.problem})") from None
    except yaml.YAMLError as exc:
        raise PolicyError(f"{source}: not valid YAML ({exc})") from None
    return _Parser(source).policy(root)


@cache
def default_policy() -> Policy:
    """The PIPL-first default policy shipped in ``protect/data/pipl_default.yaml``."""
    text = resources.files("piguard.protect").joinpath("data", "pipl_default.yaml").read_text(
        "utf-8")
    return loads(text, source="pipl_default.yaml")


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, node: yaml.Node | None, problem: str) -> PolicyError:
        line = node.start_mark.line + 1 if node is not None else 1
        return PolicyError(f"{self.source}, line {line}: {problem}")

    def mapping(self, node: yaml.Node, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, f"{what} must be a mapping")
        out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise self.fail(key_node, f"{what}: keys must be plain names")
            if key_node.value in out:
                raise self.fail(key_node, f"{what}: {key_node.value!r} given twice")
            out[key_node.value] = (key_node, value_node)
        return out

    def scalar(self, node: yaml.Node, what: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            raise self.fail(node, f"{what} must be a single value")
        return yaml.safe_load(yaml.serialize(node)) if node.value != "" else ""

    def strings(self, node: yaml.Node, what: str) -> list[tuple[yaml.Node, str]]:
        items = node.value if isinstance(node, yaml.SequenceNode) else [node]
        out = []
        for item in items:
            value = self.scalar(item, what)
            if not isinstance(value, str) or not value:
                raise self.fail(item, f"{what} must be a list of names")
            out.append((item, value))
        return out

    def unknown(self, keys: dict, allowed: set[str], what: str) -> None:
        for name, (key_node, _) in keys.items():
            if name not in allowed:
                hint = difflib.get_close_matches(name, sorted(allowed), n=1)
                extra = f" (did you mean {hint[0]!r}?)" if hint else ""
                raise self.fail(key_node, f"{what}: unknown key {name!r}{extra}")

    def policy(self, root: yaml.Node | None) -> Policy:
        if root is None:
            raise self.fail(None, "policy is empty")
        top = self.mapping(root, "policy")
        self.unknown(top, _TOP_KEYS, "policy")
        if "version" not in top:
            raise self.fail(root, "policy needs 'version: 1'")
        version = self.scalar(top["version"][1], "version")
        if version != 1:
            raise self.fail(top["version"][1], f"unsupported policy version {version!r} (use 1)")
        key = "default"
        if "key" in top:
            key = self.scalar(top["key"][1], "key")
            if not valid_key_id(key):
                raise self.fail(top["key"][1], "key must be a key ID (letters, digits, _ . -)")
        unmatched = "keep"
        if "unmatched" in top:
            unmatched = self.scalar(top["unmatched"][1], "unmatched")
            if unmatched not in ("keep", "tag"):
                raise self.fail(top["unmatched"][1], "unmatched must be keep or tag")
        if "rules" not in top:
            raise self.fail(root, "policy needs a 'rules' list")
        rules_node = top["rules"][1]
        if not isinstance(rules_node, yaml.SequenceNode):
            raise self.fail(rules_node, "rules must be a list")
        rules = tuple(self.rule(i, node) for i, node in enumerate(rules_node.value))
        text = {k: str(self.scalar(top[k][1], k)) for k in ("name", "description") if k in top}
        return Policy(rules=rules, version=1, key=key, unmatched=unmatched,
                      name=text.get("name", "policy"), description=text.get("description", ""),
                      source=self.source)

    def rule(self, index: int, node: yaml.Node) -> Rule:
        fields_ = self.mapping(node, f"rule {index + 1}")
        self.unknown(fields_, _RULE_KEYS, f"rule {index + 1}")
        if "operator" not in fields_:
            raise self.fail(node, f"rule {index + 1} needs an 'operator'")
        conditions: dict[str, Any] = {}
        if "columns" in fields_:
            names = self.strings(fields_["columns"][1], "columns")
            conditions["columns"] = frozenset(v.casefold() for _, v in names)
        if "entity_types" in fields_:
            conditions["entity_types"] = frozenset(
                self.code(n, v, "entity type") for n, v in
                self.strings(fields_["entity_types"][1], "entity_types"))
        if "categories" in fields_:
            conditions["categories"] = frozenset(
                self.code(n, v, "category") for n, v in
                self.strings(fields_["categories"][1], "categories"))
        if "sensitive" in fields_:
            value = self.scalar(fields_["sensitive"][1], "sensitive")
            if not isinstance(value, bool):
                raise self.fail(fields_["sensitive"][1], "sensitive must be true or false")
            conditions["sensitive"] = value
        if not conditions:
            raise self.fail(node, f"rule {index + 1} matches nothing: give columns, "
                            "entity_types, categories or sensitive")
        extras: dict[str, Any] = {}
        for name in ("name", "key", "by"):
            if name in fields_:
                value = self.scalar(fields_[name][1], name)
                if not isinstance(value, str) or not value:
                    raise self.fail(fields_[name][1], f"{name} must be a non-empty string")
                if name == "key" and not valid_key_id(value):
                    raise self.fail(fields_[name][1], "key must be a key ID (letters, digits, _ . -)")
                extras[name] = value
        op_node = fields_["operator"][1]
        op_name, params = self.operator(op_node)
        if op_name != "keep":
            try:
                ops.build(op_name, params, entity_type=None, key=_PLACEHOLDER_KEY)
            except PiguardError as exc:
                raise self.fail(op_node, str(exc)) from None
        if op_name == "date_shift" and "by" not in extras:
            extras.setdefault("by", None)
        return Rule(index=index, line=node.start_mark.line + 1, operator=op_name,
                    params=tuple(sorted(params.items())), **conditions, **extras)

    def operator(self, node: yaml.Node) -> tuple[str, dict[str, Any]]:
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, "operator"), {}
        fields_ = self.mapping(node, "operator")
        if "name" in fields_:
            name = self.scalar(fields_["name"][1], "operator name")
            params = {k: self.scalar(v, k) for k, (_, v) in fields_.items() if k != "name"}
        elif len(fields_) == 1:
            (name, (_, value)), = fields_.items()
            params = {} if isinstance(value, yaml.ScalarNode) and value.value in ("", "~", "null") \
                else {k: self.scalar(v, k) for k, (_, v) in self.mapping(value, name).items()}
        else:
            raise self.fail(node, "operator must be a name, {name: ..., params} or {name: {params}}")
        if not isinstance(name, str) or (name not in ops.OPERATORS and name != "keep"):
            known = sorted([*ops.OPERATORS, "keep"])
            hint = difflib.get_close_matches(str(name), known, n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise self.fail(node, f"unknown operator {name!r}{extra}")
        return name, params

    def code(self, node: yaml.Node, value: str, kind: str) -> str:
        known = _known_codes(kind)
        if known and value not in known:
            hint = difflib.get_close_matches(value, sorted(known), n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise self.fail(node, f"unknown {kind} {value!r}{extra}")
        return value


@cache
def _known_codes(kind: str) -> frozenset[str]:
    from piguard import taxonomy

    if kind == "category":
        return frozenset(c.code for c in taxonomy.categories())
    return frozenset(e.code for e in taxonomy.entity_types())


@cache
def _taxonomy_facts(entity_type: str) -> tuple[str | None, bool | None]:
    from piguard import taxonomy

    try:
        category = taxonomy.category_of(entity_type)
    except PiguardError:
        return None, None
    return category, _category_sensitive(category)


@cache
def _category_sensitive(category: str) -> bool | None:
    from piguard import taxonomy

    try:
        return taxonomy.category(category).sensitive
    except PiguardError:
        return None
