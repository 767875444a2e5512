"""Which language an article is written in, with lingua.

The detector also knows a handful of other common languages, so that a Dutch or Polish
article is reported as unsupported instead of being forced into one of mercato's six.
Only the body is looked at (the header and pasted tweets are often in another language),
and only its first characters, which is enough and keeps detection fast.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

from mercato.errors import InputError
from mercato.ingest.tweets import LINK
from mercato.model import LANGUAGES, Article

SAMPLE_CHARS = 1500
SUPPORTED = (
    Language.FRENCH,
    Language.ITALIAN,
    Language.SPANISH,
    Language.ENGLISH,
    Language.GERMAN,
    Language.PORTUGUESE,
)
# Recognised only to be refused, so that they are not mistaken for a supported language.
OTHERS = (
    Language.DUTCH,
    Language.TURKISH,
    Language.POLISH,
    Language.ARABIC,
    Language.RUSSIAN,
    Language.SWEDISH,
    Language.DANISH,
    Language.ROMANIAN,
    Language.GREEK,
    Language.CROATIAN,
    Language.CZECH,
    Language.HUNGARIAN,
)
_NOISE = re.compile(r"[@#]\w+")


@cache
def _detector() -> LanguageDetector:
    return (
        LanguageDetectorBuilder.from_languages(*SUPPORTED, *OTHERS).with_low_accuracy_mode().build()
    )


def _iso(language: Language) -> str:
    return language.iso_code_639_1.name.lower()


def _sample(article: Article) -> str:
    """The body without tweets, links, handles and hashtags, cut to SAMPLE_CHARS."""
    text = article.text
    pieces, pos = [], article.body_start
    for tweet in sorted(article.tweets, key=lambda t: t.start):
        if tweet.start > pos:
            pieces.append(text[pos : tweet.start])
        pos = max(pos, tweet.end)
    pieces.append(text[pos:])
    body = _NOISE.sub(" ", LINK.sub(" ", " ".join(pieces)))
    body = " ".join(body.split())[:SAMPLE_CHARS]
    return body if sum(ch.isalpha() for ch in body) >= 20 else " ".join(text.split())[:SAMPLE_CHARS]


def _detect(text: str) -> Language | None:
    return _detector().detect_language_of(text)


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` if it is fr, it, es, en, de or pt; None otherwise."""
    found = _detect(" ".join(text.split())[:SAMPLE_CHARS])
    return _iso(found) if found in SUPPORTED else None


def language_stage(article: Article) -> Article:
    """Set ``lang`` when the input did not give it; refuse languages mercato cannot read."""
    if article.lang in LANGUAGES:
        return article
    supported = ", ".join(LANGUAGES)
    if article.lang:
        msg = f"language not supported: {article.lang!r} given; mercato reads {supported}"
        raise InputError(msg)
    found = _detect(_sample(article))
    if found is None:
        msg = f"could not identify the article's language; mercato reads {supported}"
        raise InputError(msg)
    if found not in SUPPORTED:
        name = found.name.capitalize()
        msg = f"language not supported: detected {name} ({_iso(found)}); mercato reads {supported}"
        raise InputError(msg)
    return replace(article, lang=_iso(found))
