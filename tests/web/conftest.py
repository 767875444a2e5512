"""A real server on loopback over a temporary store, and Debian's Chromium driven by
Playwright. Every test here is marked ``browser`` and skipped when Chromium is missing,
except in CI (``CI`` set), where a missing browser fails them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from mercato.api import create_app
from mercato.api.background import background_server
from mercato.ingest import read_paths
from mercato.pipeline import default_pipeline
from mercato.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "api_articles.jsonl"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.browser)
            if not CHROMIUM.exists() and not os.environ.get("CI"):  # CI must run them
                reason = f"{CHROMIUM} is missing: apt-get install chromium (Debian's package)"
                item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture(scope="session")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The URL of a live server over the api_ fixture articles."""
    store = Store.open(str(tmp_path_factory.mktemp("web") / "web.db"))
    store.ingest(default_pipeline(stories=False).run(read_paths([str(ARTICLES)])))
    with background_server(create_app(store, token="web-token", warm_up=True)) as url:
        yield url
    store.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: object, base_url: str) -> Iterator[object]:
    context = browser.new_context(base_url=base_url)  # type: ignore[attr-defined]
    page = context.new_page()
    failed: list[str] = []

    def check_response(response: Any) -> None:
        if response.status >= 400 and response.request.resource_type != "document":
            failed.append(f"{response.status} {response.url}")

    def check_console(message: Any) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            failed.append(message.text)

    def check_failure(request: Any) -> None:
        # a navigation (the date picker reloading the page) cancels what is still loading
        if request.failure != "net::ERR_ABORTED":
            failed.append(f"failed {request.url}: {request.failure}")

    page.on("requestfailed", check_failure)
    page.on("response", check_response)
    page.on("console", check_console)
    yield page
    context.close()
    assert not failed, f"a page loaded something that failed, or logged errors: {failed}"
