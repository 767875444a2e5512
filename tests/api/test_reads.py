"""The read endpoints, through the real app over a store of the api_ fixture articles."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

MOREL = "morel-olympique-de-marseille-2025"


def get(client: TestClient, url: str, expect: int = 200, **params: Any) -> Any:
    response = client.get(url, params=params)
    assert response.status_code == expect, response.text
    return response.json()


def test_stories_newest_first(client: TestClient) -> None:
    page = get(client, "/api/stories")
    assert page["total"] == len(page["items"]) >= 5
    days = [s["last_day"] for s in page["items"]]
    assert days == sorted(days, reverse=True)
    assert {"id", "status", "languages", "outlets", "reports"} <= set(page["items"][0])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"club": "Marsiglia"}, MOREL),
        ({"club": "l'OM"}, MOREL),
        ({"person": "Morel"}, MOREL),
        ({"lang": "it"}, MOREL),
        ({"status": "official", "type": "transfer"}, MOREL),
        ({"type": "appointment"}, "hollis-brentford-2025"),
        ({"status": "denied", "club": "Valencia"}, "ortega-valencia-cf-2025"),
    ],
)
def test_story_filters(client: TestClient, params: dict[str, str], expected: str) -> None:
    items = get(client, "/api/stories", **params)["items"]
    assert expected in [s["id"] for s in items]
    for story in items:
        if "status" in params:
            assert story["status"] == params["status"]
        if "type" in params:
            assert story["type"] == params["type"]
        if "lang" in params:
            assert params["lang"] in story["languages"]


def test_since_filters_by_last_report(client: TestClient) -> None:
    items = get(client, "/api/stories", since="2025-07-01")["items"]
    assert items and all(s["last_day"] >= "2025-07-01" for s in items)


def test_pagination_is_disjoint_and_complete(client: TestClient) -> None:
    everything = get(client, "/api/stories", limit=500)
    pages = [get(client, "/api/stories", limit=2, offset=o) for o in range(0, 10, 2)]
    ids = [s["id"] for p in pages for s in p["items"]]
    assert ids == [s["id"] for s in everything["items"]][: len(ids)]
    assert len(set(ids)) == len(ids)
    assert all(p["total"] == everything["total"] and p["limit"] == 2 for p in pages)
    assert get(client, "/api/stories", offset=10_000)["items"] == []


@pytest.mark.parametrize(
    ("params", "names"),
    [
        ({"status": "sure"}, ["status", "rumour", "official"]),
        ({"type": "swap"}, ["type", "transfer", "loan"]),
        ({"lang": "nl"}, ["lang", "fr"]),
        ({"since": "2025-13-01"}, ["since", "month value is outside"]),
        ({"since": "2025-07"}, ["since", "YYYY-MM-DD"]),
        ({"since": "yesterday"}, ["since", "YYYY-MM-DD"]),
        ({"limit": 0}, ["limit", "greater than or equal to 1"]),
        ({"limit": 501}, ["limit", "500"]),
        ({"offset": -1}, ["offset"]),
        ({"limit": "many"}, ["limit", "integer"]),
    ],
)
def test_bad_parameters_are_named(
    client: TestClient, params: dict[str, Any], names: list[str]
) -> None:
    detail = get(client, "/api/stories", 422, **params)["detail"]
    assert isinstance(detail, str)
    for name in names:
        assert name in detail


def test_story_timeline_across_languages(client: TestClient) -> None:
    story = get(client, f"/api/stories/{MOREL}")
    assert story["languages"] == ["fr", "it"]
    assert [r["lang"] for r in story["timeline"]] == ["fr", "it"]
    assert [h["status"] for h in story["status_history"]] == ["agreed", "official"]
    assert set(story["first_reported"]) == {"agreed", "official"}
    assert story["first_reported"]["agreed"]["day"] == "2025-07-03"
    french = story["timeline"][0]
    assert french["sources"] == ["L'Équipe"] and french["outlet"] == "exemple-foot.fr"


def test_unknown_ids_are_404(client: TestClient) -> None:
    for url in (
        "/api/stories/nobody-nowhere-1999",
        "/api/articles/0000000000000000",
        "/api/clubs/Atlantis Rovers FC",
        "/api/people/Nobody Atall",
    ):
        detail = get(client, url, 404)["detail"]
        assert "lists" in detail, detail


def test_moves_are_reports(client: TestClient) -> None:
    page = get(client, "/api/moves", person="Lucas Morel")
    assert page["total"] == 2
    assert {m["story_id"] for m in page["items"]} == {MOREL}
    assert get(client, "/api/moves", status="denied")["total"] >= 1


def test_articles_and_evidence_offsets(client: TestClient) -> None:
    page = get(client, "/api/articles", limit=3)
    assert page["total"] == 6 and len(page["items"]) == 3
    assert "text" not in page["items"][0]
    for item in get(client, "/api/articles", limit=10)["items"]:
        article = get(client, f"/api/articles/{item['id']}")
        for fact in article["moves"] + article["roles"]:
            for evidence in fact["evidence"]:
                assert article["text"][evidence["start"] : evidence["end"]] == evidence["text"]


def test_club_chart_on_a_date(client: TestClient) -> None:
    chart = get(client, "/api/clubs/OM", at="2025-07-05")
    assert chart["club"] == "Olympique de Marseille" and chart["at"] == "2025-07-05"
    assert ("president", "Pablo Longoria") in {(p["role"], p["person"]) for p in chart["positions"]}
    benfica = get(client, "/api/clubs/Benfica", at="2025-08-05")
    assert "nunes-sl-benfica-2025" in [s["id"] for s in benfica["rumours"]]
    later = get(client, "/api/clubs/Marseille", at="2025-08-01")
    assert MOREL in [s["id"] for s in later["ins"]]
    assert get(client, "/api/clubs/OM", 422, at="2025-02-30")
    before = get(client, "/api/clubs/Brentford", at="2025-01-01")
    assert before["positions"] == []
    after = get(client, "/api/clubs/Brentford", at="2025-06-21")
    assert ("head_coach", "Sam Hollis") in {(p["role"], p["person"]) for p in after["positions"]}


def test_clubs_and_people_lists(client: TestClient) -> None:
    clubs = get(client, "/api/clubs")["items"]
    assert {"club": "Olympique de Marseille", "stories": 1} in clubs
    people = get(client, "/api/people", q="morel")["items"]
    assert people == [{"person": "Lucas Morel", "stories": 1}]
    assert get(client, "/api/people", limit=1)["total"] == 5  # Ortega has two stories


def test_person_timeline(client: TestClient) -> None:
    person = get(client, "/api/people/Hollis")
    assert person["person"] == "Sam Hollis"
    kinds = {e["kind"] for e in person["timeline"]}
    assert kinds == {"story", "role"}


def test_sources_reliability(client: TestClient) -> None:
    table = get(client, "/api/sources")
    assert 0 < table["prior"] < 1
    names = {i["source"]: i for i in table["items"]}
    assert names["L'Équipe"]["came_true"] == 1
    assert all(0 <= i["reliability"] <= 1 for i in table["items"])
    assert get(client, "/api/sources", min_claims=100)["items"] == []


def test_openapi_and_docs(client: TestClient) -> None:
    schema = get(client, "/openapi.json")
    assert {"/api/stories", "/api/stories/{story_id}", "/api/clubs/{name}"} <= set(schema["paths"])
    status = schema["components"]["schemas"]["Status"]
    assert status["enum"][0] == "rumour"
    docs = client.get("/docs")
    assert docs.status_code == 200 and "POST /api/articles" in docs.text
