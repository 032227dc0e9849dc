"""Who answers whom, where the scrape kept a threaded page's comments but lost their indentation.

A platform that nests replies (WordPress, Substack, Drupal, LiveJournal) prints a "Reply" button
under every comment; its scrape lists the comments one after another, and the tree is gone.
A reader still sees it in the words: a comment that opens by addressing an earlier commenter
("Margaret, that is exactly …", "Thank you Sandra.") answers that commenter, a comment opening on
a quotation of the one right above answers it, and a commenter who writes again right after being
answered ("Thanks Marion, appreciated.") answers the answer.
Forums and old Blogger templates are flat by design: their posts address each other too, but
most carry no "Reply" button, so none of this applies to them, nor to one that prints a poster's
panel ("Posts: 240") over each post, as MyBB does beside its "Reply" (Discourse, a "Reply" button and
no panel, is read as threaded: a known miss).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .thread import OpenComment

_GREETING = (
    r"(?i:thanks|thank you|cheers|hi|hello|hey|dear|yes|yes please|no|sorry|agreed|exactly|well said"
    r"|good point|fair point|same here|ha|oh|(?:i )?(?:agree|disagree) with)"
)
_NAME = r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})"
_CLAUSE = r"(?:but|so|though|I|I'm|I'll|I've|we|we're|we'll|you|you're|it's|that's)\b"
_VOCATIVE = re.compile(
    rf"(?:^{_GREETING},?\s+|^){_NAME}(?=\s*(?:[,.!?:;—–-]|$))|^(?i:of course) {_NAME}(?=,\s+{_CLAUSE})"
    rf"|,\s*{_NAME}(?=\s*(?:[.!?]|$)|,\s+{_CLAUSE})"
)
"""A name in a vocative's place: the sentence's start ("Dave, that's fair"), after a greeting ("Good
point Derek.", "Agree with Ben.", "Of course Joan, I'll …"), or set off by a comma at its end ("That's
a fair challenge, Jen.") or between commas before a clause ("We won't record it, Darren, but …"; not
"my manager, Mark, said", "my eldest, Dave, and his mates", "Of course Rotherham, like …"), written as
a name."""
_NOBODY = frozenset({"anonymous", "guest", "(name withheld)", "unknown", "deleted"})
"""Names many commenters share: no one is answered by them."""
_AT = re.compile(r"@([\w.'’-]*\w)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_NOTICE = re.compile(r"(?:an? )?(?:update|correction|edit)\b", re.IGNORECASE)
"""A writer's note to every reader ("UPDATE: …", "A correction to my update: …"), which answers no one."""
_TO_ALL = re.compile(
    r"(?:thanks|thank you|cheers|hi|hello|hey),? (?:all|everyone|everybody|both|folks|guys)(?:[.!,]|$| for )",
    re.IGNORECASE,
)
"""Words to every commenter ("cheers all. Marcus - exactly that. Jodie - yes"): they answer no one comment."""


_OPENING_QUOTE = re.compile(r"[\"“‘'](?P<words>[^\"”’']{8,120})[\"”’']")


def _quotes_previous(opening: str, previous: OpenComment) -> bool:
    """The comment opens on a quotation of a few words the comment above wrote ("“A really good question” is …")."""
    quoted = _OPENING_QUOTE.match(opening) if opening[:1] in "\"“‘'" else None
    if quoted is None or len(quoted["words"].split()) < 3:
        return False
    words = quoted["words"].casefold().strip(" .,")
    # (Not where the comment above opens on the same quotation: both quote the article.)
    first = previous.paragraphs[0][1].casefold() if previous.paragraphs else ""
    opens_alike = first.lstrip("\"“‘'").startswith(words)
    return not opens_alike and any(words in text.casefold() for _, text in previous.paragraphs)


def _called(author: str) -> set[str]:
    """The names, folded, a commenter is addressed by: "Sandra Pike" is also "sandra", "dave_k" "dave"."""
    if author.casefold() in _NOBODY:
        return set()
    first = re.split(r"[\s_.]+", author.strip())[0]
    return {n.casefold() for n in (author.strip(), first) if len(n) > 1}


def _mentions(opening: str, name: str) -> bool:
    """``opening`` is "@" and the whole of ``name`` (folded), then no more of a word: "@Jo Bell," not "@Jo Bellamy"."""
    after = opening[1 + len(name) : 2 + len(name)]
    return opening[1:].casefold().startswith(name) and not (after.isalnum() or (after != "" and after in "-'’"))


def addressed(opening: str, mentions: bool = True) -> list[str]:
    """The names a comment's first sentence speaks to, folded, the fuller form of each first.

    (Or its second, after an interjection: "Ha. You should read it, Tom, …".) A name said in
    passing ("I agree with what Derek said") is no vocative. An "@name" opening the comment is
    one: flat forums use it as much, but only a page with "Reply" buttons is read here (and,
    without ``mentions``, not one whose posts have a "Quote" button too, as a parenting forum's).
    """
    sentences = _SENTENCE_END.split(opening.strip(), maxsplit=2)
    texts = sentences[:2] if len(sentences) > 1 and len(sentences[0].split()) <= 2 else sentences[:1]
    names = []
    if mentions and opening[:1] == "@" and (handle := _AT.match(opening)) is not None:
        names.append(handle[1].removesuffix("'s").removesuffix("’s").casefold())  # ("@Ben's point")
    for text in texts:
        for match in _VOCATIVE.finditer(text):
            name = next(group for group in match.groups() if group).casefold()
            names += [name, name.split()[0]] if " " in name else [name]
    return names


def infer_replies(
    comments: Sequence[OpenComment], writer: str | None = None, writer_answers: bool = False, mentions: bool = True
) -> None:
    """Give each comment in page order the parent its words show (see the module), where it has none.

    For a flat list, where the page shows neither depth nor parents. A comment a reply count put
    among the answers to another (``within``) goes under that one, unless its words say where.
    One pass: each commenter's latest comment is kept under every name they may be called by. The
    post's ``writer`` is not among them: readers thank the writer in comments of their own.
    Where ``writer_answers`` (a post's page, not a forum's opening post), the writer's comment
    right under a reader's answers it: a blog's writer replies to readers, in the golds of every
    page type that nests (more than twice as often as writing on at the top), unless it is a
    note to every reader ("UPDATE: …"). Without ``mentions``, an "@name" opening names no one.
    """
    latest: dict[str, OpenComment] = {}
    for k, comment in enumerate(comments):
        author = comment.marker.author
        if k and author is not None and comment.parent is None:
            previous = comments[k - 1]
            opening = comment.paragraphs[0][1] if comment.paragraphs else ""
            to_all = _TO_ALL.match(opening) is not None
            names = [] if to_all else addressed(opening, mentions)
            if mentions and opening[:1] == "@":  # "@M. Castellanos-Hebblethwaite Thank you": a whole name
                names[:0] = sorted((n for n in latest if " " in n and _mentions(opening, n)), key=len)[-1:]
            named = (latest.get(n) for n in names)
            answered = next((c for c in named if c is not None and c.marker.author != author), None)
            # The answered answering back: the comment before this one answered this commenter.
            answered_before = previous.parent is not None and previous.parent.marker.author == author
            answering_back = bool(_called(author)) and answered_before and previous.marker.author != author
            # The post's writer writing under a reader's comment answers it, unless they name another.
            update = to_all or _NOTICE.match(opening) is not None  # (a note to all readers)
            writer_answering = writer_answers and author == writer and previous.marker.author != writer and not update
            # A comment opening on words of the one right above, in quotation marks, answers it.
            quoting = _quotes_previous(opening, previous)
            answer_above = answering_back or writer_answering or quoting
            comment.parent = answered or (previous if answer_above else comment.within)
        for name in _called(author) if author and author != writer else ():
            latest[name] = comment
