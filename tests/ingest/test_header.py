"""Header parsing: the metadata's most precise date and the byline's author, never body dates."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mercato.ingest import Header, header_stage, parse_header
from mercato.model import Article

SHARED = Path(__file__).parents[2] / ".." / "shared" / "corpus"


@pytest.mark.parametrize(
    ("text", "published", "author"),
    [
        (" date 2025-11-03 L'Olympique de Marseille continue son mercato.", "2025-11-03", None),
        (
            " date 2024-06 Giulia Neri\n\nIl Napoli ha scelto il nuovo tecnico.",
            "2024-06",
            "Giulia Neri",
        ),
        (
            "Publié par Nadia Roussel le 2 août 2024 à 09:15\n\nLille prolonge.",
            "2024-08-02",
            "Nadia Roussel",
        ),
        ("Publié le 4 juillet 2022 à 10h12\n\nL'OM tient son entraîneur.", "2022-07-04", None),
        (
            " date 2022-07 Foot - Mercato\n\n"
            "Publié le 4 juillet 2022 à 18h00 par Léa Bonnet\n\nTexte.",
            "2022-07-04",
            "Léa Bonnet",
        ),
        (
            " date 2023-01 Official: Fulham sign a winger\nBy Tom Archer published\nFulham have...",
            "2023-01",
            "Tom Archer",
        ),
        (
            "Por Juan Pérez | ·06 de fevereiro de 2026\n\nO Flamengo busca um atacante.",
            "2026-02-06",
            "Juan Pérez",
        ),
        (
            "21/05/2022 - 18:34\nVon Max Muster\n\nDer BVB verpflichtet einen Stürmer.",
            "2022-05-21",
            "Max Muster",
        ),
        ("Martedì 14 maggio 2024 di Mario Rossi\n\nLa Lazio rinnova.", "2024-05-14", "Mario Rossi"),
    ],
)
def test_dates_and_bylines(text: str, published: str, author: str | None) -> None:
    header = parse_header(text)
    assert (header.published, header.author) == (published, author)


def test_body_dates_do_not_override_the_date_line() -> None:
    text = (
        " date 2024-05 Il Bologna ha vinto 3-1 il 12 maggio 2024, come nel 2015 contro la Roma.\n"
        "La partita del 20 aprile 2024 era finita in parità."
    )
    assert parse_header(text).published == "2024-05"


def test_a_byline_in_the_same_month_refines_the_date_line() -> None:
    text = " date 2024-05 Bayern agree a deal\n\nBy Sam Lee\nMay 25, 2024 9:58 am\n\nBayern..."
    assert parse_header(text).published == "2024-05-25"


def test_an_updated_date_is_not_the_publication_date() -> None:
    text = "Published 3 March 2021 10:00\nUpdated 9 April 2021 12:00\n\nLeeds sign a keeper."
    assert parse_header(text).published == "2021-03-03"


def test_headline_words_are_not_an_author() -> None:
    assert parse_header(" date 2024-05 Die Trainer-Saga des FC Bayern hat ein Ende!").author is None
    assert parse_header(" date 2024-11 O Manchester United oficializou o treinador.").author is None


def test_body_start_skips_the_metadata() -> None:
    text = "Publié par Nadia Roussel le 2 août 2024 à 09:15\n\nMercato : Lille prolonge."
    header = parse_header(text)
    assert text[header.body_start :] == "Mercato : Lille prolonge."
    plain = " date 2024-06 Le PSG a signé."
    assert plain[parse_header(plain).body_start :] == "Le PSG a signé."


def test_no_date_anywhere() -> None:
    assert parse_header("Le PSG a signé un défenseur.") == Header(None, None, 0)


def test_header_stage_keeps_input_metadata() -> None:
    article = Article(text=" date 2024-06 Axel Dupré\n\nTexte.", published="2024-06-12")
    out = header_stage(article)
    assert out.published == "2024-06-12"
    assert out.author == "Axel Dupré"
    assert out.text[out.body_start :] == "Texte."


@given(st.text(max_size=300))
def test_body_start_is_inside_the_text(text: str) -> None:
    header = parse_header(text)
    assert 0 <= header.body_start <= len(text)
    assert header.published is None or len(header.published) in (7, 10)


def _gold(name: str) -> list[dict[str, object]]:
    path = SHARED / name / "gold.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not available")
    return [json.loads(line) for line in path.open(encoding="utf-8")]


@pytest.mark.parametrize("name", ["dev", "seeds"])
def test_shared_corpus_published_and_author(name: str) -> None:
    gold = _gold(name)
    pub = auth = 0
    for g in gold:
        header = parse_header((SHARED / name / str(g["file"])).read_text(encoding="utf-8"))
        pub += header.published is not None and header.published.startswith(str(g["published"]))
        auth += header.author == g["author"]
    assert pub / len(gold) >= 0.95
    assert auth / len(gold) >= 0.9


def test_unlabeled_published() -> None:
    path = SHARED / "unlabeled" / "articles.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not available")
    records = [json.loads(line) for line in path.open(encoding="utf-8")]
    ok = 0
    for r in records:
        p = parse_header(r["text"]).published
        ok += p is not None and p.startswith(r["published"])
    assert ok / len(records) >= 0.97
