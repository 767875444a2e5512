"""A temporary store filled with the api_ fixture articles, and clients of the real app."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mercato.api import create_app
from mercato.ingest import read_paths
from mercato.pipeline import default_pipeline
from mercato.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
ARTICLES = FIXTURES / "api_articles.jsonl"
BATCH = FIXTURES / "api_batch.jsonl"
TOKEN = "test-token-1234"


def filled_store(db: Path | str, *paths: Path) -> Store:
    """A store at ``db`` (a file or a URL) holding the articles of ``paths``, extracted and
    with stories."""
    store = Store.open(str(db))
    items = read_paths([str(p) for p in paths])
    result = store.ingest(default_pipeline(stories=False).run(items))
    assert not result.skipped, result.skipped
    return store


@pytest.fixture(
    scope="session", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def read_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    """Shared by the read tests, which never write: every read test runs on SQLite and on
    a real PostgreSQL server."""
    if request.param == "sqlite":
        db: Path | str = tmp_path_factory.mktemp("api") / "read.db"
    else:
        db = request.getfixturevalue("postgres_database")()
    store = filled_store(db, ARTICLES)
    yield store
    store.close()


@pytest.fixture(scope="session")
def client(read_store: Store) -> TestClient:
    return TestClient(create_app(read_store, token=TOKEN))


@pytest.fixture
def write_store(tmp_path: Path) -> Iterator[Store]:
    """A fresh store per write test."""
    store = filled_store(tmp_path / "write.db", ARTICLES)
    yield store
    store.close()


@pytest.fixture
def writer(write_store: Store) -> TestClient:
    return TestClient(create_app(write_store, token=TOKEN))


@pytest.fixture
def auth() -> dict[str, str]:
    return {"Authorization": f"Bearer {TOKEN}"}
