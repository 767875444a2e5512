"""Two ingests writing the same store at once (or the API while an ingest runs) take turns
batch by batch and see each other's stories: a move reported in one process's articles
joins the story another process started."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from sqlalchemy import select

from mercato import synthetic
from mercato.store import Store, schema

MERCATO = [sys.executable, "-m", "mercato.cli"]


def write(path: Path, articles: list) -> None:
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {"text": a.text, "url": a.url, "published": a.published}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def story_groups(db: str) -> set[frozenset[tuple[str, str, str]]]:
    """The stories as sets of (person, club, day) reports: the partition, whatever the ids."""
    groups: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    m = schema.moves
    with Store.open(db) as store, store.connect() as conn:
        for row in conn.execute(select(m.c.story_id, m.c.person, m.c.to_club, m.c.day)):
            groups[row.story_id].add((row.person, row.to_club, str(row.day)))
    return {frozenset(g) for g in groups.values()}


def test_two_ingests_at_once_build_the_stories_one_would(db_url, tmp_path):
    articles = list(synthetic.articles(120, seed=11))
    odd, even = tmp_path / "odd.jsonl", tmp_path / "even.jsonl"
    write(odd, articles[1::2])
    write(even, articles[0::2])

    alone = str(tmp_path / "alone.db")
    for part in (even, odd):
        subprocess.run([*MERCATO, "ingest", str(part), "--db", alone, "--batch-size", "4"],
                       check=False, capture_output=True)  # fmt: skip

    runs = [
        subprocess.Popen(
            [*MERCATO, "ingest", str(part), "--db", db_url, "--batch-size", "4"],
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for part in (even, odd)
    ]
    for run in runs:
        _, stderr = run.communicate(timeout=300)
        assert run.returncode in (0, 2), stderr
        assert "article(s) added" in stderr

    together = story_groups(db_url)
    assert sum(len(g) for g in together) == sum(len(g) for g in story_groups(alone))
    assert any(len(g) > 1 for g in together)
    assert together == story_groups(alone)
