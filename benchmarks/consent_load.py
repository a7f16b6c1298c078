"""Consent checks over HTTP: throughput and latency of `POST /consents/decide`, SQLite vs PostgreSQL.

A bounded load generator on loopback. For each backend it creates a fresh
database, seeds a handler and consents for N individuals, starts
`piguard serve` (one uvicorn process) in a subprocess, and then runs:

1. open loop: requests scheduled at a fixed rate (default 500/s) for a bounded
   time; latency is measured from each request's *scheduled* start, so a stall
   of the server is not hidden by the client waiting (no coordinated omission);
2. closed loop: C concurrent clients back to back for a bounded time, the most
   checks per second one process serves.

The peer in the same run is the other backend, and `GET /health` (no database)
as the framework's floor. Usage:

    .venv/bin/python benchmarks/consent_load.py [--rate 500] [--duration 10]
        [--pg-url postgresql+psycopg://postgres@127.0.0.1:55432/piguard_test]

PostgreSQL runs when --pg-url or $PIGUARD_TEST_PG_URL is given. Target: p99 < 20 ms
at 500 requests/s on one process.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parents[1]
PIGUARD = ROOT / ".venv" / "bin" / "piguard"
MAX_REQUESTS = 60_000  # hard bound whatever the options


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed(url: str, individuals: int, engine_options: dict) -> tuple[str, int]:
    """Fresh schema with a handler, consents for every individual, and a dpo token."""
    from piguard.govern.access import Principal
    from piguard.govern.services import build

    svc = build(url, **engine_options)
    try:
        who = Principal(0, "bench", "admin")
        handler = svc.registry.register_handler(who, name=f"Bench {uuid.uuid4().hex[:6]}").id
        for i in range(individuals):
            svc.consents.grant(who, individual=f"u{i}", handler_id=handler, purpose="delivery",
                               categories=["address", "phone_number", "location"],
                               separate=(i % 2 == 0))
        token, _ = svc.tokens.create(actor="bench", name="load", role="dpo")
    finally:
        svc.close()
    return token, handler


class Server:
    def __init__(self, db_url: str):
        self.port = free_port()
        self.proc = subprocess.Popen(
            [str(PIGUARD), "serve", "--db", db_url, "--port", str(self.port),
             "--log-level", "warning"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.base = f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited: {self.proc.stderr.read().decode()[-2000:]}")
            try:
                if httpx.get(f"{self.base}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError("server did not start in 60 s")

    def __exit__(self, *exc) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _request(handler: int, individuals: int, rng: random.Random) -> dict:
    return {"individual": f"u{rng.randrange(individuals)}", "handler_id": handler,
            "purpose": "delivery", "categories": rng.choice(
                [["address"], ["phone_number", "address"], ["location"]])}


class Connection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams.

    Lean on purpose: the generator shares the machine's CPUs with the server, and
    a heavyweight client would measure itself.
    """

    def __init__(self, host: str, port: int, token: str):
        self.host, self.port = host, port
        self.auth = f"Authorization: Bearer {token}\r\n".encode()
        self.reader = self.writer = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def request(self, method: str, path: str, body: bytes | None = None) -> int:
        head = (f"{method} {path} HTTP/1.1\r\nHost: {self.host}\r\n").encode() + self.auth
        if body is not None:
            head += (f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
                     ).encode()
        self.writer.write(head + b"\r\n" + (body or b""))
        await self.writer.drain()
        status_line = await self.reader.readline()
        length = 0
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return int(status_line.split()[1])

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


def _body(handler: int, individuals: int, rng: random.Random) -> bytes:
    return json.dumps(_request(handler, individuals, rng)).encode()


async def open_loop(base: str, token: str, handler: int, individuals: int, rate: float,
                    duration: float, path: str, connections: int = 32) -> dict:
    """Requests scheduled at ``rate``; latency counted from each scheduled start."""
    total = min(int(rate * duration), MAX_REQUESTS)
    rng = random.Random(7)
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    next_index = 0
    conns = [Connection(host, int(port), token) for _ in range(connections)]
    for c in conns:
        await c.open()
    start = time.perf_counter()

    async def worker(conn: Connection) -> None:
        nonlocal errors, next_index
        while next_index < total:
            i, next_index = next_index, next_index + 1
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            try:
                if path == "/health":
                    status = await conn.request("GET", path)
                else:
                    status = await conn.request("POST", path, _body(handler, individuals, rng))
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                status = 0
                conn.close()
                await conn.open()
            latencies.append(time.perf_counter() - scheduled)
            errors += status != 200

    await asyncio.gather(*(worker(c) for c in conns))
    elapsed = time.perf_counter() - start
    for c in conns:
        c.close()
    return _summary(latencies, errors, elapsed)


async def closed_loop(base: str, token: str, handler: int, individuals: int, clients: int,
                      duration: float) -> dict:
    """``clients`` connections back to back: the most checks per second one process serves."""
    rng = random.Random(11)
    host, port = base.removeprefix("http://").split(":")
    latencies: list[float] = []
    errors = 0
    conns = [Connection(host, int(port), token) for _ in range(clients)]
    for c in conns:
        await c.open()
    start = time.perf_counter()
    stop = start + duration

    async def worker(conn: Connection) -> None:
        nonlocal errors
        while time.perf_counter() < stop and len(latencies) < MAX_REQUESTS:
            t0 = time.perf_counter()
            try:
                status = await conn.request("POST", "/consents/decide",
                                            _body(handler, individuals, rng))
            except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                status = 0
                conn.close()
                await conn.open()
            latencies.append(time.perf_counter() - t0)
            errors += status != 200

    await asyncio.gather(*(worker(c) for c in conns))
    elapsed = time.perf_counter() - start
    for c in conns:
        c.close()
    return _summary(latencies, errors, elapsed)


def _summary(latencies: list[float], errors: int, elapsed: float) -> dict:
    ms = sorted(x * 1000 for x in latencies)
    pick = lambda q: ms[min(len(ms) - 1, int(q * len(ms)))] if ms else float("nan")  # noqa: E731
    return {"requests": len(ms), "errors": errors, "rps": len(ms) / elapsed if elapsed else 0,
            "p50": pick(0.50), "p99": pick(0.99), "max": ms[-1] if ms else float("nan"),
            "mean": statistics.fmean(ms) if ms else float("nan")}


def run_backend(name: str, db_url: str, engine_options: dict, args) -> list[tuple[str, dict]]:
    t0 = time.perf_counter()
    token, handler = seed(db_url, args.individuals, engine_options)
    print(f"[{name}] seeded {args.individuals} individuals in {time.perf_counter() - t0:.1f} s",
          flush=True)
    rows = []
    with Server(db_url) as server:
        loop = asyncio.new_event_loop()
        try:
            # warm-up (not reported): imports, caches, connection pools
            loop.run_until_complete(open_loop(server.base, token, handler, args.individuals,
                                              args.rate, 1.0, "/consents/decide"))
            rows.append(("health, open loop", loop.run_until_complete(open_loop(
                server.base, token, handler, args.individuals, args.rate, args.duration,
                "/health"))))
            rows.append(("decide, open loop", loop.run_until_complete(open_loop(
                server.base, token, handler, args.individuals, args.rate, args.duration,
                "/consents/decide"))))
            rows.append(("decide, closed loop", loop.run_until_complete(closed_loop(
                server.base, token, handler, args.individuals, args.clients, args.duration))))
        finally:
            loop.close()
    return [(name, label, r) for label, r in rows]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rate", type=float, default=500.0, help="open-loop requests per second")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per phase (<= 60)")
    parser.add_argument("--clients", type=int, default=16, help="closed-loop concurrent clients")
    parser.add_argument("--individuals", type=int, default=2000)
    parser.add_argument("--pg-url", default=os.environ.get("PIGUARD_TEST_PG_URL"))
    parser.add_argument("--backends", default="sqlite,postgresql")
    args = parser.parse_args()
    args.duration = min(args.duration, 60.0)
    sys.path.insert(0, str(ROOT / "src"))

    results = []
    workdir = Path(tempfile.mkdtemp(prefix="piguard-bench-"))
    try:
        if "sqlite" in args.backends:
            results += run_backend("sqlite", f"sqlite:///{workdir / 'bench.db'}", {}, args)
        if "postgresql" in args.backends and args.pg_url:
            results += run_postgres(args)
        elif "postgresql" in args.backends:
            print("[postgresql] skipped: give --pg-url or set PIGUARD_TEST_PG_URL", flush=True)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    print(f"\nconsent_load: rate {args.rate:.0f}/s open loop, {args.clients} clients closed loop, "
          f"{args.duration:.0f} s per phase, one uvicorn process, loopback; {os.cpu_count()} CPUs, "
          f"load average {os.getloadavg()[0]:.1f} at the end (other work on the machine)")
    print(f"{'backend':<11} {'phase':<20} {'requests':>8} {'errors':>6} {'req/s':>8} "
          f"{'p50 ms':>7} {'p99 ms':>7} {'max ms':>7}")
    for backend, label, r in results:
        print(f"{backend:<11} {label:<20} {r['requests']:>8} {r['errors']:>6} {r['rps']:>8.0f} "
              f"{r['p50']:>7.2f} {r['p99']:>7.2f} {r['max']:>7.1f}")
    by = {(b, label): r for b, label, r in results}
    for b in ("sqlite", "postgresql"):
        if (b, "decide, open loop") in by:
            r = by[(b, "decide, open loop")]
            verdict = "meets" if r["p99"] < 20 and r["errors"] == 0 else "MISSES"
            print(f"{b}: p99 {r['p99']:.2f} ms at {args.rate:.0f}/s — {verdict} the 20 ms target")
    if ("sqlite", "decide, closed loop") in by and ("postgresql", "decide, closed loop") in by:
        ratio = by[("sqlite", "decide, closed loop")]["rps"] / by[
            ("postgresql", "decide, closed loop")]["rps"]
        print(f"closed-loop throughput ratio sqlite/postgresql: {ratio:.2f}")


def run_postgres(args) -> list:
    import sqlalchemy as sa

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(args.pg_url)
    with admin.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in args.pg_url else "?"
    url = f"{args.pg_url}{sep}options={quote(f'-csearch_path={schema}')}"
    try:
        return run_backend("postgresql", url, {}, args)
    finally:
        with admin.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


if __name__ == "__main__":
    main()
