"""Golden cases for readings scoped below the sentence: which club a cue, a refusal or a
past verb belongs to, lists of names, credited journalists. Short texts written for
these tests."""

from __future__ import annotations

from tests.extract.test_golden import extract, find

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article, Move


def roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    article = extract_stage(header_stage(Article(text=text, lang=lang)))
    return {(r.person, r.club, r.role) for r in article.roles}


def kinds(moves: list[Move], person: str) -> set[tuple[str, str]]:
    return {(m.type, m.to_club) for m in moves if person in m.person}


def test_no_longer_the_coach_is_a_departure_from_that_club() -> None:
    text = (
        " date 2025-06-04 Luca Bernardi non è più l'allenatore del Torino. Il tecnico "
        "potrà ora firmare come nuovo allenatore della Lazio."
    )
    moves = extract(text, "it")
    assert ("departure", "Torino") in kinds(moves, "Luca Bernardi")
    assert ("departure", "SS Lazio") not in kinds(moves, "Luca Bernardi")


def test_an_exit_is_not_from_the_club_of_the_new_job() -> None:
    text = (
        " date 2025-06-04 Arriva la separazione da Luca Bernardi, che potrà firmare come "
        "nuovo allenatore della Lazio."
    )
    assert ("departure", "SS Lazio") not in kinds(extract(text, "it"), "Luca Bernardi")


def test_a_renewal_is_with_the_club_named_beside_it() -> None:
    text = (
        " date 2025-05-10 Marco Rinaldi ha preso tempo con il Torino sul rinnovo: la "
        "Lazio lo segue da settimane."
    )
    assert ("extension", "Torino") in kinds(extract(text, "it"), "Marco Rinaldi")


def test_a_snub_calls_off_only_the_club_it_names() -> None:
    text = (
        " date 2025-05-21 Official: Daniel Hartley snubs Chelsea, signs new Arsenal contract. "
        "Daniel Hartley has signed a new contract with Arsenal until 2029, the club announced."
    )
    moves = extract(text, "en")
    assert find(moves, "Daniel Hartley", "Arsenal").status == "official"


def test_the_club_before_a_denial_is_the_one_denying() -> None:
    text = (
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rodrigo Sequeira."
    )
    assert find(extract(text, "pt"), "Rodrigo Sequeira", "Paris Saint-Germain").status == "denied"


def test_a_tweet_date_is_not_a_hedge() -> None:
    text = (
        " date 2025-05-29 Tottenham have signed Oliver Grant from Brentford on a four-year "
        "contract. pic.twitter.com/abc — Tottenham Hotspur (@SpursOfficial) May 29, 2025"
    )
    assert find(extract(text, "en"), "Oliver Grant", "Tottenham Hotspur").status == "official"


def test_an_agreement_with_another_club_names_the_club_left() -> None:
    text = (
        " date 2025-05-25 Everton have agreed a deal with Burnley that will see Daniel "
        "Hartley become their new manager."
    )
    move = find(extract(text, "en"), "Daniel Hartley", "Everton")
    assert (move.type, move.from_club) == ("appointment", "Burnley")


def test_signing_with_a_club_is_not_an_agreement_with_the_seller() -> None:
    text = " date 2025-07-01 Il Torino ha liberato Luca Bernardi, che ora firmerà con la Lazio."
    assert "SS Lazio" not in {m.from_club for m in extract(text, "it")}


def test_a_past_verb_in_a_relative_clause_does_not_date_the_move() -> None:
    text = (
        " date 2025-11-01 O Benfica oficializou a contratação do treinador Tiago Correia. "
        "Tiago Correia deixa o Sporting de Braga, clube que orientou desde 2021."
    )
    move = find(extract(text, "pt"), "Tiago Correia", "SC Braga")
    assert (move.type, move.salience) == ("departure", "main")


def test_a_sentence_without_a_club_gives_the_status_of_its_person_s_move() -> None:
    text = (
        " date 2025-07-20 Mercato : l'OM tient son latéral, Hugo Lambert arrive en prêt "
        "d'Arsenal. Hugo Lambert a été prêté sans option d'achat."
    )
    move = find(extract(text, "fr"), "Hugo Lambert", "Olympique de Marseille")
    assert (move.type, move.status) == ("loan", "official")


def test_each_club_goes_to_the_name_beside_it() -> None:
    text = (
        " date 2025-06-10 Luca Bernardi deve ancora scegliere il nuovo direttore sportivo e "
        "il club deve cedere i suoi gioielli (Marco Rinaldi in orbita Napoli e Paolo Greco, "
        "profilo ideale per la Roma)."
    )
    moves = extract(text, "it")
    assert {to for _, to in kinds(moves, "Marco Rinaldi")} == {"SSC Napoli"}
    assert {to for _, to in kinds(moves, "Paolo Greco")} == {"AS Roma"}
    assert not kinds(moves, "Luca Bernardi")


def test_a_list_of_names_shares_its_club() -> None:
    text = (
        " date 2024-11-05 Manchester United will also bring in Nuno Vieira, Pedro Moreira "
        "and goalkeeping coach Rui Alves from Sporting."
    )
    moves = extract(text, "en")
    for name in ("Nuno Vieira", "Pedro Moreira", "Rui Alves"):
        assert ("appointment", "Manchester United") in kinds(moves, name), name


def test_a_job_taken_with_only_the_old_club_named_is_at_the_article_s_club() -> None:
    text = (
        " date 2025-05-24 FC Barcelona have sacked Xavier Pons. The Catalans confirmed the news "
        "on Friday. Former Bayern Munich manager Klaus Richter is expected to take over as "
        "head coach next season."
    )
    move = find(extract(text, "en"), "Klaus Richter", "FC Barcelona")
    assert (move.type, move.status) == ("appointment", "rumour")


def test_a_transfer_in_favour_of_a_club_goes_there() -> None:
    text = (
        " date 2025-09-01 Le capitaine du Celta Vigo, Iago Ferreira, a confirmé son transfert "
        "en faveur du Paris SG."
    )
    move = find(extract(text, "fr"), "Iago Ferreira", "Paris Saint-Germain")
    assert move.type == "transfer"


def test_the_one_whose_recruit_someone_is_does_not_move() -> None:
    text = (
        " date 2025-09-01 Annoncé comme la prochaine recrue de Luis Navarro, Iago Ferreira "
        "a confirmé son transfert en faveur du Paris SG."
    )
    assert not kinds(extract(text, "fr"), "Luis Navarro")


def test_a_journalist_named_by_title_is_a_source() -> None:
    text = (
        " date 2025-09-01 Iago Ferreira va signer au Paris SG. Selon les informations de "
        "Pablo Ortega, journaliste de la radio COPE, Iago Ferreira a réussi sa visite "
        "médicale avec le Paris Saint-Germain."
    )
    move = find(extract(text, "fr"), "Iago Ferreira", "Paris Saint-Germain")
    assert {"Pablo Ortega", "COPE"} <= set(move.sources)
    assert "Pablo Ortega" not in {m.person for m in extract(text, "fr")}


def test_a_lower_case_preposition_is_not_a_title() -> None:
    text = (
        " date 2025-06-20 Scaduti i termini per il riscatto, si torna ad Alvaro Ruiz: "
        "l'attaccante farà ritorno all'Atletico Madrid."
    )
    assert not any(role == "ceo" for _, _, role in roles(text, "it"))


def test_the_club_where_a_player_was_trained_is_not_his_destination() -> None:
    text = (
        " date 2025-07-20 Formé à Benfica, Hugo Lambert va venir renforcer le côté gauche de l'OM."
    )
    assert ("transfer", "SL Benfica") not in {
        (m.type, m.to_club) for m in extract(text, "fr") if m.salience == "main"
    }


def test_the_team_of_a_coach() -> None:
    text = (
        " date 2025-08-31 Les dirigeants du Paris Saint-Germain travaillent au renforcement "
        "de l'équipe de Christian Morel."
    )
    assert ("Christian Morel", "Paris Saint-Germain", "head_coach") in roles(text, "fr")


def test_an_announcement_still_to_come_keeps_a_signing_agreed() -> None:
    text = (
        " date 2025-06-02 El fichaje de Iván Delgado por el Sevilla ya está firmado. Este "
        "anuncio, que será oficializado la próxima semana, cierra una larga novela."
    )
    assert find(extract(text, "es"), "Iván Delgado", "Sevilla FC").status == "agreed"
