"""Extraction measured on the shared annotated corpora, as a floor against regressions.

The floors sit a little under today's scores (README, "Where extraction stands"); raise
them as extraction improves. Skipped when ../shared is not beside the repository.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mercato.cli import app

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpus"
pytestmark = pytest.mark.skipif(not (SHARED / "dev").is_dir(), reason="../shared is absent")


def scores(corpus: str) -> dict:
    result = CliRunner().invoke(app, ["eval", str(SHARED / corpus), "--json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_dev_corpus_floor() -> None:
    report = scores("dev")
    assert report["moves"]["f1"] >= 0.88
    assert report["fields"]["status"]["accuracy"] >= 0.88
    assert report["fields"]["from_club"]["accuracy"] >= 0.92
    assert report["fields"]["fee_eur"]["accuracy"] >= 0.92
    assert report["roles"]["f1"] >= 0.75
    assert report["sources"]["f1"] >= 0.85
    assert report["lang"]["accuracy"] >= 0.95
    assert report["published"]["accuracy"] >= 0.95
    assert report["stories"]["f1"] >= 0.90  # same story across articles and languages
    for lang, figures in report["per_language"].items():
        assert figures["moves"]["f1"] >= 0.82, lang


def test_seed_corpus_floor() -> None:
    assert scores("seeds")["moves"]["f1"] >= 0.80
