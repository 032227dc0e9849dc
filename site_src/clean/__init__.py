"""Raw scraped text -> a structured ``Document``, with every line accounted for.

Each non-blank line of the scrape ends in exactly one place: the title, the metadata (bylines,
datelines, comment authors), the body, a comment, or the list of removed lines with the reason.
The stages run in the order written in ``clean`` below, each in a module of its own:

1. line rules: furniture by its text and its neighbours' (``furniture.py``), then the comments'
   heads (``markers.py``), then bylines and a header's fields (``fields.py``, reading each line
   with ``bylines.py``) and lists of related links (``related.py``);
2. the page's regions (``regions.py``): head (down to the first paragraph or the first post's
   head), body, comment thread (from its header or first head), footer (after the thread's end);
3. the head claimed as title, writer, date, site and standfirst (``metadata.py``, weighing the
   candidates for headline and site with ``header.py``);
4. the body: bylines, category lines, author boxes, captions, signatures, repeated blocks
   (``body.py``);
5. the thread: comments with their authors, dates and text, nested (``thread.py``);
6. the footer, then the document built with personal data redacted in everything that is
   published (``document.py``).

The stages share the role of every line and the metadata found so far (``sheet.py``), and each
line's furniture reason (``reasons``, ``None`` for a line no rule has explained).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document, Source
from .body import claim_body
from .bylines import Byline, comma_list, read_byline
from .document import build_document
from .fields import find_fields
from .furniture import (
    FOOTER,
    NAVIGATION,
    PICTURE,
    PROFILE,
    READING_TIME,
    archive_toolbar,
    control_rows,
    furniture_reason,
    host_bar,
    panel_values,
    poll_results,
    printed_pages,
    topic_toolbar,
)
from .header import blog_description
from .markers import Marker, answers_line, commenter_name, dated_after_dot, find_marker, line_date, template_heads
from .metadata import claim_head
from .regions import THREAD_TAGS, find_regions
from .sheet import COMMENT_HEADER, REPLY_SUBJECT, Meta, Sheet, is_comment_header, opens_like_header
from .text import Line, split_lines
from .thread import claim_thread, drop_signatures, set_quotes_apart

_QUOTES = "“”\"'‘’"
_TRACKBACK_TITLE = re.compile(r"listed below are links to weblogs that reference (?P<title>.+?):?", re.IGNORECASE)
_SAYING = (" responded:", " said:", " says:", " wrote:")
_NAME_PARTS = re.compile(r"[\s_.-]+")
"""What parts a name into the words its initials are taken from: "DK" for "devon_k"."""
_SUBMITTED = "this post was submitted on"
_LINKED_SITE = re.compile(r"\s+\((?:self\.[\w-]+|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,})\)$")
"""The site a shared link leads to, printed after its title: "… denial (example.org)", "(self.britishaffairs)"."""


def clean(source: Source) -> Document:
    """Clean one scraped source into a document."""
    whole = source.text
    lines = split_lines(whole)
    quoted = _title_evidence(lines)
    _unmark_quoted(lines, quoted)
    sheet = Sheet(lines)
    meta = Meta()
    reasons, opening, head_end = _mark_lines(lines)
    markers, taken = _find_heads(lines, reasons)
    bylines = find_fields(lines, reasons, markers, taken, opening, head_end)
    regions = find_regions(lines, reasons, markers, bylines, taken, opening)
    standfirst, forum = claim_head(sheet, meta, reasons, bylines, markers, regions, quoted)
    # (Header prose left free joins the body.)
    thread_start, footer_start = regions.thread_start, regions.footer_start
    body = claim_body(sheet, meta, reasons, bylines, 0, thread_start, last=thread_start == footer_start)
    comments = claim_thread(sheet, reasons, markers, thread_start, footer_start, meta, forum)
    if forum:
        body = drop_signatures(sheet, comments, meta.author, body)
    set_quotes_apart(sheet, comments, [lines[i].text for i in body])
    _claim_footer(sheet, meta, reasons, bylines, footer_start)
    if meta.title is not None and regions.shared:
        meta.title = _LINKED_SITE.sub("", meta.title)
    return build_document(source, whole, sheet, meta, standfirst, body, comments)


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


def _unmark_quoted(lines: list[Line], quoted: list[str]) -> None:
    """A question the replies quote as their subject is a title, not a paragraph."""
    titles = set(quoted)
    for i, line in enumerate(lines if titles else ()):
        if line.prose and line.words <= 40 and line.text.strip(_QUOTES + " :") in titles:
            lines[i] = line._replace(prose=False)


def _mark_lines(lines: list[Line]) -> tuple[list[str | None], int, int]:
    """Each line's furniture reason, with the first and second paragraphs' indices (where the head ends).

    (The paragraphs are counted before a footer's link between two of them is let back as a
    sub-heading.)
    """
    reasons = [furniture_reason(line.text, line.prose) for line in lines]
    texts = [line.text for line in lines]
    control_rows(texts, reasons)
    archive_toolbar(texts, reasons)
    host_bar(texts, reasons)
    topic_toolbar(texts, reasons)
    poll_results(texts, reasons)
    printed_pages(texts, reasons)
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
    return reasons, opening, head_end


def _find_heads(lines: list[Line], reasons: list[str | None]) -> tuple[dict[int, Marker], set[int]]:
    """The comments' heads by the index of their first line, and every line the heads take."""
    markers: dict[int, Marker] = {}
    taken: set[int] = set()
    commenters: set[str] = set()
    for i in range(len(lines)):
        if reasons[i] is None and i not in taken and (marker := find_marker(lines, i, reasons, commenters)) is not None:
            under = max(marker.lines) + 1
            if markers and under < len(lines) and READING_TIME.fullmatch(lines[under].text):
                # Under comments, a card's writer and date over its reading time: another post's
                # (Ghost's "Read more"). Over them, the post's own head (Wix's).
                continue
            markers[i] = marker
            commenters.add((marker.author or "").casefold())
            taken.update(marker.lines)
    for i, marker in template_heads(lines, reasons, markers).items():
        markers[i] = marker
        taken.update(marker.lines)
    for i, marker in markers.items():
        if (i and reasons[i - 1] is not None) or (i > 1 and REPLY_SUBJECT.fullmatch(lines[i - 1].text)):
            _name_over_panel(lines, reasons, i, marker.author)
    markers = _subjects_over_heads(lines, reasons, markers, taken)
    _undated_picks(lines, reasons, markers)
    first_post = min(markers, default=0)
    if first_post > 1 and reasons[first_post - 1] is None and not is_comment_header(lines[first_post - 1]):
        # A forum prints the topic's title again right over its first post, under a menu (not
        # the count of comments, over the first comment and in the page's head).
        again = lines[first_post - 1].text
        first_printed = next((line.n for line in lines[: first_post - 1] if line.text == again), None)
        if first_printed is not None:
            reasons[first_post - 1] = f"repeat of line {first_printed}"
    return markers, taken


def _subjects_over_heads(
    lines: list[Line], reasons: list[str | None], markers: dict[int, Marker], taken: set[int]
) -> dict[int, Marker]:
    """A comment's subject over its head, where the page prints one over every comment (Drupal's).

    Drupal makes the subject from the text's first words, cut off, when the commenter gives none
    ("Thank you for this. We are a…" over "Thank you for this. We are a small charity …"). Where two
    comments' subjects so open their texts, the short line over each other head is its subject too,
    one the commenter typed ("Walking it through").
    """

    def over(i: int) -> int | None:
        k = i - 2 if i > 1 and answers_line(lines[i - 1].text) else i - 1  # (over "In reply to SUBJECT by NAME")
        free = k >= 0 and reasons[k] is None and k not in taken and k not in markers
        short = free and lines[k].words <= 8 and lines[k].text[-1] not in ".?!:"
        return k if short and not is_comment_header(lines[k]) else None

    def opens_text(i: int, k: int) -> bool:
        """The subject is the text's first words cut off ("… We are a…"), as no reply's own text is."""
        start = max(markers[i].lines) + 1
        cut = lines[k].text.removesuffix("…").removesuffix("...")
        cut_off = len(cut) < len(lines[k].text) and len(cut.split()) >= 2
        return cut_off and start < len(lines) and lines[start].text.startswith(cut.rstrip())

    subjects = {i: k for i in markers if (k := over(i)) is not None}
    if sum(opens_text(i, k) for i, k in subjects.items()) < 2:
        return markers
    taken.update(subjects.values())
    return dict(
        sorted(
            (subjects.get(i, i), replace(m, lines=(subjects[i], *m.lines)) if i in subjects else m)
            for i, m in markers.items()
        )
    )


_JUMP = "jump to comment"
_PICKS_HEADING = " picks"


def _undated_picks(lines: list[Line], reasons: list[str | None], markers: dict[int, Marker]) -> None:
    """A paper's picks over its thread, each a commenter's name over a copy of the text and "Jump to comment".

    With no date, a pick's name heads no comment (picks with a date are comments, told apart as
    copies in ``thread.claim_thread``); the copy is a repeat of the line in the thread, the name
    the pick's, where the same commenter's comment below holds the line. Over the first, the
    heading under the paper's own name ("Wayfarer Picks") is the widget's.
    """
    heads = sorted(markers)
    for j in range(2, len(lines)):
        if lines[j].text.lower() != _JUMP or reasons[j - 1] is not None or reasons[j - 2] is not None:
            continue
        name, copy = lines[j - 2].text, lines[j - 1].text
        for i in (i for i in heads if i > j and markers[i].author == name):
            end = next((k for k in heads if k > i), len(lines))
            again = next((k for k in range(max(markers[i].lines) + 1, end) if lines[k].text == copy), None)
            if again is not None:
                reasons[j - 2], reasons[j - 1] = "comment picks", f"repeat of line {lines[again].n}"
                over = j - 3
                if over >= 0 and reasons[over] is None and lines[over].text.lower().endswith(_PICKS_HEADING):
                    reasons[over] = "comment picks"
                break


def _claim_footer(sheet: Sheet, meta: Meta, reasons: list[str | None], bylines: dict[int, Byline], start: int) -> None:
    """Claim the lines under the thread as the footer's, but for a date or the tags printed there."""
    lines = sheet.lines
    for i in range(start, len(lines)):
        if meta.date is None and i in bylines and bylines[i].date and lines[i].text.lower().startswith(_SUBMITTED):
            meta.date = bylines[i].date  # old Reddit's sidebar, printed under the thread
            sheet.claim(i, "meta", "dateline")
            if len(lines[i].text) == len(_SUBMITTED):
                sheet.claim(i + 1, "meta", "dateline")  # its date, on a line of its own
        elif (
            lines[i].text.lower() == THREAD_TAGS
            and i + 1 < len(lines)
            and (thread_tags := comma_list(lines[i + 1].text))
        ):
            meta.tags.extend(thread_tags)  # vBulletin's, under the thread ("Tags for this Thread" / list)
            sheet.claim(i, "meta", "tag list")
            sheet.claim(i + 1, "meta", "tag list")
        sheet.claim(i, "removed", reasons[i] or "site footer")


def _initials_of(text: str, name: str | None) -> bool:
    """``text`` is the initials of ``name``: "RC" for "Ryn Castell", "H" for "halden_sw" (NodeBB's one letter)."""
    if name is None or not 1 <= len(text) <= 3 or not text.isupper():
        return False
    return text == "".join(word[0] for word in [w for w in _NAME_PARTS.split(name) if w][: len(text)]).upper()


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
