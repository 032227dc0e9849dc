"""A deterministic corpus of scraped-looking documents, for benchmarks and scale tests only.

``generate(n, seed)`` yields ``(file name, text)`` pairs in the styles the cleaner supports
(WordPress, Blogger, phpBB, news sites with reader comments, Drupal), dated 2010–2024, with
comment threads of 0 to 200 comments, about 13 kB each on average like the seeds, and a share
of documents naming each report in a registry (its aliases) and a share naming none.

Run ``python -m tests.bench.corpus N DIR`` to write a content folder of N documents.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_WORDS = [
    "council",
    "children",
    "social",
    "services",
    "report",
    "police",
    "care",
    "failure",
    "abuse",
    "agencies",
    "town",
    "families",
    "young",
    "people",
    "review",
    "inquiry",
    "safeguarding",
    "board",
    "evidence",
    "officers",
    "managers",
    "victims",
    "survivors",
    "system",
    "training",
    "budget",
    "accountability",
    "community",
    "schools",
    "health",
    "workers",
    "years",
    "findings",
    "recommendations",
    "response",
    "local",
    "national",
    "government",
    "minister",
    "evidence",
    "record",
    "meeting",
    "vulnerable",
    "protection",
    "support",
    "decisions",
    "concerns",
    "culture",
    "referral",
    "caseload",
    "supervision",
    "leadership",
    "exploitation",
    "investigation",
    "court",
    "authority",
    "voluntary",
    "youth",
    "project",
]
_NAMES = ("Alex Morgan", "Sam Patel", "Jo Reid", "Chris Dale", "Pat Kerr", "Lee Owen", "Kim Shah", "Ros Hill")
_HANDLES = ("northern_sw", "mum_of_two", "dave1964", "RedKite", "fosterdad", "old_copper", "jenny_b", "TykeTalk")


def _sentence(rng: random.Random, n: int | None = None) -> str:
    words = [rng.choice(_WORDS) for _ in range(n or rng.randint(8, 22))]
    return " ".join(words).capitalize() + rng.choice(".....?!")


def _paragraph(rng: random.Random, mention: str | None = None) -> str:
    sentences = [_sentence(rng) for _ in range(rng.randint(3, 6))]
    if mention:
        sentences.insert(
            rng.randint(0, len(sentences)), f"The {mention} sets out what went wrong in {rng.randint(1997, 2013)}."
        )
    return " ".join(sentences)


def _comments(rng: random.Random) -> int:
    roll = rng.random()
    return (
        0
        if roll < 0.25
        else rng.randint(1, 12)
        if roll < 0.8
        else rng.randint(13, 60)
        if roll < 0.97
        else rng.randint(61, 200)
    )


def _aliases() -> list[str]:
    """Names of reports from the real registry, so some documents are about each report."""
    found = []
    for path in sorted((ROOT / "content" / "reports").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        if "aliases:" in lines:
            start = lines.index("aliases:") + 1
            found.extend(
                line.strip()[2:].strip("'\"") for line in lines[start : start + 2] if line.strip().startswith("- ")
            )
    return found or ["Jay report"]


def _wordpress(rng: random.Random, title: str, date: dt.date, body: list[str], n: int) -> str:
    out = [
        "",
        "",
        "A Blog About Care",
        "",
        title,
        "",
        f"{date:%d %A %b %Y}",
        "",
        f"POSTED BY {rng.choice(_NAMES).split()[0].upper()} IN NEWS, CHILDREN",
        "",
    ]
    out += [f"≈ {n} COMMENTS", ""] + [x for p in body for x in (p, "")]
    out += ["Share this:", "", "Twitter", "", "Facebook", "", "Like this:", "", "Like Loading...", ""]
    if n:
        out += [f"thoughts on “{title}”", ""]
        for i in range(n):
            bullet = f"{i + 1}. " if i % 3 == 0 or i == 0 else "- "
            out += [
                f"{bullet}*said:***{rng.choice(_HANDLES)}**",
                "",
                f"{date:%B} {date.day}, {date.year} at {rng.randint(1, 12)}:{rng.randint(10, 59)} pm",
                "",
            ]
            out += [x for _ in range(rng.randint(1, 3)) for x in (_sentence(rng), "")] + ["REPLY", ""]
    return "\n".join([*out, "[Blog at WordPress.com.](#) [The Chateau Theme.](#)", "", "⊙ Follow", ""])


def _says(rng: random.Random, title: str, date: dt.date, body: list[str], n: int) -> str:
    out = [title, ""] + [x for p in body for x in (p, "")]
    if n:
        out += ["", f"{n} Comments on “{title}”", ""]
        for i in range(n):
            indent = "      " if i % 4 == 3 else "  "
            out += [f"{indent}{i % 9 + 1}. {rng.choice(_HANDLES)} says:", ""]
            out += [f"{indent}  {_sentence(rng)}", ""]
    out += ["Leave a Reply", "", "Fill in your details below or click an icon to log in: Logo", "", "Connecting to %s"]
    return "\n".join(out)


def _blogger(rng: random.Random, title: str, date: dt.date, body: list[str], n: int) -> str:
    out = [
        "Notes From The Duty Desk",
        "",
        "Thoughts of a team manager. All views my own.",
        "",
        f"{date:%A}, {date.day} {date:%B %Y}",
        "",
        title,
        "",
    ]
    out += [x for p in body for x in (p, "")] + [
        f"Posted by {rng.choice(_NAMES)} at 08:47",
        "",
        "Labels: care, reports",
        "",
    ]
    if n:
        out += [f"{n} comments:", ""]
        for _ in range(n):
            out += [
                f"{rng.choice(('Anonymous', *_NAMES))} said...",
                "",
                _sentence(rng),
                "",
                f"{date.day} {date:%B %Y} at 09:14",
                "",
            ]
    return "\n".join([*out, "Post a Comment", "", "Newer Post Older Post Home", "", "Blog Archive"])


def _forum(rng: random.Random, title: str, date: dt.date, body: list[str], n: int) -> str:
    stamp = f"{date:%a %b %d, %Y} 9:14 pm"
    out = ["Yorkshire Talk Forum", "", "Board index ‹ Society ‹ News", "", title, "", "Post Reply", ""]
    out += [f"Post by {rng.choice(_HANDLES)} » {stamp}", ""] + [x for p in body for x in (p, "")]
    out += ["Posts: 120", "Joined: Sat Mar 12, 2011 6:40 pm", "", "Top", "Quote", ""]
    for _ in range(n):
        out += [
            f"Re: {title}",
            f"Post by {rng.choice(_HANDLES)} » {stamp}",
            "",
            _sentence(rng),
            "",
            "Posts: 7",
            "",
            "Top",
            "Quote",
            "",
        ]
    return "\n".join([*out, "Display posts from previous: All posts", "Powered by phpBB® Forum Software © phpBB Group"])


def _news(rng: random.Random, title: str, date: dt.date, body: list[str], n: int) -> str:
    out = [
        "The Daily Ledger",
        "News | Politics | Sport | Opinion",
        "Advertisement",
        "",
        title,
        "",
        f"By {rng.choice(_NAMES)}, Reporter",
        f"Published: 14:02 GMT, {date.day} {date:%B %Y}",
        "",
    ]
    for i, p in enumerate(body):
        out += [p, ""] + (["Advertisement", "Hide Ad", ""] if i % 3 == 2 else [])
    out += ["Share this article", "Facebook", "Twitter", ""]
    if n:
        out += [f"{n} comments", ""]
        for _ in range(n):
            out += [
                f"{rng.choice(_HANDLES)}, Leeds, {date.day} {date:%b %Y} 15:10",
                _sentence(rng),
                "Reply · Report · ▲ 3 ▼ 1",
                "",
            ]
    return "\n".join([*out, "Comments are subject to our community guidelines", "© The Daily Ledger"])


_STYLES = (_wordpress, _says, _blogger, _forum, _news)


def generate(count: int, seed: int = 1) -> Iterator[tuple[str, str]]:
    """Yield ``count`` documents as (file name, text); the same seed gives the same corpus."""
    rng = random.Random(seed)
    aliases = _aliases()
    start = dt.date(2010, 1, 1).toordinal()
    span = dt.date(2024, 12, 31).toordinal() - start
    for number in range(count):
        date = dt.date.fromordinal(start + rng.randrange(span))
        about = rng.choice(aliases) if rng.random() < 0.7 else None
        title = _sentence(rng, rng.randint(5, 10)).rstrip(".?!")
        body = [_paragraph(rng, about if i in (1, 4) else None) for i in range(rng.randint(10, 20))]
        style = _STYLES[number % len(_STYLES)]
        yield f"{number:06d}_{rng.getrandbits(64):016x}.txt", style(rng, title, date, body, _comments(rng))


def write_content(count: int, folder: Path, seed: int = 1) -> Path:
    """A content folder with the real site.toml, reports and pages and ``count`` documents."""
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(ROOT / "content", folder, ignore=shutil.ignore_patterns("documents", "annotations"))
    documents = folder / "documents"
    documents.mkdir()
    for name, text in generate(count, seed):
        (documents / name).write_text(text, encoding="utf-8")
    return folder


if __name__ == "__main__":
    write_content(int(sys.argv[1]), Path(sys.argv[2]))
