"""Accessibility in a real browser: axe-core (WCAG 2.2 AA rules) in light and dark mode, and
visible keyboard focus."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser
PAGES = ("", "documents/001_8c5e2b0678879d07/", "reports/jay-2014/", "glossary/", "search/?q=council")
WCAG = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(browser: Browser, site_url: str, path: str, scheme: str) -> None:
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + path)
    if path.startswith("search/"):
        page.wait_for_selector(".pagefind-ui__result", timeout=15_000)
    results = Axe().run(page, options=WCAG)
    violations = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]]
    context.close()
    assert violations == []


def test_keyboard_focus_is_visible(browser: Browser, site_url: str) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.goto(site_url + "documents/001_8c5e2b0678879d07/")
    page.keyboard.press("Tab")
    focused = page.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Skip to content"
    style = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
    left = page.evaluate("() => document.activeElement.getBoundingClientRect().left")
    assert style != "none" and left >= 0, "the skip link shows and is outlined when focused"
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle") != "none"
    context.close()
