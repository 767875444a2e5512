"""Accuracy and speed of language identification on the shared corpora.

Run: .venv/bin/python benchmarks/check_langid.py. Prints aggregate numbers only.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from mercato.ingest import header_stage
from mercato.model import Article
from mercato.nlp.langid import language_stage

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def _accuracy(pairs: list[tuple[str, str]], label: str) -> None:
    articles = [header_stage(Article(text=text)) for text, _ in pairs]
    language_stage(Article(text="warm up the detector"))
    t0 = time.perf_counter()
    predicted = []
    for article in articles:
        try:
            predicted.append(language_stage(article).lang)
        except Exception:  # noqa: BLE001 - an unsupported verdict counts as wrong here
            predicted.append(None)
    dt = time.perf_counter() - t0
    ok = sum(p == gold for p, (_, gold) in zip(predicted, pairs, strict=True))
    print(f"{label}: n={len(pairs)} lang={ok / len(pairs):.3f} ({len(pairs) / dt:.0f} articles/s)")


def main() -> None:
    for name in ("dev", "seeds"):
        gold = [json.loads(line) for line in (SHARED / name / "gold.jsonl").open()]
        pairs = [((SHARED / name / g["file"]).read_text(encoding="utf-8"), g["lang"]) for g in gold]
        _accuracy(pairs, name)
    records = [json.loads(line) for line in (SHARED / "unlabeled" / "articles.jsonl").open()]
    _accuracy([(r["text"], r["lang"]) for r in records], "unlabeled")


if __name__ == "__main__":
    main()
