"""Which lines are bylines or a header's fields: the writer and date, categories and tags.

Run after the line rules and the comment heads (a head's lines are no byline); what it finds
decides, in ``regions``, where the page's head ends.
"""

from __future__ import annotations

import re

from .bylines import Byline, read_byline, read_dashed_byline, read_split_byline, spelled_sender
from .furniture import FOLLOW, PICTURE
from .markers import Marker, comment_bylines, is_relative_time, over_handle, pictures
from .related import mark_related_lists
from .shapes import COMMUNITY, named_line
from .text import Line

_HASHTAG = re.compile(r"#[^\W\d][\w-]{1,40}(?: [\w-]{1,20}){0,2}")
_SUBSCRIBERS = re.compile(r"[\d,.]+[km]? subscribers", re.IGNORECASE)
_IN_ALBUM = re.compile(r"this (?:photo|video) is in \d+ albums?|[\d,]+ items?", re.IGNORECASE)
_LIST_FIELDS = frozenset(("Category:", "Categories:", "Tags:", "Tag:"))
_CATEGORY_LABELS = frozenset(("Categories", "Category", "Posted in", "Filed under"))
_MASTHEAD_DATE = "the day's date over the masthead"
_USERNAME = re.compile(r"[\w-]{3,20}")
_TAG_WORD = re.compile(r"[a-z0-9][a-z0-9-]{1,30}")
_TAGS_LINE = re.compile(rf"{_TAG_WORD.pattern}(?: {_TAG_WORD.pattern}){{0,2}}")
"""A tag as a forum stores it: up to three words in lower case ("serious case review")."""


def find_fields(
    lines: list[Line],
    reasons: list[str | None],
    markers: dict[int, Marker],
    taken: set[int],
    opening: int,
    head_end: int,
) -> dict[int, Byline]:
    """The bylines and field lines by index, from the whole page's lines.

    ``opening`` is the first paragraph and ``head_end`` the second, so far as the line rules
    tell. A comment's head read as a byline moves into ``markers``; furniture found on the way
    (the day's date atop a masthead, a list of related links) goes into ``reasons``.
    """
    bylines = {
        i: b
        for i, line in enumerate(lines)
        if reasons[i] is None
        and i not in taken
        and (b := read_byline(line.text, i < head_end, line.words))
        and (not b.bare or (i >= head_end and not _over_text(lines, reasons, i)))
    }
    if lines and reasons[0] is None and lines[0].date is not None:
        # The day's date atop a paper's masthead ("Thursday, March 17, 2022"), over a byline dated
        # otherwise (or over a dateline right under the byline: "By NAME" / "10th September 2014").
        writers = [j for j, b in bylines.items() if b.author and j < head_end]
        dated = [bylines[j].date or (lines[j + 1].date if j + 1 < len(lines) else None) for j in writers]
        # (Earlier than it: the day's date is the day the page was read, never before the story.)
        if any(date is not None and date < lines[0].date for date in dated):
            reasons[0] = _MASTHEAD_DATE
    for i in range(min(opening, len(lines) - 1)):
        # A video's channel over its count of subscribers, under the title, is who made it.
        if reasons[i] == FOLLOW and _SUBSCRIBERS.fullmatch(lines[i + 1].text):
            reasons[i], bylines[i] = None, Byline(author=lines[i].text)
            break
    # (Not a journal community's name over its own, which a byline names: "… wrote in rochdale_civics,".)
    communities = {b.site for b in bylines.values() if b.site}
    for i in range(min(opening, len(lines) - 1)):
        # A social network's post: the poster's name over their handle, at the head of the page.
        if (
            reasons[i] is None
            and i not in taken
            and i not in bylines
            and over_handle(lines, i)
            and lines[i + 1].text not in communities
        ):
            bylines[i], bylines[i + 1] = Byline(author=lines[i].text), Byline()
        # New Reddit's poster, their bare username under the community and the post's age
        # ("r/RochdaleBorough • 1 yr. ago" / "heywood_hannah").
        if reasons[i + 1] is None and COMMUNITY.match(lines[i].text) and _USERNAME.fullmatch(lines[i + 1].text):
            bylines[i + 1] = Byline(author=lines[i + 1].text)
        # A mail archive's sender, the name over the address spelt out and the date ("Pauline
        # Heptonstall" / "p.h at example.org" / "Tue Nov 15 21:14:07 GMT 2022"); a footer's "Media
        # enquiries" over the press office's address dates nothing.
        if i + 2 < len(lines) and lines[i + 2].date and reasons[i] is None:
            sender = spelled_sender(lines[i + 1].text)
            if sender and not sender["name"] and named_line(lines[i]) and i not in taken and i + 1 not in taken:
                bylines[i], bylines[i + 1] = Byline(author=lines[i].text), Byline()
    for i in range(len(lines) - 1):
        free = reasons[i] is None and i not in taken and i + 1 not in taken and i + 1 not in bylines
        if free and (split := read_split_byline(lines[i].text, lines[i + 1].text)) is not None:
            bylines[i], bylines[i + 1] = split, Byline()
    # (Over the text, or under its last paragraph and over the first comment's head: not a tweet's
    # quoted in the text.)
    first_head = min(markers, default=len(lines))
    foot = max((k for k in range(first_head) if lines[k].prose), default=0)
    for i in (*range(min(head_end, len(lines))), *range(max(foot, head_end), first_head)):
        # A post's hashtags one a line, two or more: over its text (DEV's "#socialwork" / "#munro") or
        # under it, above its notes (Tumblr's "#youth work" / "#rotherham").
        beside = (k for k in (i - 1, i + 1) if 0 <= k < len(lines))
        if (
            lines[i].text[:1] == "#"
            and _HASHTAG.fullmatch(lines[i].text)
            and any(_HASHTAG.fullmatch(lines[k].text) for k in beside)
        ):
            bylines[i] = Byline(tags=(lines[i].text[1:],), furniture=True)
    # (Under the first paragraph only where it is a question, which an answer's writer answers.)
    asked = opening < len(lines) and lines[opening].text.endswith("?")
    for i in range(min(head_end if asked else opening, len(lines) - 1)):
        # The writer's picture over their name, at the head of the page: "Dev Malhotra's buddy icon" / "Dev
        # Malhotra" (a video page's "from Orla Penhaligon").
        named = lines[i + 1].text.removeprefix("from ")
        if reasons[i] == PICTURE and pictures(lines[i].text, named) and i + 1 not in taken:
            reasons[i + 1], bylines[i + 1] = None, Byline(author=named)
        # The name over Google+'s "Shared publicly - DATE" shared the post.
        sharer = i + 1 in bylines and lines[i + 1].text[:15].lower() == "shared publicly"
        if sharer and reasons[i] is None and i not in bylines and i not in taken and named_line(lines[i]):
            bylines[i] = Byline(author=lines[i].text)
    for i in range(1, len(lines) - 1):
        # A photo's albums, each over its count of items, under "This photo is in 2 albums".
        if (
            lines[i + 1].text.endswith((" item", " items"))
            and reasons[i] is None
            and _IN_ALBUM.fullmatch(lines[i - 1].text)
        ):
            bylines[i] = Byline(categories=(lines[i].text,), furniture=True)
    for i in range(head_end):  # (a thread's title may read as the first paragraph)
        listed = _field_values(lines, reasons, i) if lines[i].text in _LIST_FIELDS else None
        if lines[i].text == "Tags":
            listed = _tags_over_gap(lines, reasons, i)
        if listed:
            tags = lines[i].text[:3] == "Tag"
            bylines[i] = Byline(furniture=True)
            for k in listed:
                value = (lines[k].text,)
                bylines[k] = Byline(tags=value, furniture=True) if tags else Byline(categories=value, furniture=True)
    for i in range(1, min(opening + 2, len(lines))):  # (a headline asking a question reads as a paragraph)
        if reasons[i] is None and i not in bylines and (topic_tags := _topic_labels(lines, reasons, i)):
            bylines[i] = Byline(categories=(lines[i].text,), furniture=True)
            for k in topic_tags:
                bylines[k] = Byline(tags=(lines[k].text,), furniture=True)
    thread_top = min(markers, default=len(lines))  # (the article's byline, not a comment's)
    for i in [i for i, b in bylines.items() if b.author and b.date and i < thread_top]:
        for k in _tags_beside(lines, reasons, bylines, i):
            bylines[k] = Byline(tags=(lines[k].text,), furniture=True)
    for i in range(min(opening, len(lines))):
        if lines[i].text in _CATEGORY_LABELS and (listed := _categories_over_headline(lines, reasons, bylines, i)):
            bylines[i] = Byline(furniture=True)
            for k in listed:
                bylines[k] = Byline(categories=(lines[k].text,), furniture=True)
    for i in range(min(opening, len(lines) - 1)):
        heading = lines[i + 1]  # Blogger's "NAME - DATE" over the headline, above the text
        over_headline = reasons[i + 1] is None and heading.words >= 3 and not heading.prose
        free = reasons[i] is None and i not in taken and i not in bylines
        placed = over_headline or _under_headline(lines, reasons, i)
        dashed = read_dashed_byline(lines[i].text) if free and placed else None
        if dashed is not None and read_dashed_byline(heading.text) is None:
            bylines[i] = dashed
    for i, marker in comment_bylines(lines, bylines, opening).items():
        markers[i] = marker
        del bylines[i]
    _masthead_over_date(lines, reasons, markers, bylines)
    mark_related_lists(lines, reasons, markers, bylines)
    return bylines


def _over_text(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """Whether the next line that is no furniture, after ``lines[i]``, is a paragraph."""
    following = next((j for j in range(i + 1, len(lines)) if reasons[j] is None), None)
    return following is not None and lines[following].prose


def _under_headline(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """Whether a line stands between a headline, perhaps with a share row under it, and the text.

    (Blogger's Emporio theme prints "NAME - DATE" there, where Contempo prints it over the headline.)
    """
    above = i - 1
    while above >= 0 and reasons[above] is not None:
        above -= 1
    return lines[i + 1].prose and above >= 0 and not lines[above].prose and lines[above].words >= 2


def _masthead_over_date(
    lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], bylines: dict[int, Byline]
) -> None:
    """The site's name over the post's date, at the top of the page, where a byline names the writer.

    A name over a date reads as a comment's head ("Field Notes" / "Tuesday, March 2, 2004"); at the
    top of a page whose post is signed "Posted by ros at 10:42 PM" (classic Blogger) or "Posted by ros"
    under its headline, the name is the site's and the date the post's.
    """
    top = min(markers, default=None)
    if top is None or len(markers[top].lines) != 2 or any(reasons[k] is None for k in range(top)):
        return
    dated = markers[top].lines[1]
    later = min((i for i in markers if i > top), default=len(lines))
    if lines[dated].date and any(b.author and not b.bare for j, b in bylines.items() if dated < j < later):
        del markers[top]


def _categories_over_headline(
    lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], label: int
) -> range | None:
    """A post's categories listed one a line under their label, over its headline and byline.

    WordPress's Twenty Twenty prints "Categories" / "Local government" / "Safeguarding" over the
    headline, then "Post author" / "By …". A sidebar's "Categories" lists more, and no byline
    follows its last entry's neighbour.
    """
    end = label + 1
    while end < min(len(lines), label + 5) and reasons[end] is None and lines[end].words <= 3 and not lines[end].prose:
        end += 1
    if end == label + 1 or end >= len(lines) or lines[end].words < 4 or lines[end].prose:
        return None
    signed = any(k in bylines and (bylines[k].author or bylines[k].date) for k in range(end + 1, end + 4))
    return range(label + 1, end) if signed else None


def _tags_over_gap(lines: list[Line], reasons: list[str | None], label: int) -> range | None:
    """A thread's tags under "Tags" over its first post (XenForo's), a gap or a button ("Watch") closing them.

    Each is a few words in lower case, as the forum stores them: a name or a heading is no tag.
    """
    end = label + 1
    while end < len(lines) and lines[end].n == lines[end - 1].n + 1 and reasons[end] is None:
        if lines[end].words > 4 or not lines[end].text.islower():
            return None
        end += 1
    closed = end == len(lines) or lines[end].n > lines[end - 1].n + 1 or reasons[end] is not None
    return range(label + 1, end) if closed and end > label + 1 else None


def _topic_labels(lines: list[Line], reasons: list[str | None], category: int) -> range | None:
    """A forum topic's category under its headline, then its tags, one a line (Discourse's).

    The category is a few capitalised words; each tag one word in lower case, as the forum stores
    it. The poster's name over the first post's date is no tag, however it is written.
    """
    line = lines[category]
    if not (1 <= line.words <= 4 and line.text[0].isupper() and line.text[-1] not in ".?!:"):
        return None
    if category == 0 or lines[category - 1].words < 4 or reasons[category - 1] is not None:
        return None
    end = category + 1
    while (
        end + 1 < len(lines)
        and reasons[end] is None
        and _TAG_WORD.fullmatch(lines[end].text)
        and lines[end + 1].date is None
        and not is_relative_time(lines[end + 1])
    ):
        end += 1
    return range(category + 1, end) if end - category > 2 else None


def _tags_beside(lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], byline: int) -> list[int]:
    """A topic's tags, one a line in lower case, right over or under its byline (Invision's).

    Two to eight, each a few words as the forum stores them ("serious case review"), next to the
    article's byline with its name and date: a lone word there is a menu's or a name's.
    """
    for step in (-1, 1):
        k = byline + step
        run = []
        while 0 <= k < len(lines) and reasons[k] is None and k not in bylines and _TAGS_LINE.fullmatch(lines[k].text):
            run.append(k)
            k += step
        if 2 <= len(run) <= 8:
            return run
    return []


def _field_values(lines: list[Line], reasons: list[str | None], label: int) -> range | None:
    """The values under a label in a work's header, listed one a line, when the next label closes them.

    AO3 prints its header as fields: "Tags:" / "Haringey" / "Accountability" / "Language:".
    """
    end = label + 1
    while end < min(len(lines), label + 13) and reasons[end] is None and not lines[end].text.endswith(":"):
        if lines[end].words > 5 or lines[end].prose:
            return None  # (a value is a few words; the next label closes the list)
        end += 1
    closed = end < len(lines) and lines[end].text.endswith(":") and lines[end].words <= 3
    return range(label + 1, end) if closed and end > label + 1 else None
