"""Roles: who holds which job at which club, as of the article.

A role is read where a job title stands next to a name and a club ("le président de
l'OM, Pablo Longoria", "Man Utd striker Mason Greenwood"), and from official moves: a
person officially appointed or signed holds the new job.
"""

from __future__ import annotations

import re

from mercato.extract.context import ArticleContext, SentenceInfo
from mercato.extract.relations import (
    adjacent_title,
    club_relation,
    focus_club,
    is_new_job,
    person_roles,
    stays_at,
)
from mercato.model import Evidence, Mention, Move, RoleFact

_YEAR_AFTER = re.compile(r"\D{0,25}?(?:(?P<month>[a-z]+)\s+)?(?P<year>20\d\d)")
_MONTHS = {
    "juin": "06",
    "june": "06",
    "giugno": "06",
    "junio": "06",
    "juni": "06",
    "junho": "06",
}


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
            team_cue = adjacent_title(mention, info.team_of, ctx)
            led = _nearest_side(ctx, info, mention) or focus if team_cue else None
            if team_cue and led:
                _add(found, ctx, info, mention, led, team_cue.label, "first_team", None)
            coached = _club_of_person(ctx, info, mention)
            if coached:
                _add(found, ctx, info, mention, coached, "head_coach", "first_team", None)
            cue = adjacent_title(mention, cues, ctx)
            if cue is None:
                continue
            club = _club_for(ctx, info, cue.start, cue.end, mention)
            if club is None and focus and {str(c.value) for c in info.clubs} <= {focus}:
                club = focus  # "le président Pablo Longoria" in an article about the OM
            if club is None:
                continue
            team = _team(info, cue.start)
            until = _until(ctx, info) if cue.label == "player" or mention.start > cue.end else None
            _add(found, ctx, info, mention, club, cue.label, team, until)
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
        if move.status != "official" or move.salience != "main" or move.type == "departure":
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
    return None


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


def _team(info: SentenceInfo, pos: int) -> str:
    for cue in info.teams:
        if abs(cue.start - pos) <= 30:
            return cue.label
    return "first_team"


def _until(ctx: ArticleContext, info: SentenceInfo) -> str | None:
    for _start, end, _ in ctx.lex.until_words.find(ctx.folded, info.start, info.end):
        m = _YEAR_AFTER.match(ctx.folded, end, info.end)
        if m:
            month = _MONTHS.get(m.group("month") or "")
            return f"{m.group('year')}-{month}" if month else m.group("year")
    return None
