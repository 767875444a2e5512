"""Build mercato's packaged club knowledge base from the shared openfootball gazetteer.

Reads ``../shared/data/clubs/clubs.jsonl`` (relative to the repository root) and
``src/mercato/data/canonical_names.toml``; writes ``src/mercato/data/clubs.jsonl``.

Kept: every club with a ``league_hint`` (recent top divisions), plus every club of the big
European football countries and of South America. Dropped: clubs that ceased to exist before
2000 (unless they carry a league hint). Canonical names: openfootball's name, with the
trailing ``FC``/``AFC`` dropped for British clubs (``Liverpool FC`` -> ``Liverpool``) and the
per-club overrides of ``canonical_names.toml`` applied; the openfootball name stays as an alias.

Usage: python scripts/build_clubs.py [--source PATH] [--out PATH]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCE = REPO.parent / "shared" / "data" / "clubs" / "clubs.jsonl"
DATA = REPO / "src" / "mercato" / "data"
OUT = DATA / "clubs.jsonl"
OVERRIDES = DATA / "canonical_names.toml"

# Big European football countries (openfootball keys), all of South America, and the
# other leagues transfer news keeps naming (Ukraine, Saudi Arabia, MLS...).
KEEP_COUNTRIES = {
    "eng", "sco", "wal", "nir", "fr", "mc", "it", "es", "de", "pt", "nl", "be", "tr", "gr",
    "ar", "br", "uy", "co", "cl", "ec", "py", "pe", "ve", "bo", "gy", "sr",
    "ua", "ru", "hr", "rs", "at", "ch", "dk", "sa", "mx", "us",
}
BRITISH = {"eng", "sco", "wal", "nir"}
FIELDS = ("name", "country", "city", "aliases", "league_hint", "league_season", "reserve_of")


def _defunct(years: str | None) -> bool:
    """True when a ``years`` range ends before 2000 (``1939-1996``, ``-1998``)."""
    if not years:
        return False
    m = re.search(r"-(\d{4})\s*$", years)
    return bool(m) and int(m.group(1)) < 2000


def _british_name(name: str) -> str:
    stripped = re.sub(r"\s+A?FC$", "", name)
    stripped = re.sub(r"^AFC\s+", "", stripped)
    return stripped or name


def build(source: Path, overrides_path: Path) -> list[dict]:
    with overrides_path.open("rb") as fh:
        overrides: dict[str, str] = tomllib.load(fh)["names"]
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line]
    kept = [
        r
        for r in rows
        if (r.get("league_hint") or r["country"] in KEEP_COUNTRIES)
        and (r.get("league_hint") or not _defunct(r.get("years")))
    ]
    unknown = set(overrides) - {r["name"] for r in kept}
    if unknown:
        msg = f"canonical_names.toml names clubs that are not in {source}: {sorted(unknown)}"
        raise SystemExit(msg)
    taken = {r["name"] for r in kept}
    renamed: dict[str, str] = {}
    for r in kept:
        old = r["name"]
        new = overrides.get(old)
        if new is None and r["country"] in BRITISH:
            new = _british_name(old)
        if new and new != old and (new not in taken or new in overrides.values()):
            renamed[old] = new
            taken.add(new)
    out = []
    for r in kept:
        old = r["name"]
        name = renamed.get(old, old)
        aliases = [a for a in r.get("aliases", []) if a != name]
        if name != old and old not in aliases:
            aliases.insert(0, old)
        rec = {
            "name": name,
            "country": r["country"],
            "city": r.get("city"),
            "aliases": aliases,
            "league_hint": r.get("league_hint"),
            "league_season": r.get("league_season"),
            "reserve_of": renamed.get(r.get("reserve_of"), r.get("reserve_of")),
        }
        out.append({k: rec[k] for k in FIELDS})
    names = [r["name"] for r in out]
    dupes = {n for n in names if names.count(n) > 1}
    if dupes:
        print(f"warning: duplicate canonical names kept apart by country: {sorted(dupes)}",
              file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, default=SOURCE)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--overrides", type=Path, default=OVERRIDES)
    args = ap.parse_args(argv)
    if not args.source.exists():
        print(f"Error: source gazetteer not found: {args.source}", file=sys.stderr)
        return 1
    clubs = build(args.source, args.overrides)
    with args.out.open("w", encoding="utf-8") as fh:
        for rec in clubs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(clubs)} clubs to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
