"""Club mentions and club-name resolution.

:class:`ClubResolver` finds club mentions in article text (``find``) and maps a club name
as written to mercato's canonical name (``resolve``). Its knowledge is data only:

- ``mercato/data/clubs.jsonl``: the gazetteer (openfootball, built by ``scripts/build_clubs.py``);
- ``mercato/data/club_aliases.toml``: language-neutral short forms (``PSG``, ``Barça``, ``Juve``);
- ``mercato/lang/<iso>/clubs.toml``: per-language nicknames and exonyms, plus ``never``
  (strings that are never a club: countries, national teams) and ``low`` (aliases that need
  context);
- ``mercato/data/alias_policy.toml``: gazetteer aliases dropped as common words, and aliases
  that always get a low score.

Matching folds accents and case on both sides (``Fenerbahce`` = ``Fenerbahçe``), except
short all-caps aliases (``OM``, ``PSG``, ``BVB``: 4 letters or fewer), which match
case-sensitively. Matching works on word tokens: the text is tokenised once with a regex and
n-grams of up to :data:`MAX_TOKENS` tokens are looked up in a dictionary, longest first.

When an alias names several clubs, the club is chosen in this order: an entry of the
article language's nickname file; a language-neutral entry; an entry derived from the
language file (article dropped); another language's entry; then among gazetteer clubs, a
club of a top league (the big five's first divisions, ``pt.1``, ``nl.1``), one from
``context_country``, one with any recent league, in file order.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from mercato.datafiles import read_text, read_toml
from mercato.model import Mention

MAX_TOKENS = 8
LOW_SCORE = 0.5
TOP_LEAGUES = frozenset({"en.1", "es.1", "it.1", "de.1", "fr.1", "pt.1", "nl.1"})
LANGS = ("fr", "it", "es", "en", "de", "pt")
# Leading articles / determiners of the six languages. An alias written in a language file
# with one of these in lower case ("les Phocéens", "l'OM") also yields the form without it.
ARTICLES = frozenset(
    "l le la les il lo i gli el los las die der das den dem des the o a os as".split()
)
CS_MAX_LETTERS = 4

_TOKEN = re.compile(r"[^\W_]+|&")
_GAP_OK = re.compile(r"[ \t\u00a0'’\-.&]{0,3}")
_SPECIAL = str.maketrans(
    {"ı": "i", "ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ð": "d", "þ": "th", "ß": "ss"}
)

# Sources of an alias entry, best first.
_LANG, _COMMON, _DERIVED, _OTHER_LANG, _OTHER_DERIVED, _GAZETTEER = range(6)


def fold(s: str) -> str:
    """Case- and accent-folded form of ``s`` (``Fenerbahçe`` -> ``fenerbahce``)."""
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.translate(_SPECIAL)


_fold_cache: dict[str, str] = {}


def _fold_token(tok: str) -> str:
    f = _fold_cache.get(tok)
    if f is None:
        f = fold(tok)
        if len(_fold_cache) < 200_000:
            _fold_cache[tok] = f
    return f


def _is_cs_token(tok: str) -> bool:
    return len(tok) > 1 and tok.isupper()


def _tokens(s: str) -> list[str]:
    return _TOKEN.findall(s)


def _key(tokens: list[str]) -> str:
    return " ".join(_fold_token(t) for t in tokens)


def _cs_key(tokens: list[str]) -> str:
    return " ".join(t if _is_cs_token(t) else _fold_token(t) for t in tokens)


def _is_case_sensitive(tokens: list[str]) -> bool:
    """Short all-caps aliases (``OM``, ``l'OM``, ``BVB 09``) match case-sensitively."""
    core = tokens[1:] if len(tokens) > 1 and tokens[0] in ARTICLES else tokens
    letters = sum(c.isalpha() for t in core for c in t)
    return 0 < letters <= CS_MAX_LETTERS and all(t.isupper() or t.isdigit() for t in core)


@dataclass(frozen=True)
class Club:
    name: str
    country: str | None
    city: str | None
    league_hint: str | None
    reserve_of: str | None
    order: int


@dataclass(frozen=True)
class _Entry:
    club: str
    source: int
    lang: str | None


class ClubResolver:
    """Finds and resolves football club names. Build once: ``ClubResolver.default()``."""

    def __init__(
        self,
        clubs: list[dict[str, Any]],
        common: dict[str, list[str]],
        per_lang: dict[str, dict[str, Any]],
        policy: dict[str, list[str]],
    ) -> None:
        self.clubs: dict[str, Club] = {}
        for i, rec in enumerate(clubs):
            name = rec["name"]
            if name in self.clubs:  # same name in two countries: keep the first
                continue
            self.clubs[name] = Club(
                name,
                rec.get("country"),
                rec.get("city"),
                rec.get("league_hint"),
                rec.get("reserve_of"),
                i,
            )
        self._index: dict[str, list[_Entry]] = {}
        self._cs_index: dict[str, list[_Entry]] = {}
        self._first: dict[str, int] = {}
        self._cs_first: dict[str, int] = {}
        self._lower_ok: set[str] = set()  # one-word aliases also written in lower case
        self._choice_cache: dict[tuple[str, bool, str | None, str | None], tuple[str, float]] = {}

        self._never = {
            _key(_tokens(s)) for data in per_lang.values() for s in data.get("never", [])
        }
        self._dropped = {_key(_tokens(s)) for s in policy.get("dropped", [])}
        self._low_global = {_key(_tokens(s)) for s in policy.get("low", [])}
        self._low_global |= {_key(_tokens(c.city)) for c in self.clubs.values() if c.city}
        self._low_lang = {
            lang: {_key(_tokens(s)) for s in data.get("low", [])} for lang, data in per_lang.items()
        }
        self._low_any = set().union(*self._low_lang.values()) if self._low_lang else set()

        unknown: list[str] = []
        for lang, data in per_lang.items():
            for club, aliases in data.get("clubs", {}).items():
                if club not in self.clubs:
                    unknown.append(f"lang/{lang}/clubs.toml: {club!r}")
                    continue
                for alias in aliases:
                    self._add(alias, club, _LANG, lang, derive=True)
        for club, aliases in common.items():
            if club not in self.clubs:
                unknown.append(f"data/club_aliases.toml: {club!r}")
                continue
            for alias in aliases:
                self._add(alias, club, _COMMON, None)
        for rec in clubs:
            name = rec["name"]
            for alias in [name, *rec.get("aliases", [])]:
                self._add(alias, name, _GAZETTEER, None)
        if unknown:
            msg = (
                "club alias files name clubs that are not in data/clubs.jsonl "
                f"(use the canonical name): {', '.join(unknown)}"
            )
            raise ValueError(msg)
        self._fuzzy_choices: dict[str, str] | None = None

    # ------------------------------------------------------------------ building
    def _add(
        self, alias: str, club: str, source: int, lang: str | None, derive: bool = False
    ) -> None:
        toks = _tokens(alias)
        if not toks or len(toks) > MAX_TOKENS:
            return
        cs = _is_case_sensitive(toks)
        key = _cs_key(toks) if cs else _key(toks)
        folded = _key(toks)
        if folded in self._never:
            return
        if source == _GAZETTEER and folded in self._dropped:
            return
        if not cs and len(toks) == 1 and (len(folded) <= 2 or folded.isdigit()):
            return
        index, first = (self._cs_index, self._cs_first) if cs else (self._index, self._first)
        entries = index.setdefault(key, [])
        if not any(e.club == club and e.source == source and e.lang == lang for e in entries):
            entries.append(_Entry(club, source, lang))
        if len(toks) == 1 and not toks[0][0].isupper():
            self._lower_ok.add(key)
        head = key.split(" ", 1)[0]
        if first.get(head, 0) < len(toks):
            first[head] = len(toks)
        if derive and len(toks) > 1 and toks[0] in ARTICLES:
            rest = alias[alias.find(toks[1], len(toks[0])) :]
            if _key(_tokens(rest)) not in self._dropped:
                self._add(rest, club, _DERIVED, lang)

    @classmethod
    @cache
    def default(cls) -> ClubResolver:
        """The resolver built from mercato's packaged data (loaded once, then shared)."""
        clubs = [
            json.loads(line)
            for line in read_text("data", "clubs.jsonl").splitlines()
            if line.strip()
        ]
        common = read_toml("data", "club_aliases.toml", missing_ok=True).get("clubs", {})
        policy = read_toml("data", "alias_policy.toml", missing_ok=True)
        per_lang = {lang: read_toml("lang", lang, "clubs.toml", missing_ok=True) for lang in LANGS}
        return cls(clubs, common, per_lang, policy)

    # ------------------------------------------------------------------ choosing
    def _rank(self, entry: _Entry, lang: str | None, context_country: str | None) -> tuple:
        source = entry.source
        if source in (_LANG, _DERIVED) and entry.lang != lang:
            source = _OTHER_LANG if source == _LANG else _OTHER_DERIVED
        club = self.clubs[entry.club]
        return (
            source,
            0 if club.league_hint in TOP_LEAGUES else 1,
            0 if context_country and club.country == context_country else 1,
            0 if club.league_hint else 1,
            1 if club.reserve_of else 0,
            club.order,
        )

    def _choose(
        self, key: str, cs: bool, lang: str | None, context_country: str | None
    ) -> tuple[str, float] | None:
        ck = (key, cs, lang, context_country)
        hit = self._choice_cache.get(ck)
        if hit is not None:
            return hit
        entries = (self._cs_index if cs else self._index).get(key)
        if not entries:
            return None
        best = min(entries, key=lambda e: self._rank(e, lang, context_country))
        folded = key if not cs else fold(key)
        low_lang = self._low_lang.get(lang, set()) if lang else self._low_any
        low = (
            folded in self._low_global
            or folded in low_lang
            or (
                # one-word gazetteer name of a club outside the recent leagues: often a
                # surname or a place (Carrick, Sousa); needs context
                best.source == _GAZETTEER
                and " " not in folded
                and not self.clubs[best.club].league_hint
            )
        )
        result = (best.club, LOW_SCORE if low else 1.0)
        self._choice_cache[ck] = result
        return result

    # ------------------------------------------------------------------ public API
    def find(
        self, text: str, lang: str | None = None, start: int = 0, end: int | None = None
    ) -> list[Mention]:
        """Club mentions in ``text[start:end]``, offsets into ``text``, left to right.

        At each position the longest alias wins; mentions never overlap. An alias that
        starts with an article (``der VfL``) gives way to a longer one starting on the next
        word (``VfL Bochum``). A single capitalised alias (``Sporting``, ``Real``) needs a
        capital in the text too (``sporting director`` is no club). ``score`` is 1.0 for
        distinctive names and :data:`LOW_SCORE` for bare city names and generic words.
        """
        end = len(text) if end is None else end
        spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        if not spans:
            return []
        raw = [text[s:e] for s, e in spans]
        folded = [_fold_token(t) for t in raw]
        mixed = [t if _is_cs_token(t) else f for t, f in zip(raw, folded, strict=True)]
        toks = (text, spans, raw, folded, mixed)
        out: list[Mention] = []
        i, n_tok = 0, len(spans)
        while i < n_tok:
            hit = self._match_at(toks, i, lang)
            if hit is None:
                i += 1
                continue
            n, club, score = hit
            if n > 1 and folded[i] in ARTICLES:
                nxt = self._match_at(toks, i + 1, lang)
                if nxt is not None and nxt[0] + 1 > n:
                    i += 1
                    n, club, score = nxt
            s, e = spans[i][0], spans[i + n - 1][1]
            out.append(Mention("CLUB", s, e, text[s:e], club, score))
            i += n
        return out

    def _match_at(self, toks: tuple, i: int, lang: str | None) -> tuple[int, str, float] | None:
        text, spans, raw, folded, mixed = toks
        n_tok = len(spans)
        maxn = max(self._first.get(folded[i], 0), self._cs_first.get(mixed[i], 0))
        if not maxn:
            return None
        # how far the tokens stay joined by a short gap (space, apostrophe, hyphen, dot)
        reach = 1
        while (
            reach < maxn
            and i + reach < n_tok
            and _GAP_OK.fullmatch(text, spans[i + reach - 1][1], spans[i + reach][0])
        ):
            reach += 1
        for n in range(reach, 0, -1):
            if n == 1:
                got = self._choose(mixed[i], True, lang, None)
                if got is None and (not raw[i][0].islower() or folded[i] in self._lower_ok):
                    got = self._choose(folded[i], False, lang, None)
            else:
                got = self._choose(" ".join(mixed[i : i + n]), True, lang, None)
                if got is None:
                    got = self._choose(" ".join(folded[i : i + n]), False, lang, None)
            if got is not None:
                return n, got[0], got[1]
        return None

    def resolve(
        self, name: str, lang: str | None = None, context_country: str | None = None
    ) -> str | None:
        """The canonical club for a name as written (``l'OM``, ``Marsiglia``, ``Valence``).

        Exact match after folding, then the alias tables, then a fuzzy match (rapidfuzz,
        cutoff 90) against the names of clubs with a recent league. ``None`` for country
        names, national teams and strings that match nothing.
        """
        toks = _tokens(name)
        if not toks or len(toks) > MAX_TOKENS:
            return None
        folded = _key(toks)
        if folded in self._never:
            return None
        candidates = [toks]
        if len(toks) > 1 and _fold_token(toks[0]) in ARTICLES:
            candidates.append(toks[1:])
        for cand in candidates:
            for cs in (True, False):
                key = _cs_key(cand) if cs else _key(cand)
                got = self._choose(key, cs, lang, context_country)
                if got is not None:
                    return got[0]
        return self._fuzzy(_key(candidates[-1]))

    def _fuzzy(self, folded: str) -> str | None:
        from rapidfuzz import fuzz, process

        if len(folded) < 5:
            return None
        if self._fuzzy_choices is None:
            choices: dict[str, str] = {}
            for key, entries in self._index.items():
                if len(key) < 5 or key in self._low_global:
                    continue
                best = min(entries, key=lambda e: self._rank(e, None, None))
                if self.clubs[best.club].league_hint or best.source != _GAZETTEER:
                    choices.setdefault(key, best.club)
            self._fuzzy_choices = choices
        hit = process.extractOne(
            folded, self._fuzzy_choices.keys(), scorer=fuzz.ratio, score_cutoff=90
        )
        return self._fuzzy_choices[hit[0]] if hit else None

    def country(self, canonical: str) -> str | None:
        """The club's country (openfootball key: ``fr``, ``eng``, ``br``...), or None."""
        club = self.clubs.get(canonical)
        return club.country if club else None

    def league(self, canonical: str) -> str | None:
        """The club's most recent league hint (``fr.1``, ``es.2``...), or None."""
        club = self.clubs.get(canonical)
        return club.league_hint if club else None

    def is_club(self, canonical: str) -> bool:
        return canonical in self.clubs
