"""Read the publication date and the author from the top of a raw article.

Articles start with a metadata line (`` date 2024-06 ...``), a byline (``Publié par X le
29 juin 2022 à 13:35``, ``By Ben Hayward``) or a dateline. The annotation guidelines want
the most precise date the *metadata* gives, never a date from the body: so a byline date
refines the ``date`` line only when it is marked as one (a "published" cue, a time of day,
its own line), and bodies are only searched when there is no metadata line at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from mercato.ingest.dates import DateHit, find_dates
from mercato.ingest.langdata import IngestWords, ingest_words
from mercato.ingest.tweets import find_tweets
from mercato.model import Article

HEADER_CHARS = 600  # how far the byline of an article without a date line is looked for
BYLINE_CHARS = 400  # how far after a date line a refining byline may sit
_DATE_LINE = re.compile(r"\A\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?!\d)[ \t]*")
_TIME_AFTER = re.compile(r"[^\d\n]{0,8}\n?[^\d\n]{0,3}\d{1,2}[:hH]\d{2}(?!\d)")
_LEAD_PUNCT = " \t-–—·•|,(:.;"
_TOKEN = re.compile(r"[^\s,|·•/()]+|[,|·•/()]")
# Lower-case parts of names ("Jean de Teyssière", "Ruud van Nistelrooy"); names travel
# across languages, so this list is shared rather than per language.
_PARTICLES = frozenset(
    "de da di del della van von der den la le du dos das ten ter y bin al".split()
)
_CUE_WINDOW = 40  # a cue this close before a date, on its line, qualifies it


@dataclass(frozen=True)
class Header:
    """What the top of an article says about itself; ``body_start`` is where the body begins."""

    published: str | None
    author: str | None
    body_start: int


@dataclass(frozen=True)
class _Candidate:
    hit: DateHit
    score: int
    published_cue: bool
    byline_like: bool
    own_line: bool
    time_after: bool


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _nearest_cue(before: str, cues: tuple[str, ...]) -> int:
    """Distance from the end of ``before`` to the closest cue in it, or -1."""
    low = before.lower()
    best = -1
    for cue in cues:
        i = low.rfind(cue)
        while i > 0 and low[i - 1].isalpha():
            i = low.rfind(cue, 0, i)
        if i >= 0:
            dist = len(low) - (i + len(cue))
            if best < 0 or dist < best:
                best = dist
    return best


def _strip_words(before: str, words: IngestWords) -> str:
    """``before`` without weekday names, cues and punctuation: what else shares the line."""
    rest = before.lower()
    weekdays = sorted(words.weekdays, key=len, reverse=True)
    for word in (*words.published_cues, *words.updated_cues, *weekdays):
        rest = rest.replace(word, " ")
    little = "|".join(re.escape(w) for w in words.date_prepositions)
    rest = re.sub(rf"(?<!\w)(?:{little})(?!\w)", " ", rest)
    return rest.strip(_LEAD_PUNCT + "\u00a0")


def _candidate(text: str, hit: DateHit, words: IngestWords) -> _Candidate:
    line_start, _ = _line_bounds(text, hit.start)
    before = text[max(line_start, hit.start - _CUE_WINDOW) : hit.start]
    pub = _nearest_cue(before, words.published_cues)
    upd = _nearest_cue(before, words.updated_cues)
    published_cue = pub >= 0 and (upd < 0 or pub < upd)
    updated_cue = upd >= 0 and not published_cue
    time_after = bool(_TIME_AFTER.match(text, hit.end))
    at_line_start = not _strip_words(text[line_start : hit.start], words)
    weekday = any(w in before.lower().split() or f"{w}," in before.lower() for w in words.weekdays)
    score = (
        6 * published_cue
        - 4 * updated_cue
        + 3 * time_after
        + 2 * at_line_start
        + weekday
        + (len(hit.value) == 10)
    )
    byline_like = published_cue or (time_after and at_line_start)
    _, line_end = _line_bounds(text, hit.end)
    own_line = at_line_start and (time_after or not text[hit.end : line_end].strip(_LEAD_PUNCT))
    return _Candidate(hit, score, published_cue, byline_like, own_line, time_after)


def _refine(line_date: str, text: str, start: int, words: IngestWords, lang: str | None) -> str:
    """The date line's value, or a byline's more precise or explicitly published date."""
    for hit in find_dates(text, start, min(len(text), start + BYLINE_CHARS), lang):
        cand = _candidate(text, hit, words)
        if len(hit.value) < 10:
            continue
        if cand.published_cue:
            return hit.value
        if cand.byline_like and hit.value.startswith(line_date):
            return hit.value
    return line_date


def _best_date(text: str, words: IngestWords, lang: str | None) -> str | None:
    """The likeliest publication date of an article without a ``date`` line.

    Dates near the top win; further down, only dates that look like a byline or a
    dateline (a "published" cue, a time of day, a line of their own) are considered.
    """
    best: tuple[int, int, str] | None = None
    for hit in find_dates(text, 0, len(text), lang):
        cand = _candidate(text, hit, words)
        in_header = hit.start < HEADER_CHARS
        if len(hit.value) < 10 and not cand.published_cue:
            continue
        if not in_header and not (cand.byline_like or cand.own_line or cand.time_after):
            continue
        key = (cand.score + 3 * in_header, -hit.start, hit.value)
        if best is None or key[:2] > best[:2]:
            best = key
    return best[2] if best else None


def _is_name_token(tok: str) -> bool:
    if not tok[:1].isupper():
        return False
    letters = [ch for ch in tok if ch.isalpha()]
    if not letters:
        return False
    return len(letters) == 1 or any(ch.islower() for ch in letters) or tok.isupper()


def _name_at(text: str, pos: int, end: int) -> tuple[list[re.Match[str]], str] | None:
    """The 1-4 tokens of a name starting at ``pos``, and the token that follows it."""
    tokens = list(_TOKEN.finditer(text, pos, end))
    name: list[re.Match[str]] = []
    for i, m in enumerate(tokens):
        tok = m.group()
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        if not (_is_name_token(tok) or (name and tok in _PARTICLES and _is_name_token(nxt))):
            break
        name.append(m)
    if not name or len(name) > 4:
        return None
    following = tokens[len(name)].group() if len(name) < len(tokens) else ""
    return name, following


def _joined(tokens: list[re.Match[str]], text: str) -> str:
    return text[tokens[0].start() : tokens[-1].end()]


def _ends_name(following: str) -> bool:
    """Whether the token after a name closes a byline: end of line, separator, lowercase word."""
    return not following or not following[:1].isupper() or following in ",|·•/("


def _byline_author(text: str, start: int, end: int, words: IngestWords) -> str | None:
    """A name introduced by an author cue at a line start or after a byline date or time."""
    cues = "|".join(re.escape(c) for c in words.author_cues)
    pattern = re.compile(rf"(?i:(?<![\w])({cues}))[ \t]+(?=[^\W\d_])")
    for m in pattern.finditer(text, start, end):
        line_start, line_end = _line_bounds(text, m.start())
        before = text[max(line_start, start) : m.start()]
        after_meta = bool(re.search(r"(\d{1,2}[:hH]\d{2}|\d{4})\s*$", before)) or bool(
            re.search(rf"(?i)(?:{'|'.join(map(re.escape, words.published_cues))})\s*$", before)
        )
        if before.strip(_LEAD_PUNCT) and not after_meta:
            continue
        found = _name_at(text, m.end(), line_end)
        if found is None:
            continue
        tokens, following = found
        name = _joined(tokens, text)
        if (len(tokens) >= 2 or name.isupper()) and _ends_name(following):
            return name
    return None


def _date_line_author(text: str, pos: int) -> tuple[str, int] | None:
    """An author's name right after the ``date`` line: alone on its line, or opening a bio."""
    _, line_end = _line_bounds(text, pos)
    found = _name_at(text, pos, line_end)
    if found is None:
        return None
    tokens, following = found
    if not 2 <= len(tokens) <= 3 or any(len(t.group()) < 2 for t in tokens):
        return None
    if not text[tokens[-1].end() : line_end].strip():
        return _joined(tokens, text), line_end
    # An author box glued to the text: "Hugo Chirossel Passionné de football ... pour Hugo."
    if len(tokens) == 3 and following[:1].islower():
        first, last = tokens[0].group(), tokens[1].group()
        later = text[tokens[2].start() : tokens[2].start() + 600]
        if re.search(rf"\b{re.escape(first)}\b(?!\s+{re.escape(last)})", later):
            return _joined(tokens[:2], text), tokens[1].end()
    return None


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _is_byline_line(
    text: str, start: int, end: int, author: str | None, words: IngestWords, lang: str | None
) -> bool:
    if not start < end or end - start > 120:
        return False
    if author and author in text[start:end]:
        return True
    return any(_candidate(text, h, words).byline_like for h in find_dates(text, start, end, lang))


def parse_header(text: str, lang_hint: str | None = None) -> Header:
    """Publication date, author and body start read from the first lines of ``text``."""
    words = ingest_words(lang_hint)
    m = _DATE_LINE.match(text)
    if m:
        pos = m.end()
        published: str | None = _refine(m.group(1), text, pos, words, lang_hint)
        body_start = pos
        author = _byline_author(text, pos, min(len(text), pos + BYLINE_CHARS), words)
        on_line = _date_line_author(text, pos)
        if on_line is not None:
            author = author or on_line[0]
            body_start = on_line[1]
    else:
        pos = 0
        published = _best_date(text, words, lang_hint)
        author = _byline_author(text, 0, min(len(text), HEADER_CHARS), words)
        body_start = 0
    body_start = _skip_space(text, body_start)
    for _ in range(3):  # byline lines right at the top belong to the header
        _, line_end = _line_bounds(text, body_start)
        if not _is_byline_line(text, body_start, line_end, author, words, lang_hint):
            break
        body_start = _skip_space(text, line_end)
    return Header(published, author, min(body_start, len(text)))


def header_stage(article: Article) -> Article:
    """Fill published, author, body_start and tweets; metadata given by the input wins."""
    header = parse_header(article.text, article.lang)
    body_start = article.body_start or header.body_start
    tweets = article.tweets or [
        replace(t, start=max(t.start, body_start)) for t in find_tweets(article.text)
    ]
    return replace(
        article,
        published=article.published or header.published,
        author=article.author or header.author,
        body_start=body_start,
        tweets=[t for t in tweets if t.start < t.end],
    )
