"""Regenerate docs/screenshots/*.png: every page of the web board, in headless Chromium.

The pages are served from a throw-away store filled with the project's own articles (the
bundled examples and the test fixtures, all written for mercato, so no third-party text
ends up in the pictures), showing real extraction output. Uses
Debian's /usr/bin/chromium through Playwright (never a downloaded browser).

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [PATH ...]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [
    ROOT / "examples" / "articles",
    ROOT / "tests" / "fixtures" / "api_articles.jsonl",
    ROOT / "tests" / "fixtures" / "api_batch.jsonl",
    ROOT / "tests" / "fixtures" / "store" / "saga.jsonl",
]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASTED = (
    "Publié le 3 juillet 2025\n\n"
    "Selon L'Équipe, l'Olympique de Marseille a trouvé un accord avec le Stade Rennais pour "
    "le transfert de Lucas Morel. Le milieu de terrain de 23 ans rejoindra l'OM pour 25 "
    "millions d'euros, bonus compris. Le président de l'OM, Pablo Longoria, veut boucler le "
    "dossier avant la reprise."
)


def fill_store(db: Path, paths: list[Path]) -> None:
    from mercato.ingest import read_paths
    from mercato.pipeline import default_pipeline
    from mercato.store import Store

    with Store.open(str(db)) as store:
        items = read_paths([str(p) for p in paths])
        result = store.ingest(default_pipeline(stories=False).run(items))
    print(f"stored {result.added} articles, {result.moves} moves", file=sys.stderr)


def shoot(base: str, out: Path) -> list[Path]:
    import httpx
    from playwright.sync_api import sync_playwright

    board = httpx.get(f"{base}/api/stories", params={"limit": 100}).json()["items"]
    story = max(board, key=lambda s: (s["reports"], len(s["languages"]), s["id"]))
    top = httpx.get(f"{base}/api/clubs", params={"limit": 10}).json()["items"]
    clubs = [c["club"] for c in top]

    def richness(name: str) -> int:
        chart = httpx.get(f"{base}/api/clubs/{quote(name, safe='')}", params={"at": at}).json()
        return sum(len(chart[k]) for k in ("positions", "ins", "outs", "rumours"))

    at = story["last_day"] or ""
    club = max(clubs, key=richness)
    person = httpx.get(f"{base}/api/people", params={"limit": 1}).json()["items"][0]["person"]
    shots = {
        "board": f"{base}/",
        "story": f"{base}/stories/{quote(story['id'], safe='')}",
        "club": f"{base}/clubs/{quote(club, safe='')}?at={at}",
        "person": f"{base}/people/{quote(person, safe='')}",
        "sources": f"{base}/sources",
    }
    written = []
    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        for name, url in shots.items():
            page.goto(url)
            written.append(out / f"{name}.png")
            page.screenshot(path=str(written[-1]), full_page=name != "board")
        page.goto(f"{base}/extract")
        page.fill("textarea[name=text]", PASTED)
        page.click("button[type=submit]")
        page.wait_for_selector("#highlighted")
        written.append(out / "extract.png")
        page.screenshot(path=str(written[-1]), full_page=True)
        browser.close()
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, help="articles to store first")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not Path(CHROMIUM).exists():
        sys.exit(f"{CHROMIUM} is missing; install Debian's chromium (apt-get install chromium)")
    paths = args.paths or [p for p in DEFAULT_PATHS if p.exists()]

    from mercato.api import create_app
    from mercato.api.background import background_server
    from mercato.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screenshots.db"
        fill_store(db, paths)
        store = Store.open(str(db))
        with background_server(create_app(store, warm_up=True)) as base:
            for path in shoot(base, args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        store.close()


if __name__ == "__main__":
    main()
