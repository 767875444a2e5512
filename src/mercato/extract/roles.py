"""Roles: who holds which job at which club, as of the article.

A role is read where a job title stands next to a name and a club ("le président de
l'OM, Pablo Longoria", "Man Utd striker Mason Greenwood"), and from official moves: a
person officially appointed or signed holds the new job.

A title with no club of its own takes a club adjective ("le coach bergamasque"), the club
of the article's renewal, or the article's club (not when the sentence names that club as
a past one, nor for someone the article has on the way elsewhere). Other ties: "X, who has
been in charge of Liverpool", "Sporting Lisbon's X", "X will continue as United's interim
head coach", "Après avoir racheté l'OM, X", a title opening a sentence for the subject of
the sentence before. Jobs the moves say are over (an official dismissal, an official
signing elsewhere) are dropped. Phrase lists live in lang/<iso>/extract.toml ([words]:
current_new, current_title, lead_club, own_club, job_as).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from mercato.extract.context import ArticleContext, Cue, SentenceInfo
from mercato.extract.relations import (
    HOLDER_ROLES,
    adjacent_title,
    club_relation,
    current_clubs,
    focus_club,
    is_new_job,
    past_title,
    person_roles,
    stays_at,
)
from mercato.ingest.langdata import ingest_words
from mercato.model import Evidence, Mention, Move, RoleFact
from mercato.nlp.clubs import ClubResolver
from mercato.nlp.text import TOKEN_RE, fold

_YEAR_AFTER = re.compile(r"\D{0,25}?(?:(?P<month>[a-z]+)\s+)?(?P<year>20\d\d)")


@cache
def _month_numbers(lang: str | None) -> dict[str, int]:
    """Folded month names of ``lang`` (lang/<iso>/ingest.toml) -> 1..12."""
    return {fold(name): number for name, number in ingest_words(lang).months.items()}


def extract_roles(ctx: ArticleContext, moves: list[Move]) -> list[RoleFact]:
    found: dict[tuple[str, str, str], RoleFact] = {}
    focus = focus_club(ctx)
    jobs: dict[str, str] | None = None
    staying: set[tuple[str, str]] = set()  # "ficará no Sporting até à pausa": not gone yet
    # "Amorim deverá levar consigo os adjuntos X, Y": those about to move are not placed at
    # the article's club by a bare title
    moving = {m.person for m in moves if m.salience == "main" and m.status != "official"}
    contracted: set[tuple[str, str]] = set()  # "en fin de contrat avec": there until it ends
    move_jobs = {m.person: m.role for m in moves if m.role}
    for info in ctx.infos:
        for mention, led_club in _led_clubs(ctx, info):
            jobs = person_roles(ctx) if jobs is None else jobs
            if jobs.get(str(mention.value), "head_coach") == "head_coach":  # "Kane led Bayern"
                _add(found, ctx, info, mention, led_club, "head_coach", "first_team", None)
        for mention, owned in _owned_clubs(ctx, info):
            jobs = person_roles(ctx) if jobs is None else jobs
            if jobs.get(str(mention.value), "owner") in HOLDER_ROLES:  # not "X bought Y"
                _add(found, ctx, info, mention, owned, "owner", "first_team", None)
        cues = [
            c
            for c in info.roles + info.positions
            if not is_new_job(info, c) or _held_new_job(ctx, info, c)
        ]
        for mention in info.people:
            for club in info.clubs:
                # "Amorim ficará no Sporting até à pausa": still holding the job there
                if 0 < club.start - mention.end <= 30 and stays_at(ctx, info, club):
                    jobs = person_roles(ctx) if jobs is None else jobs
                    job = jobs.get(str(mention.value))
                    if job:
                        _add(found, ctx, info, mention, str(club.value), job, "first_team", None)
                        staying.add((str(mention.value), str(club.value)))
            side = _scorer_side(ctx, info, mention)
            if side:
                jobs = person_roles(ctx) if jobs is None else jobs
                # "Pour le propriétaire de l'OM, Frank McCourt, son arrivée marque...": no scorer
                if jobs.get(str(mention.value), "player") == "player":
                    _add(found, ctx, info, mention, side, "player", "first_team", None)
            team_cue = _team_cue(ctx, info, mention)
            led = (
                _previous_subject_club(ctx, info, team_cue)
                or _nearest_side(ctx, info, mention)
                or _sole_club(ctx, info)
                or _focus_unless_past(ctx, info, focus)
                if team_cue is not None
                else None
            )
            if team_cue is not None and led:
                _add(found, ctx, info, mention, led, team_cue.label, "first_team", None)
            owner = _genitive_club(ctx, info, mention)
            if owner is not None:
                # "Sporting Lisbon's Ruben Amorim", "Valencia's Hugo Guillamón"
                jobs = person_roles(ctx) if jobs is None else jobs
                job = jobs.get(str(mention.value)) or move_jobs.get(str(mention.value), "player")
                _add(found, ctx, info, mention, owner, job, "first_team", None)
            coached = _club_of_person(ctx, info, mention)
            if coached:
                _add(found, ctx, info, mention, coached, "head_coach", "first_team", None)
            cue = (
                adjacent_title(mention, cues, ctx)
                or _current_title(ctx, mention, cues)
                or _listed_title(ctx, info, mention, cues)
            )
            named_as = cue is None
            cue = cue or next(
                (c for c in cues if c.label != "player" and _titled_as(ctx, info, c) == mention),
                None,
            )
            if cue is None or _past_between(info, cue, mention) or _owned_name(ctx, cue, mention):
                continue
            if _title_left(info, cue):
                continue  # "le départ du directeur sportif Leonardo": the job is left
            club = (
                _club_for(ctx, info, cue.start, cue.end, mention)
                or _adjective_club(ctx, cue)
                or _renewing_club(info, moves)
            )
            if club is None and named_as:
                continue  # "X will continue as interim coach": only with the club named
            if club is None and focus and _current_clubs(ctx, info) <= {focus}:
                if str(mention.value) not in moving:
                    club = focus  # "le président Pablo Longoria" in an article about the OM
            if club is None:
                continue
            team = _team(info, cue.start)
            until = _until(ctx, info) if cue.label == "player" or mention.start > cue.end else None
            _add(found, ctx, info, mention, club, cue.label, team, until)
            if _under_contract(ctx, cue):
                contracted.add((str(mention.value), club))  # "en fin de contrat avec le Barça"
    _title_subjects(ctx, found, jobs)
    contracted |= _contract_holders(ctx, found)
    pending = {
        (m.person, m.to_club)
        for m in moves
        if m.status != "official"
        and m.type in ("transfer", "loan", "appointment")
        and m.salience == "main"
    }
    for key in [k for k in found if (k[0], k[1]) in pending]:
        del found[key]  # on the way to that club, not holding a job there yet
    for move in moves:
        if move.salience != "main":
            continue
        refused = move.status in ("collapsed", "denied")  # "decidió no renovar"
        if (
            move.type == "extension"
            and not refused
            or (move.type == "departure" and move.status != "official")
        ):
            # one renews with, or may yet leave, the club one is at: the job is held now
            key = (move.person, move.to_club, move.role or "player")
            starts = {ev.start for ev in move.evidence}
            if any(i.past for i in ctx.infos if i.start in starts):
                continue  # "la Juventus aveva esonerato Allegri": told as past
            if key not in found:
                found[key] = RoleFact(*key, "first_team", None, None, move.evidence)
            continue
        if move.status != "official" or move.type == "departure":
            continue
        role = move.role or "player"
        key = (move.person, move.to_club, role)
        if key not in found:
            until = None
            for ev in move.evidence:
                info = next((i for i in ctx.infos if i.start == ev.start), None)
                if info is not None:
                    until = until or _until(ctx, info)
            found[key] = RoleFact(
                move.person, move.to_club, role, "first_team", None, until, move.evidence
            )
    gone = {
        (m.person, m.to_club)
        for m in moves
        if m.type == "departure"
        and m.status == "official"
        and m.salience == "main"
        and _names_in_evidence(ctx, m)
    }
    for key in [k for k in found if (k[0], k[1]) in gone - staying - contracted]:
        del found[key]  # "Anil Murthy, le président du club, a été licencié": no longer
    joined = {
        (m.person, m.to_club, (m.role or "player") == "player")
        for m in moves
        if m.salience == "main" and m.status == "official" and m.type != "departure"
    }
    for key in list(found):
        player = key[2] == "player"
        left = any(p == key[0] and c != key[1] and kind == player for p, c, kind in joined)
        left = left and not any(p == key[0] and c == key[1] for p, c, _ in joined)
        if left and (key[0], key[1]) not in staying:
            del found[key]  # "Mbappé signe au Real": no longer a player of the PSG
    return list(found.values())


def _title_subjects(
    ctx: ArticleContext,
    found: dict[tuple[str, str, str], RoleFact],
    jobs: dict[str, str] | None,
) -> None:
    """ "Mikel Arteta a commenté le prêt. Le coach d'Arsenal y a vu...": a sentence whose
    subject is a job title with its club, and which names no one beside that title, speaks
    of the subject of the sentence before (the first person it names)."""
    previous: Mention | None = None
    titled: dict[str, set[str]] | None = None
    for info in ctx.infos:
        named = [m for m in info.people if m.text]
        # "l'arrivée d'Isaak Touré ..., Pablo Longoria peine": a name after "de" is no subject
        first = next((m for m in named if not _complement(ctx, info, m)), None) or next(
            iter(named), None
        )
        cue = _subject_title(ctx, info)
        if cue is not None and previous is not None:
            club = _club_for(ctx, info, cue.start, cue.end, previous) or _adjective_club(ctx, cue)
            name = str(previous.value)
            jobs = person_roles(ctx) if jobs is None else jobs
            known = jobs.get(name)
            if known not in (None, cue.label):
                titled = _titled(ctx) if titled is None else titled
                if cue.label in titled.get(name, set()) or name not in titled:
                    known = None  # "Longoria s'est mis en quête d'un nouvel entraîneur"
            if club is not None and known in (None, cue.label):
                if not any(adjacent_title(m, [cue], ctx) for m in info.people):
                    if not any(k[0] == name and k[1] != club for k in found):
                        _add(found, ctx, info, previous, club, cue.label, "first_team", None)
        if first is not None:
            previous = first
        elif info.clubs:
            previous = None


def _contract_holders(
    ctx: ArticleContext, found: dict[tuple[str, str, str], RoleFact]
) -> set[tuple[str, str]]:
    """ "Il centrocampista, di proprietà dell'Atletico Madrid", "sous contrat avec United":
    the club a sentence says its one person is under contract with. A sentence naming no
    one speaks of the first person named before it. Not when the sentence has them
    leaving ("arrivé en fin de contrat avec Bologne"). Returns the (person, club) read."""
    jobs: dict[str, str] | None = None
    previous: Mention | None = None
    held: set[tuple[str, str]] = set()
    for info in ctx.infos:
        named = [m for m in info.people if m.text]
        clubs = current_clubs(ctx, info) if info.current else []
        leaving = any(t.label in ("leave", "departure") for t in info.triggers)
        mentions = named or ([previous] if previous is not None else [])
        if clubs and not leaving and len({str(m.value) for m in mentions}) == 1:
            jobs = person_roles(ctx) if jobs is None else jobs
            role = jobs.get(str(mentions[0].value), "player")
            for club in clubs:
                _add(found, ctx, info, mentions[0], str(club.value), role, "first_team", None)
                held.add((str(mentions[0].value), str(club.value)))
        if named:
            previous = named[0]
    return held


def _under_contract(ctx: ArticleContext, cue: Cue) -> bool:
    """A title that is a contract phrase ("en fin de contrat avec", "under contract with")."""
    phrases = ctx.lex.current_club
    return phrases is not None and bool(phrases.find(ctx.folded, cue.start, cue.end))


def _titled(ctx: ArticleContext) -> dict[str, set[str]]:
    """The titles written right next to each name in the article."""
    found: dict[str, set[str]] = {}
    for info in ctx.infos:
        cues = info.roles + info.positions
        for mention in info.people:
            cue = adjacent_title(mention, cues, ctx) if cues else None
            if cue is not None:
                found.setdefault(str(mention.value), set()).add(cue.label)
    return found


def _complement(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """A name right after "of" or "by" ("l'arrivée d'Isaak Touré", "signed by X")."""
    before = ctx.folded[max(info.start, mention.start - 12) : mention.start].rstrip()
    if before.endswith(("d'", "d’")):
        return True
    words = TOKEN_RE.findall(before)
    return bool(words) and (words[-1] in ctx.lex.of_words or words[-1] in ctx.lex.by_words)


def _subject_title(ctx: ArticleContext, info: SentenceInfo) -> Cue | None:
    """A staff title opening the sentence ("Le coach d'Arsenal", "Liverpool's manager")."""
    for cue in info.roles:
        if cue.label == "player" or is_new_job(info, cue) or past_title(ctx, cue):
            continue
        head = ctx.text[info.start : cue.start]
        for club in info.clubs:
            if club.end <= cue.start:
                head = head.replace(ctx.text[club.start : club.end], " ")
        if not any(m.start < cue.start for m in info.people):
            head = head.rsplit(",", 1)[-1]  # "Présent en conférence de presse, le président"
        words = TOKEN_RE.findall(fold(head).replace("'", " ").replace("’", " "))
        if all(w in ctx.lex.articles or w == "s" for w in words):
            return cue
        return None
    return None


def _names_in_evidence(ctx: ArticleContext, move: Move) -> bool:
    """Whether a sentence the move was read from names its person ("Jorge Sampaoli quitte
    Marseille"), not only a title or a pronoun."""
    starts = {ev.start for ev in move.evidence}
    return any(
        str(m.value) == move.person for i in ctx.infos if i.start in starts for m in i.people
    )


def _owned_name(ctx: ArticleContext, cue: Cue, mention: Mention) -> bool:
    """ "el futbolista bajo el mandato de Anil Murthy", "La presidenta, que conoce a Carlos":
    the name hangs on another noun ("mandato de X") or is the object of a clause on the
    title, so the title is not theirs."""
    lex = ctx.lex
    if cue.end <= mention.start:
        gap = TOKEN_RE.findall(ctx.folded[cue.end : mention.start].replace("'", "' "))
        for m in re.finditer(r",\s*(\w+'?)", ctx.folded[cue.end : mention.start]):
            if m.group(1) in lex.relative_words:
                return True  # "La presidenta, que conoce a Carlos": the object of her clause
        if gap and (gap[-1] in lex.of_words or gap[-1] + "'" in lex.of_words):
            return any(w not in lex.stop_words and w not in lex.articles for w in gap[:-1])
    return False


def _genitive_club(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """ "Sporting Lisbon's Ruben Amorim": a club in the possessive right before the name."""
    for club in info.clubs:
        if 0 < mention.start - club.end <= 4 and re.fullmatch(
            r"['’]s\s", ctx.text[club.end : mention.start]
        ):
            if club_relation(ctx, info, club) not in ("against", "former"):
                return str(club.value)
    return None


def _renewing_club(info: SentenceInfo, moves: list[Move]) -> str | None:
    """ "Il Presidente Olivier Létang gli ha proposto il rinnovo": a title without a club in
    a sentence about the article's renewal is a job at the club offering it."""
    if not any(t.label == "extension" for t in info.triggers):
        return None
    clubs = {m.to_club for m in moves if m.type == "extension" and m.salience == "main"}
    return clubs.pop() if len(clubs) == 1 else None


def _title_left(info: SentenceInfo, cue: Cue) -> bool:
    """A title right after a leaving word ("le départ du directeur sportif", "the exit of
    the manager"): the job is being left."""
    return any(
        t.label in ("leave", "departure") and 0 <= cue.start - t.end <= 6 for t in info.triggers
    )


def _past_between(info: SentenceInfo, cue: Cue, mention: Mention) -> bool:
    """ "un poste de dirigeant après son passage à Vicence": a past cue between a title
    and a name leaves the title with the past."""
    start, end = (cue.end, mention.start) if cue.end <= mention.start else (mention.end, cue.start)
    return any(start <= p.start and p.end <= end for p in info.past)


def _current_clubs(ctx: ArticleContext, info: SentenceInfo) -> set[str]:
    """The clubs a sentence names, less those told as past ("L'ex-joueur de la Roma et de
    la Juventus"): a former club and the clubs listed right after it."""
    kept: set[str] = set()
    former = False
    previous: Mention | None = None
    for club in info.clubs:
        if club_relation(ctx, info, club) == "former" or _after_former_word(ctx, info, club):
            former = True
        elif former and previous is not None:
            gap = TOKEN_RE.findall(ctx.folded[previous.end : club.start].replace("'", " "))
            lex = ctx.lex
            former = all(w in lex.and_words or w in lex.of_words or w in lex.articles for w in gap)
        else:
            former = False
        if not former:
            kept.add(str(club.value))
        previous = club
    return kept


def _after_former_word(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> bool:
    """ "Benatia, ex compagno di squadra proprio alla Roma": a "former" word earlier in the
    clause of the club."""
    clause = re.split(r"[,;:()]", ctx.folded[max(info.start, club.start - 45) : club.start])[-1]
    words = TOKEN_RE.findall(clause.replace("-", " ").replace("'", " "))
    return any(w in ctx.lex.former_words for w in words)


def _add(
    found: dict[tuple[str, str, str], RoleFact],
    ctx: ArticleContext,
    info: SentenceInfo,
    mention: Mention,
    club: str,
    role: str,
    team: str,
    until: str | None,
) -> None:
    name = _cut_name(ctx, mention)
    key = (name, club, role)
    if key not in found:
        evidence = (Evidence(ctx.text[info.start : info.end], info.start, info.end),)
        found[key] = RoleFact(name, club, role, team, None, until, evidence)


def _cut_name(ctx: ArticleContext, mention: Mention) -> str:
    """ "...grâce au leadership du président Pabl" where the text is cut off: a name at the
    very end of the text that begins another person's name is that person."""
    name = str(mention.value)
    if mention.end < len(ctx.text.rstrip()) or " " in name or len(name) < 3:
        return name
    fuller = {p.name for p in ctx.people if p.name != name and p.name.startswith(name)}
    return fuller.pop() if len(fuller) == 1 else name


def _team_cue(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> Cue | None:
    """ "les hommes de De Zerbi", "Lukaku e compagni", "Mourinho's side": a team named by
    its coach or a player, the name right next to the phrase (small words only between)."""
    cue = adjacent_title(mention, info.team_of, ctx)
    if cue is None:
        return None
    if cue.start >= mention.end:
        return cue if cue.start - mention.end <= 2 else None
    between = TOKEN_RE.findall(fold(ctx.text[cue.end : mention.start]).replace("'", " "))
    if any(w not in ctx.lex.stop_words and w not in ctx.lex.articles for w in between):
        return None  # "Lukaku e compagni piegano i brianzoli di Nesta": Nesta is not one
    return cue


def _previous_subject_club(ctx: ArticleContext, info: SentenceInfo, cue: Cue) -> str | None:
    """ "L'OM a repris la tête. Les hommes de De Zerbi ont autant de points que le PSG": a
    team named by its coach at the opening of a sentence is the club that opened the one
    before."""
    head = TOKEN_RE.findall(fold(ctx.text[info.start : cue.start]).replace("'", " "))
    if any(w not in ctx.lex.articles for w in head):
        return None
    index = ctx.infos.index(info)
    if index == 0:
        return None
    before = ctx.infos[index - 1]
    if not before.clubs:
        return None
    first = before.clubs[0]
    opening = TOKEN_RE.findall(fold(ctx.text[before.start : first.start]).replace("'", " "))
    if len(opening) > 3 or club_relation(ctx, before, first) == "against":
        return None
    return str(first.value)


def _focus_unless_past(ctx: ArticleContext, info: SentenceInfo, focus: str | None) -> str | None:
    """The article's club, unless the sentence names it as a past club."""
    if focus is None or focus in {str(c.value) for c in info.clubs} - _current_clubs(ctx, info):
        return None
    return focus


def _sole_club(ctx: ArticleContext, info: SentenceInfo) -> str | None:
    """The one club a sentence names, when it names one only and not as a past club
    ("Marseille already have the green light from Greenwood, ... working under X")."""
    clubs = _current_clubs(ctx, info)
    if len(clubs) != 1 or any(club_relation(ctx, info, c) == "against" for c in info.clubs):
        return None  # "La sconfitta contro l'Hellas Verona": the opponent
    return next(iter(clubs))


def _scorer_side(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """ "Ilkay Gundogan scored twice as Manchester City...": a scorer plays for the side
    named nearest to them in the sentence (never the opponent)."""
    if not any(
        abs(c.start - mention.end) <= 30 or abs(mention.start - c.end) <= 30 for c in info.scorers
    ):
        return None
    return _nearest_side(ctx, info, mention)


def _nearest_side(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """The club named nearest to a person in the sentence, opponents and past clubs left
    out."""
    current = _current_clubs(ctx, info)
    sides = [
        c
        for c in info.clubs
        if abs(c.start - mention.start) <= 80
        and club_relation(ctx, info, c) != "against"
        and str(c.value) in current
    ]
    if not sides:
        return None
    return str(min(sides, key=lambda c: abs(c.start - mention.start)).value)


def _club_of_person(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """ "il Napoli di Antonio Conte", "el Valencia de Rino Gattuso": a club followed by
    "of" and a name is that coach's team."""
    for club in info.clubs:
        gap = ctx.folded[club.end : mention.start].strip()
        if 0 < mention.start - club.end <= 6 and gap in ctx.lex.of_words:
            return str(club.value)
        if 0 < mention.start - club.end <= 50 and _described_side(ctx, club.end, mention.start):
            return str(club.value)  # "el Valencia joven, impetuoso y valiente de Rino Gattuso"
    return None


def _described_side(ctx: ArticleContext, start: int, end: int) -> bool:
    """Only lowercase describing words (commas and "and" between) before the final "of"."""
    raw = ctx.text[start:end]
    if not re.fullmatch(r"[^\W\d_][\w\s,]*", raw.strip()) or raw.strip() != raw.strip().lower():
        return False
    words = TOKEN_RE.findall(fold(raw))
    if len(words) < 2 or len(words) > 6 or words[-1] not in ctx.lex.of_words:
        return False
    lex = ctx.lex
    return all(
        w in lex.and_words
        or w not in lex.articles
        and w not in lex.of_words
        and w not in lex.stop_words
        for w in words[:-1]
    )


def _club_for(
    ctx: ArticleContext, info: SentenceInfo, cue_start: int, cue_end: int, mention: Mention
) -> str | None:
    best: tuple[int, str] | None = None
    for club in info.clubs:
        if club.start >= cue_end:
            distance = club.start - cue_end
            # "directeur de la préparation physique des équipes de jeunes du club Ché"
            distance -= sum(t.end - t.start for t in info.teams if cue_end <= t.start < club.start)
            right_after = distance <= 5  # "sous contrat avec le PSG"
            if (
                distance > 25
                or not right_after
                and club_relation(ctx, info, club)
                not in (
                    "of",
                    "from",
                )
            ):
                continue
        elif club.end <= cue_start:
            distance = cue_start - club.end
            gap = ctx.text[club.end : cue_start]
            if distance > 4 and not gap.strip().startswith(("'s", "’s")):
                continue
        else:
            continue
        if best is None or distance < best[0]:
            best = (distance, str(club.value))
    return best[1] if best else None


_ADJECTIVE_RE = re.compile(r" ([^\W\d_A-Z][^\W\d_]{3,})\b")


def _adjective_club(ctx: ArticleContext, cue: Cue) -> str | None:
    """ "le président parisien", "le vice-président monégasque Oleg Petrov": the adjective
    after a title names the club the way "le club parisien" does."""
    template = ctx.lex.club_adjective
    m = _ADJECTIVE_RE.match(ctx.text, cue.end)
    if template is None or m is None:
        return None
    return ClubResolver.default().resolve(template.format(m.group(1)), ctx.lex.lang)


def _team(info: SentenceInfo, pos: int) -> str:
    for cue in info.teams:
        if abs(cue.start - pos) <= 30:
            return cue.label
    return "first_team"


def _until(ctx: ArticleContext, info: SentenceInfo) -> str | None:
    for _start, end, _ in ctx.lex.until_words.find(ctx.folded, info.start, info.end):
        m = _YEAR_AFTER.match(ctx.folded, end, info.end)
        if m:
            month = _month_numbers(ctx.lex.lang).get(m.group("month") or "")
            return f"{m.group('year')}-{month:02d}" if month else m.group("year")
    return None


def _clubs_after_phrase(
    ctx: ArticleContext, info: SentenceInfo, pattern: re.Pattern[str] | None
) -> Iterator[tuple[re.Match[str], Mention]]:
    """Each phrase ``pattern`` finds in a sentence naming someone, with the club named
    right after it (only articles between)."""
    if pattern is None or not info.clubs or not info.people:
        return
    for m in pattern.finditer(ctx.folded, info.start, info.end):
        club = next((c for c in info.clubs if 0 <= c.start - m.end() <= 5), None)
        if club is None:
            continue
        between = TOKEN_RE.findall(ctx.folded[m.end() : club.start].replace("'", " "))
        if any(w not in ctx.lex.articles for w in between):
            continue
        yield m, club


def _owned_clubs(ctx: ArticleContext, info: SentenceInfo) -> list[tuple[Mention, str]]:
    """ "Après avoir racheté l'OM en octobre 2016, Frank McCourt...", "the Friedkins, who own
    Roma": the person buying or owning the club named right after the phrase."""
    found = []
    for m, club in _clubs_after_phrase(ctx, info, ctx.lex.own_club):
        before = [p for p in info.people if p.end <= m.start() and m.start() - p.end <= 60]
        after = [p for p in info.people if p.start >= club.end and p.start - club.end <= 40]
        person = before[-1] if before else (after[0] if after else None)
        if person is not None:
            found.append((person, str(club.value)))
    return found


def _led_clubs(ctx: ArticleContext, info: SentenceInfo) -> list[tuple[Mention, str]]:
    """ "Klopp, who has been in charge of Liverpool since 2015", "Xabi Alonso, who recently
    led Bayer Leverkusen to the title": the person named shortly before a "lead" phrase
    coaches the club right after it."""
    found = []
    for m, club in _clubs_after_phrase(ctx, info, ctx.lex.lead_club):
        if club_relation(ctx, info, club) == "against":
            continue
        before = [p for p in info.people if p.end <= m.start() and m.start() - p.end <= 60]
        if not before:
            continue
        person = before[-1]
        if any(person.end <= c.start < m.start() for c in info.clubs):
            continue  # "X's side beat Y, led by...": another club stands between
        found.append((person, str(club.value)))
    return found


def _current_title(ctx: ArticleContext, mention: Mention, cues: list[Cue]) -> Cue | None:
    """ "Miguel Alonso, actuel directeur de la préparation physique": a title after the
    name, a comma and a word for "current"."""
    for cue in cues:
        if not 0 < cue.start - mention.end <= 25:
            continue
        gap = ctx.folded[mention.end : cue.start].strip()
        if not gap.startswith(","):
            continue
        words = tuple(TOKEN_RE.findall(gap[1:].replace("'", " ")))
        if words and words in ctx.lex.current_title:
            return cue
    return None


def _listed_title(
    ctx: ArticleContext, info: SentenceInfo, mention: Mention, cues: list[Cue]
) -> Cue | None:
    """ "el presidente, Joan Laporta; el vicepresidente primer responsable del área
    deportiva, Rafa Yuste; y ...": in a list split by semicolons, the title opening an item
    is the job of the name closing it."""
    after = ctx.text[mention.end : mention.end + 2].lstrip(" ")
    if not after.startswith(";"):
        return None
    for cue in cues:
        gap = ctx.text[cue.end : mention.start].rstrip()
        if 0 < len(gap) <= 45 and gap.endswith(",") and not any(ch in gap[:-1] for ch in ",;:()"):
            if not any(cue.end <= m.start < mention.start for m in info.people):
                return cue
    return None


def _titled_as(ctx: ArticleContext, info: SentenceInfo, cue: Cue) -> Mention | None:
    """ "Ruud van Nistelrooy will continue as United's interim head coach": a title after
    "as" (a club may stand between) is the job of the person named shortly before."""
    start = max(info.start, cue.start - 80)
    head = _without_clubs_in(ctx, info, start, cue.start)
    words = TOKEN_RE.findall(fold(head).replace("'", " ").replace("’", " "))
    while words and (words[-1] in ctx.lex.articles or words[-1] == "s"):
        words.pop()
    for phrase in ctx.lex.job_as:
        if phrase and tuple(words[-len(phrase) :]) == phrase:
            break
    else:
        return None
    before = [m for m in info.people if m.end <= cue.start and cue.start - m.end <= 70]
    if not before:
        return None
    person = before[-1]
    if any(ch in _without_clubs_in(ctx, info, person.end, cue.start) for ch in ",;:()"):
        return None  # "X, comme le président de l'OM": another clause
    return person


def _without_clubs_in(ctx: ArticleContext, info: SentenceInfo, start: int, end: int) -> str:
    """The text between two offsets with the sentence's club names blanked."""
    chars = list(ctx.text[start:end])
    for club in info.clubs:
        for pos in range(max(club.start, start), min(club.end, end)):
            chars[pos - start] = " "
    return "".join(chars)


def _held_new_job(ctx: ArticleContext, info: SentenceInfo, cue: Cue) -> bool:
    """ "Son nouvel entraîneur Roberto De Zerbi", "his new manager": a new job told with a
    possessive is already held."""
    before = TOKEN_RE.findall(ctx.folded[max(info.start, cue.start - 30) : cue.start])
    own = TOKEN_RE.findall(ctx.folded[cue.start : cue.end])[:1]
    for phrase in ctx.lex.current_new:
        n = len(phrase)
        if tuple(before[-n:]) == phrase or (n > 1 and tuple(before[-(n - 1) :] + own) == phrase):
            return True
    return False
