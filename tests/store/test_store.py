"""The store on both back ends: idempotent ingest, stories, and the questions it answers.

Articles here carry hand-made moves and roles (no extraction), so the tests check the
store's logic exactly; tests/store/test_cli_store.py goes through extraction and the CLI.
"""

from __future__ import annotations

import csv
import io
import json

import pytest

from mercato.model import Article, Evidence, Move, RoleFact, Skip
from mercato.store import Store, StoreError, database_url, queries
from mercato.store.export import export

LYON, NANTES, SEVILLA, RENNES = "Olympique Lyonnais", "FC Nantes", "Sevilla FC", "Stade Rennais"


def article(key, published, outlet, author, lang, moves=(), roles=()):
    return Article(
        text=f"article {key}",
        url=f"https://{outlet}/{key}",
        published=published,
        author=author,
        lang=lang,
        moves=list(moves),
        roles=list(roles),
    )


def move(person, to_club, status, type="transfer", from_club=NANTES, **kw):
    evidence = (Evidence(f"{person} to {to_club}", 0, 5),)
    return Move(type=type, person=person, to_club=to_club, from_club=from_club,
                status=status, evidence=evidence, **kw)  # fmt: skip


def saga() -> list[Article]:
    """Lucas Vernier: rumoured to Sevilla (collapses) and to Lyon (becomes official);
    a coach appointed at Rennes in January and sacked in September."""
    return [
        article("1", "2025-06-02", "foot.example", "Julie Marchand", "fr",
                [move("Lucas Vernier", LYON, "rumour", sources=("L'Équipe",))]),
        article("2", "2025-06-05", "futbol.example", "Pablo Ruiz", "es",
                [move("Lucas Vernier", SEVILLA, "rumour")]),
        article("3", "2025-06-10", "calcio.example", None, "it",
                [move("Vernier", LYON, "negotiating", fee_eur=20_000_000)]),
        article("4", "2025-06-20", "futbol.example", "Pablo Ruiz", "es",
                [move("Lucas Vernier", SEVILLA, "collapsed")]),
        article("5", "2025-06-25", "foot.example", "Julie Marchand", "fr",
                [move("L. Vernier", LYON, "official", fee_eur=22_000_000)],
                [RoleFact("Lucas Vernier", LYON, "player")]),
        article("6", "2025-01-15", "foot.example", None, "fr",
                [move("Hugo Delmas", RENNES, "official", "appointment", None, role="head_coach")],
                [RoleFact("Olivier Lantier", RENNES, "president"),
                 RoleFact("Hugo Delmas", RENNES, "head_coach")]),
        article("7", "2025-09-20", "football.example", "Tom Hughes", "en",
                [move("Hugo Delmas", RENNES, "official", "departure", None, role="head_coach")]),
        article("8", "2025-10-01", "football.example", "Tom Hughes", "en",
                [move("Inès Robin", RENNES, "official", "appointment", None, role="head_coach")]),
    ]  # fmt: skip


@pytest.fixture
def store(db_url):
    with Store.open(db_url) as opened:
        opened.ingest(saga())
        yield opened


def test_reingesting_the_same_articles_adds_nothing(store):
    again = store.ingest(saga())
    assert (again.added, again.already_stored, again.moves) == (0, 8, 0)
    assert queries.articles(store)["total"] == 8
    assert queries.moves(store, limit=100)["total"] == 8


def test_duplicates_within_one_batch_are_stored_once(db_url):
    with Store.open(db_url) as fresh:
        twice = saga()[:2] + saga()[:2]
        result = fresh.ingest(twice)
        assert (result.added, result.already_stored) == (2, 2)


def test_skips_are_reported_and_the_batch_goes_on(db_url):
    with Store.open(db_url) as fresh:
        result = fresh.ingest([Skip("bad.bin", "read", "binary file"), *saga()[:3]])
        assert result.added == 3
        assert [s.source for s in result.skipped] == ["bad.bin"]


def test_reports_across_languages_and_name_spellings_form_one_story(store):
    page = queries.stories(store, person="Vernier")
    by_club = {s["to_club"]: s for s in page["items"]}
    lyon = by_club[LYON]
    assert lyon["reports"] == 3 and lyon["languages"] == ["fr", "it"]
    assert lyon["person"] == "Lucas Vernier"
    assert lyon["status"] == "official" and lyon["fee_eur"] == 22_000_000
    assert by_club[SEVILLA]["status"] == "collapsed"
    assert lyon["id"] != by_club[SEVILLA]["id"]


def test_a_story_has_its_timeline_status_history_and_first_reporters(store):
    lyon = queries.stories(store, club="OL", person="Vernier")["items"][0]
    found = queries.story(store, lyon["id"])
    assert [r["day"] for r in found["timeline"]] == ["2025-06-02", "2025-06-10", "2025-06-25"]
    assert [h["status"] for h in found["status_history"]] == ["rumour", "negotiating", "official"]
    assert found["first_reported"]["rumour"]["author"] == "Julie Marchand"
    assert found["first_reported"]["negotiating"]["outlet"] == "calcio.example"
    assert queries.story(store, "no-such-story") is None


def test_story_filters(store):
    assert {s["status"] for s in queries.stories(store, status="collapsed")["items"]} == {
        "collapsed"
    }
    assert queries.stories(store, club="Marsiglia")["total"] == 0
    assert queries.stories(store, type="appointment")["total"] == 2
    assert queries.stories(store, since="2025-09-01")["total"] == 2
    page = queries.stories(store, limit=2, offset=1)
    assert len(page["items"]) == 2 and page["total"] == 5


def test_club_chart_follows_appointments_and_departures(store):
    spring = queries.club_chart(store, "Rennes", at="2025-03-01")
    roles = {(p["role"], p["person"]) for p in spring["positions"]}
    assert roles == {("president", "Olivier Lantier"), ("head_coach", "Hugo Delmas")}
    autumn = queries.club_chart(store, "Stade Rennais", at="2025-10-15")
    assert {(p["role"], p["person"]) for p in autumn["positions"]} == {
        ("president", "Olivier Lantier"),
        ("head_coach", "Inès Robin"),
    }
    assert [s["person"] for s in autumn["outs"]] == ["Hugo Delmas"]
    coach = next(p for p in autumn["positions"] if p["role"] == "head_coach")
    assert coach["latest_report"]["outlet"] == "football.example"


def test_club_chart_lists_ins_and_open_rumours(db_url):
    with Store.open(db_url) as fresh:
        fresh.ingest(saga()[:3])
        chart = queries.club_chart(fresh, LYON, at="2025-06-15")
        assert [s["status"] for s in chart["rumours"]] == ["negotiating"]
        fresh.ingest(saga()[3:5])
        back_then = queries.club_chart(fresh, LYON, at="2025-06-15")["rumours"]
        assert [(s["status"], s["status_now"]) for s in back_then] == [("negotiating", "official")]
        chart = queries.club_chart(fresh, LYON, at="2025-07-01", players=True)
        assert chart["rumours"] == []
        assert [s["person"] for s in chart["ins"]] == ["Lucas Vernier"]
        assert ("player", "Lucas Vernier") in {(p["role"], p["person"]) for p in chart["positions"]}


def test_person_timeline(store):
    found = queries.person(store, "Vernier")
    assert found["person"] == "Lucas Vernier"
    kinds = [(e["kind"], e.get("story", {}).get("to_club")) for e in found["timeline"]]
    assert ("story", LYON) in kinds and ("story", SEVILLA) in kinds
    assert queries.person(store, "Nobody Known")["timeline"] == []


def test_sources_reliability_is_smoothed_toward_the_prior(store):
    table = {(s["kind"], s["source"]): s for s in queries.sources(store)["items"]}
    julie = table[("journalist", "Julie Marchand")]
    pablo = table[("journalist", "Pablo Ruiz")]
    assert (julie["rumours"], julie["came_true"], julie["first"]) == (1, 1, 1)
    assert (pablo["rumours"], pablo["fell_through"]) == (1, 1)
    assert julie["reliability"] > pablo["reliability"]
    assert 0 < pablo["reliability"] < 0.5 < julie["reliability"] < 1
    assert table[("credited", "L'Équipe")]["came_true"] == 1


def test_export_formats(store, tmp_path):
    out = io.StringIO()
    assert export(store, "jsonl", "articles", out) == 8
    first = json.loads(out.getvalue().splitlines()[0])
    assert {"id", "lang", "published", "moves", "roles"} <= set(first)
    assert all(
        m["story"] for line in out.getvalue().splitlines() for m in json.loads(line)["moves"]
    )
    out = io.StringIO()
    assert export(store, "csv", "stories", out) == 5
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert {r["status"] for r in rows} >= {"official", "collapsed"}
    import pyarrow.parquet as pq

    path = tmp_path / "moves.parquet"
    assert export(store, "parquet", "moves", path) == 8
    assert pq.read_table(path).num_rows == 8


def test_rebuilding_stories_gives_the_same_rows(store):
    before = queries.stories(store, include_background=True, limit=500)["items"]
    assert store.rebuild_stories() == 5
    assert queries.stories(store, include_background=True, limit=500)["items"] == before


def test_database_urls():
    assert database_url("x.db") == "sqlite:///x.db"
    assert database_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"


def test_an_unreachable_server_is_a_clear_error():
    with pytest.raises(StoreError, match="cannot open the database"):
        Store.open("postgresql://nobody@127.0.0.1:1/none")


def test_a_writer_sees_stories_another_writer_started(db_url):
    with Store.open(db_url) as first, Store.open(db_url) as second:
        second.ingest([article("x", "2024-11-01", "a.example", None, "fr",
                               [move("Ana Souto", SEVILLA, "rumour")])])  # fmt: skip
        first.ingest([article("d", "2024-12-20", "b.example", None, "fr",
                              [move("Lucas Vernier", LYON, "rumour")])])  # fmt: skip
        second.ingest([article("j", "2025-01-10", "c.example", None, "en",
                               [move("Vernier", LYON, "agreed")])])  # fmt: skip
        found = queries.stories(second, person="Vernier")["items"]
        assert [(s["id"], s["reports"], s["status"]) for s in found] == [
            ("vernier-olympique-lyonnais-2024", 2, "agreed")
        ]
