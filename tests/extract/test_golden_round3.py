"""Golden cases for the third round of extraction rules (issue 3): rumour verbs, the
seller named after "with" or second after "between", staff who follow a coach, negated
announcements, the club a person stays at or is under contract with, German genitives.

Every sentence was written for these tests.
"""

from __future__ import annotations

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article, Move


def article(text: str, lang: str) -> Article:
    return extract_stage(header_stage(Article(text=text, lang=lang)))


def extract(text: str, lang: str) -> list[Move]:
    return article(text, lang).moves


def roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.club, r.role) for r in article(text, lang).roles}


def find(moves: list[Move], person: str, to_club: str) -> Move:
    for move in moves:
        if person in move.person and move.to_club == to_club:
            return move
    listed = [(m.type, m.person, m.to_club) for m in moves]
    raise AssertionError(f"no move of {person} to {to_club} in {listed}")


def test_a_club_thinking_of_a_player_is_a_rumour() -> None:
    text = (
        " date 2025-06-01 Selon nos informations, l'Olympique Lyonnais pense à Marius Dorel "
        "pour renforcer son attaque."
    )
    move = find(extract(text, "fr"), "Marius Dorel", "Olympique Lyonnais")
    assert (move.type, move.status) == ("transfer", "rumour")


def test_a_name_ticked_by_a_club_is_the_one_moving() -> None:
    text = " date 2025-06-01 Selon L'Équipe, l'OL aurait coché le nom de Marius Dorel."
    move = find(extract(text, "fr"), "Marius Dorel", "Olympique Lyonnais")
    assert move.status == "rumour"


def test_german_interest_is_a_rumour() -> None:
    text = (
        " date 2025-06-01 Der FC Elche soll ein Auge auf Jonas Brandtner von Kilmarnock "
        "geworfen haben."
    )
    move = find(extract(text, "de"), "Jonas Brandtner", "Elche CF")
    assert (move.status, move.from_club) == ("rumour", "Kilmarnock")


def test_talks_with_a_club_name_the_seller() -> None:
    text = (
        " date 2025-06-01 Il Lione ha avviato i contatti con il Nantes per Marius Dorel, "
        "esterno classe 2003."
    )
    move = find(extract(text, "it"), "Marius Dorel", "Olympique Lyonnais")
    assert (move.from_club, move.status) == ("FC Nantes", "negotiating")


def test_a_fee_agreed_with_a_club_names_the_seller() -> None:
    text = (
        " date 2025-06-01 Lyon have agreed a fee of 22 million euros with Nantes for Marius Dorel."
    )
    move = find(extract(text, "en"), "Marius Dorel", "Olympique Lyonnais")
    assert move.from_club == "FC Nantes"


def test_talks_about_a_sale_keep_the_subject_as_the_seller() -> None:
    text = (
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rui Casimiro."
    )
    assert find(extract(text, "pt"), "Rui Casimiro", "Paris Saint-Germain").status == "denied"


def test_between_two_clubs_the_first_buys() -> None:
    text = (
        " date 2025-06-01 La operación entre el Sevilla y el Nantes por Marius Dorel está "
        "muy avanzada, según la prensa local."
    )
    move = find(extract(text, "es"), "Marius Dorel", "Sevilla FC")
    assert move.from_club == "FC Nantes"
    assert not any(m.to_club == "FC Nantes" for m in extract(text, "es"))


def test_staff_taken_along_follow_the_coach() -> None:
    text = (
        " date 2025-11-01 O Manchester United oficializou a contratação do treinador Tiago "
        "Moreira, que deixa o Sporting. Nenhum dos clubes confirmou, mas Moreira deverá "
        "levar consigo os adjuntos Rui Valente, Nuno Freitas e o treinador de guarda-redes "
        "Hugo Lemos."
    )
    moves = extract(text, "pt")
    for person, role in (
        ("Rui Valente", "assistant_coach"),
        ("Nuno Freitas", "assistant_coach"),
        ("Hugo Lemos", "goalkeeper_coach"),
    ):
        move = find(moves, person, "Manchester United")
        assert (move.type, move.role, move.status) == ("appointment", role, "rumour")


def test_a_title_before_a_list_of_names_is_everyone_s() -> None:
    text = (
        " date 2025-11-01 Rennes have appointed Luke Hale as head coach and he will bring "
        "his assistants Paul Weir, Dan Croft and Sam Lyle with him."
    )
    moves = extract(text, "en")
    assert find(moves, "Dan Croft", "Stade Rennais").role == "assistant_coach"


def test_a_negated_confirmation_is_not_an_announcement() -> None:
    text = (
        " date 2025-06-01 Nenhum dos clubes confirmou, mas o Benfica deverá contratar o "
        "avançado Rui Casimiro, do Braga."
    )
    assert find(extract(text, "pt"), "Rui Casimiro", "SL Benfica").status != "official"


def test_the_club_one_stays_at_is_no_destination() -> None:
    text = (
        " date 2025-11-01 O Manchester United oficializou a contratação do treinador Tiago "
        "Moreira. O comunicado confirma que Moreira ficará no Sporting até à pausa "
        "internacional e assumirá os red devils depois."
    )
    moves = extract(text, "pt")
    assert not any(m.to_club == "Sporting CP" and m.type == "appointment" for m in moves)
    assert find(moves, "Tiago Moreira", "Manchester United").from_club == "Sporting CP"
    assert ("Tiago Moreira", "Sporting CP", "head_coach") in roles(text, "pt")


def test_a_renewal_elsewhere_names_the_club_left() -> None:
    text = (
        " date 2025-05-01 Marius Dorel a refusé de prolonger son contrat avec le Stade "
        "Rennais. Le Real Madrid serait intéressé par Marius Dorel."
    )
    assert find(extract(text, "fr"), "Marius Dorel", "Real Madrid").from_club == "Stade Rennais"


def test_under_contract_with_names_the_club_left() -> None:
    text = (
        " date 2025-07-01 Il centrocampista Diego Ferraro, di proprietà dell'Atletico Madrid, "
        "piace alla Juventus."
    )
    assert find(extract(text, "it"), "Diego Ferraro", "Juventus").from_club == "Atlético Madrid"


def test_the_one_replaced_leaves_the_club_that_replaces_him() -> None:
    text = (
        " date 2025-06-01 Al posto di Marco Bellini, il Lille ha scelto Luca Sarti, ex "
        "allenatore del Lione."
    )
    moves = extract(text, "it")
    assert not any(m.person == "Marco Bellini" and m.to_club == "Olympique Lyonnais" for m in moves)


def test_a_job_once_held_is_not_where_one_comes_from() -> None:
    text = (
        " date 2025-05-20 Former Bayern Munich manager Karl Hoffner expected to take over as "
        "head coach. Barcelona have sacked their coach. Barcelona want Karl Hoffner."
    )
    move = find(extract(text, "en"), "Karl Hoffner", "FC Barcelona")
    assert move.from_club is None


def test_an_outlet_named_like_a_club_is_no_club() -> None:
    text = (
        " date 2025-05-20 The Athletic reported that the former Barcelona midfielder could "
        "leave the club, said Marc Vidal."
    )
    assert not any(m.to_club == "Athletic Bilbao" for m in extract(text, "en"))


def test_a_german_genitive_names_the_club() -> None:
    text = (
        " date 2025-05-20 Bayern München erhielt Absagen, unter anderem von Leverkusens "
        "Trainer Xaver Albrecht."
    )
    assert ("Xaver Albrecht", "Bayer Leverkusen", "head_coach") in roles(text, "de")


def test_a_capitalised_word_before_a_given_name_is_no_part_of_it() -> None:
    text = (
        " date 2024-06 Der Wechsel von Frankreichs Starspieler Kylian Berthier von Paris "
        "Saint-Germain zu Real Madrid ist perfekt."
    )
    move = find(extract(text, "de"), "Kylian Berthier", "Real Madrid")
    assert move.person == "Kylian Berthier"
    assert (move.status, move.from_club) == ("official", "Paris Saint-Germain")
