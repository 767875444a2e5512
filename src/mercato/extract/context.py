"""Everything the move and role extractors read about one article, computed once.

An :class:`ArticleContext` holds the sentences, the folded text, and per-sentence
mentions of clubs, people, job titles, cues, fees and sources, all with offsets into the
raw text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from mercato.extract.fees import find_fees
from mercato.extract.sources import find_sources, sign_off_source, source_book, tweet_sources
from mercato.model import Article, Mention
from mercato.nlp.clubs import ClubResolver
from mercato.nlp.langid import detect_language
from mercato.nlp.lexicon import CueToken, Lexicon, cue_tokens, load_lexicon
from mercato.nlp.people import Person, find_people
from mercato.nlp.text import TOKEN_RE, Sentence, fold, sentences

_LINK_RE = re.compile(r"https?://\S+|pic\.twitter\.com/\S+|@\w+")
_DATE_AFTER_RE = re.compile(r"\s\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b")  # "May 29, 2024"
_YEAR_RE = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    label: str


@dataclass
class SentenceInfo:
    sentence: Sentence
    clubs: list[Mention] = field(default_factory=list)
    people: list[Mention] = field(default_factory=list)
    roles: list[Cue] = field(default_factory=list)
    positions: list[Cue] = field(default_factory=list)
    scorers: list[Cue] = field(default_factory=list)
    team_of: list[Cue] = field(default_factory=list)
    teams: list[Cue] = field(default_factory=list)
    triggers: list[Cue] = field(default_factory=list)
    statuses: list[Cue] = field(default_factory=list)
    hedges: list[Cue] = field(default_factory=list)
    past: list[Cue] = field(default_factory=list)
    # "X, who joined Lyon from Lens four years ago,", "having worked with him at Porto":
    # clauses told in the past (a `past_clause` cue): a club named there is a past
    # move's, whatever the rest of the sentence says
    past_clauses: list[tuple[int, int]] = field(default_factory=list)
    follow: list[Cue] = field(default_factory=list)  # "levar consigo": staff who follow
    current: list[Cue] = field(default_factory=list)  # "sous contrat avec": the club one is at
    fees: list[Mention] = field(default_factory=list)
    sources: list[Mention] = field(default_factory=list)
    years: list[tuple[int, int]] = field(default_factory=list)  # (year, offset)
    question: bool = False  # "Mündliche Einigung liegt schon vor?": asked, not asserted

    @property
    def start(self) -> int:
        return self.sentence.start

    @property
    def end(self) -> int:
        return self.sentence.end


@dataclass
class ArticleContext:
    article: Article
    lex: Lexicon
    folded: str
    infos: list[SentenceInfo]
    people: list[Person]
    article_sources: list[Mention]

    @property
    def text(self) -> str:
        return self.article.text


def _cues(found: list[tuple[int, int, str]]) -> list[Cue]:
    return [Cue(s, e, label) for s, e, label in found]


def analyse(article: Article, resolver: ClubResolver | None = None) -> ArticleContext:
    """Find every mention the extractors need in ``article``."""
    lang = article.lang or "en"
    lex = load_lexicon(lang)
    text = article.text
    folded = fold(text)
    resolver = resolver or ClubResolver.default()
    sents = sentences(text, article.body_start)

    published = int(article.published[:4]) if (article.published or "")[:4].isdigit() else None
    infos: list[SentenceInfo] = []
    blocked: list[tuple[int, int]] = []
    cue_spans: list[tuple[int, int]] = []
    book = source_book()
    tweet_lexicons: dict[int, Lexicon] = {}
    pasted = _pasted_spans(article)
    for s in sents:
        info = SentenceInfo(s)
        slex = _tweet_lexicon(article, s.start, pasted, tweet_lexicons) or lex
        toks = cue_tokens(folded, s.start, s.end)
        info.clubs = [c for c in resolver.find(text, lang, s.start, s.end)]
        info.roles = [  # "AD", "DS", "DT" are titles; "ad Alvaro Morata" is a preposition
            c
            for c in _cues(slex.roles.find(folded, s.start, s.end, toks))
            if c.end - c.start > 3 or not text[c.start : c.end].islower()
        ]
        info.positions = _cues(slex.positions.find(folded, s.start, s.end, toks))
        info.scorers = _cues(slex.scorers.find(folded, s.start, s.end, toks))
        info.team_of = _cues(slex.team_of.find(folded, s.start, s.end, toks))
        info.teams = _cues(slex.teams.find(folded, s.start, s.end, toks))
        info.triggers = _cues(slex.triggers.find(folded, s.start, s.end, toks))
        info.triggers += _new_jobs(info.roles, info.clubs, toks, slex)
        credits = slex.attribution.find(folded, s.start, s.end, toks)
        info.statuses = [  # "De acordo com a Sportmediaset" is a credit, not an agreement;
            # "have dismissed reports" is a denial with a credit word inside it
            c
            for c in _cues(slex.statuses.find(folded, s.start, s.end, toks))
            if (
                c.label == "pending"
                or _club_says(text, info.clubs, c)
                or not any(
                    a < c.end
                    and c.start < b
                    and not (c.label == "denied" and c.start < a and b <= c.end)
                    for a, b, _ in credits
                )
            )
            and not _DATE_AFTER_RE.match(text, c.end)
            and not _negated(folded, s.start, c, slex)
        ]
        info.hedges = [  # "— FC Barcelona (@FCBarcelona) May 29, 2024": a date, not "may"
            c
            for c in _cues(slex.hedges.find(folded, s.start, s.end, toks))
            if not _DATE_AFTER_RE.match(text, c.end)
        ]
        info.statuses = _unmade_offers(folded, info, slex)
        info.past = _cues(slex.past.find(folded, s.start, s.end, toks))
        if slex.past_clause is not None:
            info.past_clauses = [
                _clause_at(text, s.start, s.end, start, end, slex.and_words)
                for start, end, _ in slex.past_clause.find(folded, s.start, s.end, toks)
            ]
        if slex.past_opening is not None:  # "after three years at Lille"
            for start, end, _ in slex.past_opening.find(folded, s.start, s.end, toks):
                _, stop = _clause_at(text, s.start, s.end, start, end, slex.and_words)
                info.past_clauses.append((start, stop))
        for year, at in _years(text, s.start, s.end, slex):
            if published and year < published:  # "in 2015", "nel 2019"
                low, _ = _clause_at(text, s.start, s.end, at, at + 4, slex.and_words)
                reach = _YEAR_CLAUSE_REACH
                info.past_clauses.append((max(low, at - reach), at))  # the event told before
        if slex.follow is not None:
            info.follow = _cues(slex.follow.find(folded, s.start, s.end, toks))
        if slex.current_club is not None:
            info.current = _cues(slex.current_club.find(folded, s.start, s.end, toks))
        info.fees = find_fees(text, folded, s.start, s.end, slex)
        info.sources = find_sources(text, folded, s.start, s.end, slex)
        info.clubs = [  # "The Athletic reported": an outlet, not Athletic Bilbao
            c
            for c in info.clubs
            if not any(m.start <= c.start and c.end <= m.end for m in info.sources)
        ]
        info.sources = [  # "l'AS Monaco": a club, not the outlet AS
            m
            for m in info.sources
            if not any(
                c.start <= m.start and m.end <= c.end and c.end - c.start > m.end - m.start
                for c in info.clubs
            )
        ]
        info.years = [(int(m.group()), m.start()) for m in _YEAR_RE.finditer(text, s.start, s.end)]
        info.question = text[s.start : s.end].rstrip(" \"'»”’)\n").endswith("?")
        blocked.extend((c.start, c.end) for c in info.clubs)
        blocked.extend((m.start, m.end) for m in info.sources)
        blocked.extend(m.span() for m in _LINK_RE.finditer(text, s.start, s.end))
        for m in book.pattern.finditer(folded, s.start, s.end):
            if text[m.start()].isupper():
                blocked.append((m.start(), m.end()))
        cue_spans.extend((c.start, c.end) for c in info.roles + info.positions + info.team_of)
        blocked.extend((c.start, c.end) for c in info.roles + info.positions)  # "Head of Football"
        infos.append(info)

    people = find_people(text, sents, lex, blocked, cue_spans)
    journalists = {fold(j) for j in book.journalists}
    people = [p for p in people if fold(p.name) not in journalists]
    people = _credit_journalists(text, folded, lex, people, infos)
    by_sentence = {id(i): i for i in infos}
    for person in people:
        for mention in person.mentions:
            info = _info_at(infos, mention.start)
            if info is not None:
                by_sentence[id(info)].people.append(mention)
    for info in infos:
        info.people.sort(key=lambda m: m.start)

    article_sources = tweet_sources(
        article.tweets, lambda name: resolver.resolve(name, lang) is not None
    )
    sign_off = sign_off_source(text)
    if sign_off is not None:
        end = len(text.rstrip())
        article_sources.append(Mention("SOURCE", end, end, sign_off, sign_off))
    return ArticleContext(article, lex, folded, infos, people, article_sources)


_CLAUSE_EDGE_RE = re.compile(r"[,;:()\[\]–—]|\s-\s")


def _clause_at(
    text: str, low: int, high: int, start: int, end: int, and_words: frozenset[str]
) -> tuple[int, int]:
    """The clause around ``start``-``end``: the text between the punctuation marks (commas,
    semicolons, brackets, dashes) on either side, within the sentence ``low``-``high``. A
    comma before another name of a list ("the signings of X, Y and Z, the club...") goes on."""
    before = [m.end() for m in _CLAUSE_EDGE_RE.finditer(text, low, start)]
    stop = high
    for m in _CLAUSE_EDGE_RE.finditer(text, end, high):
        following = _CLAUSE_EDGE_RE.search(text, m.end(), high)
        item = text[m.end() : following.start() if following else high].split()
        if (
            m.group() != ","
            or not item
            or not all(w[:1].isupper() or fold(w) in and_words for w in item)
        ):
            stop = m.start()
            break
    return (before[-1] if before else low, stop)


def _years(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """(year, offset) of the dates after a short word ("in 2015", "en 2016", "nel 2019"):
    seasons and compounds ("2023/24", "2000-born"), names ("Euro 2016", "champion du monde
    1998") and birth years ("classe 1999", "born in 2001") left out."""
    found = []
    for m in _YEAR_RE.finditer(text, start, end):
        before = TOKEN_RE.findall(fold(text[max(start, m.start() - 40) : m.start()]))
        if _SEASON_RE.match(text, m.end()) or not before:
            continue
        word = text[max(start, m.start() - 12) : m.start()].split()[-1:]
        if not word or not word[0].islower() or len(before[-1]) > 4:
            continue
        if any(w in lex.birth_words for w in before[-3:]):
            continue
        found.append((int(m.group()), m.start()))
    return found


_SEASON_RE = re.compile(r"\s?[/-]")
# "arrivé à Lille pour 8 M€ en 2015": a year this near after a club dates it
_YEAR_CLAUSE_REACH = 80


_PASTED_RE = re.compile(r"pic\.twitter\.com/|https?://t\.co/")


_NEGATABLE = frozenset({"official", "agreed", "negotiating"})


def _unmade_offers(folded: str, info: SentenceInfo, lex: Lexicon) -> list[Cue]:
    """ "podría presentar una oferta", "could make an offer": an offer a "could" puts a
    few words ahead is not made yet: a wish, not talks."""
    wishes = [c for c in info.hedges + info.statuses if folded[c.start : c.end] in lex.may_words]

    def unmade(cue: Cue) -> bool:
        for w in wishes:
            gap = folded[w.end : cue.start]
            if w.end <= cue.start and not re.search(r"[,;:.!?]", gap):
                if 1 <= len(TOKEN_RE.findall(gap)) <= 3:
                    return True
        return False

    return [
        replace(c, label="rumour") if c.label == "negotiating" and unmade(c) else c
        for c in info.statuses
    ]


def _club_says(text: str, clubs: list, cue: Cue) -> bool:
    """ "Le Stade Brestois a annoncé": a club that says it announces, where a paper that
    says it is credited; the club ends at most one short word before the cue."""
    for club in clubs:
        gap = text[club.end : cue.start].split()
        if 0 <= cue.start - club.end and len(gap) <= 1 and all(len(w) <= 3 for w in gap):
            return True
    return False


def _negated(folded: str, start: int, cue: Cue, lex: Lexicon) -> bool:
    """ "Nenhum dos clubes confirmou", "non è ancora ufficiale", "has not agreed": a
    negation among the three words before a cue, in the same clause, cancels it."""
    if cue.label not in _NEGATABLE or not lex.negation:
        return False
    before = folded[max(start, cue.start - 40) : cue.start]
    before = re.split(r"[,;:.!?()\"«»“”]", before)[-1]
    words = re.findall(r"\w+'?|'", before.replace("’", "'"))
    return any(w in lex.negation or w.rstrip("'") + "'" in lex.negation for w in words[-3:])


def _pasted_spans(article: Article) -> list[tuple[int, int]]:
    """Pasted tweets: those signed "— Name (@handle) date", and lines ending in a
    ``pic.twitter.com`` or ``t.co`` link."""
    text = article.text
    spans = [(t.start, t.end) for t in article.tweets]
    for m in _PASTED_RE.finditer(text, article.body_start):
        line_end = text.find("\n", m.end())
        spans.append((text.rfind("\n", 0, m.start()) + 1, len(text) if line_end < 0 else line_end))
    return spans


def _tweet_lexicon(
    article: Article, pos: int, spans: list[tuple[int, int]], cache: dict[int, Lexicon]
) -> Lexicon | None:
    """A pasted tweet may be in another language than the article ("Full agreement in
    place" in a French article): its sentences are read with the tweet's own cues."""
    for start, end in spans:
        if start <= pos < end:
            if start not in cache:
                lang = detect_language(article.text[start:end])
                cache[start] = load_lexicon(lang or article.lang or "en")
            return cache[start]
    return None


def _new_jobs(
    roles: list[Cue], clubs: list[Mention], toks: list[CueToken], lex: Lexicon
) -> list[Cue]:
    """ "nuovo vice DS", "new head coach", "new OM manager": a job title after a word for
    "new" (a club's name may stand between) is an appointment cue, whatever the title."""
    starts = {start: i for i, (_, start, _) in enumerate(toks)}
    found = []
    for cue in roles:
        begin = next((c.start for c in clubs if 0 <= cue.start - c.end <= 1), cue.start)
        i = starts.get(begin)
        if i and toks[i - 1][0] in lex.new_words:
            found.append(Cue(toks[i - 1][1], cue.end, "appointment"))
    return found


_TITLE_GAP_RE = re.compile(r"\s*(?:,|\(|\s-|\s–)?\s*(?:(?:le|la|il|el|o|a|the|der|die)\s+)?$")


def _credit_journalists(
    text: str, folded: str, lex: Lexicon, people: list[Person], infos: list[SentenceInfo]
) -> list[Person]:
    """ "Isaac Fouto, journaliste de la radio COPE", "the journalist Ben Jacobs": a name
    next to a journalist's title is a credited source, not someone in the story."""
    if lex.journalist_titles is None:
        return people
    kept = []
    for person in people:
        credited = []
        for m in person.mentions:
            after = lex.journalist_titles.find(folded, m.end, min(len(folded), m.end + 20))
            before = lex.journalist_titles.find(folded, max(0, m.start - 20), m.start)
            if any(_TITLE_GAP_RE.match(folded[m.end : s]) for s, _, _ in after[:1]) or any(
                not folded[e : m.start].strip(" ") for _, e, _ in before[-1:]
            ):
                credited.append(m)
        if not credited:
            kept.append(person)
            continue
        for m in person.mentions:
            info = _info_at(infos, m.start)
            if info is not None:
                info.sources.append(Mention("SOURCE", m.start, m.end, m.text, person.name))
    return kept


def _info_at(infos: list[SentenceInfo], pos: int) -> SentenceInfo | None:
    for info in infos:
        if info.start <= pos < info.end:
            return info
    return None
