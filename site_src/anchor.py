"""Find each note's passage in the published text at build time, in tiers.

1. exact: the quote as written;
2. normalised: ignoring differences of white space, case, quote marks and dashes;
3. fuzzy: tolerating small edits (a re-scraped page with a typo fixed keeps its notes).

Prefix and suffix (the W3C TextQuoteSelector's) choose among several places. A quote found in
several places with nothing to choose between them is ambiguous; one found nowhere is missing.
Either way the caller reports it with the annotation file's line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from .model import Anchor, Comment, Document, NoteSource

_FOLD = {ord(c): "'" for c in "‘’ʼ′`"} | {ord(c): '"' for c in "“”″"} | {ord(c): "-" for c in "‐‑‒–—―"}
FUZZY_RATIO = 0.85
"""How alike (0–1) a passage must be to the quote for the fuzzy tier."""
SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph of a document's published text, with its place."""

    where: str
    """``article`` or a comment id."""
    index: int
    text: str
    offset: int
    """Offset in ``document_text``."""


@dataclass(frozen=True, slots=True)
class Problem:
    """Why a note could not be anchored: ``missing`` or ``ambiguous`` (with the places)."""

    kind: str
    places: tuple[str, ...] = ()


def _comments(comments: Sequence[Comment]) -> Iterator[Comment]:
    for comment in comments:
        yield comment
        yield from _comments(comment.replies)


def paragraphs(document: Document) -> list[Paragraph]:
    """The document's text in page order: the article body, then each comment's paragraphs."""
    out: list[Paragraph] = []
    offset = 0
    parts = [("article", i, b.text) for i, b in enumerate(document.body)]
    parts += [(c.id, i, p) for c in _comments(document.comments) for i, p in enumerate(c.paragraphs)]
    for where, index, text in parts:
        out.append(Paragraph(where, index, text, offset))
        offset += len(text) + len(SEPARATOR)
    return out


def document_text(document: Document) -> str:
    """The text positions refer to (TextPositionSelector): paragraphs joined by blank lines."""
    return SEPARATOR.join(p.text for p in paragraphs(document))


def _normalise(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each of its characters, the index of the original character."""
    out: list[str] = []
    where: list[int] = []
    space = False
    for i, ch in enumerate(text.translate(_FOLD)):
        if ch.isspace():
            if not space and out:
                out.append(" ")
                where.append(i)
            space = True
            continue
        space = False
        out.append(ch.lower())
        where.append(i)
    return "".join(out), where


def _place(p: Paragraph) -> str:
    return f"article paragraph {p.index + 1}" if p.where == "article" else f"comment {p.where} paragraph {p.index + 1}"


def _fits(text: str, start: int, end: int, prefix: str, suffix: str) -> bool:
    before, after = _normalise(text[:start])[0].rstrip(), _normalise(text[end:])[0].lstrip()
    return before.endswith(_normalise(prefix)[0].strip()) and after.startswith(_normalise(suffix)[0].strip())


def _exact(p: Paragraph, quote: str) -> list[tuple[int, int]]:
    found, start = [], p.text.find(quote)
    while start >= 0:
        found.append((start, start + len(quote)))
        start = p.text.find(quote, start + 1)
    return found


def _normalised(p: Paragraph, quote: str) -> list[tuple[int, int]]:
    text, where = _normalise(p.text)
    needle = _normalise(quote)[0].strip()
    found, start = [], text.find(needle) if needle else -1
    while start >= 0:
        found.append((where[start], where[start + len(needle) - 1] + 1))
        start = text.find(needle, start + 1)
    return found


def _fuzzy(p: Paragraph, quote: str) -> list[tuple[int, int, float]]:
    text, where = _normalise(p.text)
    needle = _normalise(quote)[0].strip()
    size = len(needle)
    if size < 12 or len(text) < size * 0.8:
        return []
    best: list[tuple[int, int, float]] = []
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    # One matcher: it keeps what it learnt of the needle (difflib's advice for one-to-many).
    matcher = SequenceMatcher(None, "", needle, autojunk=False)
    for start in starts:
        for length in (size - size // 10, size, size + size // 10):
            window = text[start : start + length].strip()
            matcher.set_seq1(window)
            if matcher.real_quick_ratio() < FUZZY_RATIO or matcher.quick_ratio() < FUZZY_RATIO:
                continue
            ratio = matcher.ratio()
            if ratio >= FUZZY_RATIO:
                end = min(start + len(window), len(where)) - 1
                best.append((where[start], where[end] + 1, ratio))
    # Overlapping windows are one place: keep the best of each cluster.
    best.sort(key=lambda b: (-b[2], b[0]))
    places: list[tuple[int, int, float]] = []
    for candidate in best:
        if all(candidate[1] <= kept[0] or candidate[0] >= kept[1] for kept in places):
            places.append(candidate)
    return places


def anchor(note: NoteSource, document: Document) -> Anchor | Problem:
    """Anchor one note in the document, or say why it cannot be."""
    scope = [
        p
        for p in paragraphs(document)
        if (note.target == "comments" and p.where != "article")
        or (note.target == "article" and p.where == "article")
        or p.where == note.target
    ]
    for tier in ("exact", "normalised", "fuzzy"):
        found: list[tuple[Paragraph, int, int]] = []
        for p in scope:
            if tier == "exact":
                spans = _exact(p, note.quote)
            elif tier == "normalised":
                spans = _normalised(p, note.quote)
            else:
                spans = [(s, e) for s, e, _ in _fuzzy(p, note.quote)]
            found += [(p, s, e) for s, e in spans if _fits(p.text, s, e, note.prefix, note.suffix)]
        if len(found) > 1:
            return Problem("ambiguous", tuple(_place(p) for p, _, _ in found))
        if found:
            p, start, end = found[0]
            return Anchor(p.where, p.index, start, end, p.offset + start, p.text[start:end], tier)
    return Problem("missing")
