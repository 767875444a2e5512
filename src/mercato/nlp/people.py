"""Finding people in an article and tying every mention to one full name.

No statistical model is used (none ships offline for most of our languages, and speed
matters): a person is a run of capitalised words that is not a club, an outlet, a known
common word or a stop word. Runs that start with a known given name are trusted; others
must recur or sit next to a job title. Surname-only mentions ("Balzaretti") are then
resolved to the fullest name the article gives ("Federico Balzaretti").

A lone word that is the tail or head of a longer proper noun ("Copa América", "il
quotidiano Il Mattino", "el Taladro", "Agi.it") or a nickname in quotes only counts as the
surname of someone the article names in full; capitalised common words before a given name
("Ringrazio Walter Mazzarri") are cut off.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from mercato.datafiles import read_toml
from mercato.model import Mention
from mercato.nlp.lexicon import Lexicon, first_names
from mercato.nlp.text import Sentence, Token, fold, tokens

_QUOTES = "'\"‘’“”«»‹›"


@dataclass
class _Run:
    toks: list[Token]
    sentence: Sentence
    initial: bool  # starts the sentence
    glued: bool = False  # a capitalised common word touches it: "Copa América", "Il Mattino"
    quoted: bool = False  # in quotes on its own: a nickname ("el 'Depredador'")
    cut: bool = False  # what is left of a run after common words ("Lega di Salvini")

    @property
    def start(self) -> int:
        return self.toks[0].start

    @property
    def end(self) -> int:
        return self.toks[-1].end


def _is_name_token(tok: Token, lex: Lexicon) -> bool:
    word = tok.text
    if not word[:1].isupper() or not word[:1].isalpha() or len(word) < 2:
        return False
    if word.isupper():  # "PSG", "TSF", "BREAKING": acronyms and shouting, not names
        return False
    head, sep, tail = word.replace("’", "'").partition("'")
    if sep and len(head) <= 4 and not tail[:1].isupper():
        return False
    folded = fold(word)
    if folded in lex.not_names or folded in lex.former_words:
        return False
    if _glued_words(word) or _common_parts(folded, lex) or _noun(folded, lex):
        return False
    return folded not in lex.stop_words or word in lex.name_particles


def _glued_words(word: str) -> bool:
    """ "WritersReuters", "MadridCORDON": two words run together by a page scrape
    (a capital after four lower-case letters; "McKenna", "MacAllister" are names)."""
    return _GLUED_RE.search(word) is not None


_GLUED_RE = re.compile(r"[^\W\d_A-ZÀ-Þ]{4}[A-ZÀ-Þ]")


def _common_parts(folded: str, lex: Lexicon) -> bool:
    """ "First-Team", "Bem-vindo": a hyphenated word with a common word in it."""
    if "-" not in folded:
        return False
    return any(
        len(part) >= 3 and (part in lex.not_names or part in lex.stop_words)
        for part in folded.split("-")
    )


def _noun(folded: str, lex: Lexicon) -> bool:
    """German compounds and inflections of known nouns: "Kaufoption" ("Option"),
    "Transfers" ("Transfer"). Only for languages that list ``noun_heads``."""
    if not lex.noun_heads or folded in first_names():
        return False
    for cut in (1, 2):  # "Transfers", "Gerüchte", "Berichten"
        if len(folded) - cut >= 4 and folded[:-cut] in lex.not_names:
            return True
    return any(folded[k:] in lex.noun_heads for k in range(3, len(folded) - 4))


def _without_elision(tok: Token) -> Token:
    """ "d'Igor" -> "Igor", "l'Argentin" -> "Argentin": the elided article is not a name."""
    head, sep, tail = tok.text.replace("’", "'").partition("'")
    if sep and 0 < len(head) <= 4 and head.islower() and tail[:1].isupper():
        cut = len(head) + 1
        return Token(tok.text[cut:], tok.start + cut, tok.end)
    return tok


def _runs(
    text: str, sentence: Sentence, blocked: list[tuple[int, int]], lex: Lexicon
) -> list[_Run]:
    toks = [_without_elision(t) for t in tokens(text, sentence.start, sentence.end)]
    blocked = [(s, e) for s, e in blocked if s < sentence.end and sentence.start < e]
    runs: list[_Run] = []
    current: list[Token] = []
    credit = text.find("©", sentence.start, sentence.end)
    first_index = 0

    def close() -> None:
        while current and current[-1].text in lex.name_particles:
            current.pop()
        while current and current[0].text in lex.name_particles and len(current) == 1:
            current.pop()
        if current:
            run = _Run(list(current), sentence, first_index == 0)
            last = first_index + len(current) - 1
            run.glued = _touches_common_word(text, toks, first_index, last, blocked, lex)
            run.quoted = _in_quotes(text, run.start, run.end)
            if not 0 <= credit < run.start:  # "© IMAGO / Sven Simon": a photo credit
                runs.append(run)
        current.clear()

    long_words = [t for t in toks if len(t.text) >= 4 and t.text[0].isalpha()]
    # clubs, given names and the surnames after them are capitalised in any sentence:
    # only the other words tell a headline's case ("El Real Madrid ha cedido a Álvaro
    # Quintana al Getafe" is none)
    given = first_names()
    after_given = {toks[k + 1].start for k in range(len(toks) - 1) if fold(toks[k].text) in given}
    telling = [
        t
        for t in long_words
        if fold(t.text) not in given
        and t.start not in after_given
        and not (t.text[0].isupper() and any(s < t.end and t.start < e for s, e in blocked))
    ]
    title_case = (
        not lex.require_first_name  # German capitalises nouns: no headline case to detect
        and len(long_words) >= 5
        and len(telling) >= 3
        and sum(t.text[0].isupper() for t in telling) >= 0.8 * len(telling)
    )
    for i, tok in enumerate(toks):
        if title_case:
            close()
        inside_block = any(s < tok.end and tok.start < e for s, e in blocked)
        gap = text[current[-1].end : tok.start] if current else " "
        joined = gap in (" ", "\u00a0")
        if inside_block:
            close()
            continue
        is_particle = tok.text in lex.name_particles or (
            # "Franck Le Gall", "Erik Ten Hag": a capitalised particle inside a name
            bool(current) and joined and tok.text.lower() in lex.name_particles
        )
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            is_particle
            and nxt is not None
            and nxt.text[:1].isupper()
            and (current or tok.text[:1].isupper())
        ):
            if current and not joined:
                close()
                if not tok.text[:1].isupper():
                    continue  # ", do Catar": a lower-case particle starts no name
            if not current:
                first_index = i
            current.append(tok)
            continue
        if _is_name_token(tok, lex) and not is_particle:
            if current and not joined:
                close()
            if not current:
                first_index = i
            current.append(tok)
        else:
            close()
    close()
    return runs


def _touches_common_word(
    text: str,
    toks: list[Token],
    first: int,
    last: int,
    blocked: list[tuple[int, int]],
    lex: Lexicon,
) -> bool:
    """Whether the run is part of a longer proper noun, not a person's name.

    A capitalised word that is no name stands right before or after it ("Copa América",
    "ex-Nova Iguaçu", "il quotidiano Il Mattino", "Centro Médico", "Rio de Janeiro"); or a
    lower-case article before it ("el Taladro", "l'Institut"); or a web domain after it
    ("Agi.it"); or an abbreviation's full stop and a day ("Jan. 27"); or a count before it
    ("20 Minutes"). Nationalities ("le Brésilien Endrick"), honorifics and the sentence's
    first word do not count."""
    start, end = toks[first].start, toks[last].end
    if _DOMAIN_RE.match(text, end) or text[max(0, start - 2) : start] in ("l'", "l’", "L'"):
        return True  # "Agi.it"; "l'Institut", "dell'Aquila": an elided article
    sides = []
    if first > 0:
        prev = toks[first - 1]
        word = prev.text.rsplit("-", 1)[-1]
        gap = text[prev.end : start]
        if prev.text.isdigit() and len(prev.text) <= 3 and gap == " ":
            return True  # "20 Minutes", "270 Stimmen": a count of something
        if (
            prev.text in lex.articles
            and gap == " "
            and not prev.text.endswith("s")  # "los Pérez": a family
            and text[end : end + 2] not in ("'s", "’s")  # "the Moore's men"
        ):
            return True
        if first - 1 > 0 or word != prev.text:  # a sentence's first word is capitalised anyway
            sides.append((prev, word, gap))
    if first == last and end - start <= 4 and _DAY_RE.match(text, end):
        return True  # "on Jan. 27": an abbreviated month
    if last + 1 < len(toks) and not (first == last and fold(toks[first].text) in first_names()):
        nxt = toks[last + 1]  # a given name's surname may be a common word
        gap = text[end : nxt.start]
        if nxt.text.islower() and nxt.text in lex.name_particles and last + 2 < len(toks):
            nxt, gap = toks[last + 2], "+"  # "Rio de Janeiro", "Copa do Mundo"
        sides.append((nxt, nxt.text.split("-", 1)[0], gap))
    for tok, word, gap in sides:
        if gap not in (" ", "\u00a0", "-", "+") or not word[:1].isupper() or not word[:1].isalpha():
            continue
        folded = fold(word)
        if (
            word.isupper()
            or word in lex.name_particles
            or folded in lex.nationalities
            or folded in lex.former_words
            or folded in _honorifics()
            or any(s < tok.end and tok.start < e for s, e in blocked)
        ):
            continue
        # right after the run, only this language's common words: in French, "Will Still"
        # is a name ("Still" starts English sentences)
        right_after = tok.start > start and gap != "+"
        common = lex.own_not_names if right_after else lex.not_names
        if folded in common or folded in lex.stop_words:
            return True
    return False


_DOMAIN_RE = re.compile(r"\.[a-z]{2,3}(?![a-z])")
_DAY_RE = re.compile(r"\. ?\d{1,2}\b(?![.,]\d)")


@lru_cache(maxsize=1)
def _honorifics() -> frozenset[str]:
    """ "Mr", "Sig", "Dr": a title before a surname, not part of a longer proper noun."""
    return frozenset(fold(w) for w in read_toml("data", "names.toml").get("abbreviations", []))


def _in_quotes(text: str, start: int, end: int) -> bool:
    """ "el 'Depredador'", "« Pipita »": a word quoted on its own."""
    before = text[max(0, start - 2) : start].rstrip(" \u00a0")
    after = text[end : end + 2].lstrip(" \u00a0")
    return bool(before) and before[-1] in _QUOTES and bool(after) and after[0] in _QUOTES


@dataclass(frozen=True)
class Person:
    """One person of the article: the fullest name and every mention of it."""

    name: str
    mentions: tuple[Mention, ...]


def find_people(
    text: str,
    sentences: list[Sentence],
    lex: Lexicon,
    blocked: list[tuple[int, int]],
    cue_spans: list[tuple[int, int]],
) -> list[Person]:
    """People mentioned in ``sentences``.

    ``blocked`` are spans that cannot be names (clubs, outlets); ``cue_spans`` are job
    titles and positions, next to which a lone capitalised word is taken as a surname.
    """
    given = first_names()
    lowercase = {
        fold(t.text)
        for s in sentences
        for t in tokens(text, s.start, s.end)
        if t.text[:1].islower()
    }
    raw = [run for s in sentences for run in _runs(text, s, blocked, lex)]
    raw_counts = Counter(fold(" ".join(t.text for t in r.toks)) for r in raw)
    runs = [_trim(text, run, lex, given, lowercase, raw_counts) for run in raw]

    def words(run: _Run) -> list[str]:
        return [t.text for t in run.toks]

    full: list[_Run] = []
    single: list[_Run] = []
    for run in runs:
        core = [w for w in words(run) if w not in lex.name_particles]
        # "(...) Da Maestro a Mister": a capitalised particle opening a clause may just be
        # a preposition; "la cessione di De Ligt" has a name
        led = _particle_led(run, lex) and _opens_clause(text, run)
        if len(core) >= 2 or (len(core) == 1 and len(run.toks) >= 2 and not led):
            full.append(run)
        elif core:
            single.append(run)

    # "el Relámpago... El Relámpago": a mention glued to a longer noun is no evidence
    counts = Counter(fold(" ".join(words(r))) for r in runs if not (r.glued or r.quoted))
    non_initial = Counter(
        fold(" ".join(words(r))) for r in runs if not (r.initial or r.glued or r.quoted)
    )
    accepted: list[_Run] = []
    for run in full:
        w = words(run)
        if run.cut and not any(fold(x) in given for x in w):
            continue  # "Hexagonal de La Plata", "Carciofo di Piazza Trieste": a place
        plain = not run.initial and not lex.require_first_name
        trusted = fold(w[0]) in given or plain
        recurs = counts[fold(" ".join(w))] >= 2 and not lex.require_first_name
        if trusted or recurs or _near_cue(run, cue_spans) or _subject(text, run, lex, lowercase):
            accepted.append(run)
        else:
            # "Weltfußballer Robert Lewandowski", "Frankreichs Starspieler Kylian Mbappé":
            # capitalised words before a given name followed by a surname
            at = next((i for i in range(1, len(w) - 1) if fold(w[i]) in given), None)
            if at is not None:
                accepted.append(_Run(run.toks[at:], run.sentence, False))

    people: dict[str, list[tuple[_Run, str]]] = {}
    surname_of: dict[str, str] = {}
    first_of: dict[str, str] = {}
    for run in sorted(accepted, key=lambda r: -len(r.toks)):
        w = words(run)
        key = _person_key(w, lex)
        target = surname_of.get(key)
        if target is None:
            target = " ".join(w)
            people[target] = []
            surname_of.setdefault(key, target)
            surname_of.setdefault(fold(w[-1]), target)
            first_of.setdefault(fold(w[0]), target)
        people[target].append((run, " ".join(w)))

    # runs glued to a longer proper noun or quoted only join people found elsewhere
    for run in sorted(single, key=lambda r: r.glued or r.quoted):
        name = " ".join(words(run))
        word = fold(name)
        target = surname_of.get(word) or first_of.get(word)
        if target is None:
            if run.glued or run.quoted:
                continue  # "Copa América", "el 'Depredador'": no surname of anyone here
            inside = non_initial[word]
            near = (
                not lex.require_first_name
                and not _particle_led(run, lex)  # capitalised anyway: "Da Maestro a Mister"
                and (
                    _near_cue(run, cue_spans)
                    and not run.initial
                    or _cue_right_after(run, cue_spans)
                )
            )
            needed = 3 if lex.require_first_name else 2
            if not ((inside >= 1 and counts[word] >= needed) or near) or word in lowercase:
                continue  # "contratação" written in lower case elsewhere: a common word
            target = name
            people.setdefault(target, [])
            surname_of[word] = target
        people[target].append((run, name))

    result = []
    for name, found in people.items():
        if not found:
            continue
        mentions = tuple(
            sorted(
                (Mention("PERSON", r.start, r.end, text[r.start : r.end], name) for r, _ in found),
                key=lambda m: m.start,
            )
        )
        result.append(Person(name, mentions))
    return result


def _subject(text: str, run: _Run, lex: Lexicon, lowercase: set[str]) -> bool:
    """ "Erwan Kerjean a prolongé", "Callum Reid has signed": two or three capitalised
    words opening a sentence and directly followed by a verb (an auxiliary of the
    language or a move or status cue) are its subject, a person, unless one of them is
    written in lower case elsewhere in the article (a common word). Not for languages
    that capitalise nouns."""
    if not run.initial or run.glued or run.quoted or run.cut or lex.require_first_name:
        return False
    if not 2 <= len(run.toks) <= 3 or any(fold(t.text) in lowercase for t in run.toks):
        return False
    given = first_names()
    if fold(run.toks[-1].text) in given and fold(run.toks[0].text) not in given:
        return False  # "Highlights Xavi has been sacked": a word before a given name
    after = text[run.end : run.end + 40]
    nxt = _NEXT_WORD_RE.match(after)
    if nxt is None:
        return False
    if nxt.group(1).replace("’", "'").lower() in lex.name_verbs:
        return True
    folded = fold(after)
    at = nxt.start(1)
    return any(s == at for s, _, _ in lex.statuses.find(folded)) or any(
        s == at for s, _, _ in lex.triggers.find(folded)
    )


_NEXT_WORD_RE = re.compile(r"[ \u00a0]+([^\W\d_]+(?:['’][^\W\d_]+)?)")


def _person_key(words: list[str], lex: Lexicon) -> str:
    """The surname with its particles: "De Zerbi" for "Roberto De Zerbi"."""
    tail: list[str] = [words[-1]]
    for w in reversed(words[:-1]):
        if w in lex.name_particles:
            tail.insert(0, w)
        else:
            break
    if len(tail) == 1:
        return fold(words[-1])
    return fold(" ".join(tail))


def _cue_right_after(run: _Run, cue_spans: list[tuple[int, int]]) -> bool:
    """ "Lukaku e compagni": a title or position right after the name."""
    return any(0 <= s - run.end <= 2 for s, _ in cue_spans)


def _near_cue(run: _Run, cue_spans: list[tuple[int, int]], reach: int = 30) -> bool:
    return any(0 <= run.start - e <= reach or 0 <= s - run.end <= 4 for s, e in cue_spans)


def _particle_led(run: _Run, lex: Lexicon) -> bool:
    """ "Da Maestro", "De Zerbi": a capitalised particle and one word."""
    first = run.toks[0].text
    return (
        len(run.toks) >= 2
        and first[:1].isupper()
        and first in lex.name_particles
        and all(t.text in lex.name_particles for t in run.toks[:-1])
    )


def _opens_clause(text: str, run: _Run) -> bool:
    """Whether the run starts a sentence or follows a bracket, quote, colon or dash."""
    before = text[run.sentence.start : run.start].rstrip()
    return run.initial or not before or not (before[-1].isalnum() or before[-1] == ",")


def _trim(
    text: str,
    run: _Run,
    lex: Lexicon,
    given: frozenset[str],
    lowercase: set[str],
    counts: Counter[str],
) -> _Run:
    """Common words at the head of a run are not part of the name.

    "Ringrazio Walter Mazzarri", "Tweet di Aurelio De Laurentiis", "Teamspieler Gianluca
    Scamacca": capitalised words before a given name followed by a surname, when the run
    starts a sentence or a quote, the language capitalises nouns, a lower-case particle
    ends them or one of them is written in lower case elsewhere. "Ville Lumière": a first
    word written in lower case elsewhere, in a run said only once ("Julio Vaccari" twice,
    "en julio": a name). "Lega di Salvini": a word and "of" before the rest, in a run said
    only once. What is left of these two is a name only with a given name in it, or as
    the surname of someone known.
    """
    w = [t.text for t in run.toks]
    if len(w) < 2 or fold(w[0]) in given or w[0] in lex.name_particles:
        return run
    at = next((i for i in range(1, len(w) - 1) if fold(w[i]) in given), None)
    if at is not None and (
        _opens_clause(text, run)
        or run.glued
        or lex.require_first_name
        or (w[at - 1] in lex.name_particles and w[at - 1].islower())
        or any(fold(x) in lowercase for x in w[:at])
    ):
        return _Run(run.toks[at:], run.sentence, False)
    once = counts[fold(" ".join(w))] < 2
    if len(w) >= 3 and w[1].islower() and fold(w[1]) in lex.of_words and once:
        # "Lega di Salvini", "Bola de Ouro", "Théâtre du Châtelet": a thing of something
        k = 2
        while k < len(w) - 1 and w[k] in lex.name_particles:
            k += 1
        return _Run(run.toks[k:], run.sentence, False, glued=True, cut=True)
    if fold(w[0]) not in lowercase or not once:
        return run
    k = 1
    while k < len(w) - 1 and w[k] in lex.name_particles:
        k += 1
    return _Run(run.toks[k:], run.sentence, False, glued=True, cut=True)


@lru_cache(maxsize=65536)
def name_tokens(name: str | None) -> tuple[str, ...]:
    """A person name as folded word tokens: "Rúben Amorim" -> ("ruben", "amorim")."""
    return tuple(t.text for t in tokens(fold(name or "")))


def _first_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if not a or not b:
        return True
    x, y = a[0], b[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def same_person(a: str | None, b: str | None) -> bool:
    """Whether two spellings of a name can denote the same person.

    Same folded name; or a one-word name equal to the other's first or last word
    (``Xavi`` / ``Xavi Hernández``, ``Greenwood`` / ``Mason Greenwood``); or a shared
    surname (the longest common run of last words, so ``De Zerbi`` / ``Roberto De Zerbi``)
    with first names that do not contradict (equal, or one an initial of the other).
    """
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == 1 or len(tb) == 1:
        single, other = (ta, tb) if len(ta) == 1 else (tb, ta)
        return single[0] in (other[0], other[-1])
    k = 0
    while k < min(len(ta), len(tb)) and ta[-1 - k] == tb[-1 - k]:
        k += 1
    return k > 0 and _first_names_agree(ta[: len(ta) - k], tb[: len(tb) - k])
