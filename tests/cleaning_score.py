"""Score the cleaner against the hand-written gold in tests/fixtures/clean/.

Run ``python -m tests.cleaning_score`` for the table docs/scores.md quotes; the tests use
``score_all`` to hold the cleaner to the issue's targets.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from site_src.clean import clean
from site_src.model import Comment, Document
from site_src.read import read_source
from site_src.redact import redact

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "clean"
SEEDS = Path(__file__).resolve().parent.parent / "content" / "documents"
FIELDS = (
    "title",
    "author",
    "date",
    "site",
    "categories",
    "tags",
    "comments",
    "first_body_line",
    "last_body_line",
    "redactions",
)


@dataclass(frozen=True)
class Case:
    name: str
    text_path: Path
    gold: dict[str, Any]


@dataclass(frozen=True)
class Score:
    name: str
    wrong: dict[str, tuple[Any, Any]]
    """Field -> (got, expected), for the fields the cleaner got wrong."""
    body_kept: int
    body_total: int
    furniture_hit: int
    furniture_removed: int
    furniture_gold: int


def cases() -> list[Case]:
    found = []
    for gold in sorted((FIXTURES / "seeds").glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        found.append(Case(f"seed {stem}", SEEDS / f"{stem}.txt", json.loads(gold.read_text(encoding="utf-8"))))
    for gold in sorted(FIXTURES.glob("*.gold.json")):
        stem = gold.name.removesuffix(".gold.json")
        found.append(Case(stem, FIXTURES / f"{stem}.txt", json.loads(gold.read_text(encoding="utf-8"))))
    return found


HELDOUT = (
    "heldout",
    "heldout2",
    "heldout3",
    "heldout4",
    "heldout5",
    "heldout6",
    "heldout7",
    "heldout8",
    "heldout9",
    "heldout10",
    "heldout11",
    "heldout12",
    "heldout13",
    "heldout14",
    "heldout15",
    "heldout16",
    "heldout17",
    "heldout18",
    "heldout19",
    "heldout20",
    "heldout21",
    "heldout22",
    "heldout23",
    "heldout24",
    "heldout25",
    "heldout26",
    "heldout27",
    "heldout28",
    "heldout29",
    "heldout30",
    "heldout31",
    "heldout32",
    "heldout33",
    "heldout34",
    "heldout35",
    "heldout36",
    "heldout37",
    "heldout38",
    "heldout39",
    "heldout40",
    "heldout41",
    "heldout42",
    "heldout43",
    "heldout44",
    "heldout45",
    "heldout46",
    "heldout47",
    "heldout48",
    "heldout49",
    "heldout50",
    "heldout51",
    "heldout52",
    "heldout53",
    "heldout54",
    "heldout55",
    "heldout56",
    "heldout57",
)
"""Sets written by someone who never saw the rules, each scored once before any rule saw it."""


def heldout_cases(name: str = "heldout") -> list[Case]:
    """The fixtures of one held-out set."""
    folder = FIXTURES / name
    return [
        Case(
            f"{name} {gold.name.removesuffix('.gold.json')}",
            folder / gold.name.replace(".gold.json", ".txt"),
            json.loads(gold.read_text(encoding="utf-8")),
        )
        for gold in sorted(folder.glob("*.gold.json"))
    ]


def clean_case(case: Case) -> Document:
    source = read_source(case.text_path, f"documents/{case.text_path.name}")
    assert not isinstance(source, Exception) and hasattr(source, "text"), source
    return clean(source)  # type: ignore[arg-type]


def _tree(comments: tuple[Comment, ...] | list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for comment in comments:
        if isinstance(comment, Comment):
            first = comment.paragraphs[0] if comment.paragraphs else ""
            out.append((comment.author, comment.date, first, _tree(comment.replies)))
        else:
            out.append((comment["author"], comment["date"], comment["text_starts"], _tree(comment["replies"])))
    return out


def _same_tree(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> bool:
    return len(got) == len(want) and all(
        g[0] == w[0] and g[1] == w[1] and g[2].startswith(redact(w[2].strip())[0]) and _same_tree(g[3], w[3])
        for g, w in zip(got, want, strict=True)
    )


def score(case: Case, document: Document) -> Score:
    gold = case.gold
    body = [b.text for b in document.body] or [""]
    got: dict[str, Any] = {
        "title": document.title,
        "author": document.author,
        "date": document.date,
        "site": document.site,
        "categories": sorted(c.casefold() for c in document.categories),
        "tags": sorted(t.casefold() for t in document.tags),
        "first_body_line": body[0],
        "last_body_line": body[-1],
        "redactions": {"email": document.redactions.email, "phone": document.redactions.phone},
    }
    want = {k: gold[k] for k in got}
    # Gold quotes the file; the cleaner publishes it with personal data replaced. (A gold's null:
    # the page has no body, a link posted to an aggregator.)
    want["first_body_line"] = redact(gold["first_body_line"] or "")[0]
    want["last_body_line"] = redact(gold["last_body_line"] or "")[0]
    want["categories"] = sorted(c.casefold() for c in gold["categories"])
    want["tags"] = sorted(t.casefold() for t in gold["tags"])
    wrong = {k: (got[k], want[k]) for k in got if got[k] != want[k]}
    tree_got, tree_want = _tree(document.comments), _tree(gold["comments"])
    if not _same_tree(tree_got, tree_want):
        wrong["comments"] = (tree_got, tree_want)

    lines = [line.strip() for line in case.text_path.read_bytes().decode("utf-8-sig").splitlines()]
    every = Counter(line for line in lines if line)
    gold_furniture = Counter(line.strip() for line in gold["furniture"])
    removed = Counter(r.text.strip() for r in document.removed)
    gold_furniture = Counter({redact(k)[0]: v for k, v in gold_furniture.items()})
    every = Counter({redact(k)[0]: v for k, v in every.items()})
    gold_kept = every - gold_furniture
    kept = every - removed
    return Score(
        name=case.name,
        wrong=wrong,
        body_kept=sum((gold_kept & kept).values()),
        body_total=sum(gold_kept.values()),
        furniture_hit=sum((removed & gold_furniture).values()),
        furniture_removed=sum(removed.values()),
        furniture_gold=sum(gold_furniture.values()),
    )


def score_all() -> list[Score]:
    return [score(case, clean_case(case)) for case in cases() + [c for h in HELDOUT for c in heldout_cases(h)]]


def summary(scores: list[Score]) -> dict[str, float]:
    fields = len(FIELDS) * len(scores)
    wrong = sum(len(s.wrong) for s in scores)
    return {
        "documents": len(scores),
        "field_accuracy": (fields - wrong) / fields,
        "body_line_recall": sum(s.body_kept for s in scores) / sum(s.body_total for s in scores),
        "furniture_precision": sum(s.furniture_hit for s in scores) / max(1, sum(s.furniture_removed for s in scores)),
        "furniture_recall": sum(s.furniture_hit for s in scores) / max(1, sum(s.furniture_gold for s in scores)),
    }


def main(argv: list[str]) -> int:
    scores = score_all()
    verbose = "-v" in argv
    print(f"{'case':32} {'fields':>6} {'body':>6} {'furn P':>6} {'furn R':>6}  wrong")
    for s in scores:
        fields_ok = len(FIELDS) - len(s.wrong)
        precision = s.furniture_hit / s.furniture_removed if s.furniture_removed else 1.0
        recall = s.furniture_hit / s.furniture_gold if s.furniture_gold else 1.0
        print(
            f"{s.name[:32]:32} {fields_ok:>3}/{len(FIELDS):<2} {s.body_kept / s.body_total:6.3f} "
            f"{precision:6.3f} {recall:6.3f}  {', '.join(s.wrong)}"
        )
        if verbose:
            for key, (got, want) in s.wrong.items():
                print(f"    {key}:\n      got  {got!r:.600}\n      want {want!r:.600}")
    for group, members in (
        ("seeds", [s for s in scores if s.name.startswith("seed")]),
        ("fixtures", [s for s in scores if not s.name.startswith(("seed", "heldout"))]),
        *((h, [s for s in scores if s.name.split()[0] == h]) for h in HELDOUT),
    ):
        figures = summary(members)
        print(
            f"{group}: " + ", ".join(f"{k} {v:.3f}" if isinstance(v, float) else f"{k} {v}" for k, v in figures.items())
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
