"""Moves: who is going where, in what role, and how far the article says it has gone.

Rules propose moves sentence by sentence: a sentence with a move cue, a person and a club
yields a (type, person, to_club) claim. The club's place in the sentence (after "to",
"à", "al"... or "from", "de", "dal"...) gives its direction; the person's job title in the
article decides between a player's transfer and a staff appointment; cue words give the
status. Claims with the same key are merged across sentences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from mercato.extract.context import ArticleContext, Cue, SentenceInfo
from mercato.extract.relations import (
    HOLDER_ROLES,
    STAFF_ROLES,
    adjacent_title,
    club_relation,
    focus_club,
    focus_person,
    home_clubs,
    in_comparison,
    is_new_job,
    named_as_reference,
    past_title,
    person_roles,
)
from mercato.extract.status import STAGES, combined_status, sentence_status
from mercato.model import Evidence, Mention, Move
from mercato.nlp.text import TOKEN_RE

YEAR_REACH = 40  # an earlier year this close to the club or name dates the move
TRIGGER_REACH = 250  # characters between a person and the cue that makes them move
PERSONAL_CUES = frozenset({"extension", "departure"})  # moves that belong to one person
MOVING_CUES = frozenset({"transfer", "loan", "appointment"})  # cues that take an object
GAPPED_REACH = 4  # words at most between the name and the club of a clause with no verb
MAX_SEPARATORS = 30  # commas and conjunctions in a sentence cut into clauses


@dataclass
class _Claim:
    type: str
    person: str
    to_club: str
    from_club: str | None = None
    past_from: str | None = None  # an origin read only in a sentence told in the past
    role: str | None = None
    statuses: list[str] = field(default_factory=list)
    fee: float | None = None
    sources: list[str] = field(default_factory=list)
    background_votes: int = 0
    main_votes: int = 0
    evidence: list[SentenceInfo] = field(default_factory=list)
    first: int = 0


def _move_type(
    ctx: ArticleContext,
    info: SentenceInfo,
    person_role: str | None,
    mention: Mention,
    staff_article: bool,
) -> str | None:
    def nearest(cue: Cue) -> bool:
        """An extension or an exit belongs to the person named closest to its cue."""
        mine = abs(cue.start - mention.start)
        return all(
            abs(cue.start - other.start) >= mine
            for other in info.people
            if other.value != mention.value
        )

    near = [
        c
        for c in info.triggers
        if abs(c.start - mention.start) <= TRIGGER_REACH
        and (c.label not in PERSONAL_CUES or nearest(c))
        and not _record(ctx, c)
    ]
    # "Payan will ask the club not to recruit Mason Greenwood after the sides reached an
    # agreement": from the first move word whose object is someone else, the cues are theirs
    taken = [c.start for c in near if _someone_elses_object(ctx, info, c, mention)]
    if taken:
        near = [c for c in near if c.start < min(taken) or c.label not in MOVING_CUES]
    # "the appointment of X as the successor to the sacked German": the exit is the
    # predecessor's, named by the succession word just before it
    near = [
        c
        for c in near
        if c.label != "departure"
        or not any(
            t.label == "replaced" and 0 <= c.start - t.end <= 12 and t.start > mention.end
            for t in info.triggers
        )
    ]
    if not mention.text:  # "le licenciement du coach néerlandais": someone described
        near = [c for c in near if not (c.label == "departure" and _described_exit(ctx, info, c))]
    labels = {c.label for c in near}
    if not labels:
        return None
    if _thanked(ctx, info, mention):
        return "departure" if "departure" in labels else None
    if any(
        c.label == "replaced"
        and _passive(ctx, c)
        and _agent(info, c) not in (None, mention.value)
        and abs(c.start - mention.start) <= 120
        for c in near
    ):
        return "departure"  # "Limogé cet été et remplacé par X, Paolo Bianchi ...": replaced
    if any(
        c.label == "replaced"
        and 0 <= mention.start - c.end <= 25
        and not _apposed_after(ctx, c, mention)
        for c in near
    ):
        return "departure"
    if any(c.label == "departure" and 0 <= mention.start - c.end <= 3 for c in near):
        return "departure"  # "il posto del dimissionario Jorge Sampaoli"
    if _exit_named(ctx, info, near, mention):
        return "departure"  # "après le licenciement de Paolo Bianchi": the one sacked
    if labels == {"leave"}:
        return "departure"  # "quitte Marseille", "den Verein verlassen": no destination said
    labels = {
        {"leave": "transfer", "replaced": "appointment"}.get(label, label) for label in labels
    }
    own_titles = [  # "nominare un nuovo DS e cedere Soler", "le président X": not theirs
        c
        for c in info.roles
        if adjacent_title(mention, [c], ctx) is not None
        or not any(
            c.end <= t.start < mention.start and t.label != "appointment" for t in info.triggers
        )
    ]
    if person_role is None and any(abs(c.start - mention.start) <= 80 for c in own_titles):
        if not any(abs(c.start - mention.start) <= 80 for c in info.positions):
            person_role = "staff"
    if person_role is None and any(
        abs(c.start - mention.start) <= 120 and not past_title(ctx, c) for c in info.positions
    ):
        person_role = "player"
    if person_role is None and staff_article:
        person_role = "staff"
    apposed = adjacent_title(mention, info.roles, ctx)
    holder = apposed is not None and apposed.start >= mention.end and not is_new_job(info, apposed)
    close = [c for c in near if abs(c.start - mention.start) <= 50]
    if person_role in HOLDER_ROLES:
        if not {"appointment", "departure"} & {c.label for c in close}:
            return None
    elif holder and not close:
        return None  # "avec Gennaro Gattuso l'entraîneur et De Laurentiis le président"
    staff = person_role is not None and person_role != "player"
    if "extension" in labels:
        return "extension"
    if "loan" in labels and not staff:
        return "loan"
    if "departure" in labels and not ({"transfer", "appointment"} & labels and not staff):
        return "departure"
    if staff or ("appointment" in labels and person_role != "player" and "transfer" not in labels):
        return "appointment"
    return "transfer"


@dataclass(frozen=True)
class _Clause:
    start: int
    end: int
    triggers: tuple[Cue, ...]  # its own move words, or those of the clause before it


@cache
def _clause_re(words: frozenset[str]) -> re.Pattern[str] | None:
    if not words:
        return None
    alts = sorted(words, key=len, reverse=True)
    parts = [re.escape(w) + ("" if w.endswith("'") else r"(?!\w)") for w in alts]
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + ")")


def _separators(ctx: ArticleContext, info: SentenceInfo) -> list[tuple[int, int]]:
    """Where a sentence may be cut into clauses: commas, semicolons, "and" words and
    contrast words ("tandis que", "mentre", "while"); adjacent ones make one cut."""
    lex = ctx.lex
    found = [
        (m.start(), m.end())
        for m in re.finditer(r"[,;]", ctx.text[info.start : info.end])
        if not (m.group() == "," and _before_digit(ctx, info.start + m.end()))
    ]
    found = [(info.start + a, info.start + b) for a, b in found]
    found += [  # "e", not "è" folded to it
        (m.start(), m.end())
        for m in TOKEN_RE.finditer(ctx.folded, info.start, info.end)
        if m.group() in lex.and_words and ctx.text[m.start() : m.end()].lower() == m.group()
    ]
    pattern = _clause_re(lex.clause_words)
    if pattern is not None:
        found += [(m.start(), m.end()) for m in pattern.finditer(ctx.folded, info.start, info.end)]
    merged: list[tuple[int, int]] = []
    for a, b in sorted(found):
        if merged and not ctx.folded[merged[-1][1] : a].strip():
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _before_digit(ctx: ArticleContext, pos: int) -> bool:
    return pos < len(ctx.text) and ctx.text[pos].isdigit()  # "12,5 millions"


def _clauses(
    ctx: ArticleContext, info: SentenceInfo, people: list[Mention], relations: dict[int, str]
) -> list[_Clause]:
    """ "Le Stade Rennais a recruté X, le FC Nantes a enrôlé Y et Montpellier a attiré Z",
    "X ha fichado por el Villarreal e Y por el Valencia": a sentence cut where each side
    has its own person, club and move word (or, with the verb left out, a name followed
    closely by its club, taking the move word of the clause before). No cut when the
    sentence does not split that way: a list of names under one verb shares its club."""
    named = {str(p.value) for p in people if p.text}
    if len(named) < 2 or len({str(c.value) for c in info.clubs}) < 2:
        return []
    found: list[_Clause] = []
    start = info.start
    before: tuple[Cue, ...] = ()
    shape = None  # whether the clause before names its club before its person
    separators = _separators(ctx, info)
    if len(separators) > MAX_SEPARATORS:
        return []  # a run-on list, not a sentence: keep the reading linear
    for low, high in separators:
        left = _clause_cues(ctx, info, people, relations, (start, low), (before, shape))
        if left is None:
            continue
        here = _club_first(info, people, relations, (start, low))
        if _clause_cues(ctx, info, people, relations, (high, info.end), (left, here)) is None:
            continue
        if _relative_after(ctx, high):
            continue  # "X a rejoint Toulouse, où il retrouvera Y": a side clause
        if not _opens_clause(ctx, info, people, low, high):
            continue  # "«...», disse o presidente X, anunciando": a speech verb, no move
        found.append(_Clause(start, low, left))
        start, before, shape = high, left, here
    if not found:
        return []
    last = _clause_cues(ctx, info, people, relations, (start, info.end), (before, shape))
    found.append(_Clause(start, info.end, last or before))
    return found


def _opens_clause(
    ctx: ArticleContext, info: SentenceInfo, people: list[Mention], low: int, high: int
) -> bool:
    """A contrast word ("tandis que", "while") opens a clause; after a comma or an "and",
    the clause opens with its subject, a person or a club ("et le FC Nantes a enrôlé")."""
    pattern = _clause_re(ctx.lex.clause_words)
    if pattern is not None and pattern.search(ctx.folded, low, high):
        return True
    heads = [m.start for m in people + info.clubs if m.text and m.start >= high]
    if not heads:
        return False
    lead = TOKEN_RE.findall(ctx.folded[high : min(heads)].replace("'", "' "))
    return len(lead) <= 2 and all(
        w in ctx.lex.articles or w + "'" in ctx.lex.articles for w in lead
    )


def _club_first(
    info: SentenceInfo, people: list[Mention], relations: dict[int, str], span: tuple[int, int]
) -> bool | None:
    """Whether a clause names its club (a destination) before its last person; None when
    it names no such club."""
    low, high = span
    names = [p.start for p in people if p.text and low <= p.start < high]
    clubs = [
        c.start for c in info.clubs if low <= c.start < high and relations[id(c)] in ("to", "none")
    ]
    if not names or not clubs:
        return None
    return max(clubs) < max(names)


def _relative_after(ctx: ArticleContext, pos: int) -> bool:
    words = TOKEN_RE.findall(ctx.folded[pos : pos + 20].replace("'", "' "))
    return bool(words) and (
        words[0] in ctx.lex.relative_words or words[0] + "'" in ctx.lex.relative_words
    )


def _clause_cues(
    ctx: ArticleContext,
    info: SentenceInfo,
    people: list[Mention],
    relations: dict[int, str],
    span: tuple[int, int],
    previous: tuple[tuple[Cue, ...], bool | None],
) -> tuple[Cue, ...] | None:
    """The move words of the clause over ``span`` when it has a person and a club: its
    own, or, when its verb is left out ("e Iker Zubiaurre por el Valencia"),
    the clause before, when it names its person and club in the same order ("X al Genoa e
    Y al Cagliari", not "signed X and Y to the club"). None when it is no clause of its
    own."""
    low, high = span
    before, shape = previous
    names = [p for p in people if p.text and low <= p.start < high]
    clubs = [c for c in info.clubs if low <= c.start < high]
    if not names or not clubs:
        return None
    own = tuple(t for t in info.triggers if low <= t.start < high)
    if own:
        return own
    if not before or shape is None:
        return None
    clubs = [c for c in clubs if relations[id(c)] in ("to", "none")]
    if not clubs:
        return None  # "et Y, ancien joueur du FC Nantes": a club of the past, no move
    first = min(names, key=lambda p: p.start)
    lead = TOKEN_RE.findall(ctx.folded[low : first.start])
    club = min(clubs, key=lambda c: c.start)
    gap = TOKEN_RE.findall(ctx.folded[first.end : club.start])
    if not shape and len(lead) <= 1 and club.start > first.end and len(gap) <= GAPPED_REACH:
        return before  # "e Iker Zubiaurre por el Valencia"
    spans = [(m.start, m.end) for m in names + clubs]
    rest = [
        m
        for m in TOKEN_RE.finditer(ctx.folded, low, high)
        if not any(a <= m.start() < b for a, b in spans)
    ]
    if shape and len(rest) <= 3 and club.start < first.start:
        return before  # "e o FC Porto garantiu Tomás Vilaça": a verb the lexicon lacks
    return None


def _clause_view(info: SentenceInfo, clause: _Clause) -> SentenceInfo:
    """The sentence seen from one of its clauses."""

    def inside(m: Mention | Cue) -> bool:
        return clause.start <= m.start < clause.end

    return replace(
        info,
        clubs=[c for c in info.clubs if inside(c)],
        people=[p for p in info.people if inside(p)],
        roles=[c for c in info.roles if inside(c)],
        triggers=list(clause.triggers),
    )


def _dated(claim: _Claim, published: int | None) -> bool:
    """Whether a sentence the claim was read from names a year before the article's."""
    return any(published and y < published for i in claim.evidence for y, _ in i.years)


def _cut_off(ctx: ArticleContext, mention: Mention) -> bool:
    """ "...lo que hace a Peter Li": a name cut off by the end of a truncated article, the
    start of another name the article gives in full, is that person, already read."""
    tail = ctx.text[mention.end :].strip()
    if len(tail.split()) > 1 or tail and tail[-1] in '.!?"»”)':
        return False
    written = f"{mention.text} {tail}".strip()
    return any(p.name != written and p.name.startswith(written) for p in ctx.people)


def _record(ctx: ArticleContext, cue: Cue) -> bool:
    """ "Ancelotti becomes the first coach to win it four times": "becomes" before a
    first or an only is a record, not a new job."""
    if cue.label != "appointment" or ctx.lex.record is None:
        return False
    found = ctx.lex.record.find(ctx.folded, cue.end, min(len(ctx.folded), cue.end + 20))
    return any(not ctx.folded[cue.end : start].strip() for start, _, _ in found)


def _names_person(claim: _Claim) -> bool:
    """Whether a sentence the claim was read from names its person."""
    return any(str(m.value) == claim.person for i in claim.evidence for m in i.people)


def _someone_elses_object(
    ctx: ArticleContext, info: SentenceInfo, cue: Cue, mention: Mention
) -> bool:
    """ "Marseille mayor Benoit Payan will ask the club not to recruit Man Utd striker Mason
    Greenwood", "Arteta a commenté le prêt de Nuno Tavares": a move word whose object is
    another name moves that name, not the one named before the word."""
    if cue.label not in MOVING_CUES or mention.end > cue.start:
        return False
    for other in info.people:
        if other.value == mention.value or other.start < cue.end:
            continue
        gap = ctx.text[cue.end : other.start]
        if len(gap) <= 40 and not any(ch in gap for ch in ',;:.!?()"“”«»'):
            return len(TOKEN_RE.findall(gap)) <= 4
        return False
    return False


def extract_moves(ctx: ArticleContext) -> list[Move]:
    roles = person_roles(ctx)
    homes = home_clubs(ctx)
    staff_cues = sum(len(i.roles) for i in ctx.infos)
    player_cues = sum(len(i.positions) for i in ctx.infos)
    staff_article = staff_cues >= 3 and staff_cues >= 3 * player_cues
    published_year = _year(ctx.article.published)
    claims: dict[tuple[str, str, str], _Claim] = {}
    subject = focus_person(ctx)
    focus = focus_club(ctx)
    sacked: set[tuple[str, str, str]] = set()  # exits read from a sacking or a resignation
    vacancy = _vacancy(ctx)
    previous: str | None = None  # the first person named in the latest sentence naming one
    for info in ctx.infos:
        described = previous if _described_subject(ctx, info) else None
        if info.people:
            previous = str(info.people[0].value)
        if info.triggers and not info.clubs and focus:
            _extension_at_focus(ctx, info, focus, subject, roles, homes, claims, published_year)
        if info.triggers and focus:
            _new_job_at_focus(ctx, info, focus, subject, roles, homes, claims, published_year)
        if vacancy and focus:
            _candidate_at_focus(ctx, info, focus, roles, claims, published_year)
        if not info.triggers or not info.clubs:
            continue
        people = [
            m
            for m in info.people
            if not named_as_reference(ctx, info, m)
            and not in_comparison(ctx, info, m)
            and not _cut_off(ctx, m)
        ]
        if described and info.people:
            # "El nuevo entrenador ha firmado ... con el presidente, Joan Laporta": the
            # others are named with their own titles; the subject is the one before
            people = [Mention("PERSON", info.start, info.start, "", described)] + people
        elif not people and not info.people and (described or subject):
            # "L'ancien milieu de terrain italien était à la tête de Naples": the one named
            # in the sentence before, not the article's subject
            people = [Mention("PERSON", info.start, info.start, "", described or subject)]
        relations = {id(c): club_relation(ctx, info, c) for c in info.clubs}
        for club in info.clubs:
            if relations[id(club)] in ("to", "none") and _lent_by(ctx, info, club):
                relations[id(club)] = "from"
        status = sentence_status(info)
        clauses = _clauses(ctx, info, people, relations)
        seen_people: set[str] = set()
        for mention in people:
            name = str(mention.value)
            if name in seen_people:
                continue
            seen_people.add(name)
            sent, near_people = info, people
            clause = next((c for c in clauses if c.start <= mention.start < c.end), None)
            if clause is not None and mention.text:
                # several moves in one sentence: each name with the club of its own clause
                sent = _clause_view(info, clause)
                near_people = [p for p in people if clause.start <= p.start < clause.end]
            role = roles.get(name)
            move_type = _move_type(ctx, sent, role, mention, staff_article)
            if move_type is None or _national_job(ctx, sent, mention, move_type, role):
                continue
            if (
                move_type == "departure"
                and _departure_to(sent, mention, relations)
                and not _exit_named(ctx, sent, sent.triggers, mention)
            ):
                # "tout départ de X vers le Stade Rennais": a move to that club
                staff = role not in (None, "player") or role is None and staff_article
                move_type = "appointment" if staff else "transfer"
            home = homes.get(name)
            picked = _pick_clubs(ctx, sent, mention, move_type, relations, near_people, home)
            if not mention.text and len(sent.clubs) > 1:
                # someone not named here: only a club the sentence marks as destination,
                # or, in a hedged sentence, the clubs said to be interested
                hedged = sent.hedges or any(c.label == "rumour" for c in sent.statuses)
                wanted = ("to", "none") if hedged else ("to",)
                to = {str(c.value) for c in sent.clubs if relations[id(c)] in wanted}
                others = {str(c.value) for c in sent.clubs if relations[id(c)] != "from"}
                if (
                    not to
                    and len(others) == 1
                    and any(relations[id(c)] == "from" for c in sent.clubs)
                ):
                    # "l'Atalanta ... accordando la cifra con la Juventus": the one club
                    # that is not the one left
                    to = others
                picked = [p for p in picked if p[0] in to or move_type in PERSONAL_CUES]
            alone = len({str(m.value) for m in people}) == 1
            if not picked and move_type == "appointment" and focus and mention.text and alone:
                # "Former Bayern manager Flick expected to take over as head coach": a job
                # taken with only the old club named is at the club the article is about
                origins = {str(c.value) for c in sent.clubs if relations[id(c)] in ("of", "from")}
                former = {str(c.value) for c in sent.clubs if relations[id(c)] == "former"}
                if len(origins | former) == len(set(map(str, (c.value for c in sent.clubs)))):
                    if focus not in origins | former and focus != home:
                        # a job once held ("Former Bayern manager") is not where they come from
                        picked = [(focus, home or next(iter(origins), None))]
            if not picked and move_type == "departure" and (home or focus) and mention.text:
                if all(relations[id(c)] == "against" for c in sent.clubs):
                    # "Xavi dirigirá su último partido ante el Sevilla": his own club
                    picked = [(str(home or focus), None)]
            if not picked and any(c.label == "leave" for c in sent.triggers):
                # "addio al Granada", "quitte Lyon": a club near the exit word, not one
                # an arrival came from ("portiere arrivato dal Granada, ... dopo l'addio")
                left = [
                    c
                    for c in sent.clubs
                    if relations[id(c)] in ("from", "of")
                    and any(
                        t.label == "leave" and -30 <= c.start - t.end and t.start - c.end <= 30
                        for t in sent.triggers
                    )
                ]
                if left:
                    move_type, picked = "departure", [(str(left[0].value), None)]
            if not picked and not mention.text and status in STAGES:
                # "El nuevo entrenador ha firmado contrato en las oficinas del Club": how far
                # the move of the one described has gone, with no club of its own
                own = [
                    c
                    for c in claims.values()
                    if c.person == name and c.main_votes and move_type in COMPATIBLE_CUES[c.type]
                ]
                if len(own) == 1:
                    own[0].statuses.append(status)
            dismissed = any(c.label == "departure" for c in sent.triggers)
            if move_type == "departure" and not dismissed:
                # leaving, not sacked: only from a club the sentence says is left
                left_clubs = {str(c.value) for c in sent.clubs if relations[id(c)] == "from"}
                picked = [p for p in picked if p[0] in left_clubs or p[0] == home]
            for to_club, from_club in picked:
                kind = _player_move_type(sent, move_type, to_club, from_club)
                own = _club_status(sent, status, {to_club, from_club, home})
                if (
                    kind == "departure"
                    and own not in SCOPED_STATUSES
                    and any(
                        t.label == "departure"
                        and 0 <= mention.start - t.end <= 3
                        and not any(0 <= t.start - h.end <= 15 for h in sent.hedges)
                        for t in sent.triggers
                    )
                ):
                    # "il dimissionario Jorge Sampaoli": a fact, whatever the sentence
                    # hedges about the next job ("podem despedir José Mourinho" is hedged)
                    own = "official"
                _add_claim(
                    claims, ctx, info, name, kind, role, to_club, from_club, own, published_year
                )
                if kind == "departure" and dismissed:
                    sacked.add((kind, name, to_club))
    _followers(ctx, claims, subject, roles, homes)
    _merge_kinds(claims, roles)
    _drop_returns_to_origin(claims)
    players_moving = {c.person for c in claims.values() if c.type in ("transfer", "loan")}
    arriving = {
        (c.person, c.to_club)
        for c in claims.values()
        if c.type in MOVING_CUES
        and c.main_votes
        and _names_person(c)
        and combined_status(c.statuses or ["rumour"]) not in ("denied", "collapsed")
    }
    for key, claim in list(claims.items()):
        if claim.type == "departure" and claim.person in players_moving:
            del claims[key]  # a player leaving A for B is a transfer, not also a departure
            moving = [  # "deja el Bayern y jugará la próxima temporada en el Barcelona"
                c
                for c in claims.values()
                if c.person == claim.person and c.type in ("transfer", "loan") and c.main_votes
            ]
            if claim.main_votes and len({c.to_club for c in moving}) == 1:
                moving[0].statuses.extend(claim.statuses)
        elif claim.type == "departure" and (claim.person, claim.to_club) in arriving:
            # "Je remercie les dirigeants de la Juventus", said by the one arriving there:
            # an exit read only from sentences that do not name him
            if not _names_person(claim):
                del claims[key]
    hired = {(c.person, c.to_club) for c in claims.values() if c.type == "appointment"}
    for key, claim in list(claims.items()):
        if (
            claim.type == "departure"
            and key not in sacked
            and not _names_person(claim)
            and any(p == claim.person and club != claim.to_club for p, club in hired)
        ):
            # "named X as their new manager. The 44-year-old leaves Hull City": where the
            # new manager comes from, not an exit of its own (a sacking would be one)
            del claims[key]
    leaving = {
        (c.person, c.to_club)
        for c in claims.values()
        if c.type == "departure" and c.main_votes and _names_person(c)
    }
    for claim in claims.values():
        if claim.type in MOVING_CUES and (claim.person, claim.to_club) in leaving:
            # "Jorge Sampaoli quitte Marseille ... l'arrivée du nouvel entraîneur de l'OM":
            # the one leaving a club is not also the one it takes on: at most how he
            # came there, told as history
            claim.background_votes += claim.main_votes
            claim.main_votes = 0
    _credited_sources(ctx, claims, subject)
    _complete(ctx, list(claims.values()), homes, roles, staff_cue_role(ctx), subject, focus)
    _clubless_status(ctx, claims, subject)
    _moveless_status(ctx, claims, subject)
    _headline_verdict(ctx, list(claims.values()))
    _drop_unconfirmed_exits(claims, sacked)
    return [_to_move(c, ctx) for c in sorted(claims.values(), key=lambda c: c.first)]


def _vacancy(ctx: ArticleContext) -> bool:
    """Whether the article is about a job to fill: someone is sacked or replaced."""
    return any(t.label in ("departure", "replaced") for i in ctx.infos for t in i.triggers)


def _candidate_at_focus(
    ctx: ArticleContext,
    info: SentenceInfo,
    focus: str,
    roles: dict[str, str],
    claims: dict[tuple[str, str, str], _Claim],
    published_year: int | None,
) -> None:
    """ "Tra le ipotesi per la successione circola il nome di Daniele Rossi", "Eric Roy est
    un candidat": in an article about a job to fill at its club, someone put forward for
    a job (a hedge, a rumour word or a succession word) in a sentence that names no club
    to go to is a candidate for that club's job. The clubs such a sentence may name are
    where the candidate comes from ("che ha lasciato la SPAL")."""
    if info.past and not info.triggers:
        return
    relations = {id(c): club_relation(ctx, info, c) for c in info.clubs}
    if any(
        relations[id(c)] not in ("from", "former", "of") and str(c.value) != focus
        for c in info.clubs
    ):
        return  # "in orbita Napoli": a destination of its own
    put_forward = info.hedges or [c for c in info.statuses if c.label == "rumour"]
    succession = [t for t in info.triggers if t.label == "replaced"]  # "candidatos a substituir"
    if not put_forward and not succession:
        return
    if any(t.label in ("transfer", "loan", "extension", "departure") for t in info.triggers):
        return
    named = [
        m
        for m in info.people
        if not named_as_reference(ctx, info, m)
        and not in_comparison(ctx, info, m)
        and not any(
            t.label == "replaced"
            and 0 <= m.start - t.end <= 25
            and not _apposed_after(ctx, t, m)  # "son successeur, Marco Neri": the newcomer
            for t in info.triggers
        )
        and not _thanked(ctx, info, m)
        and not _exit_named(ctx, info, info.triggers, m)  # "le départ du coach X"
        and not any(0 <= m.start - c.end <= 1 for c in info.clubs)  # "Barca One": a name
        and not any(0 <= t.start - m.end <= 3 for t in info.team_of)  # "Lukaku e compagni"
        and not _succeeded(
            ctx, [t for t in info.triggers if t.label in MOVING_CUES | {"replaced"}], m
        )
    ]
    if len({str(m.value) for m in named}) != 1:
        return
    searches = ctx.lex.search.find(ctx.folded, info.start, info.end) if ctx.lex.search else []
    if any(named[0].end <= start for start, _, _ in searches):
        return  # "Pablo Longoria s'est mis en quête d'un entraîneur": the one looking
    name = str(named[0].value)
    role = roles.get(name)
    if role == "player" or role in HOLDER_ROLES:
        return
    if any(c.person == name and c.to_club != focus for c in claims.values() if c.main_votes):
        return
    if ("departure", name, focus) in claims:
        return
    origin = next(
        (str(c.value) for c in info.clubs if relations[id(c)] == "from" and str(c.value) != focus),
        None,
    )
    status = sentence_status(info) or "rumour"
    _add_claim(claims, ctx, info, name, "appointment", role, focus, origin, status, published_year)


def _national_job(
    ctx: ArticleContext, info: SentenceInfo, mention: Mention, move_type: str, role: str | None
) -> bool:
    """ "destituido como seleccionador español", "nuovo ct della Slovacchia", "stays on as
    head coach of the national team": a staff member's job with a national side, named
    closer to the person than any club, is not a club move."""
    if ctx.lex.national is None or role == "player":
        return False
    if move_type not in ("appointment", "departure"):
        return False
    found = ctx.lex.national.find(ctx.folded, info.start, info.end)
    found = [  # "l'ancien sélectionneur": a job once held says nothing of this one
        (start, end)
        for start, end, _ in found
        if not any(
            w in ctx.lex.former_words
            for w in TOKEN_RE.findall(ctx.folded[max(info.start, start - 12) : start])[-2:]
        )
    ]

    def gap(start: int, end: int, who: Mention = mention) -> int:
        return max(start - who.end, who.start - end, 0)

    # "Bundestrainer Julian Nagelsmann": a title just before the name is the job held
    # now, which need not be the one the move is about
    found = [(s, e) for s, e in found if not 0 <= mention.start - e <= 2]
    others = [p for p in info.people if p.value != mention.value]
    found = [  # "Leverkusens Trainer Xabi Alonso, Bundestrainer Julian Nagelsmann": his
        (s, e) for s, e in found if all(gap(s, e) < gap(s, e, p) for p in others)
    ]
    if role is None:  # no title known: the national side's own title must say it
        found = [
            (s, e)
            for s, e in found
            if any(r.start <= e + 15 and s <= r.end + 15 for r in info.roles)
        ]
    if not found:
        return False
    national = min(gap(s, e) for s, e in found)
    return all(gap(c.start, c.end) > national for c in info.clubs)


def _thanked(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """ "Le club tient à remercier X pour son travail", "il Napoli ringrazia X": the one a
    club thanks is leaving it, never arriving."""
    if ctx.lex.thanks is None:
        return False
    found = ctx.lex.thanks.find(ctx.folded, max(info.start, mention.start - 30), mention.start)
    for _, end, _ in found:
        gap = TOKEN_RE.findall(ctx.folded[end : mention.start])
        if len(gap) <= 1 and all(len(w) <= 3 for w in gap):
            return True
    return False


def _apposed_after(ctx: ArticleContext, cue: Cue, mention: Mention) -> bool:
    """ "annoncer son remplaçant : Andrea Pirlo", "his successor, X": a name set after a
    succession noun by a colon or a comma is the newcomer, not the one replaced."""
    if ctx.text[cue.end : mention.start].strip()[:1] in (":", ","):
        return True
    return _passive(ctx, cue)  # "remplacé par Marco Neri": the agent is the newcomer


def _described_exit(ctx: ArticleContext, info: SentenceInfo, cue: Cue) -> bool:
    """ "le licenciement du coach néerlandais": an exit noun whose object is a title, the
    exit of whoever holds that job, not of the article's subject."""
    words = TOKEN_RE.findall(ctx.folded[cue.end : cue.end + 12].replace("'", "' "))
    if not words or words[0] not in ctx.lex.of_words:
        return False
    return any(0 < r.start - cue.end <= 15 for r in info.roles)


def _agent(info: SentenceInfo, cue: Cue) -> object:
    """The first name after a cue: the agent of a passive ("remplacé par Marco Neri")."""
    return next((p.value for p in info.people if p.start >= cue.end), None)


def _passive(ctx: ArticleContext, cue: Cue) -> bool:
    """ "remplacé par", "replaced by", "sostituito da": a succession word in the passive."""
    words = TOKEN_RE.findall(ctx.folded[cue.end : cue.end + 12])
    return bool(words) and words[0] in ctx.lex.by_words and words[0] not in ctx.lex.of_words


def _exit_named(ctx: ArticleContext, info: SentenceInfo, cues: list[Cue], mention: Mention) -> bool:
    """The name is the object of an exit noun: "le licenciement de X", or "le départ
    volontaire du coach argentin X" (a title says it is a staff member's exit)."""
    if _exit_of(ctx, info, [c for c in cues if c.label == "departure"], mention):
        return True
    exits = [
        c
        for c in cues
        if c.label == "leave"
        and any(c.end <= r.start and r.end <= mention.start for r in info.roles)
    ]
    return _exit_of(ctx, info, exits, mention)


def _exit_of(ctx: ArticleContext, info: SentenceInfo, cues: list[Cue], mention: Mention) -> bool:
    """ "le licenciement de Paolo Bianchi", "l'esonero del tecnico Paolo Bianchi", "the
    sacking of X": the name after an exit noun and "of" (a title or an adjective may stand
    between) is the one leaving."""
    for cue in cues:
        if not 0 <= mention.start - cue.end <= 45:
            continue
        if set(",;:.()") & set(ctx.text[cue.end : mention.start]):
            continue
        if any(p.start >= cue.end and p.end <= mention.start for p in info.people):
            continue
        if any(t.start >= cue.end and t.end <= mention.start for t in info.triggers):
            continue
        words = TOKEN_RE.findall(ctx.folded[cue.end : mention.start].replace("'", "' "))
        if any(w in ctx.lex.of_words for w in words[:2]):
            return True
    return False


def _succeeded(ctx: ArticleContext, cues: list[Cue], mention: Mention) -> bool:
    """ "per la successione dello Special One": the name after a succession word and "of"
    is the one being replaced."""
    for cue in cues:
        words = TOKEN_RE.findall(ctx.folded[cue.end : mention.start].replace("'", "' "))
        if 0 <= mention.start - cue.end <= 12 and words and words[0] in ctx.lex.of_words:
            return True
    return False


def _described_subject(ctx: ArticleContext, info: SentenceInfo) -> bool:
    """A sentence whose subject is a description ("L'ancien milieu italien", "El nuevo
    entrenador") and which names no one else but people given their own title, or the
    one replaced. "Former Bayern manager Hansi Flick": the description is Flick's own."""
    first = _descriptor_at(ctx, info)
    if first is None:
        return False
    if not info.people:
        return True
    # the opening description ends with its first title (within a few words of the start)
    head = [c for c in info.roles + info.positions if first <= c.start <= first + 40]
    opening_end = min((c.end for c in head), default=first)
    own = [c for c in info.roles if c.start >= opening_end]

    def titled(m: Mention) -> bool:  # "el vicepresidente primer responsable ..., Rafa Yuste"
        return adjacent_title(m, own, ctx) is not None or any(
            c.end <= m.start and not set(";:.") & set(ctx.text[c.end : m.start]) for c in own
        )

    def replaced(m: Mention) -> bool:  # "pour remplacer Michael Emenalo": not the subject
        return any(t.label == "replaced" and 0 <= m.start - t.end <= 3 for t in info.triggers)

    return all(m.start > opening_end and (titled(m) or replaced(m)) for m in info.people)


def _descriptor_subject(ctx: ArticleContext, info: SentenceInfo) -> bool:
    """The sentence's subject is a description ("L'ancien milieu de terrain italien", "Por
    otro lado el director técnico alemán", "L'ancien Angevin"): a title or position among
    its first words, or a "former" word opening it."""
    return _descriptor_at(ctx, info) is not None


def _descriptor_at(ctx: ArticleContext, info: SentenceInfo) -> int | None:
    """Where the describing title (or "former" word) of a described subject stands."""
    start = info.start
    comma = ctx.text.find(",", start, min(info.end, start + 16))
    if comma >= 0 and len(TOKEN_RE.findall(ctx.text[start:comma])) == 1:
        start = comma + 1  # "Pourtant, l'ancien Angevin"
    head = TOKEN_RE.finditer(ctx.folded[start : min(info.end, start + 60)].replace("'", " "))
    opening = [m for m in head if m.group() not in ctx.lex.articles][:2]
    if opening and opening[0].group() in ctx.lex.former_words:
        # "L'ancien Angevin est annoncé sur les tablettes de Monaco"
        return start + opening[0].start()
    cues = sorted(info.roles + info.positions, key=lambda c: c.start)
    if not cues:
        return None
    words = TOKEN_RE.findall(ctx.folded[info.start : cues[0].start].replace("'", " "))
    if len([w for w in words if w not in ctx.lex.articles]) <= 3:
        return cues[0].start
    return None


def _followers(
    ctx: ArticleContext,
    claims: dict[tuple[str, str, str], _Claim],
    subject: str | None,
    roles: dict[str, str],
    homes: dict[str, str],
) -> None:
    """ "Amorim deverá levar consigo os adjuntos X, Y e Z", "he will bring his assistant
    X with him": the people named after a "take along" cue follow the one named before
    it (or the article's subject) to the club of that person's move, from the same club."""
    for info in ctx.infos:
        for cue in info.follow:
            before = [m for m in info.people if m.end <= cue.start]
            leader = str(before[-1].value) if before else subject
            moves = [
                c
                for c in claims.values()
                if c.person == leader and c.main_votes and c.type in ("appointment", "transfer")
            ]
            if leader is None or not moves:
                continue
            lead = min(moves, key=lambda c: c.first)  # the move the article leads with
            origin = lead.from_club or homes.get(leader)
            origin = origin if origin != lead.to_club else None
            status = sentence_status(info)
            for mention in info.people:
                name = str(mention.value)
                if mention.start < cue.end or name == leader:
                    continue
                if named_as_reference(ctx, info, mention):
                    continue
                role = roles.get(name)
                kind = "transfer" if role == "player" else "appointment"
                _add_claim(
                    claims,
                    ctx,
                    info,
                    name,
                    kind,
                    role,
                    lead.to_club,
                    origin,
                    status,
                    _year(ctx.article.published),
                )


COMPATIBLE_CUES = {
    "transfer": {"transfer"},
    "loan": {"loan", "transfer"},
    "appointment": {"appointment", "transfer"},
    "extension": {"extension"},
    "departure": {"departure", "leave"},
}


def _clubless_status(
    ctx: ArticleContext, claims: dict[tuple[str, str, str], _Claim], subject: str | None
) -> None:
    """ "Nuno Tavares a été prêté sans option d'achat", "Assinou um contrato até 2027": a
    sentence that names no club but says how far the move of its person has gone gives
    the status of that person's one move of the kind its cue names. An announcement
    still to come needs no move word. A sentence naming no one speaks of the article's
    subject only once the article has named them."""
    for info in ctx.infos:
        if info.clubs or info.past:
            continue
        status = sentence_status(info)
        if status == "denied" and not info.triggers and not info.people:
            _bare_denial(claims)  # "Ma la smentita è stata categorica"
            continue
        if status is None or not info.triggers and status != "pending":
            continue
        names = {str(m.value) for m in info.people if not named_as_reference(ctx, info, m)}
        if not names and subject and _named_by(ctx, subject, info):
            names = {subject}  # "con la comunicazione di De Laurentiis": not the mover
        labels = {t.label for t in info.triggers}
        if not labels:  # "Este anuncio, que será oficializado la próxima semana"
            labels = {"transfer", "loan", "appointment"}
        for name in names:
            own = [
                c
                for c in claims.values()
                if c.person == name and c.main_votes and COMPATIBLE_CUES[c.type] & labels
            ]
            if len(own) == 1:
                own[0].statuses.append(status)


def _named_by(ctx: ArticleContext, person: str, info: SentenceInfo) -> bool:
    """Whether the article names ``person`` in or before the sentence ``info``."""
    return any(str(m.value) == person for i in ctx.infos if i.start <= info.start for m in i.people)


def _moveless_status(
    ctx: ArticleContext, claims: dict[tuple[str, str, str], _Claim], subject: str | None
) -> None:
    """ "Ce sont des négociations exclusives qui démarrent entre le joueur et le Napoli",
    "un primo incontro tra l'Inter e l'agente dell'attaccante": a sentence with no move
    word that says how far things stand with a club gives that stage to the one move of
    its person (or, naming no one who moves, of the article's subject) to that club."""
    movers = {c.person for c in claims.values() if c.main_votes}
    for info in ctx.infos:
        if info.triggers or not info.clubs or info.past or not info.statuses:
            continue
        status = sentence_status(info)
        if status not in STAGES:
            continue
        clubs = {
            str(c.value)
            for c in info.clubs
            if club_relation(ctx, info, c) not in ("from", "former", "against")
        }
        parties = {str(c.value) for c in info.clubs}
        candidates = [  # a move from a club named here counts too: the talks may be its
            c
            for c in claims.values()
            if c.main_votes and (c.to_club in clubs or c.from_club in parties)
        ]
        named = {str(m.value) for m in info.people} & movers
        if named:
            candidates = [c for c in candidates if c.person in named]
        elif any(c.person == subject for c in candidates):
            candidates = [c for c in candidates if c.person == subject]
        if len(candidates) == 1 and candidates[0].to_club in clubs:
            candidates[0].statuses.append(status)


def _bare_denial(claims: dict[tuple[str, str, str], _Claim]) -> None:
    """A denial naming no one, no club and no move ("Ma la smentita è stata categorica",
    "The club denied it") denies the article's one reported transfer, when there is one."""
    reported = [c for c in claims.values() if c.main_votes and c.type in ("transfer", "loan")]
    if len({(c.person, c.to_club) for c in reported}) == 1:
        for claim in reported:
            claim.statuses.append("denied")


def _credited_sources(
    ctx: ArticleContext, claims: dict[tuple[str, str, str], _Claim], subject: str | None
) -> None:
    """ "Selon Isaac Fouto (COPE), Carlos Soler a réussi sa visite médicale avec le PSG":
    a sentence that credits a source for the state of someone's move, with no move word of
    its own, credits it for that person's moves to the clubs it names (or all of them)."""
    for info in ctx.infos:
        if not info.sources or info.past:
            continue
        if not info.statuses and not _credits(ctx, info):
            continue  # "Comme indiqué par le journaliste X, De Zerbi s'est mis au travail"
        names = {str(m.value) for m in info.people if not named_as_reference(ctx, info, m)}
        unnamed = not names
        if not names and subject:
            names = {subject}
        clubs = {  # where the moves go; not "débarqué de ses fonctions du SCO Angers"
            str(c.value)
            for c in info.clubs
            if club_relation(ctx, info, c) not in ("from", "former", "against", "of")
        }
        for claim in claims.values():
            if claim.person in names and claim.main_votes and (not clubs or claim.to_club in clubs):
                if unnamed and claim.type == "departure":
                    continue  # "sottolinea Tuttosport - che la presentazione...": the next job
                claim.sources.extend(str(s.value) for s in info.sources)


def _credits(ctx: ArticleContext, info: SentenceInfo) -> bool:
    """The sentence credits its source in words ("selon", "comme indiqué par", "X,
    journaliste du quotidien Y, précise"), not only by naming it."""
    lex = ctx.lex
    if lex.attribution.find(ctx.folded, info.start, info.end):
        return True
    return lex.journalist_titles is not None and bool(
        lex.journalist_titles.find(ctx.folded, info.start, info.end)
    )


def staff_cue_role(ctx: ArticleContext) -> str:
    """The staff job the article talks about most: the default for an unnamed job."""
    counts = Counter(c.label for i in ctx.infos for c in i.roles if c.label in STAFF_ROLES)
    return counts.most_common(1)[0][0] if counts else "head_coach"


def _headline_verdict(ctx: ArticleContext, claims: list[_Claim]) -> None:
    """ "...: non ci sarà nessun trasferimento" in a headline that names no one moving
    denies (or calls off) the article's leading move to the club the headline names."""
    if not ctx.infos:
        return
    headline = ctx.infos[0]
    verdict = sentence_status(headline)
    named = {str(c.value) for c in headline.clubs}
    movers = {c.person for c in claims}
    if verdict not in ("denied", "collapsed") or not named:
        return
    if any(str(m.value) in movers for m in headline.people):
        return
    leading = [c for c in claims if c.to_club in named and c.type in ("transfer", "loan")]
    if leading:
        min(leading, key=lambda c: c.first).statuses.append(verdict)


def _complete(
    ctx: ArticleContext,
    claims: list[_Claim],
    homes: dict[str, str],
    roles: dict[str, str],
    default_staff_role: str,
    subject: str | None = None,
    focus: str | None = None,
) -> None:
    """Fill what a claim's own sentences did not say from the rest of the article."""
    lead_sources = [str(s.value) for i in ctx.infos[:6] for s in i.sources] + [
        str(s.value) for s in ctx.article_sources
    ]
    # "Une thèse confirmée ce mardi par La Provence": a credit naming no one and no club
    # is the article's, wherever it stands
    lead_sources += [
        str(s.value)
        for i in ctx.infos[6:]
        if not i.people and not i.clubs and not i.past
        for s in i.sources
    ]
    # one can only renew with, or leave, the club one is at: its club is where a move starts
    published = _year(ctx.article.published)
    held: dict[str, str] = {}
    for kind in ("departure", "extension"):
        for claim in claims:
            if claim.type == kind and (claim.main_votes or not _dated(claim, published)):
                # not an exit told as dated history ("licencié en 2021")
                held.setdefault(claim.person, claim.to_club)
    for claim in claims:
        mentions = [i for i in ctx.infos if any(str(m.value) == claim.person for m in i.people)]
        if claim.type in ("appointment", "departure") and claim.role is None:
            role = roles.get(claim.person)
            claim.role = role if role and role != "player" else default_staff_role
        if claim.from_club is None and claim.type in ("transfer", "loan", "appointment"):
            home = homes.get(claim.person) or held.get(claim.person)
            if home and home != claim.to_club:
                claim.from_club = home
            else:
                claim.from_club = _origin_in_article(ctx, claim, subject)
        if claim.from_club is None and claim.type in ("transfer", "loan") and focus:
            # a player the article's club lets go ("deve cedere Carlos Soler, in orbita
            # Napoli"), when nothing else names where he comes from
            if claim.to_club != focus and claim.main_votes:
                claim.from_club = focus
        if claim.from_club is None and claim.type in ("transfer", "loan") and claim.main_votes:
            _seller_fee(ctx, claim)
        if claim.fee is None and claim.type in ("transfer", "loan", "appointment"):
            # a sentence naming no one (a record compared with does not count) gives its fee
            # to the move of the club it names, buyer or seller ("o Sporting confirma que a
            # transferência rende 11 milhões"); one naming no club either, to the subject's
            # move; either only to the lead move to that club, not to staff following it
            parties = {claim.to_club, claim.from_club} - {None}
            lead = claim.person == subject or not any(
                c.to_club == claim.to_club and c.person != claim.person and c.first < claim.first
                for c in claims
            )
            unnamed = [
                i
                for i in ctx.infos
                if lead
                and all(in_comparison(ctx, i, m) for m in i.people)
                and (
                    parties & {str(c.value) for c in i.clubs}
                    or (not i.clubs and claim.person == subject)
                )
            ]
            for info in mentions + unnamed:
                named = {str(m.value) for m in info.people if not in_comparison(ctx, info, m)}
                if info.fees and len(named) <= 1:
                    claim.fee = float(info.fees[0].value)
                    break
        if not claim.statuses:
            found = [s for s in (sentence_status(i) for i in mentions) if s]
            claim.statuses.extend(found[:1])
        if not claim.statuses and claim.type == "extension" and published:
            # "Rinnovo fino al 2029 per X": a new contract's end year, said with no hedge
            # and no cue, states the deal as made
            if any(
                y > published and not i.hedges and not i.question
                for i in mentions
                for y, _ in i.years
            ):
                claim.statuses.append("agreed")
        told_as_fact = combined_status(claim.statuses or ["official"]) in STAGES[1:]
        if (
            not claim.sources
            and claim.main_votes
            and not (claim.type == "departure" and told_as_fact)
        ):
            # an exit is told as a fact ("Dopo le dimissioni di Sampaoli"): the outlet the
            # article credits for the next job is not its source
            claim.sources.extend(lead_sources)


def _seller_fee(ctx: ArticleContext, claim: _Claim) -> None:
    """ "Le FC Nantes touchera 12,5 millions d'euros": a sentence with a fee, a sale or
    receive word and one club other than the buyer, naming no one else, names the seller
    and what it gets."""
    for info in ctx.infos:
        others = {str(c.value) for c in info.clubs} - {claim.to_club}
        named = {str(m.value) for m in info.people} - {claim.person}
        if not info.fees or len(others) != 1 or named:
            continue
        words = TOKEN_RE.findall(ctx.folded[info.start : info.end].replace("'", " "))
        if any(w in ctx.lex.sale_words | ctx.lex.receive_words for w in words):
            claim.from_club = others.pop()
            if claim.fee is None:
                claim.fee = float(info.fees[0].value)
            return


def _origin_in_article(ctx: ArticleContext, claim: _Claim, subject: str | None) -> str | None:
    """The club a sentence naming the person (or, naming no one, the article's subject)
    says they come from, with no other name standing between them and the club; else the
    club of a job or position such a sentence gives them ("the Lyon captain", "liberare il
    tecnico dal Brighton")."""
    return (
        _origin_by(ctx, claim, subject, "from")
        or _origin_by(ctx, claim, subject, "of")
        or _origin_by(ctx, claim, subject, "former")
    )


def _origin_by(
    ctx: ArticleContext, claim: _Claim, subject: str | None, relation: str
) -> str | None:
    previous: str | None = None  # the first person named in the latest sentence naming one
    for info in ctx.infos:
        described = not info.people and _descriptor_subject(ctx, info)
        # a title's club in a sentence naming no one ("l'ancien Niçois occupe les fonctions
        # de directeur sportif de Watford") describes the person named just before
        about = (previous or subject) if described or relation == "of" else subject
        if info.people:
            previous = str(info.people[0].value)
        if relation == "former" and not described:
            continue  # "L'ancien coach de Brighton s'est mis d'accord": who he is now
        people = [m for m in info.people if not named_as_reference(ctx, info, m)]
        named = [m for m in people if str(m.value) == claim.person]
        if not named and (people or claim.person != about):
            continue
        relations = {id(c): club_relation(ctx, info, c) for c in info.clubs}
        for club in info.clubs:
            if str(club.value) == claim.to_club or relations[id(club)] != relation:
                continue
            if any(0 <= club.start - p.end <= 40 for p in info.past) or (
                info.past and not any(p.end <= club.start for p in info.past)
            ):
                continue  # "Passé par l'OM dans les années 90": history, not the origin
            if len({str(m.value) for m in people}) > 1:
                # "i 25 pagati dal Chelsea per Graham Potter ... De Zerbi": the club of
                # the name nearest to it, in its own clause when the sentence has several
                clauses = _clauses(ctx, info, people, relations)
                own = next((c for c in clauses if c.start <= club.start < c.end), None)
                near = [
                    m for m in people if own is None or own.start <= m.start < own.end
                ] or people
                nearest = min(near, key=lambda m: abs(m.start - club.start))
                if str(nearest.value) != claim.person:
                    continue
            return str(club.value)
    return None


def _extension_at_focus(
    ctx: ArticleContext,
    info: SentenceInfo,
    focus: str,
    subject: str | None,
    roles: dict[str, str],
    homes: dict[str, str],
    claims: dict[tuple[str, str, str], _Claim],
    published_year: int | None,
) -> None:
    """ "Lautaro a déjà signé le renouvellement": the extension of the person the article
    is about, said without a club, is with their club, else the article's. "Anil Murthy,
    le président du club, a été licencié": a sacking of someone named with their title,
    said without a club, is from their club, else the article's."""
    sacked = any(c.label == "departure" for c in info.triggers) and not info.past
    for mention in info.people:
        name = str(mention.value)
        if named_as_reference(ctx, info, mention):
            continue
        move_type = _move_type(ctx, info, roles.get(name), mention, False)
        titled_exit = (
            move_type == "departure"
            and sacked
            and adjacent_title(mention, info.roles, ctx) is not None
        )
        if not titled_exit and (name != subject or move_type != "extension"):
            continue
        club = homes.get(name, focus)
        status = sentence_status(info)
        _add_claim(
            claims, ctx, info, name, move_type, roles.get(name), club, None, status, published_year
        )


def _new_job_at_focus(
    ctx: ArticleContext,
    info: SentenceInfo,
    focus: str,
    subject: str | None,
    roles: dict[str, str],
    homes: dict[str, str],
    claims: dict[tuple[str, str, str], _Claim],
    published_year: int | None,
) -> None:
    """ "L'allenatore italiano sarà il nuovo tecnico": a new job said of no one named, in a
    sentence naming no club but where someone comes from, is the subject's appointment at
    the article's club."""
    if info.people or info.past or not subject or roles.get(subject) == "player":
        return
    if any(club_relation(ctx, info, c) != "from" for c in info.clubs):
        return  # "El FC Barcelona ya tiene nuevo entrenador": someone else's job
    new_jobs = [
        r
        for r in info.roles
        if any(
            t.label == "appointment" and t.start <= r.start and r.end <= t.end
            for t in info.triggers
        )
    ]
    home = homes.get(subject)
    if new_jobs and home != focus:
        status = sentence_status(info)
        _add_claim(
            claims,
            ctx,
            info,
            subject,
            "appointment",
            new_jobs[0].label,
            focus,
            home,
            status,
            published_year,
        )


def _drop_unconfirmed_exits(
    claims: dict[tuple[str, str, str], _Claim], sacked: set[tuple[str, str, str]]
) -> None:
    """Someone said to be joining B from A leaves A as part of that move; "leaving A" is
    a move of its own only when stated as done or as a sacking or resignation ("Amorim
    leaves Sporting" beside "Amorim joins United"), not a hedged farewell."""
    joins = {(c.person, c.from_club) for c in claims.values() if c.type != "departure"}
    for key, claim in list(claims.items()):
        if claim.type != "departure" or key in sacked:
            continue
        if (claim.person, claim.to_club) not in joins:
            continue
        if combined_status(claim.statuses or ["official"]) != "official":
            del claims[key]


def _drop_returns_to_origin(claims: dict[tuple[str, str, str], _Claim]) -> None:
    """A club a person is said to come from is not also where they go: "Amorim joins
    United from Sporting" must not yield a move of Amorim to Sporting. Claims are read
    in the order the article makes them, so a later aside cannot undo the lead."""
    origins: dict[str, set[str]] = defaultdict(set)
    ranked = sorted(claims.items(), key=lambda kv: kv[1].first)
    for key, claim in ranked:
        moving = claim.type in ("transfer", "loan", "appointment")
        earlier = claim.background_votes and not claim.main_votes  # how they got there
        if moving and claim.to_club in origins[claim.person] and not earlier:
            del claims[key]
        elif claim.from_club:
            origins[claim.person].add(claim.from_club)


def _merge_kinds(claims: dict[tuple[str, str, str], _Claim], roles: dict[str, str]) -> None:
    """One person going to one club is one move: a loan is a transfer said more precisely,
    and a coach's "transfer" is an appointment."""
    by_target: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key, claim in claims.items():
        if claim.type in ("transfer", "loan", "appointment"):
            by_target[(claim.person, claim.to_club)].append(key)
    for (person, _club), keys in by_target.items():
        if len(keys) < 2:
            continue
        kinds = {k[0] for k in keys}
        staff = roles.get(person) not in (None, "player")
        keep = "loan" if "loan" in kinds and not staff else "appointment" if staff else "transfer"
        if keep not in kinds:
            keep = keys[0][0]
        kept = next(k for k in keys if k[0] == keep)
        for key in keys:
            if key != kept:
                other = claims.pop(key)
                claims[kept].statuses.extend(other.statuses)
                claims[kept].evidence.extend(
                    e for e in other.evidence if e not in claims[kept].evidence
                )
                claims[kept].main_votes += other.main_votes
                claims[kept].background_votes += other.background_votes
                claims[kept].fee = claims[kept].fee or other.fee
                claims[kept].from_club = claims[kept].from_club or other.from_club
                claims[kept].past_from = claims[kept].past_from or other.past_from


def _departure_to(info: SentenceInfo, mention: Mention, relations: dict[int, str]) -> bool:
    """ "le départ de X vers le Stade Rennais": an exit word followed by the person and a
    destination is a move to that club."""
    exits = [t for t in info.triggers if t.label == "departure" and t.end <= mention.start]
    return bool(exits) and any(
        relations[id(c)] == "to" and c.start >= mention.end and c.start - mention.end <= 30
        for c in info.clubs
    )


def _lent_by(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> bool:
    """ "prêté par le Paris Saint-Germain au Stade Brestois", "prêté avec option d'achat
    par le club lorrain": the club that lends is the origin."""
    words = TOKEN_RE.findall(ctx.folded[max(info.start, club.start - 20) : club.start])
    while words and (words[-1] in ctx.lex.articles or words[-1] + "'" in ctx.lex.articles):
        words.pop()
    if not words or words[-1] not in ctx.lex.by_words:
        return False
    return any(
        t.label == "loan"
        and 0 <= club.start - t.end <= 60
        and "," not in ctx.text[t.end : club.start]
        for t in info.triggers
    )


def _player_move_type(
    info: SentenceInfo, move_type: str, club: str, from_club: str | None = None
) -> str:
    """ "rejoindre Marseille ... après son prêt à Getafe": with both a loan and a transfer
    cue in the sentence, each club takes the kind of the cue nearest to it."""
    if move_type not in ("transfer", "loan"):
        return move_type
    kinds = [c for c in info.triggers if c.label in ("transfer", "loan", "leave")]
    if len({"loan" if c.label == "loan" else "transfer" for c in kinds}) < 2:
        return move_type
    where = [m.start for m in info.clubs if str(m.value) == club]
    if not where:
        return move_type
    lenders = [m.start for m in info.clubs if str(m.value) == from_club]
    loans = [c for c in kinds if c.label == "loan"]
    if any(0 <= s - c.end <= 8 for c in loans for s in lenders):
        return "loan"  # "have signed X on loan from Brighton": the loan is the whole move
    nearest = min(kinds, key=lambda c: abs(c.start - where[0]))
    loans = [c for c in kinds if c.label == "loan"]
    if nearest.label == "loan" or any(abs(c.start - nearest.end) <= 12 for c in loans):
        return "loan"  # "l'arrivée en prêt"
    return "transfer"


SCOPED_STATUSES = frozenset({"denied", "collapsed"})


def _club_status(info: SentenceInfo, status: str | None, parties: set[str | None]) -> str | None:
    """ "X snubs Real Madrid, signs new PSG contract": with several clubs in a sentence, a
    refusal or a denial is about the club named right after it (its object), and does
    not call off a claim with another club. The club before it is the one that denies
    ("Benfica desmentiu qualquer negociação com o PSG")."""
    if status not in SCOPED_STATUSES:
        return status
    if len({str(c.value) for c in info.clubs}) < 2:
        return status
    kept = []
    for cue in info.statuses:
        after = [c for c in info.clubs if c.start >= cue.end]
        if cue.label in SCOPED_STATUSES and after:
            if str(min(after, key=lambda c: c.start).value) not in parties:
                continue
        kept.append(cue)
    return sentence_status(replace(info, statuses=kept))


def _new_job_at(info: SentenceInfo, club: Mention) -> bool:
    """ "nuovo allenatore del Milan", "new Bayern coach": the club is where a job starts."""
    return any(
        (0 <= cue.start - club.end <= 3 or 0 <= club.start - cue.end <= 12)
        and is_new_job(info, cue)
        for cue in info.roles
    )


def _clause_break(ctx: ArticleContext, pos: int, club: Mention) -> bool:
    """A colon, semicolon or dash between ``pos`` and the club: another clause."""
    low, high = (pos, club.start) if pos <= club.start else (club.end, pos)
    return any(ch in ctx.text[low:high] for ch in ":;—–")


def _cue_anchor(info: SentenceInfo, mention: Mention, move_type: str) -> int:
    """Where to measure a club's distance from: the person, or, for an extension, the
    renewal word nearest to the person, when the sentence has one."""
    if move_type != "extension":
        return mention.start
    cues = [c for c in info.triggers if c.label == "extension"]
    if not cues:
        return mention.start
    return min(cues, key=lambda c: abs(c.start - mention.start)).start


def _name_lists(
    ctx: ArticleContext, info: SentenceInfo, people: list[Mention]
) -> dict[str, set[str]]:
    """Names given as one list ("Carlos Fernandes, Emanuel Ferro and goalkeeping coach
    Jorge Vital"): a comma or "and" between them, and no club or move word."""
    ordered = sorted(people, key=lambda m: m.start)
    groups: dict[str, set[str]] = {str(m.value): {str(m.value)} for m in ordered}
    spans = [(c.start, c.end) for c in info.clubs + info.triggers + info.statuses]
    for left, right in zip(ordered, ordered[1:], strict=False):
        gap = ctx.folded[left.end : right.start]
        words = TOKEN_RE.findall(gap)
        joined = "," in gap or any(w in ctx.lex.and_words for w in words)
        if (
            not joined
            or len(words) > 5
            or any(left.end <= a and b <= right.start for a, b in spans)
        ):
            continue
        merged = groups[str(left.value)] | groups[str(right.value)]
        for name in merged:
            groups[name] = merged
    return groups


def _name_between(club: Mention, mention: Mention, people: list[Mention], mine: set[str]) -> bool:
    if club.start < min(p.start for p in people):
        return False  # "Il Lille ... ha ottenuto X e Y": the subject club is everyone's
    low, high = sorted((club.start, mention.start))
    return any(low < p.start < high and str(p.value) not in mine for p in people)


def _pick_clubs(
    ctx: ArticleContext,
    info: SentenceInfo,
    mention: Mention,
    move_type: str,
    relations: dict[int, str],
    people: list[Mention],
    home: str | None,
) -> list[tuple[str, str | None]]:
    clubs = sorted(
        info.clubs,
        key=lambda c: (
            relations[id(c)] != "to",
            abs(c.start - mention.start),
        ),
    )
    several = len({str(p.value) for p in people}) > 1
    mine = _name_lists(ctx, info, people)[str(mention.value)] if several else set()

    def own(club: Mention) -> bool:
        """ "25 milioni pagati dal Chelsea per Graham Potter, ... De Zerbi": a club with
        another name between it and the person is that name's."""
        return not several or not _name_between(club, mention, people, mine)

    from_club = next(
        (str(c.value) for c in clubs if relations[id(c)] == "from" and own(c)),
        None,
    )
    of_club = next((str(c.value) for c in clubs if relations[id(c)] == "of" and own(c)), None)
    if move_type in ("departure", "extension"):
        # an exit is from a club, never from one the sentence names as the destination
        # ("la separazione ... per arrivare alla firma come nuovo allenatore del Milan");
        # a renewal is with the club named beside its cue ("rinnovo con il Lille")
        anchor = _cue_anchor(info, mention, move_type)
        near = sorted(
            (
                c
                for c in info.clubs
                if relations[id(c)] not in ("against", "possessive")
                and not (move_type == "departure" and _new_job_at(info, c))
            ),
            key=lambda c: (
                move_type == "extension" and _clause_break(ctx, anchor, c),
                abs(c.start - anchor),
            ),
        )
        succeeded = any(  # "prenderà il posto del dimissionario Jorge Sampaoli"
            t.label in ("replaced", "appointment") and 0 <= mention.start - t.end <= 25
            for t in info.triggers
        )
        if not near and move_type == "departure" and succeeded:
            # the one whose place is taken leaves the club of the new job
            near = [c for c in info.clubs if relations[id(c)] not in ("against", "possessive")]
        if not near:
            return []
        replaced = any(
            t.label == "replaced" and 0 <= mention.start - t.end <= 25 for t in info.triggers
        )
        if move_type == "departure" and replaced and not home:
            # "Al posto di Fonseca, il Lille ha scelto Genesio": the one replaced leaves
            # the club that does the replacing, not the one the newcomer comes from
            hiring = [c for c in near if relations[id(c)] in ("to", "none")]
            if hiring:
                return [(str(hiring[0].value), None)]
        target = home if home in {str(c.value) for c in near} else None
        target = target or of_club or from_club or str(near[0].value)
        return [(target, None)]
    if move_type == "loan" and not from_club and not home:
        # "Der Hamburger SV hat X an den FC St. Pauli verliehen": with the borrower named
        # as a destination, the club named as subject before the person lends him
        lenders = [c for c in clubs if relations[id(c)] == "none" and c.end <= mention.start]
        if lenders and any(relations[id(c)] == "to" for c in clubs):
            from_club = str(min(lenders, key=lambda c: c.start).value)
    from_club = from_club or home
    targets = [
        c
        for c in clubs
        if relations[id(c)] in ("to", "none") and str(c.value) not in (from_club, home)
    ]
    targets = [c for c in targets if str(c.value) != of_club or len(targets) == 1 and not from_club]
    # "X, que llegó al Sevilla hace dos años, ficha por el Valencia": a club of a clause told
    # in the past is not today's destination when another one is named after the person
    told = [c for c in targets if any(a <= c.start < b for a, b in info.past_clauses)]
    today = [c for c in targets if c not in told and c.start > mention.start]
    if told and today:
        targets = [c for c in targets if c not in told]
    if several:
        # "G ... (X in orbita Napoli e Y, profilo ideale per la Roma)": a club is not the
        # move of a name when another name, not listed with it ("X, Y e Z al Milan"),
        # stands between them
        # the one replaced does not stand in the way: "X, candidate to replace Y at Z"
        replaced = {
            str(p.value)
            for p in people
            for t in info.triggers
            if t.label == "replaced" and 0 <= p.start - t.end <= 3
        }
        targets = [c for c in targets if not _name_between(c, mention, people, mine | replaced)]
    if not targets:
        return []
    source_club = from_club or (of_club if of_club != str(targets[0].value) else None)
    alone = len({str(p.value) for p in people}) == 1
    chosen = [targets[0]]
    if alone and (info.hedges or any(c.label == "rumour" for c in info.statuses)):
        # "Lazio, la Juventus et le Barça sont intéressés": a list of suitors
        chosen += targets[1:]
    picked: list[tuple[str, str | None]] = []
    for club in chosen:
        value = str(club.value)
        if all(value != p[0] for p in picked) and value != source_club:
            picked.append((value, source_club))
    return picked


def _add_claim(
    claims: dict[tuple[str, str, str], _Claim],
    ctx: ArticleContext,
    info: SentenceInfo,
    name: str,
    move_type: str,
    role: str | None,
    to_club: str,
    from_club: str | None,
    status: str | None,
    published_year: int | None,
) -> None:
    key = (move_type, name, to_club)
    claim = claims.get(key)
    if claim is None:
        claim = claims[key] = _Claim(move_type, name, to_club, first=info.start)
        if (
            move_type in ("transfer", "loan")
            or move_type == "extension"
            and role
            in (
                None,
                "player",
            )
        ):
            claim.role = "player"
        elif role and role != "player":  # a coach's or a director's renewal keeps the job
            claim.role = role
    if status and not (info.past and status in ("collapsed", "denied")):
        claim.statuses.append(status)  # a past U-turn does not call today's move off
    if info.fees and claim.fee is None and move_type in ("transfer", "loan", "appointment"):
        claim.fee = float(info.fees[0].value)
    claim.sources.extend(str(s.value) for s in info.sources)
    where = [c.start for c in info.clubs if str(c.value) == to_club] + [
        m.start for m in info.people if m.value == name
    ]
    old_years = [
        y
        for y, pos in info.years
        if published_year and y < published_year and any(abs(pos - w) <= YEAR_REACH for w in where)
    ]
    past = [c for c in info.past if not _side_clause(ctx, c, where)]
    told_before = any(  # "X, who joined Lyon four years ago, ...": Lyon is history
        a <= m.start < b
        # "nach sieben Jahren beim Verein" tells the tenure an exit ends: past only when the
        # exit's own word is in that clause ("X, who was dismissed on Monday")
        and (move_type in MOVING_CUES or any(a <= t.start < b for t in info.triggers))
        for a, b in info.past_clauses
        for m in info.clubs + info.people
        if m.value in (to_club, name)
    )
    if past or old_years or told_before:
        claim.background_votes += 1
        # "se formó en la Real Sociedad y en 1985 fichó para el Real Madrid": where an
        # earlier move started, not where today's does
        claim.past_from = claim.past_from or from_club
    else:
        claim.main_votes += 1
        claim.from_club = claim.from_club or from_club
    if info not in claim.evidence:
        claim.evidence.append(info)


def _side_clause(ctx: ArticleContext, cue: Cue, where: list[int]) -> bool:
    """ "Amorim deixa o Sporting, clube que orientou desde 2020": a past verb in a relative
    clause after the claim's names dates that clause, not the move."""
    if not where or cue.start <= max(where):
        return False
    tokens = TOKEN_RE.findall(ctx.folded[max(where) : cue.start].replace("'", "' "))
    gap = ctx.folded[max(where) : cue.start]
    return "," in gap and any(t in ctx.lex.relative_words for t in tokens[-4:])


def _to_move(claim: _Claim, ctx: ArticleContext) -> Move:
    if claim.statuses:
        status = combined_status(claim.statuses)
    else:
        status = "official" if claim.type == "departure" else "rumour"
    if claim.type == "departure" and status in ("negotiating", "agreed"):
        status = "official"  # an exit is not negotiated: those cues are about the next job
    sources = list(dict.fromkeys(claim.sources + [str(s.value) for s in ctx.article_sources]))
    salience = "background" if claim.background_votes and not claim.main_votes else "main"
    from_club = claim.from_club or (claim.past_from if salience == "background" else None)
    evidence = tuple(Evidence(ctx.text[i.start : i.end], i.start, i.end) for i in claim.evidence)
    return Move(
        type=claim.type,
        person=claim.person,
        to_club=claim.to_club,
        from_club=from_club,
        role=claim.role,
        status=status,
        fee_eur=claim.fee,
        sources=tuple(sources),
        salience=salience,
        evidence=evidence,
    )


def _year(published: str | None) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    return None
