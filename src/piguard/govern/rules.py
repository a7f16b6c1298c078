"""Rules as data: ``data/rules.yaml`` loaded into frozen objects, and the findings they produce."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from piguard.errors import ConfigError
from piguard.govern.yamlnodes import Where

SEVERITIES = ("info", "low", "medium", "high", "critical")


def severity_rank(name: str) -> int:
    """Position of a severity; unknown names are a configuration error.

    >>> severity_rank("high") > severity_rank("medium")
    True
    """
    try:
        return SEVERITIES.index(name)
    except ValueError:
        raise ConfigError(f"unknown severity {name!r}; use one of {', '.join(SEVERITIES)}") from None


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    set: str
    severity: str
    title: str
    citations: tuple[str, ...]
    explanation: str  # a template filled from the predicate's details
    remedy: str


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """One broken rule at one place: what, how bad, on what ground, where, how to fix."""

    rule_id: str
    severity: str
    title: str
    citations: tuple[str, ...]
    explanation: str
    remedy: str
    subject: str
    where: Where | None
    details: dict = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict:
        return {
            "rule_id": self.rule_id, "severity": self.severity, "title": self.title,
            "citations": list(self.citations), "explanation": self.explanation,
            "remedy": self.remedy, "subject": self.subject,
            "location": None if self.where is None else
            {"file": self.where.file, "line": self.where.line},
            "details": self.details,
        }


@dataclass(frozen=True)
class RuleBook:
    version: int
    rules: dict[str, Rule]
    thresholds: dict[str, int]


@cache
def rulebook() -> RuleBook:
    """The shipped rules (``piguard/govern/data/rules.yaml``).

    >>> book = rulebook()
    >>> book.rules["PIPL-29-SEPARATE-CONSENT"].citations
    ('PIPL art. 29', 'PIPL art. 28')
    """
    text = resources.files("piguard.govern.data").joinpath("rules.yaml").read_text("utf-8")
    raw = yaml.safe_load(text)
    sources = raw["sources"]
    rules = {}
    for item in raw["rules"]:
        severity_rank(item["severity"])
        cites = tuple(sources[src]["cite"].format(ref=ref) for src, ref in item["cite"])
        rules[item["id"]] = Rule(item["id"], item["set"], item["severity"], item["title"],
                                 cites, item["explanation"].strip(), item["remedy"].strip())
    thresholds = {k: int(v["value"]) for k, v in raw["thresholds"].items()}
    return RuleBook(int(raw["version"]), rules, thresholds)


def make_finding(rule: Rule, subject: str, where: Where | None, details: dict) -> RuleFinding:
    try:
        text = rule.explanation.format_map(details)
    except (KeyError, ValueError) as exc:  # a template/predicate mismatch is a bug in piguard
        raise AssertionError(f"{rule.id}: explanation needs {exc}") from None
    return RuleFinding(rule.id, rule.severity, rule.title, rule.citations, text, rule.remedy,
                       subject, where, details)
