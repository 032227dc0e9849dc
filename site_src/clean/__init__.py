"""Raw scraped text -> a structured ``Document``.

For now the simplest faithful reading: the first line is the title and every other non-blank
line is a paragraph of the body. Nothing is dropped, so nothing is lost.
"""

from __future__ import annotations

from ..ids import document_id
from ..model import Block, Document, Redactions, Source
from ..redact import redact


def clean(source: Source) -> Document:
    """Clean one source into a document."""
    lines = [(n, line.strip()) for n, line in enumerate(source.text.split("\n"), start=1)]
    lines = [(n, text) for n, text in lines if text]
    title = lines[0][1] if lines else document_id(source.path)
    body: list[Block] = []
    counts = Redactions()
    for n, text in lines[1:]:
        text, found = redact(text)
        counts += found
        body.append(Block("p", text, n))
    return Document(
        id=document_id(source.path),
        source_path=source.path,
        sha256=source.sha256,
        encoding=source.encoding,
        title=title,
        body=tuple(body),
        redactions=counts,
    )
