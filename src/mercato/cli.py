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
        bool, typer.Option("--verbose", "-v", help="List every missed and extra move and role.")
    ] = False,
    errors: Annotated[
        bool, typer.Option("--errors", help="Count the errors by kind and language.")
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
        render(report, verbose=verbose, errors=errors, console=Console())


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
    store: Annotated[
        bool, typer.Option("--store", help="Benchmark ingest and story merging instead.")
    ] = False,
    sizes: Annotated[
        str, typer.Option(help="With --store: numbers of synthetic articles, comma-separated.")
    ] = "10000,50000,100000",
    workers: Annotated[int, typer.Option(help="With --store: extraction processes.")] = 2,
) -> None:
    """Articles per second per core and peak memory, against spaCy on the same articles.

    With --store: ingest throughput and story-merging time at growing numbers of synthetic
    articles, each into a fresh SQLite database.
    """
    if store:
        _bench_store(sizes, workers, as_json)
        return
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


def _bench_store(sizes: str, workers: int, as_json: bool) -> None:
    from dataclasses import asdict

    from mercato.store.bench import render_store_bench, run_store_bench

    try:
        counts = tuple(int(x.replace("_", "")) for x in sizes.split(",") if x.strip())
    except ValueError:
        _fail(f"--sizes takes whole numbers separated by commas, not {sizes!r}")
    if not counts or min(counts) < 1:
        _fail("--sizes needs at least one positive number")
    rows = run_store_bench(
        counts, workers=max(1, workers), on_progress=lambda m: err.print(m, highlight=False)
    )
    if as_json:
        _print_json([asdict(r) for r in rows])
    else:
        render_store_bench(rows, max(1, workers), Console())


# --------------------------------------------------------------------------- the store

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="MERCATO_DB",
        help="Database file or URL (postgresql://...). Default: mercato.db here.",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]


def _open_store(db: str | None, must_exist: bool = True) -> Any:
    from mercato.store import Store

    try:
        return Store.open(db, must_exist=must_exist)
    except MercatoError as exc:
        _fail(str(exc))


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


@app.command()
def ingest(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files (.txt, .html, .jsonl), folders of them, or - for stdin."),
    ],
    db: DbOption = None,
    workers: Annotated[int, typer.Option(help="Extraction processes.")] = 1,
    batch_size: Annotated[int, typer.Option(help="Articles per transaction.")] = 64,
    max_bytes: Annotated[
        int | None, typer.Option(help="Largest article accepted, in bytes (default 5 MB).")
    ] = None,
    progress: Annotated[
        bool | None, typer.Option(help="Show a progress bar (default: when stderr is a terminal).")
    ] = None,
) -> None:
    """Extract articles and store them with their moves, roles and stories.

    Articles already stored (same text) are skipped, so re-running, or resuming after a
    crash, adds only what is missing.
    """
    from mercato.ingest import DEFAULT_MAX_BYTES, read_paths
    from mercato.pipeline import run_parallel

    store = _open_store(db, must_exist=False)
    show_progress = err.is_terminal if progress is None else progress

    def report_skip(item: Article | Skip) -> None:
        if isinstance(item, Skip):
            err.print(f"[yellow]skipped[/] {item.source}: {item.reason}", highlight=False)

    from mercato.store import IngestResult

    result = IngestResult()
    try:
        items = store.skip_stored(read_paths(paths, max_bytes or DEFAULT_MAX_BYTES), result)
        extracted = _with_progress(run_parallel(items, workers), show_progress)
        store.ingest(extracted, batch_size=max(1, batch_size), on_item=report_skip, result=result)
    except MercatoError as exc:
        _fail(str(exc))
    finally:
        store.close()
    err.print(
        f"{result.added} article(s) added, {result.already_stored} already stored, "
        f"{len(result.skipped)} skipped; {result.moves} moves, {result.roles} roles, "
        f"{result.stories_touched} stories updated in {store.display_url}",
        highlight=False,
    )
    if result.skipped:
        raise typer.Exit(2 if result.added or result.already_stored else 1)


def _story_table(title: str, items: list[dict[str, Any]]) -> Table:
    table = Table(title=title)
    for column in ("story", "status", "type", "person", "from → to", "reports", "langs", "last"):
        table.add_column(column)
    for s in items:
        table.add_row(
            s["id"],
            s["status"],
            s["type"],
            s["person"],
            f"{s['from_club'] or '?'} → {s['to_club']}",
            str(s["reports"]),
            ",".join(s["languages"]),
            s["last_day"] or "?",
        )
    return table


@app.command("stories")
def stories_command(
    club: Annotated[str | None, typer.Option(help="Club, any spelling (OM, Marsiglia...).")] = None,
    person: Annotated[str | None, typer.Option(help="Person, full name or surname.")] = None,
    status: Annotated[str | None, typer.Option(help="rumour, negotiating, agreed...")] = None,
    type: Annotated[str | None, typer.Option(help="transfer, loan, appointment...")] = None,
    since: Annotated[
        str | None, typer.Option(help="Only stories reported since (YYYY-MM-DD).")
    ] = None,
    background: Annotated[
        bool, typer.Option(help="Include stories only mentioned as background.")
    ] = False,
    limit: Annotated[int, typer.Option(help="How many stories.")] = 50,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Stories (the same move across articles and languages), latest first."""
    from mercato.model import MOVE_TYPES, STATUSES
    from mercato.store import queries

    if status and status not in STATUSES:
        _fail(f"unknown status {status!r}; choose one of {', '.join(STATUSES)}")
    if type and type not in MOVE_TYPES:
        _fail(f"unknown type {type!r}; choose one of {', '.join(MOVE_TYPES)}")
    _check_date(since)
    store = _open_store(db)
    page = queries.stories(
        store, club=club, person=person, status=status, type=type, since=since,
        include_background=background, limit=limit,
    )  # fmt: skip
    if as_json:
        _print_json(page)
        return
    Console().print(_story_table(f"{page['total']} stories", page["items"]))


@app.command("story")
def story_command(
    story_id: Annotated[str, typer.Argument(help="A story id, as `mercato stories` shows.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """One story: its reports in order, how its status moved and who said it first."""
    from mercato.store import queries

    found = queries.story(_open_store(db), story_id)
    if found is None:
        _fail(f"no story {story_id!r}; `mercato stories` lists them")
    if as_json:
        _print_json(found)
        return
    console = Console()
    console.print(_story_table(found["id"], [found]))
    table = Table(title="reports")
    for column in ("day", "status", "outlet / author", "lang", "evidence"):
        table.add_column(column)
    for r in found["timeline"]:
        evidence = r["evidence"][0]["text"] if r["evidence"] else ""
        table.add_row(
            r["day"] or "?", r["status"], r["outlet"] or r["author"] or r["file"] or "?",
            r["lang"] or "?", evidence[:160],
        )  # fmt: skip
    console.print(table)


def _check_date(value: str | None) -> None:
    from mercato.stories import parse_day

    if value and parse_day(value) is None:
        _fail(f"{value!r} is not a date; write YYYY-MM-DD, YYYY-MM or YYYY")


@app.command("club")
def club_command(
    name: Annotated[str, typer.Argument(help="Club, any spelling (OM, Marsiglia, Real...).")],
    at: Annotated[str | None, typer.Option(help="The date of the chart (default today).")] = None,
    players: Annotated[bool, typer.Option(help="List players as well as staff.")] = False,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """A club's organisation chart on a date, with its ins, outs and open rumours."""
    from mercato.store import queries

    _check_date(at)
    chart = queries.club_chart(_open_store(db), name, at=at, players=players)
    if as_json:
        _print_json(chart)
        return
    console = Console()
    table = Table(title=f"{chart['club']} on {chart['at']}")
    for column in ("role", "person", "first reported", "latest report", "evidence"):
        table.add_column(column)
    for p in chart["positions"]:
        latest = p["latest_report"]
        table.add_row(
            p["role"], p["person"], p["first_reported"] or "?",
            f"{latest['day'] or '?'} {latest['outlet'] or latest['author'] or ''}".strip(),
            (latest["evidence"] or "")[:120],
        )  # fmt: skip
    console.print(table)
    for title, items in (
        ("in", chart["ins"]),
        ("out", chart["outs"]),
        ("rumours", chart["rumours"]),
    ):
        if items:
            console.print(_story_table(title, items))


@app.command("person")
def person_command(
    name: Annotated[str, typer.Argument(help="Full name or surname.")],
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """A person's career timeline: their stories and the jobs they were reported in."""
    from mercato.store import queries

    found = queries.person(_open_store(db), name)
    if as_json:
        _print_json(found)
        return
    if not found["timeline"]:
        _fail(f"nothing stored about {name!r}")
    table = Table(title=found["person"])
    for column in ("day", "what", "club", "status"):
        table.add_column(column)
    for event in found["timeline"]:
        if event["kind"] == "story":
            s = event["story"]
            table.add_row(
                event["day"] or "?",
                s["type"],
                f"{s['from_club'] or '?'} → {s['to_club']}",
                s["status"],
            )
        else:
            j = event["role"]
            table.add_row(event["day"] or "?", j["role"], j["club"], f"{j['reports']} report(s)")
    Console().print(table)


@app.command("sources")
def sources_command(
    min_claims: Annotated[int, typer.Option(help="Hide sources with fewer rumours.")] = 1,
    db: DbOption = None,
    as_json: JsonOption = False,
) -> None:
    """Outlets and journalists: their rumours, how they ended, and a reliability score."""
    from mercato.store import queries

    found = queries.sources(_open_store(db), min_claims=min_claims)
    if as_json:
        _print_json(found)
        return
    table = Table(title=f"sources (prior {found['prior']}, weight {found['prior_weight']})")
    for column in (
        "source",
        "kind",
        "rumours",
        "came true",
        "fell through",
        "open",
        "first",
        "reliability",
    ):
        table.add_column(column)
    for s in found["items"]:
        table.add_row(
            s["source"], s["kind"], str(s["rumours"]), str(s["came_true"]),
            str(s["fell_through"]), str(s["open"]), str(s["first"]), f"{s['reliability']:.2f}",
        )  # fmt: skip
    Console().print(table)


@app.command("export")
def export_command(
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = "jsonl",
    table: Annotated[
        str, typer.Option(help="articles (JSONL: the public format), moves, roles or stories.")
    ] = "articles",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here (default stdout).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Export a table of the store."""
    from mercato.store.export import export

    store = _open_store(db)
    try:
        count = export(store, fmt, table, output if output else sys.stdout)
    except MercatoError as exc:
        _fail(str(exc))
    err.print(f"{count} {table} row(s) exported", highlight=False)


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(envvar="MERCATO_TOKEN", help="API token required for writes (POST)."),
    ] = None,
    workers: Annotated[int, typer.Option(help="Server processes.")] = 1,
) -> None:
    """Start the web board and the REST API (OpenAPI description at /docs)."""
    from mercato.api import serve as serve_app

    store = _open_store(db, must_exist=False)  # an empty board can take POSTed articles
    try:
        serve_app(store, host=host, port=port, token=token, workers=max(1, workers))
    except MercatoError as exc:
        _fail(str(exc))


if __name__ == "__main__":
    app()
