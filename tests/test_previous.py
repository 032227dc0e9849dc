"""A build that replaces an earlier output reuses the pages that would come out the same."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from site_src import render
from site_src.linkcheck import parse_page
from site_src.previous import Previous, Written, anchors_digest

from .conftest import ROOT, build, tree
from .test_build import _without_pagefind_indexes

POSTS = {
    f"documents/{name}.txt": f"{title}\n\n0{day} Sep 2014\n\n{text}\n"
    for name, title, day, text in [
        ("alpha", "Allotments reopen", 4, "The allotment society reopened its gates to growers on Saturday."),
        ("beta", "Bus timetable changes", 5, "Route seven will run every twenty minutes from next month."),
        ("gamma", "Library opening hours", 6, "The central library now opens at nine on weekdays and Saturdays."),
    ]
}


@pytest.fixture
def rendered(monkeypatch) -> list[str]:
    """Record the id of every document whose page is rendered."""
    calls: list[str] = []
    real = render._Pages.document

    def document(self, document):  # type: ignore[no-untyped-def]
        calls.append(document.id)
        return real(self, document)

    monkeypatch.setattr(render._Pages, "document", document)
    return calls


def _inodes(root: Path) -> dict[str, int]:
    return {p.relative_to(root).as_posix(): p.stat().st_ino for p in root.rglob("*") if p.is_file()}


def test_an_edit_renders_one_page_again_and_the_output_equals_a_clean_build(
    make_content, tmp_path: Path, rendered: list[str]
) -> None:
    content = make_content(POSTS)
    out, store = tmp_path / "public", tmp_path / "cache"
    build(content, out, cache=store)
    assert sorted(rendered) == ["alpha", "beta", "gamma"]
    before = _inodes(out)
    rendered.clear()
    (content / "documents" / "beta.txt").write_text(
        POSTS["documents/beta.txt"] + "\nThe evening service is unchanged.\n", encoding="utf-8"
    )
    build(content, out, cache=store)
    assert rendered == ["beta"]
    after = _inodes(out)
    assert after["documents/alpha/index.html"] == before["documents/alpha/index.html"], "linked, not written"
    assert after["documents/beta/index.html"] != before["documents/beta/index.html"]
    build(content, tmp_path / "clean")
    assert _without_pagefind_indexes(tree(out)) == _without_pagefind_indexes(tree(tmp_path / "clean"))


def test_a_page_changed_in_the_output_is_rendered_again(make_content, tmp_path: Path, rendered: list[str]) -> None:
    content = make_content(POSTS)
    out, store = tmp_path / "public", tmp_path / "cache"
    build(content, out, cache=store)
    page = out / "documents" / "gamma" / "index.html"
    good = page.read_bytes()
    page.write_bytes(good.replace(b"central library", b"tampered library"))
    (out / "documents" / "alpha" / "index.html").unlink()
    rendered.clear()
    build(content, out, cache=store)
    assert sorted(rendered) == ["alpha", "gamma"]
    assert page.read_bytes() == good


def test_a_template_change_renders_every_page_again(make_content, tmp_path: Path, rendered: list[str]) -> None:
    content = make_content(POSTS)
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    out, store = tmp_path / "public", tmp_path / "cache"
    build(content, out, cache=store, templates=templates)
    document = templates / "document.html"
    edited = document.read_text(encoding="utf-8").replace("{% block main %}", "{% block main %}<!-- edited -->")
    document.write_text(edited, encoding="utf-8")
    rendered.clear()
    build(content, out, cache=store, templates=templates)
    assert sorted(rendered) == ["alpha", "beta", "gamma"]
    assert all(b"<!-- edited -->" in (out / "documents" / d / "index.html").read_bytes() for d in rendered)


def test_reused_pages_are_checked_again_when_a_page_they_could_link_to_went_away(tmp_path: Path) -> None:
    output = tmp_path / "public"
    (output / "a").mkdir(parents=True)
    (output / "a" / "index.html").write_text('<a href="/b/">b</a> <a href="/a/#top">top</a><p id="top"></p>')
    page = (output / "a" / "index.html").stat()
    links = parse_page((output / "a" / "index.html").read_text())
    kept = Written("k", page.st_size, page.st_mtime_ns, "", anchors_digest(links))
    previous = Previous(tmp_path / "cache", output)
    previous.files = {"a/index.html": kept, "b/index.html": Written("", 10, 0)}
    still = {"b/index.html": b"<p>b</p>"}
    problems, _ = previous.check_links(still, {"a/index.html": kept}, "/", 1)
    assert problems == ()
    problems, _ = previous.check_links({}, {"a/index.html": kept}, "/", 1)
    assert [(p.path, p.message) for p in problems] == [("public/a/index.html", "broken link: /b/")]


def test_a_second_build_in_a_new_process_reuses_every_page(make_content, tmp_path: Path) -> None:
    """Keys are made of bytes and reprs, never of hash order: another process finds the same keys."""
    content = make_content(POSTS)
    command = [sys.executable, str(ROOT / "build.py"), "build", "--content", str(content), "--output", "public"]
    environment = {**os.environ, "PYTHONHASHSEED": "1"}
    subprocess.run(command, cwd=tmp_path, check=True, capture_output=True, env=environment)
    before = _inodes(tmp_path / "public")
    subprocess.run(command, cwd=tmp_path, check=True, capture_output=True, env={**environment, "PYTHONHASHSEED": "2"})
    after = _inodes(tmp_path / "public")
    pages = [p for p in before if p.startswith("documents/") and p.count("/") == 2]
    assert len(pages) == 6 and all(after[p] == before[p] for p in pages)
