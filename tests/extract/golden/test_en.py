"""Golden cases in English: short articles written for these tests, people made up."""

from __future__ import annotations

import pytest

from .helpers import Case, case, check, extract, find, golden, kinds, move

CASES = [
    case(
        "en-official-loan",
        "en",
        "loan",
        " date 2025-01-30 Leicester City have completed the loan signing of Chelsea defender "
        "Marcus Ellison until the end of the season, the club confirmed.",
        move("Marcus Ellison", "Leicester City", type="loan", status="official"),
    ),
    case(
        "en-staff-appointment",
        "en",
        "staff_appointment",
        " date 2025-05-20 Brighton have appointed Daniel Hartley as their new head coach "
        "after agreeing compensation with Ipswich Town.",
        move("Daniel Hartley", "Brighton & Hove Albion", type="appointment", role="head_coach"),
    ),
    # A modal future is agreed only beside a deal.
    case(
        "en-set-to-sign-is-a-rumour",
        "en",
        "hedged_rumour",
        " date 2025-08-01 Tottenham are set to sign Oliver Grant from Brentford.",
        move("Oliver Grant", "Tottenham Hotspur", status="rumour"),
    ),
    case(
        "en-set-to-sign-beside-an-agreed-fee-is-agreed",
        "en",
        "agreed",
        " date 2025-08-01 Tottenham have agreed a fee and are set to sign Oliver Grant.",
        move("Oliver Grant", "Tottenham Hotspur", status="agreed"),
    ),
    case(
        "en-denial-of-an-agreed-deal",
        "en",
        "denial",
        " date 2025-07-14 Aston Villa have denied reports that they have agreed a deal with "
        'Wolves for midfielder Callum Reid. "There has been no offer," a club spokesperson '
        "said.",
        move(
            "Callum Reid",
            "Aston Villa",
            type="transfer",
            status="denied",
            from_club="Wolverhampton Wanderers",
        ),
    ),
    case(
        "en-hedged-rumour-keeping-tabs",
        "en",
        "hedged_rumour",
        " date 2025-07-10 According to The Athletic, Newcastle are keeping tabs on Brentford "
        "midfielder Jack Whitmore. The club have yet to make an approach.",
        move(
            "Jack Whitmore",
            "Newcastle United",
            type="transfer",
            status="rumour",
            from_club="Brentford",
            sources=("The Athletic",),
        ),
    ),
    case(
        "en-staff-appointment-named-manager",
        "en",
        "staff_appointment",
        " date 2025-06-05 Burnley have named Ryan Fletcher as their new manager on a "
        "three-year deal.",
        move("Ryan Fletcher", "Burnley", type="appointment", role="head_coach", status="official"),
    ),
    case(
        "en-several-moves-three-players-three-clubs",
        "en",
        "several_moves",
        " date 2025-08-31 Deadline day: Fulham have signed Jack Whitmore, while Callum Reid has "
        "joined Brentford and Owen Price has completed his move to Crystal Palace.",
        move("Jack Whitmore", "Fulham", type="transfer", status="official"),
        move("Callum Reid", "Brentford", type="transfer", status="official"),
        move("Owen Price", "Crystal Palace", type="transfer", status="official"),
    ),
    case(
        "en-fee-spelling-euro-sign-and-decimal-point",
        "en",
        "fee_spelling",
        " date 2025-08-10 Fulham have completed the signing of Jack Whitmore from Norwich City "
        "for €18.5 million, the club announced. The winger has signed a five-year contract.",
        move("Jack Whitmore", "Fulham", status="official", fee_eur=18_500_000),
    ),
    case(
        "en-fee-spelling-pounds-are-not-converted",
        "en",
        "fee_spelling",
        " date 2025-08-10 Fulham have completed the £25m signing of Jack Whitmore from Norwich "
        "City. The winger has signed a five-year contract.",
        move("Jack Whitmore", "Fulham", from_club="Norwich City", fee_eur=None),
    ),
    case(
        "en-fee-spelling-pounds-converted-by-the-article",
        "en",
        "fee_spelling",
        " date 2025-08-10 Fulham have completed the £25m (€29m) signing of Jack Whitmore from "
        "Norwich City.",
        move("Jack Whitmore", "Fulham", fee_eur=29_000_000),
    ),
    case(
        "en-extension-extended-his-stay",
        "en",
        "extension",
        " date 2025-03-02 Jack Whitmore has extended his stay at Brentford until 2030. The "
        "winger joined the club from Norwich City three years ago.",
        move("Jack Whitmore", "Brentford", type="extension", status="official"),
    ),
    case(
        "en-name-opening-the-article-new-contract",
        "en",
        "extension",
        " date 2025-06-10 Callum Reid has signed a new four-year contract at Brentford.",
        move("Callum Reid", "Brentford", type="extension", status="official"),
    ),
    case(
        "en-name-opening-the-article-loan",
        "en",
        "loan",
        " date 2025-06-10 Callum Reid has joined Luton Town on loan from Brighton.",
        move("Callum Reid", "Luton Town", type="loan", from_club="Brighton & Hove Albion"),
    ),
    case(
        "en-tied-down-to-a-new-deal",
        "en",
        "extension",
        " date 2025-06-10 Brentford have tied Jack Whitmore down to a new long-term deal.",
        move("Jack Whitmore", "Brentford", type="extension", status="official"),
    ),
    case(
        "en-dismissed-reports",
        "en",
        "denial",
        " date 2025-06-10 Crystal Palace have dismissed reports linking defender Callum Reid "
        'with a move to West Ham as "completely false".',
        move("Callum Reid", "West Ham United", status="denied"),
    ),
    case(
        "en-several-moves-deadline-day-three-clauses",
        "en",
        "several_moves",
        " date 2025-09-01 Deadline day saw Fulham sign Harvey Lomax from Norwich, Declan Firth "
        "join Brentford and Toby Garside move to Crystal Palace.",
        move("Harvey Lomax", "Fulham", type="transfer", from_club="Norwich City"),
        move("Declan Firth", "Brentford", type="transfer"),
        move("Toby Garside", "Crystal Palace", type="transfer"),
    ),
    case(
        "en-loan-signed-on-loan-from",
        "en",
        "loan",
        " date 2025-09-01 Luton Town have signed Declan Firth on loan from Brighton.",
        move("Declan Firth", "Luton Town", type="loan", from_club="Brighton & Hove Albion"),
    ),
    case(
        "en-appointment-the-old-club-left-is-no-departure",
        "en",
        "staff_appointment",
        " date 2025-06-10 Sheffield Wednesday have named Nolan Prescott as their new manager. "
        "The 44-year-old leaves Hull City after two years in charge.",
        move(
            "Nolan Prescott",
            "Sheffield Wednesday",
            type="appointment",
            status="official",
            from_club="Hull City",
        ),
    ),
]


@pytest.mark.parametrize("golden_case", CASES)
def test_case(golden_case: Case) -> None:
    check(golden_case)


@golden("en", "extension")
def test_a_snub_calls_off_only_the_club_it_names() -> None:
    text = (
        " date 2025-05-21 Official: Daniel Hartley snubs Chelsea, signs new Arsenal contract. "
        "Daniel Hartley has signed a new contract with Arsenal until 2029, the club announced."
    )
    moves = extract(text, "en")
    assert find(moves, "Daniel Hartley", "Arsenal").status == "official"


@golden("en", "official")
def test_a_tweet_date_is_not_a_hedge() -> None:
    text = (
        " date 2025-05-29 Tottenham have signed Oliver Grant from Brentford on a four-year "
        "contract. pic.twitter.com/abc — Tottenham Hotspur (@SpursOfficial) May 29, 2025"
    )
    assert find(extract(text, "en"), "Oliver Grant", "Tottenham Hotspur").status == "official"


@golden("en", "staff_appointment")
def test_an_agreement_with_another_club_names_the_club_left() -> None:
    text = (
        " date 2025-05-25 Everton have agreed a deal with Burnley that will see Daniel "
        "Hartley become their new manager."
    )
    found = find(extract(text, "en"), "Daniel Hartley", "Everton")
    assert (found.type, found.from_club) == ("appointment", "Burnley")


@golden("en", "several_moves")
def test_a_list_of_names_shares_its_club() -> None:
    text = (
        " date 2024-11-05 Manchester United will also bring in Nuno Vieira, Pedro Moreira "
        "and goalkeeping coach Rui Alves from Sporting."
    )
    moves = extract(text, "en")
    for name in ("Nuno Vieira", "Pedro Moreira", "Rui Alves"):
        assert ("appointment", "Manchester United") in kinds(moves, name), name


@golden("en", "staff_appointment")
def test_a_job_taken_with_only_the_old_club_named_is_at_the_article_s_club() -> None:
    text = (
        " date 2025-05-24 FC Barcelona have sacked Xavier Pons. The Catalans confirmed the news "
        "on Friday. Former Bayern Munich manager Klaus Richter is expected to take over as "
        "head coach next season."
    )
    found = find(extract(text, "en"), "Klaus Richter", "FC Barcelona")
    assert (found.type, found.status) == ("appointment", "rumour")


@golden("en", "from_club")
def test_a_fee_agreed_with_a_club_names_the_seller() -> None:
    text = (
        " date 2025-06-01 Lyon have agreed a fee of 22 million euros with Nantes for Marius Dorel."
    )
    found = find(extract(text, "en"), "Marius Dorel", "Olympique Lyonnais")
    assert found.from_club == "FC Nantes"


@golden("en", "staff_appointment")
def test_a_title_before_a_list_of_names_is_everyone_s() -> None:
    text = (
        " date 2025-11-01 Rennes have appointed Luke Hale as head coach and he will bring "
        "his assistants Paul Weir, Dan Croft and Sam Lyle with him."
    )
    moves = extract(text, "en")
    assert find(moves, "Dan Croft", "Stade Rennais").role == "assistant_coach"


@golden("en", "from_club")
def test_a_job_once_held_is_not_where_one_comes_from() -> None:
    text = (
        " date 2025-05-20 Former Bayern Munich manager Karl Hoffner expected to take over as "
        "head coach. Barcelona have sacked their coach. Barcelona want Karl Hoffner."
    )
    found = find(extract(text, "en"), "Karl Hoffner", "FC Barcelona")
    assert found.from_club is None


@golden("en", "not_a_move")
def test_an_outlet_named_like_a_club_is_no_club() -> None:
    text = (
        " date 2025-05-20 The Athletic reported that the former Barcelona midfielder could "
        "leave the club, said Marc Vidal."
    )
    assert not any(m.to_club == "Athletic Bilbao" for m in extract(text, "en"))


@golden("en", "sources")
def test_an_outlet_signing_off_the_article_is_credited() -> None:
    text = (
        " date 2025-06-02 Arsenal have agreed a fee and are set to sign Oliver Grant. "
        "He will undergo a medical on Monday. – Guardian"
    )
    found = find(extract(text, "en"), "Oliver Grant", "Arsenal")
    assert "The Guardian" in found.sources


@golden("en", "agreed")
def test_before_officially_appointing_him_is_not_official() -> None:
    text = (
        " date 2025-05-20 Liverpool have agreed a deal with Feyenoord for Oliver Grant. "
        "Liverpool will now finalize a contract with Oliver Grant before officially appointing "
        "him as manager."
    )
    assert find(extract(text, "en"), "Oliver Grant", "Liverpool").status == "agreed"


@golden("en", "fee_spelling")
def test_staff_following_a_coach_do_not_take_his_release_fee() -> None:
    text = (
        " date 2025-06-02 Arsenal have agreed a deal to appoint Oliver Grant as head coach. "
        "He will bring his assistants Peter Hollis and Mark Dunmore with him. "
        "Arsenal are paying the €8m release fee."
    )
    moves = extract(text, "en")
    assert find(moves, "Oliver Grant", "Arsenal").fee_eur == 8_000_000
    for found in moves:
        if found.person in ("Peter Hollis", "Mark Dunmore"):
            assert found.fee_eur is None


@golden("en", "departure")
def test_the_club_a_new_manager_leaves_is_no_departure() -> None:
    text = (
        " date 2025-06-10 Sheffield Wednesday have named Nolan Prescott as their new manager. "
        "The 44-year-old leaves Hull City after two years in charge."
    )
    assert kinds(extract(text, "en"), "Nolan Prescott") == {("appointment", "Sheffield Wednesday")}


@golden("en", "several_moves")
def test_a_shared_destination_after_a_list_is_no_gapped_clause() -> None:
    text = " date 2025-08-14 Everton have sold Harvey Lomax and Declan Firth to Aston Villa."
    moves = extract(text, "en")
    for name in ("Harvey Lomax", "Declan Firth"):
        assert kinds(moves, name) == {("transfer", "Aston Villa")}, name


def _main(text: str, person: str) -> set[tuple[str, str]]:
    return {
        (m.type, m.to_club)
        for m in extract(text, "en")
        if person in m.person and m.salience == "main"
    }


@golden("en", "not_a_move")
def test_a_relative_clause_years_ago_is_past_context() -> None:
    text = (
        " date 2021-03-02 Daniel Hartley, who left Everton for Chelsea seven years ago, "
        "passed a medical at Arsenal on Tuesday."
    )
    assert not {club for _, club in _main(text, "Daniel Hartley")} & {"Chelsea", "Everton"}


@golden("en", "not_a_move")
def test_a_participle_clause_about_the_past_is_no_news() -> None:
    text = (
        " date 2023-01-11 Carl Jensen will join up again with Arsenal manager Daniel Hartley, "
        "having played under him at Ajax."
    )
    assert ("appointment", "Ajax") not in _main(text, "Daniel Hartley")


@golden("en", "not_a_move")
def test_signings_already_made_are_past_context() -> None:
    text = (
        " date 2023-08-01 Carl Jensen signs a three-year deal with West Ham, whose manager "
        "had already brought in Daniel Hartley, Tom Baxter and Owen Pritchard."
    )
    assert not _main(text, "Daniel Hartley")


@golden("en", "not_a_move")
def test_a_year_before_the_article_dates_the_move_told_before_it() -> None:
    text = " date 2023-04-02 Manchester United hired Daniel Hartley and let him go in 2015."
    assert not _main(text, "Daniel Hartley")


@golden("en", "not_a_move")
def test_the_one_whose_successor_is_named_is_not_appointed() -> None:
    text = (
        " date 2023-05-02 Former Feyenoord coach Daniel Hartley has been appointed as Carl "
        "Jensen's successor at Liverpool."
    )
    assert not _main(text, "Carl Jensen")
    assert ("appointment", "Liverpool") in _main(text, "Daniel Hartley")


@golden("en", "from_club")
def test_goodbye_to_a_club_is_leaving_it() -> None:
    text = " date 2023-07-04 Daniel Hartley bids goodbye to Reims before his transfer to PSG."
    assert ("transfer", "Stade de Reims") not in _main(text, "Daniel Hartley")
    assert find(extract(text, "en"), "Daniel Hartley", "Paris Saint-Germain").from_club == (
        "Stade de Reims"
    )


@golden("en", "departure")
def test_a_club_after_a_score_is_the_opponent() -> None:
    text = " date 2023-10-02 Aston Villa sacked Daniel Hartley after a 2-1 loss to Brentford."
    assert _main(text, "Daniel Hartley") == {("departure", "Aston Villa")}


@golden("en", "not_a_move")
def test_a_name_someone_is_an_alternative_to_is_not_moving() -> None:
    text = (
        " date 2023-02-14 Chelsea are set to sign Daniel Hartley from Everton as an "
        "alternative to Carl Jensen of Borussia Dortmund."
    )
    assert not _main(text, "Carl Jensen")
    assert ("transfer", "Chelsea") in _main(text, "Daniel Hartley")


@golden("en", "not_a_move")
def test_years_spent_at_a_club_are_past_context() -> None:
    text = (
        " date 2023-06-01 Arsenal have appointed Daniel Hartley as head coach. Hartley joins "
        "the club after three years at Lille and two at Sevilla."
    )
    assert _main(text, "Daniel Hartley") == {("appointment", "Arsenal")}


@golden("en", "staff_appointment")
def test_the_successor_to_the_sacked_coach_is_appointed() -> None:
    text = (
        " date 2025-07-14 Chelsea have parted ways with their manager. Chelsea have announced "
        "the appointment of Marco Neri as the successor to the sacked German."
    )
    assert kinds(extract(text, "en"), "Marco Neri") == {("appointment", "Chelsea")}
