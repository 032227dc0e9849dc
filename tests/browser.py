"""A real Chromium (Debian's ``chromium``, driven by Playwright) and a local static server.

The server sends the Content-Security-Policy the archive is published with, so every browser
test also proves the pages work under it. Chromium is started with no background networking,
as this machine (and CI) has no network but the package registries.
"""

from __future__ import annotations

import functools
import shutil
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from site_src.headers import CSP  # the policy the archive is published with

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        raise RuntimeError("Debian's chromium is needed for the browser tests: apt-get install chromium")
    return found


class _Handler(SimpleHTTPRequestHandler):
    slow: tuple[str, float] = ("", 0.0)  # requests under this path wait this long, as on a slow network

    def send_head(self):  # type: ignore[no-untyped-def]
        prefix, seconds = self.slow
        if prefix and self.path.startswith(prefix):
            time.sleep(seconds)
        return super().send_head()

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        return None


@contextmanager
def serve(folder: Path, slow: tuple[str, float] = ("", 0.0)) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 at a free port; yields the base URL.

    ``slow`` (a path prefix, seconds) holds back some requests, to test the order in which a
    page's parts arrive.
    """
    handler = functools.partial(type("Handler", (_Handler,), {"slow": slow}), directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
