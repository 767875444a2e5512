"""Readers: every good input becomes an Article, every bad one a Skip with a clear reason."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from mercato.ingest import read_paths
from mercato.model import Article, Skip

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _one(paths: list[str], **kwargs: int) -> Article | Skip:
    items = list(read_paths(paths, **kwargs))
    assert len(items) == 1, items
    return items[0]


def test_txt_file_keeps_raw_text_and_base_name() -> None:
    path = FIXTURES / "fr_byline.txt"
    article = _one([str(path)])
    assert isinstance(article, Article)
    assert article.file == "fr_byline.txt"
    assert article.text == path.read_text(encoding="utf-8")


def test_html_file_gives_main_text_and_metadata() -> None:
    article = _one([str(FIXTURES / "page.html")])
    assert isinstance(article, Article)
    assert "Matteo Lanzi" in article.text
    assert "Home" not in article.text and "©" not in article.text
    assert article.published == "2024-07-09"
    assert article.author == "Paolo Ferri"
    assert article.url == "https://example.org/calcio/torino-portiere"


def test_jsonl_records_and_bad_lines() -> None:
    path = FIXTURES / "articles.jsonl"
    items = list(read_paths([str(path)]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Skip", "Skip", "Article"]
    first, second, broken, empty, html = items
    assert isinstance(first, Article) and first.file == "r1"
    assert first.published == "2024-05-20" and first.url == "https://example.org/a"
    assert isinstance(second, Article) and second.file == "articles.jsonl:2"
    assert second.author == "Lucía Prieto"
    assert isinstance(broken, Skip) and broken.stage == "read"
    assert broken.reason.startswith(f"{path}:3: invalid JSON")
    assert isinstance(empty, Skip) and "no 'text' or 'html'" in empty.reason
    assert isinstance(html, Article) and html.file == "custom_name.txt"
    assert html.text.startswith("Il Bologna")


def test_missing_path() -> None:
    skip = _one(["/no/such/article.txt"])
    assert isinstance(skip, Skip)
    assert skip.source == "/no/such/article.txt" and skip.stage == "read"
    assert skip.reason == "no such file or directory"


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\t\n", "file holds only whitespace"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        ("Transfert conclu à Gênes".encode("latin-1"), "not valid UTF-8 (byte 0xe0 at offset 17)"),
        ("Müller".encode("utf-16"), "UTF-16"),
    ],
)
def test_bad_files_become_skips(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    skip = _one([str(path)])
    assert isinstance(skip, Skip) and skip.stage == "read"
    assert reason in skip.reason


def test_invalid_utf8_says_how_to_fix(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Été".encode("latin-1"))
    skip = _one([str(path)])
    assert isinstance(skip, Skip)
    assert skip.reason == "not valid UTF-8 (byte 0xc9 at offset 0); re-encode the file as UTF-8"


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffLe Stade Rennais a signé un défenseur.".encode())
    article = _one([str(path)])
    assert isinstance(article, Article) and article.text.startswith("Le Stade")


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 20_000_000)
    skip = _one([str(path)])
    assert isinstance(skip, Skip)
    assert skip.reason == (
        "file is 20.0 MB, over the 5.0 MB limit for one article; split it or raise --max-bytes"
    )
    assert isinstance(_one([str(path)], max_bytes=25_000_000), Article)


def test_folder_mixing_good_and_bad_files(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a_good.txt").write_text("La Roma ha esonerato l'allenatore.", encoding="utf-8")
    (tmp_path / "sub" / "b_good.html").write_text(
        (FIXTURES / "page.html").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_binary.txt").write_bytes(b"\x00\x01\x02" * 50)
    (tmp_path / "e_latin1.txt").write_bytes("Göteborg".encode("latin-1"))
    (tmp_path / "f.jsonl").write_text(
        json.dumps({"text": "Benfica renova com o capitão."}) + "\n{oops\n", encoding="utf-8"
    )
    (tmp_path / "gold.jsonl").write_text('{"file": "a_good.txt"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    (tmp_path / "g_no_text.html").write_text("<html><body></body></html>", encoding="utf-8")

    items = list(read_paths([str(tmp_path)]))
    good = [i.file for i in items if isinstance(i, Article)]
    bad = {Path(i.source).name: i.reason for i in items if isinstance(i, Skip)}
    assert good == ["a_good.txt", "f.jsonl:1", "b_good.html"]
    assert bad == {
        "c_empty.txt": "empty file",
        "d_binary.txt": (
            "binary file (contains NUL bytes); mercato reads UTF-8 text, HTML or JSONL"
        ),
        "e_latin1.txt": "not valid UTF-8 (byte 0xf6 at offset 1); re-encode the file as UTF-8",
        "f.jsonl:2": f"{tmp_path / 'f.jsonl'}:2: invalid JSON: "
        "Expecting property name enclosed in double quotes (column 2)",
        "g_no_text.html": "no article text found in the HTML",
    }


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    path = tmp_path / "broken.html"
    path.write_text("<html><body><p>Unclosed <b>tags <div></p><<<>>", encoding="utf-8")
    item = _one([str(path)])
    assert isinstance(item, (Article, Skip))


def test_stdin_text_and_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Il Genoa ha ceduto il suo attaccante."
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode())))
    article = _one(["-"])
    assert isinstance(article, Article) and article.text == text and article.file == "<stdin>"

    lines = json.dumps({"text": "Primo."}) + "\n" + json.dumps({"text": "Secondo."}) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    items = list(read_paths(["-"]))
    assert [i.text for i in items if isinstance(i, Article)] == ["Primo.", "Secondo."]
    assert [i.file for i in items if isinstance(i, Article)] == ["<stdin>:1", "<stdin>:2"]
