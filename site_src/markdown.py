"""Editor-written Markdown to HTML, with raw HTML switched off.

markdown-it-py's ``js-default`` preset is CommonMark without raw HTML and with link validation,
so a page or note can never inject a script or a third-party embed into the archive.
"""

from __future__ import annotations

from functools import cache, lru_cache

from markdown_it import MarkdownIt


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("js-default", {"typographer": True}).enable(["replacements", "smartquotes"])


# Remembered by text: the preview reads every note and report summary again on each save, and
# most of them have not changed.
@lru_cache(maxsize=4096)
def to_html(text: str) -> str:
    """Render Markdown to an HTML fragment."""
    return str(_parser().render(text))


@lru_cache(maxsize=4096)
def to_inline_html(text: str) -> str:
    """Render one line of Markdown without the surrounding paragraph."""
    return str(_parser().renderInline(text))
