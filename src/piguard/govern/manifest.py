"""Declarations of processing (manifests): YAML files a handler keeps beside its code.

A manifest directory holds one handler and any number of systems, data sets and
processing activities, spread over as many ``*.yaml`` files as the handler likes
(top-level keys ``handler``, ``systems``, ``datasets``, ``activities``). Every
problem is reported at once, each naming its file, line and field.
The format is documented in ``docs/governance.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from piguard.errors import ConfigError
from piguard.govern.categories import category_codes, item_codes, items
from piguard.govern.necessary import app_types
from piguard.govern.schema import Field, Problem, Spec, validate
from piguard.govern.yamlnodes import Obj, Where, load_file, load_text

MANIFEST_VERSION = 1

# PIPL art. 13(1) items 1-7.
LEGAL_BASES = frozenset({
    "consent",            # (1) the individual's consent
    "contract",           # (2) conclude/perform a contract the individual is party to
    "hr",                 # (2) HR management under labour rules / collective contracts
    "legal_duty",         # (3) statutory duties or obligations
    "public_health",      # (4) public-health emergency, protect life, health, property
    "news_public_interest",  # (5) news reporting, public-opinion supervision
    "public_info",        # (6) PI already lawfully disclosed, within reasonable scope
    "other_law",          # (7) other circumstances provided by laws and regulations
})
SYSTEM_KINDS = frozenset({"app", "mini_program", "website", "backend", "device"})
PROTECTIONS = frozenset({"none", "encrypted", "deidentified", "anonymized"})
XB_MECHANISMS = frozenset({
    "none", "security_assessment", "standard_contract", "certification",
    "exempt_contract", "exempt_hr", "exempt_emergency",
})


def _items() -> frozenset[str]:
    return item_codes()


def _cats() -> frozenset[str]:
    return category_codes()


def _app_types() -> frozenset[str]:
    return frozenset(app_types())


OFFICER: Spec = {"name": Field("str", required=True), "contact": Field("str"),
                 "published": Field("bool", default=False)}
POLICY: Spec = {
    "published": Field("bool", default=False), "url": Field("str"), "version": Field("str"),
    "handler_contact": Field("bool", default=False), "retention": Field("bool", default=False),
    "rights_procedure": Field("bool", default=False),
}
HANDLER: Spec = {
    "name": Field("str", required=True), "sector": Field("str", default=""),
    "ciio": Field("bool", default=False, doc="operates critical information infrastructure"),
    "individuals": Field("int", default=0, doc="individuals whose PI the handler holds"),
    "offshore": Field("bool", default=False, doc="handler outside China processing PI of people in China (art. 3(2))"),
    "local_representative": Field("str"),
    "pi_protection_officer": Field("obj", spec=OFFICER),
    "compliance_audit": Field("obj", spec={"last": Field("date")}),
    "privacy_policy": Field("obj", spec=POLICY),
    "complaint_channel": Field("obj", spec={"published": Field("bool", default=False),
                                            "response_days": Field("int")}),
    "incident_response_plan": Field("bool", default=False),
}
APP_POLICY: Spec = {
    "published": Field("bool", default=False), "first_run_prompt": Field("bool", default=False),
    "clicks_to_reach": Field("int"), "simplified_chinese": Field("bool", default=True),
    "change_notice": Field("bool", default=False),
}
CONSENT_UI: Spec = {
    "default_checked": Field("bool", default=False),
    "collects_before_consent": Field("bool", default=False),
    "reprompts_after_refusal": Field("bool", default=False),
    "bundled_permissions": Field("bool", default=False),
    "refuses_without_optional": Field("bool", default=False),
    "resets_settings_on_update": Field("bool", default=False),
    "new_feature_blocks_old": Field("bool", default=False,
                                    doc="refusing a new feature's consent withdraws old features"),
    "forced_for_improvement": Field("bool", default=False,
                                    doc="consent forced only to improve service or target ads"),
    "withdrawal": Field("bool", default=False, doc="a way to withdraw consent exists in the app"),
}
SYSTEM: Spec = {
    "id": Field("str", required=True), "name": Field("str"),
    "kind": Field("str", default="backend", choices=SYSTEM_KINDS),
    "app_type": Field("str", choices=_app_types),
    "privacy_policy": Field("obj", spec=APP_POLICY),
    "consent_ui": Field("obj", spec=CONSENT_UI),
    "targeted_push": Field("obj", spec={"enabled": Field("bool", default=False),
                                        "non_targeted_option": Field("bool", default=False)}),
    "user_rights": Field("obj", spec={"correction": Field("bool", default=False),
                                      "deletion": Field("bool", default=False),
                                      "account_cancellation": Field("bool", default=False),
                                      "unreasonable_conditions": Field("bool", default=False),
                                      "response_days": Field("int")}),
    "permissions": Field("list_obj", spec={"name": Field("str", required=True),
                                           "purpose_shown": Field("bool", default=False),
                                           "exceeds_need": Field("bool", default=False,
                                                                 doc="read more often than needed")}),
    "third_party_apps": Field("list_obj", spec={"name": Field("str", required=True),
                                                "pi": Field("list_str", choices=_items),
                                                "consent": Field("bool", default=False)}),
    "sdks": Field("list_obj", spec={
        "name": Field("str", required=True),
        "pi": Field("list_str", choices=_items),
        "listed_in_policy": Field("bool", default=False),
        "consent": Field("bool", default=False),
        "anonymized": Field("bool", default=False),
    }),
}
DATASET: Spec = {
    "id": Field("str", required=True), "system": Field("str"),
    "storage_location": Field("str", default="CN", doc="ISO country code where it is stored"),
    "retention": Field("str"),
    "sources": Field("list_str", doc="paths/globs of the data as `piguard scan` reports them"),
    "fields": Field("list_obj", spec={
        "name": Field("str", required=True),
        "pi": Field("str", choices=_items, doc="the PI item the field holds"),
        "category": Field("str", choices=_cats, doc="taxonomy category (derived from pi)"),
        "protection": Field("str", default="none", choices=PROTECTIONS),
    }),
}
ACTIVITY: Spec = {
    "id": Field("str", required=True), "system": Field("str"),
    "purpose": Field("str", default=""), "manner": Field("str", default=""),
    "scope": Field("obj", spec={
        "pi": Field("list_str", choices=_items),
        "categories": Field("list_str", choices=_cats, doc="whole taxonomy categories"),
        "fields": Field("list_str", doc="dataset.field references"),
        "subjects": Field("list_str"), "volume": Field("int", default=0),
    }),
    "optional": Field("bool", default=False,
                      doc="not needed for the basic function; users may decline it"),
    "legal_basis": Field("list_str", choices=LEGAL_BASES),
    "consent": Field("obj", spec={"separate": Field("bool", default=False),
                                  "written": Field("bool", default=False),
                                  "withdrawal": Field("bool", default=True),
                                  "notice_version": Field("str")}),
    "retention": Field("str"),
    "necessity": Field("str", doc="why sensitive PI is necessary (art. 28(2))"),
    "sensitive_notice": Field("bool", default=False, doc="art. 30 notice given"),
    "recipients": Field("list_obj", spec={"name": Field("str", required=True),
                                          "purpose": Field("str"),
                                          "separate_consent": Field("bool", default=False),
                                          "notified": Field("bool", default=False)}),
    "entrusted": Field("list_obj", spec={"name": Field("str", required=True),
                                         "purpose": Field("str"),
                                         "contract": Field("bool", default=False)}),
    "public_disclosure": Field("obj", spec={"enabled": Field("bool", default=False),
                                            "separate_consent": Field("bool", default=False)}),
    "automated_decision": Field("obj", spec={"enabled": Field("bool", default=False),
                                             "marketing": Field("bool", default=False),
                                             "non_personalised_option": Field("bool", default=False),
                                             "explanation": Field("bool", default=False)}),
    "cross_border": Field("obj", spec={
        "destination": Field("str", required=True),
        "volume": Field("int", default=0, doc="individuals since 1 January, non-sensitive PI"),
        "sensitive_volume": Field("int", default=0, doc="individuals since 1 January, sensitive PI"),
        "mechanism": Field("str", default="none", choices=XB_MECHANISMS),
        "separate_consent": Field("bool", default=False),
        "notice": Field("bool", default=False),
    }),
    "minors": Field("obj", spec={"under_14": Field("bool", default=False),
                                 "guardian_consent": Field("bool", default=False),
                                 "dedicated_rules": Field("bool", default=False)}),
    "impact_assessment": Field("obj", spec={"done": Field("bool", default=False),
                                            "date": Field("date")}),
}
TOP: Spec = {
    "version": Field("int"),
    "handler": Field("obj", spec=HANDLER),
    "systems": Field("list_obj", spec=SYSTEM),
    "datasets": Field("list_obj", spec=DATASET),
    "activities": Field("list_obj", spec=ACTIVITY),
}


@dataclass
class Manifest:
    """A validated manifest directory (mappings keep their file and line)."""

    handler: Obj
    systems: list[Obj] = field(default_factory=list)
    datasets: list[Obj] = field(default_factory=list)
    activities: list[Obj] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    def system(self, system_id: str | None) -> Obj | None:
        return next((s for s in self.systems if s["id"] == system_id), None)

    def _fields(self, activity: Obj) -> list[Obj]:
        by_ref = {f"{d['id']}.{f['name']}": f for d in self.datasets for f in d["fields"]}
        return [by_ref[r] for r in activity["scope"]["fields"] if r in by_ref]

    def collected(self, activity: Obj) -> set[str]:
        """PI items an activity touches: ``scope.pi`` plus the items of its fields."""
        found = set(activity["scope"]["pi"])
        found.update(f["pi"] for f in self._fields(activity) if f["pi"])
        return found

    def coarse(self, activity: Obj) -> set[str]:
        """Taxonomy categories declared whole (``scope.categories``, fields without ``pi``)."""
        cats = set(activity["scope"]["categories"])
        cats.update(f["category"] for f in self._fields(activity) if not f["pi"])
        return cats

    def categories(self, activity: Obj) -> set[str]:
        """Every taxonomy category an activity touches."""
        return {items()[i].category for i in self.collected(activity)} | self.coarse(activity)


class ManifestError(ConfigError):
    """Raised with every problem found; ``problems`` lists them (file, line, field)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the manifest:\n{lines}")


def load_dir(directory: Path) -> Manifest:
    """Load and validate every ``*.yaml``/``*.yml`` file below ``directory``."""
    if not directory.exists():
        raise ConfigError(f"{directory}: no such manifest directory")
    paths = sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml")) \
        if directory.is_dir() else [directory]
    if not paths:
        raise ConfigError(f"{directory}: no manifest files (*.yaml, *.yml)")
    base = directory if directory.is_dir() else directory.parent
    docs = [(str(p.relative_to(base)), load_file(p, str(p.relative_to(base)))) for p in paths]
    return build(docs)


def load_texts(texts: dict[str, str]) -> Manifest:
    """Load a manifest given as ``{file name: YAML text}`` (the service's input)."""
    return build([(name, load_text(text, name)) for name, text in sorted(texts.items())])


def build(docs: list[tuple[str, Obj | None]]) -> Manifest:
    problems: list[Problem] = []
    handlers: list[Obj] = []
    manifest = Manifest(handler=Obj())
    for name, doc in docs:
        manifest.files.append(name)
        if doc is None:
            continue
        version = doc.get("version")
        validate(doc, TOP, "", problems)
        if version is not None and version != MANIFEST_VERSION:
            problems.append(Problem(doc.at("version"), "version",
                                    f"unsupported manifest version {version}"))
        if doc["handler"].present:
            handlers.append(doc["handler"])
        manifest.systems += doc["systems"]
        manifest.datasets += doc["datasets"]
        manifest.activities += doc["activities"]
    if not handlers:
        first = docs[0][0] if docs else "<none>"
        problems.append(Problem(Where(first, 1), "handler", "no handler is declared"))
    elif len(handlers) > 1:
        for extra in handlers[1:]:
            problems.append(Problem(extra.where, "handler",
                                    f"a second handler (first at {handlers[0].where})"))
    else:
        manifest.handler = handlers[0]
    _cross_check(manifest, problems)
    if problems:
        raise ManifestError(problems)
    return manifest


def _unique(items: list[Obj], kind: str, problems: list[Problem]) -> set[str]:
    seen: dict[str, Where] = {}
    for item in items:
        if item["id"] in seen:
            problems.append(Problem(item.at("id"), f"{kind}.id",
                                    f"duplicate id {item['id']!r} (first at {seen[item['id']]})"))
        seen.setdefault(item["id"], item.at("id"))
    return set(seen)


def _cross_check(m: Manifest, problems: list[Problem]) -> None:
    systems = _unique(m.systems, "systems", problems)
    _unique(m.datasets, "datasets", problems)
    _unique(m.activities, "activities", problems)
    fields = {f"{d['id']}.{f['name']}" for d in m.datasets for f in d["fields"]}
    for d in m.datasets:
        for f in d["fields"]:
            if not f["pi"] and not f["category"]:
                problems.append(Problem(f.where, f"datasets.{d['id']}.fields.{f['name']}",
                                        "give the PI item (pi) or the taxonomy category"))
            elif f["pi"] and not f["category"]:
                f["category"] = items()[f["pi"]].category
            elif f["pi"] and f["category"] != items()[f["pi"]].category:
                problems.append(Problem(f.at("category"),
                                        f"datasets.{d['id']}.fields.{f['name']}.category",
                                        f"{f['pi']!r} belongs to {items()[f['pi']].category}, "
                                        f"not {f['category']}"))
    for kind, declared in (("datasets", m.datasets), ("activities", m.activities)):
        for item in declared:
            if item["system"] and item["system"] not in systems:
                problems.append(Problem(item.at("system"), f"{kind}.{item['id']}.system",
                                        f"no system with id {item['system']!r}"))
    for act in m.activities:
        for ref in act["scope"]["fields"]:
            if ref not in fields:
                problems.append(Problem(act["scope"].at("fields"),
                                        f"activities.{act['id']}.scope.fields",
                                        f"{ref!r} names no declared dataset field"))
    for system in m.systems:
        if system["kind"] in ("app", "mini_program") and not system["app_type"]:
            problems.append(Problem(system.where, f"systems.{system['id']}.app_type",
                                    "apps must name their app type (one of the 39 of the "
                                    "2021 necessary-PI provisions)"))
