"""Property: any single edit, removal or swap of chain rows is detected by ``check_chain``."""

from __future__ import annotations

import dataclasses

from hypothesis import given, settings
from hypothesis import strategies as st

from piguard.govern.audit import GENESIS_HASH, check_chain, event_hash
from piguard.govern.canonical import canonical_json
from piguard.store.records import AuditEventRecord


def _chain(payloads: list[dict]) -> list[AuditEventRecord]:
    rows, prev = [], GENESIS_HASH
    for seq, data in enumerate(payloads, start=1):
        text = canonical_json(data)
        digest = event_hash(seq=seq, at=f"t{seq}", actor="a", event="consent.granted",
                            subject=f"s{seq}", data=text, prev_hash=prev)
        rows.append(AuditEventRecord(seq, f"t{seq}", "a", "consent.granted", f"s{seq}", text,
                                     prev, digest))
        prev = digest
    return rows


_payloads = st.lists(st.dictionaries(st.text(max_size=4), st.integers() | st.text(max_size=6),
                                     max_size=3), min_size=2, max_size=8)


@settings(max_examples=200, deadline=None)
@given(_payloads, st.data())
def test_tampering_is_always_detected(payloads, data):
    rows = _chain(payloads)
    head = (rows[-1].seq, rows[-1].hash)
    assert check_chain(rows, head).ok
    kind = data.draw(st.sampled_from(["edit", "remove", "swap"]))
    i = data.draw(st.integers(0, len(rows) - 1))
    if kind == "edit":
        field = data.draw(st.sampled_from(["at", "actor", "event", "subject", "data"]))
        value = getattr(rows[i], field) + "x"
        rows[i] = dataclasses.replace(rows[i], **{field: value})
    elif kind == "remove":
        del rows[i]
    else:
        j = data.draw(st.integers(0, len(rows) - 1).filter(lambda j: j != i))
        rows[i], rows[j] = rows[j], rows[i]
    assert not check_chain(rows, head).ok
