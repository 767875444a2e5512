"""Posting articles: parse the request body, extract, store, and say what was found.

The body is read the way ``mercato extract`` reads its inputs (the helpers of
:mod:`mercato.ingest.readers`), so a JSONL line means the same thing to the CLI and to the
API. A request is all or nothing at the input level: if any article cannot be read
(bad JSON, no text), the whole request is refused with every problem listed and nothing
is stored. Articles that are read but cannot be extracted (an unsupported language) are
reported as skipped, and the others are stored in one transaction.

The extraction pipeline and the story index are not safe to share between threads, so
extraction and writing each hold a lock; reads never wait for them.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from mercato.api.models import ArticleIn
from mercato.errors import MercatoError
from mercato.ingest.readers import _record_article, _Unreadable, decode, read_jsonl_lines
from mercato.model import Article, Skip
from mercato.pipeline import Pipeline, default_pipeline
from mercato.store import Store

MAX_ARTICLE_BYTES = 5_000_000
MAX_ARTICLES = 500
JSON_TYPES = frozenset({"application/json"})
JSONL_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/x-jsonlines"})
BODY_NAME = "body"


class BadInput(MercatoError):
    """The request body cannot be read as articles; ``problems`` says why, line by line."""

    def __init__(self, problems: list[str], status: int = 422) -> None:
        self.problems = problems
        self.status = status
        super().__init__("; ".join(problems))


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";", 1)[0].strip().lower()


def parse_body(data: bytes, content_type: str | None) -> list[Article]:
    """The articles of a request body (JSON object, or JSON lines), or :class:`BadInput`."""
    kind = media_type(content_type)
    if kind not in JSON_TYPES | JSONL_TYPES:
        accepted = ", ".join(sorted(JSON_TYPES | JSONL_TYPES))
        shown = kind or "none"
        raise BadInput([f"content type {shown!r} is not accepted; send one of {accepted}"], 415)
    if not data.strip():
        raise BadInput(["the body is empty; send an article as JSON, or a batch as JSON lines"])
    try:
        text = decode(data)
    except _Unreadable as exc:
        raise BadInput([f"the body is not an article batch: {exc}"]) from exc
    articles = _parse_json(text) if kind in JSON_TYPES else _parse_jsonl(text)
    if len(articles) > MAX_ARTICLES:
        raise BadInput(
            [f"{len(articles)} articles in one request; send at most {MAX_ARTICLES} per request"],
            413,
        )
    return articles


def _field_problems(record: dict[str, Any]) -> list[str]:
    """What is wrong with the fields of one article record, as the API documents them."""
    try:
        ArticleIn.model_validate(record)
    except ValidationError as exc:
        return [
            f"field {'.'.join(str(p) for p in err['loc'])!r}: {err['msg']}" for err in exc.errors()
        ]
    return []


def _parse_json(text: str) -> list[Article]:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno}, column {exc.colno}"
        raise BadInput([f"invalid JSON: {exc.msg} ({where})"]) from exc
    if not isinstance(record, dict):
        kind = type(record).__name__
        msg = f"expected a JSON object with 'text' or 'html', got {kind}; "
        msg += "send a batch as application/x-ndjson, one article per line"
        raise BadInput([msg])
    problems = _field_problems(record)
    if problems:
        raise BadInput(problems)
    try:
        article = _record_article(record, BODY_NAME, MAX_ARTICLE_BYTES)
    except _Unreadable as exc:
        raise BadInput([str(exc)]) from exc
    if article.file == BODY_NAME:  # no `id` or `file` given: store no made-up name
        article.file = None
    return [article]


def _parse_jsonl(text: str) -> list[Article]:
    """One article per line, read as ``mercato extract`` reads JSONL; every bad line named."""
    articles: list[Article] = []
    problems: list[str] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None  # read_jsonl_lines below says what is wrong with the line
        if isinstance(record, dict):
            where = f"{BODY_NAME}:{number}"
            found = [f"{where}: {problem}" for problem in _field_problems(record)]
            if found:
                problems.extend(found)
                continue
        for item in read_jsonl_lines([line], BODY_NAME, MAX_ARTICLE_BYTES, start=number):
            if isinstance(item, Skip):
                problems.append(item.reason)
            else:
                articles.append(item)
    if problems:
        raise BadInput(problems)
    return articles


@dataclass
class Extractor:
    """The extraction pipeline, built on first use (loading it takes seconds) and shared."""

    _pipeline: Pipeline | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def warm_up(self) -> None:
        self.extract(Article(text="Warm-up: the pipeline loads its language data once."))

    def extract(self, article: Article) -> Article | Skip:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = default_pipeline(stories=False)
            return self._pipeline.process(article)


@dataclass
class Writer:
    """Stores posted articles in ``store``, one transaction per request."""

    store: Store
    extractor: Extractor
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def ingest(self, articles: list[Article]) -> dict[str, Any]:
        """Extract and store ``articles``; what :class:`~mercato.api.models.IngestReport` says."""
        items = [self.extractor.extract(article) for article in articles]
        extracted = [item for item in items if isinstance(item, Article)]
        skipped = [item for item in items if isinstance(item, Skip)]
        with self._lock:
            before = self.store.stored_ids([a.id for a in extracted])
            result = self.store.ingest(items, batch_size=max(1, len(items)))
        report: list[dict[str, Any]] = []
        added: set[str] = set()
        stored_again = {s.source for s in result.skipped if s.stage == "store"}
        for article in extracted:
            if article.id in before or article.id in added:
                report.append(self._stored(article, "already_stored"))
            elif (article.file or article.id) in stored_again:
                continue
            else:
                added.add(article.id)
                report.append({**article.to_dict(), "stored": "added"})
        all_skipped = skipped + [s for s in result.skipped if s.stage == "store"]
        return {
            "added": result.added,
            "already_stored": result.already_stored,
            "articles": report,
            "skipped": [s.to_dict() for s in all_skipped],
        }

    def _stored(self, article: Article, how: str) -> dict[str, Any]:
        from mercato.store import queries

        found = queries.article(self.store, article.id) or article
        out = found.to_dict()
        out["file"] = article.file or out["file"]
        return {**out, "stored": how}
