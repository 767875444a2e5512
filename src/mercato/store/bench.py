"""How ingest and story merging scale: ``mercato bench --store``.

For each size (10k, 50k, 100k articles by default) a fresh database receives that many
synthetic articles (:mod:`mercato.synthetic`: sagas reported over weeks, six languages,
several outlets) through the real ingest path: extraction in ``workers`` processes, then
the store's batches. Reported per size:

* ingest throughput: articles per second of wall time, extraction included;
* story merging: seconds spent assigning moves to stories (the blocking index) and
  recomputing the touched stories' summaries, and the number of candidate stories checked
  per move, which stays flat when merging is near-linear (no all-pairs comparison);
* the database size on disk (SQLite) and the stories found.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from mercato import synthetic
from mercato.pipeline import run_parallel
from mercato.store import schema
from mercato.store.db import Store

DEFAULT_SIZES = (10_000, 50_000, 100_000)


@dataclass
class StoreBenchRow:
    articles: int
    seconds: float
    articles_per_second: float
    merge_seconds: float
    merge_ms_per_1k_moves: float
    candidates_per_move: float
    moves: int
    stories: int
    skipped: int
    db_mb: float | None


def run_store_bench(
    sizes: tuple[int, ...] = DEFAULT_SIZES,
    workers: int = 2,
    db_dir: Path | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> list[StoreBenchRow]:
    rows = []
    with tempfile.TemporaryDirectory(dir=db_dir) as tmp:
        for size in sizes:
            path = Path(tmp) / f"bench-{size}.db"
            if on_progress:
                on_progress(f"ingesting {size:,} synthetic articles into {path.name}")
            store = Store.open(str(path))
            started = time.perf_counter()
            result = store.ingest(run_parallel(synthetic.articles(size, seed=size), workers))
            seconds = time.perf_counter() - started
            with store.connect() as conn:
                stories = conn.execute(
                    select(func.count()).select_from(schema.stories)
                ).scalar_one()
            index = store.story_index()
            store.close()
            moves = max(result.moves, 1)
            rows.append(
                StoreBenchRow(
                    articles=size,
                    seconds=round(seconds, 1),
                    articles_per_second=round(result.added / seconds, 1),
                    merge_seconds=round(store.merge_seconds, 2),
                    merge_ms_per_1k_moves=round(1000 * store.merge_seconds / moves * 1000, 1),
                    candidates_per_move=round(index.comparisons / moves, 2),
                    moves=result.moves,
                    stories=stories,
                    skipped=len(result.skipped),
                    db_mb=round(os.path.getsize(path) / 1e6, 1) if path.exists() else None,
                )
            )
    return rows


def render_store_bench(rows: list[StoreBenchRow], workers: int, console: Any) -> None:
    from rich.table import Table

    table = Table(title=f"mercato bench --store (SQLite, {workers} extraction process(es))")
    columns = (
        "articles", "wall s", "articles/s", "merge s", "merge ms / 1k moves",
        "candidates / move", "moves", "stories", "skipped", "db MB",
    )  # fmt: skip
    for column in columns:
        table.add_column(column, justify="right")
    for r in rows:
        table.add_row(*(f"{v:,}" if isinstance(v, int) else str(v) for v in asdict(r).values()))
    console.print(table)
