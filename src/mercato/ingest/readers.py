"""Turn paths (text, HTML, JSONL, folders, stdin) into Articles, and bad inputs into Skips.

One unreadable file must never stop a batch: every problem becomes a :class:`Skip` whose
reason says what was wrong and how to fix it. Decoding is strict UTF-8 (a BOM is
accepted): guessing a legacy encoding would silently corrupt names like "Müller".
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from mercato.model import Article, Skip

DEFAULT_MAX_BYTES = 5_000_000
ARTICLE_SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl"})
ANNOTATION_FILES = frozenset({"gold.jsonl"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_CONTROL_SHARE = 0.05  # above this share of control characters, a file is binary, not text


class _Unreadable(Exception):
    """Why some bytes are not an article's text; becomes a Skip's reason."""


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _too_big(size: int, max_bytes: int, what: str) -> str:
    return (
        f"{what} is {_mb(size)}, over the {_mb(max_bytes)} limit for one article; "
        "split it or raise --max-bytes"
    )


def decode(data: bytes) -> str:
    """Strict UTF-8 text of ``data``, or :class:`_Unreadable` saying why not."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Unreadable("file is UTF-16 text; re-encode the file as UTF-8")
    if b"\x00" in data:
        msg = "binary file (contains NUL bytes); mercato reads UTF-8 text, HTML or JSONL"
        raise _Unreadable(msg)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        byte = data[exc.start]
        msg = (
            f"not valid UTF-8 (byte 0x{byte:02x} at offset {exc.start}); "
            "re-encode the file as UTF-8"
        )
        raise _Unreadable(msg) from exc
    control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if text and control / len(text) > _CONTROL_SHARE:
        raise _Unreadable("binary file (mostly non-text bytes); mercato reads UTF-8 text")
    if not text.strip():
        raise _Unreadable("empty file" if not text else "file holds only whitespace")
    return text


def html_article(html: str, file: str | None, url: str | None = None) -> Article:
    """The main text of an HTML page (headline first), with its date, author and URL."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            include_comments=False,
            favor_recall=True,
            with_metadata=True,
        )
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many types on broken pages
        raise _Unreadable(f"could not parse the HTML: {type(exc).__name__}: {exc}") from exc
    fields = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc or {}
    if not (fields.get("text") or "").strip():
        raise _Unreadable("no article text found in the HTML")
    text = fields["text"].strip()
    title = (fields.get("title") or "").strip()
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    return Article(
        text=text,
        file=file,
        url=url or fields.get("url") or None,
        published=fields.get("date") or None,
        author=fields.get("author") or None,
    )


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return str(value) if value not in (None, "") else None


def _record_article(record: dict[str, Any], default_file: str, max_bytes: int) -> Article:
    text, html = record.get("text"), record.get("html")
    has_text = isinstance(text, str) and bool(text.strip())
    if not has_text and not (isinstance(html, str) and html.strip()):
        raise _Unreadable("record has no 'text' or 'html' field with content")
    body = str(text) if has_text else str(html)
    size = len(body.encode("utf-8"))
    if size > max_bytes:
        raise _Unreadable(_too_big(size, max_bytes, "record"))
    file = _optional_str(record, "file") or _optional_str(record, "id") or default_file
    url = _optional_str(record, "url")
    if not has_text:
        article = html_article(body, file, url)
    else:
        article = Article(text=body, file=file, url=url)
    article.published = _optional_str(record, "published") or article.published
    article.author = _optional_str(record, "author") or article.author
    lang = _optional_str(record, "lang")
    article.lang = lang.lower() if lang else None
    return article


def read_jsonl_lines(
    lines: Iterable[str], name: str, max_bytes: int, start: int = 1
) -> Iterator[Article | Skip]:
    """One Article per JSON object line; a Skip naming ``name:line`` for each bad one.

    A record without its own ``file`` or ``id`` is named after the file's base name and
    line (``batch.jsonl:3``), so that output lines can be traced back to their input.
    """
    base = Path(name).name if name != "<stdin>" else name
    for number, line in enumerate(lines, start=start):
        if not line.strip():
            continue
        source = f"{name}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(source, "read", f"{source}: invalid JSON: {exc.msg} (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            kind = type(record).__name__
            yield Skip(source, "read", f"{source}: expected a JSON object, got {kind}")
            continue
        try:
            yield _record_article(record, f"{base}:{number}", max_bytes)
        except _Unreadable as exc:
            yield Skip(source, "read", f"{source}: {exc}")


def _read_jsonl(path: Path, source: str, max_bytes: int) -> Iterator[Article | Skip]:
    try:
        with path.open("rb") as fh:
            for number, raw in enumerate(fh, start=1):
                try:
                    line = decode(raw) if raw.strip() else ""
                except _Unreadable as exc:
                    yield Skip(f"{source}:{number}", "read", f"{source}:{number}: {exc}")
                    continue
                yield from read_jsonl_lines([line], source, max_bytes, start=number)
    except OSError as exc:
        yield Skip(source, "read", f"cannot read the file: {exc.strerror or exc}")


def _read_file(path: Path, source: str, max_bytes: int) -> Iterator[Article | Skip]:
    suffix = path.suffix.lower()
    if path.name in ANNOTATION_FILES:
        yield Skip(source, "read", f"{path.name} holds annotations, not articles; not read")
        return
    if suffix == ".jsonl":
        yield from _read_jsonl(path, source, max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Skip(source, "read", _too_big(size, max_bytes, "file"))
            return
        text = decode(path.read_bytes())
        if suffix in _HTML_SUFFIXES:
            yield html_article(text, path.name)
        else:
            yield Article(text=text, file=path.name)
    except _Unreadable as exc:
        yield Skip(source, "read", str(exc))
    except OSError as exc:
        yield Skip(source, "read", f"cannot read the file: {exc.strerror or exc}")


def _folder_files(folder: Path) -> list[Path]:
    """Article files under ``folder``, sorted, without hidden files or annotation files."""
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.suffix.lower() in ARTICLE_SUFFIXES
        and p.name not in ANNOTATION_FILES
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def _read_stdin(max_bytes: int) -> Iterator[Article | Skip]:
    data = sys.stdin.buffer.read()
    try:
        text = decode(data)
    except _Unreadable as exc:
        yield Skip("<stdin>", "read", str(exc))
        return
    if text.lstrip().startswith("{"):
        yield from read_jsonl_lines(text.splitlines(), "<stdin>", max_bytes)
    elif len(data) > max_bytes:
        yield Skip("<stdin>", "read", _too_big(len(data), max_bytes, "input"))
    else:
        yield Article(text=text, file="<stdin>")


def read_paths(paths: list[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | Skip]:
    """Articles from files, folders (recursively, sorted), JSONL files and ``-`` (stdin)."""
    for raw in paths:
        if raw == "-":
            yield from _read_stdin(max_bytes)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in _folder_files(path):
                yield from _read_file(file, str(file), max_bytes)
        elif path.is_file():
            yield from _read_file(path, raw, max_bytes)
        elif path.exists():
            yield Skip(raw, "read", "not a regular file or folder")
        else:
            yield Skip(raw, "read", "no such file or directory")
