"""The search index: the pinned Pagefind binary run over the staging folder before publishing.

Pagefind (from the ``pagefind-bin`` package, version pinned in ``requirements.lock``) writes a
static index and its UI into ``pagefind/``, so search works on any static host with no server
and no third-party request. The output is deterministic for identical pages.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pagefind_bin

from .diagnostics import ContentError, error
from .output import link_or_copy, write_tree

SHARD_SIZE = 5000
"""Documents per search shard when the build decides: each Pagefind run then stays small."""


def shard_count(documents: int) -> int:
    """How many shards an archive of ``documents`` documents gets by default."""
    return max(1, -(-documents // SHARD_SIZE))


def bundle(shard: int) -> str:
    """The folder of one shard's bundle; shard 0 is the primary ``pagefind/``."""
    return "pagefind/" if shard == 0 else f"pagefind-shard-{shard}/"


def shard_of(rel: str, shards: int) -> int:
    """Which shard indexes a page: documents by a hash of their id, every other page in shard 0."""
    parts = rel.split("/")
    if shards == 1 or len(parts) != 3 or parts[0] != "documents" or parts[2] != "index.html":
        return 0
    return int(hashlib.sha256(parts[1].encode()).hexdigest(), 16) % shards


def _by_shard(pages: list[str], shards: int) -> list[list[str]]:
    """The page paths each shard indexes, in the order given."""
    parts: list[list[str]] = [[] for _ in range(shards)]
    for rel in pages:
        parts[shard_of(rel, shards)].append(rel)
    return parts


def _run(site_folder: Path, output: Path, language: str) -> None:
    command = [
        str(pagefind_bin.get_executable()),
        "--site",
        str(site_folder),
        "--output-path",
        str(output),
        "--force-language",
        language.split("-")[0].lower(),
        "--silent",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ContentError(
            (error("pagefind", 1, f"search indexing failed: {detail[-1] if detail else done.returncode}"),)
        )


def _fingerprint(site_folder: Path, pages: list[str], language: str, digests: Mapping[str, str]) -> str:
    """What a shard's bundle depends on: its pages' paths and bytes, the language, Pagefind."""
    digest = hashlib.sha256(f"{language}\0{pagefind_bin.get_executable().stat().st_size}".encode())
    for rel in pages:
        page = digests.get(rel) or hashlib.sha256((site_folder / rel).read_bytes()).hexdigest()
        digest.update(f"{rel}\0{page}\0".encode())
    return digest.hexdigest()[:32]


def index(
    site_folder: Path,
    language: str,
    shards: int = 1,
    cache: Path | None = None,
    digests: Mapping[str, str] | None = None,
) -> None:
    """Index the pages that mark their content with ``data-pagefind-body``, in ``shards`` parts.

    Each shard is a separate Pagefind run over hard links to its pages (so URLs are the
    same), writing its own bundle; the search page merges them at query time (Pagefind's
    ``mergeIndex``). A shard needs a fraction of the memory of one run over everything. With a
    ``cache`` folder, a shard whose pages are byte for byte those of an earlier build reuses
    that build's bundle: an edit re-indexes only the shards it touches. ``digests`` gives the
    sha256 of pages the caller has already hashed, so they are not read back to be hashed.
    """
    pages = sorted(p.relative_to(site_folder).as_posix() for p in site_folder.rglob("*.html"))
    for shard, mine in enumerate(_by_shard(pages, shards)):
        output = site_folder / bundle(shard)
        kept = cache / _fingerprint(site_folder, mine, language, digests or {}) if cache else None
        if kept is not None and kept.is_dir():
            shutil.copytree(kept, output, copy_function=link_or_copy)
            continue
        part = site_folder / f".shard-{shard}"
        try:
            for rel in mine:
                (part / rel).parent.mkdir(parents=True, exist_ok=True)
                os.link(site_folder / rel, part / rel)
            _run(part, output, language)
        finally:
            shutil.rmtree(part, ignore_errors=True)
        if kept is not None:
            temporary = kept.with_name(kept.name + ".tmp")
            shutil.rmtree(temporary, ignore_errors=True)
            shutil.copytree(output, temporary, copy_function=link_or_copy)
            temporary.replace(kept)


def _same(a: Mapping[str, bytes], b: Mapping[str, bytes]) -> bool:
    return a.keys() == b.keys() and all(a[k] is b[k] or a[k] == b[k] for k in a)


class Reindex:
    """The search index of a site rendered again and again in memory (the preview).

    Each shard is a Pagefind run over exactly the pages ``index`` gives it, at the same paths,
    so the bundles are those of a full build; a shard whose pages are the ones it last indexed
    is not run again. Nothing is left on disk.
    """

    def __init__(self) -> None:
        self._done: dict[tuple[str, int, int], tuple[dict[str, bytes], dict[str, bytes]]] = {}

    def __call__(self, files: Mapping[str, bytes], language: str, shards: int) -> dict[str, bytes]:
        """Every file of every shard's bundle, by its path in the site."""
        done: dict[tuple[str, int, int], tuple[dict[str, bytes], dict[str, bytes]]] = {}
        bundles: dict[str, bytes] = {}
        for shard, names in enumerate(_by_shard([rel for rel in files if rel.endswith(".html")], shards)):
            pages = {rel: files[rel] for rel in names}
            key = (language, shards, shard)
            before = self._done.get(key)
            made = before[1] if before is not None and _same(before[0], pages) else _index_pages(pages, language)
            done[key] = (pages, made)
            bundles.update((bundle(shard) + rel, data) for rel, data in made.items())
        self._done = done
        return bundles


def _index_pages(pages: Mapping[str, bytes], language: str) -> dict[str, bytes]:
    """One shard's bundle, from pages in memory, as ``{path in the bundle: bytes}``."""
    with tempfile.TemporaryDirectory(prefix="archive-index-") as work:
        site, output = Path(work) / "site", Path(work) / "bundle"
        write_tree(pages, site)
        _run(site, output, language)
        return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}
