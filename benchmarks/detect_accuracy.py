"""Accuracy of ``piguard.detect`` on the development corpora: exact-span and overlap
precision / recall / F1 per type, and the hard negatives it flags.

    .venv/bin/python benchmarks/detect_accuracy.py [--corpora synthetic,stdnum,...]

Corpora (see each SOURCE.md in /work/shared/data/detect): the synthetic identifier
corpus (all types), identifier test vectors from python-stdnum and Presidio (scored only
for the vector's own type), and PERSON/LOCATION on MSRA, Weibo, Resume, CLUENER and
Universal NER (zh, en).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

from piguard.detect.engine import detect_many

CHECKSUM_TYPES = ("CN_RESIDENT_ID", "BANK_CARD", "CN_USCC", "IBAN")
# Hard-negative kind -> the type a detector would wrongly give it.
LOOKALIKE_TYPE = {"id_bad_checksum": "CN_RESIDENT_ID", "id_bad_date": "CN_RESIDENT_ID",
                  "card_bad_luhn": "BANK_CARD"}


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score(docs, predictions):
    """Per label: gold count, predicted count, exact TP, overlap TP (one-to-one)."""
    stats: dict[str, Counter] = defaultdict(Counter)
    for doc, found in zip(docs, predictions, strict=True):
        pred = [(f.start, f.end, f.entity_type) for f in found if f.entity_type in doc.scope]
        gold = list(doc.spans)
        for *_, label in gold:
            stats[label]["gold"] += 1
        for *_, label in pred:
            stats[label]["pred"] += 1
        gold_set = set(gold)
        for span in pred:
            if span in gold_set:
                stats[span[2]]["exact"] += 1
        used: set[int] = set()
        for s, e, label in pred:
            for k, (gs, ge, gl) in enumerate(gold):
                if k not in used and gl == label and s < ge and gs < e:
                    used.add(k)
                    stats[label]["overlap"] += 1
                    break
    return stats


def print_table(title: str, stats) -> dict[str, float]:
    print(f"\n## {title}")
    print(f"{'type':16s} {'gold':>6s} {'pred':>6s} | {'P':>6s} {'R':>6s} {'F1':>6s} (exact) |"
          f" {'P':>6s} {'R':>6s} {'F1':>6s} (overlap)")
    total: Counter = Counter()
    f1s = {}
    for label in sorted(stats):
        c = stats[label]
        total.update(c)
        pe = _prf(c["exact"], c["pred"], c["gold"])
        po = _prf(c["overlap"], c["pred"], c["gold"])
        f1s[label] = pe[2]
        print(f"{label:16s} {c['gold']:6d} {c['pred']:6d} | {pe[0]:6.3f} {pe[1]:6.3f} {pe[2]:6.3f}"
              f"         | {po[0]:6.3f} {po[1]:6.3f} {po[2]:6.3f}")
    pe = _prf(total["exact"], total["pred"], total["gold"])
    po = _prf(total["overlap"], total["pred"], total["gold"])
    f1s["ALL"] = pe[2]
    print(f"{'ALL (micro)':16s} {total['gold']:6d} {total['pred']:6d} | {pe[0]:6.3f} {pe[1]:6.3f}"
          f" {pe[2]:6.3f}         | {po[0]:6.3f} {po[1]:6.3f} {po[2]:6.3f}")
    return f1s


def hard_negatives(docs, predictions) -> None:
    flagged: Counter = Counter()
    as_lookalike: Counter = Counter()
    totals: Counter = Counter()
    types: dict[str, Counter] = defaultdict(Counter)
    for doc, found in zip(docs, predictions, strict=True):
        for s, e, kind in doc.negatives:
            totals[kind] += 1
            hits = [f for f in found if f.start < e and s < f.end]
            if hits:
                flagged[kind] += 1
                for f in hits:
                    types[kind][f.entity_type] += 1
            if any(f.entity_type == LOOKALIKE_TYPE.get(kind) for f in hits):
                as_lookalike[kind] += 1
    print("\n## Hard negatives flagged (any type overlapping the negative span)")
    for kind in sorted(totals):
        detail = ", ".join(f"{t}×{n}" for t, n in types[kind].most_common())
        print(f"{kind:16s} {flagged[kind]:4d} / {totals[kind]:4d}  {detail}")
    print(f"{'TOTAL':16s} {sum(flagged.values()):4d} / {sum(totals.values()):4d}")
    for kind, label in LOOKALIKE_TYPE.items():
        print(f"checksum-invalid look-alike {kind} flagged as {label}: {as_lookalike[kind]}")


def run(name: str, docs, types) -> tuple[dict, list]:
    start = time.perf_counter()
    predictions = []
    batch = 512
    for i in range(0, len(docs), batch):
        chunk = docs[i:i + batch]
        predictions.extend(detect_many([d.text for d in chunk], types))
    elapsed = time.perf_counter() - start
    chars = sum(len(d.text) for d in docs)
    print(f"\n# {name}: {len(docs)} documents, {chars} characters, {elapsed:.2f} s in process")
    return score(docs, predictions), predictions


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default="synthetic,stdnum,presidio," +
                        ",".join(_corpora.NER_CORPORA))
    parser.add_argument("--skip-model", action="store_true",
                        help="pattern types only (no PERSON/LOCATION model)")
    args = parser.parse_args(argv)
    wanted = args.corpora.split(",")
    all_types = None
    if args.skip_model:
        from piguard.detect.registry import PATTERN_TYPES

        all_types = sorted(PATTERN_TYPES)
    if "synthetic" in wanted:
        docs = _corpora.load_synthetic()
        stats, preds = run("synthetic (zh_pii_dev)", docs, all_types)
        f1 = print_table("synthetic: every label", stats)
        hard_negatives(docs, preds)
        ids = {k: v for k, v in stats.items() if k not in _corpora.NER_LABELS}
        print_table("synthetic: identifiers only (without PERSON/LOCATION)", ids)
        print("\ntargets: checksum types F1 >= 0.99; PHONE EMAIL IP URL PASSPORT LICENSE_PLATE"
              " >= 0.98; all labels >= 0.97")
        for label in (*CHECKSUM_TYPES, "PHONE", "EMAIL", "IP", "URL", "PASSPORT",
                      "LICENSE_PLATE", "ALL"):
            if label in f1:
                print(f"  {label:16s} exact F1 {f1[label]:.3f}")
    for name, loader in (("stdnum", _corpora.load_stdnum_vectors),
                         ("presidio", _corpora.load_presidio_vectors)):
        if name in wanted:
            docs = loader()
            scope = sorted({label for d in docs for label in d.scope})
            stats, _ = run(f"{name} vectors", docs, scope)
            print_table(f"{name} vectors (each case scored for its own type)", stats)
    for name, loader in _corpora.NER_CORPORA.items():
        if name in wanted and not args.skip_model:
            docs = loader()
            stats, _ = run(name, docs, ["PERSON", "LOCATION"])
            print_table(f"{name}: PERSON / LOCATION", stats)


if __name__ == "__main__":
    main()
