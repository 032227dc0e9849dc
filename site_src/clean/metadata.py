"""The page's head claimed: its title, writer, date, site, categories and standfirst.

Run after ``regions`` has found where the head ends; ``header.py`` weighs which of the head's
free lines is the headline and which the site's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .body import claim_byline
from .bylines import Byline, comma_list, is_job, names_a_job, spelled_sender
from .dates import find_date, in_year_of
from .furniture import COUNTER, FOLLOW, NAVIGATION, PROFILE
from .header import STANDFIRST_WORDS, TITLE_LABEL, Header, is_bulleted, is_summary, resolve_header
from .markers import BADGE, POST_SUBJECT, Marker, date_form, is_relative_time, subject_of
from .regions import LINK_POST, Regions, after_panel
from .related import TOPIC, TOPICS
from .shapes import COMMUNITY, REDDIT_POSTER, is_headline, named_line, named_text
from .sheet import REPLY_COUNT, Meta, Sheet, is_comment_header
from .text import Line, looks_like_name

_LIST_NUMBER = re.compile(r"\d{1,2}[.)]\s+")
_SELF_POST = re.compile(r"\(self\.[\w-]+\)")
"""Old Reddit's mark of a text post, after its title and flair: "(self.britishpolitics)"."""
_FILED_IN = re.compile(r"in ([A-Z][\w'’&-]*(?: [\w'’&-]+){0,4})")
"""The category under a byline, on a line of its own: "in Local government"."""
_PSEUD = re.compile(r"(.{3,60}) \([a-z\d_.-]{2,30}\)")
"""A name the writer goes by with the account's handle after it, in brackets (an archive of works')."""
_SALUTATION = re.compile(r"(?:(?:Dear|Hi|Hello)\b[^.!?]{1,60}|[A-Z][a-z]+(?: (?:and|&) [a-z]+)?),")
"""How a letter or a mailing opens over its first paragraph ("Dear friends,", "Colleagues,")."""
_OPENING_SECTIONS = frozenset(("summary", "executive summary", "overview", "introduction", "background", "foreword"))
"""The sub-headings a report or briefing opens its text with, over its first paragraph."""
_LIST_NAME = re.compile(r"\[([A-Z][\w.-]{0,39}[a-z][\w.-]*)\] ")
"""A mailing list's name before a message's subject: "[Dearne-governors] Reading group …" (a word with
lower case in it, not a message's kind: "[PATCH v2]", "[RFC]", "[SOLVED]")."""
_HANDLE = re.compile(r"[a-z0-9_.-]{0,29}[a-z][a-z0-9_.-]{0,29}")


def claim_head(
    sheet: Sheet,
    meta: Meta,
    reasons: list[str | None],
    bylines: dict[int, Byline],
    markers: dict[int, Marker],
    regions: Regions,
    quoted: list[str],
) -> tuple[list[int], bool]:
    """Claim the head's lines, returning the standfirst's lines and whether the page is a forum's.

    ``quoted`` are the titles the page quotes elsewhere. An opening post's head read after the
    thread's "Started by …" leaves ``markers``.
    """
    lines = sheet.lines
    for i in (i for i, reason in enumerate(reasons) if reason == TOPIC):
        sheet.claim(i, "meta", "tag list")
        if not TOPICS.fullmatch(lines[i].text):
            meta.tags.append(lines[i].text)
    anchors = _claim_dates(sheet, meta, reasons, bylines, regions)
    _claim_jobs(sheet, meta, bylines, regions.header_end, anchors)
    anchors += [regions.header_end] if regions.article_marker else []  # (an opening post's head too)
    menus = frozenset(i for i in range(regions.header_end) if reasons[i] == NAVIGATION)
    found, subject = _claim_title(sheet, meta, reasons, bylines, regions, anchors, quoted, menus)
    forum = _claim_opening_post(sheet, meta, reasons, markers, regions, subject, found.title)
    standfirst = _claim_standfirst(sheet, found.title, anchors)
    _claim_rest(sheet, meta, bylines, regions, found.title, menus)
    _question_title(sheet, meta, reasons, regions)
    return standfirst, forum


def _claim_dates(
    sheet: Sheet, meta: Meta, reasons: list[str | None], bylines: dict[int, Byline], regions: Regions
) -> list[int]:
    """Claim the head's bylines, datelines, furniture and a writer named over a dateline; return its anchors."""
    lines = sheet.lines
    header_end, anchors, relative, article_marker = (
        regions.header_end,
        regions.anchors,
        regions.relative,
        regions.article_marker,
    )
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
    return header_anchors


_DESK = re.compile(
    r"(?!(?i:latest) )[\w&'’. -]{1,40} (?:News|Sport), (?!(?:Sport|Weather|Business|Politics|Events)\b)"
    r"[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}"
)
"""A broadcaster's newsroom and its place, under a reporter's name: "Northlight News, Sheffield"."""


def _claim_jobs(
    sheet: Sheet, meta: Meta, bylines: dict[int, Byline], header_end: int, header_anchors: list[int]
) -> None:
    """Claim a writer's job under their name ("Crime Reporter"), and the name where no byline gave it."""
    lines = sheet.lines
    for i in range(1, header_end):
        desk = (
            meta.author is None
            and sheet.free(i - 1)
            and lines[i].text[-1:].isalpha()
            and _DESK.fullmatch(lines[i].text)
        )
        if desk and sheet.free(i) and named_text(lines[i - 1].text):
            # A broadcaster's reporter over their newsroom ("NAME" / "BBC News, Leeds").
            meta.author = lines[i - 1].text
            sheet.claim(i - 1, "meta", "byline")
            sheet.claim(i, "meta", "byline")
            continue
        if not (sheet.free(i) and is_job(lines[i].text)):
            continue
        if i - 1 in bylines:
            sheet.claim(i, "meta", "byline")  # "Crime Reporter" under a byline, before a headline is sought
        elif (
            meta.author is None
            and sheet.free(i - 1)
            and named_line(lines[i - 1])
            and i >= 2
            and (lines[i - 2].words >= 5 or i + 1 in header_anchors)
        ):
            # A columnist's name over "Social affairs columnist", under a headline (not a paper's
            # name over "Letters to the Editor"), or a reporter's over their job over the dateline.
            meta.author = lines[i - 1].text
            sheet.claim(i - 1, "meta", "byline")
            sheet.claim(i, "meta", "byline")


def _claim_title(
    sheet: Sheet,
    meta: Meta,
    reasons: list[str | None],
    bylines: dict[int, Byline],
    regions: Regions,
    header_anchors: list[int],
    quoted: list[str],
    menus: frozenset[int],
) -> tuple[Header, int | None]:
    """Claim the headline and the site's name among the head's free lines; return them and an opening post's subject."""
    lines, prose = sheet.lines, regions.prose
    header_end, body_start, article_marker = regions.header_end, regions.body_start, regions.article_marker
    candidates = [i for i in range(header_end) if sheet.free(i)]
    evidence = quoted + _listed_again(lines, reasons, header_end)
    poster = article_marker.author if article_marker is not None else None
    last = header_end - 1
    if candidates and candidates[-1] == last and _opens_text(lines[last].text):
        candidates.pop()  # a letter's greeting under its headline ("Dear members,"), the text's first line
        last -= 1
    # The post's headline under its poster's name and a read time (Wix), unless one stands over the name.
    over = bool(candidates) and lines[candidates[-1]].words >= 3
    under = _head_under(lines, reasons, bylines, prose, body_start) if article_marker is not None and not over else None
    if under is not None:
        candidates.append(under[0])
        last = under[0]
    shares = frozenset(i for i in range(header_end) if reasons[i] == FOLLOW)
    published_in = any(byline.site for i, byline in bylines.items() if i < header_end)
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
    if subject is not None and found.title is not None and lines[subject].text.startswith(POST_SUBJECT):
        printed = any(lines[k].text == subject_of(lines[subject].text) for k in range(subject))
        subject = subject if printed else None  # (page 2's first post, a reply under its own subject)
    if article_marker is not None and subject is None and not article_marker.trailing:
        # vBulletin prints the opening post's title under its poster's panel, over the text.
        headline = after_panel(reasons, body_start, (PROFILE, "comment form"))  # (XenForo's "Add bookmark" between)
        if body_start < headline < len(lines) and is_headline(lines, prose, headline):
            subject = headline
    # New Reddit names the community beside the post's age ("r/SocialWorkUK • 3 yr. ago"): the
    # community is the site, the platform's name over it chrome.
    community = next(
        (m[1] for i in range(header_end) if lines[i].text[:2] == "r/" and (m := COMMUNITY.match(lines[i].text))), None
    )
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
        above = found.title - 1  # new Reddit's flair between the poster's line and the title
        # (Old Reddit's link flair over the title, its score over the flair, "(self.SUB)" under the title.)
        self_post = found.title + 1 < len(lines) and _SELF_POST.fullmatch(lines[found.title + 1].text) is not None
        flaired = above > 0 and (lines[above - 1].text.startswith(REDDIT_POSTER) or self_post)
        if flaired and sheet.free(above) and _flair(lines[above]):
            meta.categories.append(lines[above].text)
            sheet.claim(above, "meta", "category line")
        flair = found.title + 1  # old Reddit's flair beside the title ("Discussion"), over "(self.SUB)"
        if flair + 1 < len(lines) and sheet.free(flair) and _SELF_POST.fullmatch(lines[flair + 1].text):
            meta.categories.extend([lines[flair].text] if _flair(lines[flair]) else [])
            sheet.claim(flair, "meta", "category line")
        # New Reddit's, alone under the title, over the post's text (where the head ends).
        elif community and flair == header_end - 1 and sheet.free(flair) and _flair(lines[flair]):
            meta.categories.append(lines[flair].text)
            sheet.claim(flair, "meta", "category line")
    # The masthead's link home names the site: "Sky News - back to home" (a broadcaster's).
    top = found.title if found.title is not None else header_end  # (above the headline, never it)
    home = next(((i, m["name"]) for i in range(top) if (m := _BACK_HOME.fullmatch(lines[i].text))), None)
    meta.site = meta.site or community or (home[1] if home else None)
    site = found.site if home is None else None
    if home is not None and sheet.free(home[0]):
        sheet.claim(home[0], "meta", "site name")
    # The page's lone first line, where the opening post's subject is the title: the board's name
    # (not the topic's own title printed first).
    board = bool(candidates) and found.title == candidates[0] and lines[candidates[0]].words <= 8
    if site is None and subject is not None and board and lines[candidates[0]].text != lines[subject].text:
        site = found.title
    if site is not None and community is None:
        meta.site = meta.site or lines[site].text
        sheet.claim(site, "meta", "site name")
        # A paper's masthead over its Sunday's ("The Ledger & The Sunday Ledger"): the one that printed
        # the story is the one its dateline names ("Friday August 29 2014, 12.01am, The Ledger").
        papers = meta.site.split(" & ") if " & " in meta.site else []  # (two titles of one name)
        papers = papers if len(papers) == 2 and papers[0].split()[-1] == papers[1].split()[-1] else []
        dated = (lines[k].text for k in range(site + 1, header_end) if papers and find_date(lines[k].text))
        meta.site = next((p for text in dated for p in papers if text.endswith(f", {p}")), meta.site)
    elif site is None and meta.title and (listed := _LIST_NAME.match(meta.title)) and _mailed(lines, header_end):
        meta.site = meta.site or listed[1]  # a mailing list's archive names the list before the subject
    if found.title is not None and meta.author is None and (handle := _handle_over(sheet, reasons, found.title)):
        meta.author = lines[handle].text
        sheet.claim(handle, "meta", "byline")
    if found.tagline is not None:
        sheet.claim(found.tagline, "removed", "site tagline")
    return found, subject


def _claim_opening_post(
    sheet: Sheet,
    meta: Meta,
    reasons: list[str | None],
    markers: dict[int, Marker],
    regions: Regions,
    subject: int | None,
    title: int | None,
) -> bool:
    """Claim a forum's opening post's head, panel and subject as the article's; return whether the page is a forum's.

    ``title``: the headline's line, where the page's head gave one.
    """
    lines, prose = sheet.lines, regions.prose
    header_end, body_start, article_marker = regions.header_end, regions.body_start, regions.article_marker
    first_comment, first_text, replied = regions.first_comment, regions.first_text, regions.replied
    posted = article_marker is not None and meta.title is None
    if posted and subject is not None:
        label = TITLE_LABEL.match(lines[subject].text)  # (phpBB's "Post subject: …")
        meta.title = lines[subject].text[label.end() if label else 0 :]
        # The thread's title printed in the page's head is the title, the post's own a repeat of it.
        printed = next((i for i in range(header_end) if sheet.free(i) and lines[i].text == meta.title), subject)
        sheet.claim(printed, "title", "title")
        _title_repeats(sheet, max(header_end, subject + 1), printed, meta.title)
        title = printed
    elif posted and sheet.free(body_start) and is_headline(lines, prose, body_start):
        meta.title = lines[body_start].text  # a post's headline under its poster's name
        sheet.claim(body_start, "title", "title")
        title = body_start
    forum = article_marker is not None and _opens_forum(
        lines, article_marker, markers.values(), body_start, first_comment
    )
    if article_marker is not None:
        meta.author = meta.author or article_marker.author
        for i in article_marker.lines:
            sheet.claim(i, "meta", "byline")
        for i in range(article_marker.lines[0] + 1, body_start):  # the poster's panel
            sheet.claim(i, "removed", reasons[i] or "poster profile")
        # Between the head and the text: the board ("in Local Politics", past an edit note) and the
        # post's own title, the thread's again (vBulletin 4's; not a paragraph asking what the title asks).
        for i in range(body_start, first_text):
            text = lines[i].text
            if not sheet.free(i):
                continue
            if text[:3] == "in " and (filed := _FILED_IN.fullmatch(text)):
                meta.categories.append(filed[1])
                sheet.claim(i, "meta", "byline")
            elif title is not None and text == meta.title:
                sheet.claim(i, "removed", f"repeat of line {lines[title].n}")
    for i in sorted(m for m in markers if body_start <= m < first_text and not replied):
        # The opening post's own head under the thread's "Started by …", before any of its text.
        head = markers.pop(i)
        forum = forum or _opens_forum(lines, head, markers.values(), body_start, first_comment)
        meta.author = meta.author or head.author
        meta.date = meta.date or in_year_of(head.date, None)
        for k in head.lines:
            sheet.claim(k, "meta", "byline")
    return forum


def _claim_standfirst(sheet: Sheet, title: int | None, header_anchors: list[int]) -> list[int]:
    """Claim a standfirst: the sentences between the headline and the byline or dateline under it.

    (Or a line of a standfirst's length without its full stop.)
    """
    lines = sheet.lines
    standfirst = []
    if title is not None:
        closing = min((a for a in header_anchors if a > title), default=title)
        summary = [i for i in range(title + 1, closing) if lines[i].words >= 8]
        summary = summary if is_summary(lines, summary) else []
        for i in range(title + 1, closing):
            # (Right under the headline ten words are enough: a banner or menu runs no longer. A
            # tabloid's bulleted points are its summary whatever their length.)
            least = 10 if i == title + 1 else STANDFIRST_WORDS
            standing = lines[i].prose or lines[i].words >= least or i in summary or is_bulleted(lines[i].text)
            if standing and sheet.claim(i, "meta", "standfirst"):
                standfirst.append(i)
    return standfirst


def _claim_rest(
    sheet: Sheet, meta: Meta, bylines: dict[int, Byline], regions: Regions, title: int | None, menus: frozenset[int]
) -> None:
    """Claim the head's lines left: a desk or category under a byline, a name near the headline, chrome."""
    lines, header_end, article_marker = sheet.lines, regions.header_end, regions.article_marker
    for i in _aggregator_tags(lines, bylines, title):
        meta.tags.append(lines[i].text)
        sheet.claim(i, "meta", "tag list")
    for i in range(1, min(header_end + 3, len(lines) - 1)):  # (the head may end at the byline)
        # A theme's meta a line each: "by NAME" / the date / its categories / "8 Comments" (Neve's).
        text = lines[i].text
        over_count = sheet.free(i) and lines[i].words <= 6 and lines[i - 1].date and is_comment_header(lines[i + 1])
        # (One word, or a list: "Ann Birch" there is the writer's name.)
        if over_count and (listed := comma_list(text) or ((text,) if text[:1].isupper() and " " not in text else ())):
            meta.categories.extend(listed)
            sheet.claim(i, "meta", "byline")
            sheet.claim(i + 1, "removed", COUNTER)  # (the count, over the text: no header of the thread)
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
        near_title = title is not None and 0 < i - title <= 3
        pseud = _PSEUD.fullmatch(text) if near_title and text[-1:] == ")" else None  # "Hollis Marchbank (hmarchbank)"
        name = pseud[1] if pseud else text
        if sheet.free(i) and meta.author is None and near_title and named_text(name):
            meta.author = name
            sheet.claim(i, "meta", "byline")
            continue
        if article_marker is not None and REPLY_COUNT.fullmatch(text):
            sheet.claim(i, "meta", "comment header")  # a forum's count of replies over the opening post
        elif not lines[i].prose and not (i == header_end - 1 and _opens_text(text)):
            sheet.claim(i, "removed", "page header: navigation, caption or banner")
        elif title is not None and any(i < m < title for m in menus):
            sheet.claim(i, "removed", "page header: navigation, caption or banner")  # a sentence over the menu


def _aggregator_tags(lines: list[Line], bylines: dict[int, Byline], title: int | None) -> list[int]:
    """A link aggregator's tags, a line each between the story's title and its byline (Lobsters').

    Each is a word or two in lower case; the story's domain ("notes.example.org") may stand among them.
    """
    if title is None:
        return []
    below = next((i for i in range(title + 1, min(title + 9, len(lines))) if i in bylines), None)
    if below is None or not LINK_POST.match(lines[below].text):
        return []
    between = range(title + 1, below)
    if not all(_TAG_CHIP.fullmatch(lines[i].text) or _DOMAIN.fullmatch(lines[i].text) for i in between):
        return []
    return [i for i in between if _TAG_CHIP.fullmatch(lines[i].text)]


_TAG_CHIP = re.compile(r"[a-z][a-z0-9-]*(?: [a-z0-9-]+)?")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")


def _question_title(sheet: Sheet, meta: Meta, reasons: list[str | None], regions: Regions) -> None:
    """Where no headline was found, a question over more text heads the page.

    (A question-and-answer site's, over the asker's details.)
    """
    lines, prose, header_end, thread_start = sheet.lines, regions.prose, regions.header_end, regions.thread_start
    opener = next((i for i in range(header_end, thread_start) if sheet.free(i) and reasons[i] is None), None)
    if (
        meta.title is None
        and opener is not None
        and _asks(lines[opener])
        and any(prose[i] for i in range(opener + 1, thread_start))
    ):
        meta.title = lines[opener].text
        sheet.claim(opener, "title", "title")


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


def _head_under(
    lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], prose: Sequence[bool], start: int
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
    if flaired and is_headline(lines, prose, head + 1):
        return head + 1, head
    if head == start:
        return None
    if is_headline(lines, prose, head):
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


_READ_TIME = re.compile(r"(?:[·•]\s*)?\d{1,2} min(?:ute)? read", re.IGNORECASE)
_BACK_HOME = re.compile(r"(?P<name>[^-–]{2,40}?) [-–] back to home", re.IGNORECASE)
"""A masthead's link home, as a broadcaster prints it: "Sky News - back to home"."""


def _flair(line: Line) -> bool:
    """A topic's label: up to three words, capitalised, no figure ("General", "Lost and found")."""
    return line.words <= 3 and line.text[0].isupper() and not line.prose and not any(c.isdigit() for c in line.text)


def _handle_over(sheet: Sheet, reasons: list[str | None], title: int) -> int | None:
    """The poster's handle over a post's headline, perhaps with a "Follow" button between (Tumblr).

    A handle is one word in lower case, perhaps with digits, "_", "." or "-" in it ("northernlass",
    "fern_writes"); a section's name over a headline is capitalised ("News"), a dateline no word.
    """
    above = next((j for j in (title - 1, title - 2) if j >= 0 and reasons[j] is None), None)
    if above is None or not sheet.free(above):
        return None
    return above if _HANDLE.fullmatch(sheet.lines[above].text) else None


def _opens_text(text: str) -> bool:
    """Whether a line just over the first paragraph belongs to the text: a letter's greeting or a first heading."""
    return bool(_SALUTATION.fullmatch(text)) or text.lower() in _OPENING_SECTIONS


def _opens_forum(lines: list[Line], head: Marker, others: Iterable[Marker], start: int, end: int) -> bool:
    """Whether the head over the article (from ``start`` to the first comment at ``end``) is a forum post's.

    A forum prints its opening post's head as it prints every reply's, and its replies follow the
    post at once; a paper's byline over the article ("Thu 5 Feb 2015 07.00 GMT") is no comment's
    head, and a comment header ("comments (312)") parts the article from the thread. So the head
    opens a forum unless such a header follows it and no other head dates itself in its form, or
    the head gives the post's reading time, as no forum does.
    """
    if not any(is_comment_header(lines[i]) for i in range(start, end)):
        return True
    after = head.lines[-1] + 1
    if any(_READ_TIME.fullmatch(lines[k].text) for k in range(after, min(after + 2, len(lines)))):
        return False  # (a blog's head with its reading time: "Feb 12, 2015" / "3 min read", Wix's)
    form = date_form(lines, head)
    return form is None or any(date_form(lines, other) == form for other in others)


def _mailed(lines: list[Line], end: int) -> bool:
    """Whether the head names a mail archive's sender, the address spelt out ("Tom Aldous t.aldous at example.org")."""
    return any(spelled_sender(lines[i].text) for i in range(end))


def _asks(line: Line) -> bool:
    """A question of a headline's length."""
    return line.text.endswith("?") and line.words <= 25 and line.text.count("?") == 1
