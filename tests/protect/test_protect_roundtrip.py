"""reidentify(protect(x)) == x for reversible policies, on whole tables (hypothesis)."""

import pyarrow as pa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from protect_helpers import bank_cards, mobiles, resident_ids

from piguard.protect.api import protect
from piguard.protect.keys import InMemoryKeyProvider
from piguard.protect.policy import loads
from piguard.protect.reidentify import reidentify
from piguard.protect.reidlog import verify_chain

POLICY = loads("""\
version: 1
rules:
  - columns: [id]
    operator: {name: fpe, keep_sex: true}
  - columns: [card]
    operator: fpe
  - columns: [phone]
    operator: {name: encrypt, algorithm: sm4-siv}
  - columns: [note]
    operator: {name: encrypt, prefix: "E:"}
""")
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(resident_ids() | st.none(), bank_cards() | st.none(),
                               mobiles() | TEXT | st.none(), TEXT | st.none()),
                     min_size=1, max_size=15))
def test_reidentify_protect_is_identity(tmp_path, rows):
    keys = InMemoryKeyProvider({"default": bytes(range(32))})
    table = pa.table({name: pa.array(col, pa.string())
                      for name, col in zip(["id", "card", "phone", "note"], zip(*rows, strict=True),
                                           strict=True)})
    safe, manifest = protect(table, POLICY, keys=keys, types=["PHONE"], with_manifest=True)
    keys.add("default")  # rotate: the manifest's version must still be used
    log = tmp_path / f"reid-{len(rows)}.jsonl"
    back = reidentify(safe, manifest, keys=keys, actor="tester", purpose="property test",
                      log=log)
    assert back.to_pylist() == table.to_pylist()
    assert verify_chain(log) >= 1
