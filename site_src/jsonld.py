"""``public/annotations.jsonld``: the editor's notes in the W3C Web Annotation Data Model.

One Annotation per note whose passage was found: the body is the note (HTML), the target the
document's page with a TextQuoteSelector (the passage and a little text either side) and a
TextPositionSelector (offsets in ``anchor.document_text``: the article's paragraphs, then the
comments', joined by blank lines). Notes whose passage was not found have no position and are
exported on the document with the quote alone, so tools still see every note.
"""

from __future__ import annotations

import json
from typing import Any

from .anchor import document_text
from .model import Site
from .views import document_url

_CONTEXT_CHARS = 32


def annotations_jsonld(site: Site) -> bytes:
    """Serialise every note as a Web Annotation collection."""
    base = site.config.base_url
    items: list[dict[str, Any]] = []
    for document in site.documents:
        if not document.notes:
            continue
        page = base + document_url(document.id)
        text = document_text(site.full[document.id])
        for note in document.notes:
            selector: list[dict[str, Any]]
            anchor = note.anchor
            if anchor is not None:
                start, end = anchor.position, anchor.position + len(anchor.exact)
                selector = [
                    {
                        "type": "TextQuoteSelector",
                        "exact": anchor.exact,
                        "prefix": text[max(0, start - _CONTEXT_CHARS) : start],
                        "suffix": text[end : end + _CONTEXT_CHARS],
                    },
                    {"type": "TextPositionSelector", "start": start, "end": end},
                ]
            else:
                selector = [{"type": "TextQuoteSelector", "exact": note.source.quote}]
            items.append(
                {
                    "id": f"{page}#n{note.source.number}",
                    "type": "Annotation",
                    "motivation": "commenting",
                    "body": {"type": "TextualBody", "value": note.source.html.strip(), "format": "text/html"},
                    "target": {"source": page, "selector": selector},
                }
            )
    collection = {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": base + "annotations.jsonld",
        "type": "AnnotationCollection",
        "label": f"Editor's notes: {site.config.title}",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    return (json.dumps(collection, ensure_ascii=False, sort_keys=True, indent=1) + "\n").encode("utf-8")
