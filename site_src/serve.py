"""The live preview server, ``python build.py serve`` (issue 7), in MkDocs' livereload shape.

One builder thread rebuilds after file events have stopped for a moment, redoing only what
the changes touch (``rebuild.Rebuilder``), into memory: the server is pointed at a finished
build's files in one assignment, so no request ever sees a half-built site, and it can serve
nothing but the build's own files. The search index follows on a second thread, so a page
shows an edit without waiting for Pagefind; a request for the index waits for it instead (so
do the data files, ``render.DATA_FILES``, made on the same thread).
Open pages learn about new builds over Server-Sent Events from a script this server injects
into the HTML it serves (never into the build). A failed build keeps the last good one on show
with an overlay naming file, line and message (Zola's choice, rather than MkDocs' requests
that hang until a build succeeds).
"""

from __future__ import annotations

import gc
import hashlib
import html
import ipaddress
import json
import signal
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from typing import TextIO
from urllib.parse import parse_qs, quote, unquote, urlsplit

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

from .changes import Kind, classify, css_only
from .diagnostics import ContentError, Diagnostic, error
from .headers import LONG_CACHE, SECURITY
from .linkcheck import GENERATED
from .parallel import default_jobs
from .pipeline import BuildOptions
from .rebuild import Built, Rebuilder
from .render import DATA_FILES, TEMPLATES
from .search import Reindex

QUIET = 0.05
"""Seconds without a file event before a rebuild starts: one save by any editor is one build
(a temporary file and its rename, or Vim's probe file, come within a few milliseconds)."""
NO_STORE = "no-store"
"""Pages and data are sent so: a reload must never show a stale build."""
INDEX_WAIT = 600.0
"""Seconds a request for the search index or a data file waits for those being made (at most)."""
INDEX_QUIET = 0.3
"""Seconds after a build before its data files and search index are made, so reloads are served first."""

_TYPES = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
    ".json": "application/json",
    ".jsonld": "application/ld+json",
    ".txt": "text/plain",
    ".md": "text/plain",
    ".svg": "image/svg+xml",
    ".xml": "application/xml",
    ".wasm": "application/wasm",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".ico": "image/x-icon",
    ".woff2": "font/woff2",
    # Pagefind's index chunks are compressed binary, whatever their names suggest.
    ".pagefind": "application/octet-stream",
    ".pf_meta": "application/octet-stream",
    ".pf_fragment": "application/octet-stream",
    ".pf_index": "application/octet-stream",
    ".pf_filter": "application/octet-stream",
}
_TEXT = ("text/", "application/json", "application/ld+json", "application/xml", "image/svg+xml")
_EVENTS = frozenset({"created", "modified", "deleted", "moved"})  # not opened/closed: builds read files


def content_type(name: str) -> str:
    """The Content-Type the preview sends for a built file; text is UTF-8, as the build writes it."""
    kind = _TYPES.get(PurePosixPath(name).suffix.lower(), "application/octet-stream")
    return f"{kind}; charset=utf-8" if kind.startswith(_TEXT) else kind


@dataclass(frozen=True, slots=True)
class Redirect:
    """A folder asked for without its final slash: where to send the browser, as static hosts do."""

    location: str


def locate(files: Mapping[str, bytes], rel: str) -> str | Redirect | None:
    """The built file the URL path ``rel`` (percent-encoded, under the site's base path) names.

    A folder means its ``index.html``. None for anything the build did not make, which
    includes every ``..`` once decoded (``%2e%2e``, ``..%2f``): built names never hold one.
    """
    text = unquote(rel)
    if "\x00" in text or "\\" in text:
        return None
    parts = [part for part in text.split("/") if part not in ("", ".")]
    if ".." in parts:
        return None
    name = "/".join(parts)
    if name in files and not text.endswith("/"):
        return name
    index = f"{name}/index.html" if name else "index.html"
    if index not in files:
        return None
    if rel and not rel.endswith("/"):
        return Redirect(quote(name) + "/")  # rebuilt from the parts: never "//host/"
    return index


def host_allowed(host: str | None, bound: str, port: int) -> bool:
    """Whether a Host header names this server, so another site's DNS name cannot reach it (rebinding)."""
    try:
        parts = urlsplit(f"//{host}")
        name, given = parts.hostname, parts.port or 80
    except ValueError:
        return False
    if not host or not name or parts.username is not None or parts.path or given != port:
        return False
    if name in {bound.strip("[]").lower(), "localhost", "127.0.0.1", "::1"}:
        return True
    # Bound to every interface: the machine's own addresses are IP literals, never a DNS name.
    return bound in {"", "0.0.0.0", "::"} and _is_ip(name)


def origin_allowed(origin: str | None, host: str | None) -> bool:
    """Whether an Origin header, when a browser sends one, is this server's own origin."""
    return origin is None or (host is not None and origin.lower() == f"http://{host}".lower())


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def overlay(problems: Iterable[Diagnostic]) -> str:
    """The build-error panel as HTML, every piece of text escaped; styled by ``/__livereload.css``."""
    items = "".join(f"<li>{html.escape(str(p))}</li>" for p in problems)
    return (
        '<div id="livereload-overlay" role="alert"><p><strong>Build failed.</strong> '
        "Showing the last good build; saving a fix clears this.</p>"
        f"<ul>{items}</ul></div>"
    )


def inject(page: bytes, epoch: int, problems: tuple[Diagnostic, ...] = ()) -> bytes:
    """``page`` with the reload script (and the overlay, after a failed build) before ``</body>``."""
    tags = (
        f'<link rel="stylesheet" href="/__livereload.css?v={_version()}">'
        f'<script src="/__livereload.js?v={_version()}" data-epoch="{epoch}"></script>'
        + (overlay(problems) if problems else "")
    ).encode()
    at = page.lower().rfind(b"</body>")
    return page + tags if at < 0 else page[:at] + tags + page[at:]


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the server shows, replaced whole after every build so a request sees one build only."""

    files: Mapping[str, bytes] | None
    """The last good build's files by path; None until a build succeeds."""
    mount: str = "/"
    """The site's base path (``/`` or ``/archive/``), as its links are written."""
    epoch: int = 0
    """How many builds have succeeded; pages carry the epoch they were served at."""
    reload_epoch: int = 0
    """The last epoch that changed more than stylesheets: pages older than it must reload."""
    failures: int = 0
    """How many builds have failed, so a stream can tell a new failure from one already shown."""
    problems: tuple[Diagnostic, ...] = ()
    """Why the latest build failed; empty when it succeeded."""
    indexed: int = 0
    """The epoch whose pages the search index in ``files`` was made from."""


def events(seen: int, shown_failures: int, now: Snapshot) -> list[str]:
    """The events a page served at epoch ``seen`` needs, to catch up with ``now``."""
    found = []
    if now.epoch > seen:
        found.append("reload" if now.reload_epoch > seen else "css")
    if now.problems and now.failures != shown_failures:
        found.append("error")
    return found


class Debouncer:
    """Hands the changes it is given to ``act`` in one batch, once ``quiet`` seconds pass without one.

    Editors save in bursts (a temp file then a rename; some write twice); each burst is one
    build. Changes that arrive during ``act`` make the next batch.
    """

    def __init__(self, act: Callable[[frozenset[Kind]], None], quiet: float = QUIET) -> None:
        self._act = act
        self._quiet = quiet
        self._pending: set[Kind] = set()
        self._last = 0.0
        self._stopped = False
        self._wake = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="preview-builder", daemon=True)

    def add(self, kinds: Iterable[Kind]) -> None:
        """Record changes; called from the watcher's thread."""
        with self._wake:
            self._pending.update(kinds)
            self._last = time.monotonic()
            self._wake.notify()

    def start(self) -> None:
        """Start acting on changes, including any recorded before now."""
        self._thread.start()

    def pending(self) -> bool:
        """Whether changes wait for the next batch (they came while the last one was acted on)."""
        with self._wake:
            return bool(self._pending)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the batch in hand, if any; waits for it up to ``timeout`` seconds."""
        with self._wake:
            self._stopped = True
            self._wake.notify()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._wake:
                self._wake.wait_for(lambda: self._pending or self._stopped)
                while not self._stopped and (left := self._last + self._quiet - time.monotonic()) > 0:
                    self._wake.wait(left)
                if self._stopped:
                    return
                batch = frozenset(self._pending)
                self._pending.clear()
            self._act(batch)


class _Watcher(FileSystemEventHandler):
    """Turns watchdog's events into kinds of change, dropping those the site cannot see."""

    def __init__(self, content: Path, templates: Path, changed: Callable[[Iterable[Kind]], None]) -> None:
        self.content, self.templates, self.changed = content, templates, changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in _EVENTS or (event.is_directory and event.event_type == "modified"):
            return
        paths = [str(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        kinds = {kind for p in paths if (kind := classify(Path(p), self.content, self.templates)) is not None}
        if kinds:
            self.changed(kinds)


_PRESENTATION = frozenset({Kind.TEMPLATE, Kind.STATIC_CSS, Kind.STATIC})
"""Changes that leave the content as it was: the site gathered last time can be rendered again."""


class Preview:
    """Builds, watches and serves one content folder; ``serve`` drives it, tests start it in a thread."""

    def __init__(
        self,
        content: Path,
        *,
        templates: Path = TEMPLATES,
        host: str = "127.0.0.1",
        port: int = 8000,
        content_label: str | None = None,
        out: TextIO = sys.stderr,
        quiet: float = QUIET,
    ) -> None:
        self.content, self.templates = content.resolve(), templates.resolve()
        self.content_label = content_label or str(content)
        self.host, self.port, self.out = host.strip("[]"), port, out  # [::1] as typed in a URL
        self.state = Snapshot(files=None)
        self.changed = threading.Condition()
        self.stopping = False
        self._building = threading.Lock()
        self._unbuilt: set[Kind] = {Kind.OTHER}  # changes since the last good build
        # The clean and link caches live beside the checkout, so a restarted preview starts warm.
        self._rebuilder = Rebuilder(
            BuildOptions(
                self.content,
                Path("public"),  # never written: the preview serves from memory
                templates=self.templates,
                content_label=self.content_label,
                jobs=default_jobs(),
                cache=Path(".cache"),
            )
        )
        self._reindex = Reindex()
        self._bundles: Mapping[str, bytes] = {}
        """The newest search index made, served with every build until the next one is ready."""
        self._unindexed: tuple[int, Built] | None = None
        self._debouncer = Debouncer(self.rebuild, quiet)
        # Pagefind takes both cores for a moment: let open pages reload first.
        self._indexer = Debouncer(lambda _: self.index(), quiet=INDEX_QUIET)
        self._observer = Observer()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """Where the site is served."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}{self.state.mount}"

    def open(self) -> None:
        """Listen, watch, then build once; raises ``OSError`` if the address is taken.

        Listening comes first so a busy port fails at once, not after a long first build;
        connections made during the build wait for it. Watching comes before the build so no
        save made meanwhile is lost.
        """
        self._server = _Server((self.host, self.port), self)
        self.port = self._server.server_address[1]
        watcher = _Watcher(self.content, self.templates, self._debouncer.add)
        for folder in {self.content, self.templates}:
            self._observer.schedule(watcher, str(folder), recursive=True)
        self._observer.start()
        self.rebuild(frozenset())
        self.index()
        self._debouncer.start()
        self._indexer.start()

    def start(self) -> None:
        """Open and serve in a background thread."""
        self.open()
        assert self._server is not None
        self._thread = threading.Thread(target=self._server.serve_forever, name="preview-server", daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop watching, building and serving, and remove every temporary build."""
        with self.changed:
            self.stopping = True
            self.changed.notify_all()
        if self._observer.is_alive():
            self._observer.stop()
            self._observer.join()
        self._debouncer.stop()
        self._indexer.stop()
        if self._server is not None:
            if self._thread is not None:
                self._server.shutdown()
                self._thread.join()
            self._server.server_close()

    def rebuild(self, kinds: frozenset[Kind]) -> None:
        """Build what changed and show it, or keep the last good build and show why not.

        A change to templates or static files alone renders the content gathered last time
        again (it has not changed, so the result is what a full build would give); any other
        change reads the content again, which re-reads and re-cleans only the files that changed.
        """
        with self._building:
            self._rebuild(kinds)

    def _rebuild(self, kinds: frozenset[Kind]) -> None:
        self._unbuilt |= kinds
        start = time.perf_counter()
        try:
            built = self._rebuilder.build(content_changed=not self._unbuilt <= _PRESENTATION)
        except ContentError as exc:
            if self._debouncer.pending():
                # Saved again while this build read the files: it may have read one half
                # written (an editor truncates, then writes). The next batch shows the outcome.
                return
            self._failed(exc.diagnostics)
            return
        except Exception as exc:  # a bug must not stop the preview: show it like a content error
            self.out.write(traceback.format_exc())
            self._failed((error("build", 1, f"{type(exc).__name__}: {exc}"),))
            return
        for diagnostic in built.diagnostics:
            self.out.write(f"{diagnostic}\n")
        styles = css_only(self._unbuilt)
        self._unbuilt = set()
        with self.changed:
            old = self.state
            epoch = old.epoch + 1
            self._unindexed = (epoch, built)
            self._show(
                replace(
                    old,
                    files={**built.files, **self._bundles},
                    mount=built.site.config.base_path,
                    epoch=epoch,
                    reload_epoch=old.reload_epoch if styles else epoch,
                    problems=(),
                )
            )
        self._indexer.add([Kind.OTHER])
        # What the preview keeps (the whole archive, in memory) need never be walked by the cycle
        # collector again: at 10,000 documents each full collection took 0.6 s of a rebuild.
        # This build's young garbage is collected first, so none of it is kept for ever.
        gc.collect(1)
        gc.freeze()
        how = "" if epoch == 1 else "; stylesheets swapped" if styles else "; pages reloaded"
        self.out.write(
            f"Built {len(built.site.documents)} documents ({built.rendered} pages rendered) "
            f"in {time.perf_counter() - start:.2f} s{how}\n"
        )
        self.out.flush()

    def index(self) -> None:
        """Index the newest build for search and serve the index with it (called on its own thread)."""
        with self.changed:
            wanted, self._unindexed = self._unindexed, None
        if wanted is None:
            return
        epoch, built = wanted
        start = time.perf_counter()
        try:
            data = self._rebuilder.data(built)
            bundles = self._reindex(built.files, built.site.config.language, built.shards)
        except ContentError as exc:
            self._failed(exc.diagnostics)
            return
        except Exception as exc:  # as in a build: shown, and requests waiting for the index are released
            self.out.write(traceback.format_exc())
            self._failed((error("search index", 1, f"{type(exc).__name__}: {exc}"),))
            return
        with self.changed:
            self._bundles = bundles
            if self.state.epoch == epoch:  # else a newer build is on show, and is indexed next
                self._show(replace(self.state, files={**built.files, **data, **bundles}, indexed=epoch))
        self.out.write(f"Data files and search index ready in {time.perf_counter() - start:.2f} s\n")
        self.out.flush()

    def _failed(self, problems: tuple[Diagnostic, ...]) -> None:
        for problem in problems:
            self.out.write(f"{problem}\n")
        self.out.write(f"Build failed: {len(problems)} problem(s); still serving the last good build.\n")
        self.out.flush()
        with self.changed:
            self._show(replace(self.state, failures=self.state.failures + 1, problems=problems))

    def _show(self, state: Snapshot) -> None:
        with self.changed:
            self.state = state
            self.changed.notify_all()

    def indexed(self, timeout: float) -> Snapshot:
        """The state once its search index is that of its pages, the build failed, or ``timeout`` passed."""
        with self.changed:
            self.changed.wait_for(
                lambda: self.state.indexed == self.state.epoch or bool(self.state.problems) or self.stopping, timeout
            )
            return self.state

    def wait(self, seen: Snapshot, timeout: float) -> Snapshot | None:
        """The state once it differs from ``seen`` or ``timeout`` passes; None when stopping."""
        with self.changed:
            self.changed.wait_for(lambda: self.state is not seen or self.stopping, timeout)
            return None if self.stopping else self.state


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], preview: Preview) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.preview = preview
        super().__init__(address, _Handler)

    def handle_error(self, request: object, client_address: object) -> None:
        # A tab closed mid-response is routine; anything else is worth a traceback.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


_ERROR_PAGE = (
    b'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Build failed</title>\n</head>\n'
    b"<body>\n<h1>The site could not be built</h1>\n<p>There is no good build to show yet.</p>\n</body>\n</html>\n"
)


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive: a reload's requests share one connection

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def log_message(self, format: str, *args: object) -> None:
        return None  # the terminal is for build results, not one line per request

    def _respond(self, head: bool) -> None:
        path, _, query = self.path.partition("?")  # not urlsplit: "//x/y" is a path here, not a host
        if path.startswith("/__livereload"):
            return self._livereload(path, query, head)
        state = self.server.preview.state
        if path[len(state.mount) :].startswith(GENERATED) or path[len(state.mount) :] in DATA_FILES:
            # The data files and the index follow the pages: a request for them waits, and never
            # gets those of an earlier build.
            state = self.server.preview.indexed(timeout=INDEX_WAIT)
        if state.files is None:
            return self._send(500, "text/html; charset=utf-8", inject(_ERROR_PAGE, 0, state.problems), head)
        if not path.startswith(state.mount):
            if path in {"/", state.mount.rstrip("/")}:
                return self._redirect(state.mount)
            return self._not_found(state, head)
        found = locate(state.files, path[len(state.mount) :])
        if isinstance(found, Redirect):
            return self._redirect(state.mount + found.location + (f"?{query}" if query else ""))
        if found is None:
            return self._not_found(state, head)
        self._send_file(200, found, state, head)

    def _send_file(self, status: int, name: str, state: Snapshot, head: bool) -> None:
        assert state.files is not None
        data = state.files[name]
        if name.endswith(".html"):
            data = inject(data, state.epoch, state.problems)
        # Asset names carry a content hash, so a browser may keep them as a host lets it (the
        # published rule): a reload then fetches the page alone.
        cache = LONG_CACHE if name.startswith("assets/") and status == 200 else NO_STORE
        self._send(status, content_type(name), data, head, cache)

    def _not_found(self, state: Snapshot, head: bool) -> None:
        assert state.files is not None
        if "404.html" in state.files:
            return self._send_file(404, "404.html", state, head)
        self._send(404, "text/plain; charset=utf-8", b"Not found\n", head)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", NO_STORE)
        self.end_headers()

    def _send(self, status: int, kind: str, data: bytes, head: bool, cache: str = NO_STORE) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", cache)
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def end_headers(self) -> None:
        # The published headers, CSP first, so the preview proves pages work under them: which
        # is why the reload script and the overlay's styles are files, never inline.
        for name, value in SECURITY.items():
            self.send_header(name, value)
        super().end_headers()

    def _livereload(self, path: str, query: str, head: bool) -> None:
        preview = self.server.preview
        host = self.headers.get("Host")
        if not host_allowed(host, preview.host, preview.port) or not origin_allowed(self.headers.get("Origin"), host):
            return self._send(403, "text/plain; charset=utf-8", b"Forbidden\n", head)
        # Named with a hash of their text by ``inject``, so kept by the browser like assets.
        if path == "/__livereload.js":
            return self._send(200, "text/javascript; charset=utf-8", RELOAD_JS.encode(), head, LONG_CACHE)
        if path == "/__livereload.css":
            return self._send(200, "text/css; charset=utf-8", OVERLAY_CSS.encode(), head, LONG_CACHE)
        if path == "/__livereload/status":
            state = preview.state
            status = {
                "epoch": state.epoch,
                "indexed": state.indexed,
                "ok": not state.problems,
                "problems": [str(p) for p in state.problems],
            }
            return self._send(200, "application/json; charset=utf-8", json.dumps(status).encode(), head)
        if path != "/__livereload" or head:
            return self._send(404, "text/plain; charset=utf-8", b"Not found\n", head)
        last = self.headers.get("Last-Event-ID") or parse_qs(query).get("epoch", [""])[0]
        self._stream(preview, int(last) if last.isdigit() else preview.state.epoch)

    def _stream(self, preview: Preview, seen: int) -> None:
        """Server-Sent Events until the page goes away or the server stops."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", NO_STORE)
        self.end_headers()
        self.close_connection = True  # the stream has no length: it ends with its connection
        self.wfile.write(b"retry: 1000\n\n")
        self.wfile.flush()
        shown_failures = -1
        state: Snapshot | None = preview.state
        while state is not None:
            for name in events(seen, shown_failures, state):
                self.wfile.write(f"event: {name}\nid: {state.epoch}\ndata: {state.epoch}\n\n".encode())
            seen, shown_failures = state.epoch, state.failures
            self.wfile.write(b": ping\n\n")  # finds closed tabs, so their threads end
            self.wfile.flush()
            state = preview.wait(state, timeout=15.0)


@cache
def _version() -> str:
    """A hash of the reload script and the overlay's styles, for their URLs."""
    return hashlib.sha256((RELOAD_JS + OVERLAY_CSS).encode()).hexdigest()[:10]


def _is_loopback(host: str) -> bool:
    return host == "localhost" or (_is_ip(host.strip("[]")) and ipaddress.ip_address(host.strip("[]")).is_loopback)


def serve(
    content: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    templates: Path = TEMPLATES,
    content_label: str | None = None,
    out: TextIO = sys.stderr,
) -> None:
    """Build, serve and rebuild on every change until Ctrl-C; raises ``OSError`` if it cannot listen.

    Call from the main thread: SIGTERM is handled like Ctrl-C, so temporary builds go either way.
    """
    preview = Preview(content, templates=templates, host=host, port=port, content_label=content_label, out=out)
    previous = signal.signal(signal.SIGTERM, _interrupt)
    try:
        if not _is_loopback(host):
            out.write(f"Warning: listening on {host}: anyone who can reach this machine can see the preview.\n")
        preview.start()
        out.write(f"Serving {preview.url} with live reload; Ctrl-C to stop.\n")
        out.flush()
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        out.write("Stopping.\n")
    finally:
        preview.close()
        signal.signal(signal.SIGTERM, previous)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


RELOAD_JS = """\
// Live reload for `build.py serve`: injected by the preview server into the pages it serves,
// never written to the build. Reloads on a new build, swaps stylesheets when only CSS changed,
// and shows the build's problems over the page when a build fails.
"use strict";
(function () {
  var OVERLAY = "livereload-overlay";
  var epoch = document.currentScript.getAttribute("data-epoch");
  var source = new EventSource("/__livereload?epoch=" + encodeURIComponent(epoch));
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("css", function () { hideOverlay(); swapStylesheets(); });
  source.addEventListener("error", function (event) {
    if (typeof event.data === "string") showProblems();  // ours; a dropped connection has no data
  });

  function hideOverlay() {
    var old = document.getElementById(OVERLAY);
    if (old) old.remove();
  }

  function showProblems() {
    fetch("/__livereload/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(function (status) {
        hideOverlay();
        if (status.ok) return;
        var box = document.createElement("div");
        box.id = OVERLAY;
        box.setAttribute("role", "alert");
        var head = document.createElement("p");
        var strong = document.createElement("strong");
        strong.textContent = "Build failed.";
        head.append(strong, " Showing the last good build; saving a fix clears this.");
        var list = document.createElement("ul");
        status.problems.forEach(function (problem) {
          var item = document.createElement("li");
          item.textContent = problem;
          list.appendChild(item);
        });
        box.append(head, list);
        document.body.appendChild(box);
      });
  }

  function sheets(doc) {
    return Array.prototype.filter.call(doc.querySelectorAll('link[rel~="stylesheet"]'), function (link) {
      return !link.getAttribute("href").startsWith("/__livereload");
    });
  }

  // Stylesheet names carry a content hash, so read the new names from the page as now built.
  function swapStylesheets() {
    fetch(window.location.href, { cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (text) {
        var wanted = sheets(new DOMParser().parseFromString(text, "text/html"));
        var current = sheets(document);
        if (wanted.length !== current.length) return window.location.reload();
        current.forEach(function (link, i) {
          var href = wanted[i].getAttribute("href");
          if (link.getAttribute("href") === href) return;
          var fresh = link.cloneNode();
          fresh.setAttribute("href", href);
          fresh.addEventListener("load", function () { link.remove(); });
          link.after(fresh);
        });
      });
  }
})();
"""

OVERLAY_CSS = """\
/* The preview server's build-error panel (`build.py serve`); never part of the published site. */
#livereload-overlay {
  position: fixed; top: 0; left: 0; right: 0; z-index: 2147483647;
  max-height: 60vh; overflow: auto; margin: 0; padding: 0.75rem 1rem;
  background: #fff1f0; color: #5f0a00; border-bottom: 3px solid #b3261e;
  font: 14px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; text-align: left;
}
#livereload-overlay p { margin: 0; }
#livereload-overlay ul { margin: 0.5rem 0 0; padding-left: 1.25rem; }
#livereload-overlay li { white-space: pre-wrap; overflow-wrap: anywhere; }
"""
