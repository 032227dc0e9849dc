"""Who answers whom, where the scrape kept a threaded page's comments but lost their indentation.

A platform that nests replies (WordPress, Substack, Drupal, LiveJournal) prints a "Reply" button
under every comment; its scrape lists the comments one after another, and the tree is gone.
A reader still sees it in the words: a comment that opens by addressing an earlier commenter
("Margaret, that is exactly …", "Thank you Sandra.") answers that commenter, and a commenter who
writes again right after being answered ("Thanks Marion, appreciated.") answers the answer.
Forums and old Blogger templates are flat by design: their posts address each other too, but
carry no "Reply" button, so none of this applies to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .thread import OpenComment

_GREETING = (
    r"(?i:thanks|thank you|cheers|hi|hello|hey|dear|yes|yes please|no|sorry|agreed|exactly|well said"
    r"|good point|fair point|same here|ha|oh)"
)
_VOCATIVE = re.compile(
    rf"(?:^{_GREETING},?\s+|^|,\s*)(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){{0,2}})(?=\s*(?:[,.!?:;—–-]|$))"
)
"""A name in a vocative's place: the sentence's start ("Dave, that's fair"), after a greeting ("Good
point Derek."), or set off by a comma at its end ("That's a fair challenge, Jen."), written as a name."""
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _called(author: str) -> set[str]:
    """The names a commenter is addressed by: "Sandra Pike" is "Sandra", "dave_k" is "Dave"."""
    first = re.split(r"[\s_.]+", author.strip())[0]
    return {n.casefold() for n in (author.strip(), first) if len(n) > 1}


def addressed(opening: str) -> list[str]:
    """The names a comment's first sentence speaks to, folded, the fuller form of each first.

    (Or its second, after an interjection: "Ha. You should read it, Tom, …".) A name said in
    passing ("I agree with what Derek said") is no vocative, nor an "@name", which flat forums
    use as much as threaded pages.
    """
    sentences = _SENTENCE_END.split(opening.strip(), maxsplit=2)
    texts = sentences[:2] if len(sentences) > 1 and len(sentences[0].split()) <= 2 else sentences[:1]
    names = []
    for text in texts:
        for match in _VOCATIVE.finditer(text):
            name = match["name"].casefold()
            names += [name, name.split()[0]] if " " in name else [name]
    return names


def infer_replies(comments: Sequence[OpenComment]) -> None:
    """Give each comment in page order the parent its words show (see the module), where it has none.

    For a flat list, where the page shows neither depth nor parents. A comment a reply count put
    among the answers to another (``within``) goes under that one, unless its words say where.
    One pass: each commenter's latest comment is kept under every name they may be called by.
    """
    latest: dict[str, OpenComment] = {}
    for k, comment in enumerate(comments):
        author = comment.marker.author
        if k and author is not None and comment.parent is None:
            previous = comments[k - 1]
            opening = comment.paragraphs[0][1] if comment.paragraphs else ""
            named = (latest.get(n) for n in addressed(opening))
            answered = next((c for c in named if c is not None and c.marker.author != author), None)
            if answered is not None:
                comment.parent = answered
            elif previous.parent is not None and previous.parent.marker.author == author != previous.marker.author:
                comment.parent = previous  # the answered answering back
            else:
                comment.parent = comment.within
        for name in _called(author) if author else ():
            latest[name] = comment
