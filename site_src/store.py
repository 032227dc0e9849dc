"""A build's documents: every document's summary held, its text loaded only when a page needs it.

After an edit, one document of ten thousand changes; loading the others from the cache (each a
file to open and unpickle) took longer than everything else the build did for them. So each
document's ``Summary`` (and what annotating it reported) is kept for the next build in one
small file, under the document's key, and a ``Store`` loads a document's text from the clean
cache only when asked: for the pages made again, the feed's newest entries, the export lines
that changed. A document cleaned in this build is held packed (``pack``), so a build without
a cache loads nothing at all and holds a sixth of what the documents take as objects.
"""

from __future__ import annotations

import pickle
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .annotate import annotate
from .cache import Caches, Entries, code_version, digest, write_pickled
from .clean import clean
from .diagnostics import Diagnostic
from .model import Annotation, Document, Source, Summary
from .parallel import run
from .read import Scraped, loaded

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while a long stage runs."""


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: report nothing."""
    return None


@dataclass(frozen=True, slots=True)
class Recipe:
    """What one document is made from: its file, that file's clean key and the editor's annotation."""

    source: Scraped
    clean_key: str
    annotation: Annotation | None

    @property
    def key(self) -> str:
        """The key of the document as published (``Site.keys``): equal keys, equal documents."""
        return digest("document", code_version("link"), self.clean_key, repr(self.annotation))


class Store(Mapping[str, Document]):
    """Document id -> the document with its text, made or loaded when asked for; ids in sorted order."""

    def __init__(self, recipes: Mapping[str, Recipe], caches: Caches) -> None:
        self._recipes = dict(sorted(recipes.items()))
        self._caches = caches
        self._held: dict[str, Document | bytes] = {}
        """Documents made in this build: packed (``pack``) unless the caches last (the preview)."""

    def summaries(
        self, jobs: int = 1, progress: Progress = no_progress
    ) -> tuple[tuple[Summary, ...], list[Diagnostic]]:
        """Every document's summary, in id order, and what annotating them reported.

        Summaries kept by an earlier build are taken as they are; the other documents are
        cleaned (over ``jobs`` processes) or loaded from the clean cache, annotated, and held
        for this build.
        """
        kept = self._caches.summaries
        found: dict[str, tuple[Summary, tuple[Diagnostic, ...]] | None] = {
            i: kept.get(r.key) for i, r in self._recipes.items()
        }
        made = self._make([i for i, entry in found.items() if entry is None], jobs)
        lasting = self._caches.clean.lasting
        for document_id, (summary, reported, document) in made.items():
            found[document_id] = (summary, reported)
            kept.put(self._recipes[document_id].key, (summary, reported))
            if isinstance(document, bytes) or lasting:
                self._held[document_id] = document
            elif self._recipes[document_id].annotation is not None:
                self._held[document_id] = pack(document)
            # (else it was read from the clean cache, and is read again when asked for)
        summaries: list[Summary] = []
        problems: list[Diagnostic] = []
        for done, entry in enumerate(found.values(), start=1):
            assert entry is not None  # kept, or made above
            summaries.append(entry[0])
            problems += entry[1]
            progress("clean", done, len(self._recipes))
        return tuple(summaries), problems

    def _make(self, ids: list[str], jobs: int) -> dict[str, tuple[Summary, tuple[Diagnostic, ...], Document | bytes]]:
        """Each document's summary, what annotating it reported, and the document, packed where a worker cleaned it.

        Documents are cleaned where the cache lacks them, over ``jobs`` processes. A worker
        hands back its document packed, with its summary: the one parent then need not unpickle
        every document, and holds a sixth of the memory the documents take as objects (which was
        gigabytes at a hundred thousand). Only a document to annotate, or to hold in caches that
        last, is unpacked here.
        """
        recipes = {i: self._recipes[i] for i in ids}
        entries = self._caches.clean
        cleaned: dict[str, Document | None] = {i: entries.get(r.clean_key) for i, r in recipes.items()}
        todo = [i for i in ids if cleaned[i] is None]
        work = [(loaded(recipes[i].source), recipes[i].clean_key) for i in todo]
        packed = dict(zip(todo, run(partial(_clean_kept, entries.folder), work, jobs), strict=True))
        out: dict[str, tuple[Summary, tuple[Diagnostic, ...], Document | bytes]] = {}
        for document_id, recipe in recipes.items():
            document = cleaned[document_id]
            if document is None and recipe.annotation is None and not entries.lasting:
                summary, document_packed = packed[document_id]
                out[document_id] = (summary, (), document_packed)
                continue
            if document is None:
                document = unpack(packed[document_id][1])
                entries.hold(recipe.clean_key, document)
            annotated, problems = annotate_cached(document, recipe.annotation, recipe.clean_key, self._caches.annotated)
            out[document_id] = (annotated.summary(), tuple(problems), annotated)
        return out

    def __getitem__(self, document_id: str) -> Document:
        """The document: held if made in this build (packed, except in the preview), else loaded again at each ask.

        A render worker asks for thousands; holding them would hold the archive's text once per worker.
        """
        if document_id in self._held:
            document = self._held[document_id]
        else:
            document = self._make([document_id], 1)[document_id][2]  # a KeyError for an id not in the archive
        return unpack(document) if isinstance(document, bytes) else document

    def __iter__(self) -> Iterator[str]:
        return iter(self._recipes)

    def __len__(self) -> int:
        return len(self._recipes)


def pack(document: Document) -> bytes:
    """A document as compressed bytes: a quarter of its pickle, a sixth of it as objects."""
    return _compressed(pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL))


def _compressed(pickled: bytes) -> bytes:
    return zlib.compress(pickled, 1)  # the fastest level: three quarters smaller already


def unpack(packed: bytes) -> Document:
    """The document ``pack`` packed."""
    document: Document = pickle.loads(zlib.decompress(packed))
    return document


def _clean_kept(folder: Path | None, work: tuple[Source, str]) -> tuple[Summary, bytes]:
    """Clean one file: its summary and the document packed, kept in the clean cache ``folder`` (if any).

    The document is pickled once, for both.
    """
    source, key = work
    document = clean(source)
    pickled = pickle.dumps(document, protocol=pickle.HIGHEST_PROTOCOL)
    if folder is not None:
        write_pickled(folder / key, pickled)
    return document.summary(), _compressed(pickled)


def annotate_cached(
    document: Document, annotation: Annotation | None, clean_key: str, entries: Entries
) -> tuple[Document, list[Diagnostic]]:
    """``annotate``, kept in ``entries``: finding a note's passage again may mean a fuzzy search."""
    if annotation is None:
        return annotate(document, None)
    key = digest("annotated", code_version("link"), clean_key, repr(annotation))
    found: tuple[Document, list[Diagnostic]] | None = entries.get(key)
    if found is None:
        found = annotate(document, annotation)
        entries.put(key, found)
    return found
