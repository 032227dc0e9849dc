"""Save-to-reload time of the preview server: ``python -m tests.bench.bench_serve [real] [10000]``.

For each archive (a copy of the real ``content/``, or ``N`` generated documents): starts
``build.py serve``'s ``Preview`` on it, opens one document's page in Chromium, then edits that
document's text on disk and times from just before the write to the moment the reloaded page
finished loading with the new text (the page's own navigation timing, not a polling interval),
to the moment the new build was being served (the server's side of it), and to the moment
its search index was (made after the pages, on the server's second thread). Results go to
``tests/bench/results/serve.json``. Targets (issue 7): under 200 ms on the real content, under
1 s at 10,000 documents.
"""

from __future__ import annotations

import io
import json
import os
import platform
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from html import unescape
from pathlib import Path

from playwright.sync_api import Page, expect, sync_playwright

from site_src.serve import QUIET, Preview

from ..browser import CHROMIUM_ARGS, chromium_path
from ..conftest import CONTENT
from .corpus import write_content

RESULTS = Path(__file__).resolve().parent / "results" / "serve.json"
TARGET_MS = {"real": 200, "generated": 1000}
LOADED_AT = (
    "() => { const n = performance.getEntriesByType('navigation')[0]; return performance.timeOrigin + n.loadEventEnd; }"
)


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z]{3,}", text)


def edit_point(raw: str, page_text: str) -> str:
    """A line of the scraped file that the page shows as body text, to insert a word into."""
    shown = " ".join(_words(page_text))
    for line in raw.splitlines():
        words = _words(line)
        if len(words) >= 10 and " ".join(words[:8]) in shown:
            return line
    raise RuntimeError("no line of the document is shown on its page")


def _serving_time(preview: Preview, epoch: int, stamps: dict[str, float]) -> None:
    # Fine polling on a side thread: when the new build became the one served, then its index.
    while preview.state.epoch <= epoch and preview.state.failures == 0:
        time.sleep(0.002)
    stamps["served"] = time.time()
    while preview.state.indexed <= epoch and preview.state.failures == 0:
        time.sleep(0.002)
    stamps["searchable"] = time.time()


def one_edit(page: Page, preview: Preview, document: Path, run: int) -> dict[str, float]:
    raw = document.read_text(encoding="utf-8")
    line = edit_point(raw, unescape(page.locator("main").inner_text()))
    first, _, rest = line.partition(" ")
    marker = f"benchmarkword{run}x"
    edited = raw.replace(line, f"{first} {marker} {rest}", 1)
    stamps: dict[str, float] = {}
    watcher = threading.Thread(target=_serving_time, args=(preview, preview.state.epoch, stamps))
    watcher.start()
    saved = time.time()
    document.write_text(edited, encoding="utf-8")
    expect(page.locator("main")).to_contain_text(marker, timeout=3_600_000)
    page.wait_for_load_state("load")
    watcher.join()
    loaded = page.evaluate(LOADED_AT) / 1000
    return {
        "save_to_reload_ms": round((loaded - saved) * 1000),
        "save_to_served_ms": round((stamps["served"] - saved) * 1000),
        "save_to_searchable_ms": round((stamps["searchable"] - saved) * 1000),
    }


def measure(label: str, content: Path, runs: int) -> dict[str, object]:
    documents = sorted((content / "documents").iterdir())
    document = documents[len(documents) // 2]
    out = io.StringIO()
    start = time.perf_counter()
    preview = Preview(content, port=0, out=out)
    preview.start()
    first_build = time.perf_counter() - start
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(f"http://127.0.0.1:{preview.port}/documents/{document.stem}/")
            page.wait_for_load_state("load")
            measured = []
            for run in range(runs):
                measured.append(one_edit(page, preview, document, run))
                print(label, measured[-1], flush=True)
            browser.close()
    finally:
        preview.close()
    if preview.state.problems:
        raise RuntimeError("\n".join(str(p) for p in preview.state.problems))
    reload_ms = [m["save_to_reload_ms"] for m in measured]
    target = TARGET_MS["real" if label == "real content" else "generated"]
    return {
        "archive": label,
        "documents": len(documents),
        "first_build_seconds": round(first_build, 1),
        "runs": measured,
        "median_save_to_reload_ms": round(statistics.median(reload_ms)),
        "median_save_to_served_ms": round(statistics.median(m["save_to_served_ms"] for m in measured)),
        "median_save_to_searchable_ms": round(statistics.median(m["save_to_searchable_ms"] for m in measured)),
        "target_ms": target,
        "target_met": statistics.median(reload_ms) < target,
    }


def main(which: list[str]) -> None:
    results = []
    with tempfile.TemporaryDirectory() as work:
        for name in which:
            if name == "real":
                content = Path(work) / "real"
                shutil.copytree(CONTENT, content)
                results.append(measure("real content", content, runs=9))
            else:
                count = int(name)
                content = write_content(count, Path(work) / f"generated-{count}")
                results.append(measure(f"{count} generated documents", content, runs=3))
            shutil.rmtree(content)
    report = {
        "what": "file write -> reloaded page loaded with the change, in Chromium; incremental rebuild in memory",
        "debounce_ms": round(QUIET * 1000),
        "python": platform.python_version(),
        "machine": f"{platform.machine()}, {os.cpu_count()} cores",
        "archives": results,
    }
    RESULTS.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main(sys.argv[1:] or ["real", "10000"])
