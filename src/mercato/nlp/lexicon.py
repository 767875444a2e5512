"""Per-language cue lists, read from ``mercato/lang/<iso>/extract.toml``.

Each cue is a phrase matched on folded text (lower case, no accents) at word boundaries;
a trailing ``*`` makes it a prefix (``officialis*`` matches ``officialisé``). Adding a
language means adding a folder with this file, not touching the code.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from mercato.errors import DataError
from mercato.model import LANGUAGES
from mercato.nlp.text import fold


@dataclass(frozen=True)
class CueSet:
    """A compiled group of phrases, each tagged with a label (a role id, a status...)."""

    pattern: re.Pattern[str] | None
    labels: dict[str, str]

    def find(self, folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
        """(start, end, label) of every cue in ``folded[start:end]``."""
        if self.pattern is None:
            return []
        end = len(folded) if end is None else end
        found = []
        for m in self.pattern.finditer(folded, start, end):
            key = m.lastgroup
            if key is not None:
                found.append((m.start(), m.end(), self.labels[key]))
        return found


def compile_cues(table: dict[str, list[str]]) -> CueSet:
    """Build one regex from ``{label: [phrases]}``, longest phrases first."""
    items: list[tuple[str, str]] = []
    for label, phrases in table.items():
        for phrase in phrases:
            items.append((fold(phrase.strip()), label))
    if not items:
        return CueSet(None, {})
    items.sort(key=lambda it: -len(it[0]))
    parts, labels = [], {}
    for i, (phrase, label) in enumerate(items):
        prefix = phrase.endswith("*")
        body = re.escape(phrase.rstrip("*")).replace(r"\ ", r"\s+")
        tail = r"\w*" if prefix else ""
        lead = r"(?<![\w])" if phrase[:1].isalnum() else ""
        end = r"(?![\w])" if not prefix and phrase[-1:].isalnum() else ""
        name = f"c{i}"
        labels[name] = label
        parts.append(f"(?P<{name}>{lead}{body}{tail}{end})")
    return CueSet(re.compile("|".join(parts)), labels)


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction knows about one language."""

    lang: str
    roles: CueSet  # job titles -> role id
    positions: CueSet  # player positions -> "player"
    teams: CueSet  # youth / women / reserve qualifiers
    triggers: CueSet  # move words -> move type
    statuses: CueSet  # status words -> status
    hedges: CueSet  # conditional, "could", "wants" -> "hedge"
    past: CueSet  # markers of background facts -> "past"
    attribution: CueSet  # "according to" words -> "source"
    to_words: frozenset[str]
    from_words: frozenset[str]
    until_words: CueSet
    since_words: CueSet
    million_words: frozenset[str]
    thousand_words: frozenset[str]
    number_words: dict[str, float]
    not_names: frozenset[str]
    name_particles: frozenset[str]
    require_first_name: bool = False  # German capitalises all nouns: trust given names only
    noun_endings: tuple[str, ...] = ()
    stop_words: frozenset[str] = field(default_factory=frozenset)


def _table(data: dict, key: str) -> dict[str, list[str]]:
    value = data.get(key, {})
    if isinstance(value, list):
        return {key: value}
    return value


@cache
def load_lexicon(lang: str) -> Lexicon:
    """The lexicon of ``lang``; a clear DataError when the language has no data."""
    if lang not in LANGUAGES:
        msg = f"no language data for {lang!r}; mercato reads {', '.join(LANGUAGES)}"
        raise DataError(msg)
    path = resources.files("mercato") / "lang" / lang / "extract.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        msg = f"cannot read {path}: {exc}"
        raise DataError(msg) from exc
    shared = _shared()
    words = data.get("words", {})
    return Lexicon(
        lang=lang,
        roles=compile_cues(_table(data, "roles")),
        positions=compile_cues({"player": data.get("positions", [])}),
        teams=compile_cues(_table(data, "teams")),
        triggers=compile_cues(_table(data, "triggers")),
        statuses=compile_cues(_table(data, "status")),
        hedges=compile_cues({"hedge": data.get("hedges", [])}),
        past=compile_cues({"past": data.get("past", [])}),
        attribution=compile_cues({"source": data.get("attribution", [])}),
        to_words=frozenset(fold(w) for w in words.get("to", [])),
        from_words=frozenset(fold(w) for w in words.get("from", [])),
        until_words=compile_cues({"until": words.get("until", [])}),
        since_words=compile_cues({"since": words.get("since", [])}),
        million_words=frozenset(fold(w) for w in words.get("million", [])),
        thousand_words=frozenset(fold(w) for w in words.get("thousand", [])),
        number_words={fold(k): float(v) for k, v in data.get("numbers", {}).items()},
        not_names=frozenset(fold(w) for w in data.get("not_names", []))
        | shared["not_names"],
        name_particles=frozenset(words.get("name_particles", [])) | shared["particles"],
        require_first_name=bool(data.get("require_first_name", False)),
        noun_endings=tuple(fold(w) for w in data.get("noun_endings", [])),
        stop_words=_stop_words(lang),
    )


@cache
def _shared() -> dict[str, frozenset[str]]:
    path = resources.files("mercato") / "data" / "names.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {
        "not_names": frozenset(fold(w) for w in data.get("not_names", [])),
        "particles": frozenset(data.get("particles", [])),
        "first_names": frozenset(fold(w) for w in data.get("first_names", [])),
    }


def first_names() -> frozenset[str]:
    """Common given names, folded: a strong sign that a capitalised run is a person."""
    return _shared()["first_names"]


def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for the language (no model needed), folded."""
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(lang).Defaults.stop_words)
