"""Golden cases: one short article per language and phenomenon, written for these tests.

Each case names the move that must come out, with the fields that matter for it.
"""

from __future__ import annotations

import pytest

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article, Move


def extract(text: str, lang: str) -> list[Move]:
    article = header_stage(Article(text=text, lang=lang))
    return extract_stage(article).moves


def find(moves: list[Move], person: str, to_club: str) -> Move:
    for move in moves:
        if person in move.person and move.to_club == to_club:
            return move
    listed = [(m.type, m.person, m.to_club) for m in moves]
    raise AssertionError(f"no move of {person} to {to_club} in {listed}")


CASES = [
    pytest.param(
        "fr",
        " date 2025-07-14 L'Olympique de Marseille a officialisé l'arrivée de Tomás Herrera. "
        "Le milieu uruguayen a signé un contrat de quatre ans avec l'OM, qui a versé "
        "18 millions d'euros au Celta Vigo.",
        "Tomás Herrera",
        "Olympique de Marseille",
        {"type": "transfer", "status": "official", "fee_eur": 18_000_000},
        id="fr-official-signing-with-fee",
    ),
    pytest.param(
        "it",
        " date 2025-08-02 Secondo Sky Sport, la Juventus sarebbe interessata all'attaccante "
        "Marco Ferretti del Torino. Ferretti piace molto alla dirigenza bianconera.",
        "Marco Ferretti",
        "Juventus",
        {"type": "transfer", "status": "rumour", "from_club": "Torino"},
        id="it-hedged-rumour",
    ),
    pytest.param(
        "es",
        " date 2025-11-03 El Valencia ha destituido a su entrenador Andrés Moliner tras la "
        "derrota del domingo. El club anunció el despido en un comunicado.",
        "Andrés Moliner",
        "Valencia CF",
        {"type": "departure", "status": "official", "role": "head_coach"},
        id="es-coach-sacked",
    ),
    pytest.param(
        "en",
        " date 2025-01-30 Leicester City have completed the loan signing of Chelsea defender "
        "Marcus Ellison until the end of the season, the club confirmed.",
        "Marcus Ellison",
        "Leicester City",
        {"type": "loan", "status": "official"},
        id="en-official-loan",
    ),
    pytest.param(
        "de",
        " date 2025-03-12 Der FC Bayern hat den Vertrag mit Jamal Musiala offiziell verlängert. "
        "Der Mittelfeldspieler unterschrieb bis 2030.",
        "Jamal Musiala",
        "Bayern Munich",
        {"type": "extension"},
        id="de-extension",
    ),
    pytest.param(
        "pt",
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rodrigo Sequeira.",
        "Rodrigo Sequeira",
        "Paris Saint-Germain",
        {"type": "transfer", "status": "denied"},
        id="pt-denial",
    ),
    pytest.param(
        "en",
        " date 2025-05-20 Brighton have appointed Daniel Hartley as their new head coach "
        "after agreeing compensation with Ipswich Town.",
        "Daniel Hartley",
        "Brighton & Hove Albion",
        {"type": "appointment", "role": "head_coach"},
        id="en-staff-appointment",
    ),
]


@pytest.mark.parametrize(("lang", "text", "person", "to_club", "fields"), CASES)
def test_golden_move(lang: str, text: str, person: str, to_club: str, fields: dict) -> None:
    move = find(extract(text, lang), person, to_club)
    for name, value in fields.items():
        assert getattr(move, name) == value, f"{name}: {getattr(move, name)!r} != {value!r}"


def test_several_moves_in_one_sentence() -> None:
    text = (
        " date 2025-06-30 Mercato : l'OM serait intéressé par Paul Lemaire, mais Lemaire "
        "plairait aussi au Stade Rennais et au LOSC."
    )
    clubs = {m.to_club for m in extract(text, "fr") if "Lemaire" in m.person}
    assert {"Olympique de Marseille", "Stade Rennais", "Lille OSC"} <= clubs


def test_evidence_points_into_the_raw_text() -> None:
    text = CASES[0].values[1]
    for move in extract(text, "fr"):
        for ev in move.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_the_agent_of_a_passive_is_not_the_one_moving() -> None:
    text = (
        " date 2025-06-02 Selon L'Équipe, Karim Benhamou va rejoindre l'OM comme directeur "
        "sportif, nommé par Pablo Longoria pour succéder à Javier Ribalta."
    )
    movers = {m.person for m in extract(text, "fr") if m.type == "appointment"}
    assert "Karim Benhamou" in movers
    assert "Pablo Longoria" not in movers


def test_an_opponent_is_never_a_destination() -> None:
    text = (
        " date 2025-11-03 El Sevilla ha destituido a su entrenador Diego Molina tras la "
        "derrota contra el Real Betis."
    )
    moves = extract(text, "es")
    assert [(m.type, m.to_club) for m in moves if m.person == "Diego Molina"] == [
        ("departure", "Sevilla FC")
    ]


def test_a_bid_from_a_club_makes_it_the_destination() -> None:
    text = (
        " date 2025-07-10 Le club a reçu une offre de 25 millions d'euros de la part de "
        "l'Atalanta pour Lucas Morel, le défenseur de l'AS Monaco."
    )
    move = find(extract(text, "fr"), "Lucas Morel", "Atalanta")
    assert (move.status, move.from_club, move.fee_eur) == ("negotiating", "AS Monaco", 25_000_000)


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (" date 2025-08-01 Tottenham are set to sign Oliver Grant from Brentford.", "rumour"),
        (
            " date 2025-08-01 Tottenham have agreed a fee and are set to sign Oliver Grant.",
            "agreed",
        ),
    ],
)
def test_a_modal_future_is_agreed_only_beside_a_deal(text: str, status: str) -> None:
    assert find(extract(text, "en"), "Oliver Grant", "Tottenham Hotspur").status == status


def test_a_player_leaving_for_another_club_is_not_also_a_departure() -> None:
    text = (
        " date 2025-07-02 Ufficiale: Marco Ferretti lascia il Torino e firma con la Juventus "
        "fino al 2029."
    )
    moves = extract(text, "it")
    assert [(m.type, m.from_club, m.to_club) for m in moves] == [("transfer", "Torino", "Juventus")]


def test_a_pasted_tweet_is_read_in_its_own_language() -> None:
    text = (
        " date 2025-07-03 L'OM aurait jeté son dévolu sur Marco Bianchi pour remplacer son "
        "entraîneur.\n"
        "Marco Bianchi will join Marseille: full agreement in place, contract until 2027. "
        "pic.twitter.com/abc123"
    )
    assert find(extract(text, "fr"), "Marco Bianchi", "Olympique de Marseille").status == "agreed"


def test_leaving_with_no_destination_is_a_departure() -> None:
    text = " date 2025-05-30 Après trois saisons, Julien Perrin quitte le Stade Rennais."
    move = find(extract(text, "fr"), "Julien Perrin", "Stade Rennais")
    assert (move.type, move.status) == ("departure", "official")
