"""The store through the command line, as a user runs it: ingest, then ask."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mercato.cli import app

FIXTURES = Path(__file__).parent.parent / "fixtures" / "store"
EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "articles"
runner = CliRunner()


def run(*args: str) -> str:
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture
def db(db_url):
    result = runner.invoke(app, ["ingest", str(FIXTURES / "saga.jsonl"), str(EXAMPLES),
                                 "--db", db_url, "--no-progress"])  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "article(s) added" in result.stderr
    return db_url


def test_ingest_twice_adds_nothing_the_second_time(db):
    result = runner.invoke(app, ["ingest", str(FIXTURES / "saga.jsonl"), "--db", db])
    assert result.exit_code == 0
    assert "0 article(s) added, 8 already stored" in result.stderr


def test_stories_story_club_person_sources(db):
    official = json.loads(
        run("stories", "--club", "Lyon", "--status", "official", "--json", "--db", db)
    )
    assert [s["person"] for s in official["items"]] == ["Lucas Vernier"]
    story_id = official["items"][0]["id"]
    story = json.loads(run("story", story_id, "--json", "--db", db))
    assert story["timeline"][-1]["status"] == "official"
    assert story_id in run("story", story_id, "--db", db)

    chart = json.loads(run("club", "Rennes", "--at", "2025-03-01", "--json", "--db", db))
    assert {"role": "head_coach", "person": "Hugo Delmas"}.items() <= chart["positions"][-1].items()
    later = json.loads(run("club", "Rennes", "--at", "2025-10-01", "--json", "--db", db))
    assert "Hugo Delmas" not in {p["person"] for p in later["positions"]}

    person = json.loads(run("person", "Vernier", "--json", "--db", db))
    assert person["person"] == "Lucas Vernier"
    sources = json.loads(run("sources", "--json", "--db", db))
    assert {"source", "rumours", "came_true", "reliability"} <= set(sources["items"][0])
    assert "sources (prior" in run("sources", "--db", db)


def test_export_in_three_formats(db, tmp_path):
    lines = run("export", "--db", db).splitlines()
    assert len(lines) == 16 and all(json.loads(line)["id"] for line in lines)
    assert run("export", "-f", "csv", "--table", "moves", "--db", db).startswith("id,article_id")
    target = tmp_path / "stories.parquet"
    run("export", "-f", "parquet", "--table", "stories", "-o", str(target), "--db", db)
    assert target.stat().st_size > 0


def test_clear_errors(db, tmp_path):
    bad_status = runner.invoke(app, ["stories", "--status", "done", "--db", db])
    assert bad_status.exit_code == 1 and "unknown status" in bad_status.stderr
    bad_date = runner.invoke(app, ["club", "OM", "--at", "yesterday", "--db", db])
    assert bad_date.exit_code == 1 and "not a date" in bad_date.stderr
    missing = runner.invoke(app, ["story", "nope", "--db", db])
    assert missing.exit_code == 1 and "no story" in missing.stderr
    parquet_to_stdout = runner.invoke(app, ["export", "-f", "parquet", "--db", db])
    assert parquet_to_stdout.exit_code == 1 and "--output" in parquet_to_stdout.stderr


def test_an_unreachable_database_is_a_clear_error():
    result = runner.invoke(app, ["stories", "--db", "postgresql://nobody@127.0.0.1:1/none"])
    assert result.exit_code == 1
    assert "cannot open the database" in result.stderr


def test_mercato_db_environment_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("MERCATO_DB", str(tmp_path / "env.db"))
    runner.invoke(app, ["ingest", str(FIXTURES / "saga.jsonl")])
    assert (tmp_path / "env.db").exists()


def test_bench_store_reports_each_size(tmp_path):
    rows = json.loads(run("bench", "--store", "--sizes", "60,120", "--workers", "1", "--json"))
    assert [r["articles"] for r in rows] == [60, 120]
    assert all(r["articles_per_second"] > 0 and r["stories"] > 0 for r in rows)


def test_asking_a_database_that_does_not_exist_says_so(tmp_path):
    result = runner.invoke(app, ["stories", "--db", str(tmp_path / "typo.db")])
    assert result.exit_code == 1
    assert "no database at" in result.stderr and "mercato ingest" in result.stderr
    assert not (tmp_path / "typo.db").exists()


def test_bad_inputs_are_skipped_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(
        "Brentford have appointed Sam Hollis as their new head coach, the club announced.",
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "latin1.txt").write_bytes("Mercato : l'OM a signé un défenseur.".encode("latin-1"))
    db = str(tmp_path / "mixed.db")
    result = runner.invoke(app, ["ingest", str(folder), "--db", db])
    assert result.exit_code == 2  # some inputs were skipped
    assert "1 article(s) added" in result.stderr and "3 skipped" in result.stderr
    assert "binary file" in result.stderr and "not valid UTF-8" in result.stderr
    assert json.loads(run("stories", "--json", "--db", db))["total"] == 1
