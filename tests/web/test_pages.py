"""The board in a real browser: load it, filter it, open a story, move a club's chart in
time, paste an article and see what is highlighted."""

from __future__ import annotations

from typing import Any

from playwright.sync_api import expect

MOREL = "morel-olympique-de-marseille-2025"


def test_board_lists_newest_stories_first(page: Any) -> None:
    page.goto("/")
    expect(page).to_have_title("Board · mercato")
    rows = page.locator("table.stories tbody tr")
    expect(rows).to_have_count(int(page.locator("#story-count").inner_text()))
    days = rows.locator("td.day").all_inner_texts()
    assert days == sorted(days, reverse=True)
    expect(rows.first.locator(".badge")).to_be_visible()
    morel = page.locator("tr", has=page.locator(f"a[href='/stories/{MOREL}']"))
    expect(morel.locator(".lang")).to_have_text(["fr", "it"])
    expect(morel.locator(".status-official")).to_be_visible()


def test_filtering_the_board(page: Any) -> None:
    page.goto("/")
    page.fill("input[name=club]", "Marsiglia")
    page.select_option("select[name=status]", "official")
    page.click("form.filters button[type=submit]")
    expect(page).to_have_url("/?club=Marsiglia&person=&status=official&type=&lang=")
    expect(page.locator("#story-count")).to_have_text("1")
    expect(page.locator("table.stories tbody tr .person")).to_have_text("Lucas Morel")
    page.select_option("select[name=status]", "denied")
    page.click("form.filters button[type=submit]")
    expect(page.locator("#story-count")).to_have_text("0")
    expect(page.locator(".empty")).to_be_visible()


def test_bad_filter_shows_a_message(page: Any) -> None:
    response = page.goto("/?status=certain")
    assert response.status == 400
    expect(page.locator(".errors")).to_contain_text("unknown status 'certain'")


def test_story_page_highlights_evidence(page: Any) -> None:
    page.goto("/")
    page.click(f"a[href='/stories/{MOREL}']")
    expect(page).to_have_url(f"/stories/{MOREL}")
    expect(page.locator("h1")).to_contain_text("Lucas Morel")
    reports = page.locator("li.report")
    expect(reports).to_have_count(2)
    expect(reports.locator(".lang")).to_have_text(["fr", "it"])
    expect(page.locator(".stages li.reached")).to_have_text(
        ["rumour", "negotiating", "agreed", "official"]
    )
    expect(page.locator(".history .badge")).to_have_text(["agreed", "official"])
    first = reports.first.locator("blockquote.evidence")
    expect(first.locator("mark.person").first).to_have_text("Lucas Morel")
    expect(first.locator("mark.club")).to_contain_text(["l'Olympique de Marseille"])
    italian = reports.nth(1).locator("blockquote.evidence mark.club").first
    expect(italian).to_have_attribute("title", "Olympique de Marseille")


def test_club_chart_date_picker(page: Any) -> None:
    page.goto("/clubs/Brentford?at=2025-01-01")
    expect(page.locator("#chart-day")).to_have_text("2025-01-01")
    expect(page.locator(".card")).to_have_count(0)
    page.fill("input[name=at]", "2025-06-21")  # the tiny script submits on change
    page.locator("input[name=at]").dispatch_event("change")
    expect(page.locator("#chart-day")).to_have_text("2025-06-21")
    card = page.locator(".card")
    expect(card.locator(".role")).to_have_text("head coach")
    expect(card.locator(".name")).to_have_text("Sam Hollis")
    assert "at=2025-06-21" in page.url


def test_person_and_sources_pages(page: Any) -> None:
    page.goto("/people/Hollis")
    expect(page.locator("h1")).to_have_text("Sam Hollis")
    expect(page.locator(".career .badge.role")).to_have_text("head coach")
    page.click("nav >> text=Sources")
    expect(page.locator("svg.bars rect.bar").first).to_be_visible()
    row = page.locator("table.sources tr", has_text="L'Équipe")
    expect(row.locator(".meter .fill")).to_have_count(1)


def test_extract_highlights_a_pasted_article(page: Any) -> None:
    page.goto("/extract")
    page.fill(
        "textarea[name=text]",
        "Selon Marca, le Real Madrid a trouvé un accord avec Chelsea pour le transfert "
        "de Nathan Girard. L'attaquant français rejoindra le club madrilène pour "
        "40 millions d'euros.",
    )
    page.fill("input[name=published]", "2025-07-20")
    page.click("form.extract button[type=submit]")
    text = page.locator("#highlighted")
    expect(text.locator("mark.person").first).to_have_text("Nathan Girard")
    expect(text.locator("mark.club")).to_contain_text(["Real Madrid", "Chelsea"])
    expect(text.locator("mark.fee")).to_contain_text(["40 millions d'euros"])
    move = page.locator("table.moves tbody tr").first
    expect(move.locator(".move-person")).to_have_text("Nathan Girard")
    expect(move.locator(".badge")).to_have_text("agreed")
    assert page.locator("textarea[name=text]").input_value().startswith("Selon Marca")


def test_unknown_page_is_a_404_page(page: Any) -> None:
    response = page.goto("/stories/nobody-nowhere-1999")
    assert response.status == 404
    expect(page.locator(".error-message")).to_contain_text("nobody-nowhere-1999")
