"""The web board: server-rendered pages over the same read model as the REST API.

Pages take their filters as plain strings and check them themselves, so a bad value shows
the page again with a message (400) instead of a JSON error. All text reaches the HTML
through Jinja's autoescaping; highlighted spans are cut in Python (:mod:`.highlight`) and
printed segment by segment. Nothing is loaded from outside the server.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

import jinja2
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from mercato.api.highlight import evidence_segments, mention_spans, segments
from mercato.api.reads import Reads
from mercato.model import LANGUAGES, MOVE_TYPES, STATUSES, Article, Skip
from mercato.stories import STAGES, parse_day

HERE = Path(__file__).parent
BOARD_PAGE = 30
LIST_PAGE = 100
MAX_PASTE_CHARS = 200_000
ROLE_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Ownership and management", ("owner", "president", "ceo", "executive")),
    (
        "Sporting direction",
        (
            "sporting_director",
            "deputy_sporting_director",
            "technical_director",
            "head_of_recruitment",
            "scout",
            "academy_director",
        ),
    ),
    ("Coaching staff", ("head_coach", "assistant_coach", "goalkeeper_coach", "fitness_coach")),
    ("Other staff", ("staff",)),
    ("Players", ("player",)),
)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


def _label(value: Any) -> str:
    return str(value or "").replace("_", " ")


def _fee(value: Any) -> str:
    if value is None:
        return ""
    amount = float(value)
    if amount >= 1_000_000:
        return f"€{amount / 1_000_000:.1f}m".replace(".0m", "m")
    if amount >= 1_000:
        return f"€{amount / 1_000:.0f}k"
    return f"€{amount:.0f}"


def _path(value: Any) -> str:
    return quote(str(value), safe="")


def _web_url(value: Any) -> bool:
    """Whether ``value`` is safe to link to (http or https, not ``javascript:``)."""
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(label=_label, fee=_fee, path=_path, web_url=_web_url)
    env.globals.update(statuses=STATUSES, move_types=MOVE_TYPES, languages=LANGUAGES)
    return env


templates = Jinja2Templates(env=_environment())


def render(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def _reads(request: Request) -> Reads:
    return request.app.state.reads


def _query(**params: Any) -> str:
    """A query string of the non-empty ``params``; ``?`` alone when all are empty."""
    kept = {k: v for k, v in params.items() if v not in (None, "", False, 0)}
    return "?" + urlencode(kept)


def _pages(start: int, size: int, total: int, **params: Any) -> tuple[str | None, str | None]:
    """The links to the previous and next pages, None where there is none."""
    previous = _query(**params, offset=max(0, start - size)) if start > 0 else None
    following = _query(**params, offset=start + size) if start + size < total else None
    return previous, following


def _int(value: str | None, default: int, name: str, errors: list[str]) -> int:
    if value in (None, ""):
        return default
    if not value.isdigit() or len(value) > 9:
        errors.append(f"{name} must be a whole number ≥ 0, not {value!r}")
        return default
    return int(value)


def _choice(value: str | None, choices: tuple[str, ...], name: str, errors: list[str]) -> str:
    if not value:
        return ""
    if value not in choices:
        errors.append(f"unknown {name} {value!r}; choose one of {', '.join(choices)}")
        return ""
    return value


def _day(value: str | None, name: str, errors: list[str]) -> str:
    if not value:
        return ""
    if len(value) > 10 or not value[:4].isdigit() or parse_day(value) is None:
        errors.append(f"{name}: {value!r} is not a date; write YYYY-MM-DD")
        return ""
    return value


@router.get("/")
def board(
    request: Request,
    club: str = "",
    person: str = "",
    status: str = "",
    type: str = "",
    lang: str = "",
    offset: str = "",
) -> HTMLResponse:
    """Newest stories first, with filters."""
    errors: list[str] = []
    filters = {
        "club": club.strip()[:200],
        "person": person.strip()[:200],
        "status": _choice(status, STATUSES, "status", errors),
        "type": _choice(type, MOVE_TYPES, "type", errors),
        "lang": _choice(lang, LANGUAGES, "language", errors),
    }
    start = _int(offset, 0, "offset", errors)
    reads = _reads(request)
    page = reads.stories(
        club=filters["club"] or None,
        person=filters["person"] or None,
        status=filters["status"] or None,
        type=filters["type"] or None,
        lang=filters["lang"] or None,
        limit=BOARD_PAGE,
        offset=start,
    )
    return render(
        request,
        "board.html",
        400 if errors else 200,
        errors=errors,
        filters=filters,
        page=page,
        clubs=[c["club"] for c in reads.clubs(limit=500)["items"]],
        links=_pages(start, BOARD_PAGE, page["total"], **filters),
    )


@router.get("/stories/{story_id:path}")
def story_page(request: Request, story_id: str) -> HTMLResponse:
    """One story's reports across outlets and languages, with highlighted evidence."""
    found = _reads(request).story(story_id)
    if found is None:
        raise HTTPException(404, f"No story {story_id!r}. The board lists them.")
    reports = []
    for report in found["timeline"]:
        names = {found["person"], report["person"]}
        reports.append(
            {
                "report": report,
                "evidence": [
                    evidence_segments(e["text"], names, report["lang"]) for e in report["evidence"]
                ],
            }
        )
    furthest = max(
        (STAGES.index(status) for status in found["first_reported"] if status in STAGES),
        default=-1,
    )
    return render(
        request,
        "story.html",
        story=found,
        reports=reports,
        stages=[(stage, i <= furthest) for i, stage in enumerate(STAGES)],
    )


@router.get("/clubs")
def clubs_page(request: Request, offset: str = "") -> HTMLResponse:
    """Clubs with stories, most stories first."""
    errors: list[str] = []
    start = _int(offset, 0, "offset", errors)
    page = _reads(request).clubs(limit=LIST_PAGE, offset=start)
    return render(
        request,
        "clubs.html",
        400 if errors else 200,
        errors=errors,
        page=page,
        links=_pages(start, LIST_PAGE, page["total"]),
    )


@router.get("/clubs/{name:path}")
def club_page(request: Request, name: str, at: str = "", players: str = "") -> HTMLResponse:
    """A club's organisation chart on a date, its ins and outs, its open rumours."""
    errors: list[str] = []
    day = _day(at, "date", errors) or date.today().isoformat()
    reads = _reads(request)
    canonical = reads.known_club(name)
    if canonical is None:
        raise HTTPException(404, f"No club {name!r} is known. The clubs page lists them.")
    chart = reads.club_chart(canonical, at=day, players=bool(players))
    groups = []
    for title, roles in ROLE_GROUPS:
        held = [p for p in chart["positions"] if p["role"] in roles]
        if held:
            groups.append((title, held))
    return render(
        request,
        "club.html",
        400 if errors else 200,
        errors=errors,
        chart=chart,
        groups=groups,
        players=bool(players),
    )


@router.get("/people")
def people_page(request: Request, q: str = "", offset: str = "") -> HTMLResponse:
    """People with stories, most stories first."""
    errors: list[str] = []
    start = _int(offset, 0, "offset", errors)
    query = q.strip()[:200]
    page = _reads(request).people(query=query or None, limit=LIST_PAGE, offset=start)
    return render(
        request,
        "people.html",
        400 if errors else 200,
        errors=errors,
        q=query,
        page=page,
        links=_pages(start, LIST_PAGE, page["total"], q=query),
    )


@router.get("/people/{name:path}")
def person_page(request: Request, name: str) -> HTMLResponse:
    """A person's career: their stories and the jobs they were reported holding."""
    found = _reads(request).person(name)
    if not found["timeline"]:
        raise HTTPException(404, f"Nothing stored about {name!r}. The people page lists them.")
    return render(request, "person.html", person=found)


@router.get("/sources")
def sources_page(request: Request, min_claims: str = "", kind: str = "") -> HTMLResponse:
    """Outlets, journalists and credited sources, with how often their rumours came true."""
    errors: list[str] = []
    minimum = _int(min_claims, 1, "min_claims", errors)
    kind = _choice(kind, ("outlet", "journalist", "credited"), "kind", errors)
    table = _reads(request).sources(min_claims=minimum)
    items = [i for i in table["items"] if not kind or i["kind"] == kind]
    chart = sorted(items, key=lambda i: (-i["rumours"], -i["reliability"], i["source"]))[:20]
    return render(
        request,
        "sources.html",
        400 if errors else 200,
        errors=errors,
        table=table,
        items=items,
        chart=chart,
        min_claims=minimum,
        kind=kind,
    )


@router.get("/extract")
def extract_form(request: Request) -> HTMLResponse:
    """A form to paste an article and see what mercato finds in it."""
    return render(request, "extract.html", text="", published="", result=None, errors=[])


@router.post("/extract")
async def extract_page(
    request: Request,
    text: Annotated[str, Form()] = "",
    published: Annotated[str, Form()] = "",
) -> HTMLResponse:
    """What mercato extracts from the pasted text, highlighted; nothing is stored."""
    errors: list[str] = []
    day = _day(published.strip(), "published", errors)
    if not text.strip():
        errors.append("paste the text of an article first")
    elif len(text) > MAX_PASTE_CHARS:
        errors.append(
            f"the text is {len(text):,} characters long; paste at most {MAX_PASTE_CHARS:,}"
        )
    if errors:
        return render(
            request,
            "extract.html",
            400,
            text=text,
            published=published,
            result=None,
            errors=errors,
        )
    article = Article(text=text.replace("\r\n", "\n"), file="pasted", published=day or None)
    extractor = request.app.state.extractor
    result: Article | Skip = await run_in_threadpool(extractor.extract, article)
    if isinstance(result, Skip):
        return render(
            request,
            "extract.html",
            422,
            text=text,
            published=published,
            result=None,
            errors=[f"mercato could not read this article ({result.stage}): {result.reason}"],
        )
    return render(
        request,
        "extract.html",
        text=text,
        published=published,
        result=result,
        text_parts=segments(result.text, mention_spans(result.mentions)),
        errors=[],
    )


@router.get("/docs")
def api_docs(request: Request) -> HTMLResponse:
    """The REST API described from its OpenAPI schema, readable without JavaScript."""
    schema = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, **operation}
        for path, methods in schema["paths"].items()
        for method, operation in methods.items()
    ]
    return render(request, "docs.html", schema=schema, operations=operations)
