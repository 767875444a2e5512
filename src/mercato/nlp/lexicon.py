"""Per-language cue lists, read from ``mercato/lang/<iso>/extract.toml``.

Each cue is a phrase matched on folded text (lower case, no accents) at word boundaries;
a trailing ``*`` makes it a prefix (``officialis*`` matches ``officialisé``). Adding a
language means adding a folder with this file, not touching the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from mercato.datafiles import read_toml
from mercato.errors import DataError
from mercato.model import LANGUAGES
from mercato.nlp.text import TOKEN_RE, fold

CUE_TOKEN_RE = re.compile(r"\w+|[^\w\s]")

CueToken = tuple[str, int, int]
_Entry = tuple[tuple[str, ...], bool, str]  # phrase tokens, last token is a prefix, label


def cue_tokens(folded: str, start: int = 0, end: int | None = None) -> list[CueToken]:
    """Words and punctuation of ``folded[start:end]``, the units cues are matched on."""
    end = len(folded) if end is None else end
    return [(m.group(), m.start(), m.end()) for m in CUE_TOKEN_RE.finditer(folded, start, end)]


@dataclass(frozen=True)
class CueSet:
    """A compiled group of phrases, each tagged with a label (a role id, a status...).

    Phrases are indexed by their first token, so matching costs one dict look-up per
    word of text whatever the number of phrases.
    """

    exact: dict[str, list[_Entry]]
    prefixed: dict[str, list[_Entry]]  # one-word prefixes, keyed by their first 3 letters

    def find(
        self,
        folded: str,
        start: int = 0,
        end: int | None = None,
        toks: list[CueToken] | None = None,
    ) -> list[tuple[int, int, str]]:
        """(start, end, label) of every cue in ``folded[start:end]``, longest first."""
        toks = cue_tokens(folded, start, end) if toks is None else toks
        found: list[tuple[int, int, str]] = []
        exact, prefixed = self.exact, self.prefixed
        i = 0
        while i < len(toks):
            word = toks[i][0]
            entries = exact.get(word)
            more = prefixed.get(word[:3]) if prefixed else None
            if entries is None and more is None:
                i += 1
                continue
            if more is not None:
                entries = more if entries is None else entries + more
            match = None
            for words, prefix, label in entries or ():
                n = len(words)
                if i + n > len(toks):
                    continue
                if all(toks[i + k][0] == words[k] for k in range(n - 1)) and (
                    toks[i + n - 1][0].startswith(words[-1])
                    if prefix
                    else toks[i + n - 1][0] == words[-1]
                ):
                    match = (n, label)
                    break
            if match:
                n, label = match
                found.append((toks[i][1], toks[i + n - 1][2], label))
                i += n
            else:
                i += 1
        return found


def compile_cues(table: dict[str, list[str]]) -> CueSet:
    """Index ``{label: [phrases]}``; longer phrases win over their own beginnings."""
    exact: dict[str, list[_Entry]] = {}
    prefixed: dict[str, list[_Entry]] = {}
    for label, phrases in table.items():
        for phrase in phrases:
            folded = fold(phrase.strip())
            prefix = folded.endswith("*")
            words = tuple(t for t, _, _ in cue_tokens(folded.rstrip("*")))
            if not words:
                continue
            entry = (words, prefix, label)
            if prefix and len(words) == 1:
                prefixed.setdefault(words[0][:3], []).append(entry)
            else:
                exact.setdefault(words[0], []).append(entry)
    for index in (exact, prefixed):
        for entries in index.values():
            entries.sort(key=lambda e: -sum(len(w) for w in e[0]))
    return CueSet(exact, prefixed)


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction knows about one language."""

    lang: str
    roles: CueSet  # job titles -> role id
    positions: CueSet  # player positions -> "player"
    team_of: CueSet  # "les hommes de", "e compagni": a side named by its coach or players
    scorers: CueSet  # "scored", "a marqué": a player of a side in a match report
    teams: CueSet  # youth / women / reserve qualifiers
    triggers: CueSet  # move words -> move type
    statuses: CueSet  # status words -> status
    hedges: CueSet  # conditional, "could", "wants" -> "hedge"
    past: CueSet  # markers of background facts -> "past"
    attribution: CueSet  # "according to" words -> "source"
    to_words: frozenset[str]
    former_words: frozenset[str]  # "ancien", "former": a title no longer held
    against_words: CueSet  # "contre", "against": an opponent, never a destination
    by_words: frozenset[str]  # "par" in "nommé par Pablo Longoria": the agent, not the mover
    and_words: frozenset[str]  # "et", "and": a title before them belongs to someone else
    with_words: frozenset[str]  # "avec", "with": the other party of a deal
    articles: frozenset[str]  # skipped when looking for the preposition before a club
    new_words: frozenset[str]  # "nouvel" in "nouvel entraîneur": a job that starts
    of_words: frozenset[str]  # "di" in "il braccio destro di Benatia"
    from_words: frozenset[str]
    until_words: CueSet
    million_words: frozenset[str]
    other_currencies: frozenset[str]  # "livres", "sterline": a fee not in euros
    thousand_words: frozenset[str]
    salary_words: CueSet  # "a stagione", "per week": an amount that is not a fee
    number_words: dict[str, float]
    not_names: frozenset[str]
    name_particles: frozenset[str]
    nationalities: frozenset[str] = frozenset()  # "Croate", "Brazilian": may stand before a name
    own_not_names: frozenset[str] = frozenset()  # this language's not_names, not the others'
    noun_heads: frozenset[str] = frozenset()  # "option" in "Kaufoption": ends German compounds
    adjective_after_noun: bool = False  # a word may stand between a title and a name
    require_first_name: bool = False  # German capitalises all nouns: trust given names only
    comparison_words: frozenset[str] = frozenset()  # "(devant Higuain pour 39 M€)": a record
    stop_words: frozenset[str] = field(default_factory=frozenset)
    relative_words: frozenset[str] = field(default_factory=frozenset)  # "que", "who"
    to_phrases: CueSet | None = None  # "en faveur du": a destination despite the "de"
    agent_nouns: frozenset[str] = field(default_factory=frozenset)  # "recrue de <agent>"
    journalist_titles: CueSet | None = None  # "journaliste", "reporter"
    deal_words: frozenset[str] = field(default_factory=frozenset)  # "agreement", "accordo"
    between_words: frozenset[str] = field(default_factory=frozenset)  # "tra", "entre"
    follow: CueSet | None = None  # "levar consigo", "take with him": staff who follow
    stay_phrases: CueSet | None = None  # "ficará no": the club a person stays at
    current_club: CueSet | None = None  # "sous contrat avec": the club a person is at
    negation: frozenset[str] = field(default_factory=frozenset)  # "não", "not", "non"
    sale_words: frozenset[str] = field(default_factory=frozenset)  # "venda", "cessione"
    speaks_for: frozenset[str] = field(default_factory=frozenset)  # "entourage", "entorno"
    receive_words: frozenset[str] = field(default_factory=frozenset)  # "touchera", "incassa"
    may_words: frozenset[str] = field(default_factory=frozenset)  # "could", "potrebbe"
    search: CueSet | None = None  # "en quête de", "alla ricerca di": who looks, not who is sought
    record: CueSet | None = None  # "becomes the first coach to win": a record, not a job
    club_adjective: str | None = None  # "le club {}": "le président parisien" -> "le club parisien"
    # "a", "ha", "has", "é": a verb right after a sentence-initial run makes it a subject
    name_verbs: frozenset[str] = field(default_factory=frozenset)
    # "tandis que", "while": a boundary between two clauses, each with its own move
    clause_words: frozenset[str] = field(default_factory=frozenset)
    # "rivals", "side", "Tabellennachbarn": a noun describing the club after "from"/"to"
    club_nouns: frozenset[str] = field(default_factory=frozenset)
    # "years ago", "having played": a clause told in the past, not the whole sentence
    past_clause: CueSet | None = None
    # "after three years at Lille": the rest of the clause, from the cue on, is told in the past
    past_opening: CueSet | None = None
    birth_words: frozenset[str] = field(default_factory=frozenset)  # "classe 1999": no past move
    # "an alternative to X", "invece di X": the name after them is compared with, not moving
    instead_of: CueSet | None = None
    # "remercie", "ringrazia", "thanked": the name after them is leaving, not arriving
    thanks: CueSet | None = None
    # "sélectionneur", "la Nazionale", "national team": a national side's job, not a club's
    national: CueSet | None = None
    # "actuel", "l'actuel": a title after a name, a comma and one of these is held now
    current_title: tuple[tuple[str, ...], ...] = ()
    # "comme", "as": the title after them is the job of the person named shortly before
    job_as: tuple[tuple[str, ...], ...] = ()
    # "son nouvel", "his new": a title after them is held already
    current_new: tuple[tuple[str, ...], ...] = ()
    # "a racheté", "own": the person named near them buys or owns the club right after
    own_club: re.Pattern[str] | None = None
    # "à la tête de", "in charge of": the person named before coaches the club right after
    lead_club: re.Pattern[str] | None = None


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
    data = read_toml("lang", lang, "extract.toml")
    shared = _shared()
    words = data.get("words", {})
    return Lexicon(
        lang=lang,
        roles=compile_cues(_table(data, "roles")),
        positions=compile_cues({"player": data.get("positions", [])}),
        team_of=compile_cues(_table(data, "team_of")),
        scorers=compile_cues({"scorer": data.get("scorers", [])}),
        teams=compile_cues(_table(data, "teams")),
        triggers=compile_cues(_table(data, "triggers")),
        statuses=compile_cues(_table(data, "status")),
        hedges=compile_cues({"hedge": data.get("hedges", [])}),
        past=compile_cues({"past": data.get("past", [])}),
        past_clause=compile_cues({"clause": data.get("past_clause", [])}),
        past_opening=compile_cues({"opening": data.get("past_opening", [])}),
        attribution=compile_cues({"source": data.get("attribution", [])}),
        to_words=frozenset(fold(w) for w in words.get("to", [])),
        former_words=frozenset(fold(w) for w in words.get("former", [])),
        against_words=compile_cues({"against": words.get("against", [])}),
        by_words=frozenset(fold(w) for w in words.get("by", [])),
        and_words=frozenset(fold(w) for w in words.get("and", [])),
        comparison_words=frozenset(fold(w) for w in words.get("comparison", [])),
        with_words=frozenset(fold(w) for w in words.get("with", [])),
        articles=frozenset(fold(w) for w in words.get("articles", [])),
        new_words=frozenset(fold(w) for w in words.get("new", [])),
        of_words=frozenset(fold(w) for w in words.get("of", [])),
        from_words=frozenset(fold(w) for w in words.get("from", [])),
        until_words=compile_cues({"until": words.get("until", [])}),
        million_words=frozenset(fold(w) for w in words.get("million", [])),
        other_currencies=frozenset(fold(w) for w in words.get("other_currencies", [])),
        thousand_words=frozenset(fold(w) for w in words.get("thousand", [])),
        salary_words=compile_cues({"salary": words.get("salary", [])}),
        number_words={fold(k): float(v) for k, v in data.get("numbers", {}).items()},
        not_names=(_not_names_everywhere() | shared["not_names"]) - shared["first_names"],
        name_particles=frozenset(words.get("name_particles", [])) | shared["particles"],
        nationalities=_nationalities_everywhere(),
        own_not_names=frozenset(fold(w) for w in data.get("not_names", []))
        | (shared["not_names"] - shared["first_names"]),
        noun_heads=_noun_heads(data) if data.get("require_first_name") else frozenset(),
        require_first_name=bool(data.get("require_first_name", False)),
        adjective_after_noun=bool(data.get("adjective_after_noun", False)),
        stop_words=_stop_words(lang),
        relative_words=frozenset(fold(w) for w in words.get("relative", [])),
        to_phrases=compile_cues({"to": words.get("to_phrases", [])}),
        agent_nouns=frozenset(fold(w) for w in words.get("agent_nouns", [])),
        journalist_titles=compile_cues({"journalist": words.get("journalist", [])}),
        deal_words=frozenset(fold(w) for w in words.get("deal_with", [])),
        between_words=frozenset(fold(w) for w in words.get("between", [])),
        follow=compile_cues({"follow": data.get("follow", [])}),
        stay_phrases=compile_cues({"stay": words.get("stay_phrases", [])}),
        current_club=compile_cues({"current": words.get("current_club", [])}),
        negation=frozenset(fold(w) for w in words.get("negation", [])),
        sale_words=frozenset(fold(w) for w in words.get("sale", [])),
        speaks_for=frozenset(fold(w) for w in words.get("speaks_for", [])),
        receive_words=frozenset(fold(w) for w in words.get("receive", [])),
        may_words=frozenset(fold(w) for w in words.get("may", [])),
        search=compile_cues({"search": words.get("search", [])}),
        record=compile_cues({"record": words.get("record", [])}),
        club_adjective=words.get("club_adjective"),
        name_verbs=frozenset(w.lower() for w in words.get("name_verbs", [])),
        clause_words=frozenset(fold(w) for w in words.get("clause", [])),
        club_nouns=frozenset(fold(w) for w in words.get("club_nouns", [])),
        birth_words=frozenset(fold(w) for w in words.get("birth", [])),
        instead_of=compile_cues({"instead": words.get("instead_of", [])}),
        thanks=compile_cues({"thanks": words.get("thanks", [])}),
        national=compile_cues({"national": words.get("national", [])}),
        current_title=_phrases(words.get("current_title", []), split_apostrophes=True),
        job_as=_phrases(words.get("job_as", [])),
        current_new=_phrases(words.get("current_new", [])),
        own_club=_phrase_pattern(words.get("own_club", [])),
        lead_club=_phrase_pattern(words.get("lead_club", [])),
    )


def _phrases(words: list[str], split_apostrophes: bool = False) -> tuple[tuple[str, ...], ...]:
    """Each phrase as its folded words ("l'actuel" as ("l", "actuel") when
    ``split_apostrophes``)."""
    if split_apostrophes:
        return tuple(tuple(TOKEN_RE.findall(fold(w).replace("'", " "))) for w in words)
    return tuple(tuple(TOKEN_RE.findall(fold(w))) for w in words)


def _phrase_pattern(words: list[str]) -> re.Pattern[str] | None:
    """The phrases as one folded pattern, longest first, each ending at a word's end
    (or right after a final apostrophe)."""
    alternatives = [
        re.escape(fold(w)) + ("" if w.endswith("'") else r"(?!\w)")
        for w in sorted(words, key=len, reverse=True)
    ]
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + ")") if alternatives else None


@cache
def _shared() -> dict[str, frozenset[str]]:
    data = read_toml("data", "names.toml")
    return {
        "not_names": frozenset(fold(w) for w in data.get("not_names", [])),
        "particles": frozenset(data.get("particles", [])),
        "first_names": frozenset(fold(w) for w in data.get("first_names", [])),
    }


@cache
def _not_names_everywhere() -> frozenset[str]:
    """Capitalised words that are not names in any of the languages (articles quote
    captions and tweets in other languages: "Archivo - 22 April 2021, Italy"), with the
    country and national-team names of ``clubs.toml``'s ``never`` lists. Given names are
    taken out of it by the caller: "Março" folds to "marco"."""
    words: set[str] = set()
    for lang in LANGUAGES:
        data = read_toml("lang", lang, "extract.toml")
        words.update(fold(w) for w in data.get("not_names", []) + data.get("nationalities", []))
        never = read_toml("lang", lang, "clubs.toml", missing_ok=True).get("never", [])
        words.update(fold(w) for w in never if " " not in w)
    return frozenset(words)


@cache
def _nationalities_everywhere() -> frozenset[str]:
    """Nationality nouns of every language ("Croate", "Brazilian"), folded."""
    words: set[str] = set()
    for lang in LANGUAGES:
        data = read_toml("lang", lang, "extract.toml")
        words.update(fold(w) for w in data.get("nationalities", []))
    return frozenset(words)


def _noun_heads(data: dict) -> frozenset[str]:
    """The language's own common nouns long enough to end a compound noun: German
    "Kaufoption" ends with "Option", "Rekordverkauf" with "Verkauf"."""
    return frozenset(fold(w) for w in data.get("not_names", []) if len(w) >= 5 and w[:1].isupper())


def first_names() -> frozenset[str]:
    """Common given names, folded: a strong sign that a capitalised run is a person."""
    return _shared()["first_names"]


def _stop_words(lang: str) -> frozenset[str]:
    """spaCy's stop words for the language (no model needed), folded."""
    from spacy.util import get_lang_class

    return frozenset(fold(w) for w in get_lang_class(lang).Defaults.stop_words)
