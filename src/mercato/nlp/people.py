"""Finding people in an article and tying every mention to one full name.

No statistical model is used (none ships offline for most of our languages, and speed
matters): a person is a run of capitalised words that is not a club, an outlet, a known
common word or a stop word. Runs that start with a known given name are trusted; others
must recur or sit next to a job title. Surname-only mentions ("Balzaretti") are then
resolved to the fullest name the article gives ("Federico Balzaretti").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from mercato.model import Mention
from mercato.nlp.lexicon import Lexicon, first_names
from mercato.nlp.text import Sentence, Token, fold, tokens


@dataclass
class _Run:
    toks: list[Token]
    sentence: Sentence
    initial: bool  # starts the sentence

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
    return folded not in lex.stop_words or word in lex.name_particles


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
    first_index = 0

    def close() -> None:
        while current and current[-1].text in lex.name_particles:
            current.pop()
        while current and current[0].text in lex.name_particles and len(current) == 1:
            current.pop()
        if current:
            runs.append(_Run(list(current), sentence, first_index == 0))
        current.clear()

    long_words = [t for t in toks if len(t.text) >= 4 and t.text[0].isalpha()]
    title_case = (
        not lex.require_first_name  # German capitalises nouns: no headline case to detect
        and len(long_words) >= 5
        and sum(t.text[0].isupper() for t in long_words) >= 0.8 * len(long_words)
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
        is_particle = tok.text in lex.name_particles
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (
            is_particle
            and nxt is not None
            and nxt.text[:1].isupper()
            and (current or tok.text[:1].isupper())
        ):
            if current and not joined:
                close()
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
    runs = [run for s in sentences for run in _runs(text, s, blocked, lex)]
    given = first_names()

    def words(run: _Run) -> list[str]:
        return [t.text for t in run.toks]

    full: list[_Run] = []
    single: list[_Run] = []
    for run in runs:
        core = [w for w in words(run) if w not in lex.name_particles]
        if len(core) >= 2 or (len(core) == 1 and len(run.toks) >= 2):
            full.append(run)
        elif core:
            single.append(run)

    counts = Counter(fold(" ".join(words(r))) for r in runs)
    lowercase = {
        fold(t.text)
        for s in sentences
        for t in tokens(text, s.start, s.end)
        if t.text[:1].islower()
    }
    non_initial = Counter(fold(" ".join(words(r))) for r in runs if not r.initial)
    accepted: list[_Run] = []
    for run in full:
        w = words(run)
        plain = not run.initial and not lex.require_first_name
        trusted = fold(w[0]) in given or plain
        recurs = counts[fold(" ".join(w))] >= 2 and not lex.require_first_name
        if trusted or recurs or _near_cue(run, cue_spans):
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

    for run in single:
        word = fold(run.toks[0].text)
        target = surname_of.get(word) or first_of.get(word)
        if target is None:
            inside = non_initial[word]
            near = not lex.require_first_name and (
                _near_cue(run, cue_spans) and not run.initial or _cue_right_after(run, cue_spans)
            )
            needed = 3 if lex.require_first_name else 2
            if not ((inside >= 1 and counts[word] >= needed) or near) or word in lowercase:
                continue  # "contratação" written in lower case elsewhere: a common word
            target = run.toks[0].text
            people.setdefault(target, [])
            surname_of[word] = target
        people[target].append((run, run.toks[0].text))

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
