"""How the mentions of one sentence relate: which club a person goes to or comes from,
which job title belongs to which name, who the article is about.

These readings are shared by the move and role extractors.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from mercato.extract.context import ArticleContext, Cue, SentenceInfo
from mercato.model import ROLES, Mention
from mercato.nlp.text import TOKEN_RE, fold

HOLDER_ROLES = frozenset({"president", "owner", "ceo", "executive"})


STAFF_ROLES = frozenset(ROLES) - HOLDER_ROLES - {"player"}


def person_roles(ctx: ArticleContext) -> dict[str, str]:
    """The job each person holds in this article's words: a role id, or "player".

    A title right next to the name counts most; a staff title elsewhere in the same
    sentence counts a little, so that "Tudor ... sur le banc" still reads as a coach.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    antecedent: str | None = None  # the first person named in the latest sentence naming one
    for info in ctx.infos:
        opening = _opening_title(ctx, info)
        if opening is not None and antecedent is not None:
            # "...una reunión entre Layhoon Chan y los agentes. La presidenta, que conoce a
            # Carlos, ...": a sentence opened by a title speaks of the one named before
            votes[antecedent][opening.label] += 2
        if info.people:
            antecedent = str(info.people[0].value)
        cues = [c for c in info.roles + info.positions + info.team_of if not past_title(ctx, c)]
        listed: Cue | None = None  # "os adjuntos X, Y e Z": a title before a list is everyone's
        previous: Mention | None = None
        for mention in info.people:
            cue = adjacent_title(mention, cues, ctx)
            if cue is not None and cue.end <= mention.start:
                listed = cue
            elif cue is None and not (previous and _listed_after(ctx, previous, mention)):
                listed = None
            if cue is None and listed is not None:
                cue = listed
            previous = mention
            if cue is not None:
                votes[str(mention.value)][cue.label] += 3
            elif len({str(m.value) for m in info.people}) == 1:
                for other in cues:
                    if other.label in STAFF_ROLES and abs(other.start - mention.start) <= 80:
                        votes[str(mention.value)][other.label] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in votes.items()}


def _opening_title(ctx: ArticleContext, info: SentenceInfo) -> Cue | None:
    """A holder's title opening the sentence, before any name and followed by a comma
    ("La presidenta, que conoce a Carlos"): the job of someone named before."""
    if not info.roles:
        return None
    cue = min(info.roles, key=lambda c: c.start)
    if cue.label not in HOLDER_ROLES or past_title(ctx, cue):
        return None
    if any(m.start < cue.end + 3 for m in info.people) or any(
        c.start < cue.end for c in info.clubs
    ):
        return None
    words = TOKEN_RE.findall(ctx.folded[info.start : cue.start].replace("'", " "))
    if any(w not in ctx.lex.articles for w in words):
        return None
    return cue if ctx.text[cue.end : cue.end + 2].strip().startswith(",") else None


def current_clubs(ctx: ArticleContext, info: SentenceInfo) -> list[Mention]:
    """ "sous contrat avec United", "di proprietà dell'Atletico", "Lille, il suo attuale
    club": the clubs a sentence says someone is at now."""
    found = []
    for club in info.clubs:
        for start, end in ((c.start, c.end) for c in info.current):
            between = TOKEN_RE.findall(ctx.folded[end : club.start].replace("'", " "))
            if 0 <= club.start - end <= 12 and all(w in ctx.lex.articles for w in between):
                found.append(club)
            elif 0 <= club.start - end <= 45 and _contract_with(ctx, end, club):
                found.append(club)  # "en fin de contrat dans six mois avec le FC Barcelone"
            elif 0 <= start - club.end <= 3 and ctx.text[club.end : start].strip() in ("", ","):
                found.append(club)
    return found


def _contract_with(ctx: ArticleContext, end: int, club: Mention) -> bool:
    """A few words after a contract phrase, the club after "with" or "at", in the same
    clause."""
    gap = ctx.text[end : club.start]
    if any(ch in gap for ch in ",;:.()"):
        return False
    word = _word_before(ctx, club.start) or ""
    return word in ctx.lex.with_words or word in ctx.lex.to_words


def stays_at(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> bool:
    """ "ficará no Sporting", "will stay at Lille": the club right after a "stay" phrase."""
    if ctx.lex.stay_phrases is None:
        return False
    window_start = max(info.start, club.start - 24)
    for _, end, _ in ctx.lex.stay_phrases.find(ctx.folded, window_start, club.start):
        between = TOKEN_RE.findall(ctx.folded[end : club.start].replace("'", " "))
        if all(w in ctx.lex.articles for w in between):
            return True
    return False


def _listed_after(ctx: ArticleContext, left: Mention, right: Mention) -> bool:
    """ "X, Y e Z": only a comma or an "and" between two names."""
    gap = TOKEN_RE.findall(ctx.folded[left.end : right.start])
    return (
        bool(gap)
        and len(gap) <= 1
        and all(w in ctx.lex.and_words for w in gap)
        or (not gap and ctx.text[left.end : right.start].strip() == ",")
    )


def home_clubs(ctx: ArticleContext) -> dict[str, str]:
    """The club each person is tied to in the article's words ("Burnley coach Kompany",
    "l'attaquant du LOSC Victor Osimhen", "Man Utd striker Mason Greenwood")."""
    homes: dict[str, Counter[str]] = defaultdict(Counter)
    subject = focus_person(ctx) if any(i.current for i in ctx.infos) else None
    previous: str | None = None  # "Il centrocampista, di proprietà dell'Atletico": the one before
    for info in ctx.infos:
        antecedent = previous or subject
        named = {str(m.value) for m in info.people} or ({antecedent} if antecedent else set())
        if info.people:
            previous = str(info.people[0].value)
        if len(named) == 1 and info.current:
            for club in current_clubs(ctx, info):
                homes[next(iter(named))][str(club.value)] += 1
        cues = [
            c
            for c in info.roles + info.positions
            if not past_title(ctx, c) and not is_new_job(info, c)
        ]
        for mention in info.people:
            for club in info.clubs:
                if re.fullmatch(r"\s?['’]s\s", ctx.text[club.end : mention.start]):
                    homes[str(mention.value)][str(club.value)] += 1  # "Sporting's Ruben Amorim"
            cue = adjacent_title(mention, cues, ctx)
            if cue is None:
                continue
            for club in info.clubs:
                if club.end <= cue.start and cue.start - club.end <= 4:
                    homes[str(mention.value)][str(club.value)] += 1
                elif cue.end <= club.start < mention.start or (
                    0 <= club.start - cue.end <= 12
                    and club_relation(ctx, info, club) in ("of", "from")
                ):
                    homes[str(mention.value)][str(club.value)] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in homes.items() if counts}


def adjacent_title(mention: Mention, cues: list[Cue], ctx: ArticleContext) -> Cue | None:
    """A job title right before the name ("l'entraîneur Gattuso") or right after it.

    Between title and name there may be a club ("l'entraîneur de l'OM Roberto De Zerbi")
    and small words, but at most one other word ("l'entraîneur italien Gattuso").
    """
    best: tuple[int, Cue] | None = None
    lex = ctx.lex
    for cue in cues:
        if past_title(ctx, cue):
            continue
        if cue.end <= mention.start:
            gap = ctx.text[cue.end : mention.start]
            distance = len(gap)
            if distance > 45 or any(ch in gap for ch in ".;:!?\n"):
                continue
            between = [
                fold(w) for w in TOKEN_RE.findall(_without_clubs(ctx, cue.end, mention.start))
            ]
            if any(w in lex.and_words or w in lex.by_words for w in between):
                continue  # "l'entraîneur et De Laurentiis", "le directeur nommé par Longoria"
            if gap.lstrip().startswith(",") and between[:1] and between[0] in lex.relative_words:
                continue  # "La presidenta, que conoce a Carlos": a clause about someone else
            words = [w for w in between if w not in lex.stop_words and w not in lex.from_words]
            if len(words) <= int(lex.adjective_after_noun) and (best is None or distance < best[0]):
                best = (distance, cue)
        elif cue.start >= mention.end and not _object_of_move(ctx, mention):
            gap = ctx.folded[mention.end : cue.start]
            words = TOKEN_RE.findall(gap)
            # "Frank McCourt, le président", "Deco (director deportivo)", "X, the owner"
            if (
                len(gap) <= 8
                and not set(gap) - (set(" ,(-–'") | set("".join(words)))
                and all(w in ctx.lex.articles for w in words)
            ):
                if best is None or len(gap) < best[0]:
                    best = (len(gap), cue)
    return best[1] if best else None


def _object_of_move(ctx: ArticleContext, mention: Mention) -> bool:
    """ "Après avoir recruté Marco Otero, le président..." : right after a move verb, the
    name is its object, and the title that follows is someone else's."""
    return any(
        0 <= mention.start - t.end <= 3
        for info in ctx.infos
        if info.start <= mention.start < info.end
        for t in info.triggers
    )


def past_title(ctx: ArticleContext, cue: Cue) -> bool:
    """ "l'ancien entraîneur", "ex-joueur", "former manager": not the current job."""
    before = fold(_without_clubs(ctx, max(0, cue.start - 40), cue.start))
    words = TOKEN_RE.findall(before.replace("-", " ").replace("'", " "))
    return any(w in ctx.lex.former_words for w in words[-4:])


def _without_clubs(ctx: ArticleContext, start: int, end: int) -> str:
    """The text between two offsets with club names and team qualifiers ("Under-19",
    "women's") blanked out."""
    spans = [
        (c.start, c.end) for i in ctx.infos if i.start <= start < i.end for c in i.clubs + i.teams
    ]
    chars = list(ctx.text[start:end])
    for span_start, span_end in spans:
        for pos in range(max(span_start, start), min(span_end, end)):
            chars[pos - start] = " "
    return "".join(chars)


def _word_before(ctx: ArticleContext, pos: int) -> str | None:
    """The word before ``pos``, articles skipped: "à" in "à l'OM", "from" in "from the",
    and one hyphenated descriptor: "von" in "von Premier-League-Absteiger Burnley"."""
    window = ctx.folded[max(0, pos - 50) : pos].replace("'", "' ")
    skipped = False
    words = [w for w in reversed(TOKEN_RE.findall(window)) if w not in ctx.lex.articles]
    for at, word in enumerate(words):
        if "-" in word and not skipped:
            skipped = True
            continue
        if _club_noun(ctx, word):
            # "from rivals Chelsea", "to Premier League side Chelsea", "vom
            # Tabellennachbarn Mainz": the preposition before a describing noun
            lex = ctx.lex
            for other in words[at + 1 : at + 4]:
                if other in lex.from_words or other in lex.to_words:
                    return other
        return word
    return None


def _club_noun(ctx: ArticleContext, word: str) -> bool:
    """A noun that describes a club ("side", "rivals"), German compounds ending in one
    ("Tabellennachbarn") included."""
    return any(
        word == noun or len(word) > len(noun) + 2 and word.endswith(noun)
        for noun in ctx.lex.club_nouns
    )


def club_relation(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> str:
    """How a club stands in its sentence: "to", "from", "of" (a job there), "former",
    "against", "possessive" or "none"."""
    lex = ctx.lex
    after = ctx.text[club.end : club.end + 3]
    if re.match(r"['’]s\b", after):
        # "Stoke City's relegation", "Real Madrid's offer": the club owns what follows; it
        # is no destination ("Sporting's Ruben Amorim" makes it his club: home_clubs)
        return "possessive"
    for cue in info.roles + info.positions:
        if 0 <= cue.start - club.end <= 3 and not after.startswith((",", ".")):
            if is_new_job(info, cue):
                return "to"  # "new OM manager"
            return "former" if past_title(ctx, cue) else "of"  # "Former Bayern manager"
        if 0 <= club.start - cue.end <= 12:
            if is_new_job(info, cue):
                return "to"
            between = ctx.folded[cue.end : club.start].strip(" '")
            if (
                between in lex.from_words
                or between.split(" ")[-1:]
                and set(between.replace("'", "' ").split()) <= set(lex.from_words) | lex.articles
            ):
                return "former" if past_title(ctx, cue) else "of"  # "ex allenatore del Lione"
    window_start = max(info.start, club.start - 16)
    against_start = max(info.start, club.start - 30)  # "des oeuvres du Stade Rennais"
    for _, end, _ in lex.against_words.find(ctx.folded, against_start, club.start):
        between = TOKEN_RE.findall(ctx.folded[end : club.start].replace("'", " "))
        if all(w in lex.articles for w in between):
            return "against"  # "frente ao Estrela da Amadora", "contra el Betis": a fixture
    score = _SCORE_RE.search(ctx.text, max(info.start, club.start - 40), club.start)
    if score is not None and not any(ch in ctx.text[score.end() : club.start] for ch in ",;.:"):
        return "against"  # "a 2-1 loss to Brentford", "il 4-0 contro il Lecce"
    for t in info.triggers:
        between = TOKEN_RE.findall(ctx.folded[t.end : club.start].replace("'", " "))
        if "," in ctx.text[t.end : club.start]:
            continue  # "verso un prematuro addio, l'Atalanta è tornata": a new clause
        if t.label == "leave" and t.end <= club.start and all(w in lex.articles for w in between):
            if len(between) <= 2:
                return "from"  # "deixou a SPAL", "quitte l'OM"
        if t.label == "appointment" and t.end <= club.start and len(between) <= 1:
            if all(w in lex.articles for w in between):
                return "to"  # "assumirá os red devils", "coacher le PSG": the job's club
    if lex.to_phrases is not None:
        for _, end, _ in lex.to_phrases.find(ctx.folded, window_start, club.start):
            between = TOKEN_RE.findall(ctx.folded[end : club.start].replace("'", " "))
            if all(w in lex.articles for w in between):
                return "to"  # "son transfert en faveur du Paris SG"
    if stays_at(ctx, info, club):
        return "from"  # "ficará no Sporting até à pausa": where they stay until then
    word = _word_before(ctx, club.start) or ""
    if _former_job(ctx, info, club, word):  # "ex allenatore - tra le altre - del Lione"
        return "former"
    between = _between_pair(ctx, info, club)
    if between is not None:
        return between  # "trattativa tra Lione e Nantes": the buyer first, the seller second
    if (
        word not in lex.to_words | lex.with_words
        and word + "'" not in lex.to_words
        and _seller(ctx, info, club)
    ):
        return "from"  # "la cessione è stata annunciata dal Torino": who sells
    if word in lex.with_words and _deal_with_other_club(ctx, info, club):
        return "from"  # "Bayern have agreed a deal with Burnley": the club that lets him go
    if word in lex.to_words or word + "'" in lex.to_words:
        if any(0 <= club.start - fee.end <= 15 for fee in info.fees):
            return "from"  # "a versé 18 millions au Celta": the club paid is the seller
        if any(0 <= fee.start - club.end <= 2 for fee in info.fees):
            return "from"  # "al Sassuolo 15 milioni": the club a fee goes to sells
        return "to"
    if word in lex.from_words or word + "'" in lex.from_words:
        offers = [c for c in info.statuses if c.label == "negotiating"]
        if any(0 <= club.start - c.end <= 45 for c in offers):
            return "to"  # "une offre de la part de Valence", "an offer from Lazio": the bidder
        wishes = [c for c in info.statuses if c.label == "rumour"] + info.hedges
        if any(0 <= club.start - c.end <= 8 for c in wishes):
            return "to"  # "la priorité de l'Atalanta", "target of Juventus": who wants him
        denials = [c for c in info.statuses if c.label == "denied"]
        if (
            any(0 <= club.start - c.end <= 12 for c in denials)
            and len({str(c.value) for c in info.clubs}) > 1
        ):
            return "to"  # "smentita del Napoli: nessuna trattativa con la Fiorentina"
        return "from"
    return "none"


def _seller(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> bool:
    """A sale word a few words from the club, in the same clause ("la cessione è stata
    annunciata dal Torino", "Mainz bestätigte den Verkauf"): the club
    sells."""
    if not ctx.lex.sale_words:
        return False
    low = max(info.start, club.start - 40)
    before = ctx.folded[low : club.start]
    before = re.split(r"[,;:()]", before)[-1]
    after = re.split(r"[,;:()]", ctx.folded[club.end : min(info.end, club.end + 40)])[0]
    words = TOKEN_RE.findall(before.replace("'", " "))[-4:] + TOKEN_RE.findall(after)[:4]
    return any(w in ctx.lex.sale_words for w in words)


_SCORE_RE = re.compile(r"(?<![\d/.,:-])\d{1,2} ?[-–:] ?\d{1,2}(?![\d/.,:-])")  # "3-0", "1:1"


def _former_job(ctx: ArticleContext, info: SentenceInfo, club: Mention, word: str) -> bool:
    """ "l'ex Sassuolo De Zerbi", "former Bayern Munich and Germany manager", "ex allenatore
    - tra le altre - del Lione": a club right after a "former" word, or after "of" with a
    "former" word among the few words before, is a job once held, not where one comes from."""
    lex = ctx.lex
    if word.split("-")[0] in lex.former_words:
        return True
    if word not in lex.from_words and word not in lex.of_words:
        return False
    start = max(info.start, club.start - 50)
    if any(start <= c.end <= club.start for c in info.clubs if c is not club):
        start = max(c.end for c in info.clubs if c is not club and start <= c.end <= club.start)
    words = TOKEN_RE.findall(ctx.folded[start : club.start].replace("'", " "))
    return any(w.split("-")[0] in lex.former_words for w in words[-6:-1])


def _deal_with_other_club(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> bool:
    """ "<club A> ... agreed a deal with <club B>", "Il Lione ha avviato i contatti con il
    Nantes": an agreement or talks word between club A and "with" (not "sign with",
    where the club is the destination), club A making the deal in the same clause."""
    start = max(info.start, club.start - 30)
    words = [m for m in TOKEN_RE.finditer(ctx.folded, start, club.start)]
    at = max((i for i, m in enumerate(words) if m.group() in ctx.lex.with_words), default=None)
    if at is None:
        return False
    with_start = words[at].start()
    after = TOKEN_RE.findall(ctx.folded[club.end : info.end])
    if any(w in ctx.lex.sale_words for w in after[:4]):
        return False  # "negociação com o PSG pela venda do médio": the subject sells
    before = [m.group().split("'")[-1] for m in words[max(0, at - 3) : at]]
    if any(w in ctx.lex.deal_words for w in before):
        return any(c.end <= with_start and c.value != club.value for c in info.clubs)
    for other in info.clubs:
        if other.end > with_start or other.value == club.value or with_start - other.end > 80:
            continue
        gap = ctx.folded[other.end : with_start]
        if any(ch in gap for ch in ",;:()"):
            continue
        found = [m.group().split("'")[-1] for m in TOKEN_RE.finditer(gap)]
        if any(w in ctx.lex.deal_words for w in found):
            return True
    return False


def _between_pair(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> str | None:
    """ "Trattativa tra Lione e Nantes", "la operación entre el Sevilla y el Nantes": of
    two clubs named after "between", the first is the buyer, the second the seller."""
    lex = ctx.lex
    if not lex.between_words:
        return None

    def pair_after(first: Mention) -> Mention | None:
        for other in info.clubs:
            gap = TOKEN_RE.findall(ctx.folded[first.end : other.start].replace("'", " "))
            if other.start >= first.end and gap and gap[0] in lex.and_words:
                if all(w in lex.articles for w in gap[1:]):
                    return other
        return None

    if (_word_before(ctx, club.start) or "") in lex.between_words:
        return "to" if pair_after(club) is not None else None
    for first in info.clubs:
        if first.end <= club.start and pair_after(first) is club:
            if (_word_before(ctx, first.start) or "") in lex.between_words:
                return "from"
    return None


def is_new_job(info: SentenceInfo, cue: Cue) -> bool:
    """ "nouvel entraîneur de", "devient conseiller football du PSG": the club is where
    the job starts."""
    return any(
        t.label == "appointment"
        and (t.start <= cue.start and t.end >= cue.end or 0 <= cue.start - t.end <= 2)
        for t in info.triggers
    )


def named_as_reference(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """ "il braccio destro di Benatia", "collaborateur de Longoria": the person is named as
    someone's reference, not as the one moving. "l'arrivée de De Zerbi" is not possessive:
    the word before "de" is a move cue."""
    if _owner_of_noun(ctx, info, mention):
        return True
    if ctx.lex.instead_of is not None:  # "an alternative to Tom Reed": compared with
        found = ctx.lex.instead_of.find(
            ctx.folded, max(info.start, mention.start - 30), mention.start
        )
        if any(not ctx.folded[end : mention.start].strip() for _, end, _ in found):
            return True
    before = ctx.folded[info.start : mention.start].rstrip()
    words = TOKEN_RE.findall(before)
    if words and words[-1] in ctx.lex.by_words:
        by_start = info.start + before.rfind(words[-1])
        wishes = [(c.start, c.end) for c in info.hedges + info.statuses if c.label != "official"]
        cues = (
            [  # "intéressé par Marius Dorel": the one wanted, not an agent
                c for c in info.triggers if (c.start, c.end) not in wishes
            ]
            + info.roles
            + info.team_of
        )
        # "nommé par Pablo Longoria", "la squadra guidata da De Zerbi": the agent; a noun
        # before a word both "by" and "of" ("die Verpflichtung von X") names its object
        return any(
            (0 <= by_start - c.end <= 2 or c.start < by_start < c.end)
            and not (words[-1] in ctx.lex.of_words and ctx.text[c.start : c.start + 1].isupper())
            for c in cues
        )
    if not words or words[-1] not in ctx.lex.of_words and not before.endswith(("d'", "d’")):
        return False
    noun = words[-2] if words[-1] in ctx.lex.of_words and len(words) > 1 else words[-1]
    if re.split("['’]", noun)[-1] in ctx.lex.speaks_for:
        return False  # "l'entourage de Nathan Vidal": those who speak for him
    of_start = (
        info.start + before.rfind(words[-1]) if words[-1] in ctx.lex.of_words else len(before)
    )
    for other in info.people:
        # "les arrivées de Nathan Vidal et de Hugo Mercier": listed with the name before
        if other.end <= of_start and other.value != mention.value:
            gap = TOKEN_RE.findall(ctx.folded[other.end : of_start])
            if len(gap) == 1 and gap[0] in ctx.lex.and_words:
                return named_as_reference(ctx, info, other)
    cues = (
        [  # "la prochaine recrue de Luis Campos": Campos wants him, he is not moving
            c
            for c in info.triggers + info.statuses + info.positions
            if ctx.folded[c.start : c.end] not in ctx.lex.agent_nouns
        ]
        # "Ancien adjoint de José Mourinho": a job title's "of" names the boss, unless the
        # title is a new job ("nouvel entraîneur de X")
        + [c for c in info.roles if is_new_job(info, c)]
        + [h for h in info.hedges if h.start <= of_start < h.end]  # "coché le nom de X"
    )
    return not any(0 <= of_start - c.end <= 2 or c.start <= of_start < c.end for c in cues)


_OWNER_RE = re.compile(r"['’]s?\s")


def _owner_of_noun(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """ "Tom Reed's squad", "Tom Reed's assistant", "Tom Reed's successor": a name
    owning a noun that is no move word of theirs ("X's move", "X's sacking") is a
    reference, not the one moving."""
    if not _OWNER_RE.match(ctx.text, mention.end) or ctx.text[mention.end] not in "'’":
        return False
    if not ctx.text.startswith(("'s", "’s"), mention.end) and mention.text[-1:] != "s":
        return False
    start = mention.end + 2
    cues = [c for c in info.triggers + info.statuses if start <= c.start <= start + 25]
    return not any(c.label != "replaced" for c in cues)


def in_comparison(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """ "(devant celle de Nicolas Pépé à Arsenal)", "(ahead of X's move to Y)": a name in a
    parenthesis that opens with a comparison word is a record compared with, not a move."""
    if not ctx.lex.comparison_words:
        return False
    before = ctx.text[info.start : mention.start]
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return False
    words = TOKEN_RE.findall(fold(before[opened + 1 :]))
    return bool(words) and words[0] in ctx.lex.comparison_words


def focus_person(ctx: ArticleContext) -> str | None:
    """Whom the article is about: named most often (the headline counting double), the
    earliest on a tie. Sentences that name nobody ("il a signé") are about them."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for info in ctx.infos:
        for mention in info.people:
            if named_as_reference(ctx, info, mention):
                continue
            name = str(mention.value)
            counts[name] += 2 if info.sentence.index == 0 else 1
            first.setdefault(name, mention.start)
    if not counts:
        return None
    return max(counts, key=lambda n: (counts[n], -first[n]))


def focus_club(ctx: ArticleContext) -> str | None:
    """The club the article is about: named most often (bare city names count half), the
    headline double. A title or an extension stated without a club refers to it."""
    counts: Counter[str] = Counter()
    for info in ctx.infos:
        for club in info.clubs:
            weight = club.score * (2 if info.sentence.index == 0 else 1)
            counts[str(club.value)] += weight
    if not counts:
        return None
    (best, n), *rest = counts.most_common(2) + [("", 0)]
    return best if n >= 2 and n > rest[0][1] else None
