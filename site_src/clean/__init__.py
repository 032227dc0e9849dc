"""Raw scraped text -> a structured ``Document``, with every line accounted for.

Each non-blank line of the scrape ends in exactly one place: the title, the metadata (bylines,
datelines, comment authors), the body, a comment, or the list of removed lines with the reason.
The rules run in the order written in ``clean`` below:

1. line rules: furniture by its text alone (``furniture.py``), bylines (``bylines.py``),
   comment markers (``markers.py``), lists of related links after their heading;
2. the page's regions: header (down to the first paragraph or the first post marker), body,
   comment thread (from its header or first marker), footer (after the thread's end);
3. the header resolved into site, tagline and title (``header.py``);
4. the body: bylines, category lines, author boxes, captions, signatures, repeated blocks
   (``body.py``);
5. the thread: comments with their authors, dates and text, nested (``thread.py``);
6. personal data redacted in everything that is published.

The rules share the role of every line and the metadata found so far (``sheet.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from ..ids import document_id
from ..model import Block, Document, MetaLine, Redactions, Removed, Source
from ..redact import has_personal_data, redact
from .body import CHAINED, claim_body, claim_byline
from .bylines import Byline, comma_list, is_job, names_a_job, read_byline, read_dashed_byline, read_split_byline
from .dates import in_year_of, year_less
from .furniture import (
    CONTENTS,
    COUNTER,
    END_OF_THREAD,
    FOLLOW,
    FOOTER,
    LIST_HEADING,
    MORE_COMMENTS,
    NAVIGATION,
    PICTURE,
    PROFILE,
    REPLY_BUTTON,
    archive_toolbar,
    control_rows,
    furniture_reason,
    panel_values,
    poll_results,
)
from .header import (
    STANDFIRST_WORDS,
    TITLE_LABEL,
    Header,
    blog_description,
    is_bulleted,
    is_summary,
    resolve_header,
)
from .markers import (
    BADGE,
    LEVEL,
    Marker,
    comment_bylines,
    commenter_name,
    date_form,
    dated_after_dot,
    find_marker,
    is_relative_time,
    line_date,
    over_handle,
    pictures,
    template_heads,
)
from .sheet import (
    ANSWERS,
    COMMENT_HEADER,
    REPLY_COUNT,
    REPLY_SUBJECT,
    Meta,
    Sheet,
    is_comment_header,
    opens_like_header,
)
from .text import Line, looks_like_name, split_lines, words
from .thread import OpenComment, claim_thread, drop_signatures, freeze, nest, set_quotes_apart

_I = re.IGNORECASE
_QUOTES = "“”\"'‘’"
_TRACKBACK_TITLE = re.compile(r"listed below are links to weblogs that reference (?P<title>.+?):?", _I)


def _title_evidence(lines: list[Line]) -> list[str]:
    """Titles the page quotes elsewhere: comment headers, forum reply subjects, trackbacks."""
    found = []
    for line in lines:
        if line.words > 40 or not (
            line.text[:12].lower().startswith(("re:", "listed below")) or opens_like_header(line.text)
        ):
            continue
        for pattern in (COMMENT_HEADER, REPLY_SUBJECT, _TRACKBACK_TITLE):
            match = pattern.fullmatch(line.text)
            if match and match.groupdict().get("title"):
                found.append(match["title"].strip(_QUOTES + " :"))
    return found


_HASHTAG = re.compile(r"#[^\W\d][\w-]{1,40}")
_SUBSCRIBERS = re.compile(r"[\d,.]+[km]? subscribers", re.IGNORECASE)
_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
_OVER_A_POST = re.compile(rf"{CONTENTS}|recent posts", re.IGNORECASE)
"""Lists printed over a post's headline: a mailing's contents, a blog's sidebar scraped first."""


def _listed_again(lines: list[Line], reasons: list[str | None], start: int) -> list[str]:
    """Headlines the page links to again below the article: its "Most read" list, its breadcrumb.

    A news page lists its own story among the most read, so a header line repeated there is the
    headline; short lines (the site's name, a section) prove nothing.
    """
    return [
        _LIST_NUMBER.sub("", lines[j].text, count=1)
        for j in range(start, len(lines))
        if reasons[j] is not None and lines[j].words >= 5 and not lines[j].prose
    ]


def _related_lists(
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
        while first < len(lines) and reasons[first] == NAVIGATION:
            first += 1  # (the list's own link over it: Wix's "See All")
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
            )
            stop = stop or (lines[j].text[-1] == ":" and lines[j].words <= 2)  # the next list's label ("Tags:")
            if (lines[j].prose and not asked and not teaser) or stop:
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
        topics = _TOPICS.fullmatch(lines[i].text) is not None and len(entries) > 1
        topics = topics and not any(c.isdigit() for j in entries for c in lines[j].text)
        for j in entries:
            reasons[j] = _TOPIC if topics else _RELATED
            bylines.pop(j, None)
        if topics:
            reasons[i] = _TOPIC


def _sentence_after_links(lines: list[Line], start: int) -> bool:
    """Whether a sentence follows the run of short links from ``start`` (a list's entries)."""
    k = start
    while k < len(lines) and not lines[k].prose and lines[k].words <= _LINK_WORDS:
        k += 1
    return k < len(lines) and lines[k].prose


_LINK_WORDS = 4


def _set_apart(lines: list[Line], entries: range) -> bool:
    """Whether a list's last entry stands apart from the line above it, a blank line between."""
    return lines[entries[-1]].n - lines[entries[-1] - 1].n > 1


_SUBMITTED = "this post was submitted on"
_SELF_POST = re.compile(r"\(self\.[\w-]+\)")
"""Old Reddit's mark of a text post, after its title and flair: "(self.britishpolitics)"."""
_RELATED = "related links"
_TOPICS = re.compile(r"related topics:?", re.IGNORECASE)
_TOPIC = "topic"


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


def _jump_link(lines: list[Line], reasons: list[str | None], prose: list[bool], i: int) -> bool:
    """A "Comments" link with its count among a story's tools ("Comments" / "3" / "Share"), high on the page.

    A live blog prints it under its byline, over more of its text than stands above it.
    """
    counted = i + 1 < len(lines) and reasons[i + 1] == COUNTER
    return counted and sum(prose[i + 1 :]) > 2 * sum(prose[:i])


def _named(line: Line) -> bool:
    """A person's name as a byline prints it: two to four capitalised words."""
    return _named_text(line.text)


def _named_text(text: str) -> bool:
    """``_named`` for a text alone (a name with the account's handle taken off)."""
    return 2 <= words(text) <= 4 and text.istitle() and not any(c.isdigit() for c in text)


_FILED_IN = re.compile(r"in ([A-Z][\w'’&-]*(?: [\w'’&-]+){0,4})")
"""The category under a byline, on a line of its own: "in Local government"."""
_PSEUD = re.compile(r"(.{3,60}) \([a-z\d_.-]{2,30}\)")
"""A name the writer goes by with the account's handle after it, in brackets (an archive of works')."""


def _writer_over(
    lines: list[Line], reasons: list[str | None], anchor: int, bylines: dict[int, Byline]
) -> tuple[int, ...] | None:
    """The writer's name (and credential) over a dateline that names nobody.

    Question-and-answer sites and professional networks print "Lena Haworth" / "Follow" /
    "Former youth worker, South Yorkshire" / "Answered February 15, 2015". The follow button
    between them (or a badge, "Admin") is what shows the name is a person's, not a section's;
    so does a credential naming a job, under a headline over the name (a contributor's blog).
    """
    credential: int | None = None
    followed = False
    for i in range(anchor - 1, max(-1, anchor - 6), -1):
        if reasons[i] is not None:
            followed = followed or reasons[i] == FOLLOW
            continue
        if (i in bylines and bylines[i].site) or (i - 1 in bylines and bylines[i - 1].site):
            continue  # Medium's "Published in" over the publication
        line = lines[i]
        if line.prose or line.date is not None:
            return None
        if credential is None and BADGE.fullmatch(line.text):
            followed = True  # a group's "Admin" under its poster's name (Facebook)
            continue
        if 2 <= line.words <= 4 and looks_like_name(line.text) and line.text.istitle():
            opening = all(reasons[k] is not None for k in range(i))  # the page's first line names the site
            headline = any(reasons[k] is None and lines[k].words >= 5 for k in range(max(0, i - 3), i))
            credited = credential is not None and headline and names_a_job(lines[credential].text)
            if opening or not (followed or credited):
                return None
            return (i,) if credential is None else (i, credential)
        if credential is not None or line.words < 3:
            return None
        credential = i
    return None


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


def _title_repeats(sheet: Sheet, end: int, title: int, text: str) -> None:
    """Forums print the thread's title again over its first post, perhaps after "Thread:".

    ``text`` is the title without a label, as printed at line ``title``.
    """
    for i in range(end):
        line = sheet.lines[i].text
        labelled = (
            line.endswith(text)
            and (label := TITLE_LABEL.match(line)) is not None
            and label.end() + len(text) == len(line)
        )
        if sheet.free(i) and line == text:
            sheet.claim(i, "removed", f"repeat of line {sheet.lines[title].n}")
        elif sheet.free(i) and labelled:
            sheet.claim(i, "meta", "title label")  # vBulletin's "Thread: TITLE" over the posts


def _name_over_panel(lines: list[Line], reasons: list[str | None], head: int, author: str | None) -> None:
    """The poster's name and rank over a phpBB post's panel, subject and "Post by NAME » DATE": the panel's.

    Up from the head, past the subject and the panel's lines (and a rank of the poster's own,
    "Councillor (verified)", right over them), the poster's name names the head's writer.
    """
    k = head - 1
    ranks = []
    while k > 0 and head - k <= 8:
        if reasons[k] == PROFILE or (k == head - 1 and REPLY_SUBJECT.fullmatch(lines[k].text)):
            k -= 1
        elif reasons[k] is None and reasons[k + 1] == PROFILE and lines[k].words <= 3 and lines[k].text != author:
            ranks.append(k)
            k -= 1
        else:
            break
    if author and reasons[k] is None and lines[k].text == author and reasons[k + 1] in (PROFILE, None) and k < head - 2:
        for j in (k, *ranks):
            reasons[j] = PROFILE


def _after_panel(reasons: list[str | None], start: int, panel: tuple[str, ...] = (PROFILE,)) -> int:
    """The first line from ``start`` that is not the poster's panel (vBulletin's name over its rank)."""
    return next((i for i in range(start, len(reasons)) if reasons[i] not in panel), len(reasons))


def _headline(lines: list[Line], prose: list[bool], i: int, reasons: list[str | None] | None = None) -> bool:
    """A headline written as a sentence (Reddit's, a forum's): no full stop, text right after it.

    Given the line rules' ``reasons``, a row of buttons may stand between (Blogger's share row), and
    the writer's name over it (Blogger's "Notable" theme).
    """
    after = i + 1
    while reasons is not None and after < min(len(lines), i + 9) and reasons[after] is not None:
        after += 1
    if reasons is not None and after == i + 1 and after < len(lines) and _writer_line(lines[after]):
        after += 1
        while after < min(len(lines), i + 10) and reasons[after] is not None:
            after += 1
    return after < len(lines) and lines[i].words <= 30 and lines[i].text[-1] != "." and prose[after]


def _writer_line(line: Line) -> bool:
    """A name alone on its line, as a theme prints the writer's under a headline ("Jenny Marsh")."""
    return 2 <= line.words <= 4 and line.text.istitle() and looks_like_name(line.text)


def _under_headline(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """Whether a line stands between a headline, perhaps with a share row under it, and the text.

    (Blogger's Emporio theme prints "NAME - DATE" there, where Contempo prints it over the headline.)
    """
    above = i - 1
    while above >= 0 and reasons[above] is not None:
        above -= 1
    return lines[i + 1].prose and above >= 0 and not lines[above].prose and lines[above].words >= 2


def _over_text(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """Whether the next line that is no furniture, after ``lines[i]``, is a paragraph."""
    following = next((j for j in range(i + 1, len(lines)) if reasons[j] is None), None)
    return following is not None and lines[following].prose


def _head_under(
    lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], prose: list[bool], start: int
) -> tuple[int, int | None] | None:
    """A headline under a poster's name and date, past furniture and bylines, and any flair over it.

    ("4 min read", "Updated: …" may stand between.) The flair is the post's kind or topic ("General",
    Nextdoor's); a count of its comments among its figures ("6 comments", DEV's) heads no thread there.
    """
    head = next(
        (
            i
            for i in range(start, len(lines))
            if reasons[i] is None and i not in bylines and not is_comment_header(lines[i])
        ),
        None,
    )
    if head is None:
        return None
    flaired = head + 1 < len(lines) and _flair(lines[head]) and not lines[head + 1].prose
    if flaired and _headline(lines, prose, head + 1):
        return head + 1, head
    if head == start:
        return None
    if _headline(lines, prose, head):
        return head, None
    # (Its hashtags may stand between it and the text: DEV's "#python #opendata", or one a line.)
    after = head + 1
    while after < len(lines) and after in bylines and bylines[after].tags:
        after += 1
    tagged = head + 1 < after < len(lines) and prose[after]
    return (head, None) if tagged and lines[head].words <= 30 and lines[head].text[-1] != "." else None


def _headline_under_dateline(
    lines: list[Line], sheet: Sheet, found: Header, menus: frozenset[int], anchors: list[int]
) -> int | None:
    """The post's headline right under its date and byline, where the line taken for the title is the tagline.

    A journal (LiveJournal, Typepad) prints its name, its description and its menu, then the date
    and the post's title over the text: the description, under the name and over the menu, read
    as the headline, and the title, a line before a longer paragraph, as the text's first line.
    Blogger's Simple theme prints no menu between: there the description is a sentence, over the
    date, and the title under the date is none ("… where have the recommendations gone?").
    """
    if found.title is None or found.site is None or found.title != found.site + 1 or not anchors:
        return None
    over_menu = found.title + 1 in menus
    described = not over_menu and lines[found.title].text.endswith(".") and found.title + 1 == anchors[0]
    if not (over_menu or described) or anchors[-1] < found.title:
        return None
    k = anchors[-1] + 1  # past the date and the byline (a post's head: its writer's name over the date)
    while k < min(len(lines), anchors[-1] + 3) and (not sheet.free(k) or lines[k].date is not None):
        k += 1
    dated = any(lines[a].date is not None for a in range(anchors[-1], k))
    if not dated or k + 1 >= len(lines) or not sheet.free(k) or not 2 <= lines[k].words <= 12:
        return None
    if lines[k].prose and ":" not in lines[k].text:
        return None  # a sentence (an untitled entry's first, "Well, that was a long night."); a headline's has a colon
    if described and lines[k].text.endswith("."):
        return None  # (under a sentence over the date, the title is no sentence)
    return k if lines[k + 1].prose and lines[k + 1].words > lines[k].words else None


def _flair(line: Line) -> bool:
    """A topic's label: up to three words, capitalised, no figure ("General", "Lost and found")."""
    return line.words <= 3 and line.text[0].isupper() and not line.prose and not any(c.isdigit() for c in line.text)


_SALUTATION = re.compile(r"(?:(?:Dear|Hi|Hello)\b[^,.!?]{1,40}|[A-Z][a-z]+(?: (?:and|&) [a-z]+)?),")
"""How a letter or a mailing opens over its first paragraph ("Dear friends,", "Colleagues,")."""

_HANDLE = re.compile(r"[a-z0-9_.-]{0,29}[a-z][a-z0-9_.-]{0,29}")


def _handle_over(sheet: Sheet, reasons: list[str | None], title: int) -> int | None:
    """The poster's handle over a post's headline, perhaps with a "Follow" button between (Tumblr).

    A handle is one word in lower case, perhaps with digits, "_", "." or "-" in it ("northernlass",
    "fern_writes"); a section's name over a headline is capitalised ("News"), a dateline no word.
    """
    above = next((j for j in (title - 1, title - 2) if j >= 0 and reasons[j] is None), None)
    if above is None or not sheet.free(above):
        return None
    return above if _HANDLE.fullmatch(sheet.lines[above].text) else None


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


_MASTHEAD_DATE = "the day's date over the masthead"

_CONTENTS_HEADINGS = frozenset(("contents", "table of contents", "on this page", "in this article", "jump to"))

_OPENING_SECTIONS = frozenset(("summary", "executive summary", "overview", "introduction", "background", "foreword"))
"""The sub-headings a report or briefing opens its text with, over its first paragraph."""


def _opens_text(text: str) -> bool:
    """Whether a line just over the first paragraph belongs to the text: a letter's greeting or a first heading."""
    return bool(_SALUTATION.fullmatch(text)) or text.lower() in _OPENING_SECTIONS


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


_CATEGORY_LABELS = frozenset(("Categories", "Category", "Posted in", "Filed under"))


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


_IN_ALBUM = re.compile(r"this (?:photo|video) is in \d+ albums?|[\d,]+ items?", re.IGNORECASE)
_LIST_FIELDS = frozenset(("Category:", "Categories:", "Tags:", "Tag:"))


def _tags_over_gap(lines: list[Line], reasons: list[str | None], label: int) -> range | None:
    """A thread's tags under "Tags" over its first post (XenForo's), a gap closing them.

    Each is a few words in lower case, as the forum stores them: a name or a heading is no tag.
    """
    end = label + 1
    while end < len(lines) and lines[end].n == lines[end - 1].n + 1 and reasons[end] is None:
        if lines[end].words > 4 or not lines[end].text.islower():
            return None
        end += 1
    closed = end == len(lines) or lines[end].n > lines[end - 1].n + 1
    return range(label + 1, end) if closed and end > label + 1 else None


_TAG_WORD = re.compile(r"[a-z0-9][a-z0-9-]{1,30}")


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


_TAGS_LINE = re.compile(rf"{_TAG_WORD.pattern}(?: {_TAG_WORD.pattern}){{0,2}}")
"""A tag as a forum stores it: up to three words in lower case ("serious case review")."""


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


_ARTICLE_PARAGRAPHS = 6
"""Paragraphs under a name and a date that make them an article's byline rather than a comment's head."""


def _header_end(
    lines: list[Line], reasons: list[str | None], prose: list[bool], anchors: set[int], markers: dict[int, Marker]
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
    # A headline under its byline or dateline (Reddit: "u/name" / "2 days ago"), perhaps with a
    # flair between them ("News"; not a mail's "to" over a paragraph wrapped at 70 characters,
    # nor a sub-heading under a dateline that a headline stands over).
    flair = (
        first >= 2
        and first - 2 in anchors
        and lines[first - 1].words <= 3
        and lines[first - 1].text[0].isupper()
        and not (first + 1 < len(lines) and lines[first + 1].text[0].islower())
        and not any(reasons[j] is None and lines[j].words >= 3 and j not in anchors for j in range(first - 2))
    )
    if (first - 1 in anchors or flair) and _headline(lines, prose, first, reasons):
        named = first + 1 < len(lines) and reasons[first + 1] is None and _writer_line(lines[first + 1])
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


def clean(source: Source) -> Document:
    """Clean one scraped source into a document."""
    whole = source.text
    lines = split_lines(whole)
    quoted = _title_evidence(lines)
    titles = set(quoted)
    for i, line in enumerate(lines if titles else ()):
        if line.prose and line.words <= 40 and line.text.strip(_QUOTES + " :") in titles:
            lines[i] = line._replace(prose=False)  # a question the replies quote as their subject is a title
    sheet = Sheet(lines)
    meta = Meta()

    # 1. Line rules.
    reasons = [furniture_reason(line.text, line.prose) for line in lines]
    texts = [line.text for line in lines]
    control_rows(texts, reasons)
    archive_toolbar(texts, reasons)
    poll_results(texts, reasons)
    panel_values(texts, reasons)
    if (description := blog_description(lines, reasons)) is not None:
        reasons[description] = "site tagline"
    # Above the second paragraph is the page's head (a headline or a tagline may read as one).
    paragraphs = [i for i, line in enumerate(lines) if line.prose and reasons[i] is None]
    between = set(paragraphs)
    for i in paragraphs:
        if i + 2 in between and reasons[i + 1] == FOOTER and lines[i + 1].words <= 4:
            reasons[i + 1] = None  # a footer's link between two paragraphs is a sub-heading ("About the Trust")
    opening = paragraphs[0] if paragraphs else len(lines)
    head_end = paragraphs[1] if len(paragraphs) > 1 else len(lines)
    for i in range(len(lines)):
        # A row of links that is a byline: a masthead's with the date in it ("Newsletter | Issue 14 |
        # 6th March 2015"), a post's categories beside its link to the comments ("Posted in News,
        # Rotherham | 5 Comments »"), a link's sections and date ("posted to Main » and Politics » on …").
        row = None
        if reasons[i] == NAVIGATION and (" | " in lines[i].text or " » " in lines[i].text):
            row = read_byline(lines[i].text)
        if row is not None and ((i < head_end and row.date) or (i >= opening and row.categories)):
            reasons[i] = None
    for i in range(len(lines) - 1):
        # The letters standing in for a commenter's picture ("RC" over "Ryn Castell"), over the name
        # and a head's date or age (not an index's "A" over "Aberdeen", nor "NHS" over its name).
        if (
            reasons[i] is None
            and len(texts[i]) <= 3
            and _initials_of(texts[i], texts[i + 1])
            and (
                (
                    commenter_name(texts[i + 1])
                    and (
                        any(line_date(lines, k)[0] for k in range(i + 2, i + 5))
                        or (i + 2 < len(texts) and dated_after_dot(texts[i + 2]))
                    )
                )
                or texts[i + 1].endswith(_SAYING)  # "ML" over "Marta Lisle responded:"
            )
        ):
            reasons[i] = PICTURE  # (a picture, not a forum's panel: the thread may nest)
    markers: dict[int, Marker] = {}
    taken: set[int] = set()
    commenters: set[str] = set()
    for i in range(len(lines)):
        if reasons[i] is None and i not in taken and (marker := find_marker(lines, i, reasons, commenters)) is not None:
            markers[i] = marker
            commenters.add((marker.author or "").casefold())
            taken.update(marker.lines)
    for i, marker in template_heads(lines, reasons, markers).items():
        markers[i] = marker
        taken.update(marker.lines)
    for i, marker in markers.items():
        if (i and reasons[i - 1] is not None) or (i > 1 and REPLY_SUBJECT.fullmatch(lines[i - 1].text)):
            _name_over_panel(lines, reasons, i, marker.author)
    first_post = min(markers, default=0)
    if first_post > 1 and reasons[first_post - 1] is None and not is_comment_header(lines[first_post - 1]):
        # A forum prints the topic's title again right over its first post, under a menu (not
        # the count of comments, over the first comment and in the page's head).
        again = lines[first_post - 1].text
        first_printed = next((line.n for line in lines[: first_post - 1] if line.text == again), None)
        if first_printed is not None:
            reasons[first_post - 1] = f"repeat of line {first_printed}"
    bylines = {
        i: b
        for i, line in enumerate(lines)
        if reasons[i] is None
        and i not in taken
        and (b := read_byline(line.text, i < head_end, line.words))
        and (not b.bare or (i >= head_end and not _over_text(lines, reasons, i)))
    }
    if lines and reasons[0] is None and lines[0].date is not None:
        # The day's date atop a paper's masthead ("Thursday, March 17, 2022"), over a byline dated otherwise.
        dated = (b.date for j, b in bylines.items() if b.author and b.date and j < head_end)
        if any(date != lines[0].date for date in dated):
            reasons[0] = _MASTHEAD_DATE
    for i in range(min(opening, len(lines) - 1)):
        # A video's channel over its count of subscribers, under the title, is who made it.
        if reasons[i] == FOLLOW and _SUBSCRIBERS.fullmatch(lines[i + 1].text):
            reasons[i], bylines[i] = None, Byline(author=lines[i].text)
            break
    for i in range(min(opening, len(lines) - 1)):
        # A social network's post: the poster's name over their handle, at the head of the page.
        if reasons[i] is None and i not in taken and i not in bylines and over_handle(lines, i):
            bylines[i], bylines[i + 1] = Byline(author=lines[i].text), Byline()
    for i in range(len(lines) - 1):
        free = reasons[i] is None and i not in taken and i + 1 not in taken and i + 1 not in bylines
        if free and (split := read_split_byline(lines[i].text, lines[i + 1].text)) is not None:
            bylines[i], bylines[i + 1] = split, Byline()
    for i in range(min(head_end, len(lines))):
        # A post's hashtags one a line over its text (DEV's "#socialwork" / "#munro"), two or more.
        beside = (k for k in (i - 1, i + 1) if 0 <= k < len(lines))
        if _HASHTAG.fullmatch(lines[i].text) and any(_HASHTAG.fullmatch(lines[k].text) for k in beside):
            bylines[i] = Byline(tags=(lines[i].text[1:],), furniture=True)
    for i in range(min(opening, len(lines) - 1)):
        # The writer's picture over their name, at the head of the page: "Dev Malhotra's buddy icon" / "Dev
        # Malhotra" (a video page's "from Orla Penhaligon").
        named = lines[i + 1].text.removeprefix("from ")
        if reasons[i] == PICTURE and pictures(lines[i].text, named) and i + 1 not in taken:
            reasons[i + 1], bylines[i + 1] = None, Byline(author=named)
        # The name over Google+'s "Shared publicly - DATE" shared the post.
        sharer = i + 1 in bylines and lines[i + 1].text[:15].lower() == "shared publicly"
        if sharer and reasons[i] is None and i not in bylines and i not in taken and _named(lines[i]):
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
    _related_lists(lines, reasons, markers, bylines)
    for i in (i for i, reason in enumerate(reasons) if reason == _TOPIC):
        sheet.claim(i, "meta", "tag list")
        if not _TOPICS.fullmatch(lines[i].text):
            meta.tags.append(lines[i].text)
    prose = [line.prose and reasons[i] is None and i not in bylines for i, line in enumerate(lines)]
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

    # 2. Regions.
    header_end = _header_end(lines, reasons, prose, anchors | relative, markers)
    if _listed_in_contents(lines, header_end - 1):
        header_end -= 1  # the first sub-heading, under the page's table of contents
    # A link posted to an aggregator without text of its own: the first head under the poster's
    # byline ("214 points by NAME …") is a reply's.
    shared = [i for i in sorted(bylines) if i < header_end and bylines[i].author and _LINK_POST.match(lines[i].text)]
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
    last_marker = max(markers, default=-1)
    first_comment = min((i for i in markers if i >= thread_start), default=len(lines))

    def ends_thread(i: int) -> bool:
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
        if i > last_marker >= 0 and (lines[i].text.lower() == _THREAD_TAGS or _NAME_FIELD.fullmatch(lines[i].text)):
            return True  # (vBulletin's tags, under the thread; a comment form's first field, Jimdo's)
        if not (reasons[i] and END_OF_THREAD.fullmatch(lines[i].text)):
            return False
        if last_marker < 0 and _TOPICS.fullmatch(lines[i].text) and _sentence_after_links(lines, i + 1):
            return False
        entry = i + 1 < len(lines) and reasons[i + 1] in (None, _RELATED)
        entry = entry and (not lines[i + 1].prose or lines[i + 1].text.endswith("?"))  # (a thread's title may ask)
        listed = reasons[i] == LIST_HEADING and lines[i].indent == 0 and entry
        unloaded = MORE_COMMENTS.fullmatch(lines[i].text) is not None and i + 1 not in markers
        return i > last_marker or (i > first_comment and (listed or unloaded))

    start = max(body_start, min(first_comment + 1, last_marker + 1))
    footer_start = next((i for i in range(start, len(lines)) if ends_thread(i)), len(lines))
    if thread_start <= last_marker:  # the last comment ends where a run of page chrome begins
        # (The last poster's panel under the head, its labels and counts, is no such run.)
        panel_end = _after_panel(reasons, max(markers[last_marker].lines) + 1, (PROFILE, COUNTER))
        heads = [i for i in sorted(markers) if thread_start <= i]
        footer_start = min(footer_start, _chrome_run(reasons, _past_own_buttons(lines, reasons, heads, panel_end)))
        heads = [i for i in heads if i < footer_start]
        footer_start = min(footer_start, _closed_by_controls(lines, reasons, markers, heads, footer_start))
    thread_start = min(thread_start, footer_start)

    # 3. Header.
    dateline: str | None = None
    for i in range(header_end):
        if i in bylines:
            meta.take(bylines[i])
            claim_byline(sheet, i, bylines[i], anchored=i in anchors)
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif (iso := lines[i].date) is not None:
            dateline = dateline or iso
            sheet.claim(i, "meta", "dateline")
        elif i in relative:
            known = "relative" if is_relative_time(lines[i]) else "no year"
            sheet.claim(i, "meta", f"dateline ({known}: no date can be known)")
    # A byline's date, then the opening post's own head's, then a bare date: a bare date over a
    # forum's dated opening post is the board's clock, and one over "Posted on DATE by NAME" a
    # calendar's or a ticker's.
    posted_on = in_year_of(article_marker.date, None) if article_marker is not None else None
    meta.date = meta.date or posted_on or dateline
    header_anchors = sorted(a for a in anchors | relative if a < header_end)
    for a in header_anchors if meta.author is None else []:
        if (a not in bylines or bylines[a].author is None) and (writer := _writer_over(lines, reasons, a, bylines)):
            meta.author = lines[writer[0]].text
            for i in writer:
                sheet.claim(i, "meta", "byline")
            break
    for i in range(1, header_end):
        if not (sheet.free(i) and is_job(lines[i].text)):
            continue
        if i - 1 in bylines:
            sheet.claim(i, "meta", "byline")  # "Crime Reporter" under a byline, before a headline is sought
        elif (
            meta.author is None
            and sheet.free(i - 1)
            and _named(lines[i - 1])
            and i >= 2
            and (lines[i - 2].words >= 5 or i + 1 in header_anchors)
        ):
            # A columnist's name over "Social affairs columnist", under a headline (not a paper's
            # name over "Letters to the Editor"), or a reporter's over their job over the dateline.
            meta.author = lines[i - 1].text
            sheet.claim(i - 1, "meta", "byline")
            sheet.claim(i, "meta", "byline")
    candidates = [i for i in range(header_end) if sheet.free(i)]
    header_anchors += [header_end] if article_marker else []
    evidence = quoted + _listed_again(lines, reasons, header_end)
    poster = article_marker.author if article_marker is not None else None
    last = header_end - 1
    # The post's headline under its poster's name and a read time (Wix), unless one stands over the name.
    over = bool(candidates) and lines[candidates[-1]].words >= 3
    under = _head_under(lines, reasons, bylines, prose, body_start) if article_marker is not None and not over else None
    if under is not None:
        candidates.append(under[0])
        last = under[0]
    shares = frozenset(i for i in range(header_end) if reasons[i] == FOLLOW)
    published_in = any(byline.site for i, byline in bylines.items() if i < header_end)
    menus = frozenset(i for i in range(header_end) if reasons[i] == NAVIGATION)
    found = resolve_header(lines, candidates, header_anchors, evidence, last, poster, shares, published_in, menus)
    if (headline := _headline_under_dateline(lines, sheet, found, menus, header_anchors)) is not None:
        found = Header(headline, found.site, found.title)
    if under is not None and found.title == under[0]:
        for k in range(body_start, under[0]):
            if sheet.free(k) and is_comment_header(lines[k]):
                sheet.claim(k, "removed", COUNTER)  # a post's count of comments among its figures ("6 comments")
        if (flair := under[1]) is not None:
            meta.categories.append(lines[flair].text)  # the flair over a post's headline ("General")
            sheet.claim(flair, "meta", "category line")
    subject = article_marker.subject if article_marker is not None else None
    if article_marker is not None and subject is None and not article_marker.trailing:
        # vBulletin prints the opening post's title under its poster's panel, over the text.
        headline = _after_panel(reasons, body_start)
        if body_start < headline < len(lines) and _headline(lines, prose, headline):
            subject = headline
    if found.title is not None and subject is None:  # an opening post's own subject is its title
        meta.title = lines[found.title].text
        if subject_label := TITLE_LABEL.match(meta.title):
            meta.title = meta.title[subject_label.end() :]
        sheet.claim(found.title, "title", "title")
        _title_repeats(sheet, header_end, found.title, meta.title)
        badge = found.title - 1  # a news theme's category over the headline, the same words right over it
        # (the breadcrumb's last item, "Home" / "News" / "Politics" / "Politics")
        if badge > 0 and lines[badge].words <= 3 and lines[badge].text == lines[badge - 1].text and sheet.free(badge):
            meta.categories.append(lines[badge].text)
            sheet.claim(badge, "meta", "category line")
        flair = found.title + 1  # old Reddit's flair beside the title ("Discussion"), over "(self.SUB)"
        if flair + 1 < len(lines) and sheet.free(flair) and _SELF_POST.fullmatch(lines[flair + 1].text):
            meta.categories.extend([lines[flair].text] if _flair(lines[flair]) else [])
            sheet.claim(flair, "meta", "category line")
    # New Reddit names the community beside the post's age ("r/SocialWorkUK • 3 yr. ago"): the
    # community is the site, the platform's name over it chrome.
    community = next(
        (m[1] for i in range(header_end) if lines[i].text[:2] == "r/" and (m := _COMMUNITY.match(lines[i].text))), None
    )
    meta.site = meta.site or community
    site = found.site
    # The page's lone first line, where the opening post's subject is the title: the board's name
    # (not the topic's own title printed first).
    board = bool(candidates) and found.title == candidates[0] and lines[candidates[0]].words <= 8
    if site is None and subject is not None and board and lines[candidates[0]].text != lines[subject].text:
        site = found.title
    if site is not None and community is None:
        meta.site = meta.site or lines[site].text
        sheet.claim(site, "meta", "site name")
    if found.title is not None and meta.author is None and (handle := _handle_over(sheet, reasons, found.title)):
        meta.author = lines[handle].text
        sheet.claim(handle, "meta", "byline")
    if found.tagline is not None:
        sheet.claim(found.tagline, "removed", "site tagline")
    posted = article_marker is not None and meta.title is None
    if posted and subject is not None:
        meta.title = lines[subject].text
        # The thread's title printed in the page's head is the title, the post's own a repeat of it.
        printed = next((i for i in range(header_end) if sheet.free(i) and lines[i].text == meta.title), subject)
        sheet.claim(printed, "title", "title")
        _title_repeats(sheet, max(header_end, subject + 1), printed, meta.title)
    elif posted and sheet.free(body_start) and _headline(lines, prose, body_start):
        meta.title = lines[body_start].text  # a post's headline under its poster's name
        sheet.claim(body_start, "title", "title")
    forum = article_marker is not None and _opens_forum(
        lines, article_marker, markers.values(), body_start, first_comment
    )
    if article_marker is not None:
        meta.author = meta.author or article_marker.author
        for i in article_marker.lines:
            sheet.claim(i, "meta", "byline")
        for i in range(article_marker.lines[0] + 1, body_start):  # the poster's panel
            sheet.claim(i, "removed", reasons[i] or "poster profile")
    for i in sorted(m for m in markers if body_start <= m < first_text and not replied):
        # The opening post's own head under the thread's "Started by …", before any of its text.
        head = markers.pop(i)
        forum = forum or _opens_forum(lines, head, markers.values(), body_start, first_comment)
        meta.author = meta.author or head.author
        meta.date = meta.date or in_year_of(head.date, None)
        for k in head.lines:
            sheet.claim(k, "meta", "byline")
    # A standfirst: sentences between the headline and the byline or dateline under it (or a line of
    # a standfirst's length without its full stop).
    standfirst = []
    if found.title is not None:
        closing = min((a for a in header_anchors if a > found.title), default=found.title)
        summary = [i for i in range(found.title + 1, closing) if lines[i].words >= 8]
        summary = summary if is_summary(lines, summary) else []
        for i in range(found.title + 1, closing):
            # (Right under the headline ten words are enough: a banner or menu runs no longer. A
            # tabloid's bulleted points are its summary whatever their length.)
            least = 10 if i == found.title + 1 else STANDFIRST_WORDS
            standing = lines[i].prose or lines[i].words >= least or i in summary or is_bulleted(lines[i].text)
            if standing and sheet.claim(i, "meta", "standfirst"):
                standfirst.append(i)
    for i in range(header_end):
        text = lines[i].text
        after_byline = i > 0 and i - 1 in bylines and bylines[i - 1].author is not None
        if sheet.free(i) and after_byline and "," in text and lines[i].words <= 6 and not _SALUTATION.fullmatch(text):
            sheet.claim(i, "meta", "byline")  # the desk or outlet under a reporter's name
            continue
        if sheet.free(i) and after_byline and text[:3] == "in " and (filed := _FILED_IN.fullmatch(text)):
            meta.categories.append(filed[1])  # a block theme's "Written by NAME" / "in Local government"
            sheet.claim(i, "meta", "byline")
            continue
        under_byline = after_byline or sheet.roles.get(i - 1) == ("meta", "byline")
        if text == "in" and under_byline and sheet.free(i) and i + 1 < header_end and lines[i + 1].words <= 5:
            meta.categories.append(lines[i + 1].text)  # or a line each: "in" / "Serious case reviews"
            sheet.claim(i, "meta", "byline")
            sheet.claim(i + 1, "meta", "byline")
            continue
        near_title = found.title is not None and 0 < i - found.title <= 3
        pseud = _PSEUD.fullmatch(text) if near_title and text[-1:] == ")" else None  # "Hollis Marchbank (hmarchbank)"
        name = pseud[1] if pseud else text
        if sheet.free(i) and meta.author is None and near_title and _named_text(name):
            meta.author = name
            sheet.claim(i, "meta", "byline")
            continue
        if article_marker is not None and REPLY_COUNT.fullmatch(text):
            sheet.claim(i, "meta", "comment header")  # a forum's count of replies over the opening post
        elif not lines[i].prose and not (i == header_end - 1 and _opens_text(text)):
            sheet.claim(i, "removed", "page header: navigation, caption or banner")
        elif found.title is not None and any(i < m < found.title for m in menus):
            sheet.claim(i, "removed", "page header: navigation, caption or banner")  # a sentence over the menu

    # A page with no headline found that opens on a question over more text: the question heads it
    # (a question-and-answer site's, over the asker's details).
    opener = next((i for i in range(header_end, thread_start) if sheet.free(i) and reasons[i] is None), None)
    if (
        meta.title is None
        and opener is not None
        and _asks(lines[opener])
        and any(prose[i] for i in range(opener + 1, thread_start))
    ):
        meta.title = lines[opener].text
        sheet.claim(opener, "title", "title")

    # 4. Body, 5. thread, footer.
    # (Header prose left free joins the body.)
    body = claim_body(sheet, meta, reasons, bylines, 0, thread_start, last=thread_start == footer_start)
    comments = claim_thread(sheet, reasons, markers, thread_start, footer_start, meta, forum)
    if forum:
        body = drop_signatures(sheet, comments, meta.author, body)
    set_quotes_apart(sheet, comments, [lines[i].text for i in body])
    for i in range(footer_start, len(lines)):
        if meta.date is None and i in bylines and bylines[i].date and lines[i].text.lower().startswith(_SUBMITTED):
            meta.date = bylines[i].date  # old Reddit's sidebar, printed under the thread
            sheet.claim(i, "meta", "dateline")
            if len(lines[i].text) == len(_SUBMITTED):
                sheet.claim(i + 1, "meta", "dateline")  # its date, on a line of its own
        elif (
            lines[i].text.lower() == _THREAD_TAGS
            and i + 1 < len(lines)
            and (thread_tags := comma_list(lines[i + 1].text))
        ):
            meta.tags.extend(thread_tags)  # vBulletin's, under the thread ("Tags for this Thread" / list)
            sheet.claim(i, "meta", "tag list")
            sheet.claim(i + 1, "meta", "tag list")
        sheet.claim(i, "removed", reasons[i] or "site footer")

    if meta.title is not None and shared:
        meta.title = _LINKED_SITE.sub("", meta.title)
    return _document(source, whole, sheet, meta, standfirst, body, comments)


_COMMUNITY = re.compile(r"(r/\w{1,30}) • ")
_LINK_POST = re.compile(r"[\d,]+ points? by |submitted .{1,40}? by ", re.IGNORECASE)
"""An aggregator's byline over a shared link: "214 points by NAME …", old Reddit's "submitted … by NAME"."""
_LINKED_SITE = re.compile(r"\s+\((?:self\.[\w-]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\)$")
"""The site a shared link leads to, printed after its title: "… denial (example.org)", "(self.britishaffairs)"."""


_SAYING = (" responded:", " said:", " says:", " wrote:")
_THREAD_TAGS = "tags for this thread"
_ENTRY_STAMP = re.compile(r"\b(?:ago|\d+ comments?)\s*$")
"""A related entry's age or count of comments, over its teaser ("4 years ago • 9 comments")."""
_NAME_FIELD = re.compile(r"name\s*\*|name \(required\)", re.IGNORECASE)
_NAME_PARTS = re.compile(r"[\s_.-]+")
"""What parts a name into the words its initials are taken from: "DK" for "devon_k"."""


def _initials_of(text: str, name: str | None) -> bool:
    """``text`` is the initials of ``name``: "RC" for "Ryn Castell", "H" for "halden_sw" (NodeBB's one letter)."""
    if name is None or not 1 <= len(text) <= 3 or not text.isupper():
        return False
    return text == "".join(word[0] for word in [w for w in _NAME_PARTS.split(name) if w][: len(text)]).upper()


def _asks(line: Line) -> bool:
    """A question of a headline's length."""
    return line.text.endswith("?") and line.words <= 25 and line.text.count("?") == 1


def _opens_forum(lines: list[Line], head: Marker, others: Iterable[Marker], start: int, end: int) -> bool:
    """Whether the head over the article (from ``start`` to the first comment at ``end``) is a forum post's.

    A forum prints its opening post's head as it prints every reply's, and its replies follow the
    post at once; a paper's byline over the article ("Thu 5 Feb 2015 07.00 GMT") is no comment's
    head, and a comment header ("comments (312)") parts the article from the thread. So the head
    opens a forum unless such a header follows it and no other head dates itself in its form.
    """
    if not any(is_comment_header(lines[i]) for i in range(start, end)):
        return True
    form = date_form(lines, head)
    return form is None or any(date_form(lines, other) == form for other in others)


def _document(
    source: Source,
    whole: str,
    sheet: Sheet,
    meta: Meta,
    standfirst: list[int],
    body: list[int],
    comments: list[OpenComment],
) -> Document:
    lines = sheet.lines
    counts = Redactions()
    private = has_personal_data(whole)

    def published(text: str, counted: bool = True) -> str:
        # Furniture is redacted too, but only the writing's own personal data is counted: a
        # footer's contact address is the site's, not a writer's or a commenter's.
        nonlocal counts
        if not private:
            return text
        text, found = redact(text)
        if counted:
            counts += found
        return text

    blocks = []
    for position, i in enumerate(body):
        line = lines[i]
        followed_by_text = position + 1 < len(body) and lines[body[position + 1]].prose
        # A sub-heading: a short line without closing punctuation, introducing a paragraph.
        heading = not line.prose and line.words <= 12 and line.text[-1] not in '.!?:;,…"”)' and followed_by_text
        blocks.append(Block("h" if heading else "p", published(line.text), line.n))

    def redacted(comment: OpenComment) -> OpenComment:
        comment.paragraphs = [(n, published(t)) for n, t in comment.paragraphs]
        if comment.quote is not None:
            comment.quote = (comment.quote[0], [(n, published(t)) for n, t in comment.quote[1]])
        comment.replies = [redacted(r) for r in comment.replies]
        return comment

    for comment in comments:
        comment.date = in_year_of(comment.date, meta.date)
    tree = nest(comments)
    if private:  # (elsewhere nothing in a comment would change)
        tree = [redacted(c) for c in tree]
    roles = sorted(sheet.roles.items())
    removed = tuple(
        [
            Removed(lines[i].n, published(lines[i].text, counted=False), detail)
            for i, (kind, detail) in roles
            if kind == "removed"
        ]
    )
    metadata = tuple(
        [
            MetaLine(lines[i].n, published(lines[i].text), detail)
            for i, (kind, detail) in roles
            if kind in {"meta", "title"}
        ]
    )
    return Document(
        id=document_id(source.path),
        source_path=source.path,
        sha256=source.sha256,
        encoding=source.encoding,
        title=meta.title,
        author=meta.author,
        date=meta.date,
        site=meta.site,
        categories=tuple(meta.categories),
        tags=tuple(meta.tags),
        standfirst=published(" ".join(lines[i].text for i in standfirst)) if standfirst else None,
        body=tuple(blocks),
        comments=freeze(tree),
        removed=removed,
        metadata=metadata,
        redactions=counts,
    )
