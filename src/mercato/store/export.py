"""Exporting the store: JSON lines, CSV or Parquet, one table at a time.

``articles`` in JSON lines is the public format of ANNOTATION.md (one article per line,
with its moves and roles, story ids filled in), so an export can be scored or re-read.
The other tables are flat rows, as stored, for spreadsheets and dataframes. Rows stream in
batches, so exporting a large store does not load it in memory (Parquet is written one
row group per batch).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select

from mercato.errors import MercatoError
from mercato.store import schema
from mercato.store.db import Store
from mercato.store.queries import _row_dict, iter_articles

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("articles", "moves", "roles", "stories")
BATCH = 2000


def _rows(store: Store, table: str) -> Iterator[list[dict[str, Any]]]:
    """Batches of flat rows of ``table`` (articles without their text)."""
    t = getattr(schema, table)
    columns = [c for c in t.c if c.name not in ("text", "person_folded")]
    key = t.c.id
    last: Any = None
    while True:
        query = select(*columns).order_by(key).limit(BATCH)
        if last is not None:
            query = query.where(key > last)
        with store.connect() as conn:
            rows = list(conn.execute(query))
        if not rows:
            return
        yield [_row_dict(r) for r in rows]
        last = rows[-1].id


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    return {
        k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
        for k, v in row.items()
    }


def export(store: Store, fmt: str, table: str, out: IO[str] | Path) -> int:
    """Write ``table`` of ``store`` in ``fmt`` to ``out`` (a text stream, or a path for
    Parquet); returns the number of rows written."""
    if fmt not in FORMATS:
        raise MercatoError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise MercatoError(f"unknown table {table!r}; choose one of {', '.join(TABLES)}")
    if fmt == "parquet":
        if not isinstance(out, Path):
            raise MercatoError("Parquet is binary: give an output file with --output")
        return _parquet(store, table, out)
    stream = out.open("w", encoding="utf-8", newline="") if isinstance(out, Path) else out
    try:
        if fmt == "jsonl":
            return _jsonl(store, table, stream)
        return _csv(store, table, stream)
    finally:
        if isinstance(out, Path):
            stream.close()


def _jsonl(store: Store, table: str, stream: IO[str]) -> int:
    count = 0
    if table == "articles":
        for article in iter_articles(store):
            stream.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            count += 1
        return count
    for batch in _rows(store, table):
        for row in batch:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
        count += len(batch)
    return count


def _csv(store: Store, table: str, stream: IO[str]) -> int:
    t = getattr(schema, table)
    fields = [c.name for c in t.c if c.name not in ("text", "person_folded")]
    writer = csv.DictWriter(stream, fieldnames=fields)
    writer.writeheader()
    count = 0
    for batch in _rows(store, table):
        writer.writerows(_flat(r) for r in batch)
        count += len(batch)
    return count


def _parquet(store: Store, table: str, path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq
    from sqlalchemy import Float, Integer

    def arrow_type(column: Any) -> Any:
        if isinstance(column.type, Integer):
            return pa.int64()
        if isinstance(column.type, Float):
            return pa.float64()
        return pa.string()  # text, and dates as ISO strings

    t = getattr(schema, table)
    arrow_schema = pa.schema(
        [(c.name, arrow_type(c)) for c in t.c if c.name not in ("text", "person_folded")]
    )
    count = 0
    with pq.ParquetWriter(str(path), arrow_schema) as writer:
        for batch in _rows(store, table):
            writer.write_table(pa.Table.from_pylist([_flat(r) for r in batch], arrow_schema))
            count += len(batch)
    return count
