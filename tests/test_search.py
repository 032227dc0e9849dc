"""Search in a real browser: Pagefind's index of the real content, under the published CSP."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from .browser import serve

pytestmark = pytest.mark.browser


def search(page: Page, site_url: str, query: str) -> None:
    page.goto(f"{site_url}search/?q={query}")
    page.wait_for_selector(".pagefind-ui__message", timeout=15_000)
    page.wait_for_function(
        "() => !/Searching/i.test(document.querySelector('.pagefind-ui__message').textContent)", timeout=15_000
    )


def comment_only_word(real_site: Path) -> tuple[str, str, str]:
    """A word that occurs in one comment and nowhere else indexed, even as another form of it.

    Pagefind stems words ("accountable" finds "accountability"), so the word's first seven
    letters must occur nowhere else either.
    """
    data = json.loads((real_site / "archive.json").read_text(encoding="utf-8"))
    others: list[str] = [p.read_text(encoding="utf-8") for p in sorted((real_site / "reports").rglob("*.html"))]
    candidates: list[tuple[str, str, str, str]] = []

    def walk(doc_id: str, comments: list[dict]) -> None:
        for comment in comments:
            candidates.append((doc_id, comment["id"], comment["text"], doc_id))
            walk(doc_id, comment["replies"])

    for document in data["documents"]:
        others.append(" ".join([document["title"], *document["body"]]))
        walk(document["id"], document["comments"])
    for doc_id, comment_id, text, _ in candidates:
        rest = " ".join(others + [t for d, c, t, _ in candidates if (d, c) != (doc_id, comment_id)]).lower()
        for word in sorted({w.lower() for w in re.findall(r"[A-Za-z]{8,}", text)}):
            if not re.search(rf"\b{word[:7]}", rest):
                return word, doc_id, comment_id
    raise AssertionError("no word occurs only in one comment")


def test_a_word_only_in_comments_finds_its_document_and_comment(page: Page, site_url: str, real_site: Path) -> None:
    word, doc_id, comment_id = comment_only_word(real_site)
    search(page, site_url, word)
    results = page.locator(".pagefind-ui__result")
    assert results.count() == 1
    links = [a.get_attribute("href") for a in results.locator("a").all()]
    assert any(f"/documents/{doc_id}/" in h for h in links)
    assert any(h.endswith(f"#{comment_id}") or f"#{comment_id}" in h for h in links), links
    assert page.errors == []  # type: ignore[attr-defined]


def test_a_filter_by_report_narrows_the_results(page: Page, site_url: str) -> None:
    search(page, site_url, "council")
    before = page.locator(".pagefind-ui__result").count()
    assert before >= 2
    page.locator("summary.pagefind-ui__filter-name", has_text="report").click()
    page.locator('input.pagefind-ui__filter-checkbox[name="report"]').first.check()
    # Pagefind's UI empties the list while it searches again: wait for the filtered list itself,
    # not the first moment it is shorter.
    shown = "document.querySelectorAll('.pagefind-ui__result').length"
    page.wait_for_function(f"() => 0 < {shown} && {shown} < {before}", timeout=15_000)
    assert 0 < page.locator(".pagefind-ui__result").count() < before
    assert page.errors == []  # type: ignore[attr-defined]


def test_every_filter_shows_when_the_filter_index_arrives_after_the_results(page: Page, real_site: Path) -> None:
    # Pagefind's UI keeps the filters of the first search's results; a filter whose index had
    # not arrived by then was missing until the reader searched again.
    with serve(real_site, slow=("/pagefind/filter/", 1.5)) as url:
        search(page, url, "council")
        assert page.locator(".pagefind-ui__result").count() >= 2
        names = page.locator("summary.pagefind-ui__filter-name").all_inner_texts()
    assert {"Kind", "Report", "Site", "Year"} <= set(names), names


def test_a_nonsense_word_shows_no_results(page: Page, site_url: str) -> None:
    search(page, site_url, "zqxjvwkplm")
    assert page.locator(".pagefind-ui__result").count() == 0
    assert "No results" in page.locator(".pagefind-ui__message").inner_text()
    assert "No results" in page.locator("#search-status").inner_text()
    assert page.errors == []  # type: ignore[attr-defined]


def test_redacted_personal_data_is_not_searchable(page: Page, site_url: str, real_site: Path) -> None:
    raw = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((real_site.parent / "content" / "documents").glob("*"))
    )
    local_part = re.search(r"([A-Za-z0-9._%+-]+)@[A-Za-z0-9-]+\.[A-Za-z.]+", raw).group(1)
    search(page, site_url, local_part)
    assert page.locator(".pagefind-ui__result").count() == 0


def test_the_header_form_reaches_search_and_pages_load_without_errors(page: Page, site_url: str) -> None:
    page.goto(site_url)
    page.fill("#site-search-q", "Rotherham")
    page.keyboard.press("Enter")
    page.wait_for_selector(".pagefind-ui__result", timeout=15_000)
    assert page.url.endswith("/search/?q=Rotherham")
    for path in ("", "documents/001_8c5e2b0678879d07/", "reports/jay-2014/", "glossary/", "about/"):
        page.goto(site_url + path)
        page.wait_for_load_state("load")
    assert page.errors == []  # type: ignore[attr-defined]


FIND = """async ([query, shards]) => {
  const pagefind = await import("/pagefind/pagefind.js");
  for (const bundlePath of shards) await pagefind.mergeIndex(bundlePath);
  const found = await pagefind.search(query);
  const pages = await Promise.all(found.results.map((r) => r.data()));
  return pages.map((p) => p.url).sort();
}"""


def test_a_sharded_index_finds_the_same_pages(browser: Browser, real_site: Path, tmp_path: Path) -> None:
    import shutil

    from site_src.search import shard_of

    from .conftest import CONTENT, build

    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    build(content, tmp_path / "sharded", search_shards=2)
    sharded = tmp_path / "sharded"
    documents = sorted(p.name for p in (sharded / "documents").iterdir() if (p / "index.html").is_file())
    assert {shard_of(f"documents/{d}/index.html", 2) for d in documents} == {0, 1}, "both shards hold documents"
    assert (sharded / "pagefind-shard-1" / "pagefind-entry.json").is_file()
    word, _, _ = comment_only_word(real_site)
    queries = ["council", "Merlins", "Rotherham", "children", word]
    with serve(real_site) as single_url, serve(sharded) as sharded_url:
        page = browser.new_page()
        # From the home page, which loads no search code: each query gets a fresh Pagefind.
        single, merged = {}, {}
        for q in queries:
            page.goto(single_url)
            single[q] = page.evaluate(FIND, [q, []])
            page.goto(sharded_url)
            merged[q] = page.evaluate(FIND, [q, ["/pagefind-shard-1/"]])
        # Sharding never loses a page. A shard with no exact match for a word falls back to its
        # stem ("Merlins" -> "Merlin"), as Pagefind does per index, so it may find a few more.
        assert all(single[q] and set(single[q]) <= set(merged[q]) for q in queries), (single, merged)
        assert {q: merged[q] for q in ("council", "Rotherham", "children")} == {
            q: single[q] for q in ("council", "Rotherham", "children")
        }
        search(page, sharded_url, word)  # the search page merges the shards by itself
        assert page.locator(".pagefind-ui__result").count() == 1
        search(page, sharded_url, "council")
        message = page.locator(".pagefind-ui__message").inner_text()
        assert message.startswith(f"{len(merged['council'])} results"), message
        page.close()
