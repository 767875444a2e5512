"""Cutting a text into plain and highlighted segments, for <mark> in the pages.

Templates print segments with Jinja's autoescaping, so no HTML is ever built from article
text by hand. Spans come from two places: the pipeline's mentions (the /extract page, where
the article was just analysed) and, for stored evidence sentences, which keep no mentions,
a light re-reading: club aliases through the club resolver, and the story's person by
their name words.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from mercato.model import Mention
from mercato.nlp.clubs import ClubResolver
from mercato.nlp.people import name_tokens
from mercato.nlp.text import fold, tokens

LABELS = {"PERSON": "person", "CLUB": "club", "FEE": "fee", "SOURCE": "source"}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    title: str | None = None


@dataclass(frozen=True)
class Segment:
    """A piece of text; ``label`` (person, club, fee, source) when it is highlighted."""

    text: str
    label: str | None = None
    title: str | None = None


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """``text`` cut at ``spans``; where spans overlap, the earlier (then longer) one wins."""
    out: list[Segment] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, s.start - s.end)):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < pos or end <= start:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], span.label, span.title))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def _title(mention: Mention) -> str | None:
    if mention.label == "FEE" and isinstance(mention.value, int | float):
        return f"€{mention.value:,.0f}"
    if mention.value is not None and str(mention.value) != mention.text:
        return str(mention.value)
    return None


def mention_spans(mentions: Iterable[Mention]) -> list[Span]:
    """Spans of the pipeline's mentions that the pages highlight."""
    return [Span(m.start, m.end, LABELS[m.label], _title(m)) for m in mentions if m.label in LABELS]


def club_spans(text: str, lang: str | None) -> list[Span]:
    """Every club alias in ``text``, titled with the club it means."""
    found = ClubResolver.default().find(text, lang)
    return [Span(m.start, m.end, "club", m.value if m.value != m.text else None) for m in found]


def person_spans(text: str, names: Iterable[str]) -> list[Span]:
    """Where ``text`` writes one of ``names`` (a run of their words, holding a first or a
    last name: "De Zerbi", "Roberto De Zerbi", not a lone "de")."""
    words: set[str] = set()
    anchors: set[str] = set()
    for name in names:
        parts = name_tokens(name)
        words.update(parts)
        if parts:
            anchors.update(p for p in (parts[0], parts[-1]) if len(p) > 2)
    spans: list[Span] = []
    run: list[tuple[int, int, str]] = []

    def close() -> None:
        while run and text[run[0][0]].islower():  # "de" in "l'arrivée de De Zerbi"
            run.pop(0)
        if run and any(word in anchors for _, _, word in run):
            spans.append(Span(run[0][0], run[-1][1], "person"))
        run.clear()

    for token in tokens(fold(text)):
        start, word = token.start, token.text
        if "'" in word and word.split("'", 1)[1] in words:  # d'Herrera, l'Ancelotti
            start, word = start + word.index("'") + 1, word.split("'", 1)[1]
        if word in words:
            if run and text[run[-1][1] : start].strip():
                close()
            run.append((start, token.end, word))
        else:
            close()
    close()
    return spans


def evidence_segments(text: str, names: Iterable[str], lang: str | None) -> list[Segment]:
    """An evidence sentence with the person and every club highlighted."""
    return segments(text, [*person_spans(text, names), *club_spans(text, lang)])
