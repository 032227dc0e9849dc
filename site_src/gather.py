"""The gather phase: every file read, cleaned and linked before anything is rendered.

Rendering needs cross-document facts (which documents cover a report), so all of them are
computed here first; after this, nothing reads the disk.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from .annotate import annotate, apply_decisions
from .annotations import load_annotation
from .cache import key as cache_key
from .clean import clean
from .config import load_config
from .diagnostics import Diagnostic, error
from .glossary import load_glossary
from .link import link
from .model import Annotation, Document, Site, Source
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
    raw: RawContent, progress: Progress = no_progress, jobs: int = 1, cleaned: Mapping[str, Document] | None = None
) -> tuple[tuple[Document, ...], tuple[Diagnostic, ...], dict[str, Document]]:
    """Clean every document (over ``jobs`` processes); two files that map to one id are an error.

    ``cleaned`` holds documents cleaned by an earlier build, by cache key; the third value
    returned is what was cleaned now, by key, for the caller to keep.
    """
    cleaned = cleaned or {}
    keys = [cache_key(source) for source in raw.documents]
    missing = [source for source, k in zip(raw.documents, keys, strict=True) if k not in cleaned]
    fresh = dict(zip((cache_key(s) for s in missing), run(clean, missing, jobs), strict=True))
    documents: dict[str, Document] = {}
    problems: list[Diagnostic] = []
    total = len(raw.documents)
    for done, (source, k) in enumerate(zip(raw.documents, keys, strict=True), start=1):
        document = fresh[k] if k in fresh else cleaned[k]
        if document.id in documents:
            other = documents[document.id].source_path
            problems.append(
                error(f"{raw.root}/{source.path}", 1, f"file name gives the same id '{document.id}' as {other}")
            )
            continue
        documents[document.id] = document
        progress("clean", done, total)
    return tuple(documents[k] for k in sorted(documents)), tuple(problems), fresh


def gather(
    raw: RawContent,
    base_url: str | None = None,
    progress: Progress = no_progress,
    jobs: int = 1,
    cleaned: Mapping[str, Document] | None = None,
    fresh: dict[str, Document] | None = None,
) -> tuple[Site | None, tuple[Diagnostic, ...]]:
    """Build the whole ``Site`` from what was read, or return why it cannot be built."""
    config, config_problems = load_config(raw.site_toml, base_url)
    documents, document_problems, newly = clean_all(raw, progress, jobs, cleaned)
    if fresh is not None:
        fresh.update(newly)
    reports, report_problems = load_reports(raw.reports)
    pages, page_problems = load_pages(raw.pages)
    glossary, glossary_intro, glossary_problems = load_glossary(raw.glossary)
    annotations, annotation_problems = load_annotations(raw, documents, {r.id for r in reports})
    annotated = []
    for document in documents:
        done, found = annotate(document, annotations.get(document.id))
        annotated.append(done)
        annotation_problems += found
    documents = tuple(annotated)
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
    sources: dict[str, Source] = {}
    by_path = {s.path: s for s in raw.documents}
    for document in documents:
        sources[document.id] = by_path[document.source_path]
    site = Site(
        config=config,
        documents=documents,
        sources=sources,
        reports=reports,
        pages=pages,
        links=apply_decisions(link(documents, reports), annotations, documents),
        glossary=glossary,
        glossary_intro_html=glossary_intro,
    )
    return site, problems


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
