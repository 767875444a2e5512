"""Outlets and journalists an article credits ("selon L'Équipe", "— Gianluca Di Marzio").

Known outlets and journalists come from ``data/outlets.toml``. A short or ambiguous outlet
name ("AS", "Sport", "Record") counts only next to an attribution cue; a journalist's full
name or a distinctive outlet name counts anywhere it is credited.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from mercato.datafiles import read_toml
from mercato.model import Mention, Tweet
from mercato.nlp.lexicon import Lexicon
from mercato.nlp.text import fold


@dataclass(frozen=True)
class SourceBook:
    pattern: re.Pattern[str]
    canonical: dict[str, str]  # folded spelling -> canonical name
    weak: frozenset[str]  # folded spellings that need an attribution cue
    journalists: frozenset[str]


@cache
def source_book() -> SourceBook:
    data = read_toml("data", "outlets.toml")
    canonical: dict[str, str] = {}
    weak: set[str] = set()
    journalists: set[str] = set()
    for group in ("outlets", "journalists"):
        for name, aliases in data.get(group, {}).items():
            for spelling in [name, *aliases]:
                key = fold(spelling)
                canonical.setdefault(key, name)
                if group == "journalists":
                    journalists.add(name)
                    if spelling != name and " " not in spelling.strip():
                        weak.add(key)
                elif len(spelling) <= 6 or " " not in spelling:
                    weak.add(key)
    keys = sorted(canonical, key=len, reverse=True)
    body = "|".join(re.escape(k) for k in keys)
    pattern = re.compile(rf"(?<![\w@])(?:{body})(?![\w])")
    return SourceBook(pattern, canonical, frozenset(weak), frozenset(journalists))


def find_sources(text: str, folded: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    """SOURCE mentions in ``text[start:end]`` that the text credits."""
    book = source_book()
    cues = lex.attribution.find(folded, max(0, start), end)
    if lex.journalist_titles is not None:  # "journaliste de la radio COPE"
        cues += lex.journalist_titles.find(folded, max(0, start), end)
    found = []
    for m in book.pattern.finditer(folded, start, end):
        key = m.group()
        original = text[m.start() : m.end()]
        if key in book.weak:
            if not original[:1].isupper() or (len(original) <= 3 and not original.isupper()):
                continue
            if not any(0 <= m.start() - ce <= 40 or 0 <= cs - m.end() <= 25 for cs, ce, _ in cues):
                continue
        found.append(Mention("SOURCE", m.start(), m.end(), original, book.canonical[key]))
    return found


_PERSON_NAME_RE = re.compile(r"[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*)+")


def tweet_sources(
    tweets: list[Tweet], is_club: Callable[[str], bool] | None = None
) -> list[Mention]:
    """A pasted tweet credits its author (a journalist or an outlet's account). A club's
    own account announcing its news ("— FC Barcelona (@FCBarcelona)") credits no one, and
    neither does a display name that is not a name ("#CHAMP13NS 🏆⚽️")."""
    book = source_book()
    found = []
    for tweet in tweets:
        for name in (tweet.author, tweet.handle):
            if not name:
                continue
            canonical = book.canonical.get(fold(name))
            if canonical:
                found.append(Mention("SOURCE", tweet.start, tweet.end, name, canonical))
                break
        else:
            author = (tweet.author or "").strip()
            if (
                len(author.split()) >= 2
                and _PERSON_NAME_RE.fullmatch(author)
                and not (is_club and is_club(author))
            ):
                found.append(Mention("SOURCE", tweet.start, tweet.end, author, author))
    return found


_SIGN_OFF_RE = re.compile(r"(?:^|\s)[–—-]\s*([^\W\d_][^\n–—]{1,38}?)\s*$")


def sign_off_source(text: str) -> str | None:
    """ "... to work in any role desired. – Guardian": a known outlet after a dash at the
    very end of the article is the outlet the article is taken from, credited for all of it."""
    m = _SIGN_OFF_RE.search(text[-60:])
    if m is None:
        return None
    return source_book().canonical.get(fold(m.group(1).strip(" .")))
