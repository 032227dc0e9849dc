"""A forum post that quotes an earlier one: the quotation set apart from the post's own words.

Forums print a quotation inline, under a header naming its author: XenForo's "NAME said:",
Invision's "On DATE, NAME said:", phpBB's "NAME wrote: ↑date", vBulletin's "Quote:" /
"Originally Posted by NAME", MyBB's "Quote:" / "NAME Wrote: (date)", Simple Machines' "Quote from:
NAME on date", ProBoards' "Post by NAME on date", JComments' "Quoting NAME:", Discourse's "NAME:".
A header alone proves little ("My mum said:" opens a sentence), so the lines under it are a
quotation only as far as they repeat words printed earlier on the page: a quotation is always
of something above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..redact import redact_author

_I = re.IGNORECASE
_ORIGINALLY = re.compile(r"(?:quote:?\s*)?(?:originally posted|original post) by:?\s+(?P<name>.{1,60})", _I)
_NAMING = (
    # Invision's and a mail reader's, the date first: "On 12/07/2022 at 10:15, Grayling_77 said:",
    # "On Wed, 4 Feb 2015 at 17:32, Tom Aldous wrote:" (Gmail's with the address: "Tom Aldous <ta@…> wrote:").
    re.compile(
        r"on\s+(?:\w{3},\s+)?[^,]{4,60}?(?:,\s+\d{4}[^,]{0,20})?,\s+(?P<name>[^,:<]{1,60}?)(?:\s+<[^<>\s]{1,80}>)?"
        r"\s+(?:said|wrote):",
        _I,
    ),
    re.compile(r"(?P<name>[^:]{1,60}?)\s+(?:said|wrote):(?:\s*↑.{0,40}|\s*\(.{4,40}\))?", _I),
    # MyBB 1.8's, the date closed up to the name: "(09-16-2014, 09:14 PM)Bramley_Nan Wrote:".
    re.compile(r"\([^()]{0,30}\d[^()]{0,30}\)(?P<name>[^\s:()][^:()]{0,59}?)\s+wrote:", _I),
    _ORIGINALLY,
    re.compile(r"quote from:\s+(?P<name>.{1,60}?)\s+on\s+.{4,60}", _I),
    re.compile(r"post by (?P<name>\S{1,40}) on (?=\w{3}).{4,40}", _I),  # ProBoards', "Post by NAME on Sept 9, 2014 …"
    re.compile(r"quoting\s+(?P<name>[^\s:]+(?:\s[^\s:]+){0,3}):", _I),  # JComments, "Quoting Derek Whitfield:"
    re.compile(r"@(?P<name>[^\s:]{1,40}) said in .{1,100}:", _I),  # NodeBB's, naming the topic: "@NAME said in TITLE:"
)
"""The headers that name whom they quote."""
_QUOTE = re.compile(r"quote:?", _I)
"""vBulletin's and MyBB's header, naming no one: the line under it may ("Originally Posted by NAME")."""
_BARE_NAME = re.compile(r"(?P<name>[\w.-]{2,40}):")
"""Discourse's header: only a name and a colon, so only the name of someone on the page counts."""


@dataclass(frozen=True, slots=True)
class FoundQuote:
    author: str | None
    header: int
    """How many of the post's first paragraphs are the quotation's header (vBulletin's are two)."""
    quoted: int
    """How many paragraphs after the header are quoted."""


def _naming(text: str) -> str | None:
    """The name a header that names whom it quotes gives, if ``text`` is one."""
    match = next(filter(None, (pattern.fullmatch(text) for pattern in _NAMING)), None)
    return match["name"].strip() if match is not None else None


def _header(texts: list[str], names: set[str]) -> tuple[str | None, int] | None:
    """The quoted author and the number of header lines at the start of ``texts``."""
    first = texts[0]
    named = _naming(first)
    if named is not None:
        return named, 1
    if _QUOTE.fullmatch(first):  # "Quote:" over "Originally Posted by NAME" or "NAME Wrote: (date)"
        below = _naming(texts[1]) if len(texts) > 1 else None
        return (below, 2) if below is not None else (None, 1)
    match = _BARE_NAME.fullmatch(first)
    if match and match["name"] in names:
        return match["name"], 1
    return None


def find_quote(texts: list[str], above: list[str], names: set[str]) -> FoundQuote | None:
    """The quotation a post's paragraphs open with, if they repeat text printed ``above`` them."""
    if len(texts) < 3 or len(texts[0]) > 120:
        return None
    found = _header(texts, names)
    if found is None:
        return None
    author, header = found
    earlier = "\n".join(above)  # joined only under a header: a long thread stays linear
    quoted = 0
    for text in texts[header:-1]:  # the post's own words follow: its last paragraph is never quoted
        if text.lstrip("> ").rstrip(".…").strip() not in earlier:  # (a mail marks each quoted line "> ")
            break
        quoted += 1
    if quoted == 0:
        return None
    return FoundQuote(redact_author(author) if author else None, header, quoted)
