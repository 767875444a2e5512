"""Golden cases in German: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from .helpers import Case, case, check, extract, find, golden, move, roles

CASES = [
    case(
        "de-extension",
        "de",
        "extension",
        " date 2025-03-12 Der FC Bayern hat den Vertrag mit Jamal Musiala offiziell verlängert. "
        "Der Mittelfeldspieler unterschrieb bis 2030.",
        move("Jamal Musiala", "Bayern Munich", type="extension"),
    ),
    case(
        "de-denial",
        "de",
        "denial",
        " date 2025-07-14 Borussia Mönchengladbach dementiert einen Wechsel von "
        'Mittelfeldspieler Lukas Brenner zum VfL Wolfsburg. "An den Gerüchten ist nichts '
        'dran", sagte Sportdirektor Markus Eberle.',
        move("Lukas Brenner", "VfL Wolfsburg", type="transfer", status="denied"),
    ),
    case(
        "de-official-loan",
        "de",
        "loan",
        " date 2025-01-30 Der VfL Wolfsburg hat den Verteidiger Lukas Brenner bis zum "
        "Saisonende vom FC Augsburg ausgeliehen, wie der Klub mitteilte. Eine Kaufoption wurde "
        "nicht vereinbart.",
        move(
            "Lukas Brenner",
            "VfL Wolfsburg",
            type="loan",
            status="official",
            from_club="FC Augsburg",
        ),
    ),
    case(
        "de-staff-appointment-sporting-director",
        "de",
        "staff_appointment",
        " date 2025-06-05 Werder Bremen hat Markus Eberle zum neuen Sportdirektor ernannt, wie "
        "der Verein am Donnerstag mitteilte.",
        move(
            "Markus Eberle",
            "Werder Bremen",
            type="appointment",
            role="sporting_director",
            status="official",
        ),
    ),
    case(
        "de-staff-appointment-head-coach",
        "de",
        "staff_appointment",
        " date 2025-06-05 Der SC Freiburg hat Markus Eberle als neuen Cheftrainer vorgestellt. "
        "Eberle kommt vom Hamburger SV und unterschrieb einen Vertrag bis 2027.",
        move(
            "Markus Eberle",
            "SC Freiburg",
            type="appointment",
            role="head_coach",
            status="official",
            from_club="Hamburger SV",
        ),
    ),
    case(
        "de-extension-perfect-tense",
        "de",
        "extension",
        " date 2025-03-02 Felix Auerbach hat seinen Vertrag beim SC Freiburg vorzeitig bis 2029 "
        "verlängert. Der Innenverteidiger spielt seit 2019 für den Sport-Club.",
        move("Felix Auerbach", "SC Freiburg", type="extension", status="official"),
    ),
    case(
        "de-several-moves-two-players-two-clubs",
        "de",
        "several_moves",
        " date 2025-08-31 Der VfB Stuttgart hat Lukas Brenner offiziell verpflichtet, während "
        "Felix Auerbach zum SC Freiburg wechselt.",
        move("Lukas Brenner", "VfB Stuttgart", type="transfer", status="official"),
        move("Felix Auerbach", "SC Freiburg", type="transfer", status="official"),
    ),
    case(
        "de-several-moves-two-rumours",
        "de",
        "several_moves",
        " date 2025-08-31 Laut Kicker ist der VfB Stuttgart an Lukas Brenner interessiert, "
        "während der SC Freiburg Felix Auerbach im Visier hat.",
        move("Lukas Brenner", "VfB Stuttgart", status="rumour", sources=("Kicker",)),
        move("Felix Auerbach", "SC Freiburg", status="rumour", sources=("Kicker",)),
    ),
    case(
        "de-fee-spelling-millionen-euro",
        "de",
        "fee_spelling",
        " date 2025-08-10 Lukas Brenner wechselt für 12,5 Millionen Euro von Hertha BSC zum "
        "VfB Stuttgart, wie beide Klubs bestätigten. Der Stürmer unterschrieb bis 2029.",
        move(
            "Lukas Brenner",
            "VfB Stuttgart",
            status="official",
            from_club="Hertha BSC",
            fee_eur=12_500_000,
        ),
    ),
    case(
        "de-official-signing-perfect-tense",
        "de",
        "official",
        " date 2025-08-10 Der VfB Stuttgart hat den Stürmer Lukas Brenner von Hertha BSC "
        "verpflichtet. Der 24-Jährige unterschrieb einen Vertrag bis 2029.",
        move(
            "Lukas Brenner",
            "VfB Stuttgart",
            type="transfer",
            status="official",
            from_club="Hertha BSC",
        ),
    ),
    case(
        "de-fee-spelling-mio-euro",
        "de",
        "fee_spelling",
        " date 2025-08-10 Der VfB Stuttgart hat den Stürmer Lukas Brenner offiziell von Hertha "
        "BSC verpflichtet. Die Ablöse soll bei 18 Mio. Euro liegen.",
        move("Lukas Brenner", "VfB Stuttgart", from_club="Hertha BSC", fee_eur=18_000_000),
    ),
    case(
        "de-fee-spelling-in-words",
        "de",
        "fee_spelling",
        " date 2025-08-10 Der VfB Stuttgart hat Lukas Brenner für achtzehn Millionen Euro "
        "offiziell verpflichtet.",
        move("Lukas Brenner", "VfB Stuttgart", status="official", fee_eur=18_000_000),
    ),
    case(
        "de-loaned-out-to-a-club",
        "de",
        "loan",
        " date 2025-06-10 Der Hamburger SV hat Lukas Brenner an den FC St. Pauli verliehen.",
        move("Lukas Brenner", "FC St. Pauli", type="loan", status="official"),
    ),
    case(
        "de-several-moves-three-clauses",
        "de",
        "several_moves",
        " date 2025-09-01 Am Deadline Day verpflichtete der VfB Stuttgart Jannik Seifert, "
        "Moritz Baumgart wechselt zum SC Freiburg und Niklas Vogler schließt sich Werder "
        "Bremen an.",
        move("Jannik Seifert", "VfB Stuttgart", type="transfer"),
        move("Moritz Baumgart", "SC Freiburg", type="transfer"),
        move("Niklas Vogler", "Werder Bremen", type="transfer"),
    ),
    case(
        "de-several-moves-waehrend",
        "de",
        "several_moves",
        " date 2025-09-01 Am Montag wurde beim VfB Stuttgart die Verpflichtung von Jannik "
        "Seifert offiziell, während Moritz Baumgart zum SC Freiburg wechselte.",
        move("Jannik Seifert", "VfB Stuttgart", type="transfer"),
        move("Moritz Baumgart", "SC Freiburg", type="transfer"),
    ),
    case(
        "de-loan-lent-out-by-the-subject",
        "de",
        "loan",
        " date 2025-09-01 Der Hamburger SV hat Jannik Seifert an den FC St. Pauli verliehen.",
        move("Jannik Seifert", "FC St. Pauli", type="loan", from_club="Hamburger SV"),
    ),
    case(
        "de-club-denies-reports",
        "de",
        "denial",
        " date 2025-07-14 Eintracht Frankfurt hat Berichte über einen Wechsel von Lukas Brenner "
        "zum VfL Wolfsburg dementiert.",
        move("Lukas Brenner", "VfL Wolfsburg", status="denied"),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("de", "hedged_rumour")
def test_german_interest_is_a_rumour() -> None:
    text = (
        " date 2025-06-01 Der FC Elche soll ein Auge auf Jonas Brandtner von Kilmarnock "
        "geworfen haben."
    )
    found = find(extract(text, "de"), "Jonas Brandtner", "Elche CF")
    assert (found.status, found.from_club) == ("rumour", "Kilmarnock")


@golden("de", "roles")
def test_a_german_genitive_names_the_club() -> None:
    text = (
        " date 2025-05-20 Bayern München erhielt Absagen, unter anderem von Leverkusens "
        "Trainer Xaver Albrecht."
    )
    assert ("Xaver Albrecht", "Bayer Leverkusen", "head_coach") in roles(text, "de")


@golden("de", "official")
def test_a_capitalised_word_before_a_given_name_is_no_part_of_it() -> None:
    text = (
        " date 2024-06 Der Wechsel von Frankreichs Starspieler Kylian Berthier von Paris "
        "Saint-Germain zu Real Madrid ist perfekt."
    )
    found = find(extract(text, "de"), "Kylian Berthier", "Real Madrid")
    assert found.person == "Kylian Berthier"
    assert (found.status, found.from_club) == ("official", "Paris Saint-Germain")


@golden("de", "from_club")
def test_a_hyphenated_descriptor_between_von_and_the_club() -> None:
    text = (
        " date 2024-05-29 Der FC Bayern hat Thomas Berger offiziell als neuen Trainer "
        "vorgestellt. Berger kommt von Premier-League-Absteiger Burnley."
    )
    found = find(extract(text, "de"), "Thomas Berger", "Bayern Munich")
    assert found.from_club == "Burnley"


@golden("de", "from_club")
def test_a_describing_noun_between_von_and_the_club_keeps_it_the_origin() -> None:
    text = " date 2023-07-05 Atlético Madrid holt Lukas Brenner vom Tabellennachbarn FC Villarreal."
    moves = extract(text, "de")
    found = find(moves, "Lukas Brenner", "Atlético Madrid")
    assert found.from_club == "Villarreal CF"
    assert not any(m.to_club == "Villarreal CF" for m in moves)


@golden("de", "departure")
def test_years_at_the_club_one_leaves_do_not_date_the_exit() -> None:
    text = (
        " date 2023-06-01 Lukas Brenner verlässt Borussia Dortmund. Nach sieben Jahren beim "
        "BVB wolle er etwas Neues wagen, sagte er."
    )
    found = find(extract(text, "de"), "Lukas Brenner", "Borussia Dortmund")
    assert (found.type, found.salience) == ("departure", "main")
