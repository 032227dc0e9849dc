"""A build's documents: every document's summary held, its text loaded only when a page needs it.

After an edit, one document of ten thousand changes; loading the others from the cache (each a
file to open and unpickle) took longer than everything else the build did for them. So each
document's ``Summary`` (and what annotating it reported) is kept for the next build in one
small file, under the document's key, and a ``Store`` loads a document's text from the clean
cache only when asked: for the pages made again, the feed's newest entries, the export lines
that changed. A document cleaned in this build is held whole, so a build without a cache
loads nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .annotate import annotate
from .cache import Caches, Entries, code_version, digest, write_entry
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
        self._held: dict[str, Document] = {}

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
        self._held.update((i, document) for i, (document, _) in made.items())
        summaries: list[Summary] = []
        problems: list[Diagnostic] = []
        for done, (document_id, recipe) in enumerate(self._recipes.items(), start=1):
            entry = found[document_id]
            if entry is None:
                entry = (made[document_id][0].summary(), made[document_id][1])
                kept.put(recipe.key, entry)
            summaries.append(entry[0])
            problems += entry[1]
            progress("clean", done, len(self._recipes))
        return tuple(summaries), problems

    def _make(self, ids: list[str], jobs: int) -> dict[str, tuple[Document, tuple[Diagnostic, ...]]]:
        """Each document and what annotating it reported: cleaned where the cache lacks it (over ``jobs`` processes)."""
        recipes = {i: self._recipes[i] for i in ids}
        cleaned: dict[str, Document | None] = {i: self._caches.clean.get(r.clean_key) for i, r in recipes.items()}
        todo = [i for i in ids if cleaned[i] is None]
        work = [(loaded(recipes[i].source), recipes[i].clean_key) for i in todo]
        for document_id, made in zip(
            todo, run(partial(_clean_kept, self._caches.clean.folder), work, jobs), strict=True
        ):
            self._caches.clean.hold(recipes[document_id].clean_key, made)
            cleaned[document_id] = made
        out = {}
        for document_id, recipe in recipes.items():
            document = cleaned[document_id]
            assert document is not None  # cleaned above when the cache had it not
            annotated, problems = annotate_cached(document, recipe.annotation, recipe.clean_key, self._caches.annotated)
            out[document_id] = (annotated, tuple(problems))
        return out

    def __getitem__(self, document_id: str) -> Document:
        """The document: loaded again at each ask, unless this build made it.

        A render worker asks for thousands; holding them would hold the archive's text once per worker.
        """
        if document_id in self._held:
            return self._held[document_id]
        return self._make([document_id], 1)[document_id][0]  # a KeyError for an id the archive does not have

    def __iter__(self) -> Iterator[str]:
        return iter(self._recipes)

    def __len__(self) -> int:
        return len(self._recipes)


def _clean_kept(folder: Path | None, work: tuple[Source, str]) -> Document:
    """Clean one file and keep the document in the clean cache ``folder`` under its key, if there is one."""
    source, key = work
    return write_entry(folder, key, clean(source))


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
