"""Golden cases in French: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from .helpers import Case, case, check, extract, find, golden, kinds, move, roles

CASES = [
    case(
        "fr-official-signing-with-fee",
        "fr",
        "official",
        " date 2025-07-14 L'Olympique de Marseille a officialisé l'arrivée de Tomás Herrera. "
        "Le milieu uruguayen a signé un contrat de quatre ans avec l'OM, qui a versé "
        "18 millions d'euros au Celta Vigo.",
        move(
            "Tomás Herrera",
            "Olympique de Marseille",
            type="transfer",
            status="official",
            fee_eur=18_000_000,
        ),
    ),
    case(
        "fr-denial-club-denies-a-sale",
        "fr",
        "denial",
        " date 2025-07-14 Le RC Lens a démenti les rumeurs envoyant son défenseur Yanis "
        "Berthomieu à l'AS Monaco. « Aucune offre n'est arrivée », assure le club artésien. "
        "Le joueur est sous contrat jusqu'en 2028.",
        move("Yanis Berthomieu", "AS Monaco", type="transfer", status="denied"),
    ),
    case(
        "fr-extension-announced-by-the-club",
        "fr",
        "extension",
        " date 2025-03-02 Le Stade Brestois a officialisé la prolongation de contrat d'Erwan "
        "Kerjean jusqu'en 2028. Le milieu de terrain de 24 ans, formé au club, était jusqu'ici "
        "lié aux Ty Zefs jusqu'en 2026.",
        move("Erwan Kerjean", "Stade Brestois", type="extension", status="official"),
    ),
    case(
        "fr-several-moves-two-players-two-clubs",
        "fr",
        "several_moves",
        " date 2025-08-30 Dernier jour du mercato : le Stade Rennais a recruté Nathan Vidal, "
        "tandis que Hugo Mercier s'est engagé avec le Toulouse FC. Les deux milieux de terrain "
        "ont signé pour quatre saisons.",
        move("Nathan Vidal", "Stade Rennais", type="transfer", status="official"),
        move("Hugo Mercier", "Toulouse FC", type="transfer", status="official"),
    ),
    case(
        "fr-several-moves-two-rumours",
        "fr",
        "several_moves",
        " date 2025-08-30 Selon RMC Sport, l'OM s'intéresse à Nathan Vidal tandis que l'OL "
        "aurait coché le nom de Hugo Mercier.",
        move("Nathan Vidal", "Olympique de Marseille", status="rumour", sources=("RMC Sport",)),
        move("Hugo Mercier", "Olympique Lyonnais", status="rumour", sources=("RMC Sport",)),
    ),
    case(
        "fr-several-moves-two-players-one-club",
        "fr",
        "several_moves",
        " date 2025-08-30 Le RC Lens a officialisé les arrivées de Nathan Vidal et Hugo "
        "Mercier. Les deux milieux de terrain ont signé jusqu'en 2029.",
        move("Nathan Vidal", "RC Lens", type="transfer", status="official"),
        move("Hugo Mercier", "RC Lens", type="transfer", status="official"),
    ),
    case(
        "fr-official-recruited",
        "fr",
        "official",
        " date 2025-08-30 Le RC Lens a recruté le milieu de terrain Nathan Vidal, en "
        "provenance du FC Lorient. Le joueur de 23 ans a signé jusqu'en 2029.",
        move("Nathan Vidal", "RC Lens", type="transfer", status="official", from_club="FC Lorient"),
    ),
    case(
        "fr-staff-appointment-head-coach",
        "fr",
        "staff_appointment",
        " date 2025-06-05 Le Stade Rennais a nommé Frédéric Garnier au poste d'entraîneur. "
        "Il était jusqu'ici en charge du FC Lorient.",
        move(
            "Frédéric Garnier",
            "Stade Rennais",
            type="appointment",
            role="head_coach",
            status="official",
            from_club="FC Lorient",
        ),
    ),
    case(
        "fr-fee-spelling-m-euro-sign",
        "fr",
        "fee_spelling",
        " date 2025-08-20 Le Stade de Reims a officialisé l'arrivée de Killian Moreau en "
        "provenance du FC Nantes contre un chèque de 18M€.",
        move("Killian Moreau", "Stade de Reims", from_club="FC Nantes", fee_eur=18_000_000),
    ),
    case(
        "fr-fee-spelling-decimal-comma-and-bonus",
        "fr",
        "fee_spelling",
        " date 2025-08-20 Mercato : le FC Nantes a bouclé le transfert de Killian Moreau au "
        "Stade de Reims pour 7,5 M€, bonus compris. Le milieu de 22 ans s'est engagé pour "
        "quatre saisons.",
        move("Killian Moreau", "Stade de Reims", type="transfer", fee_eur=7_500_000),
    ),
    case(
        "fr-fee-spelling-in-words",
        "fr",
        "fee_spelling",
        " date 2025-08-10 Le LOSC a officialisé l'arrivée de Nathan Vidal pour un montant de "
        "quinze millions d'euros.",
        move("Nathan Vidal", "Lille OSC", status="official", fee_eur=15_000_000),
    ),
    case(
        "fr-fee-spelling-fixed-part-before-bonus",
        "fr",
        "fee_spelling",
        " date 2025-08-10 Le LOSC a officialisé l'arrivée de Nathan Vidal contre 8 millions "
        "d'euros plus 2 millions de bonus.",
        move("Nathan Vidal", "Lille OSC", fee_eur=8_000_000),
    ),
    case(
        "fr-name-opening-the-article-extension",
        "fr",
        "extension",
        " date 2025-07-14 Erwan Kerjean a prolongé son contrat avec le Stade Brestois jusqu'en "
        "2028, a annoncé le club.",
        move("Erwan Kerjean", "Stade Brestois", type="extension", status="official"),
    ),
    case(
        "fr-unknown-given-name-before-a-verb",
        "fr",
        "official",
        " date 2025-07-14 Gwendal Trémeur a signé au Stade Brestois jusqu'en 2028.",
        move("Gwendal Trémeur", "Stade Brestois", type="transfer", status="official"),
    ),
    case(
        "fr-denial-of-any-contact",
        "fr",
        "denial",
        " date 2025-07-14 Le FC Nantes dément tout contact avec Nathan Vidal.",
        move("Nathan Vidal", "FC Nantes", type="transfer", status="denied"),
    ),
    case(
        "fr-several-moves-three-clauses-with-subjects",
        "fr",
        "several_moves",
        " date 2025-09-01 Dernier jour du mercato : le Stade Rennais a recruté Bastien Roussel, "
        "le FC Nantes a enrôlé Killian Perrot et le Montpellier HSC a attiré Mathis Delorme.",
        move("Bastien Roussel", "Stade Rennais", type="transfer"),
        move("Killian Perrot", "FC Nantes", type="transfer"),
        move("Mathis Delorme", "Montpellier HSC", type="transfer"),
    ),
    case(
        "fr-several-moves-two-verbs-joined-by-et",
        "fr",
        "several_moves",
        " date 2025-09-01 Bastien Roussel rejoint le Toulouse FC et Killian Perrot s'engage "
        "avec Montpellier.",
        move("Bastien Roussel", "Toulouse FC", type="transfer"),
        move("Killian Perrot", "Montpellier HSC", type="transfer"),
    ),
    case(
        "fr-several-moves-list-of-names-shares-the-club",
        "fr",
        "several_moves",
        " date 2025-09-01 Le RC Lens a recruté Bastien Roussel et Killian Perrot.",
        move("Bastien Roussel", "RC Lens", type="transfer"),
        move("Killian Perrot", "RC Lens", type="transfer"),
    ),
    case(
        "fr-several-moves-arrivals-de-et-de",
        "fr",
        "several_moves",
        " date 2025-09-01 Le RC Lens a officialisé les arrivées de Bastien Roussel et de "
        "Killian Perrot.",
        move("Bastien Roussel", "RC Lens", type="transfer", status="official"),
        move("Killian Perrot", "RC Lens", type="transfer", status="official"),
    ),
    case(
        "fr-loan-lent-by-a-club",
        "fr",
        "loan",
        " date 2025-09-01 Le défenseur Bastien Roussel est prêté par le Paris Saint-Germain "
        "au Stade Brestois jusqu'à la fin de la saison.",
        move("Bastien Roussel", "Stade Brestois", type="loan", from_club="Paris Saint-Germain"),
    ),
    case(
        "fr-denial-of-a-departure-to-a-club",
        "fr",
        "denial",
        " date 2025-09-01 L'OGC Nice a démenti tout départ de Bastien Roussel vers le Stade "
        "Rennais.",
        move("Bastien Roussel", "Stade Rennais", type="transfer", status="denied"),
    ),
    case(
        "fr-club-that-announces-is-no-credit",
        "fr",
        "extension",
        " date 2025-07-14 Le Stade Brestois a annoncé la prolongation de contrat de son milieu "
        "Erwan Kerjean jusqu'en 2029.",
        move("Erwan Kerjean", "Stade Brestois", type="extension", status="official"),
    ),
    case(
        "fr-fee-the-seller-receives",
        "fr",
        "fee_spelling",
        " date 2025-07-14 L'OM a officialisé l'arrivée de Jules Marchand. Le FC Nantes "
        "touchera 12,5 millions d'euros hors bonus.",
        move(
            "Jules Marchand",
            "Olympique de Marseille",
            from_club="FC Nantes",
            fee_eur=12_500_000,
        ),
    ),
    case(
        "fr-denial-by-the-entourage",
        "fr",
        "denial",
        " date 2025-07-14 « Il n'y a rien de vrai », a tranché l'entourage de Nathan Vidal au "
        "sujet d'un intérêt de l'OGC Nice.",
        move("Nathan Vidal", "OGC Nice", status="denied"),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("fr", "several_moves")
def test_several_moves_in_one_sentence() -> None:
    text = (
        " date 2025-06-30 Mercato : l'OM serait intéressé par Paul Lemaire, mais Lemaire "
        "plairait aussi au Stade Rennais et au LOSC."
    )
    clubs = {m.to_club for m in extract(text, "fr") if "Lemaire" in m.person}
    assert {"Olympique de Marseille", "Stade Rennais", "Lille OSC"} <= clubs


@golden("fr", "evidence")
def test_evidence_points_into_the_raw_text() -> None:
    text = CASES[0].values[0].text
    for found in extract(text, "fr"):
        for ev in found.evidence:
            assert text[ev.start : ev.end] == ev.text


@golden("fr", "staff_appointment")
def test_the_agent_of_a_passive_is_not_the_one_moving() -> None:
    text = (
        " date 2025-06-02 Selon L'Équipe, Karim Benhamou va rejoindre l'OM comme directeur "
        "sportif, nommé par Pablo Longoria pour succéder à Javier Ribalta."
    )
    movers = {m.person for m in extract(text, "fr") if m.type == "appointment"}
    assert "Karim Benhamou" in movers
    assert "Pablo Longoria" not in movers


@golden("fr", "negotiating")
def test_a_bid_from_a_club_makes_it_the_destination() -> None:
    text = (
        " date 2025-07-10 Le club a reçu une offre de 25 millions d'euros de la part de "
        "l'Atalanta pour Lucas Morel, le défenseur de l'AS Monaco."
    )
    found = find(extract(text, "fr"), "Lucas Morel", "Atalanta")
    assert (found.status, found.from_club, found.fee_eur) == (
        "negotiating",
        "AS Monaco",
        25_000_000,
    )


@golden("fr", "departure")
def test_leaving_with_no_destination_is_a_departure() -> None:
    text = " date 2025-05-30 Après trois saisons, Julien Perrin quitte le Stade Rennais."
    found = find(extract(text, "fr"), "Julien Perrin", "Stade Rennais")
    assert (found.type, found.status) == ("departure", "official")


@golden("fr", "loan")
def test_a_sentence_without_a_club_gives_the_status_of_its_person_s_move() -> None:
    text = (
        " date 2025-07-20 Mercato : l'OM tient son latéral, Hugo Lambert arrive en prêt "
        "d'Arsenal. Hugo Lambert a été prêté sans option d'achat."
    )
    found = find(extract(text, "fr"), "Hugo Lambert", "Olympique de Marseille")
    assert (found.type, found.status) == ("loan", "official")


@golden("fr", "destination")
def test_a_transfer_in_favour_of_a_club_goes_there() -> None:
    text = (
        " date 2025-09-01 Le capitaine du Celta Vigo, Iago Ferreira, a confirmé son transfert "
        "en faveur du Paris SG."
    )
    found = find(extract(text, "fr"), "Iago Ferreira", "Paris Saint-Germain")
    assert found.type == "transfer"


@golden("fr", "not_a_move")
def test_the_one_whose_recruit_someone_is_does_not_move() -> None:
    text = (
        " date 2025-09-01 Annoncé comme la prochaine recrue de Luis Navarro, Iago Ferreira "
        "a confirmé son transfert en faveur du Paris SG."
    )
    assert not kinds(extract(text, "fr"), "Luis Navarro")


@golden("fr", "sources")
def test_a_journalist_named_by_title_is_a_source() -> None:
    text = (
        " date 2025-09-01 Iago Ferreira va signer au Paris SG. Selon les informations de "
        "Pablo Ortega, journaliste de la radio COPE, Iago Ferreira a réussi sa visite "
        "médicale avec le Paris Saint-Germain."
    )
    found = find(extract(text, "fr"), "Iago Ferreira", "Paris Saint-Germain")
    assert {"Pablo Ortega", "COPE"} <= set(found.sources)
    assert "Pablo Ortega" not in {m.person for m in extract(text, "fr")}


@golden("fr", "not_a_move")
def test_the_club_where_a_player_was_trained_is_not_his_destination() -> None:
    text = (
        " date 2025-07-20 Formé à Benfica, Hugo Lambert va venir renforcer le côté gauche de l'OM."
    )
    assert ("transfer", "SL Benfica") not in {
        (m.type, m.to_club) for m in extract(text, "fr") if m.salience == "main"
    }


@golden("fr", "roles")
def test_the_team_of_a_coach() -> None:
    text = (
        " date 2025-08-31 Les dirigeants du Paris Saint-Germain travaillent au renforcement "
        "de l'équipe de Christian Morel."
    )
    assert ("Christian Morel", "Paris Saint-Germain", "head_coach") in roles(text, "fr")


@golden("fr", "hedged_rumour")
def test_a_club_thinking_of_a_player_is_a_rumour() -> None:
    text = (
        " date 2025-06-01 Selon nos informations, l'Olympique Lyonnais pense à Marius Dorel "
        "pour renforcer son attaque."
    )
    found = find(extract(text, "fr"), "Marius Dorel", "Olympique Lyonnais")
    assert (found.type, found.status) == ("transfer", "rumour")


@golden("fr", "hedged_rumour")
def test_a_name_ticked_by_a_club_is_the_one_moving() -> None:
    text = " date 2025-06-01 Selon L'Équipe, l'OL aurait coché le nom de Marius Dorel."
    found = find(extract(text, "fr"), "Marius Dorel", "Olympique Lyonnais")
    assert found.status == "rumour"


@golden("fr", "from_club")
def test_a_renewal_elsewhere_names_the_club_left() -> None:
    text = (
        " date 2025-05-01 Marius Dorel a refusé de prolonger son contrat avec le Stade "
        "Rennais. Le Real Madrid serait intéressé par Marius Dorel."
    )
    assert find(extract(text, "fr"), "Marius Dorel", "Real Madrid").from_club == "Stade Rennais"


@golden("fr", "sources")
def test_a_journalist_credited_in_words_is_a_source_of_the_subject_s_move() -> None:
    text = (
        " date 2025-06-02 Paolo Verrini est le nouvel entraîneur de l'OM, annonce le club. "
        "Comme indiqué par le journaliste Marc Delorme, Paolo Verrini s'est déjà mis au travail."
    )
    found = find(extract(text, "fr"), "Paolo Verrini", "Olympique de Marseille")
    assert "Marc Delorme" in found.sources


@golden("fr", "roles")
def test_a_title_opening_a_sentence_is_the_subject_of_the_one_before() -> None:
    text = (
        " date 2025-07-01 Marco Dellavalle a commenté le prêt de Luca Bonetti à l'OM. "
        "Le coach d'Arsenal y a vu la meilleure solution pour faire progresser son joueur."
    )
    found = roles(text, "fr")
    assert ("Marco Dellavalle", "Arsenal", "head_coach") in found
    assert ("Luca Bonetti", "Arsenal", "head_coach") not in found


@golden("fr", "roles")
def test_a_title_beside_its_own_name_is_not_the_previous_subject_s() -> None:
    text = (
        " date 2025-07-01 Marco Dellavalle a commenté le prêt de Luca Bonetti à l'OM. "
        "Le coach d'Arsenal, Pierre Gandolfi, y a vu une bonne solution."
    )
    assert ("Marco Dellavalle", "Arsenal", "head_coach") not in roles(text, "fr")


@golden("fr", "roles")
def test_a_team_named_by_its_coach_is_the_club_that_opened_the_sentence_before() -> None:
    text = (
        " date 2025-09-20 L'Olympique de Marseille a repris la tête du classement. "
        "Les hommes de Paolo Verrini ont le même nombre de points que le Paris Saint-Germain."
    )
    found = roles(text, "fr")
    assert ("Paolo Verrini", "Olympique de Marseille", "head_coach") in found
    assert ("Paolo Verrini", "Paris Saint-Germain", "head_coach") not in found


@golden("fr", "not_a_move")
def test_a_name_with_its_title_after_it_far_from_the_move_cue_holds_that_job() -> None:
    text = (
        " date 2025-06-10 Marco Rinaldi aurait été convaincu par les échanges qui ont suivi, "
        "notamment avec Paolo Verrini l'entraîneur, et serait désormais décidé à rejoindre "
        "le Napoli."
    )
    assert not kinds(extract(text, "fr"), "Paolo Verrini")


@golden("fr", "not_a_move")
def test_a_record_compared_in_a_parenthesis_is_not_a_move() -> None:
    text = (
        " date 2025-06-10 Le Napoli pourrait recruter Marco Rinaldi pour 81 millions d'euros, "
        "le plus gros achat de l'histoire du club (devant Paolo Verrini à Arsenal pour 39 M€)."
    )
    moves = extract(text, "fr")
    assert not kinds(moves, "Paolo Verrini")


@golden("fr", "roles")
def test_a_club_adjective_after_a_title_names_the_club() -> None:
    text = (
        " date 2025-06-10 La Juventus a officialisé l'arrivée de Marco Rinaldi. Paolo "
        "Verrini, le président parisien, le porte en haute estime."
    )
    found = roles(text, "fr")
    assert ("Paolo Verrini", "Paris Saint-Germain", "president") in found
    assert ("Paolo Verrini", "Juventus", "president") not in found


@golden("fr", "departure")
def test_ending_one_s_mandate_is_a_departure() -> None:
    text = (
        ' date 2022-06-30 "Le FC Valence annonce que Paolo Verrini met fin à son mandat '
        "d'entraîneur de l'équipe première\", indique le communiqué."
    )
    assert ("departure", "Valencia CF") in kinds(extract(text, "fr"), "Paolo Verrini")


@golden("fr", "departure")
def test_a_titled_person_sacked_without_a_club_leaves_the_article_s_club() -> None:
    text = (
        " date 2022-06-30 Le FC Valence a changé d'entraîneur. Valence cherche encore. "
        "Paolo Verrini, le président du club, a été licencié lundi."
    )
    assert ("departure", "Valencia CF") in kinds(extract(text, "fr"), "Paolo Verrini")


@golden("fr", "departure")
def test_a_described_subject_is_the_one_named_in_the_sentence_before() -> None:
    text = (
        " date 2022-06-30 Paolo Verrini a quitté Valence. Valence a annoncé la nouvelle. "
        "Marco Rinaldi serait en pourparlers avec Valence. L'ancien milieu de terrain italien "
        "était à la tête de Naples, mais il a été licencié l'année suivante."
    )
    moves = extract(text, "fr")
    assert ("departure", "SSC Napoli") not in kinds(moves, "Paolo Verrini")
    assert ("departure", "SSC Napoli") in kinds(moves, "Marco Rinaldi")


@golden("fr", "fee_spelling")
def test_a_record_compared_with_does_not_hide_the_fee() -> None:
    text = (
        " date 2025-06-02 Luca Bonetti va signer au Napoli. "
        "Le LOSC réclame 40 millions d'euros au Napoli pour son transfert "
        "(devant Paolo Verrini pour 30 M€)."
    )
    found = find(extract(text, "fr"), "Luca Bonetti", "SSC Napoli")
    assert found.fee_eur == 40_000_000


@golden("fr", "destination")
def test_a_club_of_a_short_spell_before_is_not_the_destination() -> None:
    text = (
        " date 2023-07-03 Après un court passage au RC Lens, Marco Tessari s'engage avec le "
        "FC Nantes."
    )
    main = {(m.type, m.to_club) for m in extract(text, "fr") if m.salience == "main"}
    assert main == {("transfer", "FC Nantes")}


@golden("fr", "departure")
def test_the_club_that_knocked_a_side_out_is_the_opponent() -> None:
    text = (
        " date 2023-03-08 Le FC Nantes, sorti de la coupe des oeuvres du Stade Rennais, a "
        "licencié Marco Tessari."
    )
    assert kinds(extract(text, "fr"), "Marco Tessari") == {("departure", "FC Nantes")}


@golden("fr", "departure")
def test_the_coach_sacked_before_a_new_one_is_not_appointed() -> None:
    text = (
        " date 2025-07-14 Marco Neri est le nouvel entraîneur de l'OM, annoncé quelques "
        "heures après le licenciement de Paolo Bianchi."
    )
    moves = extract(text, "fr")
    assert ("appointment", "Olympique de Marseille") in kinds(moves, "Marco Neri")
    assert "appointment" not in {t for t, _ in kinds(moves, "Paolo Bianchi")}


@golden("fr", "not_a_move")
def test_the_coach_a_club_thanks_is_not_appointed() -> None:
    text = (
        " date 2025-07-14 Le FC Nantes a licencié son entraîneur. « Le club tient à remercier "
        "Paolo Bianchi pour son travail et lui souhaite le meilleur pour l'avenir. »"
    )
    assert "appointment" not in {t for t, _ in kinds(extract(text, "fr"), "Paolo Bianchi")}


@golden("fr", "not_a_move")
def test_the_coach_succeeded_is_not_appointed() -> None:
    text = (
        " date 2025-07-14 Le Croate Marco Neri a signé un contrat de deux ans avec l'OM. "
        "L'ancien entraîneur du Genoa succède ainsi à Paolo Bianchi."
    )
    assert "appointment" not in {t for t, _ in kinds(extract(text, "fr"), "Paolo Bianchi")}


@golden("fr", "staff_appointment")
def test_the_replacement_named_after_a_colon_is_the_newcomer() -> None:
    text = (
        " date 2025-07-14 La Juventus a licencié Paolo Bianchi plus tôt dans la journée et n'a "
        "pas tardé à annoncer son remplaçant : Marco Neri (41 ans)."
    )
    moves = extract(text, "fr")
    assert kinds(moves, "Marco Neri") == {("appointment", "Juventus")}
    assert kinds(moves, "Paolo Bianchi") == {("departure", "Juventus")}


@golden("fr", "departure")
def test_the_one_replaced_by_a_newcomer_leaves() -> None:
    text = (
        " date 2025-07-14 Limogé par le PSG cet été et remplacé par Marco Neri, Paolo Bianchi "
        "ne semble pas avoir laissé un souvenir marquant."
    )
    assert "appointment" not in {t for t, _ in kinds(extract(text, "fr"), "Paolo Bianchi")}


@golden("fr", "not_a_move")
def test_the_sacking_of_a_described_coach_is_not_the_subjects() -> None:
    text = (
        " date 2025-07-14 Marco Neri est le futur entraîneur de l'OL. Pas encore officialisé, "
        "le licenciement du coach néerlandais devrait intervenir assez rapidement puisque l'OL "
        "a déjà trouvé son remplaçant."
    )
    assert ("departure", "Olympique Lyonnais") not in kinds(extract(text, "fr"), "Marco Neri")
