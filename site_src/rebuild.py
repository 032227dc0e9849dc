"""The preview's builds: each redoes only what its changes touch, and gives what a clean build gives.

A ``Rebuilder`` lives as long as the preview server and keeps, between builds:

- the scraped files as read, so a file whose stat values are unchanged is not read again;
- the build caches in memory, so an unchanged document is neither cleaned nor linked again and
  comes back as the very same object;
- the pages as rendered, with what each document's page was rendered from
  (``document_inputs``): a document's page is rendered again only when that changed, every
  document's page when anything site-wide did (settings, registry, glossary, pages,
  templates, static files, the number of search shards);
- the site's other pages and each document's part of the data files, while what they were made
  from compares equal (``Memo``);
- the link check's findings (``LinkCheck``).

Nothing is written to disk: the preview serves the files from memory. The data files
(``DATA_FILES``: archive.json, citations, feeds) are made by ``data`` and the search index by
``search.Reindex``, both after the pages are on show.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import jinja2

from .cache import Caches
from .diagnostics import ContentError, Diagnostic
from .linkcheck import LinkCheck
from .memo import Memo
from .model import Site
from .pipeline import BuildOptions, Clock, load_site, shards_for, template_problem
from .read import ReadMemo
from .render import DATA_FILES, data_files, document_files, make_environment, render, static_assets, templates_key
from .views import document_inputs, lookup


@dataclass(frozen=True, slots=True)
class Built:
    """One successful build, in memory."""

    site: Site
    diagnostics: tuple[Diagnostic, ...]
    files: Mapping[str, bytes]
    """Every file of the site but the search bundles; its ``DATA_FILES`` are those of the last
    build that made them, until ``Rebuilder.data`` makes this build's."""
    shards: int
    rendered: int
    """Documents whose page was rendered this time (the others were kept)."""
    timings: tuple[tuple[str, float], ...]


class Rebuilder:
    """Builds one content folder again and again, redoing only what changed (see the module)."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self._caches = Caches(options.cache, lasting=True)
        self._read: ReadMemo = {}
        self._gathered: tuple[Site, tuple[Diagnostic, ...]] | None = None
        self._templates: tuple[str, jinja2.Environment, dict[str, bytes]] | None = None
        self._settings: tuple[object, ...] | None = None
        self._inputs: dict[str, tuple[object, ...]] = {}
        self._files: Mapping[str, bytes] = {}
        self._links = LinkCheck()
        self._memo = Memo()
        self._data_memo = Memo()
        self._data: Mapping[str, bytes] = {name: b"" for name in DATA_FILES}
        """The data files last made (their names are link targets while the next are made)."""

    def build(self, content_changed: bool = True) -> Built:
        """Build again; ``content_changed=False`` when only templates or static files changed.

        Raises ``ContentError`` as a full build would; what was built before stays in hand, so
        a fix is again a small rebuild.
        """
        clock = Clock()
        if content_changed or self._gathered is None:
            try:
                self._gathered = load_site(self.options, clock, self._caches, memo=self._read)
            finally:
                self._caches.save()
        site, diagnostics = self._gathered
        key, env, assets = self._environment(site.config.base_path)
        shards = shards_for(site, self.options)
        settings = (site.config, site.reports, site.pages, site.glossary, site.glossary_intro_html, key, shards)
        with clock.step("render"):
            found = lookup(site)
            inputs = {d.id: document_inputs(site, d, found) for d in site.documents}
            same = settings == self._settings
            kept = {
                d.id: [(path, self._files[path]) for path in document_files(d)]
                for d in site.documents
                if same and self._inputs.get(d.id) == inputs[d.id]
            }
            try:
                files = render(site, env, assets, self.options.jobs, shards, kept, self._memo, found, with_data=False)
            except jinja2.TemplateError as exc:
                raise ContentError((template_problem(exc, self.options.templates),)) from exc
            files.update(self._data)
        with clock.step("check links"):
            broken = self._links(files, site.config.base_path)
        if broken:
            raise ContentError(broken)
        self._settings, self._inputs, self._files = settings, inputs, files
        self._memo.sweep()
        return Built(site, diagnostics, files, shards, len(site.documents) - len(kept), tuple(clock.timings))

    def data(self, built: Built) -> dict[str, bytes]:
        """The ``DATA_FILES`` of ``built``: made after its pages are shown, on one other thread only."""
        made = data_files(built.site, [p for p in built.files if p.endswith(".html")], self._data_memo)
        self._data_memo.sweep()
        self._data = made
        return made

    def _environment(self, base_path: str) -> tuple[str, jinja2.Environment, dict[str, bytes]]:
        """The template environment and static assets, made again only when a template or the base path changed.

        The environment keeps its compiled templates from one build to the next.
        """
        templates = self.options.templates
        key = base_path + "\0" + templates_key(templates)
        if self._templates is None or self._templates[0] != key:
            self._templates = (key, make_environment(templates, base_path), static_assets(templates))
        return self._templates
