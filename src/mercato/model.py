"""The data passed between mercato's stages.

An :class:`Article` enters the pipeline with its raw text and leaves it with mentions,
moves and roles. ``to_dict()`` on Article, Move and RoleFact *is* the public JSON format
described in ANNOTATION.md; extra fields are allowed, the documented ones are fixed.

This module imports nothing else from mercato.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

MoveType = Literal["transfer", "loan", "appointment", "departure", "extension"]
Status = Literal["rumour", "negotiating", "agreed", "official", "denied", "collapsed"]
Salience = Literal["main", "background"]
Team = Literal["first_team", "youth", "women", "reserve"]

MOVE_TYPES: tuple[str, ...] = ("transfer", "loan", "appointment", "departure", "extension")
STATUSES: tuple[str, ...] = ("rumour", "negotiating", "agreed", "official", "denied", "collapsed")
ROLES: tuple[str, ...] = (
    "player",
    "head_coach",
    "assistant_coach",
    "fitness_coach",
    "goalkeeper_coach",
    "sporting_director",
    "deputy_sporting_director",
    "technical_director",
    "academy_director",
    "head_of_recruitment",
    "scout",
    "president",
    "owner",
    "ceo",
    "executive",
    "staff",
)
TEAMS: tuple[str, ...] = ("first_team", "youth", "women", "reserve")
LANGUAGES: tuple[str, ...] = ("fr", "it", "es", "en", "de", "pt")


@dataclass(frozen=True)
class Evidence:
    """A stretch of the raw article text that a fact was read from."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Tweet:
    """A tweet pasted into an article: its span in the raw text and who posted it."""

    start: int
    end: int
    author: str | None  # display name, e.g. "Gianluca Di Marzio"
    handle: str | None  # without "@", e.g. "DiMarzio"
    date: str | None = None  # as written, e.g. "November 3, 2025"


@dataclass(frozen=True)
class Mention:
    """A typed span of the article text.

    ``label`` is one of PERSON, CLUB, ROLE, SOURCE, FEE, DATE; ``value`` is what the span
    resolves to (canonical club name, role id, outlet name, fee in euros, ISO date...).
    """

    label: str
    start: int
    end: int
    text: str
    value: Any = None
    score: float = 1.0


@dataclass(frozen=True)
class Move:
    """One claim that a person changes situation at a club (ANNOTATION.md, "Moves")."""

    type: str
    person: str
    to_club: str
    from_club: str | None = None
    role: str | None = None
    status: str = "rumour"
    fee_eur: float | None = None
    sources: tuple[str, ...] = ()
    salience: str = "main"
    story: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        fee = self.fee_eur
        return {
            "type": self.type,
            "person": self.person,
            "to_club": self.to_club,
            "from_club": self.from_club,
            "role": self.role,
            "status": self.status,
            "fee_eur": int(fee) if fee is not None and float(fee).is_integer() else fee,
            "sources": list(self.sources),
            "salience": self.salience,
            "story": self.story,
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True)
class RoleFact:
    """A person holding a job at a club as of the article (ANNOTATION.md, "Roles")."""

    person: str
    club: str
    role: str
    team: str = "first_team"
    since: str | None = None
    until: str | None = None
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "club": self.club,
            "role": self.role,
            "team": self.team,
            "since": self.since,
            "until": self.until,
            "evidence": [e.to_dict() for e in self.evidence],
        }


def content_id(text: str) -> str:
    """A stable id for an article: the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass
class Article:
    """One news article, enriched stage by stage.

    ``text`` is the raw text as read (after HTML extraction for HTML input); every offset
    in mentions and evidence points into it. ``body_start`` is where the text begins after
    a leading metadata line, and ``tweets`` lists pasted tweets found in the text.
    """

    text: str
    file: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    lang: str | None = None
    id: str = ""
    body_start: int = 0
    tweets: list[Tweet] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    moves: list[Move] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_id(self.text)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "file": self.file,
            "lang": self.lang,
            "published": self.published,
            "author": self.author,
            "url": self.url,
            "moves": [m.to_dict() for m in self.moves],
            "roles": [r.to_dict() for r in self.roles],
        }


@dataclass(frozen=True)
class Skip:
    """An input that could not be processed, and why. The batch goes on without it."""

    source: str  # file name, "path:line" for JSONL records, or "<stdin>"
    stage: str  # "read", "ingest", "nlp", "extract"...
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "stage": self.stage, "reason": self.reason}
