"""The read model the API and the pages share: the store's queries, with their answers cached.

A board is read far more often than it is written, and some answers (the sources table,
a club's chart) cost tens of milliseconds on a store of a thousand articles. Answers are
kept until the store changes: writes made through this server clear the cache at once;
writes by another process (``mercato ingest``, another server worker) are noticed by
:func:`~mercato.store.web_queries.data_version`, checked at most every
``recheck_seconds``. Cached answers are shared between requests and must not be mutated.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from datetime import date
from typing import Any

from pydantic import BaseModel

from mercato.model import Article
from mercato.store import Store, queries, web_queries

MAX_ENTRIES = 2048


class Reads:
    """Cached calls into :mod:`mercato.store.queries` for one store."""

    def __init__(
        self, store: Store, recheck_seconds: float = 0.5, max_entries: int = MAX_ENTRIES
    ) -> None:
        self.store = store
        self.recheck_seconds = recheck_seconds
        self.max_entries = max_entries
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._version: tuple[int, int, int] | None = None
        self._checked_at = 0.0
        self.hits = 0
        self.misses = 0

    def invalidate(self) -> None:
        """Forget every answer (after a write)."""
        with self._lock:
            self._cache.clear()
            self._version = None
            self._checked_at = 0.0

    def _current(self) -> tuple[int, int, int] | None:
        now = time.monotonic()
        with self._lock:
            if self._version is not None and now - self._checked_at < self.recheck_seconds:
                return self._version
        version = web_queries.data_version(self.store)
        with self._lock:
            if version != self._version:
                self._cache.clear()
                self._version = version
            self._checked_at = now
        return version

    def _cached(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        version = self._current()
        with self._lock:
            if key in self._cache:
                self._cache.move_to_end(key)
                self.hits += 1
                return self._cache[key]
        value = compute()
        with self._lock:
            self.misses += 1
            if self._version == version:
                self._cache[key] = value
                while len(self._cache) > self.max_entries:
                    self._cache.popitem(last=False)
        return value

    def encoded(
        self, key: Hashable, model: type[BaseModel], compute: Callable[[], Any]
    ) -> bytes | None:
        """The JSON of ``compute()`` checked against ``model``, cached (None stays None).

        The API answers from these bytes, so a cached answer skips validation and
        serialisation, which cost more than the cached query itself.
        """

        def build() -> bytes | None:
            value = compute()
            if value is None:
                return None
            return model.model_validate(value).model_dump_json().encode("utf-8")

        return self._cached(("json", key), build)

    # ------------------------------------------------------------------ the queries

    def stories(
        self,
        club: str | None = None,
        person: str | None = None,
        status: str | None = None,
        type: str | None = None,
        since: str | None = None,
        lang: str | None = None,
        include_background: bool = False,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        args = (club, person, status, type, since, lang, include_background, limit, offset)
        return self._cached(
            ("stories", *args),
            lambda: queries.stories(self.store, *args),
        )

    def story(self, story_id: str) -> dict[str, Any] | None:
        return self._cached(("story", story_id), lambda: queries.story(self.store, story_id))

    def moves(
        self,
        club: str | None = None,
        person: str | None = None,
        status: str | None = None,
        type: str | None = None,
        since: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> dict[str, Any]:
        args = (club, person, status, type, since, limit, offset)
        return self._cached(("moves", *args), lambda: queries.moves(self.store, *args))

    def articles(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return self._cached(
            ("articles", limit, offset), lambda: queries.articles(self.store, limit, offset)
        )

    def article(self, article_id: str) -> Article | None:
        return self._cached(
            ("article", article_id), lambda: queries.article(self.store, article_id)
        )

    def club_chart(self, club: str, at: str | None = None, players: bool = False) -> dict[str, Any]:
        day = at or date.today().isoformat()
        return self._cached(
            ("club", club, day, players),
            lambda: queries.club_chart(self.store, club, at=day, players=players),
        )

    def known_club(self, name: str) -> str | None:
        return self._cached(("known_club", name), lambda: web_queries.known_club(self.store, name))

    def clubs(self, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return self._cached(
            ("clubs", limit, offset), lambda: queries.clubs(self.store, limit, offset)
        )

    def person(self, name: str) -> dict[str, Any]:
        return self._cached(("person", name), lambda: queries.person(self.store, name))

    def people(self, query: str | None = None, limit: int = 50, offset: int = 0) -> dict[str, Any]:
        return self._cached(
            ("people", query, limit, offset),
            lambda: queries.people(self.store, query, limit, offset),
        )

    def sources(self, min_claims: int = 1) -> dict[str, Any]:
        return self._cached(
            ("sources", min_claims), lambda: queries.sources(self.store, min_claims)
        )
