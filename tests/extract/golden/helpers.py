"""Shared tools of the golden extraction tests.

A golden case is a short article written for these tests (invented people, real clubs)
and the moves that must come out of it. Simple cases are declared as data with
:func:`case` and :func:`move`; cases that need their own assertions are test functions
tagged with :func:`golden`. Every case names its language and its phenomenon, so that
``test_coverage.py`` can check that each (language, phenomenon) cell has a case.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pytest

from mercato.extract import extract_stage
from mercato.ingest import header_stage
from mercato.model import Article, Move

LANGS: tuple[str, ...] = ("fr", "it", "es", "en", "de", "pt")

# The matrix the golden tests must fill: one case at least per language and phenomenon.
PHENOMENA: tuple[str, ...] = (
    "hedged_rumour",
    "denial",
    "official",
    "loan",
    "extension",
    "staff_appointment",
    "several_moves",
    "fee_spelling",
)

# Other phenomena, tagged on cases outside the matrix.
OTHER_PHENOMENA: tuple[str, ...] = (
    "negotiating",
    "agreed",
    "collapsed",
    "departure",
    "from_club",
    "destination",
    "sources",
    "roles",
    "not_a_move",
    "negation",
    "salary",
    "evidence",
    "pasted_tweet",
)

F = TypeVar("F", bound=Callable[..., Any])


def article(text: str, lang: str) -> Article:
    return extract_stage(header_stage(Article(text=text, lang=lang)))


def extract(text: str, lang: str) -> list[Move]:
    return article(text, lang).moves


def roles(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(r.person, r.club, r.role) for r in article(text, lang).roles}


def kinds(moves: list[Move], person: str) -> set[tuple[str, str]]:
    return {(m.type, m.to_club) for m in moves if person in m.person}


def find(moves: list[Move], person: str, to_club: str) -> Move:
    for found in moves:
        if person in found.person and found.to_club == to_club:
            return found
    listed = [(m.type, m.person, m.to_club) for m in moves]
    raise AssertionError(f"no move of {person} to {to_club} in {listed}")


@dataclass(frozen=True)
class Expected:
    """A move that must come out: found by person (a part of the name) and destination,
    then compared field by field."""

    person: str
    to_club: str
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    """A golden article and the moves expected from it."""

    id: str
    lang: str
    phenomenon: str
    text: str
    moves: tuple[Expected, ...]


def move(person: str, to_club: str, **fields: Any) -> Expected:
    return Expected(person, to_club, fields)


def case(id: str, lang: str, phenomenon: str, text: str, *moves: Expected) -> pytest.ParameterSet:
    """A golden case as a pytest parameter, its id the test id."""
    assert moves, f"{id}: a case expects one move at least"
    return pytest.param(Case(id, lang, phenomenon, text, moves), id=id)


def check(golden: Case) -> None:
    """Assert that every expected move of the case comes out with its fields."""
    moves = extract(golden.text, golden.lang)
    for expected in golden.moves:
        found = find(moves, expected.person, expected.to_club)
        for name, value in expected.fields.items():
            got = getattr(found, name)
            assert got == value, (
                f"{expected.person} -> {expected.to_club}, {name}: {got!r} != {value!r}"
            )


def golden(lang: str, phenomenon: str) -> Callable[[F], F]:
    """Tag a golden test function with its language and phenomenon."""

    def tag(func: F) -> F:
        func.golden = (lang, phenomenon)  # type: ignore[attr-defined]
        return func

    return tag


def cases_of(module: Any) -> list[tuple[str, str, str]]:
    """(id, language, phenomenon) of every golden case in a test module: its ``CASES``
    and its tagged test functions."""
    found = [(p.values[0].id, p.values[0].lang, p.values[0].phenomenon) for p in module.CASES]
    for name, value in vars(module).items():
        tag = getattr(value, "golden", None)
        if name.startswith("test_") and tag is not None:
            found.append((name, *tag))
    return found
