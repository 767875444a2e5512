"""Realistic synthetic articles: many transfer sagas, each reported over weeks, in six
languages, by several outlets, as a rumour first and then further stages.

Used by ``mercato bench --store`` to measure how ingest and story merging scale, and by
tests that need many articles (the crash test). Names are made up (given names from
``data/names.toml`` with invented surnames), clubs come from the club knowledge base, and
the sentences from ``data/synthetic.toml``. Generation is seeded, so a size always gives
the same articles.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any

from mercato.datafiles import read_toml
from mercato.model import Article

LANGUAGES = ("fr", "it", "es", "en", "de", "pt")
SYLLABLES = (
    "ba", "ran", "tel", "mo", "vic", "dor", "sa", "li", "ker", "zo", "nes", "tu", "ga",
    "ric", "vel", "an", "bro", "mi", "los", "de", "fa", "gon", "ri", "ta", "shev", "ko",
)  # fmt: skip
STAGE_PATHS: tuple[tuple[str, ...], ...] = (
    ("rumour",),
    ("rumour", "negotiating"),
    ("rumour", "negotiating", "agreed", "official"),
    ("rumour", "agreed", "official"),
    ("negotiating", "agreed", "official"),
    ("rumour", "negotiating", "collapsed"),
    ("official",),
)
OUTLET_STEMS = ("sport", "calcio", "futbol", "foot", "fussball", "bola")
FIRST_DAY = date(2019, 1, 1)
SPAN_DAYS = 6 * 365


@dataclass(frozen=True)
class Saga:
    """One real-world move as the synthetic world has it."""

    person: str
    kind: str  # "transfer" or "appointment"
    from_club: str
    to_club: str
    start: date
    stages: tuple[str, ...]


@cache
def _templates() -> dict[str, Any]:
    return read_toml("data", "synthetic.toml")


@cache
def _first_names() -> tuple[str, ...]:
    names = read_toml("data", "names.toml")["first_names"]
    return tuple(n for n in names if n.isalpha() and len(n) > 2)


@cache
def _clubs() -> tuple[str, ...]:
    from mercato.nlp.clubs import ClubResolver

    resolver = ClubResolver.default()
    top = [
        name
        for name, club in resolver.clubs.items()
        if (club.league_hint or "").endswith(".1") and resolver.resolve(name) == name
    ]
    return tuple(sorted(top))


def _surname(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def sagas(count: int, seed: int = 0) -> list[Saga]:
    rng = random.Random(seed)
    clubs = _clubs()
    found = []
    for _ in range(count):
        to_club, from_club = rng.sample(clubs, 2)
        path = rng.choice(STAGE_PATHS)
        kind = "appointment" if rng.random() < 0.2 else "transfer"
        if kind == "appointment":
            path = tuple(s for s in path if s not in ("negotiating", "collapsed")) or ("rumour",)
        start = FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))
        person = f"{rng.choice(_first_names())} {_surname(rng)}"
        found.append(Saga(person, kind, from_club, to_club, start, path))
    return found


def articles(count: int, seed: int = 0) -> Iterator[Article]:
    """``count`` articles reporting about ``count / 2.5`` sagas, in date order."""
    rng = random.Random(seed + 1)
    reports: list[tuple[date, Saga, str]] = []
    for saga in sagas(max(1, round(count / 2.5)), seed):
        day = saga.start
        for stage in saga.stages:
            for _ in range(rng.choice((1, 1, 2, 3))):
                reports.append((day + timedelta(days=rng.randrange(3)), saga, stage))
            day += timedelta(days=rng.randint(2, 20))
    rng.shuffle(reports)
    reports = sorted(reports[:count], key=lambda r: r[0])
    templates = _templates()
    for n, (day, saga, stage) in enumerate(reports):
        lang = rng.choice(LANGUAGES)
        options = templates[lang][saga.kind]
        stage_key = stage if stage in options else "rumour"
        text = rng.choice(options[stage_key]).format(
            person=saga.person,
            to=saga.to_club,
            **{"from": saga.from_club},
            fee=rng.choice((8, 12, 15, 20, 25, 30, 40, 55, 70)),
        )
        outlet = f"{rng.choice(OUTLET_STEMS)}{rng.randrange(40)}"
        yield Article(
            text=f"{text}\n\n(synthetic article {n} of seed {seed})",
            file=f"synthetic-{seed}-{n}",
            url=f"https://{outlet}.example/{lang}/{n}",
            published=day.isoformat(),
            author=None,
        )
