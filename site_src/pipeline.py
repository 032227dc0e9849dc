"""The build as a flat list of named steps: read, gather, render, check links, write, index, publish.

Each step is timed, so the build summary and the benchmarks can say where time goes.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .cache import Caches
from .diagnostics import ContentError, Diagnostic, Severity, error
from .export import memo_key
from .gather import gather
from .linkcheck import PageLinks, check_links
from .model import Redactions, Site
from .output import FolderFiles, link_tree, publish, staging_for
from .previous import Previous, Written, keys_by_path, page_digests, page_keys
from .read import ReadMemo, read_content
from .render import TEMPLATES, data_files, make_environment, page_paths, render, static_assets
from .search import alongside, index, shard_count
from .store import Progress, no_progress


@dataclass(frozen=True, slots=True)
class BuildOptions:
    """What one build is asked to do (the command line, as values)."""

    content: Path
    output: Path
    base_url: str | None = None
    strict: bool = False
    templates: Path = TEMPLATES
    content_label: str | None = None
    """How diagnostics name the content folder; defaults to the path as given."""
    jobs: int = 1
    """Processes for cleaning and rendering; the output is the same for any number."""
    cache: Path | None = None
    """Folder of the build cache (``clean/`` documents, ``link/`` findings, ``search/`` shard bundles); ``None``
    does all the work every time."""
    search_shards: int | None = None
    """Parts of the search index; ``None`` lets the size of the archive decide."""


@dataclass(frozen=True, slots=True)
class BuildResult:
    """What a build did."""

    documents: int
    pages: int
    """HTML pages written."""
    files: int
    diagnostics: tuple[Diagnostic, ...]
    redactions: Redactions
    timings: tuple[tuple[str, float], ...] = field(default=())

    @property
    def warnings(self) -> int:
        return sum(d.severity is Severity.WARNING for d in self.diagnostics)


class Clock:
    def __init__(self) -> None:
        self.timings: list[tuple[str, float]] = []

    @contextmanager
    def step(self, name: str) -> Iterator[None]:
        start = time.perf_counter()
        yield
        self.timings.append((name, time.perf_counter() - start))


def _fails(diagnostics: tuple[Diagnostic, ...], strict: bool) -> tuple[Diagnostic, ...]:
    return tuple(d for d in diagnostics if d.severity is Severity.ERROR or strict)


def load_site(
    options: BuildOptions,
    clock: Clock,
    caches: Caches,
    progress: Progress = no_progress,
    memo: ReadMemo | None = None,
) -> tuple[Site, tuple[Diagnostic, ...]]:
    """Read and gather; raise ``ContentError`` if the content cannot be published.

    The caller saves ``caches`` (``Caches.save``) when it has time: a build while its search
    index is made. A caller that builds again in the same process (the preview) passes the
    same ``caches`` and read ``memo`` each time, so unchanged files are neither read nor cleaned again.
    """
    with clock.step("read"):
        raw = read_content(options.content, options.content_label, memo, caches.read)
    with clock.step("gather"):
        site, diagnostics = gather(raw, options.base_url, progress, options.jobs, caches)
    if site is None or _fails(diagnostics, options.strict):
        raise ContentError(diagnostics)
    return site, diagnostics


def template_problem(exc: jinja2.TemplateError, templates: Path) -> Diagnostic:
    """Locate a template error in the template file, not in the generator's code."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return error(_shown(Path(exc.filename), templates), exc.lineno, exc.message or str(exc))
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        path = Path(frame.filename)
        if path.suffix == ".html" and path.is_relative_to(templates.resolve()):
            return error(_shown(path, templates), frame.lineno or 1, str(exc))
    return error(_shown(templates, templates), 1, str(exc))


def _shown(path: Path, templates: Path) -> str:
    root = templates.resolve()
    rel = path.resolve().relative_to(root) if path.resolve().is_relative_to(root) else path
    return f"{templates.name}/{rel.as_posix()}" if rel != path else path.as_posix()


def shards_for(site: Site, options: BuildOptions) -> int:
    """How many parts the search index of ``site`` is built in."""
    return options.search_shards or shard_count(len(site.documents))


@dataclass(frozen=True, slots=True)
class _Rendered:
    """The site's pages: those made now, and those the last build's output already holds."""

    files: FolderFiles
    reused: dict[str, Written] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    """A document's file -> the key it was made from (``page_keys``), when there is a ``Previous``."""
    parsed: dict[str, PageLinks] = field(default_factory=dict)
    """The links of each document page made now, parsed in the worker that rendered it."""
    lines: dict[str, bytes] = field(default_factory=dict)
    """Each document's ``archive.json`` line made now, by id."""


def _render(
    site: Site, options: BuildOptions, clock: Clock, folder: Path, previous: Previous | None = None
) -> _Rendered:
    """Render the pages and raw copies into ``folder``: all that the search index reads.

    With ``previous``, a document whose files would come out as last time is not rendered:
    its files are listed in ``reused``.
    """
    shards = shards_for(site, options)
    with clock.step("render"):
        keys = page_keys(site, options.templates, shards) if previous else {}
        kept = previous.reusable(site, keys) if previous else {}
        rendered = _Rendered(FolderFiles(folder), keys=keys_by_path(site, keys))
        try:
            render(
                site,
                make_environment(options.templates, site.config.base_path),
                static_assets(options.templates),
                options.jobs,
                shards,
                kept={document_id: [] for document_id in kept},
                with_data=False,
                files=rendered.files,
                parsed=rendered.parsed,
                lines=rendered.lines,
            )
        except jinja2.TemplateError as exc:
            raise ContentError((template_problem(exc, options.templates),)) from exc
        rendered.reused.update((path, entry) for entries in kept.values() for path, entry in entries.items())
    return rendered


@dataclass(frozen=True, slots=True)
class _Finished:
    """What the next build's ``Previous`` needs to know of the data files and the link check."""

    anchors: dict[str, str]
    """Page -> digest of its anchors, for the pages made now (``Previous.check_links``)."""
    exported: tuple[tuple[str, object], ...]
    """Each document's id and what its ``archive.json`` line was made from (``Previous.save``)."""


def _finish(
    site: Site, rendered: _Rendered, options: BuildOptions, clock: Clock, previous: Previous | None = None
) -> _Finished:
    """Make the data files beside the pages, then check every link; raise ``ContentError`` on a broken one."""
    files = rendered.files
    with clock.step("data"):
        memo = previous.export_memo() if previous else None
        files.update(data_files(site, page_paths(site, files), memo, rendered.lines))
    with clock.step("check links"):
        anchors: dict[str, str] = {}
        if previous is None:
            broken = check_links(files, site.config.base_path, options.jobs, rendered.parsed)
        else:
            broken, anchors = previous.check_links(
                files, rendered.reused, site.config.base_path, options.jobs, rendered.parsed
            )
    if broken:
        raise ContentError(broken)
    exported = tuple((d.id, memo.inputs(memo_key(d.id))) for d in site.documents) if memo else ()
    return _Finished(anchors, exported)


def _result(site: Site, rendered: _Rendered, diagnostics: tuple[Diagnostic, ...], clock: Clock) -> BuildResult:
    redactions = Redactions()
    for document in site.documents:
        redactions += document.redactions
    names = [*rendered.files, *rendered.reused]
    return BuildResult(
        documents=len(site.documents),
        pages=sum(name.endswith(".html") for name in names),
        files=len(names),
        diagnostics=diagnostics,
        redactions=redactions,
        timings=tuple(clock.timings),
    )


def build_site(options: BuildOptions, progress: Progress = no_progress) -> BuildResult:
    """Build the archive into ``options.output``, or leave it untouched and raise."""
    clock = Clock()
    caches = Caches(options.cache)
    try:
        site, diagnostics = load_site(options, clock, caches, progress)
        return _publish(site, diagnostics, options, clock, caches)
    finally:
        caches.save()  # saved already unless the build stopped early: then this writes what it did


def _publish(
    site: Site, diagnostics: tuple[Diagnostic, ...], options: BuildOptions, clock: Clock, caches: Caches
) -> BuildResult:
    """Render, and index the pages while the rest is made; then swap the output into place.

    The index reads each page where it is, the made ones in the staging folder and the reused
    ones in the output still published, so it starts as soon as the pages are rendered.
    """
    previous = Previous(options.cache / "output", options.output) if options.cache else None
    with staging_for(options.output) as staging:
        rendered = _render(site, options, clock, staging, previous)
        digests = page_digests(rendered.files.digests, rendered.reused)
        pages = {
            **{rel: options.output / rel for rel in rendered.reused},
            **{rel: staging / rel for rel in rendered.files},
        }
        search_cache = options.cache and options.cache / "search"
        shards = shards_for(site, options)
        language = site.config.language
        with alongside(lambda runs: index(staging, pages, language, shards, search_cache, digests, runs)) as search:
            finished = _finish(site, rendered, options, clock, previous)
            with clock.step("write"):
                link_tree(rendered.reused, options.output, staging)
                caches.save()
            waited = time.perf_counter()
        clock.timings += [
            ("index", search.seconds),
            ("pagefind", search.pagefind_seconds),
            ("index wait", time.perf_counter() - waited),
        ]
        with clock.step("publish"):
            publish(staging, options.output)
    if previous is not None:
        previous.save(rendered.files, rendered.reused, rendered.keys, digests, finished.anchors, finished.exported)
    return _result(site, rendered, diagnostics, clock)


def check_site(options: BuildOptions, progress: Progress = no_progress) -> BuildResult:
    """Everything a build checks, with nothing published (pages are rendered into a folder that is then deleted)."""
    clock = Clock()
    caches = Caches(options.cache)
    try:
        site, diagnostics = load_site(options, clock, caches, progress)
    finally:
        caches.save()
    with tempfile.TemporaryDirectory(prefix="archive-check-") as folder:
        rendered = _render(site, options, clock, Path(folder))
        _finish(site, rendered, options, clock)
        return _result(site, rendered, diagnostics, clock)
