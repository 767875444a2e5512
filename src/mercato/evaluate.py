"""Score mercato's output against a gold corpus, as ANNOTATION.md ("Scoring") defines it.

The scorer is a library: :func:`load_gold` reads a corpus folder, :func:`score` compares
article dicts (the public JSON of ANNOTATION.md) and returns a :class:`Report`,
:func:`evaluate` runs any extraction function over the corpus texts and scores it, and
:func:`render` prints the report as Rich tables. The CLI (``mercato eval``) only wires them.

Matching rules, in short:

* clubs are compared through the corpus' ``clubs.json`` (canonical name -> aliases), after
  normalisation (case, accents, punctuation, legal prefixes and suffixes such as FC, AS, CF);
* persons match on the full normalised name, or on the surname when the first names do not
  contradict (``F. Balzaretti`` = ``Federico Balzaretti`` = ``Balzaretti``);
* a system move matches a gold move when ``type``, ``person`` and ``to_club`` match; matching
  is one-to-one within an article (greedy, preferring pairs that also agree on
  ``from_club`` and ``status``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mercato.errors import MercatoError
from mercato.nlp.people import same_person

__all__ = [
    "Accuracy",
    "ClubResolver",
    "FieldError",
    "GoldSet",
    "LanguageReport",
    "MoveRef",
    "PRF",
    "Report",
    "RoleRef",
    "club_key",
    "evaluate",
    "load_gold",
    "norm_text",
    "outlet_key",
    "person_match",
    "published_ok",
    "render",
    "score",
]

# Legal prefixes and suffixes dropped before comparing club names (as tokens, anywhere).
LEGAL_TOKENS: frozenset[str] = frozenset(
    {
        "fc", "cf", "as", "sc", "ac", "ssc", "acf", "osc", "sl", "cp", "afc", "cfc", "ss",
        "us", "sco", "rsc", "ca", "sad", "sv", "bv", "vfb", "vfl", "tsg", "fk", "sk", "ssd",
        "ud", "cd", "rc", "rcd", "sd", "og", "ogc", "aj", "ea", "kv", "krc", "bsc", "sa",
    }
)  # fmt: skip
# Articles that may open a club or an outlet name ("l'OM", "the Guardian", "La Gazzetta").
LEADING_ARTICLES: frozenset[str] = frozenset(
    {"the", "la", "le", "les", "l", "il", "lo", "i", "gli", "el", "los", "las", "die", "der",
     "das", "o", "os", "a", "as"}
)  # fmt: skip
OUTLET_ARTICLES: frozenset[str] = frozenset({"the", "la", "il", "le", "l", "lo", "el", "les"})
FEE_TOLERANCE = 0.05
FIELDS = ("status", "from_club", "role", "fee_eur")


# --------------------------------------------------------------------------- normalisation


def norm_text(text: str | None) -> str:
    """Lower-case, strip accents (NFKD, combining marks dropped) and punctuation.

    Dots are removed without a space (``C.F.`` -> ``cf``, ``F.`` -> ``f``); every other
    non-alphanumeric character becomes a space; whitespace is collapsed.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    lowered = stripped.casefold().replace(".", "")
    spaced = re.sub(r"[^\w]+|_", " ", lowered)
    return " ".join(spaced.split())


def _strip_tokens(tokens: list[str], drop: frozenset[str]) -> list[str]:
    kept = [t for t in tokens if t not in drop]
    return kept or tokens


def _strip_leading(tokens: list[str], drop: frozenset[str]) -> list[str]:
    i = 0
    while i < len(tokens) - 1 and tokens[i] in drop:
        i += 1
    return tokens[i:]


def club_norm(name: str | None) -> str:
    """A club name's comparison form: normalised, legal tokens (FC, AS, CF...) removed."""
    return " ".join(_strip_tokens(norm_text(name).split(), LEGAL_TOKENS))


def outlet_key(name: str | None) -> str:
    """An outlet or journalist name's comparison form (``The Guardian`` = ``guardian``)."""
    tokens = norm_text(name).split()
    return " ".join(_strip_leading(tokens, OUTLET_ARTICLES))


class ClubResolver:
    """Maps any club name to a comparison key through a canonical -> aliases map.

    A known name (the canonical name or any alias, compared exactly, then normalised, then
    with legal tokens and leading articles removed) resolves to its canonical name; an
    unknown name is compared by its normalised form.
    """

    def __init__(self, clubs: Mapping[str, Iterable[str]] | None = None) -> None:
        self._exact: dict[str, str] = {}
        self._norm: dict[str, str] = {}
        self._loose: dict[str, str] = {}
        for canonical, aliases in (clubs or {}).items():
            for name in (canonical, *aliases):
                self._exact.setdefault(name, canonical)
                self._norm.setdefault(norm_text(name), canonical)
                self._loose.setdefault(self._loose_form(name), canonical)
        # A canonical name always wins over another club's alias.
        for canonical in clubs or {}:
            self._exact[canonical] = canonical
            self._norm[norm_text(canonical)] = canonical
            self._loose[self._loose_form(canonical)] = canonical

    @staticmethod
    def _loose_form(name: str) -> str:
        tokens = _strip_tokens(norm_text(name).split(), LEGAL_TOKENS)
        return " ".join(_strip_leading(tokens, LEADING_ARTICLES))

    def canonical(self, name: str | None) -> str | None:
        """The canonical name for ``name``, or None when the map does not know it."""
        if not name:
            return None
        for table, form in (
            (self._exact, name),
            (self._norm, norm_text(name)),
            (self._loose, self._loose_form(name)),
        ):
            if form in table:
                return table[form]
        return None

    def key(self, name: str | None) -> str | None:
        """The comparison key: ``None`` for a missing club, else a normalised string."""
        if name is None or not str(name).strip():
            return None
        canonical = self.canonical(name)
        if canonical is not None:
            return "=" + canonical
        return self._loose_form(name)

    def same(self, a: str | None, b: str | None) -> bool:
        return self.key(a) == self.key(b)


def club_key(name: str | None, clubs: Mapping[str, Iterable[str]] | None = None) -> str | None:
    """Convenience wrapper around :class:`ClubResolver` for one lookup."""
    return ClubResolver(clubs).key(name)


def person_match(a: str | None, b: str | None) -> bool:
    """Whether two person names denote the same person under the scoring rules: the rules
    stories use (:func:`mercato.nlp.people.same_person`): same name; a one-word name equal
    to the other's first or last word; or a shared surname with first names that do not
    contradict (``F. Balzaretti`` = ``Federico Balzaretti`` = ``Balzaretti``)."""
    return same_person(a, b)


def _fee_ok(gold: Any, system: Any) -> bool:
    if gold is None or system is None:
        return gold is None and system is None
    try:
        g, s = float(gold), float(system)
    except (TypeError, ValueError):
        return False
    if g == 0:
        return s == 0
    return abs(s - g) <= FEE_TOLERANCE * abs(g)


def published_ok(gold: str | None, system: str | None) -> bool:
    """The gold's precision is enough: the system date must start with the gold date."""
    if not gold:
        return not system
    if not system:
        return False
    g, s = str(gold).strip(), str(system).strip()
    return s == g or (s.startswith(g) and s[len(g)] in "-T ")


# --------------------------------------------------------------------------- report types


@dataclass
class PRF:
    """Precision, recall and F1 from counts. Undefined values (nothing to score) are None."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp == 0:
            return None if self.fn == 0 else 0.0
        return self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn == 0:
            return None if self.fp == 0 else 0.0
        return self.tp / (self.tp + self.fn)

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def to_dict(self) -> dict[str, Any]:
        return {"accuracy": self.value, "correct": self.correct, "total": self.total}


@dataclass(frozen=True)
class MoveRef:
    """A move named in an error list: which article, and its key fields."""

    file: str
    lang: str | None
    type: str | None
    person: str | None
    from_club: str | None
    to_club: str | None
    status: str | None
    salience: str | None
    kind: str = ""  # for a missed or extra move: why (see ``error_kinds``)

    @classmethod
    def of(cls, file: str, lang: str | None, move: Mapping[str, Any], kind: str = "") -> MoveRef:
        return cls(
            file=file,
            lang=lang,
            type=move.get("type"),
            person=move.get("person"),
            from_club=move.get("from_club"),
            to_club=move.get("to_club"),
            status=move.get("status"),
            salience=move.get("salience"),
            kind=kind,
        )

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class RoleRef:
    """A role named in an error list, with why it is missed or extra."""

    file: str
    lang: str | None
    person: str | None
    club: str | None
    role: str | None
    kind: str

    @classmethod
    def of(cls, file: str, lang: str | None, role: Mapping[str, Any], kind: str) -> RoleRef:
        return cls(file, lang, role.get("person"), role.get("club"), role.get("role"), kind)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class FieldError:
    """A matched main move whose ``field`` differs between gold and system."""

    move: MoveRef  # the gold move
    field: str
    gold: Any
    system: Any

    @property
    def kind(self) -> str:
        """``missing`` (gold has a value, the system none), ``spurious`` (the reverse) or
        ``wrong``; for status, the confusion itself (``official->agreed``)."""
        if self.field == "status":
            return f"{self.gold}->{self.system}"
        if self.field == "sources":
            gold = {outlet_key(x) for x in self.gold or ()}
            system = {outlet_key(x) for x in self.system or ()}
            return "missed" if system < gold else "extra" if gold < system else "other"
        if self.gold in (None, []) and self.system not in (None, []):
            return "spurious"
        if self.system in (None, []):
            return "missing"
        return "wrong"

    def to_dict(self) -> dict[str, Any]:
        return {
            "move": self.move.to_dict(),
            "field": self.field,
            "gold": self.gold,
            "system": self.system,
            "kind": self.kind,
        }


@dataclass
class LanguageReport:
    lang: str
    articles: int = 0
    moves: PRF = field(default_factory=PRF)
    status: Accuracy = field(default_factory=Accuracy)
    roles: PRF = field(default_factory=PRF)
    background: Accuracy = field(default_factory=Accuracy)

    def to_dict(self) -> dict[str, Any]:
        return {
            "lang": self.lang,
            "articles": self.articles,
            "moves": self.moves.to_dict(),
            "status": self.status.to_dict(),
            "roles": self.roles.to_dict(),
            "background_recall": self.background.to_dict(),
        }


@dataclass
class Report:
    """Everything the scorer measured. ``to_dict()`` is the ``--json`` output."""

    articles: int = 0  # gold articles
    system_articles: int = 0  # system articles matched to a gold article
    missing_articles: list[str] = field(default_factory=list)  # gold files without output
    extra_articles: list[str] = field(default_factory=list)  # system files not in gold
    moves: PRF = field(default_factory=PRF)
    neutral: int = 0  # system main moves matching a gold background move
    background: Accuracy = field(default_factory=Accuracy)  # background recall
    fields: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in FIELDS})
    sources: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    stories: PRF = field(default_factory=PRF)
    lang: Accuracy = field(default_factory=Accuracy)
    published: Accuracy = field(default_factory=Accuracy)
    per_language: dict[str, LanguageReport] = field(default_factory=dict)
    missed_main: list[MoveRef] = field(default_factory=list)
    extra_main: list[MoveRef] = field(default_factory=list)
    neutral_main: list[MoveRef] = field(default_factory=list)
    missed_background: list[MoveRef] = field(default_factory=list)
    field_errors: list[FieldError] = field(default_factory=list)
    missed_roles: list[RoleRef] = field(default_factory=list)
    extra_roles: list[RoleRef] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    def error_kinds(self) -> Counter[tuple[str, str, str]]:
        """How many errors of each kind, per language: ``(error, kind, lang) -> count``.

        Missed main moves are ``found as background`` (the system has the move but calls
        it context), ``other type`` (same person and club), ``other club`` (the person
        moves elsewhere in the output) or ``no move for the person``; extra main moves are
        ``other type``, ``other club``, ``job holder`` (the gold gives the person a role,
        not this move) or ``not a mover``; roles likewise; field errors by their ``kind``.
        """
        kinds: Counter[tuple[str, str, str]] = Counter()
        for name, refs in (
            ("missed move", self.missed_main),
            ("extra move", self.extra_main),
            ("missed role", self.missed_roles),
            ("extra role", self.extra_roles),
        ):
            for ref in refs:
                kinds[(name, ref.kind, str(ref.lang or "?"))] += 1
        for err in self.field_errors:
            kinds[(err.field, err.kind, str(err.move.lang or "?"))] += 1
        return kinds

    @property
    def story_f1(self) -> float | None:
        if self.counts.get("system_story_ids", 0) == 0:
            return 0.0
        return self.stories.f1

    def to_dict(self) -> dict[str, Any]:
        stories = self.stories.to_dict()
        stories["f1"] = self.story_f1
        return {
            "articles": self.articles,
            "system_articles": self.system_articles,
            "missing_articles": list(self.missing_articles),
            "extra_articles": list(self.extra_articles),
            "moves": self.moves.to_dict(),
            "neutral_main_moves": self.neutral,
            "background_recall": self.background.to_dict(),
            "fields": {name: acc.to_dict() for name, acc in self.fields.items()},
            "sources": self.sources.to_dict(),
            "roles": self.roles.to_dict(),
            "stories": stories,
            "lang": self.lang.to_dict(),
            "published": self.published.to_dict(),
            "per_language": {k: v.to_dict() for k, v in sorted(self.per_language.items())},
            "counts": dict(self.counts),
            "missed_main": [m.to_dict() for m in self.missed_main],
            "extra_main": [m.to_dict() for m in self.extra_main],
            "neutral_main": [m.to_dict() for m in self.neutral_main],
            "missed_background": [m.to_dict() for m in self.missed_background],
            "field_errors": [e.to_dict() for e in self.field_errors],
            "missed_roles": [r.to_dict() for r in self.missed_roles],
            "extra_roles": [r.to_dict() for r in self.extra_roles],
            "error_kinds": [
                {"error": error, "kind": kind, "lang": lang, "count": count}
                for (error, kind, lang), count in sorted(self.error_kinds().items())
            ],
            "notes": list(self.notes),
        }


# --------------------------------------------------------------------------- loading


@dataclass
class GoldSet:
    """A gold corpus: its folder, its article lines and its club map."""

    dir: Path
    articles: list[dict[str, Any]]
    clubs: dict[str, list[str]]

    def paths(self) -> list[Path]:
        return [self.dir / str(a["file"]) for a in self.articles]


def load_gold(gold_dir: Path) -> GoldSet:
    """Read ``gold.jsonl`` and, when present, ``clubs.json`` from a corpus folder."""
    gold_dir = Path(gold_dir)
    gold_path = gold_dir / "gold.jsonl"
    if not gold_path.is_file():
        msg = (
            f"no gold.jsonl in {gold_dir}: a gold corpus folder holds gold.jsonl (one "
            "article per line, see ANNOTATION.md) next to the article .txt files"
        )
        raise MercatoError(msg)
    articles: list[dict[str, Any]] = []
    with gold_path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                msg = (
                    f"{gold_path}:{lineno}: not valid JSON ({exc.msg}); "
                    "expected one article object per line"
                )
                raise MercatoError(msg) from exc
            if not isinstance(record, dict) or not record.get("file"):
                msg = f"{gold_path}:{lineno}: expected an object with a 'file' field"
                raise MercatoError(msg)
            articles.append(record)
    clubs: dict[str, list[str]] = {}
    clubs_path = gold_dir / "clubs.json"
    if clubs_path.is_file():
        try:
            raw = json.loads(clubs_path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            msg = f"{clubs_path}: not valid JSON ({exc.msg}); expected {{canonical: [aliases]}}"
            raise MercatoError(msg) from exc
        if not isinstance(raw, dict):
            msg = f"{clubs_path}: expected an object mapping canonical club names to aliases"
            raise MercatoError(msg)
        clubs = {str(k): [str(a) for a in (v or [])] for k, v in raw.items()}
    return GoldSet(dir=gold_dir, articles=articles, clubs=clubs)


# --------------------------------------------------------------------------- matching


def _greedy(
    gold: Sequence[Mapping[str, Any]],
    system: Sequence[Mapping[str, Any]],
    match: Callable[[Mapping[str, Any], Mapping[str, Any]], bool],
    prefer: Callable[[Mapping[str, Any], Mapping[str, Any]], int],
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, system index), best-preferred pairs first."""
    candidates = [
        (-prefer(g, s), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if match(g, s)
    ]
    candidates.sort()
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, gi, si in candidates:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        pairs.append((gi, si))
    return pairs


class _Matcher:
    def __init__(self, clubs: ClubResolver) -> None:
        self.clubs = clubs

    def move(self, g: Mapping[str, Any], s: Mapping[str, Any]) -> bool:
        return (
            g.get("type") == s.get("type")
            and self.clubs.same(g.get("to_club"), s.get("to_club"))
            and person_match(g.get("person"), s.get("person"))
        )

    def move_preference(self, g: Mapping[str, Any], s: Mapping[str, Any]) -> int:
        return (
            4 * (norm_text(g.get("person")) == norm_text(s.get("person")))
            + 2 * self.clubs.same(g.get("from_club"), s.get("from_club"))
            + 1 * (g.get("status") == s.get("status"))
        )

    def role(self, g: Mapping[str, Any], s: Mapping[str, Any]) -> bool:
        return (
            g.get("role") == s.get("role")
            and self.clubs.same(g.get("club"), s.get("club"))
            and person_match(g.get("person"), s.get("person"))
        )

    def missed_move_kind(self, g: Mapping[str, Any], system: Sequence[Mapping[str, Any]]) -> str:
        """Why gold main move ``g`` found no system main move."""
        same = [s for s in system if person_match(g.get("person"), s.get("person"))]
        if any(self.move(g, s) for s in same):
            return "found as background"
        return self._club_kind(same, g.get("to_club"), "to_club", "other type") or (
            "no move for the person"
        )

    def extra_move_kind(
        self,
        s: Mapping[str, Any],
        gold: Sequence[Mapping[str, Any]],
        gold_roles: Sequence[Mapping[str, Any]],
    ) -> str:
        """Why system main move ``s`` matched no gold move."""
        same = [g for g in gold if person_match(g.get("person"), s.get("person"))]
        kind = self._club_kind(same, s.get("to_club"), "to_club", "other type")
        if kind:
            return kind
        if any(person_match(r.get("person"), s.get("person")) for r in gold_roles):
            return "job holder"
        return "not a mover"

    def role_error_kind(
        self, role: Mapping[str, Any], others: Sequence[Mapping[str, Any]], missed: bool
    ) -> str:
        """Why ``role`` has no match among ``others`` (the other side's roles)."""
        same = [r for r in others if person_match(role.get("person"), r.get("person"))]
        return self._club_kind(same, role.get("club"), "club", "other role") or (
            "no role for the person" if missed else "person has no gold role"
        )

    def _club_kind(
        self, same: Sequence[Mapping[str, Any]], club: str | None, key: str, kind: str
    ) -> str | None:
        """Why nothing of the same person (``same``) matched: ``kind`` when one is at
        ``club`` (its ``key``), "other club" when they are elsewhere, None when there are
        none."""
        if any(self.clubs.same(club, o.get(key)) for o in same):
            return kind
        return "other club" if same else None

    def role_preference(self, g: Mapping[str, Any], s: Mapping[str, Any]) -> int:
        return 2 * (norm_text(g.get("person")) == norm_text(s.get("person"))) + (
            (g.get("team") or "first_team") == (s.get("team") or "first_team")
        )


def _sources_prf(gold: Iterable[str] | None, system: Iterable[str] | None) -> PRF:
    g = Counter(k for k in (outlet_key(x) for x in gold or ()) if k)
    s = Counter(k for k in (outlet_key(x) for x in system or ()) if k)
    tp = sum((g & s).values())
    return PRF(tp=tp, fp=sum(s.values()) - tp, fn=sum(g.values()) - tp)


def _as_dict(item: Any) -> dict[str, Any] | None:
    if isinstance(item, Mapping):
        return dict(item)
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        out = to_dict()
        return out if isinstance(out, dict) else None
    return None


def _file_key(value: Any) -> str:
    return Path(str(value)).name if value else ""


# --------------------------------------------------------------------------- scoring


def score(
    gold: list[dict[str, Any]],
    system: list[dict[str, Any]],
    clubs: dict[str, list[str]] | None = None,
) -> Report:
    """Compare system article dicts with gold article dicts (matched by ``file``)."""
    resolver = ClubResolver(clubs or {})
    matcher = _Matcher(resolver)
    report = Report()

    by_file: dict[str, dict[str, Any]] = {}
    ignored = 0
    for item in system:
        record = _as_dict(item)
        if record is None or not record.get("file"):
            ignored += 1
            continue
        key = _file_key(record["file"])
        if key in by_file:
            report.notes.append(f"system output has {key} twice; the first one is scored")
            continue
        by_file[key] = record
    if ignored:
        report.notes.append(f"{ignored} system item(s) without a 'file' were ignored (skips?)")
    gold_files = {_file_key(a.get("file")) for a in gold}
    report.extra_articles = sorted(k for k in by_file if k not in gold_files)

    matched_main: list[tuple[str, dict[str, Any], dict[str, Any]]] = []
    counts: Counter[str] = Counter()

    for article in gold:
        fname = _file_key(article.get("file"))
        lang = article.get("lang")
        lang_report = report.per_language.setdefault(
            str(lang or "?"), LanguageReport(lang=str(lang or "?"))
        )
        lang_report.articles += 1
        report.articles += 1
        sys_article = by_file.get(fname)
        if sys_article is None:
            report.missing_articles.append(fname)
            sys_article = {}
        else:
            report.system_articles += 1

        # metadata
        report.lang.add(sys_article.get("lang") == lang and lang is not None)
        report.published.add(published_ok(article.get("published"), sys_article.get("published")))

        gold_moves = [m for m in article.get("moves") or [] if isinstance(m, Mapping)]
        sys_moves = [m for m in sys_article.get("moves") or [] if isinstance(m, Mapping)]
        g_main = [m for m in gold_moves if m.get("salience", "main") != "background"]
        g_back = [m for m in gold_moves if m.get("salience") == "background"]
        s_main = [m for m in sys_moves if m.get("salience", "main") != "background"]
        counts["gold_main"] += len(g_main)
        counts["gold_background"] += len(g_back)
        counts["system_main"] += len(s_main)
        counts["system_background"] += len(sys_moves) - len(s_main)
        counts["system_story_ids"] += sum(1 for m in sys_moves if m.get("story"))

        # main moves
        pairs = _greedy(g_main, s_main, matcher.move, matcher.move_preference)
        used_g = {gi for gi, _ in pairs}
        used_s = {si for _, si in pairs}
        leftover = [si for si in range(len(s_main)) if si not in used_s]
        neutral_pairs = _greedy(
            g_back, [s_main[si] for si in leftover], matcher.move, matcher.move_preference
        )
        neutral_s = {leftover[j] for _, j in neutral_pairs}
        article_moves = PRF(
            tp=len(pairs),
            fp=len(s_main) - len(pairs) - len(neutral_s),
            fn=len(g_main) - len(pairs),
        )
        report.moves.add(article_moves)
        lang_report.moves.add(article_moves)
        report.neutral += len(neutral_s)
        for gi, g in enumerate(g_main):
            if gi not in used_g:
                kind = matcher.missed_move_kind(g, sys_moves)
                report.missed_main.append(MoveRef.of(fname, lang, g, kind))
        for si, s in enumerate(s_main):
            if si in neutral_s:
                report.neutral_main.append(MoveRef.of(fname, lang, s))
            elif si not in used_s:
                kind = matcher.extra_move_kind(s, gold_moves, article.get("roles") or [])
                report.extra_main.append(MoveRef.of(fname, lang, s, kind))

        # background recall: any system move, main or background
        for g in g_back:
            found = any(matcher.move(g, s) for s in sys_moves)
            report.background.add(found)
            lang_report.background.add(found)
            if not found:
                report.missed_background.append(MoveRef.of(fname, lang, g))

        # fields of matched main moves
        for gi, si in sorted(pairs):
            g, s = g_main[gi], s_main[si]
            matched_main.append((fname, g, s))
            ref = MoveRef.of(fname, lang, g)
            checks = {
                "status": g.get("status") == s.get("status"),
                "from_club": resolver.same(g.get("from_club"), s.get("from_club")),
                "role": g.get("role") == s.get("role"),
                "fee_eur": _fee_ok(g.get("fee_eur"), s.get("fee_eur")),
            }
            for name, ok in checks.items():
                report.fields[name].add(ok)
                if not ok:
                    report.field_errors.append(FieldError(ref, name, g.get(name), s.get(name)))
            lang_report.status.add(checks["status"])
            src = _sources_prf(g.get("sources"), s.get("sources"))
            report.sources.add(src)
            if src.fp or src.fn:
                report.field_errors.append(
                    FieldError(ref, "sources", list(g.get("sources") or []),
                               list(s.get("sources") or []))
                )  # fmt: skip

        # roles
        g_roles = [r for r in article.get("roles") or [] if isinstance(r, Mapping)]
        s_roles = [r for r in sys_article.get("roles") or [] if isinstance(r, Mapping)]
        role_pairs = _greedy(g_roles, s_roles, matcher.role, matcher.role_preference)
        roles = PRF(
            tp=len(role_pairs),
            fp=len(s_roles) - len(role_pairs),
            fn=len(g_roles) - len(role_pairs),
        )
        report.roles.add(roles)
        lang_report.roles.add(roles)
        matched_g = {gi for gi, _ in role_pairs}
        matched_s = {si for _, si in role_pairs}
        for gi, r in enumerate(g_roles):
            if gi not in matched_g:
                kind = matcher.role_error_kind(r, s_roles, missed=True)
                report.missed_roles.append(RoleRef.of(fname, lang, r, kind))
        for si, r in enumerate(s_roles):
            if si not in matched_s:
                kind = matcher.role_error_kind(r, g_roles, missed=False)
                report.extra_roles.append(RoleRef.of(fname, lang, r, kind))
        counts["gold_roles"] += len(g_roles)
        counts["system_roles"] += len(s_roles)

    # stories: pairs of matched main moves in different articles
    for i in range(len(matched_main)):
        fi, gi, si = matched_main[i]
        for j in range(i + 1, len(matched_main)):
            fj, gj, sj = matched_main[j]
            if fi == fj:
                continue
            gold_same = bool(gi.get("story")) and gi.get("story") == gj.get("story")
            sys_same = bool(si.get("story")) and si.get("story") == sj.get("story")
            if gold_same and sys_same:
                report.stories.tp += 1
            elif sys_same:
                report.stories.fp += 1
            elif gold_same:
                report.stories.fn += 1
    if counts["system_story_ids"] == 0:
        report.notes.append("the system output has no story ids: story F1 is reported as 0")

    if report.missing_articles:
        report.notes.append(
            f"{len(report.missing_articles)} gold article(s) have no system output and "
            "count as empty outputs"
        )
    if report.extra_articles:
        report.notes.append(
            f"{len(report.extra_articles)} system article(s) are not in the gold and were ignored"
        )
    counts["matched_main"] = len(matched_main)
    counts["neutral_main"] = report.neutral
    report.counts = dict(counts)
    return report


def evaluate(
    gold_dir: Path,
    extract_fn: Callable[[list[Path]], Iterable[Any]],
) -> Report:
    """Run ``extract_fn`` over the article files listed in ``gold_dir``'s gold.jsonl and score
    its output. ``extract_fn(paths)`` returns article dicts (or objects with ``to_dict()``)."""
    gold = load_gold(gold_dir)
    paths = gold.paths()
    missing = [p.name for p in paths if not p.is_file()]
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        msg = (
            f"{gold.dir / 'gold.jsonl'} lists {len(missing)} file(s) "
            f"not found in {gold.dir}: {shown}"
        )
        raise MercatoError(msg)
    output = [_as_dict(item) for item in extract_fn(paths)]
    system = [o for o in output if o is not None]
    return score(gold.articles, system, gold.clubs)


# --------------------------------------------------------------------------- rendering


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _move_line(m: MoveRef) -> str:
    origin = m.from_club or "?"
    why = f"  ({m.kind})" if m.kind else ""
    return f"{m.file}  {m.type}  {m.person}  {origin} -> {m.to_club}  [{m.status}]{why}"


def _role_line(r: RoleRef) -> str:
    return f"{r.file}  {r.person}  {r.role} at {r.club}  ({r.kind})"


def error_table(report: Report) -> Any:
    """A Rich table of :meth:`Report.error_kinds`: one row per error kind, a column per
    language. It is the starting point of an error analysis (docs/extraction.md)."""
    from rich.table import Table

    kinds = report.error_kinds()
    langs = sorted({lang for _, _, lang in kinds})
    totals: Counter[tuple[str, str]] = Counter()
    for (error, kind, _), count in kinds.items():
        totals[(error, kind)] += count
    table = Table(title="errors by kind")
    for col in ("error", "kind", "all", *langs):
        table.add_column(col, justify="left" if col in ("error", "kind") else "right")
    for error, kind in sorted(totals, key=lambda k: (k[0], -totals[k], k[1])):
        per_lang = [str(kinds.get((error, kind, lang), "")) for lang in langs]
        table.add_row(error, kind, str(totals[(error, kind)]), *per_lang)
    return table


def render(
    report: Report, verbose: bool = False, console: Any = None, errors: bool = False
) -> None:
    """Print the report as Rich tables: overall, per language, (errors) the errors counted
    by kind, and (verbose) every error."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    overall = Table(title="mercato eval: overall", show_lines=False)
    overall.add_column("metric")
    overall.add_column("P", justify="right")
    overall.add_column("R", justify="right")
    overall.add_column("F1 / acc", justify="right")
    overall.add_column("counts", justify="right")

    def prf_row(name: str, prf: PRF, f1: float | None = None) -> None:
        overall.add_row(
            name,
            _pct(prf.precision),
            _pct(prf.recall),
            _pct(prf.f1 if f1 is None else f1),
            f"tp {prf.tp} fp {prf.fp} fn {prf.fn}",
        )

    def acc_row(name: str, acc: Accuracy) -> None:
        overall.add_row(name, "", "", _pct(acc.value), f"{acc.correct}/{acc.total}")

    prf_row("moves (main)", report.moves)
    acc_row("background recall", report.background)
    for name in FIELDS:
        acc_row(f"{name} accuracy", report.fields[name])
    prf_row("sources", report.sources)
    prf_row("roles", report.roles)
    prf_row("stories (pairwise)", report.stories, f1=report.story_f1)
    acc_row("lang accuracy", report.lang)
    acc_row("published accuracy", report.published)
    c = report.counts
    overall.add_row(
        "articles",
        "",
        "",
        "",
        f"gold {report.articles} scored {report.system_articles} "
        f"missing {len(report.missing_articles)}",
    )
    overall.add_row(
        "moves",
        "",
        "",
        "",
        f"gold main {c.get('gold_main', 0)} bg {c.get('gold_background', 0)}; "
        f"system main {c.get('system_main', 0)} bg {c.get('system_background', 0)}; "
        f"neutral {report.neutral}",
    )
    console.print(overall)

    langs = Table(title="per language")
    for col in ("lang", "articles", "moves P", "moves R", "moves F1", "status acc", "roles F1"):
        langs.add_column(col, justify="left" if col == "lang" else "right")
    for code, lr in sorted(report.per_language.items()):
        langs.add_row(
            code,
            str(lr.articles),
            _pct(lr.moves.precision),
            _pct(lr.moves.recall),
            _pct(lr.moves.f1),
            _pct(lr.status.value),
            _pct(lr.roles.f1),
        )
    console.print(langs)

    for note in report.notes:
        console.print(f"[dim]note: {note}[/dim]")
    if errors:
        console.print(error_table(report))

    if not verbose:
        return
    console.print(f"\n[bold]missed main moves ({len(report.missed_main)})[/bold]")
    for m in report.missed_main:
        console.print("  " + _move_line(m), markup=False, highlight=False)
    console.print(f"\n[bold]extra main moves ({len(report.extra_main)})[/bold]")
    for m in report.extra_main:
        console.print("  " + _move_line(m), markup=False, highlight=False)
    if report.neutral_main:
        console.print(
            f"\n[bold]system main moves matching gold background ({len(report.neutral_main)})"
            "[/bold]"
        )
        for m in report.neutral_main:
            console.print("  " + _move_line(m), markup=False, highlight=False)
    console.print(f"\n[bold]missed background moves ({len(report.missed_background)})[/bold]")
    for m in report.missed_background:
        console.print("  " + _move_line(m), markup=False, highlight=False)
    console.print(f"\n[bold]field errors in matched main moves ({len(report.field_errors)})[/bold]")
    for e in report.field_errors:
        console.print(
            f"  {e.move.file}  {e.move.type}  {e.move.person} -> {e.move.to_club}: "
            f"{e.field} gold={e.gold!r} system={e.system!r}",
            markup=False,
            highlight=False,
        )
    for title, roles in (
        ("missed roles", report.missed_roles),
        ("extra roles", report.extra_roles),
    ):
        console.print(f"\n[bold]{title} ({len(roles)})[/bold]")
        for r in roles:
            console.print("  " + _role_line(r), markup=False, highlight=False)
