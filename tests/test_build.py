"""Whole builds of real content into temp folders, checked with a real HTML parser."""

from __future__ import annotations

import codecs
import hashlib
import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import jsonschema
import pytest

from site_src import output as output_module
from site_src.diagnostics import ContentError
from site_src.render import TEMPLATES

from .conftest import CONTENT, ROOT, build, soup, tree

DOCUMENTS = sorted(p for p in (CONTENT / "documents").iterdir() if p.is_file())


def test_every_document_has_a_page_linked_from_the_lists(real_site: Path) -> None:
    home = soup(real_site / "index.html")
    links = {a["href"] for a in home.select("main a[href]")}
    links |= {a["href"] for a in soup(real_site / "documents" / "index.html").select("main a[href]")}
    assert DOCUMENTS, "the real content has documents"
    for source in DOCUMENTS:
        page = real_site / "documents" / source.stem / "index.html"
        assert page.is_file(), source.name
        assert f"/documents/{source.stem}/" in links
        assert len(soup(page).find_all("h1")) == 1


def test_each_document_page_links_its_raw_copy_with_checksum(real_site: Path) -> None:
    for source in DOCUMENTS:
        page = soup(real_site / "documents" / source.stem / "index.html")
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        assert digest in page.get_text()
        href = page.find("a", string=source.name)["href"]
        copy = real_site / href.lstrip("/")
        assert copy.is_file()
        assert len(copy.read_bytes()) > 0


def test_archive_json_validates_against_the_schema(real_site: Path) -> None:
    schema = json.loads((ROOT / "site_src" / "archive.schema.json").read_text(encoding="utf-8"))
    data = json.loads((real_site / "archive.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema)
    assert [d["source_file"] for d in data["documents"]] == [f"documents/{p.name}" for p in DOCUMENTS]


def test_archive_json_keys_are_sorted_and_each_document_is_a_line(real_site: Path) -> None:
    raw = (real_site / "archive.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    assert list(data) == sorted(data)
    lines = raw.splitlines()
    for document in data["documents"]:
        line = json.dumps(document, ensure_ascii=False, sort_keys=True)
        assert line + "," in lines or line in lines


def test_pages_report_pages_and_404_exist(real_site: Path) -> None:
    assert (real_site / "about" / "index.html").is_file()
    assert (real_site / "404.html").is_file()
    assert (real_site / "reports" / "index.html").is_file()
    for report in sorted((CONTENT / "reports").glob("*.md")):
        assert (real_site / "reports" / report.stem / "index.html").is_file()


def test_every_page_carries_the_content_note_and_no_third_party_request(real_site: Path) -> None:
    for page in real_site.rglob("*.html"):
        html = soup(page)
        assert "child sexual abuse" in html.get_text(), page
        loads = [*html.find_all(["script", "img", "iframe", "audio", "video", "source"], src=True)]
        loads += [link for link in html.find_all("link", href=True) if link.get("rel") != ["canonical"]]
        assert loads, "the stylesheet at least"
        for element in loads:
            url = element.get("src") or element["href"]
            assert not urlsplit(url).netloc, f"{page}: third-party request {url}"


def test_scraped_markup_and_template_syntax_stay_literal_text(make_content, tmp_path: Path) -> None:
    hostile = "Title <script>alert(1)</script>\n\nBody {{ 7*7 }} and {% raw %} and <b>bold</b>\n"
    content = make_content({"documents/evil.txt": hostile})
    build(content, tmp_path / "out")
    page = soup(tmp_path / "out" / "documents" / "evil" / "index.html")
    assert page.find("h1").get_text() == "Title <script>alert(1)</script>"
    assert "Body {{ 7*7 }} and {% raw %} and <b>bold</b>" in page.get_text()
    assert "49" not in page.find("main").get_text()
    assert not page.find("main").find_all(["script", "b"])


def _without_pagefind_indexes(files: dict[str, bytes]) -> dict[str, bytes]:
    # Pagefind's filter and metadata indexes are not byte-stable between runs (upstream
    # Pagefind/pagefind#638); its fragments are, and everything the archive writes is.
    return {k: v for k, v in files.items() if not (k.startswith("pagefind/") and "fragment/" not in k)}


def test_a_forum_post_shows_what_it_quotes_apart_from_its_own_words(make_content, tmp_path: Path) -> None:
    first = "The review found that girls told professionals again and again, and were not believed."
    thread = f"Keeper said:\n{first}\nClick to expand...\nAnd that is the part nobody has answered for.\nReport\nLike\n"
    page = (
        "Has anyone read the review\nKeeper\n26 Aug 2014\n"
        f"{first}\nIt is long but worth reading in full, especially the part on training.\n"
        f"Reply\nDonValleyDave\n27 Aug 2014\n{thread}"
    )
    content = make_content({"documents/forum.txt": page})
    out = tmp_path / "out"
    build(content, out)
    (comment,) = soup(out / "documents/forum/index.html").select(".comment")
    quote = comment.select_one("blockquote.comment-quote")
    assert quote is not None and quote.get_text(" ", strip=True) == f"Keeper wrote: {first}"
    own = [p.get_text() for p in comment.select("article > p")]
    assert own == ["And that is the part nobody has answered for."]
    exported = json.loads((out / "archive.json").read_bytes())["documents"][0]["comments"][0]
    assert (exported["text"], exported["quote"]) == (own[0], {"author": "Keeper", "text": first})
    schema = json.loads((ROOT / "site_src" / "archive.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(json.loads((out / "archive.json").read_bytes()), schema)


def test_a_standfirst_shows_under_the_headline_and_in_the_export(make_content, tmp_path: Path) -> None:
    standfirst = "The inquiry found that exploitation was known about for years but not tackled."
    paragraphs = "\n".join(f"Paragraph {n} of the story says something at sentence length here." for n in (1, 2, 3))
    page = (
        f"The Daily Example\nInquiry finds children were let down\n{standfirst}\nTuesday 12 July 2022\n{paragraphs}\n"
    )
    content = make_content({"documents/news.txt": page})
    out = tmp_path / "out"
    build(content, out)
    header = soup(out / "documents/news/index.html").select_one("header.document-header")
    assert header is not None and header.select_one("p.standfirst").get_text() == standfirst
    exported = json.loads((out / "archive.json").read_bytes())["documents"][0]
    assert (exported["standfirst"], exported["body"][0]) == (standfirst, paragraphs.split("\n")[0])


def test_two_builds_are_byte_identical(make_content, tmp_path: Path) -> None:
    content = make_content({f"documents/{p.name}": p.read_bytes() for p in DOCUMENTS})
    build(content, tmp_path / "one")
    build(content, tmp_path / "two")
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    assert any(k.startswith("pagefind/fragment/") for k in one)
    assert _without_pagefind_indexes(one) == _without_pagefind_indexes(two)


def test_failure_halfway_leaves_the_previous_output_untouched(make_content, tmp_path: Path, monkeypatch) -> None:
    content = make_content({"documents/a.txt": "A title\n\nA body.\n", "documents/b.txt": "B title\n\nB.\n"})
    out = tmp_path / "public"
    build(content, out)
    before = tree(out)
    (content / "documents" / "c.txt").write_text("C title\n\nC.\n", encoding="utf-8")
    real_write = output_module.Path.write_bytes
    calls = []

    def failing_write(self: Path, data: bytes) -> int:
        calls.append(self)
        if len(calls) > 3:
            raise OSError("disk full")
        return real_write(self, data)

    monkeypatch.setattr(output_module.Path, "write_bytes", failing_write)
    with pytest.raises(OSError, match="disk full"):
        build(content, out)
    monkeypatch.undo()
    assert len(calls) > 3, "the build failed while writing, not before"
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "public"], "no staging folder left behind"


def _built_once(make_content, tmp_path: Path) -> tuple[Path, Path, dict[str, bytes]]:
    """A one-document archive built into ``public/``: its content, the output, and what the output holds."""
    content = make_content({"documents/a.txt": "A title\n\nA body.\n"})
    out = tmp_path / "public"
    build(content, out)
    return content, out, tree(out)


def _fake_pagefind(monkeypatch, folder: Path, script: str) -> None:
    """Run ``script`` (shell) wherever the build would run Pagefind."""
    from site_src import search

    fake = folder / "pagefind"
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)
    monkeypatch.setattr(search.pagefind_bin, "get_executable", lambda: fake)


def test_a_failing_indexer_fails_the_build_with_its_message(make_content, tmp_path: Path, monkeypatch) -> None:
    content, out, before = _built_once(make_content, tmp_path)
    _fake_pagefind(monkeypatch, tmp_path, 'echo "Error: the index ran out of memory" >&2\nexit 3\n')
    with pytest.raises(ContentError) as caught:
        build(content, out)
    assert [(d.path, d.line) for d in caught.value.diagnostics] == [("pagefind", 1)]
    assert "the index ran out of memory" in caught.value.diagnostics[0].message
    assert tree(out) == before


def test_a_build_that_fails_while_its_pages_are_indexed_stops_the_indexer(
    make_content, tmp_path: Path, monkeypatch
) -> None:
    from site_src import pipeline

    content, out, before = _built_once(make_content, tmp_path)
    marks = tmp_path / "marks"
    marks.mkdir()
    _fake_pagefind(monkeypatch, tmp_path, f'echo $$ > "{marks}/started"\nsleep 5\necho > "{marks}/finished"\n')

    def failing_write(*args: object) -> None:
        started = marks / "started"
        while not (started.exists() and started.read_text().strip()):
            time.sleep(0.01)
        raise OSError("disk full")

    monkeypatch.setattr(pipeline, "link_tree", failing_write)
    with pytest.raises(OSError, match="disk full"):
        build(content, out)
    assert not (marks / "finished").exists(), "the indexer was stopped, not waited for"
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "marks", "pagefind", "public"]


def test_content_errors_leave_the_previous_output_untouched(make_content, tmp_path: Path) -> None:
    content, out, before = _built_once(make_content, tmp_path)
    (content / "site.toml").write_text("title = [broken\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        build(content, out)
    assert [d.line for d in caught.value.diagnostics] == [1]
    assert tree(out) == before


def test_a_removed_document_disappears_from_the_next_build(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A title\n\nA.\n", "documents/b.txt": "B title\n\nB.\n"})
    out = tmp_path / "public"
    build(content, out)
    assert (out / "documents" / "b" / "index.html").is_file()
    (content / "documents" / "b.txt").unlink()
    build(content, out)
    assert not (out / "documents" / "b").exists()
    assert "B title" not in (out / "index.html").read_text(encoding="utf-8")
    assert [d["id"] for d in json.loads((out / "archive.json").read_bytes())["documents"]] == ["a"]


def test_cp1252_and_utf16_files_decode_correctly(make_content, tmp_path: Path) -> None:
    text = "Rotherham’s “perfect storm” – café\n\nOver 1,400 children… naïve £5\n"
    content = make_content(
        {
            "documents/legacy.txt": text.replace("\n", "\r\n").encode("cp1252"),
            "documents/wide.txt": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        }
    )
    build(content, tmp_path / "out")
    for name in ("legacy", "wide"):
        page = soup(tmp_path / "out" / "documents" / name / "index.html")
        assert page.find("h1").get_text() == "Rotherham’s “perfect storm” – café"
        assert "Over 1,400 children… naïve £5" in page.get_text()
    legacy_copy = tmp_path / "out" / "documents" / "legacy" / "legacy.txt"
    assert legacy_copy.read_bytes() == (content / "documents" / "legacy.txt").read_bytes()


def test_binary_and_empty_files_are_skipped_with_a_warning(make_content, tmp_path: Path) -> None:
    content = make_content(
        {
            "documents/ok.txt": "Fine\n\nText.\n",
            "documents/pic.txt": b"\x89PNG\x00\x00\x01",
            "documents/void.txt": b"",
        }
    )
    result = build(content, tmp_path / "out")
    assert result.documents == 1
    messages = sorted(str(d) for d in result.diagnostics)
    assert any("documents/pic.txt:1:" in m and "binary" in m for m in messages)
    assert any("documents/void.txt:1:" in m and "empty" in m for m in messages)


def test_personal_data_is_redacted_in_page_export_and_raw_copy(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/p.txt": "Post\n\nMail me at someone@example.com or ring 07700 900123.\n"})
    result = build(content, tmp_path / "out")
    assert (result.redactions.email, result.redactions.phone) == (1, 1)
    for rel in ("documents/p/index.html", "archive.json", "documents/p/p.txt"):
        text = (tmp_path / "out" / rel).read_text(encoding="utf-8")
        assert "someone@example.com" not in text and "900123" not in text, rel
        assert "[email removed]" in text and "[phone removed]" in text, rel


def test_sub_path_base_url_prefixes_every_internal_link(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/a.txt": "A\n\nB.\n", "pages/about.md": "---\ntitle: About\n---\nHi.\n"})
    build(content, tmp_path / "out", base_url="https://example.org/archive/")
    for page in (tmp_path / "out").rglob("*.html"):
        for element in soup(page).find_all(["a", "link"], href=True):
            href = element["href"]
            if href.startswith("/"):
                assert href.startswith("/archive/"), f"{page}: {href}"


def test_output_is_the_same_for_any_number_of_jobs(tmp_path: Path) -> None:
    from .bench.corpus import write_content

    content = write_content(140, tmp_path / "content")  # enough documents for the process pool
    build(content, tmp_path / "one", jobs=1)
    build(content, tmp_path / "two", jobs=2)
    one, two = tree(tmp_path / "one"), tree(tmp_path / "two")
    per_document = [k for k in one if k.startswith("documents/") and k.count("/") == 2 and "/page/" not in k]
    assert len(per_document) == 280  # a page and a raw copy for each of 140 documents
    assert _without_pagefind_indexes(one) == _without_pagefind_indexes(two)


def test_long_lists_are_paginated_and_reach_every_document(make_content, tmp_path: Path) -> None:
    files = {
        f"documents/d{i:03d}.txt": f"Post {i}\n\nA paragraph of writing number {i}, long enough.\n" for i in range(450)
    }
    build(make_content(files), tmp_path / "out")
    out = tmp_path / "out"
    listed: list[str] = []
    for page in ["documents/index.html", "documents/page/2/index.html", "documents/page/3/index.html"]:
        listed += [a["href"] for a in soup(out / page).select(".document-list a")]
    assert sorted(listed) == sorted(f"/documents/d{i:03d}/" for i in range(450))
    assert not (out / "documents" / "page" / "4").exists()
    assert len(soup(out / "index.html").select(".document-list li")) == 20
    assert (out / "index.html").stat().st_size < 50_000


def test_pages_rendered_into_a_folder_are_those_rendered_into_memory(tmp_path: Path) -> None:
    from site_src.cache import Caches
    from site_src.output import FolderFiles
    from site_src.pipeline import BuildOptions, Clock, load_site
    from site_src.render import make_environment, render, static_assets

    site, _ = load_site(BuildOptions(content=CONTENT, output=tmp_path / "unused"), Clock(), Caches(None))
    env = make_environment(TEMPLATES, site.config.base_path)
    in_memory = render(site, env, static_assets(TEMPLATES))
    on_disk = render(site, env, static_assets(TEMPLATES), files=FolderFiles(tmp_path / "folder"))
    assert tree(tmp_path / "folder") == dict(in_memory)
    assert sorted(on_disk) == sorted(in_memory)


def test_a_folder_of_files_writes_each_file_when_it_is_added(tmp_path: Path) -> None:
    from site_src.output import FolderFiles

    files = FolderFiles(tmp_path)
    files["a/b/page.html"] = b"<p>one</p>"
    assert (tmp_path / "a" / "b" / "page.html").read_bytes() == b"<p>one</p>"
    files.update({"index.html": b"home"})
    assert files["index.html"] == b"home" and "a/b/page.html" in files and "missing" not in files
    assert list(files) == ["a/b/page.html", "index.html"] and len(files) == 2
    files["a/b/raw.txt"] = b"raw"
    assert files.digests == {n: hashlib.sha256(files[n]).hexdigest() for n in ("a/b/page.html", "index.html")}
    del files["index.html"], files["a/b/raw.txt"]
    assert not (tmp_path / "index.html").exists() and list(files) == ["a/b/page.html"]
    del files["a/b/page.html"]
    assert files.digests == {}
    with pytest.raises(KeyError):
        files["index.html"]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_broken_link_on_document_pages_fails_the_build_for_any_number_of_jobs(tmp_path: Path, jobs: int) -> None:
    import shutil

    from .bench.corpus import write_content

    templates = tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    page = templates / "document.html"
    page.write_text(
        page.read_text(encoding="utf-8").replace("{% block main %}", '{% block main %}<a href="/nowhere/">x</a>', 1),
        encoding="utf-8",
    )
    content = write_content(140, tmp_path / "content")  # enough documents for the process pool
    with pytest.raises(ContentError) as failed:
        build(content, tmp_path / "out", templates=templates, jobs=jobs)
    broken = [d for d in failed.value.diagnostics if d.message == "broken link: /nowhere/"]
    assert len(broken) == 140 and all(d.path.startswith("public/documents/") for d in broken)
    assert not (tmp_path / "out").exists()
