"""Search at scale: ``python -m tests.bench.bench_search 1000 10000``.

For each size: builds a generated archive (real registry, generated documents), and reports
the Pagefind index's size and indexing time, then in a real Chromium (cold cache, CSP sent)
the time from submitting a query to its results and the bytes the page fetched from the index.
Results go to ``tests/bench/results/search.json``.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

from site_src.pipeline import BuildOptions, build_site

from ..browser import CHROMIUM_ARGS, chromium_path, serve
from .corpus import write_content

RESULTS = Path(__file__).resolve().parent / "results" / "search.json"
QUERIES = ("council", "safeguarding evidence", "zqxjvwkplm")


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def measure(count: int, work: Path) -> dict[str, object]:
    content = write_content(count, work / f"content-{count}")
    output = work / f"public-{count}"
    result = build_site(BuildOptions(content=content, output=output))
    timings = dict(result.timings)
    queries = []
    with serve(output) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        for query in QUERIES:
            context = browser.new_context()  # a cold cache for every query
            page = context.new_page()
            fetched: list[int] = []
            page.on(
                "requestfinished",
                lambda r, fetched=fetched: (
                    fetched.append(r.sizes()["responseBodySize"]) if "/pagefind/" in r.url else None
                ),
            )
            page.goto(url + "search/")
            page.wait_for_selector(".pagefind-ui__search-input")
            fetched.clear()  # count what the query fetches, not the UI's own script and styles
            start = time.perf_counter()
            page.fill(".pagefind-ui__search-input", query)
            page.wait_for_function(
                "() => { const m = document.querySelector('.pagefind-ui__message');"
                " return m && !/Searching/i.test(m.textContent); }",
                timeout=60_000,
            )
            elapsed = time.perf_counter() - start
            page.wait_for_load_state("networkidle")
            queries.append(
                {
                    "query": query,
                    "results": page.locator(".pagefind-ui__result").count(),
                    "milliseconds": round(elapsed * 1000),
                    "kilobytes_fetched": round(sum(fetched) / 1024, 1),
                }
            )
            context.close()
        browser.close()
    return {
        "documents": count,
        "index_megabytes": round(_size(output / "pagefind") / 1e6, 1),
        "index_files": sum(1 for p in (output / "pagefind").rglob("*") if p.is_file()),
        "index_seconds": round(timings["index"], 1),
        "build_seconds": round(sum(timings.values()), 1),
        "queries": queries,
    }


def main(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as work:
        results = [measure(n, Path(work)) for n in sizes]
    RESULTS.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=1))


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10_000])
