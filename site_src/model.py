"""The archive's data: frozen values that flow from one stage to the next.

Nothing here does I/O or holds logic beyond derived properties; stages build new values with
``dataclasses.replace`` rather than mutating, so every stage can be tested with plain values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import cache
from operator import attrgetter
from typing import Literal, TypeVar

from .decode import normalise

_T = TypeVar("_T")


def pickled_quickly(cls: type[_T]) -> type[_T]:
    """Give a frozen, slotted dataclass a pickled state that costs one call to read and write.

    ``dataclass(slots=True)`` pickles by looking the class's fields up again for every object
    (Python 3.11's own comment calls it a project for another day), and unpickling the hundred
    or so values in each cleaned document was a tenth of a build's rendering.
    """
    names = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    read = attrgetter(*names)
    single = len(names) == 1

    def getstate(self: _T) -> tuple[object, ...]:
        if type(self) is not cls:  # a subclass not decorated itself has fields of its own
            return tuple(getattr(self, f.name) for f in fields(self))  # type: ignore[arg-type]
        return (read(self),) if single else read(self)

    def setstate(self: _T, state: tuple[object, ...]) -> None:
        own = names if type(self) is cls else tuple(f.name for f in fields(self))  # type: ignore[arg-type]
        for name, value in zip(own, state, strict=True):
            object.__setattr__(self, name, value)

    setattr(cls, "__getstate__", getstate)  # noqa: B010 (mypy forbids assigning to a method)
    setattr(cls, "__setstate__", setstate)  # noqa: B010
    return cls


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Source:
    """A raw scraped file as read from disk, before any cleaning."""

    path: str
    """Path relative to the content folder, with forward slashes (``documents/x.txt``)."""
    raw: bytes
    """The file's bytes exactly as received; the published copy is made from these."""
    encoding: str
    """The codec the bytes were decoded with (``utf-8``, ``utf-16-le``, ``cp1252``, …)."""
    sha256: str
    """Hex digest of ``raw``: lets a reader check the published copy against the original."""
    bom: bytes = b""
    """The byte-order mark the file started with, kept so the published copy can restore it."""

    @property
    def text(self) -> str:
        """Decoded text: newlines normalised to ``\\n``, Unicode NFC, no BOM.

        Decoded again at each use rather than kept: only cleaning reads it, and a build of a
        hundred thousand documents would otherwise hold every file twice over.
        """
        return normalise(self.raw[len(self.bom) :].decode(self.encoding))


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph or sub-heading of a document's body."""

    kind: Literal["p", "h"]
    text: str
    line: int
    """1-based line in the source where the block starts."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Quote:
    """Words of an earlier post that a forum post quotes above its own ("NAME wrote:")."""

    author: str | None
    paragraphs: tuple[str, ...]
    lines: tuple[int, ...] = ()
    """1-based source line of each quoted paragraph."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Comment:
    """One reader comment and the replies to it."""

    id: str
    """Stable anchor (``c3``, ``c3-1``), from its position in the thread."""
    author: str | None
    date: str | None
    """ISO ``YYYY-MM-DD`` or ``None`` when the page shows no date."""
    paragraphs: tuple[str, ...]
    replies: tuple[Comment, ...] = ()
    lines: tuple[int, ...] = ()
    """1-based source line of each paragraph: every line of a scrape is accounted for."""
    quote: Quote | None = None
    """What the comment quotes before its own words; ``paragraphs`` are only its own."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Removed:
    """A line of the scrape left out of the page, and why: nothing is dropped silently."""

    line: int
    text: str
    reason: str


@pickled_quickly
@dataclass(frozen=True, slots=True)
class MetaLine:
    """A line of the scrape read as metadata (title, byline, comment author), not shown as text."""

    line: int
    text: str
    field: str
    """What the line gave: ``title``, ``byline``, ``comment author``, ``comment header``, …"""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Redactions:
    """How many pieces of personal data were replaced in one document."""

    email: int = 0
    phone: int = 0

    def __add__(self, other: Redactions) -> Redactions:
        return Redactions(self.email + other.email, self.phone + other.phone)

    @property
    def total(self) -> int:
        return self.email + self.phone


@pickled_quickly
@dataclass(frozen=True, slots=True)
class NoteSource:
    """A note on a passage as the editor wrote it: the passage quoted, the note in Markdown."""

    number: int
    """1-based position in the annotation file; the note's anchor is ``n<number>``."""
    quote: str
    prefix: str
    suffix: str
    target: str
    """``article``, ``comments`` or a comment id such as ``c3``."""
    html: str
    line: int
    """Line of the note's ``quote:`` in the annotation file, for messages."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a note's passage was found in the published text."""

    where: str
    """``article`` or the id of the comment holding the passage."""
    paragraph: int
    """Index of the paragraph within the article body or the comment."""
    start: int
    end: int
    """Character offsets within that paragraph."""
    position: int
    """Offset of the passage in the document's text as exported (see ``annotate.document_text``)."""
    exact: str
    """The passage as it stands in the document (it may differ slightly from the quote)."""
    tier: str
    """How it was found: ``exact``, ``normalised`` or ``fuzzy``."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Note:
    """An editor's note with the place it was anchored, or ``None`` when it was not found."""

    source: NoteSource
    anchor: Anchor | None


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Summary:
    """What the rest of the archive shows of a document: lists, feeds, citations, the data's metadata.

    A build holds one per document; the text itself (``Document``) is loaded only for the pages
    made now, so an edit to one document need not load the ten thousand others.
    """

    id: str
    """Permanent id from the file name; the page URL is built from it, never from the title."""
    source_path: str
    sha256: str
    encoding: str
    title: str | None
    """The headline, or ``None`` when the scrape does not show one (never guessed)."""
    author: str | None = None
    date: str | None = None
    """ISO ``YYYY-MM-DD`` or ``None`` when the text does not show it."""
    site: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    redactions: Redactions = field(default_factory=Redactions)
    intro_html: str = ""
    """The editor's introduction (from the annotation file)."""
    notes: tuple[Note, ...] = ()
    content_note: str | None = None
    original_url: str | None = None
    scraped: str | None = None
    corrected: tuple[str, ...] = ()
    """Names of the fields the editor corrected, so pages can say so."""

    @property
    def display_title(self) -> str:
        """The title, or a plainly marked stand-in an editor can replace through annotations."""
        if self.title:
            return self.title
        return f"Untitled post on {self.site}" if self.site else f"Untitled document {self.id}"


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Document(Summary):
    """A cleaned document: what its page, the search index and the data export show."""

    standfirst: str | None = None
    """The sentence a news page sets between its headline and its byline, summing the story up."""
    body: tuple[Block, ...] = ()
    comments: tuple[Comment, ...] = ()
    removed: tuple[Removed, ...] = ()
    metadata: tuple[MetaLine, ...] = ()

    def summary(self) -> Summary:
        """The document without its text, as a build holds it."""
        return Summary(**{f.name: getattr(self, f.name) for f in fields(Summary)})


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Report:
    """An inquiry report from the registry (``content/reports/<id>.md``)."""

    id: str
    title: str
    path: str
    short_title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    published: str | None = None
    url: str | None = None
    aliases: tuple[str, ...] = ()
    """Names that identify the report on their own ("the Jay report")."""
    cues: tuple[str, ...] = ()
    """Weaker signals (people, places, figures) that count only together."""
    related: tuple[str, ...] = ()
    summary_html: str = ""

    @property
    def year(self) -> str:
        """The year it appeared: its publication date's, else the one its id ends in."""
        return self.published[:4] if self.published else self.id[-4:]

    def days_to(self, date: str) -> int | None:
        """Days from its publication to ``date`` (negative before it); ``None`` when undated."""
        if not self.published:
            return None
        return (dt.date.fromisoformat(date) - dt.date.fromisoformat(self.published)).days

    def appeared_within(self, days: int, date: str) -> bool:
        """Whether ``date`` falls on the day it was published or in the ``days`` after."""
        delta = self.days_to(date)
        return delta is not None and 0 <= delta <= days


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Page:
    """A prose page written by the editor (``content/pages/<slug>.md``)."""

    slug: str
    title: str
    body_html: str
    path: str


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Annotation:
    """``content/annotations/<document id>.md``: corrections, an introduction, notes."""

    document_id: str
    path: str
    corrections: Mapping[str, str]
    """Field -> corrected value: title, author, date, site, original_url, scraped, content_note."""
    tags: tuple[str, ...] = ()
    confirm: tuple[str, ...] = ()
    """Report ids the editor confirms for the document, whatever the linker found."""
    reject: tuple[str, ...] = ()
    """Report ids the editor rejects, whatever the linker found."""
    intro_html: str = ""
    notes: tuple[NoteSource, ...] = ()


@pickled_quickly
@dataclass(frozen=True, slots=True)
class GlossaryTerm:
    """A term the writings use, with the forms it takes and what it means."""

    term: str
    aliases: tuple[str, ...]
    definition: str

    @property
    def slug(self) -> str:
        return _term_slug(self.term)


@cache
def _term_slug(term: str) -> str:
    """A glossary term's anchor; remembered, as every document page asks for every term's."""
    return "g-" + "".join(ch if ch.isalnum() else "-" for ch in term.lower()).strip("-")


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Mention:
    """A document's coverage of one report, with the sentences that show it."""

    report_id: str
    evidence: tuple[str, ...]
    in_article: bool = True
    """False when only the comment thread discusses the report."""
    confirmed: bool = False
    """The editor confirmed the link in the document's annotation."""


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Links:
    """Cross-document facts, computed once after every document is known."""

    mentions: Mapping[str, tuple[Mention, ...]] = field(default_factory=dict)
    """Document id -> the reports it covers."""
    related: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Document id -> ids of related documents, best first."""
    by_report: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Report id -> ids of the documents covering it, sorted: the reverse of ``mentions``."""

    @classmethod
    def of(cls, mentions: Mapping[str, tuple[Mention, ...]], related: Mapping[str, tuple[str, ...]]) -> Links:
        """Links with the report -> documents index built once (pages ask it thousands of times)."""
        by_report: dict[str, list[str]] = {}
        for doc_id in sorted(mentions):
            for mention in mentions[doc_id]:
                by_report.setdefault(mention.report_id, []).append(doc_id)
        return cls(mentions, related, {k: tuple(v) for k, v in by_report.items()})

    def reports_of(self, document_id: str) -> tuple[Mention, ...]:
        return self.mentions.get(document_id, ())

    def documents_of(self, report_id: str) -> tuple[str, ...]:
        return self.by_report.get(report_id, ())


@pickled_quickly
@dataclass(frozen=True, slots=True)
class ContentNote:
    """The warning shown before the archive's material, with where to find support."""

    text: str
    support_html: str


@pickled_quickly
@dataclass(frozen=True, slots=True)
class SiteConfig:
    """``content/site.toml`` after command-line overrides."""

    title: str
    description: str
    language: str
    base_url: str
    """Absolute URL of the archive's root, always ending in ``/``."""
    content_note: ContentNote
    intro_html: str = ""

    @property
    def base_path(self) -> str:
        """The path part of ``base_url`` (``/`` or ``/archive/``): every internal link starts so."""
        rest = self.base_url.split("://", 1)[-1]
        slash = rest.find("/")
        return rest[slash:] if slash >= 0 else "/"


@pickled_quickly
@dataclass(frozen=True, slots=True)
class Site:
    """Everything the render and export stages need, gathered before any byte is written."""

    config: SiteConfig
    documents: tuple[Summary, ...]
    """Sorted by id. Entries may be whole ``Document`` values; code that needs the text asks ``full``."""
    full: Mapping[str, Document]
    """Document id -> the document with its text, loaded when asked for (``store.Store``)."""
    sources: Mapping[str, Source]
    """Document id -> its source, for the published raw copy."""
    reports: tuple[Report, ...]
    """Sorted by id."""
    pages: tuple[Page, ...]
    links: Links
    glossary: tuple[GlossaryTerm, ...] = ()
    glossary_intro_html: str = ""
    keys: Mapping[str, str] = field(default_factory=dict)
    """Document id -> a key of what the document was made from (its file's bytes, its annotation,
    the code that cleaned and annotated it): equal keys, equal documents. Empty when not known."""

    def made_from(self, document_id: str) -> object:
        """A value equal from one build to the next exactly when the document is: its key, else itself.

        What the preview compares to know a document unchanged without loading its text.
        """
        return self.keys.get(document_id) or self.full[document_id]
