"""Golden cases mixing languages: an article in one language quoting another."""

from __future__ import annotations

from .helpers import extract, find, golden

CASES: list = []


@golden("fr", "pasted_tweet")
def test_a_pasted_tweet_is_read_in_its_own_language() -> None:
    text = (
        " date 2025-07-03 L'OM aurait jeté son dévolu sur Marco Bianchi pour remplacer son "
        "entraîneur.\n"
        "Marco Bianchi will join Marseille: full agreement in place, contract until 2027. "
        "pic.twitter.com/abc123"
    )
    assert find(extract(text, "fr"), "Marco Bianchi", "Olympique de Marseille").status == "agreed"
