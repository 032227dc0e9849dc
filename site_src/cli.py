"""The command line (a public contract, ``DESIGN.md`` §3): the only place that prints or exits.

Exit 0 on success, 1 when the content has errors, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .diagnostics import ContentError, Diagnostic
from .parallel import default_jobs
from .pipeline import BuildOptions, BuildResult, build_site, check_site
from .serve import serve

EXIT_OK, EXIT_CONTENT, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="build.py",
        description="Build the annotated archive in a content folder into a static site.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="{build,check,serve}")

    def content_option(p: argparse.ArgumentParser) -> None:
        p.add_argument("--content", default="content", metavar="DIR", help="content folder (default: content)")
        p.add_argument("--strict", action="store_true", help="treat warnings as errors")

    build = commands.add_parser("build", help="build the site (the default command)")
    content_option(build)
    build.add_argument("--output", default="public", metavar="DIR", help="output folder (default: public)")
    build.add_argument(
        "--base-url", metavar="URL", help="override site.toml's base_url, e.g. https://example.org/archive/"
    )
    build.add_argument(
        "--jobs",
        type=int,
        metavar="N",
        help="processes for cleaning and rendering (default: all cores)",
    )
    check = commands.add_parser("check", help="validate the content and build nothing")
    content_option(check)
    preview = commands.add_parser("serve", help="preview the site, rebuilt and reloaded on every change")
    preview.add_argument("--content", default="content", metavar="DIR", help="content folder (default: content)")
    preview.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    preview.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000)")
    return parser


class _ProgressLine:
    """A one-line progress display on a terminal, shown only once a build passes one second."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.start = time.monotonic()
        self.shown = False
        self.last = 0.0

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if not self.stream.isatty() or now - self.start < 1.0 or (now - self.last < 0.1 and done < total):
            return
        self.last = now
        self.shown = True
        self.stream.write(f"\r{stage}: {done}/{total} documents")
        self.stream.flush()

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\033[K")


def _print_diagnostics(diagnostics: Sequence[Diagnostic], stream: TextIO) -> None:
    for diagnostic in diagnostics:
        print(diagnostic, file=stream)


def _summary(verb: str, result: BuildResult, seconds: float, where: str) -> str:
    redacted = result.redactions
    return (
        f"{verb} {result.documents} documents, {result.pages} pages{where}; "
        f"{result.warnings} warnings; {redacted.email} emails and {redacted.phone} phone numbers redacted; "
        f"{seconds:.2f} s"
    )


def _serve(content: str, host: str, port: int) -> int:
    if not 0 <= port <= 65535:
        _parser().error(f"--port: {port} is not a port number (0-65535)")
    try:
        serve(Path(content), host, port, content_label=content.rstrip("/") or ".", out=sys.stderr)
    except OSError as exc:
        print(f"Cannot listen on {host}:{port} or watch {content}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in {"build", "check", "serve", "-h", "--help", "--version"}:
        args.insert(0, "build")
    parsed = _parser().parse_args(args)
    content = Path(parsed.content)
    if not content.is_dir():
        _parser().error(f"--content: no such folder: {parsed.content}")
    if parsed.command == "serve":
        return _serve(parsed.content, parsed.host, parsed.port)
    options = BuildOptions(
        content=content,
        output=Path(getattr(parsed, "output", "public")),
        base_url=getattr(parsed, "base_url", None),
        strict=parsed.strict,
        content_label=parsed.content.rstrip("/") or ".",
        jobs=getattr(parsed, "jobs", None) or default_jobs(),
        cache=Path(".cache") if parsed.command != "check" else None,
    )
    if options.base_url is not None and not options.base_url.startswith(("http://", "https://")):
        _parser().error(f"--base-url: '{options.base_url}' is not an http(s) URL")
    if getattr(parsed, "jobs", None) is not None and parsed.jobs < 1:
        _parser().error("--jobs: must be 1 or more")
    progress = _ProgressLine(sys.stderr)
    start = time.perf_counter()
    try:
        result = check_site(options, progress) if parsed.command == "check" else build_site(options, progress)
    except ContentError as exc:
        progress.clear()
        _print_diagnostics(exc.diagnostics, sys.stderr)
        print(f"Build failed: {len(exc.diagnostics)} problem(s); nothing was published.", file=sys.stderr)
        return EXIT_CONTENT
    progress.clear()
    _print_diagnostics(result.diagnostics, sys.stderr)
    seconds = time.perf_counter() - start
    if parsed.command == "check":
        print(_summary("Checked", result, seconds, ""))
    else:
        print(_summary("Built", result, seconds, f" into {options.output}/"))
    return EXIT_OK
