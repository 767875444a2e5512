"""Transfer fees in their many spellings: ``20M€``, ``€20m``, ``20 millions d'euros``,
``venti milioni``, ``45 Millionen Euro``, ``1,5 milhões``.

Only euro amounts count (ANNOTATION.md): pounds and dollars are ignored unless the
article gives the euro figure itself, and salaries are never fees.
"""

from __future__ import annotations

import re

from mercato.model import Mention
from mercato.nlp.lexicon import Lexicon

_NUMBER = r"(?P<num>\d{1,3}(?:[.,\s]\d{3})+|\d+(?:[.,]\d+)?)"
_FEE_RE = re.compile(
    r"(?P<pre>[€£$]|\beur\s|\beuros?\s)?\s?"
    + _NUMBER
    + r"\s?(?P<unit>[a-z]+\.?|m€|m\s?€)?(?P<rest>(?:\s(?:d'|de\s|di\s)?(?:euros?|eur|€))?)",
)
_WORD_FEE_RE = re.compile(r"\b(?P<word>[a-z]+)\s(?=(?P<unit>[a-z]+)\b)")
_OTHER_CURRENCY = re.compile(r"^\s?(?:£|\$|usd|gbp)")
_DIGIT = re.compile(r"\d")
_WORDS_AFTER = re.compile(r"^\s?(?:(?:de|di|d'|do|of)\s?)?(\w+)")


def find_fees(text: str, folded: str, start: int, end: int, lex: Lexicon) -> list[Mention]:
    """Euro amounts in ``text[start:end]``, as FEE mentions whose value is in euros."""
    found: list[Mention] = []
    for m in _FEE_RE.finditer(folded, start, end):
        unit = (m.group("unit") or "").strip(".")
        pre = (m.group("pre") or "").strip()
        rest = m.group("rest").strip()
        raw = text[max(start, m.start() - 1) : m.start()]
        if raw in ("£", "$") or pre in ("£", "$"):
            continue
        scale = _scale(unit, lex)
        has_euro = pre in ("€", "eur", "euro", "euros") or "€" in unit or bool(rest)
        if scale is None:
            if not has_euro or m.group("unit"):
                continue
            scale = 1.0
        after = folded[m.end() : m.end() + 12]
        word_after = _WORDS_AFTER.match(after)
        foreign = word_after is not None and word_after.group(1) in lex.other_currencies
        if (
            foreign
            or _OTHER_CURRENCY.search(after)
            or (scale >= 1e6 and not has_euro and _foreign_before(folded, m.start()))
        ):
            continue
        value = _number(m.group("num")) * scale
        if value < 100_000 or _is_salary(folded, m.start(), m.end(), lex, end):
            continue
        found.append(Mention("FEE", m.start(), m.end(), text[m.start() : m.end()], value))
    for m in _WORD_FEE_RE.finditer(folded, start, end):
        number = lex.number_words.get(m.group("word"))
        scale = _scale(m.group("unit"), lex)
        if number is None or scale is None or _is_salary(folded, m.start(), m.end(), lex, end):
            continue
        stop = m.end() + len(m.group("unit"))
        found.append(Mention("FEE", m.start(), stop, text[m.start() : stop], number * scale))
    return sorted(found, key=lambda f: f.start)


def _scale(unit: str, lex: Lexicon) -> float | None:
    unit = unit.replace(" ", "")
    if unit in ("m€", "me", "mln", "mio", "mn") or unit in lex.million_words:
        return 1e6
    if unit in ("bn", "mrd"):
        return 1e9
    if unit in lex.thousand_words:
        return 1e3
    return None


def _number(raw: str) -> float:
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):
        return float(re.sub(r"[.,]", "", raw))
    return float(raw.replace(",", "."))


def _is_salary(folded: str, start: int, end: int, lex: Lexicon, limit: int | None = None) -> bool:
    """A salary word near the amount, or later in its sentence with no other figure between
    ("a tre milioni più bonus (legati ai risultati) a stagione")."""
    after = end + 30
    if limit is not None:
        figure = _DIGIT.search(folded, end, limit)
        after = max(after, min(end + 80, limit, figure.start() if figure else limit))
    return bool(lex.salary_words.find(folded, max(0, start - 40), min(len(folded), after)))


def _foreign_before(folded: str, pos: int) -> bool:
    return bool(re.search(r"(£|\$)\s?$", folded[max(0, pos - 2) : pos]))
