"""The build as a flat list of named steps: read, gather, render, check links, write, index, publish.

Each step is timed, so the build summary and the benchmarks can say where time goes.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .cache import Caches
from .diagnostics import ContentError, Diagnostic, Severity, error
from .gather import Progress, gather, no_progress
from .linkcheck import check_links
from .model import Redactions, Site
from .output import publish, staging_for, write_tree
from .read import ReadMemo, read_content
from .render import TEMPLATES, make_environment, render, static_assets
from .search import index, shard_count


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
    progress: Progress = no_progress,
    caches: Caches | None = None,
    memo: ReadMemo | None = None,
) -> tuple[Site, tuple[Diagnostic, ...]]:
    """Read and gather; raise ``ContentError`` if the content cannot be published.

    A caller that builds again in the same process (the preview) passes the same ``caches``
    and read ``memo`` each time, so unchanged files are neither read nor cleaned again.
    """
    with clock.step("read"):
        raw = read_content(options.content, options.content_label, memo)
    with clock.step("gather"):
        caches = caches or Caches(options.cache)
        site, diagnostics = gather(raw, options.base_url, progress, options.jobs, caches)
        caches.save()
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


def _render(site: Site, options: BuildOptions, clock: Clock) -> dict[str, bytes]:
    with clock.step("render"):
        try:
            files = render(
                site,
                make_environment(options.templates, site.config.base_path),
                static_assets(options.templates),
                options.jobs,
                shards_for(site, options),
            )
        except jinja2.TemplateError as exc:
            raise ContentError((template_problem(exc, options.templates),)) from exc
    with clock.step("check links"):
        broken = check_links(files, site.config.base_path, options.jobs)
    if broken:
        raise ContentError(broken)
    return files


def _result(site: Site, files: dict[str, bytes], diagnostics: tuple[Diagnostic, ...], clock: Clock) -> BuildResult:
    redactions = Redactions()
    for document in site.documents:
        redactions += document.redactions
    return BuildResult(
        documents=len(site.documents),
        pages=sum(name.endswith(".html") for name in files),
        files=len(files),
        diagnostics=diagnostics,
        redactions=redactions,
        timings=tuple(clock.timings),
    )


def build_site(options: BuildOptions, progress: Progress = no_progress) -> BuildResult:
    """Build the archive into ``options.output``, or leave it untouched and raise."""
    clock = Clock()
    site, diagnostics = load_site(options, clock, progress)
    return _publish(site, diagnostics, options, clock)


def _publish(site: Site, diagnostics: tuple[Diagnostic, ...], options: BuildOptions, clock: Clock) -> BuildResult:
    files = _render(site, options, clock)
    with staging_for(options.output) as staging:
        with clock.step("write"):
            write_tree(files, staging)
        with clock.step("index"):
            index(staging, site.config.language, shards_for(site, options), options.cache and options.cache / "search")
        with clock.step("publish"):
            publish(staging, options.output)
    return _result(site, files, diagnostics, clock)


def check_site(options: BuildOptions, progress: Progress = no_progress) -> BuildResult:
    """Everything a build checks, with nothing written."""
    clock = Clock()
    site, diagnostics = load_site(options, clock, progress)
    files = _render(site, options, clock)
    return _result(site, files, diagnostics, clock)
