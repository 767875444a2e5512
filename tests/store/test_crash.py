"""Killing ``mercato ingest`` with SIGKILL mid-way, several times, loses nothing and
duplicates nothing: the resumed runs end with exactly what one clean run stores."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from mercato import synthetic
from mercato.store import Store, schema

MERCATO = [sys.executable, "-m", "mercato.cli"]
ARTICLES = 240


def write_articles(path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for a in synthetic.articles(ARTICLES, seed=7):
            record = {"text": a.text, "url": a.url, "published": a.published}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def ingest_command(source: Path, db: str) -> list[str]:
    return [*MERCATO, "ingest", str(source), "--db", db, "--batch-size", "8", "--no-progress"]


def stored(db: str) -> tuple[int, list[tuple[str, int, str, str, str]]]:
    with Store.open(db) as store, store.connect() as conn:
        articles = conn.execute(select(func.count()).select_from(schema.articles)).scalar_one()
        m = schema.moves
        rows = conn.execute(select(m.c.article_id, m.c.seq, m.c.person, m.c.to_club, m.c.story_id))
        return articles, sorted(tuple(r) for r in rows)


def article_count(db: str) -> int:
    try:
        return stored(db)[0]
    except Exception:  # noqa: BLE001 - the first run may not have created the tables yet
        return 0


def test_killed_ingest_resumes_without_loss_or_duplicates(db_url, tmp_path):
    source = tmp_path / "articles.jsonl"
    write_articles(source)
    clean_db = str(tmp_path / "clean.db")
    subprocess.run(ingest_command(source, clean_db), check=False, capture_output=True)
    clean_articles, clean_moves = stored(clean_db)
    assert clean_articles > ARTICLES * 0.9

    kills = 0
    for _ in range(3):
        before = article_count(db_url)
        proc = subprocess.Popen(ingest_command(source, db_url), stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while article_count(db_url) <= before and proc.poll() is None:
            assert time.monotonic() < deadline, "ingest made no progress"
            time.sleep(0.05)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
            kills += 1
        assert before < article_count(db_url) <= clean_articles
    assert kills >= 2, "ingest finished too fast to be killed mid-way"

    subprocess.run(ingest_command(source, db_url), check=False, capture_output=True)
    articles, moves = stored(db_url)
    assert articles == clean_articles
    assert moves == clean_moves  # same moves, same story ids, no duplicates
