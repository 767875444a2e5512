"""Moves: who is going where, in what role, and how far the article says it has gone.

Rules propose moves sentence by sentence: a sentence with a move cue, a person and a club
yields a (type, person, to_club) claim. The club's place in the sentence (after "to",
"à", "al"... or "from", "de", "dal"...) gives its direction; the person's job title in the
article decides between a player's transfer and a staff appointment; cue words give the
status. Claims with the same key are merged across sentences.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from mercato.extract.context import ArticleContext, Cue, SentenceInfo
from mercato.model import ROLES, Evidence, Mention, Move
from mercato.nlp.text import TOKEN_RE, fold

HOLDER_ROLES = frozenset({"president", "owner", "ceo", "executive"})
STAFF_ROLES = frozenset(ROLES) - HOLDER_ROLES - {"player"}
STATUS_RANK = {
    "rumour": 0,
    "negotiating": 1,
    "agreed": 2,
    "official": 3,
    "collapsed": 4,
    "denied": 5,
}
YEAR_REACH = 40  # an earlier year this close to the club or name dates the move
TRIGGER_REACH = 250  # characters between a person and the cue that makes them move


@dataclass
class _Claim:
    type: str
    person: str
    to_club: str
    from_club: str | None = None
    role: str | None = None
    statuses: list[str] = field(default_factory=list)
    fee: float | None = None
    sources: list[str] = field(default_factory=list)
    background_votes: int = 0
    main_votes: int = 0
    evidence: list[SentenceInfo] = field(default_factory=list)
    first: int = 0


def person_roles(ctx: ArticleContext) -> dict[str, str]:
    """The job each person holds in this article's words: a role id, or "player".

    A title right next to the name counts most; a staff title elsewhere in the same
    sentence counts a little, so that "Tudor ... sur le banc" still reads as a coach.
    """
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for info in ctx.infos:
        cues = [c for c in info.roles + info.positions + info.team_of if not _past_title(ctx, c)]
        for mention in info.people:
            cue = _adjacent_cue(mention, cues, ctx)
            if cue is not None:
                votes[str(mention.value)][cue.label] += 3
            elif len({str(m.value) for m in info.people}) == 1:
                for other in cues:
                    if other.label in STAFF_ROLES and abs(other.start - mention.start) <= 80:
                        votes[str(mention.value)][other.label] += 1
    return {name: counts.most_common(1)[0][0] for name, counts in votes.items()}


def home_clubs(ctx: ArticleContext) -> dict[str, str]:
    """The club each person is tied to in the article's words ("Burnley coach Kompany",
    "l'attaquant du LOSC Victor Osimhen", "Man Utd striker Mason Greenwood")."""
    homes: dict[str, Counter[str]] = defaultdict(Counter)
    for info in ctx.infos:
        cues = [
            c
            for c in info.roles + info.positions
            if not _past_title(ctx, c) and not _is_new_job(info, c)
        ]
        for mention in info.people:
            for club in info.clubs:
                if re.fullmatch(r"\s?['’]s\s", ctx.text[club.end : mention.start]):
                    homes[str(mention.value)][str(club.value)] += 1  # "Sporting's Ruben Amorim"
            cue = _adjacent_cue(mention, cues, ctx)
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


def _adjacent_cue(mention: Mention, cues: list[Cue], ctx: ArticleContext) -> Cue | None:
    """A job title right before the name ("l'entraîneur Gattuso") or right after it.

    Between title and name there may be a club ("l'entraîneur de l'OM Roberto De Zerbi")
    and small words, but at most one other word ("l'entraîneur italien Gattuso").
    """
    best: tuple[int, Cue] | None = None
    lex = ctx.lex
    for cue in cues:
        if _past_title(ctx, cue):
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


def _past_title(ctx: ArticleContext, cue: Cue) -> bool:
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
    """The word before ``pos``, articles skipped: "à" in "à l'OM", "from" in "from the"."""
    window = ctx.folded[max(0, pos - 30) : pos].replace("'", "' ")
    for word in reversed(TOKEN_RE.findall(window)):
        if word not in ctx.lex.articles:
            return word
    return None


def club_relation(ctx: ArticleContext, info: SentenceInfo, club: Mention) -> str:
    """How a club stands in its sentence: "to", "from", "of" (a job there) or "none"."""
    lex = ctx.lex
    after = ctx.text[club.end : club.end + 3]
    for cue in info.roles + info.positions:
        if 0 <= cue.start - club.end <= 3 and not after.startswith((",", ".")):
            return "to" if _is_new_job(info, cue) else "of"  # "new OM manager"
        if 0 <= club.start - cue.end <= 12:
            if _is_new_job(info, cue):
                return "to"
            between = ctx.folded[cue.end : club.start].strip(" '")
            if (
                between in lex.from_words
                or between.split(" ")[-1:]
                and set(between.replace("'", "' ").split()) <= set(lex.from_words) | lex.articles
            ):
                return "of"
    window_start = max(info.start, club.start - 16)
    for _, end, _ in lex.against_words.find(ctx.folded, window_start, club.start):
        between = TOKEN_RE.findall(ctx.folded[end : club.start].replace("'", " "))
        if all(w in lex.articles for w in between):
            return "against"  # "frente ao Estrela da Amadora", "contra el Betis": a fixture
    for t in info.triggers:
        between = TOKEN_RE.findall(ctx.folded[t.end : club.start].replace("'", " "))
        if t.label == "leave" and t.end <= club.start and all(w in lex.articles for w in between):
            if len(between) <= 2:
                return "from"  # "deixou a SPAL", "quitte l'OM"
    word = _word_before(ctx, club.start) or ""
    if word in lex.to_words or word + "'" in lex.to_words:
        if any(0 <= club.start - fee.end <= 15 for fee in info.fees):
            return "from"  # "a versé 18 millions au Celta": the club paid is the seller
        return "to"
    if word in lex.from_words or word + "'" in lex.from_words:
        offers = [c for c in info.statuses if c.label == "negotiating"]
        if any(0 <= club.start - c.end <= 45 for c in offers):
            return "to"  # "une offre de la part de Valence", "an offer from Lazio": the bidder
        wishes = [c for c in info.statuses if c.label == "rumour"] + info.hedges
        if any(0 <= club.start - c.end <= 8 for c in wishes):
            return "to"  # "la priorité de l'Atalanta", "target of Juventus": who wants him
        return "from"
    return "none"


def _is_new_job(info: SentenceInfo, cue: Cue) -> bool:
    """ "nouvel entraîneur de", "devient conseiller football du PSG": the club is where
    the job starts."""
    return any(
        t.label == "appointment"
        and (t.start <= cue.start and t.end >= cue.end or 0 <= cue.start - t.end <= 2)
        for t in info.triggers
    )


def sentence_status(info: SentenceInfo) -> str | None:
    labels = {c.label for c in info.statuses}
    hedged = bool(info.hedges)
    for status in ("denied", "collapsed"):
        if status in labels:
            return status
    if "modal" in labels:
        # "devrait signer", "set to join": agreed when a deal or talks are reported with it
        return "agreed" if labels & {"official", "agreed", "negotiating"} else "rumour"
    if "official" in labels and not hedged:
        return "official"
    if "agreed" in labels:
        return "agreed"
    if "official" in labels:
        return "agreed"
    if "negotiating" in labels:
        return "negotiating"
    if "rumour" in labels or hedged:
        return "rumour"
    return None


PERSONAL_CUES = frozenset({"extension", "departure"})


def _move_type(
    ctx: ArticleContext,
    info: SentenceInfo,
    person_role: str | None,
    mention: Mention,
    staff_article: bool,
) -> str | None:
    def nearest(cue: Cue) -> bool:
        """An extension or an exit belongs to the person named closest to its cue."""
        mine = abs(cue.start - mention.start)
        return all(
            abs(cue.start - other.start) >= mine
            for other in info.people
            if other.value != mention.value
        )

    near = [
        c
        for c in info.triggers
        if abs(c.start - mention.start) <= TRIGGER_REACH
        and (c.label not in PERSONAL_CUES or nearest(c))
    ]
    labels = {c.label for c in near}
    if not labels:
        return None
    if any(c.label == "replaced" and 0 <= mention.start - c.end <= 25 for c in near):
        return "departure"
    if labels == {"leave"}:
        return "departure"  # "quitte Marseille", "den Verein verlassen": no destination said
    labels = {
        {"leave": "transfer", "replaced": "appointment"}.get(label, label) for label in labels
    }
    if person_role is None and any(abs(c.start - mention.start) <= 80 for c in info.roles):
        if not any(abs(c.start - mention.start) <= 80 for c in info.positions):
            person_role = "staff"
    if person_role is None and any(
        abs(c.start - mention.start) <= 120 and not _past_title(ctx, c) for c in info.positions
    ):
        person_role = "player"
    if person_role is None and staff_article:
        person_role = "staff"
    if person_role in HOLDER_ROLES:
        close = [c for c in near if abs(c.start - mention.start) <= 50]
        if not {"appointment", "departure"} & {c.label for c in close}:
            return None
    staff = person_role is not None and person_role != "player"
    if "extension" in labels:
        return "extension"
    if "loan" in labels and not staff:
        return "loan"
    if "departure" in labels and not ({"transfer", "appointment"} & labels and not staff):
        return "departure"
    if staff or ("appointment" in labels and person_role != "player" and "transfer" not in labels):
        return "appointment"
    return "transfer"


def extract_moves(ctx: ArticleContext) -> list[Move]:
    roles = person_roles(ctx)
    homes = home_clubs(ctx)
    staff_cues = sum(len(i.roles) for i in ctx.infos)
    player_cues = sum(len(i.positions) for i in ctx.infos)
    staff_article = staff_cues >= 3 and staff_cues >= 3 * player_cues
    published_year = _year(ctx.article.published)
    claims: dict[tuple[str, str, str], _Claim] = {}
    subject = focus_person(ctx)
    focus = focus_club(ctx)
    sacked: set[tuple[str, str, str]] = set()  # exits read from a sacking or a resignation
    for info in ctx.infos:
        if info.triggers and not info.clubs and focus:
            _extension_at_focus(ctx, info, focus, subject, roles, homes, claims, published_year)
        if not info.triggers or not info.clubs:
            continue
        people = [m for m in info.people if not _named_as_reference(ctx, info, m)]
        if not people and not info.people and subject:
            people = [Mention("PERSON", info.start, info.start, "", subject)]
        relations = {id(c): club_relation(ctx, info, c) for c in info.clubs}
        status = sentence_status(info)
        seen_people: set[str] = set()
        for mention in people:
            name = str(mention.value)
            if name in seen_people:
                continue
            seen_people.add(name)
            role = roles.get(name)
            move_type = _move_type(ctx, info, role, mention, staff_article)
            if move_type is None:
                continue
            home = homes.get(name)
            picked = _pick_clubs(ctx, info, mention, move_type, relations, people, home)
            if not mention.text and len(info.clubs) > 1:
                # someone not named here: only a club the sentence marks as destination,
                # or, in a hedged sentence, the clubs said to be interested
                hedged = info.hedges or any(c.label == "rumour" for c in info.statuses)
                wanted = ("to", "none") if hedged else ("to",)
                to = {str(c.value) for c in info.clubs if relations[id(c)] in wanted}
                picked = [p for p in picked if p[0] in to or move_type in PERSONAL_CUES]
            if not picked and any(c.label == "leave" for c in info.triggers):
                left = [c for c in info.clubs if relations[id(c)] in ("from", "of")]
                if left:
                    move_type, picked = "departure", [(str(left[0].value), None)]
            dismissed = any(c.label == "departure" for c in info.triggers)
            if move_type == "departure" and not dismissed:
                # leaving, not sacked: only from a club the sentence says is left
                left_clubs = {str(c.value) for c in info.clubs if relations[id(c)] == "from"}
                picked = [p for p in picked if p[0] in left_clubs or p[0] == home]
            for to_club, from_club in picked:
                kind = _player_move_type(info, move_type, to_club)
                _add_claim(
                    claims, ctx, info, name, kind, role, to_club, from_club, status, published_year
                )
                if kind == "departure" and dismissed:
                    sacked.add((kind, name, to_club))
    _merge_kinds(claims, roles)
    _drop_returns_to_origin(claims)
    players_moving = {c.person for c in claims.values() if c.type in ("transfer", "loan")}
    for key, claim in list(claims.items()):
        if claim.type == "departure" and claim.person in players_moving:
            del claims[key]  # a player leaving A for B is a transfer, not also a departure
    _complete(ctx, list(claims.values()), homes, roles, staff_cue_role(ctx))
    _headline_verdict(ctx, list(claims.values()))
    _drop_unconfirmed_exits(claims, sacked)
    return [_to_move(c, ctx) for c in sorted(claims.values(), key=lambda c: c.first)]


def _named_as_reference(ctx: ArticleContext, info: SentenceInfo, mention: Mention) -> bool:
    """ "il braccio destro di Benatia", "collaborateur de Longoria": the person is named as
    someone's reference, not as the one moving. "l'arrivée de De Zerbi" is not possessive:
    the word before "de" is a move cue."""
    before = ctx.folded[info.start : mention.start].rstrip()
    words = TOKEN_RE.findall(before)
    if words and words[-1] in ctx.lex.by_words:
        by_start = info.start + before.rfind(words[-1])
        cues = info.triggers + info.roles + info.team_of
        # "nommé par Pablo Longoria", "la squadra guidata da De Zerbi": the agent
        return any(0 <= by_start - c.end <= 2 or c.start < by_start < c.end for c in cues)
    if not words or words[-1] not in ctx.lex.of_words and not before.endswith(("d'", "d’")):
        return False
    of_start = (
        info.start + before.rfind(words[-1]) if words[-1] in ctx.lex.of_words else len(before)
    )
    cues = info.triggers + info.statuses + info.roles + info.positions
    return not any(0 <= of_start - c.end <= 2 or c.start <= of_start < c.end for c in cues)


def focus_person(ctx: ArticleContext) -> str | None:
    """Whom the article is about: named most often (the headline counting double), the
    earliest on a tie. Sentences that name nobody ("il a signé") are about them."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for info in ctx.infos:
        for mention in info.people:
            if _named_as_reference(ctx, info, mention):
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


def staff_cue_role(ctx: ArticleContext) -> str:
    """The staff job the article talks about most: the default for an unnamed job."""
    counts = Counter(c.label for i in ctx.infos for c in i.roles if c.label in STAFF_ROLES)
    return counts.most_common(1)[0][0] if counts else "head_coach"


def _headline_verdict(ctx: ArticleContext, claims: list[_Claim]) -> None:
    """ "...: non ci sarà nessun trasferimento" in a headline that names no one moving
    denies (or calls off) the article's leading move to the club the headline names."""
    if not ctx.infos:
        return
    headline = ctx.infos[0]
    verdict = sentence_status(headline)
    named = {str(c.value) for c in headline.clubs}
    movers = {c.person for c in claims}
    if verdict not in ("denied", "collapsed") or not named:
        return
    if any(str(m.value) in movers for m in headline.people):
        return
    leading = [c for c in claims if c.to_club in named and c.type in ("transfer", "loan")]
    if leading:
        min(leading, key=lambda c: c.first).statuses.append(verdict)


def _complete(
    ctx: ArticleContext,
    claims: list[_Claim],
    homes: dict[str, str],
    roles: dict[str, str],
    default_staff_role: str,
) -> None:
    """Fill what a claim's own sentences did not say from the rest of the article."""
    lead_sources = [str(s.value) for i in ctx.infos[:6] for s in i.sources] + [
        str(s.value) for s in ctx.article_sources
    ]
    for claim in claims:
        mentions = [i for i in ctx.infos if any(str(m.value) == claim.person for m in i.people)]
        if claim.type in ("appointment", "departure") and claim.role is None:
            role = roles.get(claim.person)
            claim.role = role if role and role != "player" else default_staff_role
        if claim.from_club is None and claim.type in ("transfer", "loan", "appointment"):
            home = homes.get(claim.person)
            if home and home != claim.to_club:
                claim.from_club = home
            else:
                for info in mentions:
                    for club in info.clubs:
                        if (
                            str(club.value) != claim.to_club
                            and club_relation(ctx, info, club) == "from"
                        ):
                            claim.from_club = str(club.value)
                            break
                    if claim.from_club:
                        break
        if claim.fee is None and claim.type in ("transfer", "loan", "appointment"):
            unnamed = [
                i
                for i in ctx.infos
                if not i.people and claim.to_club in {str(c.value) for c in i.clubs}
            ]
            for info in mentions + unnamed:
                if info.fees and len({str(m.value) for m in info.people}) <= 1:
                    claim.fee = float(info.fees[0].value)
                    break
        if not claim.statuses:
            found = [s for s in (sentence_status(i) for i in mentions) if s]
            claim.statuses.extend(found[:1])
        if not claim.sources and claim.main_votes:
            claim.sources.extend(lead_sources)


def _extension_at_focus(
    ctx: ArticleContext,
    info: SentenceInfo,
    focus: str,
    subject: str | None,
    roles: dict[str, str],
    homes: dict[str, str],
    claims: dict[tuple[str, str, str], _Claim],
    published_year: int | None,
) -> None:
    """ "Lautaro a déjà signé le renouvellement": the extension of the person the article
    is about, said without a club, is with their club, else the article's."""
    for mention in info.people:
        name = str(mention.value)
        if name != subject or _named_as_reference(ctx, info, mention):
            continue
        move_type = _move_type(ctx, info, roles.get(name), mention, False)
        if move_type != "extension":
            continue
        club = homes.get(name, focus)
        status = sentence_status(info)
        _add_claim(
            claims, ctx, info, name, move_type, roles.get(name), club, None, status, published_year
        )


def _drop_unconfirmed_exits(
    claims: dict[tuple[str, str, str], _Claim], sacked: set[tuple[str, str, str]]
) -> None:
    """Someone said to be joining B from A leaves A as part of that move; "leaving A" is
    a move of its own only when stated as done or as a sacking or resignation ("Amorim
    leaves Sporting" beside "Amorim joins United"), not a hedged farewell."""
    joins = {(c.person, c.from_club) for c in claims.values() if c.type != "departure"}
    for key, claim in list(claims.items()):
        if claim.type != "departure" or key in sacked:
            continue
        if (claim.person, claim.to_club) not in joins:
            continue
        if _combined_status(claim.statuses or ["official"]) != "official":
            del claims[key]


def _drop_returns_to_origin(claims: dict[tuple[str, str, str], _Claim]) -> None:
    """A club a person is said to come from is not also where they go: "Amorim joins
    United from Sporting" must not yield a move of Amorim to Sporting. Claims are read
    in the order the article makes them, so a later aside cannot undo the lead."""
    origins: dict[str, set[str]] = defaultdict(set)
    ranked = sorted(claims.items(), key=lambda kv: kv[1].first)
    for key, claim in ranked:
        moving = claim.type in ("transfer", "loan", "appointment")
        if moving and claim.to_club in origins[claim.person]:
            del claims[key]
        elif claim.from_club:
            origins[claim.person].add(claim.from_club)


def _merge_kinds(claims: dict[tuple[str, str, str], _Claim], roles: dict[str, str]) -> None:
    """One person going to one club is one move: a loan is a transfer said more precisely,
    and a coach's "transfer" is an appointment."""
    by_target: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key, claim in claims.items():
        if claim.type in ("transfer", "loan", "appointment"):
            by_target[(claim.person, claim.to_club)].append(key)
    for (person, _club), keys in by_target.items():
        if len(keys) < 2:
            continue
        kinds = {k[0] for k in keys}
        staff = roles.get(person) not in (None, "player")
        keep = "loan" if "loan" in kinds and not staff else "appointment" if staff else "transfer"
        if keep not in kinds:
            keep = keys[0][0]
        kept = next(k for k in keys if k[0] == keep)
        for key in keys:
            if key != kept:
                other = claims.pop(key)
                claims[kept].statuses.extend(other.statuses)
                claims[kept].evidence.extend(
                    e for e in other.evidence if e not in claims[kept].evidence
                )
                claims[kept].main_votes += other.main_votes
                claims[kept].background_votes += other.background_votes
                claims[kept].fee = claims[kept].fee or other.fee
                claims[kept].from_club = claims[kept].from_club or other.from_club


def _player_move_type(info: SentenceInfo, move_type: str, club: str) -> str:
    """ "rejoindre Marseille ... après son prêt à Getafe": with both a loan and a transfer
    cue in the sentence, each club takes the kind of the cue nearest to it."""
    if move_type not in ("transfer", "loan"):
        return move_type
    kinds = [c for c in info.triggers if c.label in ("transfer", "loan", "leave")]
    if len({"loan" if c.label == "loan" else "transfer" for c in kinds}) < 2:
        return move_type
    where = [m.start for m in info.clubs if str(m.value) == club]
    if not where:
        return move_type
    nearest = min(kinds, key=lambda c: abs(c.start - where[0]))
    loans = [c for c in kinds if c.label == "loan"]
    if nearest.label == "loan" or any(abs(c.start - nearest.end) <= 12 for c in loans):
        return "loan"  # "l'arrivée en prêt"
    return "transfer"


def _pick_clubs(
    ctx: ArticleContext,
    info: SentenceInfo,
    mention: Mention,
    move_type: str,
    relations: dict[int, str],
    people: list[Mention],
    home: str | None,
) -> list[tuple[str, str | None]]:
    clubs = sorted(
        info.clubs,
        key=lambda c: (
            relations[id(c)] != "to" and len(people) == 1,  # several names: nearest club each
            abs(c.start - mention.start),
        ),
    )
    from_club = next(
        (str(c.value) for c in clubs if relations[id(c)] == "from"),
        None,
    )
    of_club = next((str(c.value) for c in clubs if relations[id(c)] == "of"), None)
    if move_type in ("departure", "extension"):
        near = sorted(
            (c for c in info.clubs if relations[id(c)] != "against"),
            key=lambda c: abs(c.start - mention.start),
        )
        if not near:
            return []
        target = home if home in {str(c.value) for c in near} else None
        target = target or of_club or from_club or str(near[0].value)
        return [(target, None)]
    from_club = from_club or home
    targets = [
        c
        for c in clubs
        if relations[id(c)] in ("to", "none") and str(c.value) not in (from_club, home)
    ]
    targets = [c for c in targets if str(c.value) != of_club or len(targets) == 1 and not from_club]
    if not targets:
        return []
    source_club = from_club or (of_club if of_club != str(targets[0].value) else None)
    alone = len({str(p.value) for p in people}) == 1
    chosen = [targets[0]]
    if alone and (info.hedges or any(c.label == "rumour" for c in info.statuses)):
        # "Lazio, la Juventus et le Barça sont intéressés": a list of suitors
        chosen += targets[1:]
    picked: list[tuple[str, str | None]] = []
    for club in chosen:
        value = str(club.value)
        if all(value != p[0] for p in picked) and value != source_club:
            picked.append((value, source_club))
    return picked


def _add_claim(
    claims: dict[tuple[str, str, str], _Claim],
    ctx: ArticleContext,
    info: SentenceInfo,
    name: str,
    move_type: str,
    role: str | None,
    to_club: str,
    from_club: str | None,
    status: str | None,
    published_year: int | None,
) -> None:
    key = (move_type, name, to_club)
    claim = claims.get(key)
    if claim is None:
        claim = claims[key] = _Claim(move_type, name, to_club, first=info.start)
        if move_type in ("transfer", "loan", "extension"):
            claim.role = "player"
        elif role and role != "player":
            claim.role = role
    if from_club and not claim.from_club:
        claim.from_club = from_club
    if status and not (info.past and status in ("collapsed", "denied")):
        claim.statuses.append(status)  # a past U-turn does not call today's move off
    if info.fees and claim.fee is None and move_type in ("transfer", "loan", "appointment"):
        claim.fee = float(info.fees[0].value)
    claim.sources.extend(str(s.value) for s in info.sources)
    where = [c.start for c in info.clubs if str(c.value) == to_club] + [
        m.start for m in info.people if m.value == name
    ]
    old_years = [
        y
        for y, pos in info.years
        if published_year and y < published_year and any(abs(pos - w) <= YEAR_REACH for w in where)
    ]
    if info.past or old_years:
        claim.background_votes += 1
    else:
        claim.main_votes += 1
    if info not in claim.evidence:
        claim.evidence.append(info)


def _to_move(claim: _Claim, ctx: ArticleContext) -> Move:
    if claim.statuses:
        status = _combined_status(claim.statuses)
    else:
        status = "official" if claim.type == "departure" else "rumour"
    if claim.type == "departure" and status in ("negotiating", "agreed"):
        status = "official"  # an exit is not negotiated: those cues are about the next job
    sources = list(dict.fromkeys(claim.sources + [str(s.value) for s in ctx.article_sources]))
    salience = "background" if claim.background_votes and not claim.main_votes else "main"
    evidence = tuple(Evidence(ctx.text[i.start : i.end], i.start, i.end) for i in claim.evidence)
    return Move(
        type=claim.type,
        person=claim.person,
        to_club=claim.to_club,
        from_club=claim.from_club,
        role=claim.role,
        status=status,
        fee_eur=claim.fee,
        sources=tuple(sources),
        salience=salience,
        evidence=evidence,
    )


STAGES = ("rumour", "negotiating", "agreed", "official")


def _combined_status(statuses: list[str]) -> str:
    """The furthest stage the article asserts (ANNOTATION.md); a denial or a collapse
    anywhere overrides it."""
    for final in ("denied", "collapsed"):
        if final in statuses:
            return final
    return max(statuses, key=STAGES.index)


def _year(published: str | None) -> int | None:
    if published and published[:4].isdigit():
        return int(published[:4])
    return None
