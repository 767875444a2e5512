"""The scorer, on small synthetic gold and system outputs written here."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from mercato.errors import MercatoError
from mercato.evaluate import (
    ClubResolver,
    evaluate,
    load_gold,
    norm_text,
    outlet_key,
    person_match,
    published_ok,
    render,
    score,
)

CLUBS = {
    "Olympique de Marseille": ["OM", "l'OM", "Marseille", "le club phocéen"],
    "AS Roma": ["Roma", "i giallorossi"],
    "Valencia CF": ["Valencia", "Valence"],
    "Stade Rennais": ["Rennes"],
    "Lazio": [],
}


def move(
    person: str,
    to_club: str,
    type: str = "transfer",
    *,
    from_club: str | None = None,
    role: str | None = "player",
    status: str = "official",
    fee_eur: float | None = None,
    sources: list[str] | None = None,
    salience: str = "main",
    story: str | None = None,
) -> dict[str, Any]:
    return {
        "type": type,
        "person": person,
        "to_club": to_club,
        "from_club": from_club,
        "role": role,
        "status": status,
        "fee_eur": fee_eur,
        "sources": sources or [],
        "salience": salience,
        "story": story,
    }


def role(person: str, club: str, role: str = "head_coach") -> dict[str, Any]:
    return {"person": person, "club": club, "role": role, "team": "first_team"}


def article(
    file: str,
    moves: list[dict[str, Any]] | None = None,
    roles: list[dict[str, Any]] | None = None,
    lang: str = "fr",
    published: str | None = "2024-06-01",
) -> dict[str, Any]:
    return {
        "file": file,
        "lang": lang,
        "published": published,
        "author": None,
        "url": None,
        "moves": moves or [],
        "roles": roles or [],
    }


GOLD = [
    article(
        "a.txt",
        [
            move(
                "Federico Balzaretti",
                "Olympique de Marseille",
                "appointment",
                from_club="AS Roma",
                role="deputy_sporting_director",
                status="agreed",
                sources=["Gianluca Di Marzio", "L'Équipe"],
                story="balzaretti-om",
            ),
            move(
                "Medhi Benatia",
                "Olympique de Marseille",
                "appointment",
                role="sporting_director",
                salience="background",
                story="benatia-om",
            ),
        ],
        [role("Roberto De Zerbi", "Olympique de Marseille")],
    ),
    article(
        "b.txt",
        [move("Mason Greenwood", "Olympique de Marseille", fee_eur=31_600_000, story="gw-om")],
        [role("Pablo Longoria", "Olympique de Marseille", "president")],
        lang="en",
        published="2024-07",
    ),
]


# ---------------------------------------------------------------- normalisation


def test_norm_text_drops_case_accents_and_punctuation() -> None:
    assert norm_text("  L'Équipe ") == "l equipe"
    assert norm_text("Real Madrid C.F.") == "real madrid cf"
    assert norm_text("Jean-Louis Gasset") == "jean louis gasset"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Federico Balzaretti", "Balzaretti"),
        ("Federico Balzaretti", "F. Balzaretti"),
        ("Federico Balzaretti", "federico balzaretti"),
        ("Mason Greenwood", "Greenwood"),
        ("Xavi Hernández", "Xavi"),
        ("Roberto De Zerbi", "De Zerbi"),
        ("Roberto De Zerbi", "Zerbi"),
        ("Thiago Motta", "Motta"),
        ("Kylian Mbappé", "Kylian Mbappe"),
        ("Lautaro Javier Martínez", "Lautaro Martínez"),
    ],
)
def test_person_match(a: str, b: str) -> None:
    assert person_match(a, b)
    assert person_match(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Federico Balzaretti", "Marco Balzaretti"),
        ("Federico Balzaretti", "M. Balzaretti"),
        ("Mason Greenwood", "Mason Mount"),
        ("Xavi", "Xabi Alonso"),
        ("Thiago Motta", "Thiago Silva"),
        ("Balzaretti", ""),
    ],
)
def test_person_mismatch(a: str, b: str) -> None:
    assert not person_match(a, b)


def test_club_aliases_and_legal_affixes() -> None:
    clubs = ClubResolver(CLUBS)
    assert clubs.same("OM", "Olympique de Marseille")
    assert clubs.same("l'OM", "Olympique de Marseille")
    assert clubs.same("le club Phocéen", "Marseille")
    assert clubs.same("Roma", "AS Roma")
    assert clubs.same("Valencia", "Valencia CF")
    assert not clubs.same("OM", "AS Roma")
    # unknown names compared by their normalised form, legal tokens stripped
    assert clubs.same("FC Nantes", "Nantes")
    assert clubs.same("AS Saint-Étienne", "Saint Etienne")
    assert not clubs.same("FC Nantes", "Stade Rennais")
    assert clubs.same(None, None)
    assert not clubs.same(None, "Rennes")


def test_outlet_key() -> None:
    assert outlet_key("The Guardian") == outlet_key("guardian")
    assert outlet_key("La Gazzetta dello Sport") == outlet_key("Gazzetta dello Sport")
    assert outlet_key("L'Equipe") == outlet_key("L'Équipe")


@pytest.mark.parametrize(
    ("gold", "system", "ok"),
    [
        ("2024-05", "2024-05-25", True),
        ("2024-05-25", "2024-05", False),
        ("2024-05-25", "2024-05-25", True),
        ("2024", "2024-05-25", True),
        ("2024-05-02", "2024-05-25", False),
        ("2024-05-2", "2024-05-25", False),
        (None, None, True),
        (None, "2024-05", False),
        ("2024-05", None, False),
    ],
)
def test_published_precision_rule(gold: str | None, system: str | None, ok: bool) -> None:
    assert published_ok(gold, system) is ok


# ---------------------------------------------------------------- scoring


def test_perfect_match_scores_one() -> None:
    report = score(GOLD, GOLD, CLUBS)
    assert report.moves.f1 == 1.0
    assert report.background.value == 1.0
    assert report.roles.f1 == 1.0
    assert report.sources.f1 == 1.0
    assert all(acc.value == 1.0 for acc in report.fields.values())
    assert report.lang.value == 1.0
    assert report.published.value == 1.0
    assert report.stories.tp == 0 and report.stories.fp == 0 and report.stories.fn == 0
    assert not report.missed_main and not report.extra_main and not report.field_errors
    json.dumps(report.to_dict())  # serialisable


def test_surname_and_alias_still_match() -> None:
    system = [
        article(
            "a.txt",
            [
                move(
                    "Balzaretti",
                    "l'OM",
                    "appointment",
                    from_club="Roma",
                    role="deputy_sporting_director",
                    status="agreed",
                    sources=["gianluca di marzio", "L'Equipe"],
                )
            ],
        )
    ]
    report = score(GOLD[:1], system, CLUBS)
    assert report.moves.tp == 1 and report.moves.fp == 0 and report.moves.fn == 0
    assert report.fields["from_club"].value == 1.0
    assert report.sources.f1 == 1.0


def test_contradicting_first_names_do_not_match() -> None:
    system = [article("b.txt", [move("Tom Greenwood", "OM")], lang="en", published="2024-07")]
    report = score(GOLD[1:], system, CLUBS)
    assert report.moves.tp == 0
    assert report.moves.fp == 1 and report.moves.fn == 1
    assert report.extra_main[0].person == "Tom Greenwood"
    assert report.missed_main[0].person == "Mason Greenwood"


def test_club_stripping_without_alias_map() -> None:
    gold = [article("x.txt", [move("Paulo Fonseca", "AC Milan", "appointment", role=None)])]
    system = [article("x.txt", [move("Fonseca", "Milan AC", "appointment", role=None)])]
    assert score(gold, system, {}).moves.f1 == 1.0


def test_type_mismatch_is_not_a_match() -> None:
    gold = [article("x.txt", [move("Sergio Rico", "PSG", "loan")])]
    system = [article("x.txt", [move("Sergio Rico", "PSG", "transfer")])]
    report = score(gold, system, {})
    assert report.moves.tp == 0 and report.moves.fp == 1 and report.moves.fn == 1


def test_system_main_matching_gold_background_is_neutral() -> None:
    system = [
        article(
            "a.txt",
            [
                move("Benatia", "OM", "appointment", role="sporting_director"),  # main
                move("Someone Else", "OM", "appointment", role="staff"),  # wrong: FP
            ],
        )
    ]
    report = score(GOLD[:1], system, CLUBS)
    assert report.moves.tp == 0
    assert report.moves.fp == 1  # only the unrelated move
    assert report.moves.fn == 1  # Balzaretti missed
    assert report.neutral == 1
    assert report.background.value == 1.0  # the neutral move still recalls the background
    assert [m.person for m in report.neutral_main] == ["Benatia"]


def test_background_recall_and_system_background_ignored_for_precision() -> None:
    gold = [
        article(
            "x.txt",
            [
                move("Jean-Louis Gasset", "OM", "departure", salience="background"),
                move("Igor Tudor", "OM", "departure", salience="background"),
                move("Roberto De Zerbi", "OM", "appointment"),
            ],
        )
    ]
    system = [
        article(
            "x.txt",
            [
                move("Gasset", "Marseille", "departure", salience="background"),
                move("Random Person", "OM", "transfer", salience="background"),
                move("De Zerbi", "OM", "appointment"),
            ],
        )
    ]
    report = score(gold, system, CLUBS)
    assert report.background.correct == 1 and report.background.total == 2
    assert report.moves.precision == 1.0 and report.moves.recall == 1.0
    assert [m.person for m in report.missed_background] == ["Igor Tudor"]


def test_fields_fee_within_five_percent_and_errors_listed() -> None:
    gold = [
        article(
            "x.txt",
            [
                move("A One", "Lazio", fee_eur=20_000_000),
                move("B Two", "Lazio", fee_eur=20_000_000),
                move("C Three", "Lazio", fee_eur=None),
                move("D Four", "Lazio", fee_eur=None, status="rumour", from_club="Roma"),
            ],
        )
    ]
    system = [
        article(
            "x.txt",
            [
                move("A One", "Lazio", fee_eur=20_900_000),  # +4.5 %: ok
                move("B Two", "Lazio", fee_eur=21_500_000),  # +7.5 %: wrong
                move("C Three", "Lazio", fee_eur=1_000_000),  # gold null: wrong
                move("D Four", "Lazio", fee_eur=None, status="agreed", from_club="AS Roma"),
            ],
        )
    ]
    report = score(gold, system, CLUBS)
    assert report.moves.f1 == 1.0
    fee = report.fields["fee_eur"]
    assert (fee.correct, fee.total) == (2, 4)
    assert report.fields["status"].correct == 3
    assert report.fields["from_club"].value == 1.0
    errors = {(e.move.person, e.field) for e in report.field_errors}
    assert errors == {("B Two", "fee_eur"), ("C Three", "fee_eur"), ("D Four", "status")}


def test_sources_micro_f1() -> None:
    gold = [article("x.txt", [move("A One", "Lazio", sources=["The Guardian", "Sky Sport"])])]
    system = [article("x.txt", [move("A One", "Lazio", sources=["guardian", "RMC Sport"])])]
    report = score(gold, system, {})
    assert (report.sources.tp, report.sources.fp, report.sources.fn) == (1, 1, 1)
    assert report.sources.f1 == pytest.approx(0.5)


def test_roles_prf() -> None:
    gold = [
        article(
            "x.txt",
            roles=[role("Roberto De Zerbi", "OM"), role("Pablo Longoria", "OM", "president")],
        )
    ]
    system = [
        article(
            "x.txt",
            roles=[
                role("De Zerbi", "Olympique de Marseille"),
                role("Pablo Longoria", "OM", "ceo"),  # wrong role
            ],
        )
    ]
    report = score(gold, system, CLUBS)
    assert (report.roles.tp, report.roles.fp, report.roles.fn) == (1, 1, 1)


def test_errors_are_counted_by_kind_and_language() -> None:
    gold = [
        article(
            "k.txt",
            [
                move("Ana Costa", "AS Roma", from_club="Lazio", status="agreed"),
                move("Bruno Dias", "Valencia CF"),  # the system moves him elsewhere
                move("Carla Reis", "Stade Rennais", "loan"),  # the system calls it a transfer
                move("Dario Neves", "Lazio"),  # nobody proposes a move for him
                move("Ema Lobo", "AS Roma", salience="main"),  # the system calls it background
            ],
            roles=[role("Pablo Longoria", "OM", "president"), role("Ivo Sá", "Lazio")],
        )
    ]
    system = [
        article(
            "k.txt",
            [
                move("Ana Costa", "AS Roma", status="official"),  # from_club missing
                move("Bruno Dias", "Lazio"),
                move("Carla Reis", "Stade Rennais"),
                move("Ema Lobo", "AS Roma", salience="background"),
                move("Pablo Longoria", "OM"),  # a president, not a mover
                move("Zé Ninguém", "OM"),
            ],
            roles=[role("Pablo Longoria", "OM", "ceo"), role("Rui Paz", "OM")],
        )
    ]
    kinds = score(gold, system, CLUBS).error_kinds()
    assert kinds == {
        ("missed move", "other club", "fr"): 1,
        ("missed move", "other type", "fr"): 1,
        ("missed move", "no move for the person", "fr"): 1,
        ("missed move", "found as background", "fr"): 1,
        ("extra move", "other club", "fr"): 1,
        ("extra move", "other type", "fr"): 1,
        ("extra move", "job holder", "fr"): 1,
        ("extra move", "not a mover", "fr"): 1,
        ("from_club", "missing", "fr"): 1,
        ("status", "agreed->official", "fr"): 1,
        ("missed role", "other role", "fr"): 1,
        ("missed role", "no role for the person", "fr"): 1,
        ("extra role", "other role", "fr"): 1,
        ("extra role", "person has no gold role", "fr"): 1,
    }


def test_story_pairwise_f1_on_three_articles() -> None:
    # Gold: a1 and a2 report the same story, a3 another one.
    gold = [
        article("a1.txt", [move("Igor Tudor", "OM", "appointment", story="tudor")]),
        article("a2.txt", [move("Igor Tudor", "OM", "appointment", story="tudor")], lang="it"),
        article("a3.txt", [move("Jorge Sampaoli", "OM", "departure", story="sampaoli")]),
    ]
    # System puts all three in one story: pairs (1,2) TP, (1,3) FP, (2,3) FP.
    system = [
        article("a1.txt", [move("Tudor", "OM", "appointment", story="s1")]),
        article("a2.txt", [move("Tudor", "OM", "appointment", story="s1")], lang="it"),
        article("a3.txt", [move("Sampaoli", "OM", "departure", story="s1")]),
    ]
    report = score(gold, system, CLUBS)
    assert (report.stories.tp, report.stories.fp, report.stories.fn) == (1, 2, 0)
    assert report.story_f1 == pytest.approx(0.5)
    # System splits everything: the gold pair is missed.
    for i, art in enumerate(system):
        art["moves"][0]["story"] = f"s{i}"
    report = score(gold, system, CLUBS)
    assert (report.stories.tp, report.stories.fp, report.stories.fn) == (0, 0, 1)
    assert report.story_f1 == 0.0


def test_no_story_ids_gives_zero_with_a_note() -> None:
    gold = [
        article("a1.txt", [move("Igor Tudor", "OM", "appointment", story="tudor")]),
        article("a2.txt", [move("Igor Tudor", "OM", "appointment", story="tudor")]),
    ]
    system = [
        article("a1.txt", [move("Igor Tudor", "OM", "appointment")]),
        article("a2.txt", [move("Igor Tudor", "OM", "appointment")]),
    ]
    report = score(gold, system, CLUBS)
    assert report.story_f1 == 0.0
    assert report.to_dict()["stories"]["f1"] == 0.0
    assert any("story" in note for note in report.notes)


def test_per_language_breakdown() -> None:
    system = [
        GOLD[0],
        article("b.txt", [move("Mason Greenwood", "Lazio")], lang="en", published="2024-07-19"),
    ]
    report = score(GOLD, system, CLUBS)
    fr, en = report.per_language["fr"], report.per_language["en"]
    assert fr.articles == 1 and en.articles == 1
    assert fr.moves.f1 == 1.0
    assert en.moves.tp == 0 and en.moves.fp == 1 and en.moves.fn == 1
    assert fr.status.value == 1.0 and en.status.value is None
    assert en.roles.recall == 0.0
    assert report.published.value == 1.0
    assert set(report.to_dict()["per_language"]) == {"en", "fr"}


def test_missing_system_article_counts_as_empty() -> None:
    report = score(GOLD, [GOLD[0]], CLUBS)
    assert report.missing_articles == ["b.txt"]
    assert report.moves.tp == 1 and report.moves.fn == 1 and report.moves.fp == 0
    assert report.lang.correct == 1 and report.published.correct == 1
    assert [m.person for m in report.missed_main] == ["Mason Greenwood"]


def test_system_files_matched_by_basename_and_extras_noted() -> None:
    system = [dict(GOLD[0], file="/some/where/a.txt"), article("zzz.txt")]
    report = score(GOLD[:1], system, CLUBS)
    assert report.moves.f1 == 1.0
    assert report.extra_articles == ["zzz.txt"]


def test_one_to_one_matching() -> None:
    gold = [article("x.txt", [move("Greenwood", "OM")])]
    system = [article("x.txt", [move("Mason Greenwood", "OM"), move("M. Greenwood", "OM")])]
    report = score(gold, system, CLUBS)
    assert (report.moves.tp, report.moves.fp) == (1, 1)


def test_render_plain_and_verbose() -> None:
    system = [article("a.txt", [move("Someone", "Lazio")])]
    report = score(GOLD, system, CLUBS)
    out = io.StringIO()
    render(report, verbose=True, console=Console(file=out, width=200, color_system=None))
    text = out.getvalue()
    assert "moves (main)" in text and "per language" in text
    assert "Mason Greenwood" in text  # missed, listed in verbose
    assert "Someone" in text  # extra
    out = io.StringIO()
    render(report, verbose=False, console=Console(file=out, width=200, color_system=None))
    assert "Someone" not in out.getvalue()
    assert "errors by kind" not in out.getvalue()
    out = io.StringIO()
    render(report, errors=True, console=Console(file=out, width=200, color_system=None))
    assert "errors by kind" in out.getvalue() and "not a mover" in out.getvalue()


# ---------------------------------------------------------------- files


def _write_corpus(folder: Path, with_clubs: bool = True) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for art in GOLD:
        (folder / art["file"]).write_text(f"text of {art['file']}\n", encoding="utf-8")
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as fh:
        for art in GOLD:
            fh.write(json.dumps(art, ensure_ascii=False) + "\n")
    if with_clubs:
        (folder / "clubs.json").write_text(json.dumps(CLUBS), encoding="utf-8")


def test_load_gold(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    gold = load_gold(tmp_path)
    assert [a["file"] for a in gold.articles] == ["a.txt", "b.txt"]
    assert gold.clubs["AS Roma"] == ["Roma", "i giallorossi"]
    _write_corpus(tmp_path / "noclubs", with_clubs=False)
    assert load_gold(tmp_path / "noclubs").clubs == {}


def test_load_gold_without_gold_file(tmp_path: Path) -> None:
    with pytest.raises(MercatoError, match="no gold.jsonl"):
        load_gold(tmp_path)


def test_load_gold_bad_json(tmp_path: Path) -> None:
    (tmp_path / "gold.jsonl").write_text('{"file": "a.txt"}\n{oops\n', encoding="utf-8")
    with pytest.raises(MercatoError, match=r"gold.jsonl:2"):
        load_gold(tmp_path)


def test_evaluate_with_fake_extract_fn(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    seen: list[Path] = []

    def fake_extract(paths: list[Path]) -> list[dict[str, Any]]:
        seen.extend(paths)
        by_name = {a["file"]: a for a in GOLD}
        out = []
        for path in paths:
            assert path.read_text(encoding="utf-8").startswith("text of")
            out.append(dict(by_name[path.name], file=str(path)))
        return out

    report = evaluate(tmp_path, fake_extract)
    assert [p.name for p in seen] == ["a.txt", "b.txt"]
    assert report.moves.f1 == 1.0
    assert report.articles == 2 and report.system_articles == 2


def test_evaluate_missing_article_file(tmp_path: Path) -> None:
    _write_corpus(tmp_path)
    (tmp_path / "b.txt").unlink()
    with pytest.raises(MercatoError, match="b.txt"):
        evaluate(tmp_path, lambda paths: [])
