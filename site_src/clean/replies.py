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
    r"(?:thanks|thank you|cheers|hi|hello|hey|dear|yes|yes please|no|sorry|agreed|exactly|well said"
    r"|good point|fair point|same here|ha|oh)"
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def _called(author: str) -> set[str]:
    """The names a commenter is addressed by: "Sandra Pike" is "Sandra", "dave_k" is "Dave"."""
    first = re.split(r"[\s_.]+", author.strip())[0]
    return {n.casefold() for n in (author.strip(), first) if len(n) > 1}


def addressee(opening: str, names: Sequence[str]) -> str | None:
    """The one of ``names`` (earlier commenters, latest first) a comment's first sentence speaks to.

    (Or its second, after an interjection: "Ha. You should read it, Tom, …".)

    A name counts only where it is a vocative: at the very start ("Dave, that's fair"), after a
    greeting ("Good point Derek."), or set off by a comma at the sentence's end ("That's a
    fair challenge, Jen."), and written as a name. A name said in passing ("I agree with what Derek
    said") is not one, nor an "@name", which flat forums use as much as threaded pages.
    """
    sentences = _SENTENCE_END.split(opening.strip(), maxsplit=2)
    texts = sentences[:2] if len(sentences) > 1 and len(sentences[0].split()) <= 2 else sentences[:1]
    for name in names:
        for called in sorted(_called(name), key=len, reverse=True):
            word = re.escape(called)
            vocative = re.compile(
                rf"(?:^|^{_GREETING},?\s+|,\s*)(?P<name>{word})(?=\s*(?:[,.!?:;—–-]|$))",
                re.IGNORECASE,
            )
            for text in texts:
                match = vocative.search(text)
                if match is not None and match["name"][0].isupper():
                    return name
    return None


def infer_replies(comments: Sequence[OpenComment]) -> None:
    """Give each comment in page order the parent its words show (see the module), where it has none.

    For a flat list, where the page shows neither depth nor parents. A comment a reply count put
    among the answers to another (``within``) goes under that one, unless its words say where.
    """
    for k, comment in enumerate(comments[1:], start=1):
        author, previous = comment.marker.author, comments[k - 1]
        if author is None or comment.parent is not None:
            continue
        earlier = [c for c in reversed(comments[:k]) if c.marker.author not in (None, author)]
        opening = comment.paragraphs[0][1] if comment.paragraphs else ""
        name = addressee(opening, list(dict.fromkeys(c.marker.author or "" for c in earlier)))
        if name is not None:
            comment.parent = next(c for c in earlier if c.marker.author == name)
        elif previous.parent is not None and previous.parent.marker.author == author != previous.marker.author:
            comment.parent = previous  # the answered answering back
        else:
            comment.parent = comment.within
