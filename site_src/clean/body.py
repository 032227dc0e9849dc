"""The article's lines, and what stands among them.

Paragraphs, and the bylines, category lines, author boxes, tag lists, captions, signatures and
repeats around them.
"""

from __future__ import annotations

import re

from ..redact import has_personal_data
from .bylines import Byline, comma_list, is_job
from .furniture import LIST_HEADING, NAVIGATION, PROFILE, RELATED, STORY_LINK, WRITER_BIOGRAPHY
from .markers import is_relative_time
from .sheet import REPLY_SUBJECT, Meta, Sheet
from .text import Line, comparable, looks_like_name

_I = re.IGNORECASE
_ABOUT = re.compile(
    r"about (?!(?:this|that|the|these|our|us|me|my|a|an)\b)(?P<author>[\w.'’-]+(?: [\w.'’-]+){0,2})", _I
)
"""An author box's heading, "About Natasha Greaves", "About richardkemp" (not "About this paper")."""
_SIGNATURE_RULE = re.compile(r"_{5,}|-{5,}")
_PROFILE = re.compile(r"(?:posts|joined|join date|location):.*", _I)
_TAG_HEADING = re.compile(
    r"(?:(?:post )?tags|tagged|topics|labels|keywords|more on|more about|explore more on these topics)\s*:?", _I
)
"""The heading a list of tags may have ("Topics", "Tags:", "More on", "Explore more on these topics"): not a tag."""
_CATEGORY_HEADING = re.compile(r"(?:posted in|filed under|categor(?:y|ies)|sections?|in)\s*:?", _I)
"""The heading of a list of categories among the tags ("Posted in" / "News" / "Tags" / "Telford")."""


def _heads_tags(text: str) -> bool:
    """A tag list's heading or its categories' ("Tags:", "in")."""
    return _TAG_HEADING.fullmatch(text) is not None or _CATEGORY_HEADING.fullmatch(text) is not None


_BUTTON = re.compile(
    r"(?i:reply|forward|share|send|show|get|sign|join|donate|subscribe|follow|print|report|view|download)"
    r"(?: (?:all|this|that|these|an?|the|up|in|on|involved|now|more|less|me|us|our|your|to|with|via)\b.*)?"
)
"""A control: its verb alone or with its object or particle ("Reply all", "Share this petition", "Get
involved"); a row holding one is no list of tags. (Not a tag that starts like one: "Sign language",
"Forward planning", nor an acronym: "SEND".)"""


_BYLINE_ROLES = (("meta", "byline"), ("meta", "dateline"))


def claim_body(
    sheet: Sheet,
    meta: Meta,
    reasons: list[str | None],
    bylines: dict[int, Byline],
    start: int,
    end: int,
    last: bool,
) -> list[int]:
    """Claim the article's lines; return the indexes that are its paragraphs.

    ``last`` says no comment thread follows ``end``: the page's own footer does.
    """
    lines = sheet.lines
    seen: dict[str, int] = {}
    kept: list[int] = []
    bios = _sidebar_biographies(lines, reasons, start, end)
    # (The writer's name may be in a byline under the standfirst, among the lines claimed below.)
    bylined = (b.author for i, b in sorted(bylines.items()) if start <= i < end and b.author and not b.furniture)
    writer = _writer_biographies(lines, reasons, meta.author or next(bylined, None), start, end)
    tail = _tail(lines, reasons, bylines, start, end) if last else end
    prose = [
        i
        for i in range(start, end)
        if lines[i].prose and reasons[i] is None and i not in bylines and i not in bios | writer
    ]
    # A paragraph between chrome lines is a widget's blurb after the article, unless no paragraph
    # stands clear of chrome: then the first is kept as the article's (a forum's one-paragraph post
    # between its subject label and "Back to top").
    last_prose = max(
        (i for i in prose if not _amid_furniture(lines, reasons, i)), default=prose[0] if prose else start - 1
    )
    # A biography right under the article ("I will miss it." / "Anna Price is a freelance writer …")
    # shows where it ends; one in an author box ("About the author", "About Anna Price") does not.
    if writer:
        above = range(max(start, min(last_prose + 1, min(writer) - 3)), min(writer))
        if not any(reasons[k] is not None or _ABOUT.fullmatch(lines[k].text) for k in above):
            last_prose = max(writer)
    named = {
        **dict.fromkeys(bylines, "byline"),
        **dict.fromkeys(bios, "blog biography"),
        **dict.fromkeys(writer, WRITER_BIOGRAPHY),
        # An author box's name over the biography ("Cormac Fairweather-Adjei" / "Cormac is …").
        **{k - 1: _AUTHOR_CARD for k in writer if k - 1 > last_prose and lines[k - 1].text == meta.author},
    }
    explained = [r if r is not None else named.get(i) for i, r in enumerate(reasons)]
    tag_lists = _tag_lists(lines, explained, start, end, meta.author)
    listed = meta.tags
    appeals = {f"support {meta.site.lower()}", f"donate to {meta.site.lower()}"} if meta.site else set()
    for i in range(start, end):
        if not sheet.free(i):
            continue
        text = lines[i].text
        key = comparable(text) if reasons[i] is None and i not in bylines else ""
        if text.lower() == "written by" and i + 2 < end and i + 2 >= last_prose and lines[i + 1].text == meta.author:
            # An author card at the foot (Hashnode): the heading, the byline's name again, the biography.
            sheet.claim(i, "removed", _AUTHOR_CARD)
            sheet.claim(i + 1, "removed", _AUTHOR_CARD)
            _claim_biography(sheet, reasons, i + 1, end)
        elif (
            meta.author
            and text.lower() == "about the author"
            and i + 1 < end
            and i + 1 >= last_prose
            and lines[i + 1].text.startswith(f"{meta.author} ")
        ):
            # The author box at the foot: its heading over the biography of the byline's writer
            # ("About the author" / "Nadia Roscoe is Head of Policy at …").
            sheet.claim(i, "removed", _AUTHOR_CARD)
            sheet.claim(i + 1, "removed", "blog biography")
        elif named.get(i) == _AUTHOR_CARD:
            sheet.claim(i, "removed", _AUTHOR_CARD)
        elif i in bylines and i > last_prose and _teasers(sheet, meta, bylines[i], i):
            sheet.claim(i, "removed", RELATED)  # a list's story under the text: "Title" / "By NAME" / its date
        elif i in bylines:
            meta.take(bylines[i])
            claim_byline(sheet, i, bylines[i])
            dated = i + 1 < end and lines[i + 1].date is not None  # (the date under it: "Written By NAME" / DATE)
            if bylines[i].furniture and bylines[i].author and not bylines[i].bare and not dated:
                _claim_biography(sheet, reasons, i, end)  # (not under an entry footer's "Author NAME")
        elif reasons[i] is not None:
            sheet.claim(i, "removed", reasons[i] or "")
        elif sheet.roles.get(i - 1) in _BYLINE_ROLES and (is_job(text) or lines[i].date):
            # A byline under a standfirst goes on with the writer's job and the date ("Chief
            # Reporter" / "10:02, 12 JUL 2022"), as one in the page's head does.
            meta.date = meta.date or lines[i].date
            sheet.claim(i, "meta", "dateline" if lines[i].date else "byline")
        elif i > last_prose and _under_split_byline(sheet, i) and (values := comma_list(text)):
            meta.tags.extend(values)  # a block theme's tags under its "by" / NAME at the post's foot
            sheet.claim(i, "meta", "tag list")
        elif i in bios:
            sheet.claim(i, "removed", "blog biography")
        elif i in writer:
            sheet.claim(i, "meta", WRITER_BIOGRAPHY)  # (the writer's, as a byline is)
        elif i in tag_lists:
            listed = listed if i - 1 in tag_lists else meta.tags
            if _CATEGORY_HEADING.fullmatch(text):
                listed = meta.categories
            elif _TAG_HEADING.fullmatch(text):
                listed = meta.tags
            else:  # (Tumblr prints each tag as "#munros")
                # A list's one line under its heading may hold them all: a block theme's "in" / "News, Policy"
                # (not a list a line each: "Topics" / "Sheffield, UK" / "Child protection").
                alone = _heads_tags(lines[i - 1].text) and (i + 1 not in tag_lists or _heads_tags(lines[i + 1].text))
                listed.extend((comma_list(text) if alone else ()) or [text.removeprefix("#")])
            sheet.claim(i, "meta", "tag list")
        elif i == last_prose + 1 and (tags := _comma_tags(lines, reasons, i, end)):
            meta.tags.extend(tags)
            sheet.claim(i, "meta", "tag list")
        elif (about := _ABOUT.fullmatch(text)) and i + 1 < end and i >= last_prose - 1:
            if _sites_own(about["author"], meta):  # ("About OpenChamber": the site's, no writer's)
                sheet.claim(i, "removed", "site's about box")
            else:
                meta.author = meta.author or about["author"]
                sheet.claim(i, "meta", "author box")
            _claim_biography(sheet, reasons, i, end)
        elif text[:3].lower() == "re:" and REPLY_SUBJECT.fullmatch(text):
            sheet.claim(i, "meta", "reply subject")
        elif key in seen and (lines[i].words >= 6 or seen[key] == kept[-1]) and not _label(sheet, i):
            sheet.claim(i, "removed", f"repeat of line {lines[seen[key]].n}")
        elif lines[i].words < 6 and (first := _heads_a_repeat(sheet, i)) is not None:
            sheet.claim(i, "removed", f"repeat of line {lines[first].n}")
        elif is_signature(sheet, reasons, i, end):
            sheet.claim(i, "removed", "signature")
        elif text == meta.author and i + 1 < end and reasons[i + 1] == PROFILE:
            sheet.claim(i, "removed", PROFILE)  # phpBB prints the poster's name again over the panel
        elif lines[i].date and meta.date is None and _at_foot(lines, kept, i, end):
            meta.date = lines[i].date  # Tumblr and some blog themes date a post at its foot
            sheet.claim(i, "meta", "dateline")
        elif i > last_prose and lines[i].words <= 6 and is_relative_time(lines[i]):
            sheet.claim(i, "meta", "dateline (relative: no date can be known)")  # Tumblr's "Posted 3 years ago"
        elif _is_link_after_navigation(lines, explained, i):
            sheet.claim(i, "removed", "navigation")
        elif appeals and text[:7].lower() in ("support", "donate ") and text.lower() in appeals:
            sheet.claim(i, "removed", "subscription prompt")  # a box's heading naming the site: "Support Broadside"
        elif i > tail or (
            i > last_prose
            and (_amid_furniture(lines, reasons, i) or _closing_chrome(sheet, reasons, i, end, last, meta.author))
        ):
            sheet.claim(i, "removed", "page footer")
        elif sheet.claim(i, "body", ""):
            seen.setdefault(key, i)
            kept.append(i)
    return kept


_ABOUT_BOX = re.compile(r"about(?: me| this blog| the (?:author|blog))?", _I)


def _tail(lines: list[Line], reasons: list[str | None], bylines: dict[int, Byline], start: int, end: int) -> int:
    """Where the article ends on a page without comments: its footer line or a list of links after its text.

    A list of links may stand in the middle of an article, with paragraphs after it; after the
    article's end, a sentence stands alone among a sidebar's headings and buttons ("Hear about
    our work …" under "Sign up to our e-newsletter"). So the end is the first such line, after
    two paragraphs, with no two paragraphs in a row below it, no paragraph below a list without
    chrome beside it, and a quarter as many words of writing below as above (``end`` when there is none).
    """

    def _free(i: int) -> bool:
        return reasons[i] is None and i not in bylines

    paragraphs = 0
    ending = None
    for i in range(start, end):
        if _free(i) and lines[i].prose:
            paragraphs += 1
            consecutive = i + 1 < end and _free(i + 1) and lines[i + 1].prose
            # Below a list, a paragraph with no chrome beside it, or over a sub-heading and its
            # paragraph: the list stood in the article.
            sections = i + 2 < end and _free(i + 1) and not lines[i + 1].prose and _free(i + 2) and lines[i + 2].prose
            beside = any(reasons[k] for k in (i - 1, i + 1) if start <= k < end)
            if ending is not None and (consecutive or (reasons[ending] == LIST_HEADING and (sections or not beside))):
                ending = None  # the article goes on below the list
        elif (
            ending is None
            and paragraphs >= 2
            and (reasons[i] == LIST_HEADING or (i in bylines and bylines[i].furniture))
        ):
            ending = i
    if ending is None:
        return end
    # A sidebar says little beside the article; a thread the rules could not read says as much.
    said = [
        lines[i].words if lines[i].prose and reasons[i] is None and i not in bylines else 0 for i in range(start, end)
    ]
    return ending if 4 * sum(said[ending - start :]) <= sum(said[: ending - start]) else end


def _sidebar_biographies(lines: list[Line], reasons: list[str | None], start: int, end: int) -> set[int]:
    """The text under a sidebar's "About" heading, once the article has begun: the blog's biography.

    Begun means two paragraphs in: a tagline written as a sentence may come before a menu's "About".
    """
    found = set()
    paragraphs = 0
    for i in range(start, end - 1):
        paragraphs += lines[i].prose and reasons[i] is None
        if (
            paragraphs >= 2
            and reasons[i] is not None
            and _ABOUT_BOX.fullmatch(lines[i].text)
            and reasons[i + 1] is None
        ):
            found.add(i + 1)
    return found


_AUTHOR_CARD = "author card"
_BIO_VERB = frozenset({"is", "was", "leads", "writes", "works", "runs", "teaches", "lives", "joined"})
"""What a biography says of its subject first ("Callum Reid is a freelance journalist …", "Priya leads …")."""


def _writer_biographies(
    lines: list[Line], reasons: list[str | None], author: str | None, start: int, end: int
) -> set[int]:
    """The article's writer described in the third person at its foot: a biography, not the writing.

    A line opening with the byline's full name and a verb of description (a sentence, though it
    may end in the writer's address), once the article has begun, with page chrome (or the end)
    under it rather than more writing. By the first name alone only in an author box, the full
    name on a line just above ("About Natasha Greaves"): an obituary's or a memoir's last
    paragraph may open with someone of the writer's first name ("David is survived by …"). It
    is kept as the writer's metadata: some sites print it as the byline's second part, others as
    furniture. Twenty Twenty's author box prints it under the byline again ("By NAME"), in any words.
    """
    if not author or " " not in author:
        return set()
    first = author.split()[0] + " "
    found: set[int] = set()
    paragraphs = 0
    for i in range(start, end):
        if reasons[i] is not None:
            continue
        text = lines[i].text
        if text.startswith(author + " "):
            name: str | None = author + " "
        elif text.startswith(first) and any(
            author in lines[k].text and lines[k].words <= 6 for k in range(max(start, i - 3), i)
        ):
            name = first
        else:
            name = None
        foot = i + 1 >= end or reasons[i + 1] is not None or not lines[i + 1].prose
        described = name is not None and lines[i].words >= 5 and text[len(name) :].split(" ", 1)[0] in _BIO_VERB
        # (Or under the byline printed again over it, a theme's author box: "By NAME" / "Governor at …".)
        boxed = i - 1 > start and lines[i - 1].text == f"By {author}" and lines[i].words >= 5
        boxed = boxed and (reasons[i - 2] is not None or not lines[i - 2].prose) and lines[i].text.endswith(".")
        described = described or boxed
        if paragraphs >= 2 and foot and described:
            found.add(i)
        paragraphs += lines[i].prose
    return found


def _under_split_byline(sheet: Sheet, i: int) -> bool:
    """Under a byline of two lines ("by" / "Maureen Ashdown"), not one naming a place under it."""
    return sheet.roles.get(i - 1) in _BYLINE_ROLES and sheet.roles.get(i - 2) in _BYLINE_ROLES


def _at_foot(lines: list[Line], kept: list[int], i: int, end: int) -> bool:
    """A line right under a paragraph of the article with no paragraph under it: the post's foot.

    (Mastodon and Tumblr print the post's hashtags between.)
    """
    between = range(kept[-1] + 1, i) if kept else range(0)
    tagged = len(between) <= 8 and all(lines[k].text[:1] == "#" and not lines[k].prose for k in between)
    under = bool(kept) and tagged and lines[kept[-1]].prose
    return under and not (i + 1 < end and lines[i + 1].prose)


def _amid_furniture(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """A short line between two lines of page chrome, or one of two labels together between them.

    Once the article is over, such a line is a widget's blurb ("Get the day's top stories
    straight to your inbox."), whatever it says, and two such labels a form's ("guest" / "Label").
    Not under chrome that stands inside an article (an advert, a "READ MORE: …" link): the line
    under it goes on with the article.
    """
    if not 0 < i < len(lines) - 1 or lines[i].words >= 25:
        return False
    label = lines[i].words <= 3

    def chrome(step: int) -> bool:
        k, far = i + step, i + 2 * step
        if reasons[k] is not None:
            return step > 0 or reasons[k] not in _INSIDE
        return label and 0 <= far < len(lines) and lines[k].words <= 3 and reasons[far] is not None

    return chrome(-1) and chrome(1)


CHAINED = "head of the writer's next post in the thread"
_INSIDE = frozenset({"advert", "image caption", STORY_LINK, CHAINED})
"""Chrome that stands inside an article as often as after it."""


def _closing_chrome(sheet: Sheet, reasons: list[str | None], i: int, end: int, last: bool, author: str | None) -> bool:
    """Page chrome after the article's last paragraph: a line that is no sentence.

    On a page without comments, any such line but the article's own closing lines (a contact
    line, a letter's close and its signer, the writer's first name); above the comments, one of
    the last two such lines under chrome (a "Most read" list's last entry, the widget's
    "Conversation" over the thread's header), though not under an advert or a caption, which
    stand inside an article (a writer's sign-off under them closes it).
    """
    lines = sheet.lines
    if last:
        text = lines[i].text
        # (Not the article's last contact line, a sentence under its paragraph: "Out of hours: 07700 900415".)
        contact = i > 0 and reasons[i - 1] is None and text.endswith(".") and has_personal_data(text)
        # (Nor a letter's close under its last paragraph and the name under that: "With love,", "Margaret";
        # nor the writer's first name signing it off: "Alun" under a post by Alun Threlfall.)
        closing = i > 0 and text[-1] == "," and lines[i - 1].prose and reasons[i - 1] is None
        signer = _signer(sheet, i)
        signed = bool(author and i > 0 and lines[i - 1].prose and text == author.split()[0])
        # (Nor the signer's office under the name: "Chair, Brampton Bierlow Parents' Circle".)
        office = not signer and lines[i].words <= 8 and _OFFICE.match(text) is not None and _signer(sheet, i - 1)
        # (Nor the minutes' last line: "The meeting closed at 8.05pm.")
        closed = text[:12] == "The meeting " and _MEETING_CLOSED.fullmatch(text) is not None
        return not (lines[i].prose or contact or closing or signer or signed or office or closed)
    role, above = sheet.roles.get(i - 1, ("", reasons[i - 1] if i > 0 else None))
    chrome = above is not None and role in ("", "removed") and above not in _INSIDE
    return chrome and end - i <= 2 and not any(lines[k].prose for k in range(i, end))


_MEETING_CLOSED = re.compile(
    r"The meeting (?:closed|ended|finished|concluded|rose) at \d{1,2}(?:[.:]\d\d)? ?(?:[ap]\.?m\.?)?\.?"
)
_OFFICE = re.compile(
    r"\b(?:(?:vice|deputy|co)[ -])?(?:chair|secretary|treasurer|director|trustee|clerk|president|founder|coordinator"
    r"|co-ordinator|convenor|councillor|cllr|member|head|headteacher|manager|officer|leader)\b",
    re.IGNORECASE,
)
"""A signer's office under the name: "Chair, Brampton Bierlow Parents' Circle", "Member of Parliament for …",
"Club Chair"."""


def _signed_with_office(lines: list[Line], first: int, last: int) -> bool:
    """A name over an office, closing a letter: "Henrietta Bamigbola-Ross" / "Club Chair".

    (Printed elsewhere on the page too, as the writer answering in the thread: two tags may read as
    a name and an office, "Youth Work" / "Project Manager".)
    """
    name = lines[first].text
    signed = last == first + 1 and looks_like_name(name) and lines[last].words <= 4 and _OFFICE.search(lines[last].text)
    return bool(signed) and any(line.text == name for k, line in enumerate(lines) if k != first)


def _signer(sheet: Sheet, i: int) -> bool:
    """Line ``i`` is a letter's signer: a few words under its close ("With best wishes,")."""
    lines = sheet.lines
    return i > 1 and lines[i].words <= 4 and lines[i - 1].text[-1] == "," and sheet.roles.get(i - 1) == ("body", "")


def _sites_own(name: str, meta: Meta) -> bool:
    """Whether "About NAME" is the site's own box rather than its writer's.

    It is where NAME opens the site's name and a byline gave the writer ("About Northlight" on
    "Northlight Broadcasting Corporation"), or where NAME is the site's one-word name ("About
    OpenChamber"). A blog named after its writer, "Jane Doe", has "About Jane Doe" as its author box.
    """
    if meta.site is None:
        return False
    if meta.author is not None:
        return f"{meta.site} ".startswith(f"{name} ")
    return name == meta.site and " " not in name


def _claim_biography(sheet: Sheet, reasons: list[str | None], box: int, end: int) -> None:
    """The author's biography: the first line of text after an author box's heading."""
    for j in range(box + 1, min(box + 4, end)):
        if reasons[j] is None:
            sheet.claim(j, "removed", WRITER_BIOGRAPHY)
            return


def _comma_tags(lines: list[Line], reasons: list[str | None], i: int, end: int) -> tuple[str, ...]:
    """A block theme's tags on one line under the text, over the post's navigation, without a label.

    ("county review, questions, youth work" over "Previous: Our summer programme is out": Twenty
    Twenty-Four's.)
    """
    if reasons[i] is not None or lines[i].prose or i + 1 >= end or reasons[i + 1] != NAVIGATION or ":" in lines[i].text:
        return ()  # (a labelled list, "Keywords: …", is read as such)
    tags = comma_list(lines[i].text)
    # (In lower case, as a theme prints a post's tags: a sign-off, "Helen Marsh, Club Secretary", or a
    # time and place, "Tuesdays, 6pm, Sandygate Park", reads otherwise.)
    lowered = all(tag[0].islower() and not any(c.isdigit() for c in tag) for tag in tags)
    return tags if len(tags) >= 2 and lowered and lines[i].text[-1] not in ".!?:" else ()


def _tag_lists(lines: list[Line], reasons: list[str | None], start: int, end: int, author: str | None) -> set[int]:
    """Runs of one-to-three-word labels closing the article: its tags (Medium, Ghost), by index.

    A run follows a paragraph, is followed by page chrome, and comes in the latter part of the
    text (fewer paragraphs after it than before), so sub-headings (followed by text) and a
    blog's menu under its tagline are never taken for tags. One pass: linear in the lines.
    """
    paragraphs = [0]  # paragraphs[j]: how many paragraphs come before line j
    for line, reason in zip(lines, reasons, strict=True):
        paragraphs.append(paragraphs[-1] + (line.prose and reason is None))
    after_end = paragraphs[end]
    found: set[int] = set()
    i = start

    def label(k: int, longest: int = 3) -> bool:
        # (A date, a time or a short sentence, "Sitting suspended.", is no tag.)
        line = lines[k]
        return reasons[k] is None and not line.prose and line.words <= longest and not _untagged(line)

    while i < end:
        # A heading may be longer than a tag ("Explore more on these topics"), and under one a
        # tag may be too ("Independent Inquiry into Child Sexual Abuse").
        heading = reasons[i] is None and _heads_tags(lines[i].text)
        if not (label(i) or heading):
            i += 1
            continue
        first = i
        while i + 1 < end and label(i + 1, 6 if heading and lines[first].words > 1 else 3):
            i += 1
        last = i
        # (The writer's first name signing the text off over the list's heading is no tag: "Bernie" / "Tags:".)
        if author and lines[first].text == author.split()[0] and first < last and _heads_tags(lines[first + 1].text):
            i = first + 1
            continue
        # (Tumblr dates a post under its "#tags"; under a letter's sign-off, its date is no tag's end.)
        hashed = heading or lines[first].text[0] == "#"
        closed = last + 1 >= end or reasons[last + 1] is not None or (hashed and lines[last + 1].date is not None)
        closing = after_end - paragraphs[last + 1] < paragraphs[first]
        before = first - 1
        while before > 0 and (
            # (Under its heading a list may follow any chrome: a caption, a newsletter box.)
            ((reasons[before] is not None or lines[before].date) and (lines[before].words <= 3 or heading))
            # (Hashtags, Tumblr's, may follow the post's byline: "Posted May 14th, 2016 at 7:42 AM".)
            or (hashed and reasons[before] == "byline")
            or before in found  # (or the list above it: a block theme's "in" / "Essays" over "Tags:")
            or (reasons[before] is None and lines[before].words <= 6 and _signs_off(lines[before].text))
            # (Under its heading, so may the writer's name signing the text off: "Orla".)
            or (
                heading
                and reasons[before] is None
                and lines[before].words <= 2
                and lines[before].text.istitle()
                and lines[before - 1].prose
            )
        ):
            before -= 1  # a clap or share counter, the post's date or a sign-off ("Thanks for reading.", "— Ffion")
        # (A letter's sign-off, "Best," over the sender's name, is no list of tags; nor is the signer's
        # name over their office: "Henrietta Bamigbola-Ross" / "Club Chair".)
        signed = lines[first].text.endswith(",") or _signed_with_office(lines, first, last)
        controls = any(_BUTTON.fullmatch(lines[k].text) and not lines[k].text.isupper() for k in range(first, last + 1))
        if (
            last > first
            and not controls
            and closed
            and closing
            and not signed
            and before >= 0
            and (reasons[before] == WRITER_BIOGRAPHY or (lines[before].prose and reasons[before] is None))
        ):
            found.update(range(first, last + 1))
        i += 1
    return found


def _signs_off(text: str) -> bool:
    """A short closing line between the text and its tags: "Thanks for reading.", "— Ffion"."""
    return text[-1] in ".!" or _dash_signed(text)


def _dash_signed(text: str) -> bool:
    """A writer's sign-off after a dash ("— Ffion"): no tag."""
    return text[0] in "—–"


_TIME = re.compile(r"\d{1,2}[.:]\d\d ?[ap]\.?m\.?", _I)


def _untagged(line: Line) -> bool:
    # (A full stop after one word ends an abbreviation, "U.S.", not a sentence; a dash opens a
    # writer's sign-off, "— Ffion".)
    stop = line.text[-1] in "!?," or (line.text[-1] == "." and line.words > 1) or _dash_signed(line.text)
    return line.date is not None or stop or _TIME.fullmatch(line.text) is not None


def _is_link_after_navigation(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """The title of the newer or older post, printed under "Newer Post" / "Older Post"."""
    previous = reasons[i - 1] if i > 0 else None
    following = reasons[i + 1] if i + 1 < len(lines) else "end"
    return previous == "navigation" and following is not None and not lines[i].prose


def _label(sheet: Sheet, i: int) -> bool:
    """A label printed over each of several passages, no scrape's repeat (three times or more, no full stop).

    A debate prints its speaker over each speech: "The Minister of State, Department of Health".
    """
    line = sheet.lines[i]
    return not line.prose and line.text[-1] not in ".!?" and sheet.times_printed(line.text) >= 3


def _heads_a_repeat(sheet: Sheet, i: int) -> int | None:
    """The line a short line repeats when it opens a repeated block (the same lines follow both copies).

    A live blog prints its pinned update again in its timeline: "10:02" / "Welcome to our live
    coverage" / its text, down to a paragraph. A short line repeated alone ("Thanks") is writing, and
    so is an entry whose first copy was chrome (a box of key events over the timeline).
    """
    lines = sheet.lines
    first = sheet.first_printed(i)
    if first == i or sheet.roles.get(first, ("",))[0] == "removed":
        return None
    for step in range(1, 4):
        if i + step >= len(lines) or lines[i + step].text != lines[first + step].text:
            return None
        if lines[i + step].prose:
            return first
    return None


def _teasers(sheet: Sheet, meta: Meta, byline: Byline, i: int) -> bool:
    """A byline under the text, under chrome, that is another story's: a list's entry ("Read more").

    It dates another day than the page's (or the line under it does), or names another writer, on a
    page whose writer is known. (Not an entry footer under a share row, "Posted on DATE by NAME", one
    line naming both: the page's own, though it may date the post another day than its head.)
    """
    above = sheet.roles.get(i - 1, ("", ""))
    if meta.author is None or (byline.author is not None and byline.date is not None):
        return False
    below = sheet.lines[i + 1].date if byline.author and i + 1 < len(sheet.lines) else None
    date = byline.date or below  # ("By NAME" over its date)
    other_day = date is not None and meta.date is not None and date != meta.date
    other_writer = byline.author is not None and byline.author != meta.author
    return above[0] == "removed" and (other_day or other_writer)


def claim_byline(sheet: Sheet, i: int, byline: Byline, anchored: bool = False) -> None:
    """A byline is metadata, and so is a "Posted in … | Tagged …" line: the page printed its values.

    ``anchored``: the line also holds the post's author or date, so it reads as the byline it is.
    """
    sheet.claim(i, "meta", "category line" if byline.furniture and not (anchored or byline.author) else "byline")


def is_signature(sheet: Sheet, reasons: list[str | None], i: int, end: int) -> bool:
    """A signature: a forum's after a rule of underscores or just above the poster's profile, a mail's under "--"."""
    lines = sheet.lines
    if i > 0 and lines[i - 1].text[0] in "_-" and _SIGNATURE_RULE.fullmatch(lines[i - 1].text):
        return True
    # A mail's signature: a line or two under its "--", closed by page chrome (the list's footer) or the end.
    above = next((k for k in (i - 1, i - 2) if k >= 0 and lines[k].text == "--"), None)
    if above is not None:
        closing = next((k for k in range(above + 1, above + 4) if k >= end or reasons[k] is not None), None)
        short = all(lines[k].words <= 8 and not lines[k].prose for k in range(above + 1, i + 1))
        return short and closing is not None and closing > i
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    if ":" in following and _PROFILE.fullmatch(following):  # (the cheap test first: most lines are text)
        text = lines[i].text
        repeated = sheet.times_printed(text) > 1
        return repeated or " | " in text
    return False
