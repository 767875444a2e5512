"""Club knowledge base and ClubResolver: golden cases per language, invariants, coverage."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mercato.nlp.clubs import LOW_SCORE, ClubResolver

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


@pytest.fixture(scope="module")
def clubs() -> ClubResolver:
    return ClubResolver.default()


def found(r: ClubResolver, text: str, lang: str | None) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in r.find(text, lang)]


def test_default_is_cached() -> None:
    assert ClubResolver.default() is ClubResolver.default()


# --------------------------------------------------------------------------- golden cases
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "L'OM a officialisé l'arrivée du coach, le club phocéen jubile.",
            [("L'OM", "Olympique de Marseille"), ("le club phocéen", "Olympique de Marseille")],
        ),
        (
            "fr",
            "Les Gones reçoivent le LOSC, puis les Dogues iront à Naples.",
            [
                ("Les Gones", "Olympique Lyonnais"),
                ("le LOSC", "Lille OSC"),
                ("les Dogues", "Lille OSC"),
                ("Naples", "SSC Napoli"),
            ],
        ),
        (
            "fr",
            "Gattuso pressenti à Valence, le club Ché, plutôt qu'au Barça.",
            [("Valence", "Valencia CF"), ("le club Ché", "Valencia CF"), ("Barça", "FC Barcelona")],
        ),
        (
            "fr",
            "Le PSG, le club de la capitale, et le Bayern Munich.",
            [
                ("Le PSG", "Paris Saint-Germain"),
                ("le club de la capitale", "Paris Saint-Germain"),
                ("le Bayern Munich", "Bayern Munich"),
            ],
        ),
        (
            "it",
            "Il Marsiglia pensa a un ex giallorossi; la Dea e la Vecchia Signora osservano.",
            [
                ("Il Marsiglia", "Olympique de Marseille"),
                ("giallorossi", "AS Roma"),
                ("la Dea", "Atalanta"),
                ("la Vecchia Signora", "Juventus"),
            ],
        ),
        (
            "it",
            "I rossoneri e i nerazzurri sfidano il Bayern Monaco e il Siviglia.",
            [
                ("I rossoneri", "AC Milan"),
                ("i nerazzurri", "Inter Milan"),
                ("il Bayern Monaco", "Bayern Munich"),
                ("il Siviglia", "Sevilla FC"),
            ],
        ),
        (
            "es",
            "Los blancos y el Atleti; los colchoneros miran a Nápoles y al Bayern de Múnich.",
            [
                ("Los blancos", "Real Madrid"),
                ("el Atleti", "Atlético Madrid"),
                ("los colchoneros", "Atlético Madrid"),
                ("Nápoles", "SSC Napoli"),
                ("Bayern de Múnich", "Bayern Munich"),
            ],
        ),
        (
            "es",
            "El club che negocia con el Marsella.",
            [("El club che", "Valencia CF"), ("el Marsella", "Olympique de Marseille")],
        ),
        (
            "en",
            "Man Utd beat Spurs as the Gunners and the Reds drew.",
            [
                ("Man Utd", "Manchester United"),
                ("Spurs", "Tottenham Hotspur"),
                ("the Gunners", "Arsenal"),
                ("the Reds", "Liverpool"),
            ],
        ),
        (
            "de",
            "Die Königlichen, der BVB und Inter Mailand jagen den Stürmer der SSC Neapel.",
            [
                ("Die Königlichen", "Real Madrid"),
                ("der BVB", "Borussia Dortmund"),
                ("Inter Mailand", "Inter Milan"),
                ("SSC Neapel", "SSC Napoli"),
            ],
        ),
        (
            "de",
            "Die Katalanen und AS Rom verhandeln mit den Bayern.",
            [("Die Katalanen", "FC Barcelona"), ("AS Rom", "AS Roma"), ("Bayern", "Bayern Munich")],
        ),
        (
            "pt",
            "O Sporting e os leões querem jogador do Marselha e de Benfica Lisboa.",
            [
                ("O Sporting", "Sporting CP"),
                ("os leões", "Sporting CP"),
                ("Marselha", "Olympique de Marseille"),
                ("Benfica Lisboa", "SL Benfica"),
            ],
        ),
        (
            "pt",
            "O Nápoles e o Milão disputam o avançado.",
            [("O Nápoles", "SSC Napoli"), ("o Milão", "AC Milan")],
        ),
    ],
)
def test_find_golden(
    clubs: ClubResolver, lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(clubs, text, lang) == expected


def test_accents_folded(clubs: ClubResolver) -> None:
    text = "Fenerbahce, Besiktas et l'Atletico de Madrid; BAYERN MUNCHEN."
    assert [m.value for m in clubs.find(text, "fr")] == [
        "Fenerbahçe",
        "Beşiktaş",
        "Atlético Madrid",
        "Bayern Munich",
    ]


def test_short_caps_are_case_sensitive(clubs: ClubResolver) -> None:
    assert found(clubs, "Un homme om, un OMNIUM et la Coupe PSG-OM.", "fr") == [
        ("PSG", "Paris Saint-Germain"),
        ("OM", "Olympique de Marseille"),
    ]
    assert found(clubs, "ROMA", "it") == [("ROMA", "AS Roma")]
    assert clubs.find("the bvb said", "en") == []


def test_lowercase_common_words_are_not_clubs(clubs: ClubResolver) -> None:
    assert clubs.find("He became sporting director of the real thing.", "en") == []
    assert clubs.find("El director deportivo habló como siempre.", "es") == []
    assert clubs.find("Ha detto che la squadra è pronta.", "it") == []


def test_country_names_are_not_clubs(clubs: ClubResolver) -> None:
    for name, lang in [
        ("France", "fr"),
        ("Italia", "it"),
        ("Brasil", "pt"),
        ("España", "es"),
        ("Andorra", "es"),
        ("Deutschland", "de"),
        ("England", "en"),
    ]:
        assert clubs.resolve(name, lang) is None, name
        assert clubs.find(f"{name} 2 - 1", lang) == [], name


def test_low_scores(clubs: ClubResolver) -> None:
    scores = {
        m.text: m.score
        for m in clubs.find(
            "Marseille, Roma, United, Real, Inter, Atlético, Juventus, Borussia Dortmund", "en"
        )
    }
    for low in ["Marseille", "Roma", "United", "Real", "Inter", "Atlético"]:
        assert scores[low] == LOW_SCORE, low
    assert scores["Juventus"] == scores["Borussia Dortmund"] == 1.0
    [gli] = clubs.find("gli azzurri", "it")
    assert gli.value == "SSC Napoli" and gli.score == LOW_SCORE


def test_article_alias_gives_way_to_longer_name(clubs: ClubResolver) -> None:
    assert found(clubs, "Der VfL Bochum gewinnt.", "de") == [("VfL Bochum", "VfL Bochum")]


def test_offsets_and_window(clubs: ClubResolver) -> None:
    text = "Intro. Le Barça et l'OM. Fin avec Juventus."
    ms = clubs.find(text, "fr", start=7, end=24)
    assert [m.value for m in ms] == ["FC Barcelona", "Olympique de Marseille"]
    for m in ms:
        assert text[m.start : m.end] == m.text and m.label == "CLUB"


# --------------------------------------------------------------------------- resolve
@pytest.mark.parametrize(
    ("name", "lang", "country", "expected"),
    [
        ("Valence", "fr", None, "Valencia CF"),
        ("Sporting", None, None, "Sporting CP"),
        ("Sporting", "es", "es", "Sporting CP"),
        ("Barcelona", None, "ec", "FC Barcelona"),
        ("Arsenal", "en", None, "Arsenal"),
        ("Liverpool", None, None, "Liverpool"),
        ("Everton", None, None, "Everton"),
        ("Atlético", "es", None, "Atlético Madrid"),
        ("Bayern München", None, None, "Bayern Munich"),
        ("Atalanta Bergamo", None, None, "Atalanta"),
        ("le club phocéen", "fr", None, "Olympique de Marseille"),
        ("Olympique de Marseile", None, None, "Olympique de Marseille"),  # fuzzy
        ("Borussia Dortmnud", None, None, "Borussia Dortmund"),  # fuzzy
        ("Racing Club", None, "ar", "Racing Club"),
        ("Nacional", None, None, None),
        ("Mundial", "es", None, None),
        ("zzzz unknown fc", None, None, None),
    ],
)
def test_resolve(
    clubs: ClubResolver, name: str, lang: str | None, country: str | None, expected: str | None
) -> None:
    assert clubs.resolve(name, lang, context_country=country) == expected


def test_country(clubs: ClubResolver) -> None:
    assert clubs.country("Olympique de Marseille") == "fr"
    assert clubs.country("Arsenal") == "eng"
    assert clubs.country("AS Monaco") == "mc"
    assert clubs.country("No Such Club") is None


def test_every_alias_file_names_known_clubs(clubs: ClubResolver) -> None:
    # ClubResolver.default() raises on unknown canonical names; this also checks the data
    for name in [
        "Olympique de Marseille",
        "AS Roma",
        "Valencia CF",
        "Juventus",
        "Atalanta",
        "Stade Brestois",
        "Borussia Dortmund",
        "Bayern Munich",
        "Inter Milan",
        "AC Milan",
        "SSC Napoli",
        "Paris Saint-Germain",
        "FC Barcelona",
        "Real Madrid",
        "Atlético Madrid",
        "Manchester United",
        "Liverpool",
        "Lille OSC",
        "Sporting CP",
    ]:
        assert clubs.is_club(name), name


# --------------------------------------------------------------------------- invariants
WORDS = [
    "l'OM",
    "OM",
    "om",
    "le PSG",
    "Barça",
    "Real",
    "Madrid",
    "Valence",
    "la Dea",
    "der",
    "BVB",
    "Inter",
    "Mailand",
    "Bayern",
    "Munich",
    "the",
    "Reds",
    "o",
    "Sporting",
    "CP",
    "é",
    "’",
    "-",
    " ",
    ".",
    "\n",
    "x",
    "Man",
    "Utd",
    "Paris",
    "Saint-Germain",
]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=4)), max_size=30),
    st.sampled_from(["fr", "it", "es", "en", "de", "pt", None]),
)
def test_offsets_inside_and_non_overlapping(words: list[str], lang: str | None) -> None:
    text = " ".join(words)
    r = ClubResolver.default()
    ms = r.find(text, lang)
    prev_end = 0
    for m in ms:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= prev_end
        assert text[m.start : m.end] == m.text
        assert r.is_club(m.value)
        prev_end = m.end


# --------------------------------------------------------------------------- coverage
_LEGAL = re.compile(r"\b(fc|as|cf|ac|ssc|ss|sc|afc|cp|sl|rc|club|de|the)\b")
_PARTICLES = {
    "de",
    "del",
    "of",
    "d",
    "y",
    "e",
    "&",
    "and",
    "da",
    "do",
    "di",
    "la",
    "le",
    "l",
    "les",
    "il",
    "i",
    "gli",
    "el",
    "los",
    "las",
    "die",
    "der",
    "the",
    "o",
    "os",
}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"[^\w&]+", " ", s)
    return " ".join(_LEGAL.sub(" ", s).split())


def _proper(alias: str) -> bool:
    words = re.findall(r"[^\W_]+|&", alias)
    return (
        bool(words)
        and all(w[0].isupper() or w[0].isdigit() or w.casefold() in _PARTICLES for w in words)
        and any(w[0].isupper() for w in words)
    )


def _coverage(r: ClubResolver, clubs_json: Path) -> tuple[int, int, list[str]]:
    corpus: dict[str, list[str]] = json.loads(clubs_json.read_text(encoding="utf-8"))
    alias_map = {}
    for canon, aliases in corpus.items():
        for a in [canon, *aliases]:
            alias_map.setdefault(_norm(a), canon)
    ok, total, misses = 0, 0, []
    for canon, aliases in corpus.items():
        for a in [canon, *aliases]:
            if not _proper(a):
                continue
            total += 1
            got = r.resolve(a)
            if got is not None and alias_map.get(_norm(got)) == canon:
                ok += 1
            else:
                misses.append(f"{a!r} -> {got!r} (want {canon!r})")
    return ok, total, misses


@pytest.mark.skipif(not SHARED.exists(), reason="shared corpora not present")
def test_coverage_of_corpus_club_names(clubs: ClubResolver) -> None:
    ok = total = 0
    misses: list[str] = []
    for path in [
        SHARED / "corpus" / "dev" / "clubs.json",
        SHARED / "corpus" / "seeds" / "clubs.json",
    ]:
        if path.exists():
            o, t, m = _coverage(clubs, path)
            ok, total, misses = ok + o, total + t, misses + m
    if not total:
        pytest.skip("no clubs.json in the shared corpora")
    cov = ok / total
    print(f"\nclub name coverage: {ok}/{total} = {cov:.3f}; misses: {misses}")
    assert cov >= 0.9, misses
