"""Comments as a tree: markers give authors and dates, indentation and bullets give depth."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, deque
from dataclasses import dataclass, field, replace
from itertools import chain, pairwise

from ..model import Comment, Quote
from .body import is_signature
from .bylines import NOT_VERIFIED
from .furniture import BADGE_REASON, DELETED, PICKS, PROFILE, REPLY_BUTTON
from .markers import BADGE, LEVEL, NO_SUBJECT, Marker, aggregator_links, is_controls, is_relative_time, over_handle
from .quotes import find_quote
from .replies import infer_replies
from .sheet import REPLY_COUNT, REPLY_SUBJECT, Meta, Sheet, is_comment_header
from .text import Line, comparable, ends_sentence

_IN_REPLY = re.compile(
    r"in (?:reply|response) to (?:.{1,80} by )?(?P<name>[^,;:!?]{1,60})"
    r"|repl(?:y|ying) to\s+(?!author$)(?P<plain>[^,;:!?.]{1,60})"
    r"|[^,;:!?]{1,60} said in reply to (?P<to>[^,;:!?]{1,60}?)(?:\.\.\.|…)",
    re.IGNORECASE,
)
"""Typepad's "In reply to NAME" (wpDiscuz's "Reply to NAME", no sentence) and "NAME said in reply to
OTHER...", Drupal's "In reply to SUBJECT… by NAME" (a name, not a clause). (A discussion group's
"Reply to author" is a button.)"""
_EDITED = re.compile(r"(?:[•·]\s*)?\(?edited\)?(?: (?:\d{1,2}|an?) [a-z]{1,7}\.? ago)?", re.IGNORECASE)
"""The stamp under a comment's head, over its text: "Edited", "(edited)", Reddit's "Edited 9 yr. ago", Disqus's
"• edited"."""
_WORKPLACE = re.compile(
    r"(?i:works?|worked|retired|studie[sd]|lives|lived|went|goes|former [\w ]{1,30}) (?:at|in|to) [A-Z][^.!?]{0,60}"
)
"""Facebook's line of a commenter's profile under the name: "Retired at Severnside Fire and Rescue"."""
_PARENT_BUTTON = re.compile(r"\bparent\b", re.IGNORECASE)
_REPLY_BUTTON = re.compile(r"(?:like\s*·\s*)?reply\b(?! with quote| all| to author)", re.IGNORECASE)
_POLICY = re.compile(r"(?:[\w&'’ -]{1,40} )?comment(?:ing)? (?:policy|guidelines)", re.IGNORECASE)
"""A comment section's heading over its rules ("Don Valley Echo comment policy"), before its first comment."""
_PICKS_TABS = frozenset(("picks", "all"))
_PICKS_HEADING = re.compile(PICKS, re.IGNORECASE)
_UNNAMED = frozenset(("", "anonymous", "guest"))
"""Commenter names that several people share."""
_NUMBER = re.compile(r"\d{1,4}\.")
"""A comment's number on a line of its own over its text (Typepad)."""


@dataclass
class OpenComment:
    """A comment while its lines are being collected."""

    marker: Marker
    date: str | None
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    replies: list[OpenComment] = field(default_factory=list)
    parent: OpenComment | None = None
    """The comment this one answers where the page says so (or, on a page that lost its nesting, its
    words do: ``replies.py``), whatever the indentation."""
    within: OpenComment | None = None
    """The comment a reply count ("2 replies") puts this one among the answers to, on a page that lost its nesting."""
    quote: tuple[str | None, list[tuple[int, str]]] | None = None
    """The author and paragraphs of the earlier post this one quotes above its own words."""
    picked: bool = False
    """A copy of a comment the paper picked, printed over the thread with a link to it ("Jump to comment")."""

    @property
    def depth_key(self) -> tuple[int, int]:
        # A bullet at the same indent as a numbered comment is a reply to it.
        return (self.marker.indent, 1 if self.marker.bullet else 0)


_MAX_DEPTH = 10
"""Levels of replies shown, as the deepest WordPress setting: a reply deeper in a long exchange
joins the last level (and the tree stays shallow enough to walk recursively)."""


def nest(comments: list[OpenComment]) -> list[OpenComment]:
    """Arrange comments in page order into a tree.

    A comment goes under the one it answers (``parent``), else where its depth key puts it. (Not
    under a comment it answers that is printed as deep as itself on a page that indents one level
    of replies: such a paper names whom each reply answers, and the indentation says where it goes.
    Nor under one printed deeper than itself, which no reply is: it answers an earlier comment of
    that name, and its indentation says which.)
    """
    roots: list[OpenComment] = []
    stack: list[OpenComment] = []
    placed: dict[int, tuple[int, OpenComment | None]] = {}  # by id(): depth, and the comment it went under
    levels = {c.depth_key for c in comments}
    top = min(levels, default=(0, 0))
    for comment in comments:
        level = comment.depth_key
        one_level = len(levels) == 2 and level > top
        named = comment.parent
        if named is not None and (named.depth_key > level or (one_level and named.depth_key == level)):
            named = None
        if named is not None:
            parent: OpenComment | None = named
        else:
            while stack and stack[-1].depth_key >= level:
                stack.pop()
            parent = stack[-1] if stack else None
            stack.append(comment)
        depth = placed[id(parent)][0] + 1 if parent is not None else 0
        if parent is not None and depth > _MAX_DEPTH:
            parent, depth = placed[id(parent)][1], depth - 1
        (parent.replies if parent is not None else roots).append(comment)
        placed[id(comment)] = (depth, parent)
    return roots


def freeze(comments: list[OpenComment], prefix: str = "c") -> tuple[Comment, ...]:
    """Turn collected comments into model values with stable ids from their position."""
    out = []
    for number, comment in enumerate(comments, start=1):
        cid = f"{prefix}{number}"
        # (Most comments have no replies and no quotation: neither is looked into then.)
        out.append(
            Comment(
                id=cid,
                author=comment.marker.author,
                date=comment.date,
                paragraphs=tuple([text for _, text in comment.paragraphs]),
                replies=freeze(comment.replies, f"{cid}-") if comment.replies else (),
                lines=tuple([n for n, _ in comment.paragraphs]),
                quote=None if comment.quote is None else _frozen_quote(comment),
            )
        )
    return tuple(out)


def _frozen_quote(comment: OpenComment) -> Quote | None:
    if comment.quote is None:
        return None
    author, paragraphs = comment.quote
    return Quote(author, tuple(text for _, text in paragraphs), tuple(n for n, _ in paragraphs))


def set_quotes_apart(sheet: Sheet, comments: list[OpenComment], article: list[str]) -> None:
    """Move what each post quotes of the page above it out of its own words (``quotes.py``)."""
    earlier = list(article)
    names = {c.marker.author for c in comments if c.marker.author}
    # (Discourse's quotation names its author by handle, printed under the name in each head.)
    heads = [c.marker.lines for c in comments if len(c.marker.lines) > 2]
    names |= {sheet.lines[head[1]].text for head in heads if over_handle(sheet.lines, head[0])}
    index: dict[int, int] = {}
    recent: deque[OpenComment] = deque(maxlen=_RECENT)
    for comment in comments:
        texts = [text for _, text in comment.paragraphs]
        if texts and (found := find_quote(texts, earlier, names)) is not None:
            index = index or {line.n: i for i, line in enumerate(sheet.lines)}
            for n, _ in comment.paragraphs[: found.header]:
                sheet.roles[index[n]] = ("meta", "quote header")
            start = found.header
            comment.quote = (found.author, comment.paragraphs[start : start + found.quoted])
            comment.paragraphs = comment.paragraphs[start + found.quoted :]
            texts = texts[start + found.quoted :]
        elif (
            texts
            and texts[0][:2] == "> "
            and (marked := _marked_quote(texts)) < len(texts)
            and _printed_above(texts[0][2:], comment.parent, recent, article)
        ):
            # A mail reader's or Markdown's quotation of words above, each line marked "> " (not a
            # post's own points set out so): the author is the one answered.
            author = comment.parent.marker.author if comment.parent is not None else None
            comment.quote = (author, comment.paragraphs[:marked])
            comment.paragraphs = comment.paragraphs[marked:]
            texts = texts[marked:]
        elif len(texts) > 1 and (quoted := _quoted(texts[0], comment.parent, recent, article))[0]:
            # A reply may open with words of a comment above or of the opening post, repeated
            # without a header (a paper's thread, a parenting forum's).
            comment.quote = (quoted[1], comment.paragraphs[:1])
            comment.paragraphs = comment.paragraphs[1:]
            texts = texts[1:]
        earlier.extend(texts)
        recent.append(comment)


def _answered_name(reply: re.Match[str]) -> str:
    """Whom an "In reply to NAME" line names, in whichever of its forms."""
    return (reply["name"] or reply["plain"] or reply["to"]).removesuffix(NOT_VERIFIED).strip()


def _marked_quote(texts: list[str]) -> int:
    """How many of a post's first paragraphs are marked as quoted with a leading ">"."""
    return next((k for k, text in enumerate(texts) if not text.startswith(">")), len(texts))


_RECENT = 20
"""Comments above a post that its quotation without a header is looked for in (a thread stays linear)."""


def _printed_above(text: str, parent: OpenComment | None, recent: deque[OpenComment], article: list[str]) -> bool:
    """Whether words a post marks as quoted ("> …") were printed above it, in whatever case."""
    words = text.rstrip(".…?!").strip().casefold()
    comments = chain([parent] if parent is not None else [], recent)
    above = chain((paragraph for c in comments for _, paragraph in c.paragraphs), article)
    return len(words.split()) >= 2 and any(words in paragraph.casefold() for paragraph in above)


def _same_opening(words: str, source: OpenComment) -> bool:
    return bool(source.paragraphs) and source.paragraphs[0][1].rstrip(".…!").strip() == words.rstrip("!").strip()


def _quoted(
    text: str, parent: OpenComment | None, recent: deque[OpenComment], article: list[str]
) -> tuple[bool, str | None]:
    """Whether a paragraph repeats a clause or more of a comment above or of the article, and whose comment.

    (The article: a forum's opening post. A clause, as a few words may be anyone's.)
    """
    words = text.rstrip(".…").strip()
    # (Words cut from a sentence, on a line of their own, may be shorter: "a different town in a year".)
    if words.count(" ") < 5 or len(words) < (20 if text[-1:] not in ".!?…" else 30):
        return False, None
    named, colon, said = words.partition(": ")  # a link thread's "NAME: the words quoted" (Fark's)
    for source in chain([parent] if parent is not None else [], reversed(recent)):
        # (Not a formula two comments open with alike: "Thank you for standing up for the kids, Marg.")
        if any(words in paragraph for _, paragraph in source.paragraphs) and not _same_opening(words, source):
            return True, source.marker.author
        if (
            colon
            and named == source.marker.author
            and said.count(" ") >= 3
            and any(said in paragraph for _, paragraph in source.paragraphs)
        ):
            return True, named
    return any(words in paragraph for paragraph in article), None


def _cut_subject(text: str, following: str) -> bool:
    """Drupal's subject line, the comment's opening words cut short: "I agree that supervision is…"."""
    cut = text.removesuffix("…").removesuffix("...")
    return cut != text and len(cut) >= 10 and following.startswith(cut.rstrip())


def _drupal_subjects(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], end: int) -> set[int]:
    """Drupal's subject lines, each a few words over its comment's text, under "Submitted by NAME on DATE".

    Bartik prints the name over the date, then "Permalink", over the subject, as "Submitted by" heads do.
    A theme that shows subjects shows one on every comment, so they are taken only when every such
    comment opens with a few words that close no sentence, or ask, over a longer line ("Vigil on Saturday"):
    one comment opening "Thanks Pat" over its text is no sign of a subject. Other themes print the
    subject over "Submitted by …", where every head must have one too, with chrome above it (the
    comment above's "reply"): a comment's last line, "Thanks Tom", stands right over the next head.
    """

    def permalinked(marker: Marker) -> bool:  # (Bartik's name over the date, then "Permalink")
        after = max(marker.lines) + 1
        return len(marker.lines) > 1 and after < end and lines[after].text == "Permalink"

    heads = sorted(m for m, marker in markers.items() if (marker.headed or permalinked(marker)) and m < end)
    below = set()
    for m in heads:
        start = max(markers[m].lines) + 1
        i = next((j for j in range(start, end) if reasons[j] is None), end)  # past "Permalink"
        if i + 1 >= end or i in markers or i + 1 in markers:
            break
        line, following = lines[i], lines[i + 1]
        asked = line.text[-1:] == "?"  # (a subject may ask: "What about schools?")
        if (
            line.words > 8
            or (ends_sentence(line.text) and not asked)
            or not (following.prose or following.words > line.words)
        ):
            break
        below.add(i)
    if heads and len(below) == len(heads):
        return below
    above = set()
    for k, m in enumerate(heads):
        free = m > 1 and reasons[m - 1] is None and m - 1 not in markers
        if free and (k == 0 or reasons[m - 2] is not None):
            above.add(m - 1)
    # (A subject Drupal cut from the comment's opening words ends in "…", which closes no sentence.)
    short = all(lines[i].words <= 8 and (not ends_sentence(lines[i].text) or lines[i].text[-1] == "…") for i in above)
    return above if heads and len(above) == len(heads) and short else set()


_RE = frozenset(("Re:", "RE:", "re:"))


def _quoted_subjects(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], end: int) -> set[int]:
    """A comment's subject that a reply quotes as its own ("no more rules, please" / "Re: no more rules, please").

    Where only some comments carry a subject (LiveJournal's), the reply's "Re:" is the sign: a
    comment's first words are no subject otherwise. A journal that prints "(no subject)" where
    a comment has none prints every comment's subject over its text.
    """
    start = min(markers, default=end)
    quoted = {comparable(line.text[3:]) for line in lines[start:end] if line.text[:3] in _RE}
    firsts = [max(marker.lines, default=m) + 1 for m, marker in markers.items()]
    every = any(i < end and lines[i].text.lower() == NO_SUBJECT for i in firsts)
    if not quoted and not every:
        return set()
    found = set()
    for i in firsts:
        if i + 1 >= end or i in markers or lines[i].words > 8:
            continue
        if comparable(lines[i].text) in quoted or (every and reasons[i + 1] is None and i + 1 not in markers):
            found.add(i)
    return found


def _answered_by_subject(sheet: Sheet, comments: list[OpenComment], title: str | None) -> None:
    """A reply whose subject quotes an earlier comment's ("Re: The police" under "The police") answers it.

    Drupal and LiveJournal fill a reply's subject so. A forum's replies all quote the topic's
    subject, which is the page's title: they answer no one comment.
    """
    lines, roles = sheet.lines, sheet.roles
    topic = comparable(title or "")
    by_subject: dict[str, OpenComment] = {}
    replied: dict[str, OpenComment] = {}  # the latest reply quoting each subject
    for comment in comments:
        head = comment.marker.lines
        if not head:
            continue
        near = (min(head) - 1, *range(max(head) + 1, max(head) + 3))  # over the head, or under it past "Permalink"
        subject = next((lines[k].text for k in near if roles.get(k) == ("meta", "reply subject")), None)
        if subject is None:
            continue
        quoted = comparable(subject[3:]) if subject[:3] in _RE else None
        if quoted is not None and quoted != topic and (answered := by_subject.get(quoted)) is not None:
            # The subject's writer answering under it answers the reply above, not their own comment.
            latest = replied.get(quoted)
            writer = (comment.marker.author or "").casefold()
            own = writer not in _UNNAMED and (answered.marker.author or "").casefold() == writer
            other = latest is not None and (latest.marker.author or "").casefold() != writer
            comment.parent = comment.parent or (latest if own and other else answered)
        if quoted is not None:
            replied[quoted] = comment
        by_subject.setdefault(comparable(subject), comment)


def _over_panel(reasons: list[str | None], i: int, end: int) -> bool:
    """The poster's panel follows: its profile lines, perhaps under a rank of the board's own."""
    if i + 1 >= end or reasons[i + 1] not in (None, PROFILE):
        return False
    return reasons[i + 1] == PROFILE or (i + 2 < end and reasons[i + 2] == PROFILE)


def _under_panel(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], i: int, end: int) -> bool:
    """A line between the panel under a post and the next post: the poster's signature (phpBB).

    (Only under a post that has its text: where the panel heads the post, vBulletin, the line
    under it is the post.)
    """
    if reasons[i - 1] != PROFILE:
        return False
    following = lines[i + 1].text if i + 1 < end else ""
    closing = i + 1 >= end or i + 1 in markers or REPLY_SUBJECT.fullmatch(following) is not None
    own = REPLY_SUBJECT.fullmatch(lines[i].text) is None and not is_comment_header(lines[i])
    return closing and own


def _spelled_apart(text: str, author: str | None) -> bool:
    """``text`` is ``author``'s handle with its words spaced out: "Nestwell HQ" under "NestwellHQ"."""
    return (
        author is not None
        and " " in text
        and all(word[:1].isupper() for word in text.split())  # (a name's words: not "Well done" under "WellDone")
        and " " not in author
        and text.replace(" ", "").casefold() == author.casefold()
    )


def _blank_above(lines: list[Line], i: int) -> bool:
    """A blank line over line ``i``, on a page that does not blank every line (the two above are adjacent)."""
    return i > 1 and lines[i].n > lines[i - 1].n + 1 and lines[i - 1].n == lines[i - 2].n + 1


def claim_thread(
    sheet: Sheet,
    reasons: list[str | None],
    markers: dict[int, Marker],
    start: int,
    end: int,
    meta: Meta,
    forum: bool,
) -> list[OpenComment]:
    """Claim the comment thread's lines and collect its comments in page order.

    ``forum``: the article is a thread's opening post, so its writer's later posts take their
    turn like anyone's, where a writer's comment under a reader's answers that reader.
    """
    lines = sheet.lines
    comments: list[OpenComment] = []
    current: OpenComment | None = None
    pending: list[int] = []
    answering: str | None = None  # Typepad's "In reply to NAME" above a comment's text
    replies_to: OpenComment | None = None  # Blogger's "Replies" … "Reply" block under a comment
    picking = False  # under the editors' picks
    latest: dict[str, OpenComment] = {}  # each commenter's latest comment, by case-folded name
    answers: tuple[OpenComment, int] | None = None  # Substack's "2 replies": the comment they answer, and how many
    threaded = False  # "Reply" buttons seen: a page that nests replies
    quoting = False  # a "Quote" button seen: a forum's, whose "@name" mentions nest no replies
    profiled = False  # a poster's panel seen ("Posts: 1,205", "Joined: Mar 2016"): a forum, flat by design
    said_parent: list[int] = []  # comments with a "Parent" link (LiveJournal): each answers the one before it
    level: int | None = None  # the next comment's depth, where the page prints it ("level 2")
    social = False  # a social network's "Like · Reply · 9y" seen: a page that nests replies one level deep
    unfolded: tuple[int, int] | None = None  # a portal's "View 2 replies": comments so far, and how many it opens
    opened: list[tuple[int, int]] = []  # each "View 2 replies" under a comment with no parent, as ``unfolded``
    folding = False  # the page's "View 2 replies" open nothing: the replies they count are folded away
    blank_closes: bool | None = None  # whether a blank line closes Blogger's "Replies" block (known at the first)

    def answered(name: str | None) -> OpenComment | None:
        return replies_to if replies_to is not None else latest.get(name.casefold()) if name else None

    trailing = any(m.trailing for m in markers.values())
    signed_under: OpenComment | None = None  # the last post signed under its text
    subjects = _drupal_subjects(lines, reasons, markers, end) | _quoted_subjects(lines, reasons, markers, end)
    for i in range(start, end):
        text = lines[i].text
        if not sheet.free(i):
            continue
        if i in markers:
            marker = markers[i]
            if replies_to is not None and blank_closes and _blank_above(lines, i):
                replies_to = None
            for j in marker.lines if marker.signed is None else ():
                dated = len(marker.lines) > 1 and (lines[j].date is not None or is_relative_time(lines[j]))
                sheet.claim(j, "meta", "comment date" if dated else "comment author")
            if marker.subject is not None:
                sheet.claim(marker.subject, "meta", "reply subject")
            if marker.title is not None:
                sheet.claim(marker.title, "removed", PROFILE)
            if marker.signed is not None:
                # The comment under a post (an answer signed under its text) is a reply to it.
                own = [(lines[i].n, text[: marker.signed])]
                comments.append(OpenComment(marker, marker.date, own, parent=signed_under))
                sheet.claim(i, "comment", "")
            elif marker.trailing:
                text_lines = [(lines[j].n, lines[j].text) for j in pending]
                comments.append(OpenComment(marker, marker.date, text_lines, parent=answered(answering)))
                current, pending, answering = None, [], None
                signed_under = comments[-1]
            else:
                if level is not None:
                    marker, level = replace(marker, indent=level), None
                parent = answered(marker.reply_to)
                while marker.one_level and parent is not None and parent.parent is not None:
                    parent = parent.parent
                current = OpenComment(marker, marker.date, parent=parent, picked=picking)
                if answers is not None:
                    counted, left = answers
                    # (Not a comment written before the one it would answer: the list is newest
                    # first, and the replies were folded away.)
                    earlier = current.date is not None and counted.date is not None and current.date < counted.date
                    current.within = None if earlier else counted
                    answers = (counted, left - 1) if left > 1 and not earlier else None
                comments.append(current)
            latest[(marker.author or "").casefold()] = comments[-1]
        elif i + 1 in markers and text[:12].lower() == "in reply to " and (reply := _IN_REPLY.fullmatch(text)):
            # Whom the comment under it answers, over its head (a university news site's): the
            # head's own "in reply to" names the parent.
            sheet.claim(i, "meta", "reply to")
            markers[i + 1] = replace(markers[i + 1], reply_to=markers[i + 1].reply_to or _answered_name(reply))
        elif current is None and reasons[i] != REPLY_BUTTON and is_comment_header(lines[i]):
            sheet.claim(i, "meta", "comment header")
        elif current is None and not comments and _POLICY.fullmatch(text):
            sheet.claim(i, "removed", "comment form")
            if i + 1 < end and i + 1 not in markers and ends_sentence(lines[i + 1].text):
                sheet.claim(i + 1, "removed", "comment form")  # the rule under it
        # (Below, the cheap tests of a line's place come before its patterns: most lines are a
        # comment's text, which none of them can be.)
        elif (trailing or (current and not current.paragraphs)) and (reply := _IN_REPLY.fullmatch(text)) is not None:
            name = _answered_name(reply)
            if trailing:
                answering = name
            elif current is not None and current.parent is None and (named := answered(name)) is not current:
                current.parent = named  # (not a text-less comment over a button naming its own writer)
            sheet.claim(i, "meta", "reply to")
        elif (
            current is not None
            and not current.paragraphs
            and " " not in text
            and i + 1 < end
            and i + 1 not in markers
            and (latest.get(text.casefold(), current) is not current or (forum and text == meta.author))
        ):
            # Discourse's "replying to" mark, an earlier poster's name alone over the text (the opening
            # post's too). The thread stays as flat as the forum prints it.
            sheet.claim(i, "meta", "reply to")
        elif (i + 1 in markers or (current is not None and not current.paragraphs)) and BADGE.fullmatch(text):
            sheet.claim(i, "removed", BADGE_REASON)
        elif current is not None and not current.paragraphs and _EDITED.fullmatch(text):
            sheet.claim(i, "meta", "comment edited")  # the stamp under a comment's head, over its text
        elif (
            current is not None
            and not current.paragraphs
            and ((lines[i].words <= 10 and _WORKPLACE.fullmatch(text)) or _social_place(lines, markers, i, end))
        ):
            sheet.claim(i, "meta", "commenter's profile")
        elif len(text) <= 5 and _NUMBER.fullmatch(text):
            sheet.claim(i, "removed", "comment number")
        elif len(text) <= 8 and i + 1 in markers and (depth := LEVEL.fullmatch(text)) is not None:
            level = int(depth["level"])
            sheet.claim(i, "removed", "comment depth")
        elif i in subjects or (
            current is not None and not current.paragraphs and i + 1 < end and _cut_subject(text, lines[i + 1].text)
        ):
            sheet.claim(i, "meta", "reply subject")
        elif current is not None and (count := REPLY_COUNT.fullmatch(text)) is not None:
            replies = int(count["count"].replace(",", ""))
            answers = (current, replies) if replies else None
            sheet.claim(i, "removed", "reply count")
        elif (
            current is not None
            and text[:5].lower().startswith(_SHOW_VERBS)
            and (shown := _VIEW_REPLIES.fullmatch(text))
        ):
            # The replies a "View 2 replies" opens follow it (closed by "Hide replies" once printed):
            # on a page that lost its nesting, the next two comments answer the one above.
            unfolded = (len(comments), int(shown["count"] or shown["counted"]))
            if opened and current.within is not None and current.within is comments[opened[-1][0] - 1]:
                # One of the comments a "View 2 replies" would have opened opens replies of its
                # own: the page folds its replies away, and these are the thread's own comments.
                first, _ = opened.pop()
                for comment in comments[first:]:
                    comment.within = None
                answers, folding = None, True
            if current.parent is None and current.within is None and not folding:
                answers = (current, unfolded[1])
                opened.append(unfolded)
            sheet.claim(i, "removed", "reply count")
        elif current is not None and text[:5].lower() == "hide " and (hidden := _HIDE_REPLIES.fullmatch(text)):
            # Viafoura folds a comment's replies under a "Hide 2 replies" printed after them: the
            # page's own word on whom they answer, where the scrape lost the indentation. A portal's
            # "Hide replies" closes the replies its "View 2 replies" opened, over the comment above them.
            folded = int(hidden["count"]) if hidden["count"] else 0
            if not folded and unfolded is not None and len(comments) - unfolded[0] == unfolded[1]:
                folded = unfolded[1]
            unfolded = None
            if 0 < folded < len(comments):
                for under in comments[-folded:]:
                    under.parent = under.parent or comments[-folded - 1]
            sheet.claim(i, "removed", "reply count")
        elif current is not None and len(text) == 7 and text.lower() == "replies":
            replies_to = current.parent or current
            if blank_closes is None:
                # A theme whose replies print "Reply" / "Delete" and that never closes the block with
                # its own "Reply" under the last reply's "Delete" closes it with a blank line (Soho's).
                pairs = [(lines[k - 1].text, lines[k].text) for k in range(i + 1, end)]
                blank_closes = ("Reply", "Delete") in pairs and ("Delete", "Reply") not in pairs
            sheet.claim(i, "removed", "reply button")
        elif replies_to is not None and len(text) == 5 and text.lower() == "reply":
            # (Contempo prints each reply's own "Reply" over its "Delete"; the block's closes it.)
            if not (i + 1 < end and lines[i + 1].text == "Delete"):
                replies_to = None
            sheet.claim(i, "removed", "reply button")
        elif current is not None and current.picked and text.lower() in _PICKS_TABS:
            sheet.claim(i, "removed", "comment form")  # the tabs under the picks, over the thread
        elif text[:15] == "Comment number " and (i + 1 in markers or (i + 2 in markers and reasons[i + 1] is not None)):
            sheet.claim(i, "meta", "comment number")  # a broadcaster's number over each comment's head
        elif reasons[i] is not None:
            if current is not None and text.lower() == "jump to comment":
                current.picked = True
            # Under the editors' picks, a comment may be a copy of one in the thread below.
            picking = picking or (text[-5:].lower() == "picks" and _PICKS_HEADING.fullmatch(text) is not None)
            if reasons[i] == DELETED and current is not None and not current.paragraphs and comments[-1] is current:
                # A deleted comment's head over the notice in its place (and Blogger's date under it):
                # no comment, and furniture.
                comments.pop()
                for j in current.marker.lines:
                    sheet.roles[j] = ("removed", DELETED)
                if i + 1 < end and lines[i + 1].date is not None and i + 1 not in markers:
                    sheet.claim(i + 1, "removed", DELETED)
                current = None
            if reasons[i] == REPLY_BUTTON:
                threaded = threaded or _REPLY_BUTTON.match(text) is not None
                quoting = quoting or text.casefold() == "quote"
                if current is not None and _PARENT_BUTTON.search(text):
                    said_parent.append(len(comments) - 1)
            profiled = profiled or reasons[i] == PROFILE
            sheet.claim(i, "removed", reasons[i] or "")
        elif current is not None and text == current.marker.author and _over_panel(reasons, i, end):
            sheet.claim(i, "removed", PROFILE)  # phpBB prints the poster's name again over the panel
        elif (
            is_signature(sheet, reasons, i, end)
            or (meta.site and text == meta.site)
            or (current is not None and current.paragraphs and _under_panel(lines, reasons, markers, i, end))
        ):
            sheet.claim(i, "removed", "signature" if text != meta.site else "site name repeated")
        elif (iso := lines[i].date) is not None and current is not None and lines[i].words <= 8:
            if current.date is None:
                current.date = iso
            sheet.claim(i, "meta", "comment date")
        elif text[:3].lower() == "re:" and REPLY_SUBJECT.fullmatch(text):
            sheet.claim(i, "meta", "reply subject")
        elif current is not None and not current.paragraphs and text[:8].lower() == "subject:":
            sheet.claim(i, "meta", "reply subject")  # a journal's, over the comment's text
        elif current is not None and i - 1 in current.marker.lines and _SCORE.fullmatch(text):
            sheet.claim(i, "removed", "counter")  # the comment's votes between its head and its text
        elif current is not None and current.paragraphs and _VOTES.fullmatch(text) and _closes(reasons, markers, i):
            sheet.claim(i, "removed", "counter")  # the votes under its text, over its buttons or the next head
        elif current is not None and current.paragraphs and text.lower() == f"reply to {current.marker.author}".lower():
            sheet.claim(i, "removed", REPLY_BUTTON)  # Staticman's, under the comment it answers
        elif current is not None and current.paragraphs and is_controls(lines[i]):
            social = social or _REPLY_BUTTON.match(text) is not None  # ("Like · Reply · 9y")
            sheet.claim(i, "removed", REPLY_BUTTON)
        elif current is not None and current.paragraphs and is_relative_time(lines[i]):
            sheet.claim(i, "meta", "comment date (relative: no date can be known)")
        elif current is not None and i + 1 in markers and text.casefold() == (markers[i + 1].author or "").casefold():
            sheet.claim(i, "meta", "comment author")  # the name over a head that names it again ("Posted by NAME on …")
        elif current is not None and not current.paragraphs and _spelled_apart(text, current.marker.author):
            sheet.claim(
                i, "meta", "comment author"
            )  # a handle's name spelled out under it ("NestwellHQ" / "Nestwell HQ")
        elif current is not None:
            current.paragraphs.append((lines[i].n, text))
            sheet.claim(i, "comment", "")
        elif trailing:
            pending.append(i)
            sheet.claim(i, "comment", "")
        elif not lines[i].prose and (lines[i].words <= 3 or _card_title(lines, reasons, i)):
            sheet.claim(i, "removed", "comment section chrome")
        else:
            # Writing under no marker the cleaner knows: keep it, as a comment by an unknown author.
            current = OpenComment(Marker(None, None, (), lines[i].indent), None, [(lines[i].n, text)])
            comments.append(current)
            sheet.claim(i, "comment", "")
    for i in pending:  # text after the last "Posted by:" belongs to no comment
        sheet.roles[i] = ("removed", "comment section chrome")
    comments = _without_repeats(sheet, comments)
    if len({c.depth_key for c in comments}) == 1:  # a flat list: where indentation gives depth, nest() reads it
        _answered_by_subject(sheet, comments, meta.title)
        if said_parent:
            for k in said_parent:
                comments[k].parent = comments[k].parent or (comments[k - 1] if k else None)
        elif not _placed_by_links(lines, comments) and not profiled:
            if not trailing:
                _grouped_by_gaps(lines, comments, threaded)
            placed = {id(comment) for comment in comments if comment.parent is not None}
            if threaded or social:
                infer_replies(comments, meta.author, writer_answers=not forum, mentions=not quoting)
            for first, many in opened:
                # The replies a "View 2 replies" opens are printed one level deep: one answering
                # another among them stands beside it (the golds of every such page), unless the
                # page names whom it answers ("replying to NAME").
                for comment in comments[first : first + many]:
                    inferred = id(comment) not in placed
                    if inferred and comment.parent is not None and comment.parent.within is comment.within:
                        comment.parent = comment.within
            for comment in comments if social else ():
                while comment.parent is not None and comment.parent.parent is not None:
                    comment.parent = comment.parent.parent
    return comments


def _placed_by_links(lines: list[Line], comments: list[OpenComment]) -> bool:
    """Nest a link aggregator's flat list by the links beside each head, where any comment has a "parent".

    A comment with "parent" and "prev" answers the same comment as its previous sibling: without
    "root", the comment that starts the thread; with it, the nearest comment at or above the one
    over it, up its chain of parents, that has a "next".
    """
    links = [aggregator_links(lines[c.marker.lines[0]].text) if c.marker.lines else None for c in comments]
    if not any(linked and "parent" in linked for linked in links):
        return False
    nexts = {id(c) for c, linked in zip(comments, links, strict=True) if linked and "next" in linked}
    for k, (comment, linked) in enumerate(zip(comments, links, strict=True)):
        if not k or not linked or "parent" not in linked or comment.parent is not None:
            continue
        over = comments[k - 1]
        if "prev" in linked and "root" not in linked:
            while over.parent is not None:
                over = over.parent
        elif "prev" in linked:
            sibling: OpenComment | None = over
            while sibling is not None and id(sibling) not in nexts:
                sibling = sibling.parent
            over = sibling.parent if sibling is not None and sibling.parent is not None else over
        comment.parent = over
    return True


def _social_place(lines: list[Line], markers: dict[int, Marker], i: int, end: int) -> bool:
    """A social network's line under a commenter's name, their town ("Farrowdale"), over the text and its buttons.

    A few words that are no sentence, with writing under them before the "Like · Reply · 9y" that
    closes the comment: a one-line comment is the only line over its buttons.
    """
    if lines[i].prose or lines[i].words > 4 or i + 2 >= end or not lines[i + 1].prose:
        return False
    k = i + 1
    while k < min(end, i + 12) and k not in markers and not is_controls(lines[k]):
        k += 1
    return k < end and is_controls(lines[k])


def _grouped_by_gaps(lines: list[Line], comments: list[OpenComment], threaded: bool) -> None:
    """Read a flat list's blank lines as its threads, where the page left them between some comments only.

    A widget that lost its indentation (OpenWeb, Ghost, Wix, new Reddit) still sets each thread
    apart: a blank line over its first comment, none between the answers under it. A thread's
    later comments go among the answers to its first (``within``: the words of a threaded page's
    reply may still say which answer it answers); a blank line between every comment, or none,
    says nothing.
    """
    numbers = [line.n for line in lines]

    def blank_between(end: int, start: int) -> bool:
        return start - end - 1 > bisect_left(numbers, start) - bisect_right(numbers, end)

    gaps = []
    for previous, comment in pairwise(comments):
        if not (comment.paragraphs and previous.paragraphs):
            return
        gaps.append(blank_between(previous.paragraphs[-1][0], comment.paragraphs[0][0]))
    if all(gaps) or not any(gaps):
        return
    # (Where comments' own paragraphs have blank lines between them, as mails' do, a blank line is a
    # paragraph's end, not a thread's: so on a page where most comments of more than one paragraph,
    # two at least, set them apart so.)
    longer = [comment for comment in comments if len(comment.paragraphs) > 1]
    spaced = sum(any(blank_between(a[0], b[0]) for a, b in pairwise(comment.paragraphs)) for comment in longer)
    if spaced >= 2 and 2 * spaced >= len(longer):
        return
    first = comments[0]
    for comment, gap in zip(comments[1:], gaps, strict=True):
        if gap:
            first = comment
        elif comment.parent is None:
            comment.within = first
            if not threaded:  # (no words are read for whom a reply answers)
                comment.parent = first


def drop_signatures(sheet: Sheet, comments: list[OpenComment], author: str | None, body: list[int]) -> list[int]:
    """A forum prints a poster's signature under each of their posts: the same closing line twice.

    A post's last paragraph (a line's length, under words of the post's own) that also closes
    another post by the same writer is the signature, the opening post's (the body, by
    ``author``) among them. Takes it from each comment's paragraphs; returns the body without it.
    """
    lines = sheet.lines
    posts = [(author, [(lines[i].n, lines[i].text) for i in body])]
    posts += [(c.marker.author, c.paragraphs) for c in comments]
    endings: dict[tuple[str, str], list[int]] = {}
    for k, (writer, paragraphs) in enumerate(posts):
        if writer and len(paragraphs) >= 2 and len(paragraphs[-1][1].split()) <= _SIGNATURE_WORDS:
            endings.setdefault((writer.casefold(), paragraphs[-1][1]), []).append(k)
    signed = {k for ks in endings.values() if len(ks) > 1 for k in ks}
    index = {line.n: i for i, line in enumerate(lines)} if signed else {}
    for k in sorted(signed - {0}):
        sheet.roles[index[comments[k - 1].paragraphs.pop()[0]]] = ("removed", "signature")
    if 0 in signed:
        sheet.roles[body[-1]] = ("removed", "signature")
        return body[:-1]
    return body


_SIGNATURE_WORDS = 20
_SCORE = re.compile(r"[+-]\d+")
_VOTES = re.compile(r"\d{1,3} \| \d{1,3}|\+\d+|[\d,]+ votes?")
"""A comment's votes under its text: an answer's for and against ("14 | 1"; not a table's row, "2014 |
212"), Google+'s +1s ("+4"; alone, "+1" is the comment's text), a discussion's "23 votes" (Tildes')."""


def _closes(reasons: list[str | None], markers: dict[int, Marker], i: int) -> bool:
    """The line closes a comment: buttons, the next comment's head or the page's end follow it."""
    return i + 1 >= len(reasons) or reasons[i + 1] is not None or i + 1 in markers


_HIDE_REPLIES = re.compile(r"hide (?:(?P<count>\d+) )?repl(?:y|ies)", re.IGNORECASE)
_VIEW_REPLIES = re.compile(
    r"(?:view|show|see) (?:(?P<count>\d+) repl(?:y|ies)|repl(?:y|ies) \((?P<counted>\d+)\))", re.IGNORECASE
)
"""A portal's "View 2 replies", OpenWeb's "Show 2 replies", Viafoura's "Show replies (2)"."""
_SHOW_VERBS = ("view ", "show ", "see ")


def _card_title(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """A post's title among cards over the thread ("Recent Posts": title, "38 views", "Post not marked as liked").

    It stands between two lines of chrome that are no comment's own buttons ("Like", "Reply"),
    capitalised and without a comma, where a first comment under no name the cleaner knows is text.
    """
    text = lines[i].text
    if not (0 < i < len(reasons) - 1 and text[0].isupper() and "," not in text):
        return False
    return all(reasons[k] and not (reasons[k] == REPLY_BUTTON and lines[k].words <= 2) for k in (i - 1, i + 1))


def _repeat_key(comment: OpenComment) -> tuple[str, str | None, tuple[str, ...]] | None:
    """What two copies of a comment share: its author, date and words (eight at least, and a name).

    Two "Thank you." from one commenter are two comments, and two anonymous petitioners may write alike.
    """
    words = tuple(text for _, text in comment.paragraphs)
    author = (comment.marker.author or "").casefold()
    named = author not in _UNNAMED
    return (author, comment.date, words) if named and sum(len(t.split()) for t in words) >= 8 else None


def _without_repeats(sheet: Sheet, comments: list[OpenComment]) -> list[OpenComment]:
    """Drop a comment the scrape caught twice: the same author and the same words as one above.

    "Load more comments" re-prints the top of a thread under it; a paper's picks print a comment
    over the thread, where the copy in the thread is the one kept. The picks are a block over the
    thread, each printed again in it: the first comment under the picks' heading that is not
    printed again below is the thread's own, and so is every one after it.
    """
    keys = [_repeat_key(comment) for comment in comments]
    printed_again = Counter(key for key in keys if key is not None)
    first: dict[tuple[str, str | None, tuple[str, ...]], OpenComment] = {}
    kept: list[OpenComment] = []
    original: dict[int, OpenComment] = {}  # by id() of a dropped comment
    in_picks = True
    for comment, key in zip(comments, keys, strict=True):
        if key is not None:
            printed_again[key] -= 1
        in_picks = in_picks and (not comment.picked or (key is not None and printed_again[key] > 0))
        comment.picked = comment.picked and in_picks
        if key is None or (seen := first.get(key)) is None:
            if key is not None:
                first[key] = comment
            kept.append(comment)
            continue
        if seen.picked:
            kept.remove(seen)
            kept.append(comment)
            first[key] = comment  # (a third copy repeats the one kept)
            seen, comment = comment, seen
        original[id(comment)] = seen
        repeat = ("removed", f"repeat of line {seen.paragraphs[0][0]}")
        numbers = {n for n, _ in comment.paragraphs}
        for i in (*comment.marker.lines, *(i for i, line in enumerate(sheet.lines) if line.n in numbers)):
            sheet.roles[i] = repeat
    for comment in kept:
        if comment.parent is not None and id(comment.parent) in original:
            comment.parent = original[id(comment.parent)]
    return kept
