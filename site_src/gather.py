"""The gather phase: every file read, and every document summarised and linked, before anything is rendered.

Rendering needs cross-document facts (which documents cover a report), so all of them are
computed here first. A document's text is loaded again later only for the pages made from it
(``store``).
"""

from __future__ import annotations

from .annotate import apply_decisions
from .annotations import load_annotation
from .cache import Caches, code_version, digest
from .cache import key as cache_key
from .config import load_config
from .diagnostics import Diagnostic, error
from .glossary import load_glossary
from .ids import document_id as id_of
from .link import link
from .model import Annotation, Site
from .pages import load_pages
from .read import RawContent, Scraped, Sources
from .registry import load_reports
from .store import Progress, Recipe, Store, no_progress


def _sources_by_id(raw: RawContent) -> tuple[dict[str, Scraped], tuple[Diagnostic, ...]]:
    """Each document's file by the id its name gives; two files that map to one id are an error."""
    sources: dict[str, Scraped] = {}
    problems = []
    for source in raw.documents:
        document_id = id_of(source.path)
        if document_id in sources:
            other = sources[document_id].path
            problems.append(
                error(f"{raw.root}/{source.path}", 1, f"file name gives the same id '{document_id}' as {other}")
            )
            continue
        sources[document_id] = source
    return dict(sorted(sources.items())), tuple(problems)


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
    sources, document_problems = _sources_by_id(raw)
    reports, report_problems = load_reports(raw.reports)
    pages, page_problems = load_pages(raw.pages)
    glossary, glossary_intro, glossary_problems = load_glossary(raw.glossary)
    annotations, annotation_problems = load_annotations(raw, set(sources), {r.id for r in reports})
    recipes = {i: Recipe(s, cache_key(s.path, s.sha256), annotations.get(i)) for i, s in sources.items()}
    store = Store(recipes, caches)
    documents, annotated_problems = store.summaries(jobs, progress)
    annotation_problems += annotated_problems
    registry = digest("registry", repr(reports))  # once: hashing it for each document took seconds
    link_keys = {
        i: digest("link", code_version("link"), r.clean_key, repr(r.annotation), registry) for i, r in recipes.items()
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
    linked = link(store, reports, jobs, caches.link, link_keys, caches.related, caches.mentions)
    site = Site(
        config=config,
        documents=documents,
        full=store,
        sources=Sources(sources),
        reports=reports,
        pages=pages,
        links=apply_decisions(linked, annotations, documents),
        glossary=glossary,
        glossary_intro_html=glossary_intro,
        keys={i: r.key for i, r in recipes.items()},
    )
    return site, problems


def load_annotations(
    raw: RawContent, known: set[str], report_ids: set[str]
) -> tuple[dict[str, Annotation], list[Diagnostic]]:
    """Parse every annotation file; each must name a document (by id, in ``known``) that exists."""
    annotations: dict[str, Annotation] = {}
    problems: list[Diagnostic] = []
    for file in raw.annotations:
        annotation, found = load_annotation(file, known, report_ids)
        problems += found
        if annotation is not None:
            annotations[annotation.document_id] = annotation
    return annotations, problems
