"""Lists of links to other pages under their heading ("Related", "Most read", "Also on …"): furniture.

A news page's "Related Topics" are its tags instead (``TOPIC``); the lines of a list end up as
``RELATED`` links, which also tells the thread's end that a list, not a comment, follows.
"""

from __future__ import annotations

import re

from .bylines import Byline
from .furniture import CONTENTS, COUNTER, LIST_HEADING, NAVIGATION, RELATED
from .markers import Marker, is_relative_time
from .sheet import is_comment_header
from .text import Line, looks_like_name

TOPICS = re.compile(r"(?:related topics|explore more on these topics|more on):?", re.IGNORECASE)
TOPIC = "topic"
"""The reason given to a "Related Topics" heading and its entries: the page's tags."""
_OVER_A_POST = re.compile(rf"{CONTENTS}|recent posts", re.IGNORECASE)
"""Lists printed over a post's headline: a mailing's contents, a blog's sidebar scraped first."""
_ENTRY_STAMP = re.compile(r"\b(?:ago|\d+ comments?)\s*$")
"""A related entry's age or count of comments, over its teaser ("4 years ago • 9 comments")."""


def _stamp(lines: list[Line], j: int) -> bool:
    """An entry's age and count of comments, a line each, over its teaser cut off: no thread's head.

    ("3 years ago" / "2 comments" / "What a day it was. Thank you to every …": a count over a
    comment's head, not a teaser, is the thread's header under the list.)
    """
    age = j if is_relative_time(lines[j]) else j - 1
    return (
        age + 2 < len(lines)
        and is_relative_time(lines[age])
        and is_comment_header(lines[age + 1])
        and lines[age + 2].text.endswith(("…", "..."))
    )


def mark_related_lists(
    lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], bylines: dict[int, Byline]
) -> None:
    """The short lines after "Related", "Most read" and the like are links to other pages.

    A question-and-answer site's "Related questions" are sentences, but each is a link too. Above
    the page's first paragraph, a headline and its date that end such a run ("Latest News" /
    "Crowther's inquiry: my response" / "13th July 2022") are the post's own head, not a link.
    """
    for i, reason in enumerate(reasons):
        if reason != LIST_HEADING:
            continue
        end = len(lines)
        under_text = any(lines[k].prose and reasons[k] is None for k in range(i))
        first = i + 1
        while first < len(lines) and reasons[first] in (NAVIGATION, COUNTER):
            first += 1  # (the list's own link over it, Wix's "See All"; its pager, "Previous" / "1" / "Next")
        for j in range(first, len(lines)):
            asked = lines[j].text.endswith("?") and lines[j].words <= 20
            # (An entry's teaser, cut off, under its age and count: Disqus's "Also on …", "4 years ago • 9
            # comments" / "Half a year in, here is where things stand. The short version …".)
            teaser = (
                j > first
                and lines[j].text.endswith(("…", "..."))
                and _ENTRY_STAMP.search(lines[j - 1].text) is not None
            )
            # (Under the article, an entry's source and reading time, "Northern Wire · 2 min read", is
            # the entry's; over it, a "Recent Posts" list ends at the post's own byline.)
            sourced = under_text and j in bylines and bylines[j].date is None and lines[j].text.endswith(" min read")
            stop = (
                j in markers or (j in bylines and not sourced) or reasons[j] is not None or is_comment_header(lines[j])
            ) and not (j > first and _stamp(lines, j))
            stop = stop or (lines[j].text[-1] == ":" and lines[j].words <= 2)  # the next list's label ("Tags:")
            stop = stop or (j > first and _topics_under(lines, j))  # or a list of topics under their heading
            # or, set in the text, a sub-heading over the text going on ("‘Plain answers’" / a paragraph;
            # not an entry's section under its date, "26 August 2014" / "UK")
            heading = lines[j].words <= 4 and not lines[j].date and not lines[j - 1].date
            stop = stop or (j > first and heading and _resumes(lines, reasons, bylines, j + 1))
            # (A short sentence under the list ends it: "The groups have agreed three requests.")
            sentence = lines[j].text[-1] == "." and lines[j].words >= 4 and not lines[j].text.endswith("...")
            if ((lines[j].prose or sentence) and not asked and not teaser) or stop:
                end = j
                break
        entries = range(first, end)
        # (A list of dated posts is a list, whatever follows it.) Blogger prints the date over the headline.
        # (Blogger's "Notable" theme prints the writer's name under the headline.)
        dated = [k for k in entries if lines[k].date]
        dated_head = bool(entries) and len(dated) == 1 and dated[0] >= entries[-1] - 1
        named_head = bool(entries) and len(dated) == 1 and dated[0] == entries[-1] - 2
        named_head = named_head and looks_like_name(lines[entries[-1]].text)
        # A mailing's contents (or a blog's recent posts, scraped first) end above the headline over
        # its byline; a "Related" list has a headline above it.
        contents = _OVER_A_POST.fullmatch(lines[i].text) is not None
        over_byline = bool(entries) and end in bylines and bylines[end].author is not None
        if end < len(lines) and not under_text:
            if dated_head:
                entries = entries[:-2]  # the post's headline and date, over its text or byline
            elif named_head:
                entries = entries[:-3]  # its date, headline and writer
            elif over_byline and (contents or _set_apart(lines, entries)):
                entries = entries[:-1]  # the post's headline over its byline (set apart from a sidebar's list)
            elif over_byline and not any(reasons[k] is None and lines[k].words >= 5 for k in range(i)):
                # A menu's "Most read" over the page's own headline and summary, which end at its
                # byline: no headline stands above the heading, as one does over a "Related" list.
                entries = entries[:0]
        # A news page's "Related Topics" are its tags.
        # (A forum's are a table of other threads: a column's heading, "Topic", then titles and counts.)
        # (A blank line ends them, over the next list: "Rotherham" / "Local government" / "" / "Latest updates".)
        tagged = next((k for k in entries[1:] if lines[k].n > lines[k - 1].n + 1), entries.stop)
        topics = TOPICS.fullmatch(lines[i].text) is not None and tagged - first > 1
        topics = topics and not any(c.isdigit() for j in range(first, tagged) for c in lines[j].text)
        for j in entries:
            reasons[j] = TOPIC if topics and j < tagged else RELATED
            bylines.pop(j, None)
        if topics:
            reasons[i] = TOPIC


def _resumes(lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], j: int) -> bool:
    """The text goes on at ``j``: two paragraphs no rule claimed, neither a byline ("This entry was posted in …").

    (One sentence under a list may be chrome no rule knows: "The Albion is not responsible for …".)
    """
    return all(k < len(lines) and lines[k].prose and reasons[k] is None and k not in bylines for k in (j, j + 1))


def _topics_under(lines: list[Line], i: int) -> bool:
    """``lines[i]`` heads a list of topics ("More On" / "Rotherham" / "Politics") up to a blank line.

    Each a word or three, no figure; over headlines, "More on" is one more line of the list above.
    """
    if TOPICS.fullmatch(lines[i].text) is None:
        return False
    k = i + 1
    while k < len(lines) and lines[k].n == lines[k - 1].n + 1:
        if lines[k].words > 3 or any(c.isdigit() for c in lines[k].text):
            return False
        k += 1
    return k > i + 1


def _set_apart(lines: list[Line], entries: range) -> bool:
    """Whether a list's last entry stands apart from the line above it, a blank line between."""
    return lines[entries[-1]].n - lines[entries[-1] - 1].n > 1
