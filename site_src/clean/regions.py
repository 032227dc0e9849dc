"""Where the page's regions begin and end: its head, the article's text, the comment thread, the footer.

Run after the line rules, the comment heads and the bylines: a region's edges are found from
them (the first paragraph under the dateline, the first head or count of comments after some
text, the run of chrome under the last comment).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from .body import CHAINED
from .bylines import Byline
from .dates import year_less
from .furniture import (
    COUNTER,
    END_OF_THREAD,
    FOLLOW,
    KEY_EVENTS,
    LIST_HEADING,
    LIVE_PAGE,
    MORE_COMMENTS,
    PHOTO_OF,
    PICTURE,
    PROFILE,
    READING_TIME,
    RELATED,
    REPLY_BUTTON,
)
from .markers import LEVEL, Marker, is_relative_time
from .related import TOPICS
from .shapes import REDDIT_POSTER, is_headline, writer_line
from .sheet import ANSWERS, REPLY_COUNT, is_comment_header
from .text import Line

THREAD_TAGS = "tags for this thread"
"""vBulletin's heading of the thread's tags, under the last post."""
LINK_POST = re.compile(r"[\d,]+ points? by |submitted .{1,40}? by |authored by ", re.IGNORECASE)
"""An aggregator's byline over a shared link: "214 points by NAME …", old Reddit's "submitted … by NAME",
Lobsters' "authored by NAME …"."""
_NAME_FIELD = re.compile(r"name\s*\*|name \(required\)", re.IGNORECASE)
_CONTENTS_HEADINGS = frozenset(("contents", "table of contents", "on this page", "in this article", "jump to"))
_ARTICLE_PARAGRAPHS = 6
"""Paragraphs under a name and a date that make them an article's byline rather than a comment's head."""


@dataclass(frozen=True, slots=True)
class Regions:
    """The page's regions by line index, and what finding them showed."""

    anchors: frozenset[int]
    """Bylines and datelines: the lines a page's head is read around."""
    relative: frozenset[int]
    """Dates that cannot be known: an age ("3 days ago") or a day without its year."""
    prose: tuple[bool, ...]
    """Whether each line is a paragraph that no rule has claimed."""
    header_end: int
    """The first line of the article, or of the opening post's head."""
    body_start: int
    """The first line of the article's text, past the opening post's head and panel."""
    article_marker: Marker | None
    """A forum's opening post's head, which heads the article rather than a comment."""
    replied: bool
    """A link shared without text of its own: the head under the poster's byline is a reply's."""
    shared: bool
    """The page is a link posted to an aggregator ("214 points by NAME …")."""
    first_text: int
    """The article's first paragraph that is no comment's head."""
    thread_start: int
    """The thread's first line: its header (a count of comments) or its first comment's head."""
    first_comment: int
    """The first comment's head in the thread."""
    footer_start: int
    """The first line of the page's footer, under the thread."""


def find_regions(
    lines: list[Line],
    reasons: list[str | None],
    markers: dict[int, Marker],
    bylines: dict[int, Byline],
    taken: set[int],
    opening: int,
) -> Regions:
    """The page's regions, from its line rules' ``reasons``, comment heads and bylines.

    The opening post's head leaves ``markers`` (it heads the article), and so do the writer's own
    posts threaded under it, whose lines become the article's (``reasons``).
    """
    prose = [line.prose and reasons[i] is None and i not in bylines for i, line in enumerate(lines)]
    anchors, relative = _anchors(lines, reasons, bylines, taken, opening)
    header_end = _entries_start(
        lines, reasons, anchors, _header_end(lines, reasons, prose, anchors | relative, markers)
    )
    if _listed_in_contents(lines, header_end - 1):
        header_end -= 1  # the first sub-heading, under the page's table of contents
    # A link posted to an aggregator without text of its own: the first head under the poster's
    # byline ("214 points by NAME …") is a reply's.
    shared = [i for i in sorted(bylines) if i < header_end and bylines[i].author and LINK_POST.match(lines[i].text)]
    poster_named = bylines[shared[0]].author if shared else None
    first_head = markers.get(header_end)
    replied = first_head is not None and poster_named is not None and first_head.author not in (None, poster_named)
    article_marker = markers.pop(header_end) if first_head is not None and not replied else None
    body_start = max(article_marker.lines) + 1 if article_marker else header_end
    if article_marker is not None:
        for i in _chained_posts(lines, reasons, markers, article_marker):
            for k in markers.pop(i).lines:
                reasons[k] = CHAINED  # the writer's own posts threaded under the first: more of the article
    headers = [
        i
        for i in range(body_start + 1, len(lines))
        if reasons[i] is None and is_comment_header(lines[i]) and not _unheaded_answers(lines, reasons, markers, i)
    ]
    # The thread starts after some of the article: a "Comments (412)" link above the article
    # is navigation, not the start of the discussion.
    first_text = next((i for i in range(body_start, len(lines)) if prose[i] and i not in markers), len(lines))
    headers = [i for i in headers if i > first_text and not _jump_link(lines, reasons, prose, i)]
    later_markers = sorted(i for i in markers if i > max(body_start, first_text))
    starts = [i for i in (headers[:1] + later_markers[:1]) if i > body_start]
    thread_start = header_end if replied else min(starts, default=len(lines))
    if thread_start in markers and thread_start > first_text and LEVEL.fullmatch(lines[thread_start - 1].text):
        thread_start -= 1  # the first comment's depth, printed over its head (Reddit's "level 1")
    first_comment = min((i for i in markers if i >= thread_start), default=len(lines))
    footer_start = _footer_start(lines, reasons, markers, body_start, thread_start, first_comment)
    return Regions(
        anchors=frozenset(anchors),
        relative=frozenset(relative),
        prose=tuple(prose),
        header_end=header_end,
        body_start=body_start,
        article_marker=article_marker,
        replied=replied,
        shared=bool(shared),
        first_text=first_text,
        thread_start=min(thread_start, footer_start),
        first_comment=first_comment,
        footer_start=footer_start,
    )


def _anchors(
    lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], taken: set[int], opening: int
) -> tuple[set[int], set[int]]:
    """The bylines and datelines a page's head is read around, and the dates that cannot be known."""
    # (Not Medium's "Published in Casework" over the headline: a publication's name heads a page.)
    anchors = {i for i, b in bylines.items() if not b.furniture and (b.author or b.date or not b.site)}
    # An author line right under the first line of text is the article's byline, whatever its
    # wording elsewhere ("Written By …" closes a Medium post but opens a Squarespace one).
    anchors |= {i for i, b in bylines.items() if b.author and i == opening + 1}
    anchors |= {i for i, line in enumerate(lines) if reasons[i] is None and line.date}
    # (A date without its year heads a post too: Blogger's Dynamic Views print "Jan 14th" under the
    # title, not under a paragraph as a diary's day over its entry.)
    relative = {
        i
        for i, line in enumerate(lines)
        if reasons[i] is None
        and i not in taken
        and (
            is_relative_time(line)
            or (line.words <= 3 and not line.prose and i and not lines[i - 1].prose and year_less(line.text))
        )
    }
    return anchors, relative


def _footer_start(
    lines: list[Line],
    reasons: list[str | None],
    markers: dict[int, Marker],
    body_start: int,
    thread_start: int,
    first_comment: int,
) -> int:
    """The first line of the footer: a line that closes the thread, or a run of chrome under the last comment."""
    last_marker = max(markers, default=-1)
    start = max(body_start, min(first_comment + 1, last_marker + 1))
    footer_start = next(
        (i for i in range(start, len(lines)) if _ends_thread(lines, reasons, markers, first_comment, last_marker, i)),
        len(lines),
    )
    if last_marker < 0:
        footer_start = min(footer_start, _sidebar_under_share_row(lines, reasons, body_start, footer_start))
    if thread_start <= last_marker:  # the last comment ends where a run of page chrome begins
        # (The last poster's panel under the head, its labels and counts, is no such run.)
        panel_end = after_panel(reasons, max(markers[last_marker].lines) + 1, (PROFILE, COUNTER))
        heads = [i for i in sorted(markers) if thread_start <= i]
        footer_start = min(footer_start, _chrome_run(reasons, _past_own_buttons(lines, reasons, heads, panel_end)))
        heads = [i for i in heads if i < footer_start]
        footer_start = min(footer_start, _closed_by_controls(lines, reasons, markers, heads, footer_start))
    return footer_start


def _sidebar_under_share_row(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
    """Where a page with no thread ends its text: a list's heading right under the article's share buttons.

    An MP's or a campaign's page prints its sidebar there ("Latest news", "Surgeries", "Contact …",
    "Campaigns"), whose short lines read as more text. (A list over the share buttons is among the
    text; so is one under an image's buttons, where the article's paragraphs resume under the list;
    a blog's "Related" posts may have the post's tags under them, the post's.)
    """
    for i in range(start + 3, end):
        if reasons[i] == LIST_HEADING and reasons[i - 3 : i] == [FOLLOW, FOLLOW, FOLLOW]:
            labelled = any(lines[k].text.lower().rstrip(":") in _POST_LABELS for k in range(i + 1, end))
            under = next((k for k in range(i + 1, end) if reasons[k] != RELATED), end)
            resumed = all(k < end and reasons[k] is None and lines[k].prose for k in (under, under + 1))
            return end if labelled or resumed else i
    return end


_POST_LABELS = frozenset(("tags", "tagged", "labels", "categories", "filed under", "posted in"))


def _cards_under(lines: list[Line], i: int) -> bool:
    """Cards of other posts under line ``i``: the first card's reading time within its few lines."""
    return any(READING_TIME.fullmatch(lines[k].text) for k in range(i + 1, min(i + 8, len(lines))))


def _ends_thread(
    lines: list[Line],
    reasons: list[str | None],
    markers: dict[int, Marker],
    first_comment: int,
    last_marker: int,
    i: int,
) -> bool:
    """Past the last comment's head, any line that closes a thread; among the comments, a list's heading.

    Under Medium's responses, "More from …" lists posts, each with its writer and date as
    a comment's head. The heading stands at the margin over the list's first entry, a line
    that is no button and no statement (one in a comment's text heads more text). So does
    the button for the comments the scrape did not load ("2 more comments..."), unless a
    comment's head follows it. On a page with no thread, a news page's "Related Topics"
    closes it only where no sentence follows its topics' links (printed mid-article, it
    leaves the article's text). Under the comments, vBulletin's "Tags for this Thread" and a
    comment form's first field ("Name *") close it too; on a page without them, a form's field
    is a contact form's, over more of the page's text.
    """
    if i > last_marker >= 0:
        lowered = lines[i].text.lower()
        if lowered in _UNDER_THREAD or _NAME_FIELD.fullmatch(lines[i].text):
            return True  # (vBulletin's tags, Blogger's button, under the thread; a comment form's first field, Jimdo's)
        if lowered == "read more" and _cards_under(lines, i):
            return True  # (Ghost's cards of other posts under the thread; in a comment, the button is over more of it)
    if not (reasons[i] and END_OF_THREAD.fullmatch(lines[i].text)):
        return False
    if last_marker < 0 and TOPICS.fullmatch(lines[i].text) and _sentence_after_links(lines, i + 1):
        return False
    entry = i + 1 < len(lines) and reasons[i + 1] in (None, RELATED)
    entry = entry and (not lines[i + 1].prose or lines[i + 1].text.endswith("?"))  # (a thread's title may ask)
    listed = reasons[i] == LIST_HEADING and lines[i].indent == 0 and entry
    unloaded = MORE_COMMENTS.fullmatch(lines[i].text) is not None and i + 1 not in markers
    return i > last_marker or (i > first_comment and (listed or unloaded))


_UNDER_THREAD = frozenset((THREAD_TAGS, "add comment"))
"""Lines that close a thread only under it: over the comments, "Add comment" is a share row's button."""
_SUMMARY = frozenset(("Summary", "SUMMARY"))
_SUMMED = 8
"""Words of each of a live page's first two summary lines: sentences, where a menu's items are a word or two."""


def _entries_start(lines: list[Line], reasons: list[str | None], anchors: Iterable[int], end: int) -> int:
    """Where a live page's updates or a debate's speeches begin, before the head's ``end`` found from its paragraphs.

    They begin under the byline or dateline, and their first lines lack a full stop, so they would
    pass for the head's chrome: a live page's summary or its first entry's heading, a speaker's name.
    The head ends at the live page's box of key events or its "Summary" heading over the summary's
    lines, or at the first speaker's photo.
    """
    for i in range(max((a for a in anchors if a < end), default=end) + 1, end):
        if (reasons[i] == LIVE_PAGE and lines[i].text in KEY_EVENTS) or (
            reasons[i] == PICTURE and lines[i].text.startswith(PHOTO_OF)
        ):
            return i
        if (
            lines[i].text in _SUMMARY
            and i + 2 < len(lines)
            and reasons[i + 1] is reasons[i + 2] is None
            and min(lines[i + 1].words, lines[i + 2].words) >= _SUMMED
        ):
            return i
    return end


def _header_end(
    lines: list[Line], reasons: list[str | None], prose: Sequence[bool], anchors: set[int], markers: dict[int, Marker]
) -> int:
    """Index of the first line of the article: a paragraph, or the first post's marker.

    A tagline written as a sentence can come before the dateline; when a dateline or byline
    follows the first "paragraph" before any other does, the header goes on past it.
    """
    first = next((i for i, p in enumerate(prose) if p), None)
    if first is None:
        # No paragraph at all (a short note): the opening line heads whatever follows it.
        first = next((i for i in range(1, len(lines)) if lines[i].words >= 5), min(1, len(lines)))
    first_marker = min(markers, default=len(lines))
    if first_marker < first or first >= len(lines):
        return min(first_marker, first)
    if first and _numbered_section(lines[first - 1].text, lines[first].text):
        return first - 1  # a report's first section heading over its first numbered paragraph
    # A headline under its byline or dateline (Reddit: "u/name" / "2 days ago"), perhaps with a
    # flair between them ("News"; not a mail's "to" over a paragraph wrapped at 70 characters,
    # nor a sub-heading under a dateline that a headline stands over).
    flair = (
        first >= 2
        and first - 2 in anchors
        and lines[first - 1].words <= 3
        and lines[first - 1].text[0].isupper()
        and not (first + 1 < len(lines) and lines[first + 1].text[0].islower())
        and (
            not any(reasons[j] is None and lines[j].words >= 3 and j not in anchors for j in range(first - 2))
            or lines[first - 2].text.startswith(REDDIT_POSTER)  # (new Reddit's, under the community's name)
        )
    )
    if (first - 1 in anchors or flair) and is_headline(lines, prose, first, reasons):
        named = first + 1 < len(lines) and reasons[first + 1] is None and writer_line(lines[first + 1])
        return first + 2 if named else first + 1
    # New Reddit prints the flair under the headline instead ("Discussion"), over the post's text.
    flair_under = (
        first - 1 in anchors
        and first + 2 < len(lines)
        and lines[first + 1].words <= 2
        and lines[first + 1].text[0].isupper()
        and reasons[first + 1] is None
        and prose[first + 2]
    )
    if flair_under and lines[first].words <= 30 and lines[first].text[-1] != ".":
        return first + 2
    if first - 1 in anchors and first + 1 in anchors and lines[first].words <= 30:
        # A headline written as sentences, between its dateline and its byline (Squarespace).
        return next((i for i in range(first + 2, len(lines)) if prose[i]), len(lines))
    # A thread title phrased as a question ("… who buried it?") just above the first post.
    # (A forum may print the thread title again just above the post.)
    second = next(
        (i for i in range(first + 1, len(lines)) if prose[i] and lines[i].text != lines[first].text), len(lines)
    )
    between = range(first + 1, first_marker)
    titled = lines[first].words < 20 and not lines[first].text.endswith(".")
    # A count of comments over the first marker says the article has ended; a forum's count of
    # replies ("9 replies") sits over the opening post, which is no reply.
    headed = any(is_comment_header(lines[i]) and not REPLY_COUNT.fullmatch(lines[i].text) for i in between)
    # (Counting the lines no rule explains: a community's menu of topic options may stand between.)
    if (
        first_marker < second
        and sum(reasons[k] is None and k not in anchors for k in between) <= 5
        and titled
        and not headed
    ):
        return first_marker
    standfirst = second < first_marker < len(lines) and not any(prose[i] for i in range(second + 1, first_marker))
    said = standfirst and lines[first_marker].text.endswith((":", "...", "…"))  # "NAME says:" heads only comments
    if titled and not headed and standfirst and not said:
        # A headline and its standfirst over a name and a date: the article's byline when a whole
        # article follows it, where a first comment would be a few paragraphs.
        after = next((i for i in sorted(markers) if i > first_marker), len(lines))
        if sum(prose[first_marker:after]) >= _ARTICLE_PARAGRAPHS:
            return first_marker
    below = next((k for k in range(first + 1, len(lines)) if reasons[k] is None), len(lines))
    headline = lines[first].words <= 30 and lines[first].text[-1] != "."
    # A headline over its byline ("submitted 11 years ago by …"), whatever came before; perhaps over
    # more stamps and chrome ("Asked 9 years ago" / "Modified 9 years ago" / "Viewed 2k times").
    after = next((k for k in range(below + 1, len(lines)) if reasons[k] is None and k not in anchors), len(lines))
    if below in anchors and headline and after < len(lines) and prose[after]:
        return after
    if any(a < first for a in anchors):
        return first  # the dateline or byline came first: this paragraph is the article's

    def anchored(start: int) -> int | None:
        """The paragraph after ``start`` when a dateline or byline lies between them."""
        nxt = next((i for i in range(start + 1, len(lines)) if prose[i]), len(lines))
        # (Counting only lines no rule explains: an advert or a row of buttons may sit between.)
        if any(start < a < nxt for a in anchors) and sum(reasons[k] is None for k in range(start + 1, nxt)) <= 15:
            return nxt
        return None

    for hop in range(2):
        nxt = anchored(first)
        if nxt is None and hop == 0 and lines[first].words < 20 and second < len(lines) and lines[second].words <= 40:
            nxt = anchored(second)  # a headline and its standfirst over the byline
        if nxt is None:
            break
        first = nxt
    return first


_SECTION_HEADING = re.compile(r"(\d{1,2})\.? [A-Z][\w'’ ,&-]{2,60}")


def _numbered_section(heading: str, paragraph: str) -> bool:
    """A report's section heading over its first paragraph, numbered within it: "1. Purpose" over "1.1 This …"."""
    numbered = _SECTION_HEADING.fullmatch(heading)
    return numbered is not None and paragraph.startswith(f"{numbered[1]}.1 ")


def _listed_in_contents(lines: list[Line], i: int) -> bool:
    """Whether ``lines[i]``, just over the first paragraph, is an entry of a table of contents above it.

    GOV.UK and long articles list their sub-headings under "Contents" between the byline and the
    text; the first of them then heads the first paragraph, the heading the list links to.
    """
    if i <= 1 or lines[i].prose:
        return False
    for k in range(i - 1, max(-1, i - 20), -1):
        if lines[k].text.lower() in _CONTENTS_HEADINGS:
            return any(lines[j].text == lines[i].text for j in range(k + 1, i))
    return False


def _chained_posts(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], head: Marker) -> list[int]:
    """The heads of the writer's own posts threaded under the first ("2/", "3/"), before the replies.

    A social thread prints each of its posts under the writer's head; the replies follow under
    their header ("Replies"). (A forum's opener posting again is answered with no such header.)
    """
    if head.author is None:
        return []
    chained: list[int] = []
    after = max(head.lines) + 1
    for i in [*sorted(m for m in markers if m >= after), len(lines)]:
        if any(reasons[k] is None and is_comment_header(lines[k]) for k in range(after, i)):
            return chained  # the replies' header closes the chain
        if i == len(lines) or markers[i].author != head.author:
            return []
        chained.append(i)
        after = max(markers[i].lines) + 1
    return []


def _unheaded_answers(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], i: int) -> bool:
    """A count of answers that heads no thread: a quiz's "10 Answers" over its list.

    A question-and-answer site's stands over its sort choices or the first answer's head.
    """
    if not ANSWERS.fullmatch(lines[i].text):
        return False
    return i + 1 >= len(lines) or (reasons[i + 1] is None and i + 1 not in markers)


def _jump_link(lines: list[Line], reasons: list[str | None], prose: Sequence[bool], i: int) -> bool:
    """A "Comments" link with its count among a story's tools ("Comments" / "3" / "Share"), high on the page.

    A live blog prints it under its byline, over more of its text than stands above it.
    """
    counted = i + 1 < len(lines) and reasons[i + 1] == COUNTER
    return counted and sum(prose[i + 1 :]) > 2 * sum(prose[:i])


def _sentence_after_links(lines: list[Line], start: int) -> bool:
    """Whether a sentence follows the run of short links from ``start`` (a list's entries)."""
    k = start
    while k < len(lines) and not lines[k].prose and lines[k].words <= _LINK_WORDS:
        k += 1
    return k < len(lines) and lines[k].prose


_LINK_WORDS = 4


def after_panel(reasons: list[str | None], start: int, panel: tuple[str, ...] = (PROFILE,)) -> int:
    """The first line from ``start`` that is not the poster's panel (vBulletin's name over its rank)."""
    return next((i for i in range(start, len(reasons)) if reasons[i] not in panel), len(reasons))


_CHROME_RUN = 5
"""So many lines of chrome in a row end a comment: its own buttons are fewer, unless every comment
above printed the same long row (``_past_own_buttons``)."""


def _chrome_run(reasons: list[str | None], start: int) -> int:
    """Index of the first of ``_CHROME_RUN`` furniture lines in a row from ``start``, or the end."""
    run = 0
    for i in range(start, len(reasons)):
        run = run + 1 if reasons[i] is not None else 0
        if run == _CHROME_RUN:
            return i - _CHROME_RUN + 1
    return len(reasons)


def _past_own_buttons(lines: list[Line], reasons: list[str | None], heads: list[int], start: int) -> int:
    """Past the last comment's text and its row of buttons, the buttons the comments above printed.

    Old Reddit's "permalink" / "embed" / "save" / "parent" / "report" / "reply" under each comment
    are a run of chrome as long as the footer's: under the last one they are still its own. (A
    shorter row, "Quote" / "Report", runs on into the footer's chrome, which ends the thread.)
    """
    buttons = {lines[k].text for a, b in pairwise(heads) for k in range(a + 1, b) if reasons[k] is not None}
    k = start
    while k < len(lines) and reasons[k] is None:
        k += 1
    row = k
    while (
        row < len(lines) and reasons[row] is not None and (lines[row].text in buttons or reasons[row] == REPLY_BUTTON)
    ):
        row += 1
    # (Over writing, such a row ends the thread: XenForo's buttons over "You must log in …".)
    return row if row - k >= _CHROME_RUN and (row == len(lines) or reasons[row] is not None) else k


def _closed_by_controls(
    lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], heads: list[int], end: int
) -> int:
    """Where the last comment ends when every comment ends with its controls ("Reply", "Flag"), or ``end``.

    The lines after the last comment's controls are the page's own (NationBuilder's "Get involved"
    menu and contact line), not more of its text; unless a paragraph is among them, which may be
    a comment under a head no rule reads ("A worried grandad").
    """
    if len(heads) < 3 or any(reasons[b - 1] is None for b in heads[1:]):
        return end
    last = max(markers[heads[-1]].lines) + 1
    text = next((i for i in range(last, end) if reasons[i] is None), end)
    controls = next((i for i in range(text, end) if reasons[i] is not None), end)
    after = next((i for i in range(controls, end) if reasons[i] is None), end)
    return end if any(lines[i].prose and reasons[i] is None for i in range(after, end)) else after
