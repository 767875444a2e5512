"""The command line, run as a user would: real files in, JSON lines and exit codes out."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from mercato.cli import app

runner = CliRunner()
EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "articles"
SHARED = Path(__file__).resolve().parents[2] / "shared"


def test_extract_examples_writes_one_line_per_article(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(EXAMPLES), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(lines) == len(list(EXAMPLES.glob("*.txt"))) + 2  # batch.jsonl holds two
    assert {line["lang"] for line in lines} == {"fr", "it", "es", "en", "de", "pt"}
    moves = [m for line in lines for m in line["moves"]]
    assert moves and all(m["evidence"] for m in moves)


def test_extract_mixed_folder_skips_bad_files_and_says_so(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(
        " date 2025-07-01 Le Paris Saint-Germain a officialisé l'arrivée de Jean Dupré, "
        "qui a signé un contrat de cinq ans avec le club de la capitale.",
        encoding="utf-8",
    )
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "latin1.txt").write_bytes("Le défenseur a signé à l'OM.".encode("latin-1"))
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "--no-progress"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert [line["file"] for line in lines] == ["good.txt"]
    assert lines[0]["moves"][0]["person"] == "Jean Dupré"
    for name in ("empty.txt", "binary.txt", "latin1.txt"):
        assert f"skipped {tmp_path / name}" in result.output.replace("\n", "")


def test_extract_reads_stdin() -> None:
    text = (
        " date 2025-05-20 Brighton have appointed Daniel Hartley as their new head coach "
        "after agreeing compensation with Ipswich Town."
    )
    result = runner.invoke(app, ["extract", "-", "--no-progress"], input=text)
    assert result.exit_code == 0
    first = json.loads(result.stdout.splitlines()[0])
    assert first["moves"][0]["type"] == "appointment"


def test_eval_scores_a_small_annotated_folder(tmp_path: Path) -> None:
    text = (
        " date 2025-01-30 Leicester City have completed the loan signing of Chelsea defender "
        "Marcus Ellison until the end of the season, the club confirmed."
    )
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    gold = {
        "file": "a.txt",
        "lang": "en",
        "published": "2025-01-30",
        "author": None,
        "url": None,
        "moves": [
            {
                "type": "loan",
                "person": "Marcus Ellison",
                "to_club": "Leicester City",
                "from_club": "Chelsea",
                "role": "player",
                "status": "official",
                "fee_eur": None,
                "sources": [],
                "salience": "main",
                "story": "ellison-leicester-2025",
            }
        ],
        "roles": [],
    }
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["moves"]["f1"] == 1.0
    assert not [e for e in report["error_kinds"] if "move" in e["error"]]

    gold["moves"][0]["from_club"] = "Arsenal"
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["eval", str(tmp_path), "--errors"])
    assert result.exit_code == 0, result.output
    assert "errors by kind" in result.stdout
    assert "from_club" in result.stdout and "wrong" in result.stdout


def test_eval_on_a_folder_without_gold_fails_clearly(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert "gold.jsonl" in result.output
