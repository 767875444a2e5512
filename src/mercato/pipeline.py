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


def default_pipeline(stories: bool = True) -> Pipeline:
    """Header and tweets, language identification, mentions, moves and roles, then story
    ids shared by the moves of every article the pipeline has seen so far."""
    from mercato.extract import extract_stage
    from mercato.ingest import header_stage
    from mercato.nlp.langid import language_stage
    from mercato.stories import StoryIndex

    stages: list[tuple[str, Stage]] = [
        ("header", header_stage),
        ("language", language_stage),
        ("extract", extract_stage),
    ]
    if stories:
        stages.append(("stories", StoryIndex().assign_article))
    return Pipeline(stages)


_worker_pipeline: Pipeline | None = None


def _init_worker() -> None:
    global _worker_pipeline
    _worker_pipeline = default_pipeline(stories=False)


def _process_in_worker(item: Article | Skip) -> Article | Skip:
    assert _worker_pipeline is not None
    return item if isinstance(item, Skip) else _worker_pipeline.process(item)


def run_parallel(items: Iterable[Article | Skip], workers: int) -> Iterator[Article | Skip]:
    """Extraction (without stories) over ``workers`` processes, results in input order.

    Stories are assigned afterwards, in one place, so that ids do not depend on which
    worker saw which article.
    """
    if workers <= 1:
        yield from default_pipeline(stories=False).run(items)
        return
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_init_worker) as pool:
        yield from pool.imap(_process_in_worker, items, chunksize=8)
