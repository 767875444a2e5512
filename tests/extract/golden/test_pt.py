"""Golden cases in Portuguese: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from .helpers import Case, case, check, extract, find, golden, kinds, move, roles

CASES = [
    case(
        "pt-denial",
        "pt",
        "denial",
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rodrigo Sequeira.",
        move("Rodrigo Sequeira", "Paris Saint-Germain", type="transfer", status="denied"),
    ),
    case(
        "pt-hedged-rumour-future-of-probability",
        "pt",
        "hedged_rumour",
        " date 2025-07-14 Segundo o jornal Record, o FC Porto estará interessado no extremo "
        "Diogo Barreiros, do Vitória de Guimarães. Os dragões poderão avançar nas próximas "
        "semanas.",
        move(
            "Diogo Barreiros",
            "FC Porto",
            type="transfer",
            status="rumour",
            from_club="Vitória de Guimarães",
            sources=("Record",),
        ),
    ),
    case(
        "pt-hedged-rumour-in-the-sights",
        "pt",
        "hedged_rumour",
        " date 2025-07-10 O médio Tomás Vilaça está na mira do Benfica. O jogador de 21 anos "
        "agrada à direção encarnada, que o acompanha há vários meses.",
        move("Tomás Vilaça", "SL Benfica", type="transfer", status="rumour"),
    ),
    case(
        "pt-official-signing",
        "pt",
        "official",
        " date 2025-07-14 O Sporting oficializou a contratação de Diogo Barreiros, que chega do "
        "Vitória de Guimarães. O extremo assinou contrato até 2030.",
        move(
            "Diogo Barreiros",
            "Sporting CP",
            type="transfer",
            status="official",
            from_club="Vitória de Guimarães",
        ),
    ),
    case(
        "pt-official-loan",
        "pt",
        "loan",
        " date 2025-01-30 O Benfica emprestou o médio Diogo Barreiros ao Estoril até ao final "
        "da temporada, anunciou o clube. O acordo não inclui opção de compra.",
        move(
            "Diogo Barreiros",
            "Estoril Praia",
            type="loan",
            status="official",
            from_club="SL Benfica",
        ),
    ),
    case(
        "pt-extension",
        "pt",
        "extension",
        " date 2025-03-02 O Sporting anunciou a renovação do médio Diogo Barreiros, que fica "
        "ligado ao clube até 2029. O jogador tinha contrato até 2026.",
        move("Diogo Barreiros", "Sporting CP", type="extension", status="official"),
    ),
    case(
        "pt-staff-appointment-head-coach",
        "pt",
        "staff_appointment",
        " date 2025-06-05 O SC Braga anunciou Rui Calado como novo treinador. O técnico de 48 "
        "anos chega do Gil Vicente e assinou contrato por duas temporadas.",
        move(
            "Rui Calado",
            "SC Braga",
            type="appointment",
            role="head_coach",
            status="official",
            from_club="Gil Vicente FC",
        ),
    ),
    case(
        "pt-several-moves-two-players-two-clubs",
        "pt",
        "several_moves",
        " date 2025-08-31 No fecho do mercado, o Benfica contratou Diogo Barreiros, enquanto "
        "Tomás Vilaça assinou pelo FC Porto.",
        move("Diogo Barreiros", "SL Benfica", type="transfer", status="official"),
        move("Tomás Vilaça", "FC Porto", type="transfer", status="official"),
    ),
    case(
        "pt-fee-spelling-milhoes-de-euros",
        "pt",
        "fee_spelling",
        " date 2025-08-10 O Benfica pagou 18 milhões de euros ao Vitória de Guimarães pela "
        "contratação de Diogo Barreiros. O extremo assinou até 2030.",
        move(
            "Diogo Barreiros",
            "SL Benfica",
            status="official",
            from_club="Vitória de Guimarães",
            fee_eur=18_000_000,
        ),
    ),
    case(
        "pt-fee-spelling-cost-in-words",
        "pt",
        "fee_spelling",
        " date 2025-08-10 O FC Porto oficializou a contratação do médio Tomás Vilaça por dezoito "
        "milhões de euros.",
        move("Tomás Vilaça", "FC Porto", status="official", fee_eur=18_000_000),
    ),
    case(
        "pt-fee-spelling-decimal-comma",
        "pt",
        "fee_spelling",
        " date 2025-08-10 O FC Porto oficializou a contratação do médio Tomás Vilaça, que custou "
        "7,5 milhões de euros ao clube.",
        move("Tomás Vilaça", "FC Porto", status="official", fee_eur=7_500_000),
    ),
    case(
        "pt-name-opening-the-article-rumour",
        "pt",
        "hedged_rumour",
        " date 2025-06-10 Tomás Vilaça está na mira do Benfica, segundo A Bola.",
        move("Tomás Vilaça", "SL Benfica", type="transfer", status="rumour"),
    ),
    case(
        "pt-buyer-pays-the-seller",
        "pt",
        "fee_spelling",
        " date 2025-06-10 O FC Porto vai pagar 7,5 M€ ao Rio Ave por Tomás Vilaça.",
        move("Tomás Vilaça", "FC Porto", from_club="Rio Ave FC", fee_eur=7_500_000),
    ),
    case(
        "pt-several-moves-two-club-subjects",
        "pt",
        "several_moves",
        " date 2025-09-01 O Benfica contratou Rodrigo Meireles e o FC Porto garantiu Duarte "
        "Sequeira.",
        move("Rodrigo Meireles", "SL Benfica", type="transfer"),
        move("Duarte Sequeira", "FC Porto", type="transfer"),
    ),
    case(
        "pt-several-moves-gapped-com",
        "pt",
        "several_moves",
        " date 2025-09-01 Rodrigo Meireles assinou com o Benfica e Duarte Sequeira com o FC Porto.",
        move("Rodrigo Meireles", "SL Benfica", type="transfer"),
        move("Duarte Sequeira", "FC Porto", type="transfer"),
    ),
    case(
        "pt-several-moves-enquanto",
        "pt",
        "several_moves",
        " date 2025-09-01 Rodrigo Meireles assinou pelo Benfica, enquanto Duarte Sequeira se "
        "mudou para o FC Porto.",
        move("Rodrigo Meireles", "SL Benfica", type="transfer"),
        move("Duarte Sequeira", "FC Porto", type="transfer"),
    ),
    case(
        "pt-loan-por-emprestimo-do",
        "pt",
        "loan",
        " date 2025-09-01 O Rio Ave anunciou a contratação de Duarte Sequeira por empréstimo "
        "do Benfica.",
        move("Duarte Sequeira", "Rio Ave FC", type="loan", from_club="SL Benfica"),
    ),
    case(
        "pt-extension-contract-of-no-position",
        "pt",
        "extension",
        " date 2025-07-14 O Sporting renovou o contrato de Diogo Barreiros até 2029.",
        move("Diogo Barreiros", "Sporting CP", type="extension", status="official"),
    ),
    case(
        "pt-offer-that-could-come-is-a-rumour",
        "pt",
        "hedged_rumour",
        " date 2025-07-14 O Benfica poderá avançar com uma proposta por Diogo Barreiros nos "
        "próximos dias.",
        move("Diogo Barreiros", "SL Benfica", status="rumour"),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("pt", "denial")
def test_the_club_before_a_denial_is_the_one_denying() -> None:
    text = (
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rodrigo Sequeira."
    )
    assert find(extract(text, "pt"), "Rodrigo Sequeira", "Paris Saint-Germain").status == "denied"


@golden("pt", "departure")
def test_a_past_verb_in_a_relative_clause_does_not_date_the_move() -> None:
    text = (
        " date 2025-11-01 O Benfica oficializou a contratação do treinador Tiago Correia. "
        "Tiago Correia deixa o Sporting de Braga, clube que orientou desde 2021."
    )
    found = find(extract(text, "pt"), "Tiago Correia", "SC Braga")
    assert (found.type, found.salience) == ("departure", "main")


@golden("pt", "denial")
def test_talks_about_a_sale_keep_the_subject_as_the_seller() -> None:
    text = (
        " date 2025-06-18 O Benfica desmentiu qualquer negociação com o Paris Saint-Germain "
        "pela venda do médio Rui Casimiro."
    )
    assert find(extract(text, "pt"), "Rui Casimiro", "Paris Saint-Germain").status == "denied"


@golden("pt", "staff_appointment")
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
        found = find(moves, person, "Manchester United")
        assert (found.type, found.role, found.status) == ("appointment", role, "rumour")


@golden("pt", "negation")
def test_a_negated_confirmation_is_not_an_announcement() -> None:
    text = (
        " date 2025-06-01 Nenhum dos clubes confirmou, mas o Benfica deverá contratar o "
        "avançado Rui Casimiro, do Braga."
    )
    assert find(extract(text, "pt"), "Rui Casimiro", "SL Benfica").status != "official"


@golden("pt", "staff_appointment")
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


@golden("pt", "roles")
def test_the_owner_s_representative_announcing_a_coach_is_an_executive() -> None:
    text = (
        " date 2025-06-10 O português Luís Duarte é o novo treinador do AC Milan, num contrato "
        "válido até 2027, informou esta quinta-feira Marco Rinaldi, representante do "
        "proprietário do clube."
    )
    assert ("Marco Rinaldi", "AC Milan", "executive") in roles(text, "pt")
    assert not kinds(extract(text, "pt"), "Marco Rinaldi")


@golden("pt", "roles")
def test_a_coach_who_may_be_sacked_still_holds_the_job() -> None:
    text = (
        " date 2024-01-10 Os donos da Roma estão insatisfeitos e podem despedir o treinador "
        "Luís Duarte."
    )
    assert ("Luís Duarte", "AS Roma", "head_coach") in roles(text, "pt")


@golden("pt", "destination")
def test_a_move_of_years_ago_in_a_relative_clause_is_not_the_destination() -> None:
    text = (
        " date 2024-07-10 Marco Tessari, que trocou o FC Porto pelo Chelsea há dois anos, "
        "assinou pelo Benfica."
    )
    main = {(m.type, m.to_club) for m in extract(text, "pt") if m.salience == "main"}
    assert main == {("transfer", "SL Benfica")}


@golden("pt", "not_a_move")
def test_leaving_a_club_for_the_national_team_is_no_appointment_there() -> None:
    text = (
        " date 2025-07-14 Para assumir a Seleção, o técnico Marco Neri rompeu seu contrato "
        "com o São Paulo."
    )
    assert ("appointment", "São Paulo FC") not in kinds(extract(text, "pt"), "Marco Neri")
