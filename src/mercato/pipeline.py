"""The stage contract and the runner.

A stage is a callable ``Article -> Article``. The runner applies stages in order; when a
stage raises on one article, that article becomes a :class:`Skip` naming the stage and the
reason, and the batch goes on (as trafilatura never lets one page stop a crawl).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from mercato.errors import MercatoError
from mercato.model import Article, Skip

Stage = Callable[[Article], Article]


@dataclass
class Pipeline:
    """An ordered list of named stages."""

    stages: list[tuple[str, Stage]] = field(default_factory=list)

    def process(self, article: Article) -> Article | Skip:
        for name, stage in self.stages:
            try:
                article = stage(article)
            except MercatoError as exc:
                return Skip(article.file or article.id, name, str(exc))
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop a batch
                reason = f"{type(exc).__name__}: {exc}"
                return Skip(article.file or article.id, name, f"unexpected error: {reason}")
        return article

    def run(self, items: Iterable[Article | Skip]) -> Iterator[Article | Skip]:
        for item in items:
            yield item if isinstance(item, Skip) else self.process(item)


def default_pipeline() -> Pipeline:
    """Header and tweets, language identification, then mentions, moves and roles."""
    from mercato.extract import extract_stage
    from mercato.ingest import header_stage
    from mercato.nlp.langid import language_stage

    return Pipeline(
        [("header", header_stage), ("language", language_stage), ("extract", extract_stage)]
    )
