"""Stories: the moves that different articles report about the same real-world move.

Ten outlets in four languages report one transfer; each report becomes a :class:`Move` in
its article. A story groups them. Two moves are the same story when they are of the same
kind (a transfer and a loan count as one kind, since outlets disagree on which it is),
name the same destination club (canonical names, so ``Marsiglia`` and ``Marseille`` agree),
name the same person (``Balzaretti`` / ``Federico Balzaretti``), and were reported within
:data:`WINDOW_DAYS` of the story's other reports (Mbappé to Real Madrid in 2022 and in 2024
are two stories).

Matching is online and near-linear: each story is indexed under blocking keys (kind,
club, one word of the person's name), so a new move is compared only with the few stories
that share a key, never with all of them. :class:`StoryIndex` is used by ``mercato
extract`` (as a pipeline stage) and by the store alike, so both give the same ids.

A story's status is computed from its reports in date order: the furthest stage reported
(rumour < negotiating < agreed < official) unless a later report says it was denied or
collapsed; a report after a denial overrides it again (:func:`story_status`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from urllib.parse import urlsplit

from mercato.datafiles import read_toml
from mercato.model import Article, Move
from mercato.nlp.people import name_tokens, same_person
from mercato.nlp.text import fold

# Reports more than this far from every other report of a story start a new story.
WINDOW_DAYS = 300
# A story that ended (official, collapsed) is not reopened by a report this much later.
CLOSED_AFTER_DAYS = 90

STAGES: tuple[str, ...] = ("rumour", "negotiating", "agreed", "official")
ENDINGS: frozenset[str] = frozenset({"denied", "collapsed"})
KIND_OF_TYPE: dict[str, str] = {
    "transfer": "transfer",
    "loan": "transfer",
    "appointment": "appointment",
    "departure": "departure",
    "extension": "extension",
}


def move_kind(move_type: str) -> str:
    """The kind under which moves may share a story (a loan and a transfer may)."""
    return KIND_OF_TYPE.get(move_type, move_type)


def parse_day(published: str | None) -> date | None:
    """The first day an ISO date of any precision can mean: "2024-06" -> 2024-06-01."""
    if not published:
        return None
    m = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", published.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def outlet_of(url: str | None) -> str | None:
    """The outlet that published an article, as its web host: "lequipe.fr"."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "http://[not-an-ip]": no host to credit
        return None
    host = host.removeprefix("www.")
    return host or None


def folded_name(name: str) -> str:
    """A name in its search form: " ruben amorim " (folded words between spaces)."""
    return " " + " ".join(name_tokens(name)) + " "


@cache
def _name_particles() -> frozenset[str]:
    return frozenset(read_toml("data", "names.toml").get("particles", ()))


def surname(name: str) -> str:
    """The last name with its particles: "Roberto De Zerbi" -> "De Zerbi"."""
    words = name.split()
    if not words:
        return "someone"
    start = len(words) - 1
    while start > 0 and words[start - 1] in _name_particles():
        start -= 1
    return " ".join(words[start:])


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def story_status(statuses: Iterable[str]) -> str | None:
    """The status a story has reached after reports with ``statuses``, in date order.

    The furthest stage reported wins; a denial or collapse reported later replaces it; a
    stage reported after a denial or collapse replaces that in turn.
    """
    current: str | None = None
    for status in statuses:
        if status in ENDINGS or current in ENDINGS or current is None:
            current = status
        elif status in STAGES and STAGES.index(status) > STAGES.index(current):
            current = status
    return current


@dataclass
class StoryEntry:
    """What the index keeps of a story to decide whether a new move belongs to it."""

    id: str
    kind: str
    club: str
    names: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None
    status: str | None = None

    def keys(self) -> set[tuple[str, str, str]]:
        club = fold(self.club)
        return {(self.kind, club, t) for name in self.names for t in name_tokens(name)}

    def accepts(self, person: str, day: date | None) -> bool:
        if not any(same_person(person, name) for name in self.names):
            return False
        if day is None or self.first is None or self.last is None:
            return True
        if day < self.first:
            return (self.first - day).days <= WINDOW_DAYS
        gap = (day - self.last).days
        if self.status in ("official", "collapsed") and gap > CLOSED_AFTER_DAYS:
            return False
        return gap <= WINDOW_DAYS

    def add(self, person: str, day: date | None, status: str | None) -> None:
        self.names.add(person)
        if day is not None:
            self.first = day if self.first is None else min(self.first, day)
            self.last = day if self.last is None else max(self.last, day)
        if status is not None and (self.last is None or day is None or day >= self.last):
            self.status = story_status(s for s in (self.status, status) if s)


class StoryIndex:
    """Assigns story ids to moves, online, comparing each move only with stories that share
    a blocking key (kind, destination club, one word of the person's name)."""

    def __init__(self) -> None:
        self._entries: dict[str, StoryEntry] = {}
        self._by_key: dict[tuple[str, str, str], list[StoryEntry]] = defaultdict(list)
        self._comparisons = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def comparisons(self) -> int:
        """How many story candidates were checked so far (for the scale benchmark)."""
        return self._comparisons

    def entry(self, story_id: str) -> StoryEntry | None:
        return self._entries.get(story_id)

    def find(self, move: Move, day: date | None) -> StoryEntry | None:
        kind, club = move_kind(move.type), fold(move.to_club)
        seen: set[str] = set()
        best: StoryEntry | None = None
        for token in name_tokens(move.person):
            for entry in self._by_key.get((kind, club, token), ()):
                if entry.id in seen:
                    continue
                seen.add(entry.id)
                self._comparisons += 1
                if entry.accepts(move.person, day) and (best is None or _closer(entry, best, day)):
                    best = entry
        return best

    def assign(self, move: Move, published: str | None) -> str:
        """The story id of ``move`` reported on ``published``; a new story when none fits."""
        day = parse_day(published)
        entry = self.find(move, day)
        story_id = entry.id if entry else self._new_id(move, day)
        self.add_report(story_id, move.type, move.to_club, move.person, day, move.status)
        return story_id

    def add_report(
        self,
        story_id: str,
        move_type: str,
        to_club: str,
        person: str,
        day: date | None,
        status: str | None,
    ) -> None:
        """Record that story ``story_id`` has a report (also used to reload a store)."""
        entry = self._entries.get(story_id)
        if entry is None:
            entry = self._entries[story_id] = StoryEntry(story_id, move_kind(move_type), to_club)
        before = entry.keys()
        entry.add(person, day, status)
        for key in entry.keys() - before:
            self._by_key[key].append(entry)

    def assign_article(self, article: Article) -> Article:
        """Fill the ``story`` of every move of ``article`` (a pipeline stage)."""
        article.moves = [
            dataclasses.replace(m, story=self.assign(m, article.published)) for m in article.moves
        ]
        return article

    def _new_id(self, move: Move, day: date | None) -> str:
        person = slug(surname(move.person))
        club = slug(move.to_club)
        year = str(day.year) if day else "undated"
        if move.type == "departure":
            base = f"{person}-leaves-{club}-{year}"
        elif move.type == "extension":
            base = f"{person}-{club}-extension-{year}"
        else:
            base = f"{person}-{club}-{year}"
        candidate, n = base, 2
        while candidate in self._entries:
            candidate, n = f"{base}-{n}", n + 1
        return candidate


def _closer(a: StoryEntry, b: StoryEntry, day: date | None) -> bool:
    """Whether story ``a`` is nearer in time to ``day`` than story ``b``."""
    if day is None or a.last is None or b.last is None:
        return False
    return abs((day - a.last).days) < abs((day - b.last).days)


def assign_stories(articles: Iterable[Article]) -> Iterator[Article]:
    """Fill the story ids of the moves of ``articles``, in the order given."""
    index = StoryIndex()
    for article in articles:
        yield index.assign_article(article)
