from __future__ import annotations

from site_src.frontmatter import split


def test_values_stay_the_strings_the_editor_typed() -> None:
    meta, body, line = split("x.md", "---\nanswer: NO\ncount: 012\ntags: [a, b]\n---\nBody\n")
    assert meta.values == {"answer": "NO", "count": "012", "tags": ["a", "b"]}
    assert meta.lines == {"answer": 2, "count": 3, "tags": 4}
    assert (body, line) == ("Body\n", 6)


def test_impossible_date_is_a_located_error() -> None:
    meta, _, _ = split("x.md", "---\ntitle: T\npublished: 2015-02-31\n---\n")
    assert meta.date("published") is None
    assert [str(d) for d in meta.diagnostics] == ["x.md:3: published: '2015-02-31' is not a date that exists"]


def test_malformed_date_is_a_located_error() -> None:
    meta, _, _ = split("x.md", "---\npublished: 26 Aug 2014\n---\n")
    assert meta.date("published") is None
    assert "x.md:2: published: '26 Aug 2014' is not a date in the form YYYY-MM-DD" in [str(d) for d in meta.diagnostics]


def test_yaml_syntax_error_names_its_line() -> None:
    meta, _, _ = split("x.md", "---\ntitle: fine\nauthors: [a, b\nother: x\n---\n")
    (problem,) = meta.diagnostics
    assert problem.path == "x.md" and problem.line in (3, 4, 5)


def test_unknown_key_suggests_the_closest() -> None:
    meta, _, _ = split("x.md", "---\ntitel: T\n---\n")
    meta.check_keys(["title", "author"])
    assert [str(d) for d in meta.diagnostics] == ["x.md:2: unknown key 'titel' (did you mean 'title'?)"]


def test_duplicate_key_is_an_error() -> None:
    meta, _, _ = split("x.md", "---\ntitle: A\ntitle: B\n---\n")
    assert any("given twice" in str(d) and d.line == 3 for d in meta.diagnostics)


def test_unclosed_front_matter_is_an_error() -> None:
    meta, _, _ = split("x.md", "---\ntitle: A\n")
    assert [str(d) for d in meta.diagnostics] == ["x.md:1: front matter opened with '---' is never closed"]


def test_no_front_matter_is_fine() -> None:
    meta, body, line = split("x.md", "Just text\n")
    assert (meta.values, body, line, meta.diagnostics) == ({}, "Just text\n", 1, [])
