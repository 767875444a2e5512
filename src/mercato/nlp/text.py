"""Offset-preserving text helpers: folding, tokens and sentences.

Every helper keeps character offsets into the raw article text, so that evidence and
mentions can always point back at what the article says.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from mercato.datafiles import read_toml


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    low = ch.lower()
    if len(low) != 1:
        low = ch
    base = unicodedata.normalize("NFKD", low)[0]
    if base in "’‘`´":
        return "'"
    return base


def fold(text: str) -> str:
    """Lower-case and strip accents, keeping exactly one output character per input one."""
    return "".join(_fold_char(ch) for ch in text)


TOKEN_RE = re.compile(r"[^\W\d_]+(?:['’\-](?!s\b)[^\W\d_]+)*|\d+(?:[.,]\d+)*", re.UNICODE)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and number tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    index: int

    def text(self, doc: str) -> str:
        return doc[self.start : self.end]


_BOUNDARY_RE = re.compile(
    r"(?<=[.!?…»\"”])\s+(?=[«\"“'‘(\[]?[A-ZÀ-ÖØ-Þ0-9])"
    r"|(?<=[a-zà-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-ÿ])"  # "encontros.De acordo": a lost space
    r"|\n+"
)


@lru_cache(maxsize=1)
def _abbreviations() -> re.Pattern[str]:
    """A single capital or a known abbreviation (``data/names.toml``) before a full stop."""
    words = read_toml("data", "names.toml").get("abbreviations", [])
    return re.compile(r"\b(?:[A-Z]|" + "|".join(re.escape(w) for w in words) + r")\.$")


def sentences(text: str, start: int = 0) -> list[Sentence]:
    """Split ``text[start:]`` into sentences; a newline always ends one (headlines)."""
    spans: list[Sentence] = []
    pos = start
    for match in _BOUNDARY_RE.finditer(text, start):
        piece_end = match.start()
        if match.group().strip() == "" and "\n" not in match.group():
            if _abbreviations().search(text[max(pos, piece_end - 6) : piece_end]):
                continue
        _append(text, pos, piece_end, spans)
        pos = match.end()
    _append(text, pos, len(text), spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(Sentence(start, end, len(spans)))
