"""Language identification: the six languages, and a clear refusal for the others."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mercato.errors import InputError
from mercato.ingest import header_stage
from mercato.model import Article, Skip
from mercato.nlp.langid import detect_language, language_stage
from mercato.pipeline import Pipeline

FIXTURES = Path(__file__).parents[1] / "fixtures"
EXAMPLES = Path(__file__).parents[2] / "examples" / "articles"
SHARED = Path(__file__).parents[2] / ".." / "shared" / "corpus"

POLISH = (
    "Legia Warszawa poinformowała w środę, że nowym trenerem pierwszej drużyny został "
    "doświadczony szkoleniowiec, który podpisał kontrakt do końca przyszłego sezonu."
)


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.name)
def test_bundled_examples(path: Path) -> None:
    article = header_stage(Article(text=path.read_text(encoding="utf-8")))
    assert language_stage(article).lang == path.name[:2]


def test_detect_language_returns_none_for_other_languages() -> None:
    assert detect_language(POLISH) is None
    assert detect_language("Der FC Bayern hat seinen Trainer entlassen.") == "de"


def test_unknown_language_is_refused_with_a_clear_message() -> None:
    article = Article(text=(FIXTURES / "nl_article.txt").read_text(encoding="utf-8"))
    with pytest.raises(InputError) as err:
        language_stage(article)
    assert str(err.value) == (
        "language not supported: detected Dutch (nl); mercato reads fr, it, es, en, de, pt"
    )


def test_unknown_language_becomes_a_skip_in_the_pipeline() -> None:
    pipeline = Pipeline([("header", header_stage), ("language", language_stage)])
    [skip] = list(pipeline.run([Article(text=POLISH, file="pl.txt")]))
    assert isinstance(skip, Skip)
    assert (skip.source, skip.stage) == ("pl.txt", "language")
    assert "detected Polish (pl)" in skip.reason


def test_given_language_is_kept() -> None:
    article = Article(text="Transfer news.", lang="it")
    assert language_stage(article).lang == "it"


def test_tweet_in_another_language_is_ignored() -> None:
    text = (
        "Il club ha annunciato l'arrivo del nuovo difensore, che firmerà un contratto "
        "quinquennale.\n\nWe are delighted to welcome our new defender to the club! "
        "— Chelsea FC (@ChelseaFC) July 1, 2024\n\nLe visite mediche sono previste domani."
    )
    assert language_stage(header_stage(Article(text=text))).lang == "it"


def test_shared_corpus_accuracy() -> None:
    path = SHARED / "dev" / "gold.jsonl"
    if not path.exists():
        pytest.skip("shared corpus not available")
    gold = [json.loads(line) for line in path.open(encoding="utf-8")]
    ok = 0
    for g in gold:
        text = (SHARED / "dev" / g["file"]).read_text(encoding="utf-8")
        ok += language_stage(header_stage(Article(text=text))).lang == g["lang"]
    assert ok / len(gold) >= 0.97
