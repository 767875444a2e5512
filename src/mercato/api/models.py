"""The shapes the REST API returns, as pydantic models, so /openapi.json is exact.

They mirror the dicts of :mod:`mercato.store.queries` field for field (those dicts stay the
single source of the data; these models only describe and check it). Dates that name a day
are ``date``; dates as an article writes them (``2024-06``) stay strings.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from mercato.model import LANGUAGES, MOVE_TYPES, ROLES, STATUSES, TEAMS

Status = StrEnum("Status", {s: s for s in STATUSES})  # type: ignore[misc]
MoveType = StrEnum("MoveType", {t: t for t in MOVE_TYPES})  # type: ignore[misc]
Language = StrEnum("Language", {code: code for code in LANGUAGES})  # type: ignore[misc]
Role = StrEnum("Role", {r: r for r in ROLES})  # type: ignore[misc]
Team = StrEnum("Team", {t: t for t in TEAMS})  # type: ignore[misc]


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class _Page(_Out):
    """What every page of a list has; each page model adds its ``items``."""

    total: int
    limit: int
    offset: int


class Evidence(_Out):
    """A stretch of the article's raw text a fact was read from."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class StorySummary(_Out):
    """One story: the same real-world move, across articles and languages."""

    id: str
    kind: str
    type: MoveType
    person: str
    to_club: str
    from_club: str | None
    role: str | None
    status: Status
    fee_eur: float | None
    main: bool = Field(description="Whether any report gives it as news, not background.")
    first_day: date | None
    last_day: date | None
    reports: int = Field(description="How many article reports it has.")
    outlets: int = Field(description="How many distinct outlets (or articles) reported it.")
    languages: list[str]


class StoryPage(_Page):
    items: list[StorySummary]


class MoveReport(_Out):
    """One article's report of a move."""

    id: int
    article_id: str
    seq: int
    type: MoveType
    person: str
    to_club: str
    from_club: str | None
    role: str | None
    status: Status
    fee_eur: float | None
    sources: list[str]
    salience: Literal["main", "background"]
    story_id: str | None
    evidence: list[Evidence]
    day: date | None
    outlet: str | None
    author: str | None
    lang: str | None


class MovePage(_Page):
    items: list[MoveReport]


class TimelineReport(MoveReport):
    """A report in a story's timeline, with where the article came from."""

    url: str | None
    file: str | None
    published: str | None


class StatusChange(_Out):
    status: Status
    day: date | None
    report: int = Field(description="The id of the report that moved the status.")


class FirstReport(_Out):
    id: int
    day: date | None
    outlet: str | None
    author: str | None
    lang: str | None


class StoryDetail(StorySummary):
    """A story with its reports in date order, how its status moved, and who said it first."""

    timeline: list[TimelineReport]
    status_history: list[StatusChange]
    first_reported: dict[str, FirstReport] = Field(
        description="For each status reached, the first report that asserted it."
    )


class ArticleSummary(_Out):
    id: str
    file: str | None
    url: str | None
    outlet: str | None
    author: str | None
    lang: str | None
    published: str | None
    day: date | None
    ingested_at: str


class ArticlePage(_Page):
    items: list[ArticleSummary]


class MoveOut(_Out):
    """A move in the public JSON of ANNOTATION.md."""

    type: MoveType
    person: str
    to_club: str
    from_club: str | None
    role: str | None
    status: Status
    fee_eur: float | None
    sources: list[str]
    salience: Literal["main", "background"]
    story: str | None
    evidence: list[Evidence]


class RoleOut(_Out):
    """A role in the public JSON of ANNOTATION.md."""

    person: str
    club: str
    role: Role
    team: Team
    since: str | None
    until: str | None
    evidence: list[Evidence]


class ArticleOut(_Out):
    """An article in the public JSON of ANNOTATION.md."""

    id: str
    file: str | None
    lang: str | None
    published: str | None
    author: str | None
    url: str | None
    moves: list[MoveOut]
    roles: list[RoleOut]


class StoredArticle(ArticleOut):
    """A stored article with its raw text (every evidence offset points into it)."""

    text: str


class ClubCount(_Out):
    club: str
    stories: int


class ClubPage(_Page):
    items: list[ClubCount]


class LatestReport(_Out):
    person: str
    role: str | None
    day: date | None
    article_id: str
    outlet: str | None
    author: str | None
    evidence: str | None


class Position(_Out):
    """Someone holding a job at the club on the chart's date."""

    role: str
    person: str
    first_reported: date | None
    latest_report: LatestReport
    reports: int


class ClubChart(_Out):
    club: str
    at: date
    positions: list[Position]
    ins: list[StorySummary] = Field(description="Official arrivals in the year before `at`.")
    outs: list[StorySummary] = Field(description="Official departures in the year before `at`.")
    rumours: list[StorySummary] = Field(description="Open rumours of the 180 days before `at`.")


class PersonCount(_Out):
    person: str
    stories: int


class PersonPage(_Page):
    items: list[PersonCount]


class Job(_Out):
    club: str
    role: str
    first_reported: date | None
    last_reported: date | None
    reports: int


class CareerEvent(_Out):
    day: date | None
    kind: Literal["story", "role"]
    story: StorySummary | None = None
    role: Job | None = None


class PersonTimeline(_Out):
    person: str = Field(description="The fullest spelling stored.")
    names: list[str]
    timeline: list[CareerEvent]


class SourceStat(_Out):
    kind: Literal["outlet", "journalist", "credited"]
    source: str
    reports: int
    rumours: int = Field(description="Stories it reported short of official.")
    came_true: int
    fell_through: int
    open: int
    first: int = Field(description="Stories it reported on their first day.")
    reliability: float = Field(ge=0, le=1)


class SourceTable(_Out):
    prior: float
    prior_weight: float
    items: list[SourceStat]


class SkipOut(_Out):
    """An input that was not stored, and why."""

    source: str
    stage: str
    reason: str


class IngestedArticle(ArticleOut):
    """What was extracted from one posted article, story ids included."""

    stored: Literal["added", "already_stored"]


class IngestReport(_Out):
    added: int
    already_stored: int
    articles: list[IngestedArticle]
    skipped: list[SkipOut]


class ArticleIn(BaseModel):
    """One article to extract: its text, or an HTML page to take the text from."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={"anyOf": [{"required": ["text"]}, {"required": ["html"]}]},
    )

    text: str | None = Field(None, pattern=r"\S", description="The article's raw text.")
    html: str | None = Field(
        None, pattern=r"\S", description="An HTML page (read when `text` is absent)."
    )
    url: str | None = None
    published: str | None = Field(None, description="Publication date, ISO (2024-06-05).")
    author: str | None = None
    lang: Language | None = Field(None, description="Language, when known.")
    id: str | None = Field(None, description="Your name for the article, kept as `file`.")
    file: str | None = Field(None, description="Same as `id`, as `mercato extract` reads it.")


class Problem(_Out):
    """An error: what was wrong, and how to fix it."""

    detail: str
