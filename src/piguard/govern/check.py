"""Run every rule over a manifest and render the result as text, JSON or SARIF.

>>> from piguard.govern.manifest import load_texts
>>> m = load_texts({"m.yaml": "handler: {name: Demo, incident_response_plan: true}"})
>>> [f.rule_id for f in run(m).findings]
['PIPL-17-NOTICE-CONTENT']
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from piguard.errors import ConfigError
from piguard.govern.canonical import canonical_json
from piguard.govern.inventory import Inventory
from piguard.govern.manifest import Manifest
from piguard.govern.predicates import PREDICATES, Context, minimization
from piguard.govern.rules import SEVERITIES, RuleFinding, make_finding, rulebook, severity_rank

REPORT_VERSION = 1


@dataclass
class CheckReport:
    handler: str
    findings: list[RuleFinding]
    minimization: list[dict] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    inventory: str | None = None

    def counts(self) -> dict[str, int]:
        return {s: sum(f.severity == s for f in self.findings) for s in SEVERITIES}

    def worst(self) -> str | None:
        return max((f.severity for f in self.findings), key=severity_rank, default=None)

    def fails(self, threshold: str) -> bool:
        """True when any finding is at or above ``threshold``."""
        limit = severity_rank(threshold)
        return any(severity_rank(f.severity) >= limit for f in self.findings)

    def as_dict(self) -> dict:
        return {
            "version": REPORT_VERSION, "rules_version": rulebook().version,
            "handler": self.handler, "files": self.files, "inventory": self.inventory,
            "counts": self.counts(), "findings": [f.as_dict() for f in self.findings],
            "minimization": self.minimization,
        }


def run(manifest: Manifest, *, inventory: Inventory | None = None, today: date | None = None,
        only: set[str] | None = None) -> CheckReport:
    """Apply the rules (all, or the ``only`` IDs) and collect findings, worst first."""
    book = rulebook()
    unknown = (only or set()) - set(book.rules)
    if unknown:
        raise ConfigError(f"unknown rule id(s): {', '.join(sorted(unknown))}")
    missing = set(book.rules) ^ set(PREDICATES)
    if missing:  # a rule without predicate (or the reverse) is a packaging bug
        raise AssertionError(f"rules and predicates disagree: {sorted(missing)}")
    ctx = Context(book.thresholds, today or date.today(), inventory)
    findings = []
    for rule_id, rule in book.rules.items():
        if only and rule_id not in only:
            continue
        for hit in PREDICATES[rule_id](manifest, ctx):
            findings.append(make_finding(rule, hit.subject, hit.where, hit.details))
    findings.sort(key=lambda f: (-severity_rank(f.severity), f.rule_id,
                                 f.where.file if f.where else "", f.where.line if f.where else 0))
    measures = [x for a in manifest.activities if (x := minimization(manifest, a))]
    return CheckReport(manifest.handler.get("name", ""), findings, measures, manifest.files,
                       inventory.file if inventory else None)


def render_text(report: CheckReport) -> str:
    lines = [f"piguard check — {report.handler}: {len(report.findings)} finding(s)"]
    for f in report.findings:
        where = f" ({f.where})" if f.where and f.where.line else ""
        lines.append(f"\n[{f.severity.upper()}] {f.rule_id} {f.title}{where}")
        lines.append(f"  {f.explanation}")
        lines.append(f"  cites: {'; '.join(f.citations)}")
        lines.append(f"  remedy: {f.remedy}")
    if report.minimization:
        lines.append("\nminimization (share of collected categories not necessary for the app type):")
        for m in report.minimization:
            extra = ", ".join(m["excess"]) or "-"
            tag = " (optional)" if m["optional"] else ""
            lines.append(f"  {m['activity']}{tag}: ratio {m['ratio']:.2f}; beyond necessary: {extra}")
    counts = ", ".join(f"{k} {v}" for k, v in report.counts().items() if v)
    lines.append(f"\nsummary: {counts or 'no findings'}")
    return "\n".join(lines) + "\n"


def render_json(report: CheckReport) -> str:
    return canonical_json(report.as_dict()) + "\n"


_SARIF_LEVEL = {"info": "note", "low": "note", "medium": "warning", "high": "error",
                "critical": "error"}


def render_sarif(report: CheckReport) -> str:
    """SARIF 2.1.0, so CI systems annotate the manifest lines."""
    book = rulebook()
    used = sorted({f.rule_id for f in report.findings})
    rules = [{"id": r, "name": book.rules[r].title,
              "shortDescription": {"text": book.rules[r].title},
              "help": {"text": book.rules[r].remedy},
              "properties": {"citations": list(book.rules[r].citations),
                             "severity": book.rules[r].severity}} for r in used]
    results = []
    for f in report.findings:
        result = {"ruleId": f.rule_id, "ruleIndex": used.index(f.rule_id),
                  "level": _SARIF_LEVEL[f.severity],
                  "message": {"text": f"{f.explanation} [{'; '.join(f.citations)}]"},
                  "properties": {"subject": f.subject, "severity": f.severity}}
        if f.where and f.where.file:
            region = {"startLine": f.where.line} if f.where.line else {}
            result["locations"] = [{"physicalLocation": {
                "artifactLocation": {"uri": f.where.file}, **({"region": region} if region else {})}}]
        results.append(result)
    sarif = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
             "runs": [{"tool": {"driver": {"name": "piguard", "rules": rules}},
                       "results": results}]}
    return canonical_json(sarif) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "sarif": render_sarif}
