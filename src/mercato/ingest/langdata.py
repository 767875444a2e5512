"""Per-language words for dates and bylines, read from ``mercato/lang/<iso>/ingest.toml``.

Headers are parsed before the language is known, so by default the words of every
language are merged; a language hint narrows them to that language (plus English, the
language of embedded tweets). Adding a language means adding a folder, not code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from mercato.datafiles import read_toml
from mercato.errors import DataError
from mercato.model import LANGUAGES


@dataclass(frozen=True)
class IngestWords:
    """The merged date and byline vocabulary of one or more languages."""

    months: dict[str, int]  # lower-case month name or abbreviation -> 1..12
    weekdays: frozenset[str]
    date_fillers: frozenset[str]
    date_prepositions: tuple[str, ...]
    published_cues: tuple[str, ...]  # longest first
    updated_cues: tuple[str, ...]
    author_cues: tuple[str, ...]


def _strings(data: dict[str, Any], key: str, lang: str) -> set[str]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        msg = f"mercato/lang/{lang}/ingest.toml: {key!r} must be a list of strings"
        raise DataError(msg)
    return {v.lower() for v in value}


@cache
def _load(lang: str) -> dict[str, Any]:
    data = read_toml("lang", lang, "ingest.toml")
    months = data.get("months")
    if not isinstance(months, list) or len(months) != 12:
        msg = f"mercato/lang/{lang}/ingest.toml: 'months' must list 12 months, got {months!r}"
        raise DataError(msg)
    return data


def _longest_first(words: set[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@cache
def ingest_words(lang_hint: str | None = None) -> IngestWords:
    """The vocabulary for ``lang_hint`` (and English), or for every language when None."""
    langs = [lang_hint, "en"] if lang_hint in LANGUAGES else list(LANGUAGES)
    months: dict[str, int] = {}
    sets: dict[str, set[str]] = {key: set() for key in _WORD_LISTS}
    for lang in dict.fromkeys(str(x) for x in langs):
        data = _load(lang)
        for number, names in enumerate(data["months"], start=1):
            for name in names:
                months.setdefault(str(name).lower(), number)
        for key in _WORD_LISTS:
            sets[key] |= _strings(data, key, lang)
    return IngestWords(
        months=months,
        weekdays=frozenset(sets["weekdays"]),
        date_fillers=frozenset(sets["date_fillers"]),
        date_prepositions=_longest_first(sets["date_prepositions"]),
        published_cues=_longest_first(sets["published_cues"]),
        updated_cues=_longest_first(sets["updated_cues"]),
        author_cues=_longest_first(sets["author_cues"]),
    )


_WORD_LISTS = (
    "weekdays",
    "date_fillers",
    "date_prepositions",
    "published_cues",
    "updated_cues",
    "author_cues",
)
