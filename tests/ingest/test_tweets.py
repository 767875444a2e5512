"""Pasted tweets: span from the tweet's line to its date, author and handle."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from mercato.ingest import find_tweets, link_spans

TEXT = (
    "Le club a confirmé la nouvelle dans la soirée.\n\n"
    "Bienvenue à Lyon, Théo ! 🔴🔵 https://t.co/Ab12Cd34Ef pic.twitter.com/Zz99Yy88Xx "
    "— Olympique Lyonnais (@OL) July 3, 2024\n\n"
    "Le joueur passera sa visite médicale lundi."
)


def test_tweet_span_author_handle_and_date() -> None:
    [tweet] = find_tweets(TEXT)
    assert TEXT[tweet.start : tweet.end] == (
        "Bienvenue à Lyon, Théo ! 🔴🔵 https://t.co/Ab12Cd34Ef pic.twitter.com/Zz99Yy88Xx "
        "— Olympique Lyonnais (@OL) July 3, 2024"
    )
    assert (tweet.author, tweet.handle, tweet.date) == ("Olympique Lyonnais", "OL", "July 3, 2024")


def test_signature_on_its_own_line_and_localised_date() -> None:
    text = (
        "Intro.\n\nDanke für alles, Edin! 🖤💛\n\n- Borussia Dortmund (@BVB) 13. Juni 2024\n\nMehr."
    )
    [tweet] = find_tweets(text)
    assert text[tweet.start : tweet.end].startswith("Danke für alles")
    assert tweet.handle == "BVB" and tweet.date == "13. Juni 2024"


def test_two_tweets_and_no_false_positive() -> None:
    text = (
        "First tweet text — Fabrizio Romano (@FabrizioRomano) August 1, 2024\n"
        "Second one — Sky Sport (@SkySport) 2 agosto 2024\n"
        "A hyphen-joined name (@nobody) with no date is not a tweet."
    )
    tweets = find_tweets(text)
    assert [t.handle for t in tweets] == ["FabrizioRomano", "SkySport"]
    assert tweets[0].end <= tweets[1].start


def test_link_spans() -> None:
    spans = link_spans(TEXT)
    assert [TEXT[s:e] for s, e in spans] == [
        "https://t.co/Ab12Cd34Ef",
        "pic.twitter.com/Zz99Yy88Xx",
    ]


@given(st.text(alphabet=st.sampled_from(list("ab —-(@)\nJuly 3,2024x")), max_size=200))
def test_tweet_spans_inside_the_text(text: str) -> None:
    for tweet in find_tweets(text):
        assert 0 <= tweet.start < tweet.end <= len(text)
