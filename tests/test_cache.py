"""The build cache: unchanged documents are not re-cleaned, and the output never changes."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from site_src import cache
from site_src import store as documents
from site_src.jsonfile import Lines, json_line, json_lines, listed_lines

from .conftest import build, tree
from .test_build import _without_pagefind_indexes


def _as_a_clean_build(content: Path, output: Path, clean: Path) -> bool:
    """Whether ``output`` holds what a build of ``content`` without any cache puts into ``clean``."""
    build(content, clean)
    return _without_pagefind_indexes(tree(output)) == _without_pagefind_indexes(tree(clean))


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """Record every document the cleaner actually cleans."""
    calls: list[str] = []
    real = documents.clean

    def clean(source):  # type: ignore[no-untyped-def]
        calls.append(source.path)
        return real(source)

    monkeypatch.setattr(documents, "clean", clean)
    return calls


def test_second_build_reuses_clean_documents_and_equals_a_clean_build(make_content, tmp_path: Path, counted) -> None:
    files = {
        f"documents/d{i}.txt": f"Post {i}\n\nA paragraph of writing that is long enough, number {i}.\n"
        for i in range(4)
    }
    content = make_content(files)
    store = tmp_path / "cache"
    build(content, tmp_path / "first", cache=store)
    assert sorted(counted) == [f"documents/d{i}.txt" for i in range(4)]
    counted.clear()
    (content / "documents" / "d2.txt").write_text(
        "Post 2, edited\n\nA new paragraph, long enough to be prose.\n", encoding="utf-8"
    )
    build(content, tmp_path / "second", cache=store)
    assert counted == ["documents/d2.txt"]
    assert _as_a_clean_build(content, tmp_path / "second", tmp_path / "clean")


def test_a_change_of_cleaner_code_misses_the_cache(make_content, tmp_path: Path, counted, monkeypatch) -> None:
    content = make_content({"documents/a.txt": "Post\n\nA paragraph of writing that is long enough here.\n"})
    store = tmp_path / "cache"
    build(content, tmp_path / "one", cache=store)
    monkeypatch.setattr(cache, "code_version", lambda kind="clean": f"another version of the {kind} rules")
    counted.clear()
    build(content, tmp_path / "two", cache=store)
    assert counted == ["documents/a.txt"]


def test_links_are_found_again_only_for_what_changed(make_content, tmp_path: Path, monkeypatch) -> None:
    from site_src import link

    linked: list[str] = []
    real = link.find_mentions
    monkeypatch.setattr(link, "find_mentions", lambda d, m: linked.append(d.id) or real(d, m))
    report = "---\ntitle: The Jay report\npublished: 2014-08-26\naliases: [Jay report]\n---\nSummary.\n"
    files = {
        f"documents/d{i}.txt": f"Post {i}\n\nThe Jay report is discussed here at length, paragraph {i}.\n"
        for i in range(3)
    }
    content = make_content({**files, "reports/jay-2014.md": report})
    store = tmp_path / "cache"
    build(content, tmp_path / "first", cache=store)
    assert sorted(linked) == ["d0", "d1", "d2"]
    linked.clear()
    (content / "annotations").mkdir()
    (content / "annotations" / "d1.md").write_text("---\nreports:\n  reject: [jay-2014]\n---\n")
    build(content, tmp_path / "second", cache=store)
    assert linked == ["d1"]  # an annotation can change what the linker reads (a corrected date)
    linked.clear()
    (content / "reports" / "jay-2014.md").write_text(report.replace("[Jay report]", "[Jay report, Jay inquiry]"))
    build(content, tmp_path / "third", cache=store)
    assert sorted(linked) == ["d0", "d1", "d2"]  # a registry edit re-links everything
    assert _as_a_clean_build(content, tmp_path / "third", tmp_path / "clean")


def test_after_an_edit_related_documents_are_updated_not_ranked_again(
    make_content, tmp_path: Path, monkeypatch
) -> None:

    from site_src.related import Related

    sea = "harbour lighthouse fishermen trawler seagulls breakwater"
    land = "orchard cider apples blossom hedgerow pruning"
    files = {
        f"documents/d{i}.txt": f"Post {i}\n\nA piece about {sea if i < 3 else land}, number {i}.\n" for i in range(6)
    }
    content, store = make_content(files), tmp_path / "cache"
    build(content, tmp_path / "first", cache=store)

    def related_of(out: Path) -> dict[str, list[str]]:
        data = json.loads((out / "archive.json").read_text(encoding="utf-8"))
        return {d["id"]: d["related"] for d in data["documents"]}

    assert "d3" not in related_of(tmp_path / "first")["d2"]
    (content / "documents" / "d2.txt").write_text(f"Post 2\n\nNow a piece about {land}.\n", encoding="utf-8")
    monkeypatch.setattr(Related, "_full", lambda *args: pytest.fail("ranked the whole archive again"))
    build(content, tmp_path / "second", cache=store)
    assert "d3" in related_of(tmp_path / "second")["d2"]
    monkeypatch.undo()
    assert _as_a_clean_build(content, tmp_path / "second", tmp_path / "clean")


@pytest.fixture
def loaded(monkeypatch) -> list[str]:
    """Record every document whose text a build makes or loads from the cache."""
    ids: list[str] = []
    real = documents.Store._make

    def make(self, wanted, jobs):  # type: ignore[no-untyped-def]
        ids.extend(wanted)
        return real(self, wanted, jobs)

    monkeypatch.setattr(documents.Store, "_make", make)
    return ids


TOPICS = {
    "d0": "allotment society reopened its gates to growers",
    "d1": "route seven will run every twenty minutes",
    "d2": "central library now opens at nine on weekdays",
    "d3": "swimming baths close for repairs over the winter",
}


@pytest.fixture
def notices(make_content, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Four notices (content, output, cache folders), undated, so the feed (which shows the newest
    dated documents' first paragraphs) loads none of them."""
    content = make_content(
        {f"documents/{d}.txt": f"Notice {d}\n\nThe {text} this year.\n" for d, text in TOPICS.items()}
    )
    return content, tmp_path / "public", tmp_path / "cache"


def test_after_an_edit_only_the_edited_document_is_loaded(notices, tmp_path: Path, loaded: list[str]) -> None:
    content, out, store = notices
    build(content, out, cache=store)
    assert sorted(loaded) == ["d0", "d1", "d2", "d3"]
    loaded.clear()
    (content / "documents" / "d2.txt").write_text("Notice d2\n\nThe central library now closes on Sundays.\n")
    build(content, out, cache=store)
    assert loaded == ["d2"]  # archive.json's other lines come from the last one
    assert _as_a_clean_build(content, out, tmp_path / "clean")


def test_a_build_reads_again_only_the_scraped_files_that_changed(notices, tmp_path: Path, monkeypatch) -> None:
    from site_src import read

    reads: list[str] = []
    real = read.read_source
    monkeypatch.setattr(read, "read_source", lambda path, rel: reads.append(rel) or real(path, rel))
    content, out, store = notices
    build(content, out, cache=store)
    assert sorted(reads) == [f"documents/{d}.txt" for d in TOPICS]
    reads.clear()
    (content / "documents" / "d1.txt").write_text("Notice d1\n\nRoute seven is withdrawn from Monday.\n")
    build(content, out, cache=store)
    assert reads == ["documents/d1.txt"]
    assert _as_a_clean_build(content, out, tmp_path / "clean")


def test_after_an_edit_linking_reads_the_entry_of_the_edited_document_only(
    notices, tmp_path: Path, monkeypatch
) -> None:
    reads: list[Path] = []
    real = cache.read_pickle
    monkeypatch.setattr(cache, "read_pickle", lambda path: reads.append(path) or real(path))
    content, out, store = notices
    build(content, out, cache=store)
    reads.clear()
    (content / "documents" / "d3.txt").write_text("Notice d3\n\nThe swimming baths reopen in the spring.\n")
    build(content, out, cache=store)
    assert len([path for path in reads if path.parent == store / "link"]) == 1  # the edited one's, a miss


def test_an_archive_json_changed_in_the_output_is_made_again(notices, tmp_path: Path, loaded: list[str]) -> None:
    content, out, store = notices
    build(content, out, cache=store)
    good = (out / "archive.json").read_bytes()
    (out / "archive.json").write_bytes(good.replace(b"swimming baths", b"tampered baths"))
    loaded.clear()
    build(content, out, cache=store)
    assert sorted(loaded) == ["d0", "d1", "d2", "d3"]
    assert (out / "archive.json").read_bytes() == good


def test_listed_lines_reads_back_the_entries_json_lines_wrote() -> None:
    entries = [{"id": "a", "text": "one,\ntwo"}, {"id": "b"}, {"id": "c", "list": [1, 2]}]
    data = json_lines({"documents": Lines(json_line(e) for e in entries), "reports": [{"id": "r"}]})
    assert [json.loads(line) for line in listed_lines(data, "documents")] == entries
    assert listed_lines(data, "reports") == [json_line({"id": "r"})]
    assert listed_lines(data, "missing") == []


def test_a_damaged_entry_is_a_miss_not_a_crash(make_content, tmp_path: Path, counted) -> None:
    content = make_content({"documents/a.txt": "Post\n\nA paragraph of writing that is long enough here.\n"})
    store = tmp_path / "cache"
    build(content, tmp_path / "one", cache=store)
    for entry in [*(store / "clean").iterdir(), *(store / "related").iterdir()]:
        entry.write_bytes(b"not a pickle")
    counted.clear()
    build(content, tmp_path / "two", cache=store)
    assert counted == ["documents/a.txt"]


def test_an_edit_re_indexes_only_the_shard_it_touches(make_content, tmp_path: Path, monkeypatch) -> None:
    from site_src import search

    files = {
        f"documents/d{i}.txt": f"Post {i}\n\nA paragraph about subject{i} that is long enough to read.\n"
        for i in range(8)
    }
    content = make_content(files)
    runs: list[str] = []
    real = search.Indexing.run
    monkeypatch.setattr(
        search.Indexing,
        "run",
        lambda self, folder, out, language: runs.append(out.name) or real(self, folder, out, language),
    )
    store = tmp_path / "cache"
    build(content, tmp_path / "one", cache=store, search_shards=2)
    assert sorted(runs) == ["pagefind", "pagefind-shard-1"]
    edited = next(i for i in range(8) if search.shard_of(f"documents/d{i}/index.html", 2) == 1)
    path = content / "documents" / f"d{edited}.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("to read.", "to read!"), encoding="utf-8")
    runs.clear()
    build(content, tmp_path / "two", cache=store, search_shards=2)
    assert runs == ["pagefind-shard-1"], "shard 0's pages did not change: its bundle is reused"
    assert tree(tmp_path / "two" / "pagefind") == tree(tmp_path / "one" / "pagefind")


def test_the_search_cache_keeps_only_what_the_last_build_indexed(make_content, tmp_path: Path) -> None:
    from site_src import search

    files = {
        f"documents/d{i}.txt": f"Post {i}\n\nA paragraph about subject{i} that is long enough.\n" for i in range(6)
    }
    content = make_content(files)
    store, out = tmp_path / "cache", tmp_path / "public"
    for edit in range(3):
        path = content / "documents" / f"d{edit}.txt"
        path.write_text(path.read_text(encoding="utf-8") + f"\nAn added paragraph, number {edit}.\n", encoding="utf-8")
        build(content, out, cache=store, search_shards=2)
    assert len(list((store / "search" / "bundles").iterdir())) == 2, "one bundle per shard, not one per edit"
    assert sorted(p.name for p in (store / "search" / "pages").iterdir()) == ["0-of-2", "1-of-2"]
    # The last edit's shard was indexed from its kept pages: the published pages it indexes, and only those.
    shard = search.shard_of("documents/d2/index.html", 2)
    kept = store / "search" / "pages" / f"{shard}-of-2"
    linked = sorted(p.relative_to(kept).as_posix() for p in kept.rglob("*.html"))
    published = sorted(
        r for p in out.rglob("*.html") if search.shard_of(r := p.relative_to(out).as_posix(), 2) == shard
    )
    assert linked == published
    assert all((kept / rel).samefile(out / rel) for rel in linked)


def test_a_mirror_holds_exactly_its_sources_as_links(tmp_path: Path) -> None:
    from site_src.output import mirror

    source = tmp_path / "source"
    for rel in ("a/index.html", "b/index.html", "c/d/index.html"):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text(rel, encoding="utf-8")
    root = tmp_path / "mirror"
    mirror({rel: source / rel for rel in ("a/index.html", "c/d/index.html")}, root)
    kept = (root / "a" / "index.html").stat().st_ino
    (source / "b" / "index.html").replace(source / "a" / "index.html")  # a new file where a was
    mirror({"a/index.html": source / "a" / "index.html"}, root)
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == ["a", "a/index.html"]
    assert (root / "a" / "index.html").samefile(source / "a" / "index.html")
    assert (root / "a" / "index.html").stat().st_ino != kept


def test_entries_held_in_memory_are_those_the_last_build_asked_for(tmp_path: Path) -> None:
    entries = cache.Entries(tmp_path / "entries", lasting=True)
    entries.put("old", 1)
    entries.put("kept", 2)
    entries.save()
    assert entries.get("kept") == 2 and entries.get("new") is None
    entries.put("new", 3)
    entries.save()  # "old" was not asked for since the last save: let go, though still on disk
    assert set(entries.held) == {"kept", "new"}
    assert entries.get("old") == 1


def test_entries_of_one_build_are_read_from_disk_and_not_held(tmp_path: Path) -> None:
    entries = cache.Entries(tmp_path / "entries")
    entries.put("a", [1])
    entries.save()
    first, again = entries.get("a"), entries.get("a")
    assert first == again == [1] and first is not again  # each ask reads the file: nothing held
    entries.hold("b", [2])  # written by a worker
    assert entries.held == {}


def test_the_read_memo_reads_again_only_files_that_changed(make_content, monkeypatch) -> None:
    from site_src import read

    content = make_content({f"documents/d{i}.txt": f"Post {i}\n\nSome writing, number {i}.\n" for i in range(3)})
    reads: list[str] = []
    real = read.read_source
    monkeypatch.setattr(read, "read_source", lambda path, rel: reads.append(rel) or real(path, rel))
    memo: read.ReadMemo = {}
    first = read.read_content(content, "content", memo)
    assert sorted(reads) == ["documents/d0.txt", "documents/d1.txt", "documents/d2.txt"]
    reads.clear()
    (content / "documents/d1.txt").write_text("Post 1, edited\n\nOther writing.\n", encoding="utf-8")
    (content / "documents/d2.txt").unlink()
    second = read.read_content(content, "content", memo)
    assert reads == ["documents/d1.txt"]
    assert second.documents[0] is first.documents[0], "an unchanged file is the same value as before"
    assert "Post 1, edited" in second.documents[1].text
    assert sorted(memo) == ["d0.txt", "d1.txt"], "a deleted file is forgotten"


def _imported(path: Path) -> set[Path]:
    """The package's modules one module imports (relative imports: the package imports no other way)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:
            base = path.parents[node.level - 1] / (node.module or "").replace(".", "/")
            found |= {c for c in (base.with_suffix(".py"), base / "__init__.py") if c.is_file()}
    return found


@pytest.mark.parametrize("kind", sorted(cache._CODE))
def test_a_cache_entry_depends_on_every_module_its_rules_import(kind: str) -> None:
    # A rule moved into a new module must invalidate the cache like any other change to it.
    listed = {f for entry in cache._CODE[kind] for f in (cache.PACKAGE / entry).rglob("*.py")}
    listed |= {cache.PACKAGE / entry for entry in cache._CODE[kind] if entry.endswith(".py")}
    seen: set[Path] = set()
    todo = sorted(listed)
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo += _imported(module)
    assert {m.name for m in seen - listed} <= set(cache.PLUMBING)


def test_a_pack_no_build_asked_is_left_as_it_is(tmp_path: Path) -> None:
    """The preview reads scraped files its own way: its saves must not empty the record the next build reads."""
    path = tmp_path / "record.pickle"
    first = cache.Pack(path)
    first.put("a", "kept")
    first.save()
    cache.Pack(path).save()
    assert cache.Pack(path).get("a") == "kept"


def test_a_build_holds_its_documents_packed_and_the_preview_holds_them_as_objects(make_content, tmp_path: Path) -> None:
    from site_src.clean import clean
    from site_src.model import Source
    from site_src.pipeline import BuildOptions, Clock, load_site
    from site_src.read import read_source

    content = make_content({"documents/a.txt": "Post\n\nA paragraph of writing that is long enough here.\n"})
    options = BuildOptions(content=content, output=tmp_path / "unused")
    site, _ = load_site(options, Clock(), cache.Caches(tmp_path / "cache"))
    source = read_source(content / "documents" / "a.txt", "documents/a.txt")
    assert isinstance(source, Source) and site.full["a"] == clean(source)
    assert site.full["a"] is not site.full["a"]  # unpacked at each ask: a worker asking for thousands holds none
    lasting, _ = load_site(options, Clock(), cache.Caches(tmp_path / "cache", lasting=True))
    assert lasting.full["a"] is lasting.full["a"]


def test_a_packed_document_unpacks_equal_to_the_document_field_for_field() -> None:
    """Values pickle by their fields in order (``pickled_quickly``), a document's inherited summary fields too."""
    from dataclasses import fields

    from site_src.clean import clean
    from site_src.model import Source, Summary
    from site_src.read import read_source

    sources = [read_source(p, p.name) for p in (Path(__file__).parents[1] / "content" / "documents").glob("*.txt")]
    document = max((clean(s) for s in sources if isinstance(s, Source)), key=lambda d: len(d.comments))
    assert document.comments and document.removed  # values nested in values
    again = documents.unpack(documents.pack(document))
    assert again == document
    assert [getattr(again, f.name) for f in fields(Summary)] == [getattr(document, f.name) for f in fields(Summary)]
    assert again.summary() == document.summary() and type(again.comments[0]) is type(document.comments[0])
