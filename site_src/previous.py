"""The last build's output as a cache for the next build.

A document whose page would come out the same is not rendered, checked or written again: its
files are linked from the output being replaced.

After each build with a cache folder, a manifest (``<cache>/output/``) records every file it
published: what a document's files were made from (``page_keys``), each file's size and
modification time, and for each HTML page a digest of its bytes (the search index's shard
fingerprint) and of the anchors it defines (the link check). It also records what each
document's line of ``archive.json`` was made from, so an unchanged line is copied from the last
file rather than made again from the document's text. A file changed or removed since is never
reused, and without a manifest every page is rendered: the same code path, more work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .cache import code_version, digest, read_pickle, write_pickle
from .diagnostics import Diagnostic
from .export import memo_key
from .jsonfile import listed_lines
from .linkcheck import PageLinks, check_parsed, parse_page, parse_pages
from .memo import Memo
from .model import Site
from .render import document_files, templates_key
from .views import document_context, lookup


@dataclass(frozen=True, slots=True)
class Written:
    """One published file, as the manifest records it."""

    key: str
    """What the file was made from (``page_keys``), or empty for a file never reused."""
    size: int
    mtime_ns: int
    digest: str = ""
    """The sha256 of an HTML page's bytes."""
    anchors: str = ""
    """A digest of the ids an HTML page defines: links into the page hold while it is unchanged."""


@dataclass(frozen=True, slots=True)
class Manifest:
    """What one build published to an output folder."""

    files: dict[str, Written]
    exported: tuple[tuple[str, object], ...] = ()
    """Each document's id and what its ``archive.json`` line was made from, in the file's order."""
    code: str = ""
    """The generator's code version (``code_version("page")``) that made them."""


def page_keys(site: Site, templates: Path, shards: int) -> dict[str, str]:
    """Document id -> a key of everything its page and raw copy are made from.

    That is the document (``site.keys``), what its page shows of other documents
    (``document_context``), everything site-wide (settings, registry, pages, glossary,
    templates, search shards) and all of the generator's code. Every part is a ``repr`` of
    plain values or a hash of bytes, so equal keys mean equal pages in any process.
    """
    found = lookup(site)
    common = digest(
        "page",
        code_version("page"),
        templates_key(templates),
        repr((site.config, site.reports, site.pages, site.glossary, site.glossary_intro_html, shards)),
    )
    return {
        d.id: digest(common, site.keys[d.id], repr(document_context(site, d, found)))
        for d in site.documents
        if d.id in site.keys
    }


def anchors_digest(links: PageLinks) -> str:
    return digest(*sorted(links.ids))


class Previous:
    """The manifest of the last build published to one output folder."""

    def __init__(self, folder: Path, output: Path) -> None:
        self.output = output
        self.path = folder / f"{digest('output', str(output.resolve()))[:16]}.pickle"
        loaded = read_pickle(self.path)
        manifest = loaded if isinstance(loaded, Manifest) and loaded.code == code_version("page") else Manifest({})
        self.files = manifest.files
        self._exported = manifest.exported

    def export_memo(self) -> Memo:
        """The last ``archive.json``'s document lines, as a memo of what each was made from.

        At ten thousand documents, making every line again meant loading every document's text.
        """
        entry = self.files.get("archive.json")
        if not self._exported or entry is None or not self._intact("archive.json", entry):
            return Memo()
        lines = listed_lines((self.output / "archive.json").read_bytes(), "documents")
        if len(lines) != len(self._exported):
            return Memo()
        return Memo(
            {memo_key(i): (made_from, line) for (i, made_from), line in zip(self._exported, lines, strict=True)}
        )

    def reusable(self, site: Site, keys: Mapping[str, str]) -> dict[str, dict[str, Written]]:
        """Document id -> its files as last written, for documents whose files can be reused."""
        out = {}
        for document in site.documents:
            key = keys.get(document.id)
            paths = document_files(document)
            entries = [self.files.get(p) for p in paths]
            if key and all(
                e is not None and e.key == key and self._intact(p, e) for p, e in zip(paths, entries, strict=True)
            ):
                out[document.id] = {p: e for p, e in zip(paths, entries, strict=True) if e is not None}
        return out

    def _intact(self, rel: str, entry: Written) -> bool:
        try:
            stat = (self.output / rel).stat()
        except OSError:
            return False
        return stat.st_size == entry.size and stat.st_mtime_ns == entry.mtime_ns

    def check_links(
        self,
        files: Mapping[str, bytes],
        reused: Mapping[str, Written],
        base_path: str,
        jobs: int,
        known: Mapping[str, PageLinks] | None = None,
    ) -> tuple[tuple[Diagnostic, ...], dict[str, str]]:
        """The link check of a site whose ``reused`` files are the last build's.

        Returns the problems, and the anchors digest of each page in ``files``.

        The reused pages passed the last build's check; their links still hold unless a file of
        the last build went away or a page of it now defines other anchors. Only then are they
        read back and checked again.
        """
        parsed = parse_pages(files, jobs, known)
        anchors = {name: anchors_digest(links) for name, links in parsed.items()}
        present = files.keys() | reused.keys()
        hold = all(p in present for p in self.files) and all(
            self.files[n].anchors == a for n, a in anchors.items() if n in self.files
        )
        if not hold:
            for name in sorted(n for n in reused if n.endswith(".html")):
                parsed[name] = parse_page((self.output / name).read_text(encoding="utf-8"))
        names = sorted(parsed)
        return check_parsed(present, base_path, names, parsed.__getitem__), anchors

    def save(
        self,
        files: Mapping[str, bytes],
        reused: Mapping[str, Written],
        keys: Mapping[str, str],
        digests: Mapping[str, str],
        anchors: Mapping[str, str],
        exported: tuple[tuple[str, object], ...] = (),
    ) -> None:
        """Record what the build just published (``files`` written, ``reused`` linked).

        ``exported``: each document's id and what its ``archive.json`` line was made from, in order.
        """
        written = dict(reused)
        for rel in files:
            stat = (self.output / rel).stat()
            entry = Written(
                keys.get(rel, ""), stat.st_size, stat.st_mtime_ns, digests.get(rel, ""), anchors.get(rel, "")
            )
            written[rel] = entry
        write_pickle(self.path, Manifest(written, exported, code_version("page")))


def page_digests(made: Mapping[str, str], reused: Mapping[str, Written]) -> dict[str, str]:
    """The sha256 of every HTML page: ``made`` for the pages made now, as recorded for the others."""
    return {**{rel: e.digest for rel, e in reused.items() if e.digest}, **made}


def keys_by_path(site: Site, keys: Mapping[str, str]) -> dict[str, str]:
    """File path -> the key of the document it belongs to (``page_keys``)."""
    return {path: keys[d.id] for d in site.documents if d.id in keys for path in document_files(d)}
