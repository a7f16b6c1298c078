"""Consent ledger on SQLite and PostgreSQL: decisions with reasons and citations."""

from __future__ import annotations

import pytest

from piguard.errors import AuthorizationError, ConfigError, NotFound
from piguard.govern import audit
from piguard.govern.access import Principal

DPO = Principal(1, "dpo", "dpo")


@pytest.fixture
def handler(svc):
    return svc.registry.register_handler(DPO, name="Shop", individuals=10).id


def _decide(svc, handler, categories, purpose="marketing", individual="u1"):
    return svc.consents.may_process(individual=individual, handler_id=handler, purpose=purpose,
                                    categories=categories)


def test_no_consent(svc, handler):
    d = _decide(svc, handler, ["phone_number"])
    assert not d.allowed
    assert [(r.code, r.citation) for r in d.reasons] == [
        ("consent.missing", "PIPL art. 13(1)(1); art. 14")]


def test_granted_then_withdrawn_at_once(svc, handler):
    rec = svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="marketing",
                             categories=["phone_number", "email"])
    d = _decide(svc, handler, ["phone_number"])
    assert d.allowed and d.consent_ids == (rec.id,)
    assert d.reasons[0].code == "consent.valid"
    svc.consents.withdraw(DPO, rec.id)
    d = _decide(svc, handler, ["phone_number"])
    assert not d.allowed
    assert [(r.code, r.citation) for r in d.reasons] == [("consent.withdrawn", "PIPL art. 15")]
    # withdrawing twice logs once
    svc.consents.withdraw(DPO, rec.id)
    names = [e.event for e in audit.list_events(svc.db)]
    assert names == ["handler.registered", "consent.granted", "consent.withdrawn"]


def test_scope_and_whole_categories(svc, handler):
    svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="marketing",
                       categories=["BASIC_PROFILE"])
    assert _decide(svc, handler, ["phone_number", "email"]).allowed  # items of the category
    d = _decide(svc, handler, ["phone_number", "device_id"])
    assert [(r.code, r.message) for r in d.reasons] == [
        ("consent.scope", "consent does not cover device_id")]
    assert not _decide(svc, handler, ["phone_number"], purpose="profiling").allowed


def test_sensitive_needs_separate_consent(svc, handler):
    svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="delivery",
                       categories=["address", "location"])
    d = _decide(svc, handler, ["location"], purpose="delivery")
    assert [(r.code, r.citation) for r in d.reasons] == [
        ("consent.separate_required", "PIPL art. 29")]
    svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="delivery",
                       categories=["location"], separate=True)
    assert _decide(svc, handler, ["location", "address"], purpose="delivery").allowed


def test_minor_needs_guardian(svc, handler):
    with pytest.raises(ConfigError, match=r"art\. 31"):
        svc.consents.grant(DPO, individual="kid", handler_id=handler, purpose="club",
                           categories=["name"], minor_under_14=True)
    svc.consents.grant(DPO, individual="kid", handler_id=handler, purpose="club",
                       categories=["name"], minor_under_14=True, guardian="parent-77")
    assert _decide(svc, handler, ["name"], purpose="club", individual="kid").allowed
    # a later consent without a guardian does not make the child's processing lawful
    svc.consents.grant(DPO, individual="kid", handler_id=handler, purpose="games",
                       categories=["name"])
    d = _decide(svc, handler, ["name"], purpose="games", individual="kid")
    assert [(r.code, r.citation) for r in d.reasons] == [
        ("consent.guardian_required", "PIPL art. 31")]


def test_subject_acts_only_for_itself(svc, handler):
    me = Principal(2, "u1", "subject", subject="u1")
    rec = svc.consents.grant(me, individual="u1", handler_id=handler, purpose="news",
                             categories=["email"])
    with pytest.raises(AuthorizationError):
        svc.consents.grant(me, individual="u2", handler_id=handler, purpose="news",
                           categories=["email"])
    other = svc.consents.grant(DPO, individual="u2", handler_id=handler, purpose="news",
                               categories=["email"])
    with pytest.raises(AuthorizationError):
        svc.consents.withdraw(me, other.id)
    assert [c.id for c in svc.consents.list_for(me, individual="u1")] == [rec.id]


def test_bad_input(svc, handler):
    with pytest.raises(ConfigError, match="unknown code"):
        svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="x",
                           categories=["not_a_category"])
    with pytest.raises(NotFound):
        svc.consents.grant(DPO, individual="u1", handler_id=handler + 100, purpose="x",
                           categories=["email"])
    with pytest.raises(NotFound):
        svc.consents.withdraw(DPO, 12345)
    assert audit.verify(svc.db).events == 1  # only handler.registered


def test_withdraw_purpose_in_one_call(svc, handler):
    for cats in (["email"], ["phone_number"]):
        svc.consents.grant(DPO, individual="u1", handler_id=handler, purpose="news",
                           categories=cats)
    done = svc.consents.withdraw_purpose(DPO, individual="u1", handler_id=handler,
                                         purpose="news")
    assert len(done) == 2 and all(c.withdrawn_at for c in done)
    assert not _decide(svc, handler, ["email"], purpose="news").allowed
