"""The store's tables, in SQLAlchemy Core so one schema serves SQLite and PostgreSQL.

``articles``, ``moves`` and ``roles`` hold what extraction found, one row per fact, with its
evidence as JSON text. ``stories`` is derived: one row per story, recomputed from its moves
whenever a report is added, so reading the board never aggregates on the fly.
Dates are kept twice: as written (``published``, any ISO precision) and as the first day
they can mean (``day``), which sorts and filters.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

SCHEMA_VERSION = 1

meta = Table(
    "mercato_meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("file", Text),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("author", Text, index=True),
    Column("lang", String(8)),
    Column("published", String(40)),
    Column("day", Date, index=True),
    Column("text", Text, nullable=False),
    Column("ingested_at", String(40), nullable=False),
)

moves = Table(
    "moves",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("type", String(20), nullable=False),
    Column("person", Text, nullable=False),
    Column("person_folded", Text, nullable=False),
    Column("to_club", Text, nullable=False, index=True),
    Column("from_club", Text, index=True),
    Column("role", String(40)),
    Column("status", String(20), nullable=False),
    Column("fee_eur", Float),
    Column("sources", Text, nullable=False, default="[]"),
    Column("salience", String(20), nullable=False),
    Column("story_id", Text, index=True),
    Column("evidence", Text, nullable=False, default="[]"),
    Column("day", Date),
    UniqueConstraint("article_id", "seq"),
)

roles = Table(
    "roles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("person", Text, nullable=False),
    Column("person_folded", Text, nullable=False),
    Column("club", Text, nullable=False, index=True),
    Column("role", String(40), nullable=False),
    Column("team", String(20), nullable=False),
    Column("since", String(40)),
    Column("until", String(40)),
    Column("evidence", Text, nullable=False, default="[]"),
    Column("day", Date),
    UniqueConstraint("article_id", "seq"),
)

stories = Table(
    "stories",
    metadata,
    Column("id", Text, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("type", String(20), nullable=False),
    Column("person", Text, nullable=False),
    Column("person_folded", Text, nullable=False),
    Column("to_club", Text, nullable=False, index=True),
    Column("from_club", Text, index=True),
    Column("role", String(40)),
    Column("status", String(20), nullable=False, index=True),
    Column("fee_eur", Float),
    Column("main", Integer, nullable=False),
    Column("first_day", Date),
    Column("last_day", Date, index=True),
    Column("reports", Integer, nullable=False),
    Column("outlets", Integer, nullable=False),
    Column("languages", String(60), nullable=False),
)

Index("moves_story_day", moves.c.story_id, moves.c.day)
