"""protect_batch gives the same batch and counts on one thread as on several lanes."""

from __future__ import annotations

import pyarrow as pa
from protect_helpers import KEY, provider

from piguard.protect import operators as ops
from piguard.protect.policy import default_policy
from piguard.protect.table import GIL_BOUND, ColumnPlan, protect_batch


def test_threads_do_not_change_the_result():
    n = 3000
    batch = pa.record_batch({
        "id": [f"C{i:06d}" for i in range(n)],
        "card": [f"6222{i:012d}" for i in range(n)],
        "phone": [f"138{i:08d}" for i in range(n)],
        "mail": [f"u{i}@example.com" if i % 7 else None for i in range(n)],
        "note": ["keep me"] * n,
    })
    plans = [ColumnPlan("id", "value", operator=ops.Pseudonym(KEY, prefix="C_")),
             ColumnPlan("card", "value", operator=ops.Encrypt(KEY)),
             ColumnPlan("phone", "value", operator=ops.Mask(3, 4)),
             ColumnPlan("mail", "value", operator=ops.EmailMask()),
             ColumnPlan("note", "keep")]
    assert {"pseudonym", "encrypt"} <= GIL_BOUND and "mask" not in GIL_BOUND
    bound = default_policy().bind(provider())
    one, stats_one = protect_batch(batch, plans, bound, threads=1)
    many, stats_many = protect_batch(batch, plans, bound, threads=3)
    assert many.equals(one)
    assert stats_many.changed == stats_one.changed == {
        "id": n, "card": n, "phone": n, "mail": n - len(range(0, n, 7))}
    assert one.column("note").equals(batch.column("note"))
