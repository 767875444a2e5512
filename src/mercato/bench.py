"""Speed and memory of mercato's extraction, measured against spaCy's ``fr_core_news_sm``
in the same run, over the same articles, so the result is a ratio that travels between
machines.

Method:

* every ``.txt`` of the corpus folder is read into memory once, and the list is repeated
  (whole copies) until it holds at least ``min_articles`` texts;
* each contender is set up first (pipeline built, models loaded: ``setup_seconds``), then
  warmed up on the distinct articles once (``warmup_seconds``); neither is timed;
* the timed pass runs in this process, single process, over all texts: wall time
  (``time.perf_counter``) and process CPU time (``time.process_time``, all threads);
  ``articles per CPU-second`` is the per-core throughput;
* memory: the resident set size (RSS). ``rss_*_mb`` are the current RSS read from
  ``/proc/self/statm`` (Linux only, else None); ``peak_rss_mb`` is the process high-water
  mark (``resource.getrusage(RUSAGE_SELF).ru_maxrss``) after the phase, and
  ``peak_rss_delta_mb`` how much the phase raised it. The high-water mark never goes down, so
  the second contender's delta is a lower bound; ``load_rss_delta_mb`` (current RSS after
  setup minus before) measures what loading a contender's models costs.
"""

from __future__ import annotations

import gc
import math
import os
import platform
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from mercato.errors import MercatoError

__all__ = [
    "BenchResult",
    "PhaseResult",
    "TextExtractFn",
    "default_text_extractor",
    "load_texts",
    "render_bench",
    "run_bench",
]

# An extraction function for the bench: (file name, raw text) pairs in, results out.
TextExtractFn = Callable[[list[tuple[str, str]]], Iterable[Any]]

MEMORY_METHOD = (
    "RSS in MB. 'load' = current RSS after setup minus before (/proc/self/statm, Linux); "
    "'peak' = process high-water mark (getrusage ru_maxrss) after the timed pass, and "
    "'peak +' = how much that pass raised it (a lower bound for the phase run second)."
)


@dataclass
class PhaseResult:
    """One contender's measurements."""

    name: str
    articles: int
    setup_seconds: float
    warmup_seconds: float
    warmup_articles: int
    wall_seconds: float
    cpu_seconds: float
    outputs: int  # items the contender returned for the timed pass
    rss_before_mb: float | None = None
    rss_after_setup_mb: float | None = None
    rss_after_mb: float | None = None
    peak_rss_mb: float | None = None
    peak_rss_delta_mb: float | None = None

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.wall_seconds if self.wall_seconds > 0 else math.inf

    @property
    def articles_per_cpu_second(self) -> float:
        return self.articles / self.cpu_seconds if self.cpu_seconds > 0 else math.inf

    @property
    def load_rss_delta_mb(self) -> float | None:
        if self.rss_before_mb is None or self.rss_after_setup_mb is None:
            return None
        return self.rss_after_setup_mb - self.rss_before_mb

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["articles_per_second"] = self.articles_per_second
        out["articles_per_cpu_second"] = self.articles_per_cpu_second
        out["load_rss_delta_mb"] = self.load_rss_delta_mb
        return out


@dataclass
class BenchResult:
    """mercato and the spaCy yardstick, measured in one run."""

    corpus_dir: str
    unique_articles: int
    articles: int
    characters: int
    mercato: PhaseResult
    spacy: PhaseResult | None = None
    spacy_model: str | None = None
    notes: list[str] = field(default_factory=list)
    memory_method: str = MEMORY_METHOD
    environment: dict[str, Any] = field(default_factory=dict)

    @property
    def cpu_time_ratio(self) -> float | None:
        """mercato CPU seconds / spaCy CPU seconds over the same articles (>1: slower)."""
        if self.spacy is None or self.spacy.cpu_seconds <= 0:
            return None
        return self.mercato.cpu_seconds / self.spacy.cpu_seconds

    @property
    def throughput_ratio(self) -> float | None:
        """mercato articles/CPU-second divided by spaCy's (<1: mercato is slower)."""
        ratio = self.cpu_time_ratio
        if ratio is None or ratio <= 0:
            return None
        return 1.0 / ratio

    @property
    def wall_time_ratio(self) -> float | None:
        if self.spacy is None or self.spacy.wall_seconds <= 0:
            return None
        return self.mercato.wall_seconds / self.spacy.wall_seconds

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus_dir": self.corpus_dir,
            "unique_articles": self.unique_articles,
            "articles": self.articles,
            "characters": self.characters,
            "mercato": self.mercato.to_dict(),
            "spacy": self.spacy.to_dict() if self.spacy else None,
            "spacy_model": self.spacy_model,
            "cpu_time_ratio": self.cpu_time_ratio,
            "throughput_ratio": self.throughput_ratio,
            "wall_time_ratio": self.wall_time_ratio,
            "memory_method": self.memory_method,
            "environment": dict(self.environment),
            "notes": list(self.notes),
        }


# --------------------------------------------------------------------------- helpers


def load_texts(corpus_dir: Path) -> list[tuple[str, str]]:
    """Every ``.txt`` of ``corpus_dir`` (sorted by name) as (file name, text) pairs."""
    corpus_dir = Path(corpus_dir)
    if not corpus_dir.is_dir():
        msg = f"{corpus_dir} is not a folder: give the corpus folder holding the .txt articles"
        raise MercatoError(msg)
    paths = sorted(corpus_dir.glob("*.txt"))
    if not paths:
        msg = f"no .txt article in {corpus_dir}: the bench needs a folder of article texts"
        raise MercatoError(msg)
    out: list[tuple[str, str]] = []
    for path in paths:
        try:
            out.append((path.name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as exc:
            msg = f"cannot read {path} as UTF-8 text: {exc}"
            raise MercatoError(msg) from exc
    return out


def _repeat(items: list[tuple[str, str]], minimum: int) -> list[tuple[str, str]]:
    copies = max(1, math.ceil(minimum / len(items)))
    return items * copies


def _current_rss_mb() -> float | None:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            resident_pages = int(fh.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def _peak_rss_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports kilobytes, macOS bytes.
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _count(result: Iterable[Any] | int | None) -> int:
    if result is None:
        return 0
    if isinstance(result, int):
        return result
    if isinstance(result, list | tuple):
        return len(result)
    return sum(1 for _ in result)


def _measure(
    name: str,
    setup: Callable[[], Callable[[list[tuple[str, str]]], Any]],
    warmup_items: list[tuple[str, str]],
    items: list[tuple[str, str]],
) -> PhaseResult:
    gc.collect()
    rss_before = _current_rss_mb()
    t0 = time.perf_counter()
    run = setup()
    setup_seconds = time.perf_counter() - t0
    rss_after_setup = _current_rss_mb()

    t0 = time.perf_counter()
    _count(run(warmup_items))
    warmup_seconds = time.perf_counter() - t0

    gc.collect()
    peak_before = _peak_rss_mb()
    wall0, cpu0 = time.perf_counter(), time.process_time()
    outputs = _count(run(items))
    cpu = time.process_time() - cpu0
    wall = time.perf_counter() - wall0
    peak_after = _peak_rss_mb()
    return PhaseResult(
        name=name,
        articles=len(items),
        setup_seconds=setup_seconds,
        warmup_seconds=warmup_seconds,
        warmup_articles=len(warmup_items),
        wall_seconds=wall,
        cpu_seconds=cpu,
        outputs=outputs,
        rss_before_mb=rss_before,
        rss_after_setup_mb=rss_after_setup,
        rss_after_mb=_current_rss_mb(),
        peak_rss_mb=peak_after,
        peak_rss_delta_mb=(
            peak_after - peak_before if peak_after is not None and peak_before is not None else None
        ),
    )


def default_text_extractor() -> TextExtractFn:
    """mercato's default pipeline over in-memory texts: each text becomes an
    :class:`~mercato.model.Article` and goes through :func:`mercato.pipeline.default_pipeline`.
    Building it (and so loading what the stages load eagerly) happens here, outside timing."""
    from mercato.model import Article
    from mercato.pipeline import default_pipeline

    try:
        pipeline = default_pipeline()
    except ImportError as exc:
        msg = f"cannot build mercato's default pipeline for the bench: {exc}"
        raise MercatoError(msg) from exc

    def extract(items: list[tuple[str, str]]) -> list[Any]:
        return [pipeline.process(Article(text=text, file=name)) for name, text in items]

    return extract


def _spacy_setup(model: str) -> Callable[[], Callable[[list[tuple[str, str]]], int]]:
    def setup() -> Callable[[list[tuple[str, str]]], int]:
        import spacy

        nlp = spacy.load(model)

        def run(items: list[tuple[str, str]]) -> int:
            n = 0
            for _doc in nlp.pipe((text for _, text in items), batch_size=64, n_process=1):
                n += 1
            return n

        return run

    return setup


def _spacy_available(model: str) -> str | None:
    """None when ``model`` can be loaded, else the reason it cannot."""
    try:
        import spacy  # noqa: F401
    except ImportError:
        return "spaCy is not installed"
    try:
        from spacy.util import is_package
    except ImportError:  # pragma: no cover - very old spaCy
        return None
    if not is_package(model) and not Path(model).exists():
        return (
            f"the spaCy model {model!r} is not installed (pip install 'mercato[bench]' or "
            f"python -m spacy download {model})"
        )
    return None


# --------------------------------------------------------------------------- entry point


def run_bench(
    corpus_dir: Path,
    min_articles: int = 2000,
    extract_fn: TextExtractFn | None = None,
    console: Any = None,
    *,
    spacy_model: str | None = "fr_core_news_sm",
    warmup_articles: int = 100,
    extract_factory: Callable[[], TextExtractFn] | None = None,
) -> BenchResult:
    """Time mercato's extraction and spaCy's ``spacy_model`` over the same in-memory texts.

    ``extract_fn`` takes a list of (file name, text) pairs and returns the outputs (any
    iterable). To time model loading separately, pass ``extract_factory`` instead: a
    zero-argument callable that builds and returns the extraction function; by default it is
    :func:`default_text_extractor` (mercato's default pipeline). ``min_articles`` is the
    least number of timed articles (use ~50 for a quick run); ``spacy_model=None`` skips the
    yardstick. ``console`` (a Rich console) receives progress lines.
    """
    if min_articles < 1:
        msg = f"min_articles must be at least 1, got {min_articles}"
        raise MercatoError(msg)

    def log(message: str) -> None:
        if console is not None:
            console.log(message)

    unique = load_texts(Path(corpus_dir))
    items = _repeat(unique, min_articles)
    warm = unique[: max(1, warmup_articles)]
    notes: list[str] = []
    log(f"{len(unique)} distinct articles, {len(items)} timed ({len(items) // len(unique)} copies)")

    if extract_factory is None:
        if extract_fn is None:
            extract_factory = default_text_extractor
        else:
            fn = extract_fn

            def extract_factory() -> TextExtractFn:
                return fn  # type: ignore[return-value]

    log("mercato: setting up, warming up, timing")
    mercato_phase = _measure("mercato", extract_factory, warm, items)
    if mercato_phase.outputs != len(items):
        notes.append(f"mercato returned {mercato_phase.outputs} outputs for {len(items)} articles")

    spacy_phase: PhaseResult | None = None
    if spacy_model is None:
        notes.append("spaCy yardstick skipped (no model asked for)")
    else:
        reason = _spacy_available(spacy_model)
        if reason is not None:
            message = f"{reason}: the spaCy yardstick was skipped, no ratio computed"
            notes.append(message)
            log(message)
        else:
            log(f"spaCy {spacy_model}: loading, warming up, timing (batch_size=64, n_process=1)")
            try:
                spacy_phase = _measure(
                    f"spaCy {spacy_model}", _spacy_setup(spacy_model), warm, items
                )
            except OSError as exc:
                message = f"cannot load spaCy model {spacy_model!r} ({exc}): yardstick skipped"
                notes.append(message)
                log(message)

    env: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
    }
    try:
        import spacy

        env["spacy"] = spacy.__version__
    except ImportError:
        pass
    return BenchResult(
        corpus_dir=str(corpus_dir),
        unique_articles=len(unique),
        articles=len(items),
        characters=sum(len(t) for _, t in items),
        mercato=mercato_phase,
        spacy=spacy_phase,
        spacy_model=spacy_model if spacy_phase is not None else None,
        notes=notes,
        environment=env,
    )


# --------------------------------------------------------------------------- rendering


def _num(value: float | None, fmt: str = "{:.2f}") -> str:
    if value is None:
        return "–"
    if math.isinf(value):
        return "∞"
    return fmt.format(value)


def render_bench(result: BenchResult, console: Any = None) -> None:
    """Print the bench as a Rich table: one column per contender, then the ratio."""
    from rich.console import Console
    from rich.table import Table

    console = console or Console()
    phases = [result.mercato] + ([result.spacy] if result.spacy else [])
    table = Table(
        title=(
            f"mercato bench: {result.articles} articles "
            f"({result.unique_articles} distinct, {result.characters:,} characters)"
        )
    )
    table.add_column("measure")
    for phase in phases:
        table.add_column(phase.name, justify="right")
    rows: list[tuple[str, Callable[[PhaseResult], str]]] = [
        ("setup / model load (s, not timed)", lambda p: _num(p.setup_seconds)),
        ("warm-up (s, not timed)", lambda p: f"{_num(p.warmup_seconds)} ({p.warmup_articles})"),
        ("wall time (s)", lambda p: _num(p.wall_seconds)),
        ("CPU time (s)", lambda p: _num(p.cpu_seconds)),
        ("articles / s (wall)", lambda p: _num(p.articles_per_second, "{:.1f}")),
        ("articles / CPU-s (per core)", lambda p: _num(p.articles_per_cpu_second, "{:.1f}")),
        ("RSS load + (MB)", lambda p: _num(p.load_rss_delta_mb, "{:.1f}")),
        ("RSS peak (MB)", lambda p: _num(p.peak_rss_mb, "{:.1f}")),
        ("RSS peak + during run (MB)", lambda p: _num(p.peak_rss_delta_mb, "{:.1f}")),
    ]
    for label, cell in rows:
        table.add_row(label, *(cell(p) for p in phases))
    console.print(table)
    if result.spacy is not None:
        console.print(
            f"mercato / spaCy CPU time: [bold]{_num(result.cpu_time_ratio, '{:.3g}')}[/bold]x "
            f"(throughput ratio {_num(result.throughput_ratio, '{:.3g}')}; wall-time ratio "
            f"{_num(result.wall_time_ratio, '{:.3g}')}), same run, same articles, one process"
        )
    console.print(f"[dim]{result.memory_method}[/dim]")
    for note in result.notes:
        console.print(f"[dim]note: {note}[/dim]")
