"""Small predicates, one per rule ID of ``data/rules.yaml``: each yields the places it breaks.

A predicate reads a validated :class:`~piguard.govern.manifest.Manifest` and a
:class:`Context`; it yields ``Hit``\\s whose ``details`` fill the rule's
explanation template. Legal text, severities and citations stay in the data file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date

from piguard.govern.categories import category_of, sensitive
from piguard.govern.inventory import Inventory, matches
from piguard.govern.manifest import Manifest
from piguard.govern.necessary import app_types, excess
from piguard.govern.yamlnodes import Obj, Where


@dataclass(frozen=True, slots=True)
class Hit:
    subject: str
    where: Where
    details: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Context:
    thresholds: dict[str, int]
    today: date
    inventory: Inventory | None = None


Predicate = Callable[[Manifest, Context], Iterator[Hit]]
PREDICATES: dict[str, Predicate] = {}


def rule(rule_id: str):
    def register(fn: Predicate) -> Predicate:
        PREDICATES[rule_id] = fn
        return fn
    return register


def _act(a: Obj) -> str:
    return f"activity:{a['id']}"


def _uses_consent(a: Obj) -> bool:
    return "consent" in a["legal_basis"]


def _apps(m: Manifest) -> Iterator[Obj]:
    return (s for s in m.systems if s["kind"] in ("app", "mini_program"))


def _at(obj: Obj, key: str, fallback: Obj) -> Where:
    return obj.at(key) if getattr(obj, "present", False) else fallback.where


# ------------------------------------------------------------------ PIPL core

@rule("PIPL-13-NO-BASIS")
def no_basis(m: Manifest, ctx: Context):
    for a in m.activities:
        if not a["legal_basis"]:
            yield Hit(_act(a), a.where, {"activity": a["id"]})


@rule("PIPL-07-PURPOSE-MANNER-SCOPE")
def purpose_manner_scope(m: Manifest, ctx: Context):
    for a in m.activities:
        missing = [name for name, ok in (("purpose", a["purpose"]), ("manner", a["manner"]),
                                         ("scope", m.categories(a))) if not ok]
        if missing:
            yield Hit(_act(a), a.where, {"activity": a["id"], "missing": ", ".join(missing)})


@rule("PIPL-06-FIELD-WITHOUT-PURPOSE")
def field_without_purpose(m: Manifest, ctx: Context):
    used_refs = {r for a in m.activities for r in a["scope"]["fields"]}
    used_items = {i for a in m.activities for i in a["scope"]["pi"]}
    used_cats = {c for a in m.activities for c in a["scope"]["categories"]}
    for d in m.datasets:
        for f in d["fields"]:
            if (f"{d['id']}.{f['name']}" not in used_refs and f["pi"] not in used_items
                    and f["category"] not in used_cats):
                yield Hit(f"dataset:{d['id']}.{f['name']}", f.where, {
                    "field": f["name"], "category": f["pi"] or f["category"], "dataset": d["id"]})


@rule("PIPL-19-NO-RETENTION")
def no_retention(m: Manifest, ctx: Context):
    for kind, items in (("Activity", m.activities), ("Data set", m.datasets)):
        for item in items:
            if not item["retention"]:
                yield Hit(f"{kind.lower().replace(' ', '')}:{item['id']}", item.where,
                          {"kind": kind, "name": item["id"]})


@rule("PIPL-15-NO-WITHDRAWAL")
def no_withdrawal(m: Manifest, ctx: Context):
    for a in m.activities:
        if _uses_consent(a) and not a["consent"]["withdrawal"]:
            yield Hit(_act(a), _at(a["consent"], "withdrawal", a), {"activity": a["id"]})


def _sensitive_acts(m: Manifest):
    for a in m.activities:
        cats = sensitive(m.categories(a))
        if a["minors"]["under_14"]:
            cats = sorted({*cats, "MINOR_UNDER_14"})
        if cats:
            yield a, cats


@rule("PIPL-29-SEPARATE-CONSENT")
def separate_consent(m: Manifest, ctx: Context):
    for a, cats in _sensitive_acts(m):
        if _uses_consent(a) and not a["consent"]["separate"]:
            yield Hit(_act(a), _at(a["consent"], "separate", a),
                      {"activity": a["id"], "sensitive": ", ".join(cats)})


@rule("PIPL-28-NO-NECESSITY")
def no_necessity(m: Manifest, ctx: Context):
    for a, cats in _sensitive_acts(m):
        if not a["necessity"]:
            yield Hit(_act(a), a.where, {"activity": a["id"], "sensitive": ", ".join(cats)})


@rule("PIPL-30-SENSITIVE-NOTICE")
def sensitive_notice(m: Manifest, ctx: Context):
    for a, cats in _sensitive_acts(m):
        if not a["sensitive_notice"]:
            yield Hit(_act(a), a.where, {"activity": a["id"], "sensitive": ", ".join(cats)})


@rule("PIPL-31-GUARDIAN-CONSENT")
def guardian_consent(m: Manifest, ctx: Context):
    for a in m.activities:
        if a["minors"]["under_14"] and not a["minors"]["guardian_consent"]:
            yield Hit(_act(a), a["minors"].where, {"activity": a["id"]})


@rule("PIPL-31-DEDICATED-RULES")
def dedicated_rules(m: Manifest, ctx: Context):
    for a in m.activities:
        if a["minors"]["under_14"] and not a["minors"]["dedicated_rules"]:
            yield Hit(_act(a), a["minors"].where, {"activity": a["id"]})


def _notice_and_consent_gaps(a, notified: bool, notice: str, separate_consent: bool) -> str:
    """What a transfer lacks: the notice, and separate consent when the activity relies on
    consent (PIPL arts. 23 and 39 ask the same two things). Empty when nothing is missing."""
    missing = [] if notified else [notice]
    if _uses_consent(a) and not separate_consent:
        missing.append("separate consent")
    return " and ".join(missing)


@rule("PIPL-23-PROVISION")
def provision(m: Manifest, ctx: Context):
    for a in m.activities:
        for r in a["recipients"]:
            missing = _notice_and_consent_gaps(a, r["notified"], "notifying individuals",
                                               r["separate_consent"])
            if missing:
                yield Hit(_act(a), r.where, {"activity": a["id"], "recipient": r["name"],
                                             "missing": missing})


@rule("PIPL-21-ENTRUSTED-CONTRACT")
def entrusted_contract(m: Manifest, ctx: Context):
    for a in m.activities:
        for e in a["entrusted"]:
            if not e["contract"]:
                yield Hit(_act(a), e.where, {"activity": a["id"], "party": e["name"]})


@rule("PIPL-25-PUBLIC-DISCLOSURE")
def public_disclosure(m: Manifest, ctx: Context):
    for a in m.activities:
        pd = a["public_disclosure"]
        if pd["enabled"] and not pd["separate_consent"]:
            yield Hit(_act(a), pd.where, {"activity": a["id"]})


@rule("PIPL-24-AUTOMATED-DECISION")
def automated_decision(m: Manifest, ctx: Context):
    for a in m.activities:
        adm = a["automated_decision"]
        if adm["enabled"] and adm["marketing"] and not adm["non_personalised_option"]:
            yield Hit(_act(a), adm.where, {"activity": a["id"]})


@rule("PIPL-38-NO-MECHANISM")
def xb_no_mechanism(m: Manifest, ctx: Context):
    for a in m.activities:
        xb = a["cross_border"]
        if xb.present and xb["mechanism"] == "none":
            yield Hit(_act(a), xb.where, {"activity": a["id"], "destination": xb["destination"]})


_MECHANISM_STRENGTH = {"none": 0, "exempt_contract": 1, "exempt_hr": 1, "exempt_emergency": 1,
                       "standard_contract": 2, "certification": 2, "security_assessment": 3}


def required_xb_mechanism(*, ciio: bool, volume: int, sensitive_volume: int,
                          t: dict[str, int]) -> tuple[int, str, str]:
    """(strength, mechanism, reason) the 2024 cross-border provisions require.

    >>> t = {"xb_exempt_below": 100000, "xb_assessment_from": 1000000,
    ...      "xb_sensitive_assessment_from": 10000}
    >>> required_xb_mechanism(ciio=False, volume=200000, sensitive_volume=0, t=t)[1]
    'a standard contract or certification'
    >>> required_xb_mechanism(ciio=False, volume=5000, sensitive_volume=0, t=t)[0]
    0
    """
    if ciio:
        return 3, "a CAC security assessment", "a CIIO providing PI abroad"
    if volume >= t["xb_assessment_from"] or sensitive_volume >= t["xb_sensitive_assessment_from"]:
        return 3, "a CAC security assessment", (
            f"at least {t['xb_assessment_from']:,} individuals or "
            f"{t['xb_sensitive_assessment_from']:,} with sensitive PI")
    if volume >= t["xb_exempt_below"] or sensitive_volume > 0:
        return 2, "a standard contract or certification", (
            f"{t['xb_exempt_below']:,} or more individuals, or any sensitive PI")
    return 0, "no mechanism", "below the exemption threshold"


@rule("PIPL-38-THRESHOLD")
def xb_threshold(m: Manifest, ctx: Context):
    for a in m.activities:
        xb = a["cross_border"]
        if not xb.present or xb["mechanism"] == "none":
            continue  # PIPL-38-NO-MECHANISM covers it
        if xb["mechanism"] in ("exempt_contract", "exempt_hr", "exempt_emergency") \
                and not m.handler["ciio"]:
            continue  # art. 5(1)-(3) exemptions apply whatever the volume (not to CIIOs' art. 7)
        strength, required, reason = required_xb_mechanism(
            ciio=m.handler["ciio"], volume=xb["volume"], sensitive_volume=xb["sensitive_volume"],
            t=ctx.thresholds)
        if _MECHANISM_STRENGTH[xb["mechanism"]] < strength:
            yield Hit(_act(a), xb.at("mechanism"), {
                "activity": a["id"], "volume": xb["volume"], "destination": xb["destination"],
                "sensitive_volume": xb["sensitive_volume"], "mechanism": xb["mechanism"],
                "reason": reason, "required": required})


@rule("PIPL-39-XB-CONSENT")
def xb_consent(m: Manifest, ctx: Context):
    for a in m.activities:
        xb = a["cross_border"]
        if not xb.present:
            continue
        missing = _notice_and_consent_gaps(a, xb["notice"], "the art. 39 notice",
                                           xb["separate_consent"])
        if missing:
            yield Hit(_act(a), xb.where, {"activity": a["id"], "destination": xb["destination"],
                                          "missing": missing})


@rule("PIPL-40-LOCALISATION")
def localisation(m: Manifest, ctx: Context):
    if not m.handler["ciio"]:
        return
    assessed = any(a["cross_border"]["mechanism"] == "security_assessment" for a in m.activities)
    for d in m.datasets:
        if d["storage_location"].upper() != "CN" and not assessed:
            yield Hit(f"dataset:{d['id']}", d.at("storage_location"),
                      {"dataset": d["id"], "location": d["storage_location"]})


@rule("PIPL-52-OFFICER")
def officer(m: Manifest, ctx: Context):
    h, limit = m.handler, ctx.thresholds["pi_protection_officer_individuals"]
    if h["individuals"] >= limit and not h["pi_protection_officer"].present:
        yield Hit("handler", h.where, {"individuals": h["individuals"], "threshold": limit})


@rule("PIPL-53-LOCAL-REPRESENTATIVE")
def local_representative(m: Manifest, ctx: Context):
    h = m.handler
    if h["offshore"] and not h["local_representative"]:
        yield Hit("handler", h.at("offshore"), {})


@rule("PIPL-54-COMPLIANCE-AUDIT")
def compliance_audit(m: Manifest, ctx: Context):
    h, limit = m.handler, ctx.thresholds["compliance_audit_individuals_over"]
    years = ctx.thresholds["compliance_audit_every_years"]
    if h["individuals"] <= limit:
        return
    last = h["compliance_audit"]["last"]
    cutoff = ctx.today.replace(year=ctx.today.year - years) if not (
        ctx.today.month == 2 and ctx.today.day == 29) else ctx.today.replace(
        year=ctx.today.year - years, day=28)
    if last is None or date.fromisoformat(last) < cutoff:
        yield Hit("handler", h.where, {"individuals": h["individuals"], "threshold": limit,
                                       "last": last or "never", "years": years})


def _pia_triggers(m: Manifest, a: Obj) -> list[str]:
    triggers = []
    if sensitive(m.categories(a)) or a["minors"]["under_14"]:
        triggers.append("sensitive PI")
    if a["automated_decision"]["enabled"]:
        triggers.append("automated decision-making")
    if a["entrusted"]:
        triggers.append("entrusted processing")
    if a["recipients"]:
        triggers.append("provision to others")
    if a["public_disclosure"]["enabled"]:
        triggers.append("public disclosure")
    if a["cross_border"].present:
        triggers.append("cross-border provision")
    return triggers


@rule("PIPL-55-IMPACT-ASSESSMENT")
def impact_assessment(m: Manifest, ctx: Context):
    for a in m.activities:
        triggers = _pia_triggers(m, a)
        if triggers and not a["impact_assessment"]["done"]:
            yield Hit(_act(a), a.where, {"activity": a["id"], "triggers": ", ".join(triggers)})


@rule("PIPL-17-NOTICE-CONTENT")
def notice_content(m: Manifest, ctx: Context):
    pp = m.handler["privacy_policy"]
    labels = (("published", "a published policy"), ("handler_contact", "the handler's contact"),
              ("retention", "retention periods"), ("rights_procedure", "how to exercise rights"))
    missing = [text for key, text in labels if not pp[key]]
    if missing:
        yield Hit("handler", _at(m.handler, "privacy_policy", m.handler),
                  {"missing": ", ".join(missing)})


@rule("PIPL-51-SENSITIVE-PROTECTION")
def sensitive_protection(m: Manifest, ctx: Context):
    for d in m.datasets:
        for f in d["fields"]:
            if sensitive([f["category"]]) and f["protection"] == "none":
                yield Hit(f"dataset:{d['id']}.{f['name']}", f.where,
                          {"field": f["name"], "dataset": d["id"], "category": f["category"]})


@rule("PIPL-51-INCIDENT-PLAN")
def incident_plan(m: Manifest, ctx: Context):
    if not m.handler["incident_response_plan"]:
        yield Hit("handler", m.handler.where, {})


# ------------------------------------------------------------------ 2019 app method

def _app_flag(rule_id: str, section: str, key: str, bad_when: bool):
    @rule(rule_id)
    def check(m: Manifest, ctx: Context):
        for s in _apps(m):
            if bool(s[section][key]) == bad_when:
                yield Hit(f"system:{s['id']}", _at(s[section], key, s), {"system": s["id"]})
    check.__name__ = rule_id
    return check


_app_flag("APP-1.1-NO-POLICY", "privacy_policy", "published", False)
_app_flag("APP-1.2-NO-FIRST-RUN-PROMPT", "privacy_policy", "first_run_prompt", False)
_app_flag("APP-1.4-POLICY-HARD-TO-READ", "privacy_policy", "simplified_chinese", False)
_app_flag("APP-2.2-NO-CHANGE-NOTICE", "privacy_policy", "change_notice", False)
_app_flag("APP-3.1-COLLECTS-BEFORE-CONSENT", "consent_ui", "collects_before_consent", True)
_app_flag("APP-3.2-REPROMPTS", "consent_ui", "reprompts_after_refusal", True)
_app_flag("APP-3.4-DEFAULT-CONSENT", "consent_ui", "default_checked", True)
_app_flag("APP-3.5-SETTINGS-RESET", "consent_ui", "resets_settings_on_update", True)
_app_flag("APP-3.8-NO-WITHDRAWAL", "consent_ui", "withdrawal", False)
_app_flag("APP-4.2-REFUSES-SERVICE", "consent_ui", "refuses_without_optional", True)
_app_flag("APP-4.6-BUNDLED-PERMISSIONS", "consent_ui", "bundled_permissions", True)
_app_flag("APP-4.3-NEW-FEATURE-BLOCKS-OLD", "consent_ui", "new_feature_blocks_old", True)
_app_flag("APP-4.5-FORCED-CONSENT", "consent_ui", "forced_for_improvement", True)
_app_flag("APP-6.2-UNREASONABLE-CONDITIONS", "user_rights", "unreasonable_conditions", True)


@rule("APP-4.4-EXCESSIVE-FREQUENCY")
def excessive_frequency(m: Manifest, ctx: Context):
    for s in _apps(m):
        for p in s["permissions"]:
            if p["exceeds_need"]:
                yield Hit(f"system:{s['id']}", p.where, {"system": s["id"], "permission": p["name"]})


@rule("APP-5.3-THIRD-PARTY-APP")
def third_party_app(m: Manifest, ctx: Context):
    for s in _apps(m):
        for t in s["third_party_apps"]:
            if t["pi"] and not t["consent"]:
                yield Hit(f"system:{s['id']}", t.where, {
                    "system": s["id"], "app": t["name"], "categories": ", ".join(t["pi"])})


@rule("APP-1.3-POLICY-HARD-TO-REACH")
def policy_hard_to_reach(m: Manifest, ctx: Context):
    limit = ctx.thresholds["app_max_clicks_to_policy"]
    for s in _apps(m):
        clicks = s["privacy_policy"]["clicks_to_reach"]
        if clicks is not None and clicks > limit:
            yield Hit(f"system:{s['id']}", s["privacy_policy"].at("clicks_to_reach"),
                      {"system": s["id"], "clicks": clicks, "limit": limit})


@rule("APP-2.1-SDK-NOT-LISTED")
def sdk_not_listed(m: Manifest, ctx: Context):
    for s in _apps(m):
        for sdk in s["sdks"]:
            if not sdk["listed_in_policy"]:
                yield Hit(f"system:{s['id']}", sdk.where, {
                    "system": s["id"], "sdk": sdk["name"],
                    "categories": ", ".join(sdk["pi"]) or "PI"})


@rule("APP-2.3-PERMISSION-PURPOSE")
def permission_purpose(m: Manifest, ctx: Context):
    for s in _apps(m):
        for p in s["permissions"]:
            if not p["purpose_shown"]:
                yield Hit(f"system:{s['id']}", p.where, {"system": s["id"], "permission": p["name"]})


@rule("APP-3.6-TARGETED-PUSH")
def targeted_push(m: Manifest, ctx: Context):
    for s in _apps(m):
        tp = s["targeted_push"]
        if tp["enabled"] and not tp["non_targeted_option"]:
            yield Hit(f"system:{s['id']}", tp.where, {"system": s["id"]})


@rule("APP-5.1-SDK-PROVISION")
def sdk_provision(m: Manifest, ctx: Context):
    for s in _apps(m):
        for sdk in s["sdks"]:
            if sdk["pi"] and not sdk["consent"] and not sdk["anonymized"]:
                yield Hit(f"system:{s['id']}", sdk.where, {
                    "system": s["id"], "sdk": sdk["name"], "categories": ", ".join(sdk["pi"])})


@rule("APP-6.1-NO-RIGHTS-FUNCTIONS")
def rights_functions(m: Manifest, ctx: Context):
    for s in _apps(m):
        ur = s["user_rights"]
        missing = [k.replace("_", " ") for k in ("correction", "deletion", "account_cancellation")
                   if not ur[k]]
        if missing:
            yield Hit(f"system:{s['id']}", _at(s, "user_rights", s),
                      {"system": s["id"], "missing": ", ".join(missing)})


@rule("APP-6.3-SLOW-RESPONSE")
def slow_response(m: Manifest, ctx: Context):
    limit = ctx.thresholds["app_max_response_working_days"]
    for s in _apps(m):
        days = s["user_rights"]["response_days"]
        if days is not None and days > limit:
            yield Hit(f"system:{s['id']}", s["user_rights"].at("response_days"),
                      {"system": s["id"], "days": days, "limit": limit})


@rule("APP-6.5-NO-COMPLAINT-CHANNEL")
def complaint_channel(m: Manifest, ctx: Context):
    if not any(True for _ in _apps(m)):
        return
    cc, limit = m.handler["complaint_channel"], ctx.thresholds["app_max_response_working_days"]
    if not cc["published"]:
        yield Hit("handler", _at(m.handler, "complaint_channel", m.handler),
                  {"problem": "publishes no PI complaint and reporting channel"})
    elif cc["response_days"] is not None and cc["response_days"] > limit:
        yield Hit("handler", cc.at("response_days"), {
            "problem": f"promises {cc['response_days']} working days to answer complaints "
                       f"(at most {limit})"})


# ------------------------------------------------------------------ minimization

def minimization(m: Manifest, a: Obj) -> dict | None:
    """Minimization measure of one app activity, or None when it is not an app's."""
    system = m.system(a["system"])
    if system is None or system["kind"] not in ("app", "mini_program") or not system["app_type"]:
        return None
    extra, ratio = excess(system["app_type"], m.collected(a), m.coarse(a))
    return {"activity": a["id"], "system": system["id"], "app_type": system["app_type"],
            "collected": sorted(m.collected(a)) + sorted(m.coarse(a)), "excess": extra,
            "ratio": round(ratio, 4),
            "optional": a["optional"]}


@rule("MIN-EXCESS")
def min_excess(m: Manifest, ctx: Context):
    for a in m.activities:
        measure = minimization(m, a)
        if measure and measure["excess"] and not a["optional"]:
            label = app_types()[measure["app_type"]].en
            yield Hit(_act(a), _at(a, "scope", a), {
                **measure, "app_type": f"{measure['app_type']}: {label}",
                "excess": ", ".join(measure["excess"]), "ratio": f"{measure['ratio']:.2f}"})


# ------------------------------------------------------------------ declared against found

@rule("INV-UNDECLARED")
def inv_undeclared(m: Manifest, ctx: Context):
    if ctx.inventory is None:
        return
    everywhere = {f["category"] for d in m.datasets for f in d["fields"]}
    for hit in ctx.inventory.hits:
        # Data sets that claim this source answer for it; otherwise any declaration counts.
        owners = [d for d in m.datasets if d["sources"] and matches(hit.source, d["sources"])]
        declared = {f["category"] for d in owners for f in d["fields"]} if owners else everywhere
        if category_of(hit.category) not in declared:
            yield Hit(f"source:{hit.source}", Where(ctx.inventory.file, 0),
                      {"category": hit.category, "source": hit.source, "count": hit.count})


@rule("INV-NOT-FOUND")
def inv_not_found(m: Manifest, ctx: Context):
    if ctx.inventory is None:
        return
    for d in m.datasets:
        if not d["sources"]:
            continue
        found = {category_of(c) for c in ctx.inventory.categories_in(d["sources"])}
        for f in d["fields"]:
            if f["category"] not in found:
                yield Hit(f"dataset:{d['id']}.{f['name']}", f.where,
                          {"dataset": d["id"], "category": f["category"], "field": f["name"]})
