"""Shared fixtures: real content built into temporary folders, parsed with a real HTML parser."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser, Page, sync_playwright

from site_src.pipeline import BuildOptions, BuildResult, build_site

from .browser import CHROMIUM_ARGS, chromium_path, serve

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"

SITE_TOML = """\
title = "Test Archive"
description = "A small archive for tests."
language = "en-GB"
base_url = "https://example.org/"

[content_note]
text = "This archive discusses child sexual abuse."
support = "Call a helpline."
"""

MakeContent = Callable[..., Path]


@pytest.fixture
def make_content(tmp_path: Path) -> MakeContent:
    """Materialise ``{relative path: text or bytes}`` as a content folder (MkDocs' tempdir idea)."""

    def make(files: dict[str, str | bytes] | None = None, *, site_toml: str = SITE_TOML, name: str = "content") -> Path:
        root = tmp_path / name
        root.mkdir(parents=True, exist_ok=True)
        (root / "site.toml").write_text(site_toml, encoding="utf-8")
        for rel, data in (files or {}).items():
            path = root / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return root

    return make


def build(content: Path, output: Path, **options: object) -> BuildResult:
    return build_site(BuildOptions(content=content, output=output, **options))  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def real_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real content/ (the seeds and the editor's files), built once into a temp folder."""
    content = tmp_path_factory.mktemp("real") / "content"
    shutil.copytree(CONTENT, content)
    output = content.parent / "public"
    build(content, output)
    return output


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def site_url(real_site: Path) -> Iterator[str]:
    """The real content's build, served on 127.0.0.1 with the published headers."""
    with serve(real_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """One Debian Chromium for a test module, driven by Playwright."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh page that records console errors and uncaught exceptions in ``page.errors``."""
    context = browser.new_context()
    opened = context.new_page()
    opened.errors = []  # type: ignore[attr-defined]
    opened.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)  # type: ignore[attr-defined]
    opened.on("pageerror", lambda e: opened.errors.append(str(e)))  # type: ignore[attr-defined]
    yield opened
    context.close()
