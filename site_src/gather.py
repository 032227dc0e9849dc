"""The gather phase: every file read, cleaned and linked before anything is rendered.

Rendering needs cross-document facts (which documents cover a report), so all of them are
computed here first; after this, nothing reads the disk.
"""

from __future__ import annotations

from collections.abc import Callable

from .annotate import annotate, apply_decisions
from .annotations import load_annotation
from .cache import Caches, Entries, code_version, digest
from .cache import key as cache_key
from .clean import clean
from .config import load_config
from .diagnostics import Diagnostic, error
from .glossary import load_glossary
from .link import link
from .model import Annotation, Document, Site
from .pages import load_pages
from .parallel import run
from .read import RawContent
from .registry import load_reports

Progress = Callable[[str, int, int], None]
"""Called as (stage, done, total) while a long stage runs."""


def no_progress(stage: str, done: int, total: int) -> None:
    """The default: report nothing."""
    return None


def clean_all(
    raw: RawContent, progress: Progress = no_progress, jobs: int = 1, entries: Entries | None = None
) -> tuple[tuple[Document, ...], tuple[Diagnostic, ...], dict[str, str]]:
    """Clean every document (over ``jobs`` processes); two files that map to one id are an error.

    Documents cleaned by an earlier build come from ``entries``, and what is cleaned now goes
    into it. The third value is each document's cache key, by id, for the stages after.
    """
    entries = entries or Entries(None)
    keys = [cache_key(source) for source in raw.documents]
    known: dict[str, Document | None] = {k: entries.get(k) for k in keys}
    missing = [(source, k) for source, k in zip(raw.documents, keys, strict=True) if known[k] is None]
    for (_, k), document in zip(missing, run(clean, [source for source, _ in missing], jobs), strict=True):
        known[k] = document
        entries.put(k, document)
    documents: dict[str, Document] = {}
    by_id: dict[str, str] = {}
    problems: list[Diagnostic] = []
    total = len(raw.documents)
    for done, (source, k) in enumerate(zip(raw.documents, keys, strict=True), start=1):
        found = known[k]
        assert found is not None  # cleaned above when the cache had it not
        document = found
        if document.id in documents:
            other = documents[document.id].source_path
            problems.append(
                error(f"{raw.root}/{source.path}", 1, f"file name gives the same id '{document.id}' as {other}")
            )
            continue
        documents[document.id] = document
        by_id[document.id] = k
        progress("clean", done, total)
    return tuple(documents[k] for k in sorted(documents)), tuple(problems), by_id


def gather(
    raw: RawContent,
    base_url: str | None = None,
    progress: Progress = no_progress,
    jobs: int = 1,
    caches: Caches | None = None,
) -> tuple[Site | None, tuple[Diagnostic, ...]]:
    """Build the whole ``Site`` from what was read, or return why it cannot be built."""
    caches = caches or Caches(None)
    config, config_problems = load_config(raw.site_toml, base_url)
    documents, document_problems, clean_keys = clean_all(raw, progress, jobs, caches.clean)
    reports, report_problems = load_reports(raw.reports)
    pages, page_problems = load_pages(raw.pages)
    glossary, glossary_intro, glossary_problems = load_glossary(raw.glossary)
    annotations, annotation_problems = load_annotations(raw, documents, {r.id for r in reports})
    annotated = []
    for document in documents:
        done, found = _annotate(document, annotations.get(document.id), clean_keys[document.id], caches.annotated)
        annotated.append(done)
        annotation_problems += found
    documents = tuple(annotated)
    registry = digest("registry", repr(reports))  # once: hashing it for each document took seconds
    link_keys = {
        d.id: digest("link", code_version("link"), clean_keys[d.id], repr(annotations.get(d.id)), registry)
        for d in documents
    }
    problems = (
        raw.diagnostics
        + config_problems
        + document_problems
        + report_problems
        + page_problems
        + tuple(glossary_problems)
        + tuple(annotation_problems)
    )
    if config is None:
        return None, problems
    by_path = {s.path: s for s in raw.documents}
    sources = {document.id: by_path[document.source_path] for document in documents}
    linked = link(documents, reports, jobs, caches.link, link_keys, caches.related)
    site = Site(
        config=config,
        documents=documents,
        full={d.id: d for d in documents},
        sources=sources,
        reports=reports,
        pages=pages,
        links=apply_decisions(linked, annotations, documents),
        glossary=glossary,
        glossary_intro_html=glossary_intro,
        keys={
            d.id: digest("document", code_version("link"), clean_keys[d.id], repr(annotations.get(d.id)))
            for d in documents
        },
    )
    return site, problems


def _annotate(
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


def load_annotations(
    raw: RawContent, documents: tuple[Document, ...], report_ids: set[str]
) -> tuple[dict[str, Annotation], list[Diagnostic]]:
    """Parse every annotation file; each must name a document that exists."""
    known = {d.id for d in documents}
    annotations: dict[str, Annotation] = {}
    problems: list[Diagnostic] = []
    for file in raw.annotations:
        annotation, found = load_annotation(file, known, report_ids)
        problems += found
        if annotation is not None:
            annotations[annotation.document_id] = annotation
    return annotations, problems
