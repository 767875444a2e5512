"""The questions the store answers, shared by the CLI, the REST API and the web pages.

Every function takes a :class:`~mercato.store.Store` and returns plain JSON-ready dicts
(dates as ISO strings), so the three front ends print, serve or render the same thing.
Club names given by users are resolved through the club knowledge base (``Marsiglia``,
``l'OM`` and ``Marseille`` all mean Olympique de Marseille); person names match the way
stories do (``Xavi`` finds ``Xavi Hernández``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from mercato.model import Article, Evidence, Move, RoleFact
from mercato.nlp.people import name_tokens, same_person
from mercato.store import schema
from mercato.store.db import Store, as_day
from mercato.stories import STAGES, WINDOW_DAYS, story_status

# Jobs one person holds at a time; other roles (executive, scout, player...) may be many.
SINGLE_HOLDER_ROLES: frozenset[str] = frozenset(
    {
        "head_coach",
        "sporting_director",
        "deputy_sporting_director",
        "technical_director",
        "academy_director",
        "head_of_recruitment",
        "president",
        "owner",
        "ceo",
    }
)
# The order jobs are listed in on an organisation chart, top to bottom.
CHART_ORDER = (
    "owner",
    "president",
    "ceo",
    "executive",
    "sporting_director",
    "deputy_sporting_director",
    "technical_director",
    "head_of_recruitment",
    "scout",
    "academy_director",
    "head_coach",
    "assistant_coach",
    "goalkeeper_coach",
    "fitness_coach",
    "staff",
    "player",
)
# How a rumour is judged once its story has an outcome.
CLAIM_STAGES: frozenset[str] = frozenset({"rumour", "negotiating", "agreed"})
CAME_TRUE = "official"
FELL_THROUGH: frozenset[str] = frozenset({"collapsed", "denied"})
# Reliability is smoothed toward the prior as if each source had this many extra claims.
PRIOR_WEIGHT = 4.0
MAX_LIMIT = 500


@cache
def _club_resolver() -> Any:
    from mercato.nlp.clubs import ClubResolver

    return ClubResolver.default()


def resolve_club(name: str) -> str:
    """The canonical club for a user's spelling, or the spelling itself when unknown."""
    return _club_resolver().resolve(name.strip()) or name.strip()


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _row_dict(row: Any, drop: Iterable[str] = ("person_folded",)) -> dict[str, Any]:
    out = {k: _iso(v) for k, v in row._mapping.items() if k not in drop}
    for key in ("sources", "evidence"):
        if isinstance(out.get(key), str):
            out[key] = json.loads(out[key])
    return out


def _person_filter(column: Any, person: str) -> Any:
    """A coarse SQL filter on folded names; :func:`same_person` makes the final call."""
    words = [w for w in name_tokens(person) if len(w) > 1] or name_tokens(person)
    return or_(*[column.like(f"% {w} %") for w in words]) if words else column.like("%")


def _page(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def _bounded(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


# --------------------------------------------------------------------------- stories


def _filtered(
    query: Select[Any],
    c: Any,
    day: Any,
    club: str | None,
    person: str | None,
    status: str | None,
    type: str | None,
    since: str | date | None,
) -> Select[Any]:
    """``query`` narrowed by the filters stories and moves share (``c``: the columns)."""
    if club:
        canonical = resolve_club(club)
        query = query.where(or_(c.to_club == canonical, c.from_club == canonical))
    if person:
        query = query.where(_person_filter(c.person_folded, person))
    if status:
        query = query.where(c.status == status)
    if type:
        query = query.where(c.type == type)
    if since:
        query = query.where(day >= as_day(since))
    return query


def stories(
    store: Store,
    club: str | None = None,
    person: str | None = None,
    status: str | None = None,
    type: str | None = None,
    since: str | date | None = None,
    lang: str | None = None,
    include_background: bool = False,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Stories, latest report first, filtered; a page of them with the total count."""
    s = schema.stories
    query = _filtered(select(s), s.c, s.c.last_day, club, person, status, type, since)
    if lang:
        query = query.where(s.c.languages.like(f"%{lang}%"))
    if not include_background:
        query = query.where(s.c.main == 1)
    query = query.order_by(s.c.last_day.desc().nulls_last(), s.c.reports.desc(), s.c.id)
    limit = _bounded(limit)
    total, rows = _paged(store, query, limit, offset, person)
    return _page(total, limit, offset, [_story_item(r) for r in rows])


def _paged(
    store: Store, query: Select[Any], limit: int, offset: int, person: str | None
) -> tuple[int, list[Any]]:
    """The total and one page of ``query``'s rows. A person filter is decided in Python
    (name variants), so then the coarse SQL matches are all read; otherwise SQL pages."""
    with store.connect() as conn:
        if person:
            rows = [r for r in conn.execute(query) if same_person(person, r.person)]
            return len(rows), rows[offset : offset + limit]
        total = conn.execute(
            select(func.count()).select_from(query.order_by(None).subquery())
        ).scalar_one()
        return total, list(conn.execute(query.limit(limit).offset(offset)))


def _story_item(row: Any) -> dict[str, Any]:
    item = _row_dict(row)
    item["languages"] = [x for x in (item.get("languages") or "").split(",") if x]
    item["main"] = bool(item["main"])
    return item


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story with its timeline of reports, how its status moved, and who said it first."""
    s, m, a = schema.stories, schema.moves, schema.articles
    with store.connect() as conn:
        row = conn.execute(select(s).where(s.c.id == story_id)).first()
        if row is None:
            return None
        reports = list(
            conn.execute(
                select(m, a.c.outlet, a.c.author, a.c.lang, a.c.url, a.c.file, a.c.published)
                .join(a, a.c.id == m.c.article_id)
                .where(m.c.story_id == story_id)
                .order_by(m.c.day.nulls_last(), m.c.id)
            )
        )
    timeline = [_report_item(r) for r in reports]
    firsts: dict[str, dict[str, Any]] = {}
    for item in timeline:
        firsts.setdefault(item["status"], item)
    history: list[dict[str, Any]] = []
    seen: list[str] = []
    for item in timeline:
        seen.append(item["status"])
        now = story_status(seen)
        if not history or history[-1]["status"] != now:
            history.append({"status": now, "day": item["day"], "report": item["id"]})
    out = _story_item(row)
    out["timeline"] = timeline
    out["status_history"] = history
    out["first_reported"] = {
        status: {k: firsts[status][k] for k in ("id", "day", "outlet", "author", "lang")}
        for status in (*STAGES, "denied", "collapsed")
        if status in firsts
    }
    return out


def _report_item(row: Any) -> dict[str, Any]:
    item = _row_dict(row)
    item["published"] = row.published
    return item


# --------------------------------------------------------------------------- moves, articles


def moves(
    store: Store,
    club: str | None = None,
    person: str | None = None,
    status: str | None = None,
    type: str | None = None,
    since: str | date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> dict[str, Any]:
    """Every stored report of a move, newest first, filtered."""
    m, a = schema.moves, schema.articles
    query = select(m, a.c.outlet, a.c.author, a.c.lang).join(a, a.c.id == m.c.article_id)
    query = _filtered(query, m.c, m.c.day, club, person, status, type, since)
    query = query.order_by(m.c.day.desc().nulls_last(), m.c.id.desc())
    limit = _bounded(limit)
    total, rows = _paged(store, query, limit, offset, person)
    return _page(total, limit, offset, [_row_dict(r) for r in rows])


def articles(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Stored articles, newest first, without their text."""
    a = schema.articles
    limit = _bounded(limit)
    columns = [c for c in a.c if c.name != "text"]
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(a)).scalar_one()
        rows = conn.execute(
            select(*columns)
            .order_by(a.c.day.desc().nulls_last(), a.c.id)
            .limit(limit)
            .offset(offset)
        )
        items = [_row_dict(r) for r in rows]
    return _page(total, limit, offset, items)


def article(store: Store, article_id: str) -> Article | None:
    """A stored article rebuilt as the pipeline's :class:`Article`, moves and roles included."""
    a, m, r = schema.articles, schema.moves, schema.roles
    with store.connect() as conn:
        row = conn.execute(select(a).where(a.c.id == article_id)).first()
        if row is None:
            return None
        move_rows = conn.execute(select(m).where(m.c.article_id == article_id).order_by(m.c.seq))
        role_rows = conn.execute(select(r).where(r.c.article_id == article_id).order_by(r.c.seq))
        return _article_from_rows(row, move_rows, role_rows)


def _evidence(text: str) -> tuple[Evidence, ...]:
    return tuple(Evidence(e["text"], e["start"], e["end"]) for e in json.loads(text or "[]"))


def _article_from_rows(row: Any, move_rows: Iterable[Any], role_rows: Iterable[Any]) -> Article:
    result = Article(
        text=row.text,
        file=row.file,
        url=row.url,
        published=row.published,
        author=row.author,
        lang=row.lang,
        id=row.id,
    )
    result.moves = [
        Move(
            type=x.type,
            person=x.person,
            to_club=x.to_club,
            from_club=x.from_club,
            role=x.role,
            status=x.status,
            fee_eur=x.fee_eur,
            sources=tuple(json.loads(x.sources or "[]")),
            salience=x.salience,
            story=x.story_id,
            evidence=_evidence(x.evidence),
        )
        for x in move_rows
    ]
    result.roles = [
        RoleFact(
            person=x.person,
            club=x.club,
            role=x.role,
            team=x.team,
            since=x.since,
            until=x.until,
            evidence=_evidence(x.evidence),
        )
        for x in role_rows
    ]
    return result


def iter_articles(store: Store, batch: int = 500) -> Iterable[Article]:
    """Every stored article with its moves and roles, in id order (for export)."""
    a, m, r = schema.articles, schema.moves, schema.roles
    last = ""
    while True:
        with store.connect() as conn:
            rows = list(conn.execute(select(a).where(a.c.id > last).order_by(a.c.id).limit(batch)))
            if not rows:
                return
            ids = [x.id for x in rows]
            by_move: dict[str, list[Any]] = defaultdict(list)
            by_role: dict[str, list[Any]] = defaultdict(list)
            for x in conn.execute(select(m).where(m.c.article_id.in_(ids)).order_by(m.c.seq)):
                by_move[x.article_id].append(x)
            for x in conn.execute(select(r).where(r.c.article_id.in_(ids)).order_by(r.c.seq)):
                by_role[x.article_id].append(x)
        for row in rows:
            yield _article_from_rows(row, by_move[row.id], by_role[row.id])
        last = rows[-1].id


# --------------------------------------------------------------------------- clubs


def club_chart(
    store: Store, club: str, at: str | date | None = None, players: bool = False
) -> dict[str, Any]:
    """Who holds which job at ``club`` on ``at`` (default today), with evidence.

    Built from roles (someone is reported holding a job) and official moves (an
    appointment or a signing starts a tenure; a departure or a move elsewhere ends it).
    For jobs one person holds at a time, the most recently reported holder wins.
    Also lists the official ins and outs of the year before ``at`` and the rumours open
    on that day (:func:`open_rumours`).
    """
    canonical = resolve_club(club)
    day = as_day(at) or date.today()
    m, r, a = schema.moves, schema.roles, schema.articles
    facts: list[dict[str, Any]] = []
    with store.connect() as conn:
        role_rows = conn.execute(
            select(r, a.c.outlet, a.c.author)
            .join(a, a.c.id == r.c.article_id)
            .where(r.c.club == canonical, or_(r.c.day.is_(None), r.c.day <= day))
        )
        for x in role_rows:
            facts.append(_fact(x, "start", x.role, x.day))
        move_rows = conn.execute(
            select(m, a.c.outlet, a.c.author)
            .join(a, a.c.id == m.c.article_id)
            .where(
                m.c.status == "official",
                or_(m.c.day.is_(None), m.c.day <= day),
                or_(m.c.to_club == canonical, m.c.from_club == canonical),
            )
        )
        for x in move_rows:
            if x.type == "departure" or (x.to_club != canonical and x.from_club == canonical):
                facts.append(_fact(x, "end", x.role, x.day))
            elif x.type != "extension" or x.role:
                facts.append(_fact(x, "start", x.role or "player", x.day))
    positions = _holders(facts, players)
    since = day - timedelta(days=365)
    ins = stories_between(store, canonical, since, day, arriving=True)
    outs = stories_between(store, canonical, since, day, arriving=False)
    rumours = open_rumours(store, canonical, day)
    return {
        "club": canonical,
        "at": day.isoformat(),
        "positions": positions,
        "ins": ins,
        "outs": outs,
        "rumours": rumours,
    }


def open_rumours(
    store: Store, club: str, day: date, recent_days: int = 180
) -> list[dict[str, Any]]:
    """Stories toward ``club`` that were open on ``day``: reported in the ``recent_days``
    before it, and short of official, denied or collapsed as of that day (a rumour that
    came true later was still a rumour then). ``status`` is the status on ``day``,
    ``status_now`` the latest."""
    m, s = schema.moves, schema.stories
    reports = (
        select(m.c.story_id, m.c.status, m.c.day)
        .where(
            m.c.to_club == club,
            m.c.salience == "main",
            m.c.type != "departure",
            m.c.day <= day,
            m.c.day >= day - timedelta(days=recent_days + WINDOW_DAYS),
        )
        .order_by(m.c.day, m.c.id)
    )
    then: dict[str, list[Any]] = defaultdict(list)
    with store.connect() as conn:
        for row in conn.execute(reports):
            then[row.story_id].append(row)
        recent = day - timedelta(days=recent_days)
        open_ids = {
            story_id: status
            for story_id, rows in then.items()
            if rows[-1].day >= recent
            and (status := story_status(r.status for r in rows)) in CLAIM_STAGES
        }
        rows = conn.execute(select(s).where(s.c.id.in_(sorted(open_ids)))) if open_ids else []
        items = []
        for row in rows:
            item = _story_item(row)
            item["status_now"], item["status"] = item["status"], open_ids[row.id]
            items.append(item)
    items.sort(key=lambda i: (i["last_day"] or "", i["id"]), reverse=True)
    return items


def _fact(row: Any, kind: str, role: str | None, day: date | None) -> dict[str, Any]:
    evidence = json.loads(row.evidence or "[]")
    return {
        "kind": kind,
        "person": row.person,
        "role": role,
        "day": day,
        "article_id": row.article_id,
        "outlet": row.outlet,
        "author": row.author,
        "evidence": evidence[0]["text"] if evidence else None,
    }


def _holders(facts: list[dict[str, Any]], players: bool) -> list[dict[str, Any]]:
    """Current holders per job from start and end facts, one entry per person and job."""
    people: list[tuple[str, list[dict[str, Any]]]] = []
    for fact in sorted(facts, key=lambda f: -len(f["person"].split())):
        for name, group in people:
            if same_person(fact["person"], name):
                group.append(fact)
                break
        else:
            people.append((fact["person"], [fact]))
    oldest = date.min
    candidates = []
    for name, group in people:
        group.sort(key=lambda f: (f["day"] or oldest, f["kind"] == "start"))
        starts = [f for f in group if f["kind"] == "start" and f["role"]]
        if not starts:
            continue
        latest = starts[-1]
        ends = [
            f
            for f in group
            if f["kind"] == "end" and (f["day"] or oldest) > (latest["day"] or oldest)
        ]
        if ends:
            continue
        role = latest["role"]
        if role == "player" and not players:
            continue
        first = min((f for f in starts if f["role"] == role), key=lambda f: f["day"] or oldest)
        candidates.append(
            {
                "role": role,
                "person": name,
                "first_reported": _iso(first["day"]),
                "latest_report": {k: _iso(v) for k, v in latest.items() if k != "kind"},
                "reports": len([f for f in starts if f["role"] == role]),
            }
        )
    by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in candidates:
        by_role[item["role"]].append(item)
    positions = []
    for role, items in by_role.items():
        items.sort(key=lambda i: i["latest_report"]["day"] or "", reverse=True)
        positions.extend(items[:1] if role in SINGLE_HOLDER_ROLES else items)
    order = {name: i for i, name in enumerate(CHART_ORDER)}
    positions.sort(key=lambda p: (order.get(p["role"], len(order)), p["person"]))
    return positions


def stories_between(
    store: Store, club: str, start: date, end: date, arriving: bool
) -> list[dict[str, Any]]:
    """Official arrivals at (or departures from) ``club`` whose last report is in the span."""
    s = schema.stories
    if arriving:
        where = and_(s.c.to_club == club, s.c.type != "departure", s.c.type != "extension")
    else:
        where = or_(s.c.from_club == club, and_(s.c.to_club == club, s.c.type == "departure"))
    query = (
        select(s)
        .where(where, s.c.status == "official", s.c.last_day >= start, s.c.last_day <= end)
        .order_by(s.c.last_day.desc(), s.c.id)
    )
    with store.connect() as conn:
        return [_story_item(r) for r in conn.execute(query)]


def clubs(store: Store, limit: int = 50, offset: int = 0) -> dict[str, Any]:
    """Clubs with stories, most stories first."""
    s = schema.stories
    count = func.count().label("stories")
    query = select(s.c.to_club.label("club"), count).group_by(s.c.to_club)
    with store.connect() as conn:
        total = conn.execute(select(func.count()).select_from(query.subquery())).scalar_one()
        rows = conn.execute(
            query.order_by(count.desc(), s.c.to_club).limit(_bounded(limit)).offset(offset)
        )
        items = [{"club": r.club, "stories": r.stories} for r in rows]
    return _page(total, _bounded(limit), offset, items)


# --------------------------------------------------------------------------- people


def person(store: Store, name: str) -> dict[str, Any]:
    """A career timeline: the person's stories and the jobs they were reported holding."""
    s, r, a = schema.stories, schema.roles, schema.articles
    with store.connect() as conn:
        story_rows = [
            row
            for row in conn.execute(
                select(s).where(_person_filter(s.c.person_folded, name)).order_by(s.c.first_day)
            )
            if same_person(name, row.person)
        ]
        role_rows = [
            row
            for row in conn.execute(
                select(r, a.c.outlet)
                .join(a, a.c.id == r.c.article_id)
                .where(_person_filter(r.c.person_folded, name))
                .order_by(r.c.day)
            )
            if same_person(name, row.person)
        ]
    names = [row.person for row in (*story_rows, *role_rows)]
    full = max(names, key=lambda p: (len(p.split()), len(p))) if names else name
    jobs: dict[tuple[str, str], dict[str, Any]] = {}
    for row in role_rows:
        key = (row.club, row.role)
        job = jobs.setdefault(
            key,
            {"club": row.club, "role": row.role, "first_reported": _iso(row.day), "reports": 0},
        )
        job["last_reported"] = _iso(row.day)
        job["reports"] += 1
    events = [
        {"day": _iso(row.first_day), "kind": "story", "story": _story_item(row)}
        for row in story_rows
    ] + [{"day": job["first_reported"], "kind": "role", "role": job} for job in jobs.values()]
    events.sort(key=lambda e: e["day"] or "")
    return {"person": full, "names": sorted(set(names)), "timeline": events}


def _blocking_words(words: tuple[str, ...] | list[str]) -> set[str]:
    """The words under which a name can meet another that :func:`same_person` accepts.

    Two names it accepts share their last word, or one is a single word equal to the
    other's first or last word; so a name is filed under its first and last words.
    """
    return {words[0], words[-1]} if words else set()


def people(
    store: Store, query: str | None = None, limit: int = 50, offset: int = 0
) -> dict[str, Any]:
    """People with stories, most stories first, optionally matching ``query``.

    Names are taken longest first and each joins the earliest group whose first name
    :func:`same_person` accepts, comparing it only with the groups filed under its first
    or last word (so listing people stays fast on a large store).
    """
    s = schema.stories
    select_query = select(s.c.person, s.c.person_folded)
    if query:
        select_query = select_query.where(_person_filter(s.c.person_folded, query))
    with store.connect() as conn:
        rows = list(conn.execute(select_query))
    groups: list[list[str]] = []
    by_word: dict[str, list[int]] = defaultdict(list)
    for row in sorted(rows, key=lambda x: -len(x.person.split())):
        if query and not same_person(query, row.person):
            continue
        words = name_tokens(row.person)
        candidates = sorted({i for w in _blocking_words(words) for i in by_word.get(w, ())})
        for index in candidates:
            if same_person(groups[index][0], row.person):
                groups[index].append(row.person)
                break
        else:
            groups.append([row.person])
            for word in _blocking_words(words):
                by_word[word].append(len(groups) - 1)
    items = [{"person": g[0], "stories": len(g)} for g in groups]
    items.sort(key=lambda i: (-i["stories"], i["person"]))
    limit = _bounded(limit)
    return _page(len(items), limit, offset, items[offset : offset + limit])


# --------------------------------------------------------------------------- sources


def sources(store: Store, min_claims: int = 1) -> dict[str, Any]:
    """Per outlet and journalist: rumours reported, how they ended, how often first.

    A *claim* is a source's report of a main move at a stage short of official (rumour,
    negotiating, agreed), counted once per story. It *came true* when the story later became
    official and *fell through* when it collapsed or was denied; otherwise it is open. The
    reliability is the share that came true among those decided, smoothed toward the share
    of all claimed stories that came true (the prior, itself Laplace-smoothed toward 1/2)
    as if each source had
    :data:`PRIOR_WEIGHT` more decided claims at the prior rate:
    ``(true + k * prior) / (decided + k)``. A source with few claims thus sits near the
    prior until its record says otherwise.
    """
    m, a, s = schema.moves, schema.articles, schema.stories
    query = (
        select(
            m.c.story_id,
            m.c.status,
            m.c.sources,
            m.c.day,
            a.c.outlet,
            a.c.author,
            s.c.status.label("story_status"),
            s.c.first_day,
        )
        .join(a, a.c.id == m.c.article_id)
        .join(s, s.c.id == m.c.story_id)
        .where(m.c.salience == "main")
    )
    per_source: dict[tuple[str, str], dict[str, Any]] = {}
    with store.connect() as conn:
        rows = list(conn.execute(query))
    for row in rows:
        names: set[tuple[str, str]] = set()
        if row.outlet:
            names.add(("outlet", row.outlet))
        if row.author:
            names.add(("journalist", row.author))
        for credited in json.loads(row.sources or "[]"):
            names.add(("credited", credited))
        for key in names:
            entry = per_source.setdefault(
                key, {"kind": key[0], "source": key[1], "reports": 0, "claims": {}, "first": set()}
            )
            entry["reports"] += 1
            if row.status in CLAIM_STAGES:
                entry["claims"][row.story_id] = row.story_status
            if row.first_day is not None and row.day == row.first_day:
                entry["first"].add(row.story_id)
    claimed = {row.story_id: row.story_status for row in rows if row.status in CLAIM_STAGES}
    true_all = sum(1 for o in claimed.values() if o == CAME_TRUE)
    decided_all = true_all + sum(1 for o in claimed.values() if o in FELL_THROUGH)
    prior = (true_all + 1) / (decided_all + 2)  # Laplace: 1/2 before any outcome is known
    for entry in per_source.values():
        outcomes = list(entry["claims"].values())
        entry["came_true"] = sum(1 for o in outcomes if o == CAME_TRUE)
        entry["fell_through"] = sum(1 for o in outcomes if o in FELL_THROUGH)
    items = []
    for entry in per_source.values():
        claims = len(entry["claims"])
        if claims < min_claims:
            continue
        decided = entry["came_true"] + entry["fell_through"]
        items.append(
            {
                "kind": entry["kind"],
                "source": entry["source"],
                "reports": entry["reports"],
                "rumours": claims,
                "came_true": entry["came_true"],
                "fell_through": entry["fell_through"],
                "open": claims - decided,
                "first": len(entry["first"]),
                "reliability": round(
                    (entry["came_true"] + PRIOR_WEIGHT * prior) / (decided + PRIOR_WEIGHT), 3
                ),
            }
        )
    items.sort(key=lambda i: (-i["reliability"], -i["rumours"], i["source"]))
    return {"prior": round(prior, 3), "prior_weight": PRIOR_WEIGHT, "items": items}
