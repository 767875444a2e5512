"""Stories: the same move reported by different articles gets one id, a different move
never shares it."""

from __future__ import annotations

from mercato.model import Article, Move
from mercato.stories import StoryIndex, assign_stories, outlet_of, parse_day, story_status


def report(person: str, to_club: str, type: str = "transfer", status: str = "rumour") -> Move:
    return Move(type=type, person=person, to_club=to_club, status=status)


def test_name_variants_and_languages_share_a_story():
    index = StoryIndex()
    first = index.assign(report("Federico Balzaretti", "Olympique de Marseille"), "2025-06-01")
    again = index.assign(report("Balzaretti", "Olympique de Marseille"), "2025-06-03")
    initial = index.assign(report("F. Balzaretti", "Olympique de Marseille"), "2025-06-09")
    assert first == again == initial == "balzaretti-olympique-de-marseille-2025"


def test_one_word_name_matches_the_full_name():
    index = StoryIndex()
    a = index.assign(report("Xavi Hernández", "FC Barcelona", "departure"), "2024-05-20")
    b = index.assign(report("Xavi", "FC Barcelona", "departure"), "2024-05-24")
    assert a == b == "hernandez-leaves-fc-barcelona-2024"


def test_different_clubs_of_one_person_are_different_stories():
    index = StoryIndex()
    to_a = index.assign(report("Mason Greenwood", "Olympique de Marseille"), "2024-07-01")
    to_b = index.assign(report("Mason Greenwood", "SS Lazio"), "2024-07-01")
    assert to_a != to_b


def test_kinds_do_not_mix_but_a_loan_and_a_transfer_do():
    index = StoryIndex()
    transfer = index.assign(report("Nuno Tavares", "Olympique de Marseille"), "2022-07-01")
    loan = index.assign(report("Nuno Tavares", "Olympique de Marseille", "loan"), "2022-07-05")
    extension = index.assign(
        report("Nuno Tavares", "Olympique de Marseille", "extension"), "2022-07-05"
    )
    assert transfer == loan != extension


def test_same_names_with_different_first_names_are_different_people():
    index = StoryIndex()
    carlos = index.assign(report("Carlos Fernandes", "Manchester United"), "2024-11-01")
    bruno = index.assign(report("Bruno Fernandes", "Manchester United"), "2024-11-01")
    assert carlos != bruno


def test_the_same_move_years_apart_is_a_new_story():
    index = StoryIndex()
    saga_2022 = index.assign(report("Kylian Mbappé", "Real Madrid", status="collapsed"), "2022-05")
    saga_2024 = index.assign(report("Kylian Mbappé", "Real Madrid", status="official"), "2024-06")
    assert saga_2022 == "mbappe-real-madrid-2022"
    assert saga_2024 == "mbappe-real-madrid-2024"


def test_a_finished_story_is_not_reopened_months_later():
    index = StoryIndex()
    done = index.assign(report("Ana Souto", "Sevilla FC", status="official"), "2025-01-10")
    later = index.assign(report("Ana Souto", "Sevilla FC", status="rumour"), "2025-07-10")
    assert done != later


def test_blocking_compares_only_stories_that_share_a_key():
    index = StoryIndex()
    for n in range(500):
        index.assign(report(f"Player Number{n}", f"Club {n % 50}"), "2025-01-01")
    before = index.comparisons
    index.assign(report("Player Number7", "Club 7"), "2025-01-02")
    # only the 10 stories at Club 7 share a key (the word "player"), not all 500
    assert index.comparisons - before == 10
    assert len(index) == 500


def test_story_status_keeps_the_furthest_stage_until_a_later_denial():
    assert story_status(["rumour", "agreed", "negotiating"]) == "agreed"
    assert story_status(["rumour", "agreed", "collapsed"]) == "collapsed"
    assert story_status(["rumour", "denied", "official"]) == "official"
    assert story_status([]) is None


def test_assign_stories_fills_every_move_of_every_article():
    one = Article(
        text="a", published="2025-06-01", moves=[report("Lucas Vernier", "Olympique Lyonnais")]
    )
    two = Article(text="b", published="2025-06-20", moves=[report("Vernier", "Olympique Lyonnais")])
    done = list(assign_stories([one, two]))
    assert done[0].moves[0].story == done[1].moves[0].story is not None


def test_dates_and_outlets():
    assert parse_day("2024-06").isoformat() == "2024-06-01"
    assert parse_day("not a date") is None
    assert outlet_of("https://www.lequipe.fr/Football/x") == "lequipe.fr"
    assert outlet_of(None) is None
    assert outlet_of("http://[broken") is None


def test_story_ids_keep_name_particles():
    index = StoryIndex()
    story = index.assign(
        report("Roberto De Zerbi", "Olympique de Marseille", "appointment"), "2024-06"
    )
    assert story == "de-zerbi-olympique-de-marseille-2024"
