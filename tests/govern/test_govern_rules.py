"""One compliant and one violating scenario per rule, asserting the exact finding and citation."""

from __future__ import annotations

import copy
from datetime import date
from pathlib import Path

import pytest
import yaml

from piguard.govern.check import run
from piguard.govern.inventory import parse
from piguard.govern.manifest import load_texts
from piguard.govern.rules import rulebook

TODAY = date(2026, 11, 29)


EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "manifests" / "compliant"


def base() -> dict:
    """The compliant example merged into one document."""
    merged: dict = {"version": 1}
    for path in sorted(EXAMPLE.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, value in doc.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged[key] = value
    return copy.deepcopy(merged)


def dump(doc: dict) -> dict[str, str]:
    # sort_keys=False keeps the order; default_flow_style=False puts one key per line.
    return {"manifest.yaml": yaml.safe_dump(doc, allow_unicode=True, sort_keys=False,
                                            default_flow_style=False)}


def act(d: dict, key: str) -> dict:
    return next(a for a in d["activities"] if a["id"] == key)


def system(d: dict, key: str = "shop-app") -> dict:
    return next(s for s in d["systems"] if s["id"] == key)


def dataset(d: dict, key: str) -> dict:
    return next(s for s in d["datasets"] if s["id"] == key)


def _set(path: str, value):
    """A mutation setting a dotted path in an activity/system/handler."""
    def mutate(d):
        kind, key, *rest = path.split(".")
        target = {"act": lambda: act(d, key), "sys": lambda: system(d, key),
                  "ds": lambda: dataset(d, key), "handler": lambda: d["handler"]}[kind]()
        if kind == "handler":
            rest = [key, *rest]
        for part in rest[:-1]:
            target = target.setdefault(part, {})
        target[rest[-1]] = value
    return mutate


def _del(path: str):
    def mutate(d):
        kind, key, *rest = path.split(".")
        target = {"act": lambda: act(d, key), "sys": lambda: system(d, key),
                  "ds": lambda: dataset(d, key), "handler": lambda: d["handler"]}[kind]()
        if kind == "handler":
            rest = [key, *rest]
        for part in rest[:-1]:
            target = target[part]
        del target[rest[-1]]
    return mutate


def _all(*mutations):
    def mutate(d):
        for m in mutations:
            m(d)
    return mutate


def _ciio(d):
    d["handler"]["ciio"] = True
    d["activities"] = [a for a in d["activities"] if a["id"] != "overseas-support"]


# rule id -> (subject of the finding, violating mutation, compliant mutation exercising the rule)
CASES = {
    "PIPL-13-NO-BASIS": ("activity:order-fulfilment", _set("act.order-fulfilment.legal_basis", []),
                         _set("act.order-fulfilment.legal_basis", ["contract", "legal_duty"])),
    "PIPL-07-PURPOSE-MANNER-SCOPE": ("activity:public-reviews", _set("act.public-reviews.manner", ""),
                                     None),
    "PIPL-06-FIELD-WITHOUT-PURPOSE": (
        "dataset:orders.email",
        lambda d: dataset(d, "orders")["fields"].append({"name": "email", "pi": "email"}),
        _all(lambda d: dataset(d, "orders")["fields"].append({"name": "email", "pi": "email"}),
             lambda d: act(d, "overseas-support")["scope"]["fields"].append("orders.email"))),
    "PIPL-19-NO-RETENTION": ("dataset:orders", _del("ds.orders.retention"), None),
    "PIPL-15-NO-WITHDRAWAL": ("activity:kids-club", _set("act.kids-club.consent.withdrawal", False),
                              None),
    "PIPL-29-SEPARATE-CONSENT": ("activity:recommendations",
                                 _set("act.recommendations.consent.separate", False),
                                 _set("act.order-fulfilment.consent", {"separate": False})),
    "PIPL-28-NO-NECESSITY": ("activity:recommendations", _del("act.recommendations.necessity"),
                             None),
    "PIPL-30-SENSITIVE-NOTICE": ("activity:kids-club", _set("act.kids-club.sensitive_notice", False),
                                 None),
    "PIPL-31-GUARDIAN-CONSENT": ("activity:kids-club",
                                 _set("act.kids-club.minors.guardian_consent", False), None),
    "PIPL-31-DEDICATED-RULES": ("activity:kids-club",
                                _set("act.kids-club.minors.dedicated_rules", False), None),
    "PIPL-23-PROVISION": ("activity:order-fulfilment",
                          _set("act.order-fulfilment.recipients", [{"name": "Courier Co."}]), None),
    "PIPL-21-ENTRUSTED-CONTRACT": ("activity:recommendations",
                                   _set("act.recommendations.entrusted",
                                        [{"name": "Analytics Partner Ltd."}]), None),
    "PIPL-25-PUBLIC-DISCLOSURE": ("activity:public-reviews",
                                  _set("act.public-reviews.public_disclosure.separate_consent",
                                       False), None),
    "PIPL-24-AUTOMATED-DECISION": ("activity:recommendations",
                                   _set("act.recommendations.automated_decision."
                                        "non_personalised_option", False),
                                   _set("act.recommendations.automated_decision.marketing", False)),
    "PIPL-38-NO-MECHANISM": ("activity:overseas-support",
                             _set("act.overseas-support.cross_border.mechanism", "none"), None),
    "PIPL-38-THRESHOLD": ("activity:overseas-support",
                          _set("act.overseas-support.cross_border.volume", 1500000),
                          _all(_set("act.overseas-support.cross_border.volume", 1500000),
                               _set("act.overseas-support.cross_border.mechanism",
                                    "security_assessment"))),
    "PIPL-39-XB-CONSENT": ("activity:overseas-support",
                           _set("act.overseas-support.cross_border.notice", False), None),
    "PIPL-40-LOCALISATION": ("dataset:profiles",
                             _all(_ciio, _set("ds.profiles.storage_location", "US")), _ciio),
    "PIPL-52-OFFICER": ("handler", _del("handler.pi_protection_officer"),
                        _all(_del("handler.pi_protection_officer"),
                             _set("handler.individuals", 999999))),
    "PIPL-53-LOCAL-REPRESENTATIVE": ("handler", _set("handler.offshore", True),
                                     _all(_set("handler.offshore", True),
                                          _set("handler.local_representative", "Rep Ltd."))),
    "PIPL-54-COMPLIANCE-AUDIT": ("handler", _set("handler.compliance_audit.last", "2024-11-28"),
                                 _set("handler.compliance_audit.last", "2024-11-29")),
    "PIPL-55-IMPACT-ASSESSMENT": ("activity:public-reviews",
                                  _del("act.public-reviews.impact_assessment"), None),
    "PIPL-17-NOTICE-CONTENT": ("handler", _set("handler.privacy_policy.retention", False), None),
    "PIPL-51-SENSITIVE-PROTECTION": ("dataset:profiles.city_gps",
                                     lambda d: dataset(d, "profiles")["fields"][1].update(
                                         protection="none"), None),
    "PIPL-51-INCIDENT-PLAN": ("handler", _set("handler.incident_response_plan", False), None),
    "APP-1.1-NO-POLICY": ("system:shop-app", _set("sys.shop-app.privacy_policy.published", False),
                          None),
    "APP-1.2-NO-FIRST-RUN-PROMPT": ("system:shop-app",
                                    _set("sys.shop-app.privacy_policy.first_run_prompt", False),
                                    None),
    "APP-1.3-POLICY-HARD-TO-REACH": ("system:shop-app",
                                     _set("sys.shop-app.privacy_policy.clicks_to_reach", 5),
                                     _set("sys.shop-app.privacy_policy.clicks_to_reach", 4)),
    "APP-1.4-POLICY-HARD-TO-READ": ("system:shop-app",
                                    _set("sys.shop-app.privacy_policy.simplified_chinese", False),
                                    None),
    "APP-2.1-SDK-NOT-LISTED": ("system:shop-app",
                               lambda d: system(d)["sdks"][0].update(listed_in_policy=False), None),
    "APP-2.2-NO-CHANGE-NOTICE": ("system:shop-app",
                                 _set("sys.shop-app.privacy_policy.change_notice", False), None),
    "APP-2.3-PERMISSION-PURPOSE": ("system:shop-app",
                                   lambda d: system(d)["permissions"].append({"name": "camera"}),
                                   None),
    "APP-3.1-COLLECTS-BEFORE-CONSENT": ("system:shop-app",
                                        _set("sys.shop-app.consent_ui.collects_before_consent",
                                             True), None),
    "APP-3.2-REPROMPTS": ("system:shop-app",
                          _set("sys.shop-app.consent_ui.reprompts_after_refusal", True), None),
    "APP-3.4-DEFAULT-CONSENT": ("system:shop-app", _set("sys.shop-app.consent_ui.default_checked",
                                                        True), None),
    "APP-3.5-SETTINGS-RESET": ("system:shop-app",
                               _set("sys.shop-app.consent_ui.resets_settings_on_update", True),
                               None),
    "APP-3.6-TARGETED-PUSH": ("system:shop-app",
                              _set("sys.shop-app.targeted_push.non_targeted_option", False),
                              _set("sys.shop-app.targeted_push", {"enabled": False})),
    "APP-3.8-NO-WITHDRAWAL": ("system:shop-app", _del("sys.shop-app.consent_ui.withdrawal"), None),
    "APP-4.2-REFUSES-SERVICE": ("system:shop-app",
                                _set("sys.shop-app.consent_ui.refuses_without_optional", True),
                                None),
    "APP-4.6-BUNDLED-PERMISSIONS": ("system:shop-app",
                                    _set("sys.shop-app.consent_ui.bundled_permissions", True),
                                    None),
    "APP-4.3-NEW-FEATURE-BLOCKS-OLD": ("system:shop-app",
                                       _set("sys.shop-app.consent_ui.new_feature_blocks_old",
                                            True), None),
    "APP-4.4-EXCESSIVE-FREQUENCY": ("system:shop-app",
                                    lambda d: system(d)["permissions"][0].update(
                                        exceeds_need=True), None),
    "APP-4.5-FORCED-CONSENT": ("system:shop-app",
                               _set("sys.shop-app.consent_ui.forced_for_improvement", True), None),
    "APP-5.3-THIRD-PARTY-APP": ("system:shop-app",
                                _set("sys.shop-app.third_party_apps",
                                     [{"name": "Mini Game", "pi": ["account_id"]}]),
                                _set("sys.shop-app.third_party_apps",
                                     [{"name": "Mini Game", "pi": ["account_id"],
                                       "consent": True}])),
    "APP-6.2-UNREASONABLE-CONDITIONS": ("system:shop-app",
                                        _set("sys.shop-app.user_rights.unreasonable_conditions",
                                             True), None),
    "APP-5.1-SDK-PROVISION": ("system:shop-app",
                              lambda d: system(d)["sdks"][0].update(consent=False),
                              lambda d: system(d)["sdks"][0].update(consent=False,
                                                                    anonymized=True)),
    "APP-6.1-NO-RIGHTS-FUNCTIONS": ("system:shop-app",
                                    _set("sys.shop-app.user_rights.account_cancellation", False),
                                    None),
    "APP-6.3-SLOW-RESPONSE": ("system:shop-app", _set("sys.shop-app.user_rights.response_days", 16),
                              _set("sys.shop-app.user_rights.response_days", 15)),
    "APP-6.5-NO-COMPLAINT-CHANNEL": ("handler", _set("handler.complaint_channel.response_days", 20),
                                     _set("handler.complaint_channel.response_days", 15)),
    "MIN-EXCESS": ("activity:recommendations", _set("act.recommendations.optional", False),
                   _all(_set("act.recommendations.optional", False),
                        _set("act.recommendations.scope", {"pi": ["phone_number", "address"]}),
                        lambda d: dataset(d, "profiles").update(fields=dataset(
                            d, "profiles")["fields"][2:]))),
}

INVENTORY = {"version": 1, "files": [
    {"path": "data/orders/2026.csv", "columns": [
        {"column": "phone", "entity_type": "PHONE", "count": 40},
        {"column": "paid", "category": "PROPERTY", "count": 40}]},
    {"path": "data/profiles/p.parquet", "columns": [
        {"column": "gps", "entity_type": "GPS", "count": 3},
        {"column": "history", "entity_type": "URL", "count": 9},
        {"column": "kid", "category": "MINOR_UNDER_14", "count": 1}]},
]}


def _findings(doc: dict, inventory: dict | None = None):
    manifest = load_texts(dump(doc))
    inv = parse(inventory, "scan.json") if inventory is not None else None
    return run(manifest, today=TODAY, inventory=inv).findings


def test_every_rule_has_scenarios():
    inventory_rules = {"INV-UNDECLARED", "INV-NOT-FOUND"}
    assert set(CASES) | inventory_rules == set(rulebook().rules)


def test_compliant_base_has_no_findings():
    assert _findings(base(), INVENTORY) == []


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_violating_scenario(rule_id):
    subject, violate, _ = CASES[rule_id]
    doc = base()
    violate(doc)
    findings = _findings(doc)
    rule = rulebook().rules[rule_id]
    assert [(f.rule_id, f.subject) for f in findings] == [(rule_id, subject)]
    (finding,) = findings
    assert finding.citations == rule.citations and finding.citations
    assert finding.severity == rule.severity
    assert finding.where.file == "manifest.yaml" and finding.where.line > 0
    assert finding.remedy == rule.remedy


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_compliant_scenario(rule_id):
    _, _, comply = CASES[rule_id]
    doc = base()
    if comply is not None:
        comply(doc)
    assert [f.rule_id for f in _findings(doc)] == []


def test_exact_text_and_citation_of_a_finding():
    doc = base()
    act(doc, "recommendations")["consent"]["separate"] = False
    (f,) = _findings(doc)
    assert f.explanation == ("Activity 'recommendations' processes sensitive PI (ONLINE_RECORDS, "
                             "PRECISE_LOCATION) on the basis of consent without a separate consent.")
    assert f.citations == ("PIPL art. 29", "PIPL art. 28")


def test_threshold_names_the_required_mechanism():
    doc = base()
    act(doc, "overseas-support")["cross_border"]["sensitive_volume"] = 10000
    (f,) = _findings(doc)
    assert f.rule_id == "PIPL-38-THRESHOLD"
    assert "requires a CAC security assessment" in f.explanation
    assert "Cross-border Data Flow Provisions (2024) art. 7" in f.citations


def test_minimization_ratio_is_reported():
    doc = base()
    act(doc, "order-fulfilment")["scope"]["pi"] = ["contacts_list", "device_id"]
    manifest = load_texts(dump(doc))
    report = run(manifest, today=TODAY)
    (f,) = report.findings
    assert f.rule_id == "MIN-EXCESS"
    assert f.details["excess"] == "contacts_list, device_id"
    measure = next(m for m in report.minimization if m["activity"] == "order-fulfilment")
    assert measure["excess"] == ["contacts_list", "device_id"]
    assert measure["ratio"] == pytest.approx(2 / 6, abs=1e-4)


def test_inventory_undeclared_category():
    inventory = {"files": [{"path": "data/orders/2026.csv",
                            "columns": [{"column": "pid", "entity_type": "CN_RESIDENT_ID",
                                         "count": 7}]}]}
    doc = base()
    findings = [f for f in _findings(doc, inventory) if f.rule_id == "INV-UNDECLARED"]
    assert [(f.subject, f.details["category"], f.details["count"]) for f in findings] == [
        ("source:data/orders/2026.csv", "CN_RESIDENT_ID", 7)]
    assert findings[0].citations == ("PIPL art. 7", "PIPL art. 17", "App Method (2019) item 3.9")
    # declared: the same finding disappears
    dataset(doc, "orders")["fields"].append({"name": "pid", "pi": "id_number",
                                             "protection": "encrypted"})
    act(doc, "order-fulfilment")["scope"]["fields"].append("orders.pid")
    assert [f for f in _findings(doc, inventory) if f.rule_id == "INV-UNDECLARED"] == []


def test_inventory_declared_but_not_found():
    inventory = {"files": [{"path": "data/orders/2026.csv",
                            "columns": [{"column": "phone", "entity_type": "PHONE"}]}]}
    findings = _findings(base(), inventory)
    not_found = sorted(f.subject for f in findings if f.rule_id == "INV-NOT-FOUND")
    # BASIC_PROFILE was found in orders; PROPERTY (paid) was not, nor anything in profiles
    assert not_found == ["dataset:orders.paid", "dataset:profiles.child_name",
                         "dataset:profiles.city_gps", "dataset:profiles.history"]
    assert {f.severity for f in findings} == {"info"}


def test_reads_the_piguard_scan_inventory_shape():
    """The `piguard scan --json` shape of docs/scanning.md: columns, findings, text files."""
    inventory = {
        "schema": "piguard.inventory", "version": 1,
        "summary": {"categories": {"BASIC_PROFILE": 48}, "entity_types": {"PHONE": 13}},
        "datasets": [{"name": "orders.csv", "location": "data/orders/2026.csv", "columns": [
            {"name": "手机", "pi": True, "entity_type": "PHONE", "category": "BASIC_PROFILE",
             "findings": [{"entity_type": "PHONE", "category": "BASIC_PROFILE", "rows": 40}]},
            {"name": "note", "pi": False, "findings": []}]}],
        "text_files": [{"name": "app.log", "location": "logs/app.log", "findings": [
            {"entity_type": "CN_RESIDENT_ID", "category": "IDENTITY_DOCUMENT", "count": 5}]}],
        "skipped": [{"location": "bad.parquet", "reason": "x"}],
    }
    inv = parse(inventory, "scan.json")
    assert [(h.source, h.category, h.count) for h in inv.hits] == [
        ("data/orders/2026.csv", "BASIC_PROFILE", 40), ("logs/app.log", "IDENTITY_DOCUMENT", 5)]
    findings = [f for f in _findings(base(), inventory) if f.rule_id == "INV-UNDECLARED"]
    assert [(f.subject, f.details["category"]) for f in findings] == [
        ("source:logs/app.log", "IDENTITY_DOCUMENT")]
