"""Document + its annotation -> the document the archive publishes, plus what went wrong.

Corrections replace what the cleaner read; notes are anchored in the published text. Nothing is
lost: a note whose passage cannot be found is still published, under "Notes whose passage was
not found", and reported as a warning (an error under ``--strict``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .anchor import Problem, anchor
from .anchor import paragraphs as document_paragraphs
from .diagnostics import Diagnostic, error, warning
from .model import Annotation, Document, Links, Mention, Note, Summary


def annotate(document: Document, annotation: Annotation | None) -> tuple[Document, list[Diagnostic]]:
    """Apply one annotation file to its document."""
    if annotation is None:
        return document, []
    problems: list[Diagnostic] = []
    comment_ids = {p.where for p in document_paragraphs(document) if p.where != "article"}
    notes = []
    for source in annotation.notes:
        if source.target not in {"article", "comments"} and source.target not in comment_ids:
            problems.append(
                error(annotation.path, source.line, f"in: no comment '{source.target}' in document {document.id}")
            )
            notes.append(Note(source, None))
            continue
        found = anchor(source, document)
        if isinstance(found, Problem) and found.kind == "ambiguous":
            places = "; ".join(found.places)
            problems.append(
                error(
                    annotation.path,
                    source.line,
                    f"note quote found in several places ({places}): add a prefix or suffix",
                )
            )
            notes.append(Note(source, None))
        elif isinstance(found, Problem):
            problems.append(warning(annotation.path, source.line, f"note quote not found in document {document.id}"))
            notes.append(Note(source, None))
        else:
            notes.append(Note(source, found))
    fields = dict(annotation.corrections)
    annotated = replace(
        document,
        title=fields.get("title", document.title),
        author=fields.get("author", document.author),
        date=fields.get("date", document.date),
        site=fields.get("site", document.site),
        original_url=fields.get("original_url"),
        scraped=fields.get("scraped"),
        content_note=fields.get("content_note"),
        tags=annotation.tags or document.tags,
        intro_html=annotation.intro_html,
        notes=tuple(notes),
        corrected=tuple(sorted(k for k in fields if k in {"title", "author", "date", "site"})),
    )
    return annotated, problems


def apply_decisions(links: Links, annotations: Mapping[str, Annotation], documents: Sequence[Summary]) -> Links:
    """The editor's confirmed and rejected reports override the linker's findings."""
    mentions = dict(links.mentions)
    for document in documents:
        annotation = annotations.get(document.id)
        if annotation is None:
            continue
        found = {m.report_id: m for m in mentions.get(document.id, ())}
        for report_id in annotation.reject:
            found.pop(report_id, None)
        for report_id in annotation.confirm:
            existing = found.get(report_id)
            found[report_id] = replace(existing, confirmed=True) if existing else Mention(report_id, (), True, True)
        mentions[document.id] = tuple(found[k] for k in sorted(found))
    return Links.of({k: v for k, v in mentions.items() if v}, links.related)
