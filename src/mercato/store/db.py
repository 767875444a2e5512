"""Opening a store and writing extracted articles into it.

One code path for both back ends: a file name or ``sqlite:///`` URL gives the embedded
default (SQLite, one file, nothing to set up); a ``postgresql://`` URL gives a server
deployment. The URL comes from ``--db``, else the ``MERCATO_DB`` environment variable, else
``mercato.db`` in the current folder.

Writes are idempotent and crash-safe: an article's id is a hash of its text, so an article
already stored is skipped; articles are written in batches, each batch (articles, moves,
roles and the stories they touch) in one transaction. A process killed mid-batch leaves
the previous batches whole and nothing of the killed one; the next run stores it again.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError, SQLAlchemyError

from mercato.errors import MercatoError
from mercato.model import Article, Skip
from mercato.store import schema
from mercato.store.summary import summarise_story
from mercato.stories import StoryIndex, folded_name, outlet_of, parse_day

ENV_VAR = "MERCATO_DB"
DEFAULT_DB = "mercato.db"
BATCH_SIZE = 64
WRITE_SEQUENCE = "write_sequence"  # mercato_meta row: the writers' lock and counter


class StoreError(MercatoError):
    """The database cannot be opened or written."""


def database_url(db: str | None = None) -> str:
    """The SQLAlchemy URL for ``db`` (a URL or a file path), ``$MERCATO_DB`` or the default."""
    value = (db or os.environ.get(ENV_VAR) or DEFAULT_DB).strip()
    if value.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser()}"


@dataclass
class IngestResult:
    """What one ingest run did."""

    added: int = 0
    already_stored: int = 0
    moves: int = 0
    roles: int = 0
    stories_touched: int = 0
    skipped: list[Skip] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added,
            "already_stored": self.already_stored,
            "moves": self.moves,
            "roles": self.roles,
            "stories_touched": self.stories_touched,
            "skipped": [s.to_dict() for s in self.skipped],
        }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Store:
    """A mercato database: articles, moves, roles and stories."""

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self.engine: Engine = create_engine(url, future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._create_schema()
        except SQLAlchemyError as exc:
            raise StoreError(
                f"cannot open the database {self.display_url}: {_reason(exc)}"
            ) from exc
        self._index: StoryIndex | None = None
        self._index_sequence = -1  # the write sequence the index reflects
        self.merge_seconds = 0.0

    @classmethod
    def open(cls, db: str | None = None, must_exist: bool = False) -> Store:
        """Open (and create, unless ``must_exist``) the store at ``db`` (see
        :func:`database_url`). ``must_exist`` is for questions: asking an empty new file
        would only hide a wrong path."""
        url = database_url(db)
        if must_exist and url.startswith("sqlite:///"):
            path = Path(url.removeprefix("sqlite:///"))
            if str(path) != ":memory:" and not path.exists():
                raise StoreError(
                    f"no database at {path}: run `mercato ingest PATH --db {path}` first, "
                    "or give --db (or $MERCATO_DB)"
                )
        return cls(url)

    @property
    def display_url(self) -> str:
        """The URL without its password, for messages."""
        return (
            self.engine.url.render_as_string(hide_password=True)
            if hasattr(self, "engine")
            else self.url
        )

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def connect(self) -> Connection:
        return self.engine.connect()

    def _create_schema(self, attempts: int = 3) -> None:
        """Create the tables if missing. Two processes opening a new database at once race
        to create them; the loser sees "already exists" and simply checks again."""
        for attempt in range(attempts):
            try:
                schema.metadata.create_all(self.engine)
                self._check_version()
                return
            except (OperationalError, ProgrammingError, IntegrityError):
                if attempt == attempts - 1:
                    raise
                time.sleep(0.2 * (attempt + 1))

    def _check_version(self) -> None:
        with self.engine.begin() as conn:
            found = conn.execute(
                select(schema.meta.c.value).where(schema.meta.c.key == "schema_version")
            ).scalar()
            if found is None:
                conn.execute(
                    insert(schema.meta),
                    [
                        {"key": "schema_version", "value": str(schema.SCHEMA_VERSION)},
                        {"key": WRITE_SEQUENCE, "value": "0"},
                    ],
                )
            elif int(found) != schema.SCHEMA_VERSION:
                raise StoreError(
                    f"the database has schema version {found}, this mercato expects "
                    f"{schema.SCHEMA_VERSION}; ingest into a new database"
                )
            else:
                sequence = select(schema.meta.c.key).where(schema.meta.c.key == WRITE_SEQUENCE)
                if conn.execute(sequence).first() is None:
                    conn.execute(insert(schema.meta).values(key=WRITE_SEQUENCE, value="0"))

    # ------------------------------------------------------------------ writing

    def story_index(self, conn: Connection | None = None) -> StoryIndex:
        """The story index, loaded from the stored moves on first use (through ``conn``
        when given, so a writer sees what its own transaction holds)."""
        if conn is None:
            with self.engine.connect() as own:
                return self.story_index(own)
        if self._index is None:
            index = StoryIndex()
            query = select(
                schema.moves.c.story_id,
                schema.moves.c.type,
                schema.moves.c.to_club,
                schema.moves.c.person,
                schema.moves.c.day,
                schema.moves.c.status,
            ).order_by(schema.moves.c.day, schema.moves.c.id)
            for row in conn.execute(query):
                index.add_report(
                    row.story_id, row.type, row.to_club, row.person, row.day, row.status
                )
            self._index = index
        return self._index

    def stored_ids(self, ids: list[str]) -> set[str]:
        """Which of the article ``ids`` the store already holds."""
        with self.engine.connect() as conn:
            return _stored_ids(conn, ids)

    def skip_stored(
        self, items: Iterable[Article | Skip], result: IngestResult, chunk: int = 256
    ) -> Iterator[Article | Skip]:
        """``items`` without the articles already stored (counted in ``result``), so that a
        resumed ingest does not extract again what it stored before."""
        pending: list[Article | Skip] = []

        def flush() -> Iterator[Article | Skip]:
            stored = self.stored_ids([a.id for a in pending if isinstance(a, Article)])
            for item in pending:
                if isinstance(item, Article) and item.id in stored:
                    result.already_stored += 1
                else:
                    yield item
            pending.clear()

        for item in items:
            pending.append(item)
            if len(pending) >= chunk:
                yield from flush()
        yield from flush()

    def ingest(
        self,
        items: Iterable[Article | Skip],
        batch_size: int = BATCH_SIZE,
        on_item: Callable[[Article | Skip], None] | None = None,
        result: IngestResult | None = None,
    ) -> IngestResult:
        """Store extracted articles (and record skips), batch by batch."""
        result = result if result is not None else IngestResult()
        for batch in _batches(items, batch_size, result, on_item):
            self._write_batch(batch, result)
        return result

    def _write_batch(self, batch: list[Article], result: IngestResult) -> None:
        try:
            self._write(batch, result)
        except SQLAlchemyError:
            self._index = None  # the index saw assignments that were rolled back
            if len(batch) == 1:
                raise
            for article in batch:  # find the culprit; keep the others
                try:
                    self._write([article], result)
                except SQLAlchemyError as exc:
                    self._index = None
                    result.skipped.append(Skip(article.file or article.id, "store", _reason(exc)))

    def _claim_write(self, conn: Connection) -> None:
        """Take the store's write lock for this transaction, and drop the story index if
        another writer (an ingest, the API) added stories since it was loaded.

        Updating one row of ``mercato_meta`` first serialises writers on both back ends
        (SQLite's write lock, PostgreSQL's row lock); the row counts the writes, so a
        writer knows whether its in-memory index is still the database's."""
        row = schema.meta.c
        where = row.key == WRITE_SEQUENCE
        conn.execute(update(schema.meta).where(where).values(value=row.value))
        sequence = int(conn.execute(select(row.value).where(where)).scalar_one())
        conn.execute(update(schema.meta).where(where).values(value=str(sequence + 1)))
        if self._index_sequence != sequence:
            self._index = None
        self._index_sequence = sequence + 1

    def _write(self, batch: list[Article], result: IngestResult) -> None:
        ids = [a.id for a in batch]
        with self.engine.begin() as conn:
            self._claim_write(conn)
            stored = _stored_ids(conn, ids)
            fresh: list[Article] = []
            for article in batch:
                if article.id in stored:
                    result.already_stored += 1
                elif article.id not in {a.id for a in fresh}:
                    fresh.append(article)
                else:
                    result.already_stored += 1
            if not fresh:
                return
            started = time.process_time()
            index = self.story_index(conn)
            touched: set[str] = set()
            for article in fresh:
                index.assign_article(article)
                touched.update(m.story for m in article.moves if m.story)
            self.merge_seconds += time.process_time() - started
            now = datetime.now(UTC).isoformat(timespec="seconds")
            conn.execute(insert(schema.articles), [_article_row(a, now) for a in fresh])
            move_rows = [_move_row(a, i, m) for a in fresh for i, m in enumerate(a.moves)]
            role_rows = [_role_row(a, i, r) for a in fresh for i, r in enumerate(a.roles)]
            if move_rows:
                conn.execute(insert(schema.moves), move_rows)
            if role_rows:
                conn.execute(insert(schema.roles), role_rows)
            started = time.process_time()
            self._refresh_stories(conn, touched)
            self.merge_seconds += time.process_time() - started
        result.added += len(fresh)
        result.moves += len(move_rows)
        result.roles += len(role_rows)
        result.stories_touched += len(touched)

    def _refresh_stories(self, conn: Connection, story_ids: set[str]) -> None:
        """Recompute the summary rows of ``story_ids`` from their reports."""
        if not story_ids:
            return
        ids = sorted(story_ids)
        m, a = schema.moves, schema.articles
        query = (
            select(m, a.c.outlet, a.c.lang, a.c.author)
            .join(a, a.c.id == m.c.article_id)
            .where(m.c.story_id.in_(ids))
            .order_by(m.c.story_id, m.c.day, m.c.id)
        )
        reports: dict[str, list[Any]] = {i: [] for i in ids}
        for row in conn.execute(query):
            reports[row.story_id].append(row)
        conn.execute(delete(schema.stories).where(schema.stories.c.id.in_(ids)))
        rows = [summarise_story(story_id, rs) for story_id, rs in reports.items() if rs]
        if rows:
            conn.execute(insert(schema.stories), rows)

    def rebuild_stories(self) -> int:
        """Recompute every story summary (after changing the story rules)."""
        with self.engine.begin() as conn:
            ids = set(conn.execute(select(schema.moves.c.story_id).distinct()).scalars())
            conn.execute(delete(schema.stories))
            self._refresh_stories(conn, {i for i in ids if i})
        return len(ids)


def _batches(
    items: Iterable[Article | Skip],
    size: int,
    result: IngestResult,
    on_item: Callable[[Article | Skip], None] | None,
) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        if on_item is not None:
            on_item(item)
        if isinstance(item, Skip):
            result.skipped.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _stored_ids(conn: Connection, ids: list[str]) -> set[str]:
    if not ids:
        return set()
    query = select(schema.articles.c.id).where(schema.articles.c.id.in_(ids))
    return set(conn.execute(query).scalars())


def _reason(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _evidence_json(evidence: Iterable[Any]) -> str:
    return json.dumps([e.to_dict() for e in evidence], ensure_ascii=False)


def _article_row(article: Article, now: str) -> dict[str, Any]:
    return {
        "id": article.id,
        "file": article.file,
        "url": article.url,
        "outlet": outlet_of(article.url),
        "author": article.author,
        "lang": article.lang,
        "published": article.published,
        "day": parse_day(article.published),
        "text": article.text,
        "ingested_at": now,
    }


def _move_row(article: Article, seq: int, move: Any) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "seq": seq,
        "type": move.type,
        "person": move.person,
        "person_folded": folded_name(move.person),
        "to_club": move.to_club,
        "from_club": move.from_club,
        "role": move.role,
        "status": move.status,
        "fee_eur": move.fee_eur,
        "sources": json.dumps(list(move.sources), ensure_ascii=False),
        "salience": move.salience,
        "story_id": move.story,
        "evidence": _evidence_json(move.evidence),
        "day": parse_day(article.published),
    }


def _role_row(article: Article, seq: int, role: Any) -> dict[str, Any]:
    return {
        "article_id": article.id,
        "seq": seq,
        "person": role.person,
        "person_folded": folded_name(role.person),
        "club": role.club,
        "role": role.role,
        "team": role.team,
        "since": role.since,
        "until": role.until,
        "evidence": _evidence_json(role.evidence),
        "day": parse_day(article.published),
    }


def as_day(value: Any) -> date | None:
    """A date from a ``date``, an ISO string of any precision, or None."""
    if value is None or isinstance(value, date):
        return value
    return parse_day(str(value))
