"""The search index: the pinned Pagefind binary run over the staging folder before publishing.

Pagefind (from the ``pagefind-bin`` package, version pinned in ``requirements.lock``) writes a
static index and its UI into ``pagefind/``, so search works on any static host with no server
and no third-party request. The output is deterministic for identical pages.
"""

from __future__ import annotations

import contextlib
import hashlib
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pagefind_bin

from .diagnostics import ContentError, error
from .output import discard, link_or_copy, mirror, write_tree

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


class Indexing:
    """The Pagefind runs of one index, made on a thread of its own while the build does the rest.

    After an edit, indexing the touched shard is most of the build (13 s of Pagefind at ten
    thousand documents, against 2–3 s for everything else), and the rest does not need the
    index: the data files, the link check, the links to unchanged pages and the caches are made
    meanwhile. A build that fails meanwhile stops the run in progress.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[str] | None = None
        self._stopped = False
        self.seconds = 0.0
        """How long indexing took, on its thread."""
        self.pagefind_seconds = 0.0
        """How long of that Pagefind ran: the rest is preparing its input and copying reused bundles."""

    def run(self, site_folder: Path, output: Path, language: str) -> None:
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
        with self._lock:
            if self._stopped:
                raise ContentError((error("pagefind", 1, "search indexing stopped"),))
            process = self._process = subprocess.Popen(
                command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True
            )
        start = time.perf_counter()
        out, err = process.communicate()
        self.pagefind_seconds += time.perf_counter() - start
        if process.returncode != 0:
            detail = (err or out).strip().splitlines()
            raise ContentError(
                (error("pagefind", 1, f"search indexing failed: {detail[-1] if detail else process.returncode}"),)
            )

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._process is not None and self._process.poll() is None:
                self._process.kill()


def _fingerprint(pages: Mapping[str, Path], language: str, digests: Mapping[str, str]) -> str:
    """What a shard's bundle depends on: its pages' paths and bytes, the language, Pagefind."""
    digest = hashlib.sha256(f"{language}\0{pagefind_bin.get_executable().stat().st_size}".encode())
    for rel, path in pages.items():
        page = digests.get(rel) or hashlib.sha256(path.read_bytes()).hexdigest()
        digest.update(f"{rel}\0{page}\0".encode())
    return digest.hexdigest()[:32]


def index(
    site_folder: Path,
    pages: Mapping[str, Path],
    language: str,
    shards: int = 1,
    cache: Path | None = None,
    digests: Mapping[str, str] | None = None,
    runs: Indexing | None = None,
) -> None:
    """Index ``pages`` (path in the site -> the file) into bundles in ``site_folder``, in ``shards`` parts.

    Pagefind reads the pages that mark their content with ``data-pagefind-body``. Each shard is
    a separate Pagefind run over hard links to its pages (so URLs are the same), writing its own
    bundle; the search page merges them at query time (Pagefind's ``mergeIndex``). A shard needs
    a fraction of the memory of one run over everything. With a ``cache`` folder, a shard whose
    pages are byte for byte those of an earlier build reuses that build's bundle: an edit
    re-indexes only the shards it touches. ``digests`` gives the sha256 of pages the caller has
    already hashed, so they are not read back to be hashed. The pages need not be in
    ``site_folder`` yet: a build links its unchanged pages there while they are indexed.
    """
    runs = runs or Indexing()
    names = sorted(rel for rel in pages if rel.endswith(".html"))
    used: set[Path] = set()
    for shard, mine in enumerate(_by_shard(names, shards)):
        output = site_folder / bundle(shard)
        sources = {rel: pages[rel] for rel in mine}
        part = cache / "pages" / f"{shard}-of-{shards}" if cache else site_folder / f".shard-{shard}"
        kept = cache / "bundles" / _fingerprint(sources, language, digests or {}) if cache else None
        used.update((part, kept) if kept else ())
        if kept is not None and kept.is_dir():
            shutil.copytree(kept, output, copy_function=link_or_copy)
            continue
        try:
            mirror(sources, part)
            runs.run(part, output, language)
        finally:
            if cache is None:
                shutil.rmtree(part, ignore_errors=True)
        if kept is not None:
            temporary = kept.with_name(kept.name + ".tmp")
            shutil.rmtree(temporary, ignore_errors=True)
            shutil.copytree(output, temporary, copy_function=link_or_copy)
            temporary.replace(kept)
    if cache is not None:
        _let_go(cache, used)


def _let_go(cache: Path, used: set[Path]) -> None:
    """Delete, in the background, every bundle and page folder in ``cache`` this index did not use.

    A bundle is kept under the fingerprint of its pages, so each edit makes a new one: at ten
    thousand documents, 34 MB that no later build would ask for unless the edit were undone.
    """
    stale = [entry for kind in ("bundles", "pages") for entry in sorted((cache / kind).glob("*")) if entry not in used]
    stale += [e for e in sorted(cache.glob("*")) if e.name not in ("bundles", "pages") and not e.name.startswith(".")]
    if stale:
        trash = Path(tempfile.mkdtemp(prefix=".stale-", dir=cache))
        for number, entry in enumerate(stale):
            entry.replace(trash / str(number))
        discard(trash)


@contextlib.contextmanager
def alongside(work: Callable[[Indexing], None]) -> Iterator[Indexing]:
    """``work`` (an ``index`` given the ``Indexing``) on a thread of its own while the body runs.

    On leaving, it is waited for, and its errors are raised after the body's own work; if the
    body raised, it is stopped instead.
    """
    runs = Indexing()

    def timed() -> None:
        start = time.perf_counter()
        try:
            work(runs)
        finally:
            runs.seconds = time.perf_counter() - start

    with ThreadPoolExecutor(1, thread_name_prefix="search-index") as pool:
        done = pool.submit(timed)
        try:
            yield runs
        except BaseException:
            runs.stop()
            raise
        done.result()


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
        Indexing().run(site, output, language)
        return {p.relative_to(output).as_posix(): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()}
