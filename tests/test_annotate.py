"""Annotations: anchoring tiers, validation messages, rendering, JSON-LD and re-scrapes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from site_src.anchor import Problem, anchor, document_text
from site_src.diagnostics import ContentError, Severity
from site_src.model import Block, Comment, Document, NoteSource

from .conftest import build, soup, tree

ARTICLE = (
    "Rotherham's “perfect storm” was years in the making.\n\n"
    "Police Merlins and other reports should be scrutinised by social workers, the author says.\n\n"
    "The council ignored the reports. The council ignored the reports again in 2006.\n\n"
    "1 Comment on “A post”\n\n  1. Sam says:\n\n    The Merlin system was always underused.\n"
)


def doc(paragraphs: list[str], comments: tuple[Comment, ...] = ()) -> Document:
    body = tuple(Block("p", t, n) for n, t in enumerate(paragraphs, 1))
    return Document("d", "documents/d.txt", "0" * 64, "utf-8", "T", body=body, comments=comments)


def note(quote: str, prefix: str = "", suffix: str = "", target: str = "article") -> NoteSource:
    return NoteSource(1, quote, prefix, suffix, target, "<p>n</p>", 7)


DOC = doc(
    [
        "Police “Merlins” and other reports should be scrutinised.",
        "The council ignored them. The council ignored them again.",
    ],
    (Comment("c1", "Sam", None, ("The Merlin system was underused.",)),),
)


def test_exact_tier() -> None:
    found = anchor(note("and other reports"), DOC)
    assert (found.tier, found.where, found.paragraph, found.exact) == ("exact", "article", 0, "and other reports")


def test_normalised_tier_ignores_quote_styles_space_and_case() -> None:
    found = anchor(note('police  "merlins" and'), DOC)
    assert (found.tier, found.exact) == ("normalised", "Police “Merlins” and")


def test_fuzzy_tier_tolerates_a_small_edit() -> None:
    found = anchor(note("other reprots should be scrutinsed"), DOC)
    assert found.tier == "fuzzy"
    assert found.exact.startswith("other reports should be scrutini")


def test_prefix_or_suffix_chooses_among_places() -> None:
    assert isinstance(anchor(note("The council ignored them"), DOC), Problem)
    found = anchor(note("The council ignored them", suffix=" again"), DOC)
    assert (found.paragraph, found.start) == (1, 26)
    found = anchor(note("The council ignored them", prefix="them. "), DOC)
    assert found.start == 26


def test_ambiguous_quote_names_the_places() -> None:
    problem = anchor(note("The council ignored them"), DOC)
    assert problem == Problem("ambiguous", ("article paragraph 2", "article paragraph 2"))


def test_comment_target_and_missing_quote() -> None:
    assert anchor(note("Merlin system", target="c1"), DOC).where == "c1"
    assert anchor(note("Merlin system"), DOC) == Problem("missing")
    assert anchor(note("Merlin system", target="comments"), DOC).where == "c1"


def test_positions_index_the_exported_text() -> None:
    text = document_text(DOC)
    for quote, target in (("ignored them again", "article"), ("system was", "c1")):
        found = anchor(note(quote, target=target), DOC)
        assert text[found.position : found.position + len(found.exact)] == found.exact


# --- whole builds ---------------------------------------------------------------------------

GOOD = """---
title: A corrected title
date: 2014-08-27
tags: [merlins]
---
The editor's *introduction*.

---
quote: Police Merlins and other reports
---
A **Merlin** is a police report.

---
quote: The council ignored the reports
suffix: " again"
---
Second note.

---
quote: Merlin system
in: comment c1
---
Third note, on a comment.
"""


@pytest.fixture
def annotated(make_content, tmp_path: Path) -> Path:
    content = make_content(
        {
            "documents/d.txt": ARTICLE,
            "annotations/d.md": GOOD,
            "glossary.md": "---\nterms:\n  - term: social worker\n    aliases: [social workers]\n"
            "    definition: A qualified professional.\n---\n",
        }
    )
    build(content, tmp_path / "out")
    return tmp_path / "out"


def test_corrections_notes_and_introduction_appear_on_the_page(annotated: Path) -> None:
    page = soup(annotated / "documents" / "d" / "index.html")
    assert page.find("h1").get_text() == "A corrected title"
    assert "introduction" in page.find("section", class_="intro").get_text()
    marks = [m.get_text() for m in page.find_all("mark")]
    assert marks == ["Police Merlins and other reports", "The council ignored the reports", "Merlin system"]
    for number in (1, 2, 3):
        ref = page.find(id=f"n{number}-ref")
        assert ref["href"] == f"#n{number}"
        item = page.find(id=f"n{number}")
        assert item.find("a", string="Back to the passage")["href"] == f"#n{number}-ref"
        assert "#:~:text=" in item.find("a", string="Link to the passage")["href"]
    assert page.find(id="n3").find(class_="meta").get_text().startswith("In comment c1")
    data = json.loads((annotated / "archive.json").read_text(encoding="utf-8"))
    assert (data["documents"][0]["title"], data["documents"][0]["date"]) == ("A corrected title", "2014-08-27")
    assert data["documents"][0]["url"] == "/documents/d/"


def test_round_trip_to_json_ld_with_correct_offsets(annotated: Path) -> None:
    collection = json.loads((annotated / "annotations.jsonld").read_text(encoding="utf-8"))
    assert collection["type"] == "AnnotationCollection" and collection["total"] == 3
    data = json.loads((annotated / "archive.json").read_text(encoding="utf-8"))
    document = data["documents"][0]
    text = "\n\n".join(document["body"] + [c["text"] for c in document["comments"]])
    for item in collection["first"]["items"]:
        assert item["type"] == "Annotation" and item["target"]["source"] == "https://example.org/documents/d/"
        quote, position = item["target"]["selector"]
        assert text[position["start"] : position["end"]] == quote["exact"]
        assert text[: position["start"]].endswith(quote["prefix"])


def test_glossary_term_is_explained_at_first_occurrence(annotated: Path) -> None:
    page = soup(annotated / "documents" / "d" / "index.html")
    terms = page.find_all("a", class_="term")
    assert [(a.get_text(), a["href"]) for a in terms] == [("social workers", "#g-social-worker")]
    assert page.find(id="g-social-worker").name == "dt"
    assert soup(annotated / "glossary" / "index.html").find(id="g-social-worker").get_text() == "social worker"


def test_a_rescraped_document_with_small_edits_keeps_its_notes(make_content, tmp_path: Path) -> None:
    rescraped = ARTICLE.replace("Police Merlins and other reports", "Police Merlins, and other report")
    content = make_content({"documents/d.txt": rescraped, "annotations/d.md": GOOD})
    result = build(content, tmp_path / "out")
    assert not [d for d in result.diagnostics if "not found" in d.message]
    page = soup(tmp_path / "out" / "documents" / "d" / "index.html")
    assert page.find_all("mark")[0].get_text().startswith("Police Merlins, and other report")


def test_unfound_note_is_a_warning_and_still_shown(make_content, tmp_path: Path) -> None:
    lost = GOOD.replace("quote: Police Merlins and other reports", "quote: a sentence that is nowhere at all in it")
    content = make_content({"documents/d.txt": ARTICLE, "annotations/d.md": lost})
    result = build(content, tmp_path / "out")
    (problem,) = result.diagnostics
    assert problem.severity is Severity.WARNING
    assert str(problem) == f"{content}/annotations/d.md:9: note quote not found in document d"
    page = soup(tmp_path / "out" / "documents" / "d" / "index.html")
    assert "Notes whose passage was not found" in page.get_text()
    assert "a sentence that is nowhere at all in it" in page.get_text()
    with pytest.raises(ContentError):
        build(content, tmp_path / "strict", strict=True)


@pytest.mark.parametrize(
    ("annotation", "line", "message"),
    [
        ("---\ntitel: X\n---\n", 2, "unknown key 'titel' (did you mean 'title'?)"),
        ("---\ndate: 2015-02-31\n---\n", 2, "date: '2015-02-31' is not a date that exists"),
        ("---\ntitle: [broken\n---\n", 2, "front matter:"),
        ("---\nreports:\n  confirm: [nope-2020]\n---\n", 2, "reports: unknown report id 'nope-2020'"),
        (
            "---\ntitle: T\n---\nIntro\n\n---\nquote: The council ignored the reports\n---\nAmbiguous.\n",
            7,
            "note quote found in several places (article paragraph 3; article paragraph 3): add a prefix or suffix",
        ),
        ("---\ntitle: T\n---\n\n---\nquote: Merlin\nin: comment c9\n---\nx\n", 6, "in: no comment 'c9' in document d"),
        ("---\ntitle: T\n---\n\n---\nqoute: Merlin\n---\nx\n", 6, "unknown key 'qoute' (did you mean 'quote'?)"),
    ],
)
def test_validation_messages_are_located(
    make_content, tmp_path: Path, annotation: str, line: int, message: str
) -> None:
    content = make_content({"documents/d.txt": ARTICLE, "annotations/d.md": annotation})
    with pytest.raises(ContentError) as caught:
        build(content, tmp_path / "out")
    located = [(d.path, d.line, d.message) for d in caught.value.diagnostics]
    assert any(p.endswith("annotations/d.md") and n == line and m.startswith(message) for p, n, m in located), located


def test_annotation_for_a_missing_document_is_an_error(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/d.txt": ARTICLE, "annotations/nosuch.md": "---\ntitle: T\n---\n"})
    with pytest.raises(ContentError) as caught:
        build(content, tmp_path / "out")
    assert "no document with id 'nosuch'" in str(caught.value.diagnostics[0])


def test_yes_no_and_numbers_stay_text(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/d.txt": ARTICLE, "annotations/d.md": "---\ntitle: NO\nauthor: 012\n---\n"})
    build(content, tmp_path / "out")
    data = json.loads((tmp_path / "out" / "archive.json").read_text(encoding="utf-8"))
    assert (data["documents"][0]["title"], data["documents"][0]["author"]) == ("NO", "012")


def test_editor_decisions_override_the_linker(make_content, tmp_path: Path) -> None:
    report = "---\ntitle: The Jay report\npublished: 2014-08-26\naliases: [Jay report]\n---\nS.\n"
    text = "A post\n\nThe Jay report found a lot. The Jay report says more.\n"
    for decision, expected in (("reject", []), ("confirm", ["jay-2014"])):
        content = make_content(
            {
                "documents/d.txt": text if decision == "reject" else "A post\n\nNothing named here at all today.\n",
                "reports/jay-2014.md": report,
                "annotations/d.md": f"---\nreports:\n  {decision}: [jay-2014]\n---\n",
            },
            name=decision,
        )
        build(content, tmp_path / decision)
        data = json.loads((tmp_path / decision / "archive.json").read_text(encoding="utf-8"))
        assert [r["id"] for r in data["documents"][0]["reports"]] == expected


def test_a_broken_annotation_leaves_the_previous_output_untouched(make_content, tmp_path: Path) -> None:
    content = make_content({"documents/d.txt": ARTICLE, "annotations/d.md": GOOD})
    build(content, tmp_path / "out")
    before = tree(tmp_path / "out")
    (content / "annotations" / "d.md").write_text("---\ndate: 2015-02-31\n---\n", encoding="utf-8")
    with pytest.raises(ContentError):
        build(content, tmp_path / "out")
    assert tree(tmp_path / "out") == before
