"""Linking speed: ``python -m tests.bench.bench_link [N]`` cleans N generated documents, then times
``link`` (report coverage and related documents) over all of them together."""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

from site_src.clean import clean
from site_src.link import link
from site_src.model import Source

from ..linking_score import matcher
from .corpus import generate

RESULTS = Path(__file__).resolve().parent / "results" / "link.json"


def main(count: int) -> None:
    documents = []
    for name, text in generate(count):
        raw = text.encode("utf-8")
        documents.append(clean(Source(f"documents/{name}", raw, "utf-8", hashlib.sha256(raw).hexdigest())))
    reports = list(matcher().reports.values())
    start = time.perf_counter()
    links = link({d.id: d for d in documents}, reports)
    seconds = time.perf_counter() - start
    result = {
        "documents": count,
        "link_seconds": round(seconds, 2),
        "documents_per_second": round(count / seconds),
        "documents_covering_a_report": len(links.mentions),
        "documents_with_related": len(links.related),
    }
    RESULTS.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
