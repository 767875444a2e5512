"""Accuracy of header parsing (published, author) on the shared corpora.

Run: .venv/bin/python benchmarks/check_header.py [-v]. Prints aggregate numbers only.
A predicted date matches when it starts with the gold value (the gold's precision is enough).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from mercato.ingest import parse_header

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus"


def main(verbose: bool) -> None:
    for name in ("dev", "seeds"):
        gold = [json.loads(line) for line in (SHARED / name / "gold.jsonl").open()]
        pub = auth = 0
        for g in gold:
            h = parse_header((SHARED / name / g["file"]).read_text(encoding="utf-8"))
            ok_pub = h.published is not None and h.published.startswith(g["published"])
            pub += ok_pub
            auth += h.author == g["author"]
            if verbose and (not ok_pub or h.author != g["author"]):
                print(f"  {name}/{g['file']}: {h} gold={g['published']} {g['author']}")
        n = len(gold)
        print(f"{name}: n={n} published={pub / n:.3f} author={auth / n:.3f}")
    records = [json.loads(line) for line in (SHARED / "unlabeled" / "articles.jsonl").open()]
    t0 = time.perf_counter()
    ok = 0
    for r in records:
        h = parse_header(r["text"])
        good = h.published is not None and h.published.startswith(r["published"])
        ok += good
        if verbose and not good:
            print(f"  {r['id']}: {h.published} gold={r['published']}")
    dt = time.perf_counter() - t0
    print(
        f"unlabeled: n={len(records)} published={ok / len(records):.3f} "
        f"({len(records) / dt:.0f} articles/s)"
    )


if __name__ == "__main__":
    main("-v" in sys.argv)
