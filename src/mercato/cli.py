"""mercato's command line: thin Typer commands over the pipeline, the scorer and the bench."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from mercato.errors import MercatoError
from mercato.model import Article, Skip

app = typer.Typer(
    help="Football transfer and staff news, in six languages, turned into moves and roles.",
    no_args_is_help=True,
    add_completion=False,
)
err = Console(stderr=True)


def _fail(message: str) -> None:
    err.print(f"[bold red]Error:[/] {message}", highlight=False)
    raise typer.Exit(1)


def run_pipeline(paths: list[str], max_bytes: int | None = None) -> Iterator[Article | Skip]:
    """Read ``paths`` and run the default pipeline over every article, lazily."""
    from mercato.ingest import DEFAULT_MAX_BYTES, read_paths
    from mercato.pipeline import default_pipeline

    pipeline = default_pipeline()
    yield from pipeline.run(read_paths(paths, max_bytes or DEFAULT_MAX_BYTES))


def _with_progress(items: Iterable[Article | Skip], show: bool) -> Iterator[Article | Skip]:
    if not show:
        yield from items
        return
    columns = (
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)
        for item in items:
            progress.advance(task)
            yield item


@app.command()
def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .jsonl), folders of them, or - for stdin."),
    ],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write JSON lines here (default stdout).")
    ] = None,
    max_bytes: Annotated[
        int | None, typer.Option(help="Largest article accepted, in bytes (default 5 MB).")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option(help="Show a progress bar (default: when stderr is a terminal).")
    ] = None,
) -> None:
    """Extract moves and roles from articles, one JSON line per article."""
    show_progress = err.is_terminal if progress is None else progress
    out_stream = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    articles: list[Article] = []
    skips: list[Skip] = []
    try:
        for item in _with_progress(run_pipeline(paths, max_bytes), show_progress):
            if isinstance(item, Skip):
                skips.append(item)
                err.print(f"[yellow]skipped[/] {item.source}: {item.reason}", highlight=False)
                continue
            articles.append(item)
            out_stream.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
    except MercatoError as exc:
        _fail(str(exc))
    finally:
        if output:
            out_stream.close()
    if output or not sys.stdout.isatty():
        _summary(articles, skips, err)
    else:
        _summary(articles, skips, Console())
    if skips:
        raise typer.Exit(2 if articles else 1)


def _summary(articles: list[Article], skips: list[Skip], console: Console) -> None:
    table = Table(title="mercato extract", show_lines=False)
    for column in ("file", "lang", "published", "moves", "roles", "main moves"):
        table.add_column(column)
    for article in articles[:200]:
        main = [m for m in article.moves if m.salience == "main"]
        shown = "; ".join(f"{m.person} → {m.to_club} ({m.type}, {m.status})" for m in main[:3])
        table.add_row(
            article.file or article.id,
            article.lang or "?",
            article.published or "?",
            str(len(article.moves)),
            str(len(article.roles)),
            shown + (" …" if len(main) > 3 else ""),
        )
    console.print(table)
    console.print(
        f"{len(articles)} article(s) read, {len(skips)} skipped, "
        f"{sum(len(a.moves) for a in articles)} moves, {sum(len(a.roles) for a in articles)} roles"
    )


def _extract_paths(paths: list[Path]) -> list[dict[str, Any]]:
    found = []
    for item in run_pipeline([str(p) for p in paths]):
        if isinstance(item, Skip):
            err.print(f"[yellow]skipped[/] {item.source}: {item.reason}", highlight=False)
        else:
            found.append(item.to_dict())
    return found


@app.command("eval")
def eval_command(
    gold_dir: Annotated[Path, typer.Argument(help="A folder with gold.jsonl and its articles.")],
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List every missed and extra move.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score extraction against an annotated folder (ANNOTATION.md's scores)."""
    from mercato.evaluate import evaluate, render

    if not gold_dir.is_dir():
        _fail(f"{gold_dir} is not a folder; give a folder holding gold.jsonl")
    try:
        report = evaluate(gold_dir, _extract_paths)
    except MercatoError as exc:
        _fail(str(exc))
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        render(report, verbose=verbose, console=Console())


@app.command()
def bench(
    corpus: Annotated[
        Path, typer.Argument(help="A folder of .txt articles (e.g. ../shared/corpus/dev).")
    ] = Path("../shared/corpus/dev"),
    articles: Annotated[
        int, typer.Option(help="Repeat the corpus up to at least this many articles.")
    ] = 2000,
    spacy_model: Annotated[
        str, typer.Option(help="spaCy pipeline used as a yardstick; 'none' to skip it.")
    ] = "fr_core_news_sm",
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
) -> None:
    """Articles per second per core and peak memory, against spaCy on the same articles."""
    from mercato.bench import render_bench, run_bench

    if not corpus.is_dir():
        _fail(f"{corpus} is not a folder of .txt articles")
    try:
        result = run_bench(
            corpus,
            min_articles=articles,
            console=err,
            spacy_model=None if spacy_model == "none" else spacy_model,
        )
    except MercatoError as exc:
        _fail(str(exc))
    if as_json:
        print(json.dumps(result.to_dict(), indent=2))
    else:
        render_bench(result, console=Console())


if __name__ == "__main__":
    app()
