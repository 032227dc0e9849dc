"""Which reports each document covers, and which documents are related.

Built once, after every document is known: a link needs both of its ends.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document, Links, Report


def link(documents: Sequence[Document], reports: Sequence[Report]) -> Links:
    """Find document -> report coverage and related documents (not yet: issue 4)."""
    return Links()
