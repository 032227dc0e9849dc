"""The live preview server (issue 7): path safety, headers, the reload channel, rebuilds, and a real browser."""

from __future__ import annotations

import http.client
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from watchdog.events import (
    DirModifiedEvent,
    FileClosedNoWriteEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)

from site_src.changes import Kind, classify, css_only, is_editor_noise
from site_src.diagnostics import ContentError, error
from site_src.headers import LONG_CACHE, SECURITY
from site_src.render import TEMPLATES
from site_src.serve import (
    Debouncer,
    Preview,
    Redirect,
    Snapshot,
    _is_loopback,
    _Watcher,
    content_type,
    events,
    host_allowed,
    inject,
    locate,
    origin_allowed,
)

from .browser import CSP
from .conftest import CONTENT, ROOT, SITE_TOML

browser = pytest.mark.browser
WAIT = 60.0  # seconds; builds take about a second here, far more on a loaded machine


def eventually(check: Callable[[], object], timeout: float = WAIT) -> None:
    """Wait until ``check()`` is true; never a statement about how long it took."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


# --- change classification -------------------------------------------------------------------

C, T = Path("/site/content"), Path("/site/templates")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        (C / "documents/000_a.txt", Kind.DOCUMENT),
        (C / "documents/scraped page.html", Kind.DOCUMENT),
        (C / "annotations/000_a.md", Kind.ANNOTATION),
        (C / "reports/jay-2014.md", Kind.REPORT),
        (C / "pages/about.md", Kind.PAGE),
        (C / "site.toml", Kind.CONFIG),
        (C / "glossary.md", Kind.OTHER),
        (C / "reports/notes.txt", Kind.OTHER),
        (C / "documents", Kind.OTHER),
        (C, Kind.OTHER),
        (T / "base.html", Kind.TEMPLATE),
        (T / "partials/comment.html", Kind.TEMPLATE),
        (T / "static/style.css", Kind.STATIC_CSS),
        (T / "static/search.js", Kind.STATIC),
        (T / "static/icon.svg", Kind.STATIC),
        (T / "README", Kind.OTHER),
    ],
)
def test_classify_names_the_part_of_the_site_a_file_feeds(path: Path, kind: Kind) -> None:
    assert classify(path, C, T) is kind


@pytest.mark.parametrize(
    "path",
    [
        C / "documents/.000_a.txt.swp",
        C / "documents/000_a.txt~",
        C / "documents/000_a.txt.tmp",
        C / "annotations/#000_a.md#",
        C / "annotations/.#000_a.md",
        C / "documents/4913",
        C / ".git/index",
        T / "static/.style.css.swx",
        Path("/elsewhere/file.md"),
    ],
)
def test_classify_ignores_editor_temp_files_hidden_files_and_other_folders(path: Path) -> None:
    assert classify(path, C, T) is None


def test_editor_noise_keeps_ordinary_names() -> None:
    assert not any(is_editor_noise(n) for n in ("000_a.txt", "jay-2014.md", "a#b.md", "style.css"))


def test_only_stylesheet_changes_are_css_only() -> None:
    assert css_only([Kind.STATIC_CSS, Kind.STATIC_CSS])
    assert not css_only([Kind.STATIC_CSS, Kind.TEMPLATE])
    assert not css_only([Kind.STATIC])
    assert not css_only([])


def test_the_watcher_turns_saves_and_renames_into_kinds_and_drops_reads() -> None:
    seen: list[set[Kind]] = []
    watcher = _Watcher(C, T, lambda kinds: seen.append(set(kinds)))
    watcher.dispatch(FileOpenedEvent(str(C / "documents/a.txt")))
    watcher.dispatch(FileClosedNoWriteEvent(str(C / "documents/a.txt")))
    watcher.dispatch(DirModifiedEvent(str(C / "documents")))
    watcher.dispatch(FileModifiedEvent(str(C / "documents/.a.txt.swp")))
    assert seen == []
    watcher.dispatch(FileMovedEvent(str(C / "annotations/.a.md.tmp"), str(C / "annotations/a.md")))
    watcher.dispatch(FileDeletedEvent(str(C / "reports/x.md")))
    watcher.dispatch(FileCreatedEvent(str(T / "static/style.css")))
    assert seen == [{Kind.ANNOTATION}, {Kind.REPORT}, {Kind.STATIC_CSS}]


# --- coalescing ------------------------------------------------------------------------------


def test_a_burst_of_changes_is_one_batch() -> None:
    batches: list[frozenset[Kind]] = []
    debouncer = Debouncer(batches.append, quiet=0.15)
    debouncer.start()
    try:
        for kind in (Kind.DOCUMENT, Kind.DOCUMENT, Kind.ANNOTATION, Kind.DOCUMENT, Kind.TEMPLATE):
            debouncer.add([kind])
        eventually(lambda: batches)
        time.sleep(0.5)
        assert batches == [frozenset({Kind.DOCUMENT, Kind.ANNOTATION, Kind.TEMPLATE})]
    finally:
        debouncer.stop()


def test_changes_during_a_build_make_one_more_batch() -> None:
    batches: list[frozenset[Kind]] = []
    building = threading.Event()
    release = threading.Event()

    def act(batch: frozenset[Kind]) -> None:
        batches.append(batch)
        building.set()
        release.wait(10)

    debouncer = Debouncer(act, quiet=0.05)
    debouncer.start()
    try:
        debouncer.add([Kind.DOCUMENT])
        assert building.wait(10)
        debouncer.add([Kind.REPORT])
        debouncer.add([Kind.PAGE])
        release.set()
        eventually(lambda: len(batches) == 2)
        time.sleep(0.3)
        assert batches == [frozenset({Kind.DOCUMENT}), frozenset({Kind.REPORT, Kind.PAGE})]
    finally:
        release.set()
        debouncer.stop()


# --- paths, types, headers: pure functions ---------------------------------------------------


SERVED = {"index.html": b"<p>home</p>", "documents/a/index.html": b"<p>a</p>", "documents/a/a.txt": b"raw"}


def test_locate_finds_files_and_folder_indexes() -> None:
    assert locate(SERVED, "") == "index.html"
    assert locate(SERVED, "documents/a/") == "documents/a/index.html"
    assert locate(SERVED, "documents/a/a.txt") == "documents/a/a.txt"
    assert locate(SERVED, "documents/%61/a.txt") == "documents/a/a.txt"
    assert locate(SERVED, "documents/a") == Redirect("documents/a/")  # as static hosts do
    assert locate(SERVED, "/documents/./a") == Redirect("documents/a/")
    assert locate(SERVED, "documents/b/") is None
    assert locate(SERVED, "documents/") is None  # a folder with no index page is not a page
    assert locate(SERVED, "documents/a/a.txt/") is None


@pytest.mark.parametrize(
    "path",
    [
        "../secret.txt",
        "documents/../../secret.txt",
        "%2e%2e/secret.txt",
        "%2E%2E%2Fsecret.txt",
        "..%2fsecret.txt",
        "documents/%2e%2e/%2e%2e/secret.txt",
        "..%5csecret.txt",
        "..\\secret.txt",
        "index.html%00.txt",
        "%2e%2e/documents/",
        "documents/a/../a/a.txt",
    ],
)
def test_locate_refuses_to_leave_the_build(path: str) -> None:
    # The build is a mapping of its own files, so a name that climbs is refused, even one
    # that would land back inside: a static host would not resolve it either.
    assert locate({**SERVED, "../secret.txt": b"x", "secret.txt": b"x"}, path) is None


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("index.html", "text/html; charset=utf-8"),
        ("style.3d1f780ba6.css", "text/css; charset=utf-8"),
        ("search.js", "text/javascript; charset=utf-8"),
        ("archive.json", "application/json; charset=utf-8"),
        ("annotations.jsonld", "application/ld+json; charset=utf-8"),
        ("000_a.txt", "text/plain; charset=utf-8"),
        ("icon.svg", "image/svg+xml; charset=utf-8"),
        ("wasm.unknown.pagefind", "application/octet-stream"),
        ("en_1234.pf_meta", "application/octet-stream"),
        ("en_1234.pf_fragment", "application/octet-stream"),
        ("en_1234.pf_index", "application/octet-stream"),
        ("en_1234.pf_filter", "application/octet-stream"),
        ("pagefind.wasm", "application/wasm"),
        ("no-suffix", "application/octet-stream"),
    ],
)
def test_content_types(name: str, kind: str) -> None:
    assert content_type(name) == kind


@pytest.mark.parametrize(
    ("host", "bound", "allowed"),
    [
        ("127.0.0.1:8000", "127.0.0.1", True),
        ("localhost:8000", "127.0.0.1", True),
        ("LOCALHOST:8000", "127.0.0.1", True),
        ("[::1]:8000", "127.0.0.1", True),
        ("127.0.0.1:8001", "127.0.0.1", False),
        ("127.0.0.1", "127.0.0.1", False),
        ("evil.example:8000", "127.0.0.1", False),
        ("localhost.evil.example:8000", "127.0.0.1", False),
        ("user@127.0.0.1:8000", "127.0.0.1", False),
        ("127.0.0.1:8000/x", "127.0.0.1", False),
        ("", "127.0.0.1", False),
        (None, "127.0.0.1", False),
        ("127.0.0.1:http", "127.0.0.1", False),
        ("192.168.1.5:8000", "192.168.1.5", True),
        ("192.168.1.5:8000", "0.0.0.0", True),
        ("preview.lan:8000", "0.0.0.0", False),
        ("192.168.1.5:8000", "127.0.0.1", False),
    ],
)
def test_host_must_name_this_server(host: str | None, bound: str, allowed: bool) -> None:
    assert host_allowed(host, bound, 8000) is allowed


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("127.0.0.2", True),
        ("0.0.0.0", False),
        ("", False),
        ("192.168.1.5", False),
        ("preview.lan", False),
    ],
)
def test_only_loopback_addresses_go_without_a_warning(host: str, loopback: bool) -> None:
    assert _is_loopback(host) is loopback


def test_origin_if_sent_must_be_the_servers_own() -> None:
    assert origin_allowed(None, "127.0.0.1:8000")
    assert origin_allowed("http://127.0.0.1:8000", "127.0.0.1:8000")
    assert not origin_allowed("http://evil.example", "127.0.0.1:8000")
    assert not origin_allowed("http://localhost:8000", "127.0.0.1:8000")
    assert not origin_allowed("https://127.0.0.1:8000", "127.0.0.1:8000")
    assert not origin_allowed("null", "127.0.0.1:8000")


def test_inject_puts_the_script_before_the_last_body_end_and_escapes_the_overlay() -> None:
    page = b"<html><body><p>x</p><pre></body></pre></BODY></html>"
    problem = error("content/annotations/a.md", 3, "quote <script>alert(1)</script> & more")
    out = inject(page, 7, (problem,)).decode()
    assert out.endswith("</BODY></html>")
    assert out.index('data-epoch="7"></script>') > out.index("</pre>")
    assert "<script>alert" not in out
    assert "content/annotations/a.md:3: quote &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in out
    assert 'id="livereload-overlay"' not in inject(page, 7).decode()
    assert "style=" not in out and "<style" not in out and "<script>" not in out  # nothing inline: CSP


def test_events_reload_unless_only_stylesheets_changed_and_report_new_failures() -> None:
    now = Snapshot(files={}, epoch=5, reload_epoch=3)
    assert events(5, 0, now) == []
    assert events(4, 0, now) == ["css"]
    assert events(3, 0, now) == ["css"]
    assert events(2, 0, now) == ["reload"]
    failing = Snapshot(files={}, epoch=5, reload_epoch=5, failures=2, problems=(error("a", 1, "b"),))
    assert events(5, 1, failing) == ["error"]
    assert events(5, 2, failing) == []
    assert events(4, -1, failing) == ["reload", "error"]


# --- the server over HTTP, on a copy of the real content --------------------------------------


def copy_site(root: Path) -> tuple[Path, Path]:
    content, templates = root / "content", root / "templates"
    shutil.copytree(CONTENT, content)
    shutil.copytree(TEMPLATES, templates)
    return content, templates


@pytest.fixture
def site_copy(tmp_path: Path) -> tuple[Path, Path]:
    return copy_site(tmp_path)


@pytest.fixture
def preview(site_copy: tuple[Path, Path]) -> Iterator[Preview]:
    content, templates = site_copy
    running = Preview(content, templates=templates, port=0, content_label="content", out=io.StringIO())
    running.start()
    try:
        yield running
    finally:
        running.close()


@dataclass
class Reply:
    status: int
    headers: Message
    body: bytes

    def getheader(self, name: str) -> str | None:
        return self.headers.get(name)

    def text(self) -> str:
        return self.body.decode("utf-8")


def get(preview: Preview, path: str, headers: dict[str, str] | None = None) -> Reply:
    connection = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return Reply(response.status, response.headers, response.read())
    finally:
        connection.close()


@contextmanager
def stream(preview: Preview, path: str, headers: dict[str, str] | None = None) -> Iterator[http.client.HTTPResponse]:
    connection = http.client.HTTPConnection("127.0.0.1", preview.port, timeout=30)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type") == "text/event-stream"
        yield response
    finally:
        connection.close()


def test_pages_are_served_with_the_reload_script_and_files_on_disk_have_none(preview: Preview) -> None:
    response = get(preview, "/")
    body = response.text()
    assert response.status == 200
    assert response.getheader("Content-Type") == "text/html; charset=utf-8"
    for name, value in SECURITY.items():  # the published headers, the CSP among them
        assert response.getheader(name) == value
    assert response.getheader("Content-Security-Policy") == CSP
    assert response.getheader("Cache-Control") == "no-store"
    assert re.search(r'<script src="/__livereload\.js\?v=\w+" data-epoch="1"></script></body>', body)
    files = preview.state.files
    assert files is not None
    assert len([name for name in files if name.endswith(".html")]) > 10
    assert not [name for name, data in files.items() if b"__livereload" in data]
    asset = next(name for name in files if name.startswith("assets/"))
    assert get(preview, "/" + asset).getheader("Cache-Control") == LONG_CACHE  # hashed name, as published
    raw = next(name for name in files if name.startswith("documents/") and name.endswith(".txt"))
    response = get(preview, "/" + raw)
    assert response.getheader("Content-Type") == "text/plain; charset=utf-8"
    assert b"__livereload" not in response.body


def test_missing_pages_get_the_sites_404_page_with_status_404(preview: Preview) -> None:
    response = get(preview, "/documents/no-such-document/")
    body = response.text()
    assert response.status == 404
    assert "Page not found" in body and "/__livereload.js" in body


@pytest.mark.parametrize(
    "path",
    ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/documents/..%2f..%2f..%2fetc%2fpasswd", "/../site.toml"],
)
def test_requests_cannot_leave_the_build(preview: Preview, path: str) -> None:
    response = get(preview, path)
    assert response.status == 404
    assert b"root:" not in response.body


def test_a_folder_without_its_slash_redirects(preview: Preview) -> None:
    response = get(preview, "/reports")
    assert (response.status, response.getheader("Location")) == (302, "/reports/")


def test_a_double_slash_never_redirects_to_another_host(preview: Preview) -> None:
    response = get(preview, "//reports?x=1")
    assert (response.status, response.getheader("Location")) == (302, "/reports/?x=1")


def test_a_site_published_under_a_sub_path_is_previewed_under_it(make_content) -> None:
    toml = SITE_TOML.replace('"https://example.org/"', '"https://example.org/archive/"')
    content = make_content({"documents/a.txt": "A title\n\nSome body text.\n"}, site_toml=toml)
    running = Preview(content, port=0, out=io.StringIO())
    running.start()
    try:
        assert running.url.endswith("/archive/"), running.out.getvalue()  # type: ignore[attr-defined]
        assert (get(running, "/").status, get(running, "/").getheader("Location")) == (302, "/archive/")
        assert get(running, "/archive").getheader("Location") == "/archive/"
        home = get(running, "/archive/")
        assert home.status == 200 and 'href="/archive/reports/"' in home.text()
        assert get(running, "/archive/reports").getheader("Location") == "/archive/reports/"
        assert get(running, "/reports/").status == 404
    finally:
        running.close()


def test_search_files_have_their_types(preview: Preview) -> None:
    assert preview.state.files is not None
    for name, kind in (("pagefind/pagefind-entry.json", "application/json; charset=utf-8"),):
        assert get(preview, f"/{name}").getheader("Content-Type") == kind
    chunk = next(name for name in preview.state.files if name.endswith(".pf_fragment"))
    response = get(preview, "/" + chunk)
    assert (response.status, response.getheader("Content-Type")) == (200, "application/octet-stream")


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 200),
        ({"Host": "localhost:{port}"}, 200),
        ({"Host": "localhost:{port}", "Origin": "http://localhost:{port}"}, 200),
        ({"Host": "evil.example:{port}"}, 403),
        ({"Host": "evil.example"}, 403),
        ({"Origin": "http://evil.example"}, 403),
        ({"Host": "127.0.0.1:{port}", "Origin": "http://localhost:{port}"}, 403),
    ],
)
def test_the_reload_channel_checks_host_and_origin(preview: Preview, headers: dict[str, str], status: int) -> None:
    sent = {k: v.format(port=preview.port) for k, v in headers.items()}
    for path in ("/__livereload/status", "/__livereload.js"):
        assert get(preview, path, sent).status == status
    if status == 403:
        assert get(preview, "/__livereload?epoch=1", sent).status == 403


def read_event(response: http.client.HTTPResponse) -> str:
    """The name of the next event on a stream, skipping comments and the retry line."""
    name = ""
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:  # the server pings every 15 s, so this loop turns
        line = response.readline().decode().rstrip("\n")
        if line.startswith("event: "):
            name = line.removeprefix("event: ")
        elif line == "" and name:
            return name
    raise AssertionError("no event in time")


def rewrite(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_saved_change_is_one_rebuild_announced_on_the_stream(preview: Preview, site_copy: tuple[Path, Path]) -> None:
    content, _ = site_copy
    document = content / "documents/003_ba3d74231ee5e5e4.txt"
    text = document.read_text(encoding="utf-8").replace("It is an issue not", "It is an issue (zephyrquill) not")
    with stream(preview, "/__livereload?epoch=1") as channel:
        # What editors do: a temp file renamed over the original, then a second save, then a backup.
        temp = document.with_name(".003.txt.tmp")
        temp.write_text(text, encoding="utf-8")
        temp.replace(document)
        document.write_text(text, encoding="utf-8")
        document.with_name(document.name + "~").write_text("old", encoding="utf-8")
        assert read_event(channel) == "reload"
    time.sleep(1.0)
    assert preview.state.epoch == 2  # one rebuild for the burst
    assert "zephyrquill" in get(preview, "/documents/003_ba3d74231ee5e5e4/").text()


def test_a_stream_opened_late_catches_up(preview: Preview) -> None:
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    with stream(preview, "/__livereload?epoch=1") as channel:
        assert read_event(channel) == "reload"
    with stream(preview, "/__livereload", {"Last-Event-ID": "1"}) as channel:
        assert read_event(channel) == "reload"


def test_a_broken_annotation_keeps_the_last_build_and_shows_where(
    preview: Preview, site_copy: tuple[Path, Path]
) -> None:
    content, _ = site_copy
    annotation = content / "annotations/001_8c5e2b0678879d07.md"
    original = annotation.read_text(encoding="utf-8")
    located = r"content/annotations/001_8c5e2b0678879d07\.md:\d+: .*tagz"
    with stream(preview, "/__livereload?epoch=1") as channel:
        annotation.write_text(original.replace("tags:", "tagz:", 1), encoding="utf-8")
        assert read_event(channel) == "error"
        status = json.loads(get(preview, "/__livereload/status").body)
        assert status["ok"] is False
        assert any(re.match(located, p) for p in status["problems"])
        assert re.search(located, preview.out.getvalue())  # type: ignore[attr-defined]  # the terminal too
        response = get(preview, "/documents/001_8c5e2b0678879d07/")
        assert response.status == 200  # the last good build, still served
        assert 'id="livereload-overlay"' in response.text() and "tagz" in response.text()
        annotation.write_text(original, encoding="utf-8")
        assert read_event(channel) == "reload"
    assert json.loads(get(preview, "/__livereload/status").body)["ok"] is True
    assert 'id="livereload-overlay"' not in get(preview, "/").text()


def test_a_failed_first_build_serves_an_error_page_until_fixed(site_copy: tuple[Path, Path]) -> None:
    content, templates = site_copy
    base = templates / "base.html"
    original = base.read_text(encoding="utf-8")
    base.write_text(original.replace("</main>", "{% if %}</main>", 1), encoding="utf-8")
    running = Preview(content, templates=templates, port=0, out=io.StringIO())
    running.start()
    try:
        response = get(running, "/documents/001_8c5e2b0678879d07/")
        body = response.text()
        assert response.status == 500
        assert "templates/base.html:" in body and 'id="livereload-overlay"' in body
        base.write_text(original, encoding="utf-8")
        eventually(lambda: running.state.files is not None)
        assert get(running, "/").status == 200
    finally:
        running.close()


def test_a_build_that_fails_while_the_editor_saves_again_leaves_the_verdict_to_the_next(
    preview: Preview, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []

    def failing(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            preview._debouncer.add([Kind.DOCUMENT])  # saved again while this build read the files
        raise ContentError((error("content/documents/x.txt", 1, "skipped: empty file"),))

    monkeypatch.setattr("site_src.rebuild.load_site", failing)
    before = preview.state.failures
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    eventually(lambda: len(calls) == 2 and bool(preview.state.problems))
    assert preview.state.failures == before + 1  # shown once, by the build that read the last save


def test_an_exception_in_the_build_is_shown_not_fatal(preview: Preview, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("site_src.rebuild.load_site", broken)
    preview.rebuild(frozenset({Kind.OTHER}))
    assert [str(p) for p in preview.state.problems] == ["build:1: RuntimeError: disk on fire"]
    assert get(preview, "/").status == 200


def test_an_exception_while_indexing_is_shown_and_releases_waiting_requests(
    preview: Preview, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("index on fire")

    monkeypatch.setattr("site_src.serve.Reindex.__call__", broken)
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    assert get(preview, "/pagefind/pagefind-entry.json").status == 200  # the last index, not a hang
    assert [str(p) for p in preview.state.problems] == ["search index:1: RuntimeError: index on fire"]
    monkeypatch.undo()
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    assert "pagefind/pagefind-entry.json" in served_now(preview), "the indexing thread went on"


def test_close_stops_serving_even_with_a_stream_open(site_copy: tuple[Path, Path]) -> None:
    content, templates = site_copy
    running = Preview(content, templates=templates, port=0, out=io.StringIO())
    running.start()
    with stream(running, "/__livereload?epoch=1"):  # an open stream must not stop the shutdown
        running.rebuild(frozenset({Kind.DOCUMENT}))
        running.close()
    with pytest.raises(ConnectionError):
        get(running, "/")


def test_the_command_line_serves_until_interrupted_and_cleans_up(tmp_path: Path) -> None:
    content, _ = copy_site(tmp_path / "copy")
    temp = tmp_path / "tmp"
    temp.mkdir()
    with subprocess.Popen(
        [sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content), "--port", "0"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(temp)},
    ) as process:
        try:
            assert process.stderr is not None
            lines = [process.stderr.readline() for _ in range(2)]
            while not any("Serving" in line for line in lines) and lines[-1]:
                lines.append(process.stderr.readline())
            url = re.search(r"Serving http://127\.0\.0\.1:(\d+)/ ", "".join(lines))
            assert url, lines
            connection = http.client.HTTPConnection("127.0.0.1", int(url.group(1)), timeout=30)
            connection.request("GET", "/")
            assert connection.getresponse().status == 200
            connection.close()
            process.send_signal(signal.SIGINT)
            assert process.wait(timeout=30) == 0
            assert "Stopping." in process.stderr.read()
        finally:
            if process.poll() is None:
                process.kill()
    assert list(temp.iterdir()) == []


@pytest.mark.parametrize("args", [["--port", "70000"], ["--port", "x"], ["--content", "no/such/folder"]])
def test_serve_usage_errors_exit_2(args: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "serve", *args], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 2, done.stderr


def test_a_busy_port_is_an_error_not_a_hang(preview: Preview, site_copy: tuple[Path, Path]) -> None:
    content, _ = site_copy
    done = subprocess.run(
        [sys.executable, str(ROOT / "build.py"), "serve", "--content", str(content), "--port", str(preview.port)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert f"Cannot listen on 127.0.0.1:{preview.port}" in done.stderr


# --- in a real browser -------------------------------------------------------------------------


def open_live(page: Page, preview: Preview, path: str) -> None:
    """Open a page and mark its window, to tell later whether it was reloaded.

    No need to wait for the reload channel: the page carries the build it was served from,
    and a channel that connects late is told at once about builds since.
    """
    page.goto(f"http://127.0.0.1:{preview.port}{path}")
    page.wait_for_load_state("load")
    page.evaluate("window.__kept = 42")


def was_reloaded(page: Page) -> bool:
    return page.evaluate("window.__kept") != 42


@browser
def test_browser_an_edited_document_appears_without_a_manual_reload(
    page: Page, preview: Preview, site_copy: tuple[Path, Path]
) -> None:
    content, _ = site_copy
    open_live(page, preview, "/documents/003_ba3d74231ee5e5e4/")
    rewrite(content / "documents/003_ba3d74231ee5e5e4.txt", "It is an issue not", "It is an issue (zephyrquill) not")
    expect(page.locator("main")).to_contain_text("zephyrquill", timeout=WAIT * 1000)
    assert was_reloaded(page)
    assert page.errors == []  # type: ignore[attr-defined]


@browser
def test_browser_an_edited_annotation_appears(page: Page, preview: Preview, site_copy: tuple[Path, Path]) -> None:
    content, _ = site_copy
    open_live(page, preview, "/documents/001_8c5e2b0678879d07/")
    rewrite(
        content / "annotations/001_8c5e2b0678879d07.md",
        "This post appeared on Researching Reform",
        "This post (edited in preview) appeared on Researching Reform",
    )
    expect(page.locator("main")).to_contain_text("This post (edited in preview) appeared", timeout=WAIT * 1000)
    assert page.errors == []  # type: ignore[attr-defined]


@browser
def test_browser_an_edited_template_appears(page: Page, preview: Preview, site_copy: tuple[Path, Path]) -> None:
    _, templates = site_copy
    open_live(page, preview, "/reports/")
    rewrite(templates / "base.html", "</main>", '<p id="template-edit">Edited template</p>\n</main>')
    expect(page.locator("#template-edit")).to_have_text("Edited template", timeout=WAIT * 1000)
    assert page.errors == []  # type: ignore[attr-defined]


@browser
def test_browser_a_stylesheet_edit_is_swapped_in_without_a_reload(
    page: Page, preview: Preview, site_copy: tuple[Path, Path]
) -> None:
    _, templates = site_copy
    open_live(page, preview, "/documents/001_8c5e2b0678879d07/")
    old_href = page.locator('link[rel="stylesheet"]').first.get_attribute("href")
    with (templates / "static/style.css").open("a", encoding="utf-8") as css:
        css.write("\n:root { --livereload-test: 42; }\n")
    page.wait_for_function(
        "() => getComputedStyle(document.documentElement).getPropertyValue('--livereload-test').trim() === '42'",
        timeout=WAIT * 1000,
    )
    assert not was_reloaded(page)
    hrefs = [link.get_attribute("href") for link in page.locator('link[rel="stylesheet"]').all()]
    assert old_href not in hrefs
    assert page.errors == []  # type: ignore[attr-defined]


@browser
def test_browser_a_broken_template_shows_the_overlay_and_fixing_it_clears_it(
    page: Page, preview: Preview, site_copy: tuple[Path, Path]
) -> None:
    _, templates = site_copy
    base = templates / "base.html"
    original = base.read_text(encoding="utf-8")
    open_live(page, preview, "/reports/")
    base.write_text(original.replace("</main>", "{% if %}\n</main>", 1), encoding="utf-8")
    overlay = page.locator("#livereload-overlay")
    expect(overlay).to_contain_text("templates/base.html:", timeout=WAIT * 1000)
    assert not was_reloaded(page)  # shown in place, over the last good page
    assert overlay.evaluate("e => getComputedStyle(e).position") == "fixed"  # its stylesheet applies
    page.reload()  # a page opened while the build is broken shows the overlay too
    expect(overlay).to_contain_text("templates/base.html:", timeout=WAIT * 1000)
    page.evaluate("window.__kept = 42")
    base.write_text(original, encoding="utf-8")
    expect(overlay).to_have_count(0, timeout=WAIT * 1000)
    assert was_reloaded(page)
    assert page.errors == []  # type: ignore[attr-defined]


@browser
def test_browser_search_in_preview_finds_a_word_just_added(
    page: Page, preview: Preview, site_copy: tuple[Path, Path]
) -> None:
    content, _ = site_copy
    open_live(page, preview, "/documents/003_ba3d74231ee5e5e4/")
    rewrite(content / "documents/003_ba3d74231ee5e5e4.txt", "It is an issue not", "It is an issue (zephyrquill) not")
    expect(page.locator("main")).to_contain_text("zephyrquill", timeout=WAIT * 1000)
    page.goto(f"http://127.0.0.1:{preview.port}/search/?q=zephyrquill")
    results = page.locator(".pagefind-ui__result")
    expect(results).to_have_count(1, timeout=WAIT * 1000)
    link = results.locator("a").first
    expect(link).to_have_attribute("href", re.compile("/documents/003_ba3d74231ee5e5e4/"), timeout=WAIT * 1000)
    assert page.errors == []  # type: ignore[attr-defined]


@pytest.mark.parametrize("path", ["/pagefind/pagefind-entry.json", "/archive.json"])
def test_a_request_for_the_index_or_the_data_waits_for_those_being_made(
    preview: Preview, site_copy: tuple[Path, Path], path: str
) -> None:
    content, _ = site_copy
    rewrite(content / "documents/003_ba3d74231ee5e5e4.txt", "It is an issue not", "It is a matter not")
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    built = preview.state.epoch  # (the watcher may build once more meanwhile: later, never earlier)
    assert get(preview, "/").status == 200  # pages are shown before the index and data are made
    response = get(preview, path)
    assert response.status == 200
    assert preview.state.indexed >= built
    if path == "/archive.json":
        assert b"It is a matter not" in response.body


def served_now(preview: Preview) -> dict[str, bytes]:
    """The files on show once the search index has caught up with the pages."""
    eventually(lambda: preview.state.indexed == preview.state.epoch and not preview.state.problems)
    assert preview.state.files is not None
    return dict(preview.state.files)


def clean_build(content: Path, templates: Path, output: Path) -> dict[str, bytes]:
    from site_src.pipeline import BuildOptions, build_site

    shutil.rmtree(output, ignore_errors=True)
    build_site(BuildOptions(content, output, templates=templates, content_label="content"))
    return {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()}


def comparable(files: dict[str, bytes]) -> dict[str, bytes]:
    # Pagefind's own index files name their chunks by hashes of its run; the pages' fragments,
    # the part that holds what search finds, must be the same bytes.
    return {k: v for k, v in files.items() if not (k.startswith("pagefind/") and "fragment/" not in k)}


def test_a_template_change_renders_the_gathered_content_again(
    preview: Preview, site_copy: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from site_src import pipeline

    content, templates = site_copy
    reads: list[Path] = []
    real = pipeline.read_content
    monkeypatch.setattr(pipeline, "read_content", lambda folder, *rest: reads.append(folder) or real(folder, *rest))
    rewrite(templates / "base.html", "</main>", '<p id="template-edit">Edited</p>\n</main>')
    preview.rebuild(frozenset({Kind.TEMPLATE}))
    assert reads == [], "the content was not read again"
    served = served_now(preview)
    assert b"template-edit" in served["index.html"]
    assert comparable(served) == comparable(clean_build(content, templates, tmp_path / "clean"))
    reads.clear()
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    assert reads == [content], "a content change reads the content"


EDITS = [
    ("a sentence of a document", "documents/003_ba3d74231ee5e5e4.txt", "It is an issue not", "It is a matter not"),
    (
        "a document's headline, which other pages list",
        "documents/001_8c5e2b0678879d07.txt",
        "Rotherham Council's Failings",
        "Rotherham Council's Many Failings",
    ),
    ("an annotation's correction", "annotations/002_5a68f047c7954e27.md", "date: 2014-08-27", "date: 2014-08-28"),
    ("a report's title", "reports/jay-2014.md", 'title: "Independent Inquiry', 'title: "The Independent Inquiry'),
]


def test_after_each_edit_the_preview_equals_a_clean_build(
    preview: Preview, site_copy: tuple[Path, Path], tmp_path: Path
) -> None:
    """The rebuild renders only what an edit touches; what it serves must be a full build's bytes."""
    content, templates = site_copy
    for what, name, old, new in EDITS:
        rewrite(content / name, old, new)
        preview.rebuild(frozenset({Kind.OTHER}))
        served = served_now(preview)
        assert comparable(served) == comparable(clean_build(content, templates, tmp_path / "clean")), what
    added = content / "documents/005_added.txt"
    added.write_text(
        (content / "documents/003_ba3d74231ee5e5e4.txt").read_text(encoding="utf-8").replace("Rotherham", "Rochdale"),
        encoding="utf-8",
    )
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    assert "documents/005_added/index.html" in served_now(preview)
    assert comparable(served_now(preview)) == comparable(clean_build(content, templates, tmp_path / "clean"))
    (content / "documents/004_86e2d0e5cf71f64a.txt").unlink()
    (content / "annotations/004_86e2d0e5cf71f64a.md").unlink()
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    assert not [name for name in served_now(preview) if "004_86e2d0e5cf71f64a" in name]
    assert comparable(served_now(preview)) == comparable(clean_build(content, templates, tmp_path / "clean"))


def test_a_rebuild_renders_again_only_the_pages_an_edit_touches(preview: Preview, site_copy: tuple[Path, Path]) -> None:
    content, _ = site_copy
    before = served_now(preview)
    rewrite(content / "documents/003_ba3d74231ee5e5e4.txt", "It is an issue not", "It is a matter not")
    preview.rebuild(frozenset({Kind.DOCUMENT}))
    after = served_now(preview)
    kept = [n for n in after if n.startswith("documents/0") and n.endswith("/index.html") and after[n] is before[n]]
    assert "documents/003_ba3d74231ee5e5e4/index.html" not in kept
    assert len(kept) >= 3, "the other documents' pages are the very bytes of the last build"
    assert "Built 5 documents (1 pages rendered)" in preview.out.getvalue()  # type: ignore[attr-defined]
