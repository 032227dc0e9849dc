"""Score document -> report links against the gold labels in tests/fixtures/clean/.

``python -m tests.linking_score`` prints precision and recall per set; the tests hold the linker
to the issue's targets on the documents it was built with.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

from site_src.link import Matcher, find_mentions
from site_src.read import TextFile
from site_src.registry import load_reports

from .cleaning_score import Case, cases, clean_case, heldout_cases

REPORTS = Path(__file__).resolve().parent.parent / "content" / "reports"


@dataclass(frozen=True)
class LinkScore:
    name: str
    got: frozenset[str]
    want: frozenset[str]


def matcher() -> Matcher:
    files = tuple(TextFile(p.as_posix(), p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("*.md")))
    reports, problems = load_reports(files)
    assert not problems, problems
    return Matcher(reports)


def score_cases(selected: list[Case]) -> list[LinkScore]:
    m = matcher()
    return [
        LinkScore(c.name, frozenset(x.report_id for x in find_mentions(clean_case(c), m)), frozenset(c.gold["reports"]))
        for c in selected
    ]


def precision_recall(scores: list[LinkScore]) -> tuple[float, float]:
    hit = sum(len(s.got & s.want) for s in scores)
    got = sum(len(s.got) for s in scores)
    want = sum(len(s.want) for s in scores)
    return (hit / got if got else 1.0), (hit / want if want else 1.0)


LINKS = Path(__file__).resolve().parent / "fixtures"


def link_cases(folder: str) -> list[Case]:
    """Documents with report gold only (``<name>.txt`` + ``<name>.json``), written for the linker."""
    return [
        Case(f"{folder} {gold.stem}", gold.with_suffix(".txt"), json.loads(gold.read_text(encoding="utf-8")))
        for gold in sorted((LINKS / folder).glob("*.json"))
    ]


def sets() -> list[tuple[str, list[Case]]]:
    return [
        ("cleaning fixtures and seeds", cases()),
        ("cleaning held-out", heldout_cases("heldout")),
        ("cleaning held-out 2", heldout_cases("heldout2")),
        ("cleaning held-out 3", heldout_cases("heldout3")),
        ("cleaning held-out 4", heldout_cases("heldout4")),
        ("cleaning held-out 5", heldout_cases("heldout5")),
        ("cleaning held-out 6", heldout_cases("heldout6")),
        ("cleaning held-out 7", heldout_cases("heldout7")),
        ("cleaning held-out 8", heldout_cases("heldout8")),
        ("cleaning held-out 9", heldout_cases("heldout9")),
        ("cleaning held-out 10", heldout_cases("heldout10")),
        ("cleaning held-out 11", heldout_cases("heldout11")),
        ("cleaning held-out 12", heldout_cases("heldout12")),
        ("cleaning held-out 13", heldout_cases("heldout13")),
        ("cleaning held-out 14", heldout_cases("heldout14")),
        ("cleaning held-out 15", heldout_cases("heldout15")),
        ("links", link_cases("links")),
        ("links3", link_cases("links3")),
        ("links4", link_cases("links4")),
        ("links5", link_cases("links5")),
        ("links6", link_cases("links6")),
        ("links7", link_cases("links7")),
        ("links8", link_cases("links8")),
        ("links9", link_cases("links9")),
        ("links10", link_cases("links10")),
        ("links11", link_cases("links11")),
        ("links12", link_cases("links12")),
        ("links13", link_cases("links13")),
        ("links14", link_cases("links14")),
        ("links15", link_cases("links15")),
        ("links16", link_cases("links16")),
        ("links17", link_cases("links17")),
        ("links18", link_cases("links18")),
        ("links19", link_cases("links19")),
        ("links20", link_cases("links20")),
        ("links21", link_cases("links21")),
        ("links22", link_cases("links22")),
        ("links23", link_cases("links23")),
        ("links24", link_cases("links24")),
        ("links25", link_cases("links25")),
    ]


def main() -> int:
    for label, selected in sets():
        if not selected:
            continue
        scores = score_cases(selected)
        for s in scores:
            mark = "" if s.got == s.want else f"  got {sorted(s.got)} want {sorted(s.want)}"
            print(f"{s.name[:40]:40}{mark}")
        p, r = precision_recall(scores)
        print(f"{label}: documents {len(scores)}, precision {p:.3f}, recall {r:.3f}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
