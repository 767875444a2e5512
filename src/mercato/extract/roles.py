"""Roles: who holds which job at which club, as of the article.

A role is read where a job title stands next to a name and a club ("le président de
l'OM, Pablo Longoria", "Man Utd striker Mason Greenwood"), and from official moves: a
person officially appointed or signed holds the new job.
"""

from __future__ import annotations

import re
from functools import cache

from mercato.extract.context import ArticleContext, Cue, SentenceInfo
from mercato.extract.relations import (
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
    for info in ctx.infos:
        cues = [c for c in info.roles + info.positions if not is_new_job(info, c)]
        for mention in info.people:
            for club in info.clubs:
                # "Amorim ficará no Sporting até à pausa": still holding the job there
                if 0 < club.start - mention.end <= 30 and stays_at(ctx, info, club):
                    jobs = person_roles(ctx) if jobs is None else jobs
                    job = jobs.get(str(mention.value))
                    if job:
                        _add(found, ctx, info, mention, str(club.value), job, "first_team", None)
            side = _scorer_side(ctx, info, mention)
            if side:
                _add(found, ctx, info, mention, side, "player", "first_team", None)
            team_cue = _team_cue(ctx, info, mention)
            led = (
                _previous_subject_club(ctx, info, team_cue) or _nearest_side(ctx, info, mention)
                if team_cue is not None
                else None
            ) or (focus if team_cue is not None else None)
            if team_cue is not None and led:
                _add(found, ctx, info, mention, led, team_cue.label, "first_team", None)
            coached = _club_of_person(ctx, info, mention)
            if coached:
                _add(found, ctx, info, mention, coached, "head_coach", "first_team", None)
            cue = adjacent_title(mention, cues, ctx)
            if cue is None:
                continue
            club = _club_for(ctx, info, cue.start, cue.end, mention) or _adjective_club(ctx, cue)
            if club is None and focus and {str(c.value) for c in info.clubs} <= {focus}:
                club = focus  # "le président Pablo Longoria" in an article about the OM
            if club is None:
                continue
            team = _team(info, cue.start)
            until = _until(ctx, info) if cue.label == "player" or mention.start > cue.end else None
            _add(found, ctx, info, mention, club, cue.label, team, until)
    _title_subjects(ctx, found, jobs)
    _contract_holders(ctx, found)
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
    for info in ctx.infos:
        first = next((m for m in info.people if m.text), None)
        cue = _subject_title(ctx, info)
        if cue is not None and previous is not None:
            club = _club_for(ctx, info, cue.start, cue.end, previous)
            name = str(previous.value)
            jobs = person_roles(ctx) if jobs is None else jobs
            known = jobs.get(name)
            if club is not None and known in (None, cue.label):
                if not any(adjacent_title(m, [cue], ctx) for m in info.people):
                    if not any(k[0] == name and k[1] != club for k in found):
                        _add(found, ctx, info, previous, club, cue.label, "first_team", None)
        if first is not None:
            previous = first
        elif info.clubs:
            previous = None


def _contract_holders(ctx: ArticleContext, found: dict[tuple[str, str, str], RoleFact]) -> None:
    """ "Il centrocampista, di proprietà dell'Atletico Madrid", "sous contrat avec United":
    the club a sentence says its one person is under contract with. A sentence naming no
    one speaks of the first person named before it. Not when the sentence has them
    leaving ("arrivé en fin de contrat avec Bologne")."""
    jobs: dict[str, str] | None = None
    previous: Mention | None = None
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
        if named:
            previous = named[0]


def _subject_title(ctx: ArticleContext, info: SentenceInfo) -> Cue | None:
    """A staff title opening the sentence ("Le coach d'Arsenal", "Liverpool's manager")."""
    for cue in info.roles:
        if cue.label == "player" or is_new_job(info, cue) or past_title(ctx, cue):
            continue
        head = ctx.text[info.start : cue.start]
        for club in info.clubs:
            if club.end <= cue.start:
                head = head.replace(ctx.text[club.start : club.end], " ")
        words = TOKEN_RE.findall(fold(head).replace("'", " ").replace("’", " "))
        if all(w in ctx.lex.articles or w == "s" for w in words):
            return cue
        return None
    return None


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
    key = (str(mention.value), club, role)
    if key not in found:
        evidence = (Evidence(ctx.text[info.start : info.end], info.start, info.end),)
        found[key] = RoleFact(str(mention.value), club, role, team, None, until, evidence)


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


def _scorer_side(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """ "Ilkay Gundogan scored twice as Manchester City...": a scorer plays for the side
    named nearest to them in the sentence (never the opponent)."""
    if not any(
        abs(c.start - mention.end) <= 30 or abs(mention.start - c.end) <= 30 for c in info.scorers
    ):
        return None
    return _nearest_side(ctx, info, mention)


def _nearest_side(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> str | None:
    """The club named nearest to a person in the sentence, opponents left out."""
    sides = [
        c
        for c in info.clubs
        if abs(c.start - mention.start) <= 80 and club_relation(ctx, info, c) != "against"
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
