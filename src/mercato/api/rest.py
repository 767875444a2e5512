"""The REST API under /api: thin routes over the cached read model and the writer.

Parameters are checked here (enums, dates, page bounds) so that a bad request gets a 422
naming the parameter and the accepted values, never an empty answer that looks like "no
news". Every answer has a pydantic model, which makes /openapi.json exact.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from pydantic import BeforeValidator
from starlette.concurrency import run_in_threadpool

from mercato.api import models
from mercato.api.reads import Reads
from mercato.api.security import require_token
from mercato.api.writes import BadInput, Writer, parse_body

MAX_LIMIT = 500
MAX_OFFSET = 1_000_000_000

router = APIRouter(prefix="/api", tags=["read"])

PROBLEM = {"model": models.Problem}
READ_ERRORS: dict[int | str, dict[str, Any]] = {
    422: {**PROBLEM, "description": "A parameter is invalid; `detail` says which and why."}
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {
    404: {**PROBLEM, "description": "Nothing stored under this name or id."}
}


def reads(request: Request) -> Reads:
    return request.app.state.reads


def writer(request: Request) -> Writer:
    return request.app.state.writer


ReadsDep = Annotated[Reads, Depends(reads)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (1 to 500).")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="How many items to skip.")]
Club = Annotated[
    str | None, Query(max_length=200, description="Club, any spelling: OM, Marsiglia, Marseille.")
]
Person = Annotated[
    str | None, Query(max_length=200, description="Person: full name or surname (Xavi, Amorim).")
]
StatusQ = Annotated[models.Status | None, Query(description="The story's status.")]
TypeQ = Annotated[models.MoveType | None, Query(description="The move's type.")]


def _day_text(value: Any) -> Any:
    """Only ``YYYY-MM-DD`` (pydantic alone would also take ``0`` as 1970-01-01)."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("write the date as YYYY-MM-DD")
    return value


Day = Annotated[date, BeforeValidator(_day_text)]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _json(body: bytes | None, missing: str = "not found") -> Response:
    """A cached JSON answer, or the 404 saying what is missing."""
    if body is None:
        raise HTTPException(404, missing)
    return Response(content=body, media_type="application/json")


def _value(choice: Any) -> str | None:
    return None if choice is None else str(choice.value)


def _filters(
    club: str | None, person: str | None, status: Any, type: Any, since: date | None
) -> dict[str, Any]:
    """The filters /stories and /moves share, as the read model takes them."""
    return {
        "club": club,
        "person": person,
        "status": _value(status),
        "type": _value(type),
        "since": _iso(since),
    }


@router.get("/stories", response_model=models.StoryPage, responses=READ_ERRORS)
def list_stories(
    reads: ReadsDep,
    club: Club = None,
    person: Person = None,
    status: StatusQ = None,
    type: TypeQ = None,
    since: Annotated[
        Day | None, Query(description="Only stories reported since this day (YYYY-MM-DD).")
    ] = None,
    lang: Annotated[
        models.Language | None, Query(description="Only stories reported in this language.")
    ] = None,
    background: Annotated[
        bool, Query(description="Include stories only mentioned as background.")
    ] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Stories (the same move across articles and languages), latest report first."""
    args = {
        **_filters(club, person, status, type, since),
        "lang": _value(lang),
        "include_background": background,
        "limit": limit,
        "offset": offset,
    }
    key = ("stories", *args.values())
    return _json(reads.encoded(key, models.StoryPage, lambda: reads.stories(**args)))


@router.get(
    "/stories/{story_id}",
    response_model=models.StoryDetail,
    responses={**NOT_FOUND, **READ_ERRORS},
)
def get_story(reads: ReadsDep, story_id: Annotated[str, Path(max_length=300)]) -> Any:
    """One story: its reports in date order, how its status moved, who said it first."""
    body = reads.encoded(("story", story_id), models.StoryDetail, lambda: reads.story(story_id))
    return _json(body, f"no story {story_id!r}; GET /api/stories lists them")


@router.get("/moves", response_model=models.MovePage, responses=READ_ERRORS)
def list_moves(
    reads: ReadsDep,
    club: Club = None,
    person: Person = None,
    status: Annotated[models.Status | None, Query(description="The report's status.")] = None,
    type: TypeQ = None,
    since: Annotated[
        Day | None, Query(description="Only reports since this day (YYYY-MM-DD).")
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Every stored report of a move, newest first."""
    args = {
        **_filters(club, person, status, type, since),
        "limit": limit,
        "offset": offset,
    }
    key = ("moves", *args.values())
    return _json(reads.encoded(key, models.MovePage, lambda: reads.moves(**args)))


@router.get("/articles", response_model=models.ArticlePage, responses=READ_ERRORS)
def list_articles(reads: ReadsDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Stored articles, newest first, without their text."""
    body = reads.encoded(
        ("articles", limit, offset), models.ArticlePage, lambda: reads.articles(limit, offset)
    )
    return _json(body)


@router.get(
    "/articles/{article_id}",
    response_model=models.StoredArticle,
    responses={**NOT_FOUND, **READ_ERRORS},
)
def get_article(reads: ReadsDep, article_id: Annotated[str, Path(max_length=64)]) -> Any:
    """A stored article in the public JSON of ANNOTATION.md, with its text."""

    def public() -> dict[str, Any] | None:
        found = reads.article(article_id)
        return None if found is None else {**found.to_dict(), "text": found.text}

    body = reads.encoded(("article", article_id), models.StoredArticle, public)
    return _json(body, f"no article {article_id!r}; GET /api/articles lists them")


@router.get("/clubs", response_model=models.ClubPage, responses=READ_ERRORS)
def list_clubs(reads: ReadsDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    """Clubs with stories, most stories first."""
    body = reads.encoded(
        ("clubs", limit, offset), models.ClubPage, lambda: reads.clubs(limit, offset)
    )
    return _json(body)


@router.get(
    "/clubs/{name}", response_model=models.ClubChart, responses={**NOT_FOUND, **READ_ERRORS}
)
def get_club(
    reads: ReadsDep,
    name: Annotated[str, Path(max_length=200, description="Club, any spelling.")],
    at: Annotated[
        Day | None, Query(description="The chart's day, YYYY-MM-DD (default today).")
    ] = None,
    players: Annotated[bool, Query(description="List players as well as staff.")] = False,
) -> Any:
    """A club's organisation chart on a date, its ins and outs, and its open rumours."""
    canonical = reads.known_club(name)
    if canonical is None:
        raise HTTPException(404, f"no club {name!r} is known; GET /api/clubs lists them")
    day = _iso(at) or date.today().isoformat()
    body = reads.encoded(
        ("club", canonical, day, players),
        models.ClubChart,
        lambda: reads.club_chart(canonical, at=day, players=players),
    )
    return _json(body)


@router.get("/people", response_model=models.PersonPage, responses=READ_ERRORS)
def list_people(
    reads: ReadsDep,
    q: Annotated[str | None, Query(max_length=200, description="Name to look for.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """People with stories, most stories first."""
    body = reads.encoded(
        ("people", q, limit, offset), models.PersonPage, lambda: reads.people(q, limit, offset)
    )
    return _json(body)


@router.get(
    "/people/{name}",
    response_model=models.PersonTimeline,
    responses={**NOT_FOUND, **READ_ERRORS},
)
def get_person(
    reads: ReadsDep,
    name: Annotated[str, Path(max_length=200, description="Full name or surname.")],
) -> Any:
    """A career timeline: the person's stories and the jobs they were reported holding."""

    def career() -> dict[str, Any] | None:
        found = reads.person(name)
        return found if found["timeline"] else None

    body = reads.encoded(("person", name), models.PersonTimeline, career)
    return _json(body, f"nothing stored about {name!r}; GET /api/people lists people")


@router.get("/sources", response_model=models.SourceTable, responses=READ_ERRORS)
def list_sources(
    reads: ReadsDep,
    min_claims: Annotated[
        int, Query(ge=0, le=1_000_000, description="Only sources with this many rumours.")
    ] = 1,
) -> Any:
    """Outlets, journalists and credited sources: their rumours and how often they came true."""
    body = reads.encoded(
        ("sources", min_claims), models.SourceTable, lambda: reads.sources(min_claims)
    )
    return _json(body)


def _article_schema() -> dict[str, Any]:
    """ArticleIn's JSON schema, its enum referring to the OpenAPI components."""
    schema = models.ArticleIn.model_json_schema(ref_template="#/components/schemas/{model}")
    schema.pop("$defs", None)
    return schema


ARTICLE_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": _article_schema()},
        "application/x-ndjson": {
            "schema": {
                "type": "array",
                "minItems": 1,
                "maxItems": 500,
                "items": _article_schema(),
                "description": "One article object per line (JSON lines), as `mercato extract` "
                "reads them.",
            }
        },
    },
}


@router.post(
    "/articles",
    tags=["write"],
    response_model=models.IngestReport,
    dependencies=[Depends(require_token)],
    openapi_extra={"requestBody": ARTICLE_BODY},
    responses={
        401: {**PROBLEM, "description": "No API token was sent."},
        403: {**PROBLEM, "description": "Wrong token, or the server takes no writes."},
        413: {**PROBLEM, "description": "The body is over 5 MB or holds over 500 articles."},
        415: {**PROBLEM, "description": "The content type is not JSON or JSON lines."},
        422: {**PROBLEM, "description": "An article cannot be read; nothing was stored."},
    },
)
async def post_articles(request: Request) -> Any:
    """Extract articles and store them; say what was found in each.

    Send one article as `application/json` (`{"text": ...}` or `{"html": ...}`, with
    optional `url`, `published`, `author`), or a batch as `application/x-ndjson`, one such
    object per line. If any article cannot be read, nothing is stored. Articles in a
    language mercato does not read are listed under `skipped`.
    """
    body = await request.body()
    try:
        articles = parse_body(body, request.headers.get("content-type"))
    except BadInput as exc:
        raise HTTPException(exc.status, "; ".join(exc.problems)) from exc
    write = writer(request)
    report = await run_in_threadpool(write.ingest, articles)
    request.app.state.reads.invalidate()
    return report
