"""The bench, on a tiny corpus written here, with a trivial extraction function."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.console import Console

from mercato.bench import render_bench, run_bench
from mercato.errors import MercatoError

TEXTS = {
    "001_a.txt": "L'Olympique de Marseille a officialisé l'arrivée de Roberto De Zerbi.",
    "002_b.txt": "Il Napoli ha ceduto Victor Osimhen al Galatasaray in prestito.",
    "003_c.txt": "Mason Greenwood joins Marseille from Manchester United.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def trivial_extract(items: list[tuple[str, str]]) -> list[dict[str, object]]:
    return [{"file": name, "words": len(text.split())} for name, text in items]


def test_quick_bench_without_spacy(corpus: Path) -> None:
    result = run_bench(corpus, min_articles=10, extract_fn=trivial_extract, spacy_model=None)
    assert result.unique_articles == 3
    assert result.articles == 12  # whole copies, at least min_articles
    assert result.mercato.outputs == 12
    assert result.mercato.wall_seconds > 0
    assert result.mercato.cpu_seconds >= 0
    assert result.mercato.articles_per_second > 0
    assert result.spacy is None and result.cpu_time_ratio is None
    assert any("skipped" in note for note in result.notes)


def test_quick_bench_with_spacy_yardstick(corpus: Path) -> None:
    pytest.importorskip("fr_core_news_sm")
    log = io.StringIO()
    console = Console(file=log, width=160, color_system=None)
    result = run_bench(corpus, min_articles=20, extract_fn=trivial_extract, console=console)
    assert result.articles == 21
    assert result.spacy is not None
    assert result.spacy.outputs == 21
    assert result.spacy.setup_seconds > 0  # model load, reported apart
    assert result.spacy.wall_seconds > 0 and result.spacy.cpu_seconds > 0
    assert result.spacy.articles_per_cpu_second > 0
    assert result.cpu_time_ratio is not None and result.cpu_time_ratio >= 0
    assert result.throughput_ratio is None or result.throughput_ratio > 0
    if result.mercato.peak_rss_mb is not None:
        assert result.mercato.peak_rss_mb > 0
    json.dumps(result.to_dict())
    out = io.StringIO()
    render_bench(result, Console(file=out, width=160, color_system=None))
    text = out.getvalue()
    assert "spaCy fr_core_news_sm" in text and "mercato / spaCy CPU time" in text


def test_missing_spacy_model_is_skipped_with_a_message(corpus: Path) -> None:
    result = run_bench(
        corpus, min_articles=3, extract_fn=trivial_extract, spacy_model="xx_no_such_model"
    )
    assert result.spacy is None
    assert any("xx_no_such_model" in note and "skipped" in note for note in result.notes)
    out = io.StringIO()
    render_bench(result, Console(file=out, width=160, color_system=None))
    assert "skipped" in out.getvalue()


def test_extract_factory_setup_is_timed_apart(corpus: Path) -> None:
    import time

    def factory():
        time.sleep(0.05)  # stands for model loading
        return trivial_extract

    result = run_bench(corpus, min_articles=3, extract_factory=factory, spacy_model=None)
    assert result.mercato.setup_seconds >= 0.05
    assert result.mercato.wall_seconds < result.mercato.setup_seconds


def test_empty_corpus_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(MercatoError, match="no .txt"):
        run_bench(tmp_path, min_articles=3, extract_fn=trivial_extract, spacy_model=None)
