"""Read helpers the web server needs on top of :mod:`mercato.store.queries`.

A long-running server caches answers, so it must know cheaply whether the store changed
since (:func:`data_version`); it also checks club names in URLs (:func:`known_club`).
"""

from __future__ import annotations

from sqlalchemy import func, or_, select

from mercato.store import schema
from mercato.store.db import Store
from mercato.store.queries import _club_resolver


def data_version(store: Store) -> tuple[int, int, int]:
    """A value that changes whenever articles, moves or stories are written.

    Ingest only adds rows and rewrites the stories it touches, so the article count, the
    highest move id and the story count together move on every write.
    """
    a, m, s = schema.articles, schema.moves, schema.stories
    query = select(
        select(func.count()).select_from(a).scalar_subquery(),
        select(func.coalesce(func.max(m.c.id), 0)).scalar_subquery(),
        select(func.count()).select_from(s).scalar_subquery(),
    )
    with store.connect() as conn:
        row = conn.execute(query).one()
    return int(row[0]), int(row[1]), int(row[2])


def known_club(store: Store, name: str) -> str | None:
    """The canonical name of the club ``name`` spells, or None when neither the club
    knowledge base nor any stored story or role knows it."""
    spelled = name.strip()
    if not spelled:
        return None
    canonical = _club_resolver().resolve(spelled)
    if canonical is not None:
        return canonical
    s, r = schema.stories, schema.roles
    with store.connect() as conn:
        found = (
            conn.execute(
                select(s.c.id).where(or_(s.c.to_club == spelled, s.c.from_club == spelled)).limit(1)
            ).first()
            or conn.execute(select(r.c.id).where(r.c.club == spelled).limit(1)).first()
        )
    return spelled if found else None
