"""Load benchmark of the read API: requests per second and latency under concurrent clients.

Fills a throw-away store from the example articles and a corpus folder (or uses --db),
starts the server on a free loopback port (``mercato.api.serve``, ``--workers`` processes), then
for ``--seconds`` has ``--clients`` concurrent HTTP clients request a mix of read
endpoints: the story list (plain and filtered), single stories, club charts on a date,
the sources table, the people list and single people. Prints requests per second, the
p50/p90/p99 latencies, and the errors (any answer other than 200, or no answer).

The clients run on the same machine as the server and take CPU from it, so the figures
are a floor for what a server alone on these cores would do.

    .venv/bin/python scripts/loadbench.py [--seconds 20] [--clients 32] [--workers 2]
        [--db FILE | PATH ...]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "examples" / "articles", ROOT.parent / "shared" / "corpus" / "dev"]


def fill_store(db: str, paths: list[Path]) -> None:
    from mercato.ingest import read_paths
    from mercato.pipeline import run_parallel
    from mercato.store import Store

    started = time.perf_counter()
    with Store.open(db) as store:
        items = read_paths([str(p) for p in paths])
        result = store.ingest(run_parallel(items, workers=os.cpu_count() or 1))
    print(
        f"store: {result.added} articles, {result.moves} moves, {result.roles} roles "
        f"({time.perf_counter() - started:.1f} s to fill)",
        file=sys.stderr,
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


SERVE = """
import sys
from mercato.api import serve
from mercato.store import Store
serve(Store.open(sys.argv[1]), port=int(sys.argv[2]), workers=int(sys.argv[3]), log_level="warning")
"""


def start_server(db: str, port: int, workers: int) -> subprocess.Popen[bytes]:
    """``mercato.api.serve`` in a process of its own, as ``mercato serve`` runs it."""
    return subprocess.Popen([sys.executable, "-c", SERVE, db, str(port), str(workers)])


def wait_until_up(base: str, process: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit(f"the server exited with code {process.returncode}")
        try:
            if httpx.get(f"{base}/api/stories", params={"limit": 1}).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    sys.exit(f"the server did not answer on {base} within {seconds:.0f} s")


def targets(base: str) -> list[tuple[str, str]]:
    """(endpoint name, path) pairs to draw requests from, built from what the store holds."""
    stories = httpx.get(f"{base}/api/stories", params={"limit": 200}).json()["items"]
    clubs = httpx.get(f"{base}/api/clubs", params={"limit": 30}).json()["items"]
    people = httpx.get(f"{base}/api/people", params={"limit": 50}).json()["items"]
    if not stories:
        sys.exit("the store holds no story; give articles to fill it")
    days = sorted({s["last_day"] for s in stories if s["last_day"]}) or ["2025-01-01"]
    mix: list[tuple[str, str]] = [
        ("stories", "/api/stories"),
        ("stories", "/api/stories?status=official"),
        ("stories", "/api/stories?type=appointment&limit=20"),
        ("stories", "/api/stories?lang=it"),
        ("stories", "/api/stories?limit=20&offset=20"),
    ]
    mix += [("stories", f"/api/stories?club={quote(c['club'])}") for c in clubs[:5]]
    mix += [("story", f"/api/stories/{quote(s['id'], safe='')}") for s in stories]
    mix += [
        ("club", f"/api/clubs/{quote(c['club'], safe='')}?at={random.choice(days)}") for c in clubs
    ]
    mix += [("sources", "/api/sources")] * 10
    mix += [("people", "/api/people"), ("people", "/api/people?limit=100&offset=50")] * 5
    mix += [("person", f"/api/people/{quote(p['person'], safe='')}") for p in people]
    return mix


@dataclass
class Results:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: Counter[str] = field(default_factory=Counter)


class Connection:
    """A kept-alive HTTP/1.1 connection that sends GETs and reads answers with a
    Content-Length: a few lines of asyncio, so that the load generator takes as little of
    the machine's CPU as it can (a full client such as httpx takes more than the server)."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        request = f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n"
        self.writer.write(request.encode("ascii"))
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        await self.reader.readexactly(length)
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()
            self.writer = None


async def client_loop(
    connection: Connection,
    mix: list[tuple[str, str]],
    deadline: float,
    results: Results | None,
    rng: random.Random,
) -> None:
    while time.monotonic() < deadline:
        name, path = rng.choice(mix)
        started = time.perf_counter()
        try:
            status = await connection.get(path)
        except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
            status = 0
            await connection.close()
            if results is not None:
                results.errors[f"{name}: {type(exc).__name__}"] += 1
        elapsed = time.perf_counter() - started
        if results is None:
            continue
        results.latencies[name].append(elapsed)
        if status not in (0, 200):
            results.errors[f"{name}: HTTP {status}"] += 1


async def run_load(
    port: int, mix: list[tuple[str, str]], clients: int, seconds: float, warm_up: float
) -> tuple[Results, float]:
    connections = [Connection("127.0.0.1", port) for _ in range(clients)]
    pairs = [(c, random.Random(i)) for i, c in enumerate(connections)]
    end = time.monotonic() + warm_up
    await asyncio.gather(*(client_loop(c, mix, end, None, rng) for c, rng in pairs))
    results = Results()
    started = time.monotonic()
    end = started + seconds
    await asyncio.gather(*(client_loop(c, mix, end, results, rng) for c, rng in pairs))
    elapsed = time.monotonic() - started
    await asyncio.gather(*(c.close() for c in connections))
    return results, elapsed


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(results: Results, elapsed: float, clients: int, workers: int) -> None:
    everything = [x for values in results.latencies.values() for x in values]
    errors = sum(results.errors.values())
    setup = f"{clients} clients, {workers} worker(s)"
    print(f"\n{len(everything)} requests in {elapsed:.1f} s, {setup}")
    print(f"  throughput  {len(everything) / elapsed:8.1f} req/s")
    for label, share in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99)):
        print(f"  {label}         {percentile(everything, share) * 1000:8.1f} ms")
    print(f"  max         {max(everything) * 1000:8.1f} ms")
    print(f"  errors      {errors:8d}")
    print("\n  endpoint    requests   p50 ms   p99 ms")
    for name in sorted(results.latencies):
        values = results.latencies[name]
        print(
            f"  {name:<10} {len(values):9d} {statistics.median(values) * 1000:8.1f} "
            f"{percentile(values, 0.99) * 1000:8.1f}"
        )
    for what, count in results.errors.most_common():
        print(f"  error: {what} × {count}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="articles to fill the store with")
    parser.add_argument("--db", help="use this existing store instead of filling one")
    parser.add_argument("--seconds", type=float, default=20.0, help="measured duration")
    parser.add_argument(
        "--warm-up",
        type=float,
        default=10.0,
        help="unmeasured seconds first (the server's"
        " workers load the extraction pipeline in the background at start)",
    )
    parser.add_argument("--clients", type=int, default=32, help="concurrent clients")
    parser.add_argument("--workers", type=int, default=2, help="uvicorn worker processes")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = args.db  # a file or a postgresql:// URL, as mercato --db takes
        else:
            db = str(Path(tmp) / "loadbench.db")
            fill_store(db, args.paths or [p for p in DEFAULT_PATHS if p.exists()])
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = start_server(db, port, args.workers)
        try:
            wait_until_up(base, server)
            mix = targets(base)
            results, elapsed = asyncio.run(
                run_load(port, mix, args.clients, args.seconds, args.warm_up)
            )
        finally:
            server.terminate()
            server.wait(timeout=15)
        report(results, elapsed, args.clients, args.workers)


if __name__ == "__main__":
    main()
