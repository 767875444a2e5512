"""Golden cases in Spanish: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from .helpers import Case, case, check, extract, find, golden, kinds, move, roles

CASES = [
    case(
        "es-coach-sacked",
        "es",
        "departure",
        " date 2025-11-03 El Valencia ha destituido a su entrenador Andrés Moliner tras la "
        "derrota del domingo. El club anunció el despido en un comunicado.",
        move(
            "Andrés Moliner",
            "Valencia CF",
            type="departure",
            status="official",
            role="head_coach",
        ),
    ),
    case(
        "es-hedged-rumour-conditional",
        "es",
        "hedged_rumour",
        " date 2025-07-14 Según Diario AS, el Real Betis estaría interesado en el "
        "centrocampista Álvaro Quintana, del Celta de Vigo. El club verdiblanco vería con "
        "buenos ojos su llegada.",
        move(
            "Álvaro Quintana",
            "Real Betis",
            type="transfer",
            status="rumour",
            from_club="Celta Vigo",
        ),
    ),
    case(
        "es-hedged-rumour-eyes-on",
        "es",
        "hedged_rumour",
        " date 2025-07-10 El Sevilla ha puesto sus ojos en Iker Zubiaurre, delantero del "
        "Athletic Club. La dirección deportiva valora su fichaje para el próximo verano.",
        move(
            "Iker Zubiaurre",
            "Sevilla FC",
            type="transfer",
            status="rumour",
            from_club="Athletic Bilbao",
        ),
    ),
    case(
        "es-denial-of-an-offer",
        "es",
        "denial",
        " date 2025-07-14 El Athletic Club ha desmentido que haya una oferta del Atlético de "
        'Madrid por su delantero Iker Zubiaurre. "No ha llegado nada", aseguró el director '
        "deportivo.",
        move("Iker Zubiaurre", "Atlético Madrid", type="transfer", status="denied"),
    ),
    case(
        "es-official-signing",
        "es",
        "official",
        " date 2025-07-14 El Real Betis ha hecho oficial el fichaje de Álvaro Quintana, "
        "procedente del Celta de Vigo. El centrocampista ha firmado un contrato hasta 2029.",
        move(
            "Álvaro Quintana",
            "Real Betis",
            type="transfer",
            status="official",
            from_club="Celta Vigo",
        ),
    ),
    case(
        "es-official-loan",
        "es",
        "loan",
        " date 2025-01-30 El Real Madrid ha cedido al centrocampista Álvaro Quintana al Getafe "
        "hasta final de temporada, según ha anunciado el club. La cesión no incluye opción de "
        "compra.",
        move("Álvaro Quintana", "Getafe CF", type="loan", status="official"),
    ),
    case(
        "es-extension",
        "es",
        "extension",
        " date 2025-03-02 La Real Sociedad ha anunciado la renovación del delantero Iker "
        "Zubiaurre hasta junio de 2029. El atacante amplía así su vínculo con el club "
        "donostiarra.",
        move("Iker Zubiaurre", "Real Sociedad", type="extension", status="official"),
    ),
    case(
        "es-staff-appointment-sporting-director",
        "es",
        "staff_appointment",
        " date 2025-06-05 El Real Betis ha nombrado a Jaime Carrasco nuevo director deportivo. "
        "Carrasco llega procedente del Málaga, donde ocupaba el mismo cargo.",
        move(
            "Jaime Carrasco",
            "Real Betis",
            type="appointment",
            role="sporting_director",
            status="official",
            from_club="Málaga CF",
        ),
    ),
    case(
        "es-several-moves-two-players-two-clubs",
        "es",
        "several_moves",
        " date 2025-08-31 En el cierre del mercado, el Villarreal ha fichado a Álvaro Quintana, "
        "mientras que Iker Zubiaurre ha firmado con el Valencia.",
        move("Álvaro Quintana", "Villarreal CF", type="transfer", status="official"),
        move("Iker Zubiaurre", "Valencia CF", type="transfer", status="official"),
    ),
    case(
        "es-several-moves-two-rumours",
        "es",
        "several_moves",
        " date 2025-08-31 Según Marca, el Sevilla está interesado en Álvaro Quintana, mientras "
        "que el Betis quiere a Iker Zubiaurre.",
        move("Álvaro Quintana", "Sevilla FC", status="rumour", sources=("Marca",)),
        move("Iker Zubiaurre", "Real Betis", status="rumour", sources=("Marca",)),
    ),
    case(
        "es-fee-spelling-decimal-comma",
        "es",
        "fee_spelling",
        " date 2025-08-10 El Valencia ha cerrado el fichaje de Álvaro Quintana por 18,5 "
        "millones de euros, procedente del Celta de Vigo. El extremo pasará mañana el "
        "reconocimiento médico.",
        move("Álvaro Quintana", "Valencia CF", status="agreed", fee_eur=18_500_000),
    ),
    case(
        "es-fee-spelling-kilos",
        "es",
        "fee_spelling",
        " date 2025-08-10 El Real Betis ha hecho oficial el fichaje de Álvaro Quintana, por el "
        "que pagará 9 kilos al Celta de Vigo.",
        move("Álvaro Quintana", "Real Betis", from_club="Celta Vigo", fee_eur=9_000_000),
    ),
    case(
        "es-fee-spelling-in-words",
        "es",
        "fee_spelling",
        " date 2025-08-10 El Real Betis ha hecho oficial el fichaje de Álvaro Quintana por "
        "nueve millones de euros.",
        move("Álvaro Quintana", "Real Betis", status="official", fee_eur=9_000_000),
    ),
    case(
        "es-will-be-the-new-coach",
        "es",
        "staff_appointment",
        " date 2025-06-10 Rubén Ortega será el nuevo entrenador del Getafe, según adelanta Relevo.",
        move("Rubén Ortega", "Getafe CF", type="appointment", role="head_coach", status="agreed"),
    ),
    case(
        "es-club-loans-out-a-player",
        "es",
        "loan",
        " date 2025-06-10 El Real Madrid ha cedido a Álvaro Quintana al Getafe.",
        move("Álvaro Quintana", "Getafe CF", type="loan", from_club="Real Madrid"),
    ),
    case(
        "es-several-moves-gapped-verb",
        "es",
        "several_moves",
        " date 2025-09-01 Gonzalo Arriaga ha fichado por el Villarreal e Unai Olabarria por "
        "el Valencia.",
        move("Gonzalo Arriaga", "Villarreal CF", type="transfer"),
        move("Unai Olabarria", "Valencia CF", type="transfer"),
    ),
    case(
        "es-several-moves-gapped-list-of-three",
        "es",
        "several_moves",
        " date 2025-09-01 Gonzalo Arriaga firmó con el Villarreal, Unai Olabarria con el "
        "Valencia y Marcos Peñalver con el Getafe.",
        move("Gonzalo Arriaga", "Villarreal CF", type="transfer"),
        move("Unai Olabarria", "Valencia CF", type="transfer"),
        move("Marcos Peñalver", "Getafe CF", type="transfer"),
    ),
    case(
        "es-several-moves-two-club-subjects",
        "es",
        "several_moves",
        " date 2025-09-01 El Villarreal ha fichado a Gonzalo Arriaga y el Valencia ha cerrado "
        "la llegada de Unai Olabarria.",
        move("Gonzalo Arriaga", "Villarreal CF", type="transfer"),
        move("Unai Olabarria", "Valencia CF", type="transfer"),
    ),
    case(
        "es-appointment-sera-el-nuevo-entrenador",
        "es",
        "staff_appointment",
        " date 2025-06-10 Marcos Peñalver será el nuevo entrenador del Getafe, según adelanta "
        "Relevo.",
        move("Marcos Peñalver", "Getafe CF", type="appointment", role="head_coach"),
    ),
    case(
        "es-loan-the-lender-is-the-subject",
        "es",
        "loan",
        " date 2025-09-01 El Real Madrid ha cedido a Marcos Peñalver al Getafe hasta final de "
        "temporada.",
        move("Marcos Peñalver", "Getafe CF", type="loan", from_club="Real Madrid"),
    ),
    case(
        "es-loan-cedido-por",
        "es",
        "loan",
        " date 2025-09-01 El Getafe ha confirmado la llegada de Marcos Peñalver en calidad de "
        "cedido por el Real Madrid.",
        move("Marcos Peñalver", "Getafe CF", type="loan", from_club="Real Madrid"),
    ),
    case(
        "es-fee-the-seller-receives",
        "es",
        "fee_spelling",
        " date 2025-07-14 El Betis ha cerrado el fichaje de Pablo Ruiz. El Celta de Vigo "
        "recibirá 9 kilos por el centrocampista.",
        move("Pablo Ruiz", "Real Betis", from_club="Celta Vigo", fee_eur=9_000_000),
    ),
    case(
        "es-offer-that-could-come-is-a-rumour",
        "es",
        "hedged_rumour",
        " date 2025-07-14 El Sevilla estaría interesado en Pablo Ruiz, del Betis, y podría "
        "presentar una oferta en los próximos días.",
        move("Pablo Ruiz", "Sevilla FC", status="rumour", from_club="Real Betis"),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("es", "departure")
def test_an_opponent_is_never_a_destination() -> None:
    text = (
        " date 2025-11-03 El Sevilla ha destituido a su entrenador Diego Molina tras la "
        "derrota contra el Real Betis."
    )
    moves = extract(text, "es")
    assert [(m.type, m.to_club) for m in moves if m.person == "Diego Molina"] == [
        ("departure", "Sevilla FC")
    ]


@golden("es", "agreed")
def test_an_announcement_still_to_come_keeps_a_signing_agreed() -> None:
    text = (
        " date 2025-06-02 El fichaje de Iván Delgado por el Sevilla ya está firmado. Este "
        "anuncio, que será oficializado la próxima semana, cierra una larga novela."
    )
    assert find(extract(text, "es"), "Iván Delgado", "Sevilla FC").status == "agreed"


@golden("es", "from_club")
def test_between_two_clubs_the_first_buys() -> None:
    text = (
        " date 2025-06-01 La operación entre el Sevilla y el Nantes por Marius Dorel está "
        "muy avanzada, según la prensa local."
    )
    found = find(extract(text, "es"), "Marius Dorel", "Sevilla FC")
    assert found.from_club == "FC Nantes"
    assert not any(m.to_club == "FC Nantes" for m in extract(text, "es"))


@golden("es", "sources")
def test_a_club_s_own_tweet_credits_no_one() -> None:
    text = (
        " date 2025-06-02 El FC Barcelona ha anunciado el fichaje de Tomás Ferrandiz.\n\n"
        "Welcome Tomás! pic.twitter.com/abcd1234 — FC Barcelona (@FCBarcelona) June 2, 2025\n"
    )
    found = find(extract(text, "es"), "Tomás Ferrandiz", "FC Barcelona")
    assert "FC Barcelona" not in found.sources


@golden("es", "sources")
def test_a_tweet_signed_with_no_name_credits_no_one() -> None:
    text = (
        " date 2025-06-02 El Valencia ha anunciado el fichaje de Tomás Ferrandiz.\n\n"
        "Oficial pic.twitter.com/abcd1234 — #CAMPEONES 🏆 (@somefanclub) June 2, 2025\n"
    )
    found = find(extract(text, "es"), "Tomás Ferrandiz", "Valencia CF")
    assert not [s for s in found.sources if "#" in s]


@golden("es", "roles")
def test_a_side_described_before_its_coach_s_name() -> None:
    text = (
        " date 2025-11-10 El Valencia joven, impetuoso y valiente de Tomás Ferrandiz se "
        "reencontró contra el Betis."
    )
    assert ("Tomás Ferrandiz", "Valencia CF", "head_coach") in roles(text, "es")


@golden("es", "departure")
def test_a_coach_s_last_game_against_another_club_is_his_exit() -> None:
    text = (
        " date 2024-05-24 Semana decisiva en el FC Barcelona. El FC Barcelona cambia de "
        "rumbo. El técnico Tomás Ferrandiz dirigirá su último partido este domingo ante el "
        "Sevilla."
    )
    assert ("departure", "FC Barcelona") in kinds(extract(text, "es"), "Tomás Ferrandiz")


@golden("es", "fee_spelling")
def test_a_price_said_of_no_one_and_no_club_is_the_subject_s() -> None:
    text = (
        " date 2025-06-02 El Valencia ha anunciado el fichaje de Tomás Ferrandiz. "
        "La operación se cerrará por 12 millones de euros."
    )
    found = find(extract(text, "es"), "Tomás Ferrandiz", "Valencia CF")
    assert found.fee_eur == 12_000_000


@golden("es", "destination")
def test_a_club_joined_years_ago_is_not_the_destination() -> None:
    text = (
        " date 2024-07-10 Marco Tessari, que llegó al Sevilla hace dos años, ficha por el Valencia."
    )
    main = {(m.type, m.to_club) for m in extract(text, "es") if m.salience == "main"}
    assert main == {("transfer", "Valencia CF")}


@golden("es", "not_a_move")
def test_a_national_coach_sacked_is_no_club_move() -> None:
    text = (
        " date 2025-07-14 Paolo Bianchi fue destituido como seleccionador español, según "
        "anunció el presidente de la Federación, en la concentración del equipo en la ciudad "
        "rusa de Krasnodar."
    )
    assert kinds(extract(text, "es"), "Paolo Bianchi") == set()
