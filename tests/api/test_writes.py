"""POST /api/articles: the token, the body formats, and refusing bad input whole."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from mercato.api import create_app
from mercato.store import Store

from .conftest import BATCH, TOKEN

NEWS = {
    "text": (
        "L'AS Monaco a officialisé l'arrivée du défenseur Hugo Lefèvre, en provenance du "
        "RC Lens, pour 12 millions d'euros."
    ),
    "published": "2025-09-15",
    "url": "https://www.exemple-foot.fr/monaco-lefevre",
    "author": "Claire Dumas",
}


def articles_total(client: TestClient) -> int:
    return client.get("/api/articles").json()["total"]


def test_write_without_token_is_401(writer: TestClient) -> None:
    response = writer.post("/api/articles", json=NEWS)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "Authorization: Bearer" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers", [{"Authorization": "Bearer nope"}, {"X-API-Token": "nope"}], ids=["bearer", "header"]
)
def test_wrong_token_is_403(writer: TestClient, headers: dict[str, str]) -> None:
    response = writer.post("/api/articles", json=NEWS, headers=headers)
    assert response.status_code == 403
    assert response.json()["detail"] == "wrong API token"


def test_server_without_token_refuses_writes(write_store: Store) -> None:
    client = TestClient(create_app(write_store))
    response = client.post("/api/articles", json=NEWS, headers={"X-API-Token": "anything"})
    assert response.status_code == 403
    assert "--token" in response.json()["detail"]
    assert client.get("/api/stories").status_code == 200


def test_json_write_stores_and_reports(writer: TestClient, auth: dict[str, str]) -> None:
    before = articles_total(writer)
    response = writer.post("/api/articles", json=NEWS, headers=auth)
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["added"] == 1 and report["skipped"] == []
    [article] = report["articles"]
    assert article["stored"] == "added" and article["lang"] == "fr"
    assert article["author"] == "Claire Dumas" and article["published"] == "2025-09-15"
    [move] = article["moves"]
    assert move["person"] == "Hugo Lefèvre" and move["to_club"] == "AS Monaco"
    assert move["status"] == "official" and move["story"]
    assert articles_total(writer) == before + 1  # the read cache saw the write
    story = writer.get(f"/api/stories/{move['story']}").json()
    assert story["timeline"][0]["article_id"] == article["id"]
    again = writer.post("/api/articles", json=NEWS, headers={"X-API-Token": TOKEN}).json()
    assert again["added"] == 0 and again["already_stored"] == 1
    assert again["articles"][0]["stored"] == "already_stored"
    assert again["articles"][0]["moves"][0]["story"] == move["story"]


def test_html_write(writer: TestClient, auth: dict[str, str]) -> None:
    html = (
        "<html><head><title>Lefèvre à Monaco</title></head><body><article><p>"
        + NEWS["text"]
        + " Le joueur a signé un contrat de cinq ans avec le club de la Principauté.</p>"
        "</article></body></html>"
    )
    response = writer.post("/api/articles", json={"html": html}, headers=auth)
    assert response.status_code == 200, response.text
    assert response.json()["articles"][0]["moves"][0]["person"] == "Hugo Lefèvre"


def test_jsonl_batch_write(writer: TestClient, auth: dict[str, str]) -> None:
    body = BATCH.read_bytes()
    response = writer.post(
        "/api/articles",
        content=body,
        headers={**auth, "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["added"] == 2
    assert [a["file"] for a in report["articles"]] == ["api-batch-1", "api-batch-2"]
    assert all(m["story"] for a in report["articles"] for m in a["moves"])
    assert writer.get("/api/stories", params={"person": "Marco Ferri"}).json()["total"] == 1


def test_unsupported_language_is_skipped_with_reason(
    writer: TestClient, auth: dict[str, str]
) -> None:
    dutch = {
        "text": "Ajax heeft de Deense spits Mads Jensen vastgelegd tot de zomer van 2028. "
        "De aanvaller komt over van FC Kopenhagen en tekende een contract voor vier jaar."
    }
    lines = "\n".join(json.dumps(r) for r in (dutch, NEWS))
    response = writer.post(
        "/api/articles", content=lines, headers={**auth, "Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["added"] == 1
    [skip] = report["skipped"]
    assert skip["stage"] == "language" and "not supported" in skip["reason"]


@pytest.mark.parametrize(
    ("body", "content_type", "status", "words"),
    [
        (b'{"text": "unfinished', "application/json", 422, ["invalid JSON"]),
        (b'["a list"]', "application/json", 422, ["JSON object", "x-ndjson"]),
        (b'{"url": "https://example.org"}', "application/json", 422, ["'text' or 'html'"]),
        (b'{"text": 42}', "application/json", 422, ["text", "string"]),
        (b'{"text": "x", "lang": "nl"}', "application/json", 422, ["lang"]),
        (b"\xff\xfe not utf-8", "application/json", 422, ["UTF"]),
        (b"", "application/x-ndjson", 422, ["empty"]),
        (b"\n\n", "application/x-ndjson", 422, ["empty"]),
        (b"text=hello", "text/plain", 415, ["text/plain", "application/json"]),
    ],
)
def test_bad_bodies_are_refused(
    writer: TestClient,
    auth: dict[str, str],
    body: bytes,
    content_type: str,
    status: int,
    words: list[str],
) -> None:
    response = writer.post(
        "/api/articles", content=body, headers={**auth, "Content-Type": content_type}
    )
    assert response.status_code == status, response.text
    for word in words:
        assert word in response.json()["detail"]


def test_one_bad_line_refuses_the_whole_batch(writer: TestClient, auth: dict[str, str]) -> None:
    before = articles_total(writer)
    lines = BATCH.read_text(encoding="utf-8") + '{"id": "broken", "text": \n{"id": "empty"}\n'
    response = writer.post(
        "/api/articles", content=lines, headers={**auth, "Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert "body:3: invalid JSON" in detail and "body:4:" in detail
    assert articles_total(writer) == before


def test_body_over_5_mb_is_413(writer: TestClient, auth: dict[str, str]) -> None:
    big = json.dumps({"text": "Le mercato. " * 500_000})
    response = writer.post(
        "/api/articles", content=big, headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 413
    assert "5.0 MB" in response.json()["detail"]


def test_streamed_body_over_5_mb_is_413(writer: TestClient, auth: dict[str, str]) -> None:
    def chunks():  # no Content-Length: the limit is counted as the body arrives
        for _ in range(6):
            yield b"x" * 1_000_000

    response = writer.post(
        "/api/articles", content=chunks(), headers={**auth, "Content-Type": "application/json"}
    )
    assert response.status_code == 413


def test_too_many_articles_is_413(writer: TestClient, auth: dict[str, str]) -> None:
    lines = "\n".join(json.dumps({"text": f"Article {i}."}) for i in range(501))
    response = writer.post(
        "/api/articles", content=lines, headers={**auth, "Content-Type": "application/x-ndjson"}
    )
    assert response.status_code == 413
    assert "at most 500" in response.json()["detail"]
