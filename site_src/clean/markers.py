"""Where a comment (or a forum post) begins, who wrote it and when.

Markers seen in scrapes: WordPress "NAME says:", "NAME said:" over a date and "*said:***NAME**",
Blogger "NAME said...", phpBB "Post by NAME » date", "NAME · date" and "NAME • 3 years ago"
(Mumsnet, Disqus), news sites' "NAME, Place, date", Typepad's "Posted by: NAME | date" after the
comment's text, Simple Machines' name over its poster's panel, and the most common of all: a
line with only a name followed by a line with only a date.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..redact import redact_author
from .bylines import (
    ISSUE,
    NOT_VERIFIED,
    PAGE_PARTS,
    PROFILE_LINK,
    SITE_STAMP,
    Byline,
    is_job,
    read_byline,
    spelled_sender,
)
from .dates import find_date, is_dateline, year_less
from .furniture import (
    COUNTER,
    FIGURE,
    FOLLOW,
    NAVIGATION,
    PANEL_COUNT,
    PANEL_LABEL,
    PICTURE,
    POSTER_RANK,
    PROFILE,
    REPLY_BUTTON,
    SOCIAL_BADGES,
    UNREAD,
    furniture_reason,
)
from .shapes import named_text
from .sheet import REPLY_COUNT, REPLY_SUBJECT, is_comment_header
from .text import Line, ends_sentence, looks_like_name, words


@dataclass(frozen=True, slots=True)
class Marker:
    """The start (or, for Typepad, the end) of one comment."""

    author: str | None
    date: str | None
    """ISO, or ``--MM-DD`` for a stamp without its year, which the article's date completes (``in_year_of``)."""
    lines: tuple[int, ...]
    """Indexes of the lines the marker occupies: the author line and any date line."""
    indent: int
    bullet: bool = False
    """A reply bullet ("- ", "o ") rather than a number: one level below a numbered comment."""
    trailing: bool = False
    """The comment's text comes before the marker (Typepad)."""
    reply_to: str | None = None
    """The name of the commenter this one answers, where the page says so (Disqus "X → Y", "X > Y")."""
    subject: int | None = None
    """Index of the post's subject line, printed between the poster's panel and the date."""
    title: int | None = None
    """Index of the poster's own title under the name, over the panel (vBulletin's "Forum Regular")."""
    headed: bool = False
    """The head is Drupal's "Submitted by NAME on DATE", which a theme may print over the comment's subject."""
    one_level: bool = False
    """A paper's reply, "→ NAME" on a line of its own over the date (not Disqus's "• 3 years ago"): the
    page shows every reply one level under the comment that opened the conversation."""
    signed: int | None = None
    """Where the signature starts in the marker's own line, whose words before it are the comment
    (a question-and-answer site's "Thanks, that's clear. – Tom Whitlock Sep 4 '14 at 13:05")."""


_I = re.IGNORECASE
POST_SUBJECT = "Post subject: "
"""phpBB's label before each post's subject, on a line of its own in subsilver2."""


def subject_of(text: str) -> str:
    """A labelled subject's words ("Post subject: Re: …" -> "Re: …")."""
    return text.removeprefix(POST_SUBJECT)


_LEAD = r"^(?:(?P<num>\d+)\.\s*|(?P<bullet>[-o*•+])\s+)?"
_SAID = re.compile(_LEAD + r"\*said:\**(?P<author>.+?)\**$", _I)
_SAYS = re.compile(_LEAD + r"(?P<author>.{1,60}?)\s+says(?::|(?P<dots>\.\.\.|…))$", _I)
"""WordPress's "NAME says:"; a paper's "NAME says..." over its date (without one, "The Home Office says...")."""
_PLACE_AFTER = re.compile(r"(?P<name>[^,]{1,40}), (?-i:[A-Z][\w'’-]*)(?: (?-i:[A-Z][\w'’-]*)){0,2}", _I)
_BLOGGER = re.compile(r"^(?P<author>.{1,60}?)\s+said(?:\.\.\.|…)$", _I)
_SAID_OVER_DATE = re.compile(r"^(?P<author>.{1,60}?)\s+said:$", _I)
_SAID_ON = re.compile(_LEAD + r"(?P<author>.{1,60}?)\s+on\s+(?P<date>.{6,40}?)\s+said:$", _I)
"""Another WordPress theme's head: "Tom Patchett on May 12, 2011 at 8:02 am said:"."""
_TIME = re.compile(r"\b\d{1,2}[:.]\d\d\b")
_NUMBERED = re.compile(r"^#\d+\s+(?P<author>.{1,40}?)\s+(?P<date>\d.{5,30}\b\d{1,2}:\d\d)$")
"""JComments' head: "#2 Joan Pettifer 2015-02-16 09:05"."""
_NUMBERED_WROTE = re.compile(r"\d{1,5}\.\s+at (?P<date>.{6,40}), (?P<author>[^,]{1,40}) wrote:", _I)
"""A 2000s news site's numbered comment ("1. At 12:07 24th Feb 2015, NAME wrote:"); unnumbered, "At …, NAME
wrote:" is as often a quoted e-mail's header."""
_PHPBB = re.compile(r"^(?:post )?by (?P<author>.+?)\s+»\s+(?P<date>.+)$", _I)
_SCORE = r"(?:-?[\d,]+ points?|score hidden)"
_REDDIT = re.compile(
    r"^\[[-–+]\]\s*(?P<author>[\w-]+|\[deleted\])(?:\s*\[[SAM]\])?(?:\s+|$)"
    rf"(?P<score>{_SCORE}\s*)?(?P<date>.*)$",
    _I,
)
"""Old Reddit's head, "[–] NAME 12 points 9 years ago" (a deleted comment's, "[–] [deleted] 9 years ago")."""
_HEAD_LINK = r"(?:link|flag|edit|delete|hide|unhide|reply|save|caches)"
_HEAD_LINKS = re.compile(rf"{_HEAD_LINK}(?: \| {_HEAD_LINK})*")
"""The links after a link aggregator's age on its comment head, as Lobsters prints them."""
_SCORED_AGE = re.compile(rf"{_SCORE}\s+(?P<date>.+)", _I)
"""The score and age under old Reddit's name, where the commenter's flair parts them from it."""
_AGGREGATED = re.compile(
    r"^(?P<author>[\w.-]{2,40}) (?:on )?(?P<date>[^|\[]{3,30}?)(?: \| (?:root|parent|prev|next|context))* ?\[[–-]\]$"
)
"""A link aggregator's head: "tcoyle 9 years ago | root | parent | next [–]", "hollis_b on Oct 20, 2022 | next [–]"."""
_AGGREGATOR_LINK = re.compile(r"\| (root|parent|prev|next)\b")


def aggregator_links(text: str) -> frozenset[str] | None:
    """The links beside a link aggregator's comment head ("root", "parent", "prev", "next"), None for another head.

    They place the comment where the scrape lost the indentation: no "parent" is a thread's start,
    "parent" without "prev" the first answer to the comment over it, "root" two levels down or more.
    """
    return frozenset(_AGGREGATOR_LINK.findall(text)) if text.endswith("]") and _AGGREGATED.match(text) else None


_MENTIONED = re.compile(r"mentioned this (?:on|in) \S+", _I)
"""A webmention's line under its writer's name (micro.blog): "mentioned this on notes.example.com"."""
_SCORED = re.compile(r".{1,120} \(score:-?\d(?:, [\w ]{1,20})?\)", _I)
"""Slashdot's subject line over a comment's head, with the moderators' score: "Re:Forms (Score:4, Interesting)"."""
_SLASHDOT = re.compile(r"by (?P<author>.{1,60}?)(?: \( ?\d+ ?\))?(?: <[^<>\s]+>)? on (?P<date>.{6,50}?) \(#\d+\)", _I)
"""Slashdot's head: "by NAME (1184772) <address> on Tuesday May 10, 2011 @06:40PM (#36087220)" (or "( 1184772 )")."""
_CHAPTER_HEAD = re.compile(
    r"(?P<author>[^()]{1,60}?)(?: \([^()]{1,40}\))? on (?:chapter \d+ )?"
    r"(?P<date>(?:mon|tue|wed|thu|fri|sat|sun)\w* \d{1,2} \w{3,9} \d{4} \d{1,2}:\d\d ?[ap]m(?: utc)?)",
    _I,
)
"""An archive of works heads a comment with the name, the chapter and the time: "pmeadows on Chapter 1
Sun 08 Mar 2015 09:12PM UTC" (the name's handle in brackets, "Hollis Marchbank (hmarchbank)", dropped)."""
_ANNOTATION = re.compile(r"(?P<author>.{1,60}?) left an annotation \((?P<date>.{6,30})\)")
"""A freedom-of-information site's note by a reader under a request: "Harriet Voss left an annotation (10
September 2014)"."""
_MESSAGE = re.compile(r"message \d+: by (?P<author>.{1,40})", _I)
"""A book site's comment head, over its date: "message 1: by Ruth Okafor"."""
_REPLIED = re.compile(r"(?P<author>[^\W\d].{0,59}?) replied to comment from .{1,60}", _I)
"""Movable Type's head of an answer, over its date: "Ambrose Kettlewell replied to comment from Colin Barraclough"."""
_TYPEPAD = re.compile(r"^posted by:\s*(?P<author>[^|]+?)\s*\|\s*(?P<date>.+)$", _I)
_COMMENTED = re.compile(
    r"^(?P<author>[^\W\d][\w.'’-]*(?: [\w.'’-]+){0,3}) commented(?: on)? (?P<date>.{6,40}?)(?: · Flag)?$"
)
"""NationBuilder's head: "Gary Platt commented 2019-06-15 08:02:11 +0100", perhaps with its "· Flag" button."""
_POST_HEAD = re.compile(
    r"^(?:(?:started|original post|opening post|first post|reply|response|answer) by|(?:reply|response|answer) from"
    r"|(?:reply|response|answer):)\s+(?P<author>[^,]{1,40}?),\s*(?P<date>.+)$"
    r"|^(?P<poster>[\w.'-]{1,40})\s+posted\s+(?P<posted>.{6,40})$"
    r"|^(?P<handle>[\w.'-]{1,40})(?:\s+\([\w ]{1,20}\))?\s+(?P<stamp>(?:mon|tue|wed|thu|fri|sat|sun)\S*\s.{5,30})$",
    _I,
)
"""A forum's head over each post, the opener's as the replies': "Started by NAME, DATE", "Reply from
NAME, 09:31", "Reply: NAME, 13 December 2013", "NAME  posted 24 Feb 2018, 08:12", and a parenting
forum's handle then its stamp, "LancashireLass14 Thu 20-Dec-12 09:14:33" (perhaps badged between: "(OP)")."""
_ANSWERED = re.compile(r"answered\s+(?P<date>.{4,40})", _I)
"""A question-and-answer site signs each answer under its text: "answered Sep 4 '14 at 12:30" over the name."""
_ANSWER_STAMP = re.compile(r"answered (?P<date>.{2,40})|(?:updated )?\d{1,2}\s?(?:mo|[smhdwy])", _I)
"""The stamp under an answer's head: "Answered Aug 27th, 2014", "Updated 2y", "2y"."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_SIGNED = re.compile(
    r"(?P<text>.+?)\s+[–—]\s+(?P<author>[^–—]{1,40}?)\s+"
    rf"(?P<date>{_MONTH} \d{{1,2}}(?:,? \d{{4}}| ['’]\d\d)? at \d{{1,2}}:\d\d|\d+ (?:mins?|hours?|days?) ago)",
    _I,
)
"""A comment under a question or an answer, its signature after its words on the same line."""
_STAMP_VERB = re.compile(r"(?:last )?(?:posted|updated|published|added|edited|modified)\b", _I)
"""A live page's "… – updated 3 hours ago" is its stamp, not a commenter's signature."""
_CLOCK = re.compile(r"\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?", _I)
_SECONDS = re.compile(r"\d\d:\d\d:\d\d")
_POSTED = re.compile(
    r"^(?:posted(?: on)?|(?P<label>date)|#\d{1,5} [·•|]):?\s+(?P<date>.{6,40}?)(?: \(edited\)|\s+post subject: .*)?$",
    _I,
)
"""A post's date under its poster's name and panel ("Posted 19 Sep 2023", phpBB 2's "Posted: DATE  Post subject: …")."""


def _dotted(author: str) -> re.Pattern[str]:
    """A line of who (or where) then when, parted by "·", perhaps with a badge and a score between."""
    return re.compile(
        rf"^(?P<author>{author})(?:\s*[·•]\s*op)?(?P<points>\s*[·•]\s*-?[\d,]+ points?)?\s*[·•]\s*(?P<date>.+)$", _I
    )


_SEPARATED = _dotted(r"[^·•|,]{1,40}?")
"""A name and a date, and between them perhaps a badge and a score: "quietmoss · OP · 23 points · 1y" (Lemmy)."""
_CREDITED = _dotted(r"[^·•|]{1,60}?")
"""A place or a credential and a date under a commenter's name: "Independent scrutineer, partnership · 7 mo ago"."""
_BRACKETED = re.compile(r"(?P<author>[^()]{1,60}?) \((?P<date>[^()]{6,45})\)")
"""Jimdo's head, the date in brackets after the name: "Dorothy Ashe (Wednesday, 21 October 2015 08:13)"."""
_PLACED = re.compile(r"^(?P<author>[^,]{1,40}),(?:\s*[^,]{1,30},){0,2}\s*(?P<date>[^,]+)$")
_RELATIVE = re.compile(
    # Ghost puts the commenter's own credential first: "Foster carer · 2 yr ago".
    # Simple Machines puts its own words round the time: "« Reply #6 on: Today at 08:14:03 »"; new
    # Reddit the community: "r/SocialWorkUK • 3 yr. ago".
    r"^(?:[•·|-]\s*(?:edited )?|[^\W\d][\w'’ -]{0,30} · |r/\w{1,30} • "
    r"|(?:asked|modified|answered|edited|posted) |«\s*(?:reply #\d+ )?on: )?"
    r"(?:(?:about |over )?(?:(?:an?|\d+) (?:second|minute|min|hour|hr|day|week|wk|month|mo|year|yr|decade)s?,? ?){1,2}"
    r"\.? ago"
    r"|\d{1,3}(?:mo|[smhdwy]) ago"  # (new Reddit's comments: "• 1y ago", "• Edited 2mo ago")
    r"|(?:today|yesterday),? (?:at )?\d{1,2}[:.]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:at )?\d{1,2}[:.]\d\d\s*[ap]\.?m\.?"
    # Discourse's month of a post from an earlier year: "Feb '23".
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6} ['’]\d\d)"
    # "2 years ago · 3 likes"; "· Edited"; "(edited)"
    r"(?:\s*[·•]\s*[\d,]+ likes?|\s*[·•]?\s*edited|\s*\(edited\)|\s*»)?$",
    _I,
)
_SOCIAL_AGE = re.compile(
    r"(?:·\s*)?(?:(?:like|love|reply|share|edited|hide|see translation|\d{1,5})\s*·\s*)*"
    r"\d{1,2}\s?(?:mo|yr|[smhdwy])\.?(?:\s*·\s*edited)?",  # ("Like · Reply · 9y · Edited")
    _I,
)
"""A social network's age of a comment, perhaps after its buttons and likes: "2y", "· 1y", "Like · Reply · Edited · 3w",
"Like · Reply · 14 · 9y".

(Not "3 yrs", "15 mins": a pet's age, a recipe's time.)"""
_REPLY = re.compile(r"\breply\b", _I)
_ANSWERING = ("in reply to ", "reply to ", "in response to ", "replying to ")
_IN_REPLY_TO = "in reply to "


def _answered(text: str) -> str | None:
    """Whom a line under a name says the comment answers ("Reply to NAME", "in response to NAME"), or ``None``."""
    return next((text[len(lead) :] for lead in _ANSWERING if text[: len(lead)].lower() == lead), None)


def answers_line(text: str) -> bool:
    """The line names whom a comment answers: "In reply to Marguerite O"."""
    return text[: len(_IN_REPLY_TO)].lower() == _IN_REPLY_TO


BADGE = re.compile(
    rf"(?:(?:by )?post )?author|[\w ]{{1,20}} pick|admin(?:istrator)?|mod(?:erator)?|op(?: posts:)?|verified|editor"
    r"|contributor"
    r"|(?:[\w'’]+ ){0,3}staff"  # (a charity's "Hearthstone staff")
    r"|owner|collaborator"  # (GitHub's, in giscus and utterances)
    r"|creator"  # (a membership platform's, Patreon's)
    r"|exemplary"  # (a discussion's readers' label on a comment, Tildes')
    r"|solution|accepted answer"  # (the answer the asker marked, Discourse's and a help forum's)
    rf"|{SOCIAL_BADGES}",
    _I,
)
"""The commenter's badge beside their name ("Author" where the post's writer replies)."""
_NOTE = re.compile(r"^(?P<author>[\w.-]+) reblogged this from (?P<to>[\w.-]+) and added:$", _I)
"""Tumblr's note that carries text: a reblog with a comment, an answer to the blog reblogged."""
_NOT_A_HANDLE = r"(?:he|she|they|we|you|who|then|and|but|one|another|someone|somebody)\b"
_NOTE_REPLY = re.compile(rf"(?!{_NOT_A_HANDLE})(?P<author>[a-z0-9][a-z0-9-]{{2,31}}) replied:")
"""Tumblr's reply among a post's notes, under the handle in lower case ("quietharbour replied:"; not "she replied:")."""
_LABELLED = re.compile(r"^(?P<label>date|from):\s*(?P<value>.+)$", _I)
NO_SUBJECT = "(no subject)"
_ADDRESS = re.compile(r"(?<=\S)\s*<[^<>\s]+@[^<>\s]+>$")
"""The address after a sender's name: "From: Jo Marrable <jo.marrable@example.net>"."""
_BULLETED = re.compile(r"^[•·]\s+(?P<name>.+)$")
_OP = re.compile(r"\s*[·•]\s*op$", _I)
_DEGREE = re.compile(r"\s*[·•]\s*(?:1st|2nd|3rd\+?)$")
_PROFILE_NOTE = re.compile(
    r" · (?:(?:lives in|works at|studied at|went to|from) [^·]{1,60}|top commenter|top fan)$", _I
)
"""A social plugin's note on the commenter beside the name: "Marcus Tindall · Lives in Rotherham"."""
_MOD = " Mod"
"""Disqus's badge after a moderator's name in a reply's head: "Hannah Birtwistle Mod → ExRotherhamLad"."""
_ANSWER = re.compile(r"(?P<author>[^→↪>]{1,40}?)\s+[→↪>]\s+(?P<to>[^→↪>]{1,40})")
"""Disqus prints a reply's head as "Mick T → Shropshire Lass" or, in some themes, "Mick T ↪ Shropshire Lass"
or "Mick T > Shropshire Lass"."""

_REPLYING = re.compile(r"(?P<author>[^@]{1,40}?) replying to @?(?P<to>.{1,40})", _I)
"""A paper's reply head: "Marlowe53 replying to Tessellate"."""


def _arrowed(text: str) -> bool:
    """An arrow between two names: a reply's head (a ">" parts breadcrumbs too)."""
    return "→" in text or "↪" in text


_RANK = re.compile(
    rf"^(?:(?:{POSTER_RANK})s?|join date:.*|{PANEL_COUNT})$",  # (Invision's groups: "Members", "Moderators")
    _I,
)
"""A forum poster's rank under the name: vBulletin's "Senior Member", XenForo's "Well-known member", Vanilla's
"Forum Member ✭✭" (its stars for the poster's standing)."""


def is_relative_time(line: Line) -> bool:
    """A line that only says how long ago ("2 days ago", "• 3 years ago", "Monday at 8:03 PM"): a time, but no date."""
    return line.words <= 6 and (_RELATIVE.match(line.text) is not None or _SOCIAL_AGE.fullmatch(line.text) is not None)


def is_controls(line: Line) -> bool:
    """A social network's buttons before a comment's age ("Like · Reply · 1y"): chrome, whose age tells no date."""
    return "·" in line.text and line.words <= 6 and _SOCIAL_AGE.fullmatch(line.text) is not None


def _closed_by_controls(lines: list[Line], reasons: list[str | None], i: int) -> bool:
    """A social network's comment: the name, the text, then its buttons and age ("Like · Reply · 2y").

    The name follows the buttons (or the sort control) closing the comment above, and the buttons
    under the text are a social network's, "Reply" with "Like" or the age: a sub-heading over
    paragraphs and a "Like" box, or over "Leave a Reply", is no comment.
    """
    above = i - 1  # a badge may come first
    if BADGE.fullmatch(lines[above].text):
        above -= 1
    if above < 0 or is_comment_header(lines[i]) or not (reasons[above] is not None or is_relative_time(lines[above])):
        return False
    start = i + 1  # past any badge under the name ("Top contributor")
    while start < len(lines) and BADGE.fullmatch(lines[start].text):
        start += 1
    k = start  # the first line after that which is no plain text: the buttons, or a date (then no such comment)
    while k < min(len(lines), start + 11) and reasons[k] is None and not (lines[k].date or is_relative_time(lines[k])):
        k += 1
    if k == start or k >= len(lines):
        return False
    # "Reply" among the buttons, and "Like" or the age: not "Leave a Reply" under an article.
    # (A page's own posts print the age first: "2y" / "Like" / "Reply".)
    aged = lines[k].date is None and is_relative_time(lines[k])
    if aged and k + 1 < len(lines) and reasons[k + 1] is None and lines[k + 1].prose:
        return False  # the age over the text heads it: a professional network's name, job and age
    closing = lines[k : k + 2] if reasons[k] is not None else lines[k : k + 3] if aged else lines[k : k + 1]
    social = any(line.text[:4].lower() == "like" or _SOCIAL_AGE.fullmatch(line.text) for line in lines[k : k + 3])
    return social and any(_REPLY.search(line.text) for line in closing)


LEVEL = re.compile(r"level (?P<level>\d{1,2})", _I)
"""A comment's depth printed over its head, where the scrape lost the indentation (Reddit's "level 2")."""


_REMEMBERED = 1 << 16
"""Names and dates read from heads, remembered across documents: a thread names its commenters
again and again, and a site prints every comment's date in one form (reading them again was a
third of finding the markers)."""


_STAFF_MARK = re.compile(r" \([A-Z]{2,}(?: [A-Z]{2,})?\)$")
"""A badge in capitals after a name: a parenting forum's staff, "KateTalk (MNHQ)", a thread's opener,
"Jo (OP)" ("Pete (Wath)" is a name)."""


_POST_AUTHOR = " Post author"
"""WordPress's badge beside its writer's name in a comment's head (Twenty Twelve's)."""


@lru_cache(maxsize=_REMEMBERED)
def _name(raw: str) -> str | None:
    name = raw.strip().strip("*").strip().removesuffix(" OP")  # forums badge the thread's opener ("(OP)": below)
    name = name.removesuffix(_POST_AUTHOR)
    if name[-1:] == ")":
        name = _STAFF_MARK.sub("", name)
    if name[:15].lower() == "thread starter ":  # XenForo's head: "Thread starter NAME · Start date DATE"
        name = name[15:]
    if name.startswith("(") and name.endswith(")"):
        name = name[1:-1]
    return redact_author(name) if name else None


@lru_cache(maxsize=_REMEMBERED)
def _date_of(text: str) -> tuple[bool, str | None]:
    """Whether ``text`` is a date (or a relative time), and the ISO date if it can be known."""
    if _RELATIVE.match(text.strip()):
        return True, None
    iso = is_dateline(text) or year_less(text)
    return iso is not None, iso


def line_date(lines: list[Line], i: int) -> tuple[bool, str | None]:
    """``_date_of`` for a whole line, using the date measured when the line was split."""
    if i >= len(lines):
        return False, None
    line = lines[i]
    if line.date is not None:
        return True, line.date
    if is_relative_time(line):
        return True, None
    partial = year_less(line.text) if line.words <= 6 else None
    return partial is not None, partial


def _dayless(lines: list[Line], i: int) -> bool:
    """Line ``i`` dates a post by its month and year only ("October 2012"), over the post's text.

    (A forum drops the day of older posts; the same words head an archive's calendar, a scrubber
    or a timeline's entry, so the caller asks for a handle or chrome over the name too.) The
    post's text, its edit note or its quotation opens under the date.
    """
    if not (i + 1 < len(lines) and lines[i].words == 2 and _MONTH_YEAR.fullmatch(lines[i].text)):
        return False
    under = lines[i + 1]
    return under.prose or under.text[:7].lower() == "edited " or under.text[-6:] == " said:"


_HANDLE_LIKE = re.compile(r"[\w.-]*[_\d][\w.-]*")
"""A forum's handle, with an underscore or a figure in it ("Bamford_Brenda"), no heading's words."""
_MONTH_YEAR = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?:19|20)\d\d", re.IGNORECASE)


def _posted_date(lines: list[Line], i: int, under_name: bool) -> str | None:
    """The date of a "Posted 19 Sep 2023" line, as a forum prints it under a poster's handle.

    A journal's "Date: …" only right under the name: under a subject ("Re: …"), it heads a letter.
    """
    posted = _POSTED.match(lines[i].text) if i < len(lines) else None
    return is_dateline(posted["date"]) if posted is not None and (under_name or not posted["label"]) else None


_CREDITS = frozenset(("written", "posted", "words", "reported", "story", "photos"))
"""The verbs a byline opens with before "By" ("Written By NAME"), unlike a pseudonym's first word ("Passer By")."""


@lru_cache(maxsize=_REMEMBERED)
def commenter_name(text: str) -> bool:
    """A bare display name: a handle, or two to four capitalised words (perhaps badged " Post author")."""
    text = text.removesuffix(_POST_AUTHOR)
    if not looks_like_name(text) or words(text) > 4 or _SOCIAL_AGE.fullmatch(text):
        return False
    parts = text.strip("()").split()
    if parts[0].lower() == "by" or (parts[1:2] == ["By"] and parts[0].lower() in _CREDITS) or is_job(text):
        # "By Sam Kettering", "Written By Sam Kettering" or "Local Democracy Reporter" over a dateline is
        # the article's byline.
        return False
    if len(parts) == 1:
        # A lone capitalised word is as often a menu item ("Archives") as a name; handles
        # ("marram_grass", "daveyone1") and "Anonymous" are names.
        word = parts[0]
        camel = any(ch.isupper() for ch in word[1:])
        return word.lower() in {"anonymous", "guest"} or not word.isalpha() or word.islower() or camel
    # (A number among the words is a reference's: "UIN 227341, tabled on 9 March 2015".)
    return all((p[0].isupper() or not p[0].isalpha()) and not p.isdigit() for p in parts)


_FROM_TOWN = re.compile(r"[A-Z][\w'’-]* from [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")
"""A paper's reader signing with their town, "Lynn from Leeds", before the town and date
("Lynn from Leeds, Leeds, United Kingdom, 1 day ago"): alone, "Bins from Monday" is a headline."""


def _signed_name(text: str) -> bool:
    return commenter_name(text) or (" from " in text and _FROM_TOWN.fullmatch(text) is not None)


def _signed_with_town(text: str) -> bool:
    """A reader's name with their town ("Peter from Ilkley"), not a day or a month ("Parking from April")."""
    return _FROM_TOWN.fullmatch(text) is not None and _WHEN.fullmatch(text.rsplit(" ", 1)[1]) is None


_WHEN = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august"
    r"|september|october|november|december",
    _I,
)


_STAMP_OPENINGS = frozenset("AaUu0123456789")


_CREDENTIAL_WORDS = 12


def _credential(line: Line) -> bool:
    """What a writer says of themselves under their name: a few words, no sentence, no name."""
    short = line.words <= _CREDENTIAL_WORDS and not line.prose
    return short and not ends_sentence(line.text) and not commenter_name(line.text)


def _answer_head(lines: list[Line], reasons: list[str | None], i: int) -> Marker | None:
    """A question-and-answer site's head over an answer: the name, the credential, then the stamp.

    The credential follows the name after a comma ("Gareth Wynne-Holt, Former social worker"), or
    stands under it past a "Follow" button. The stamp is "Answered" and a date, or the compact age
    no article's "Updated" stamp uses ("Updated 2y", "2y").
    """
    name, _, credential = lines[i].text.partition(", ")
    k = i + 1 + (not credential and i + 1 < len(lines) and reasons[i + 1] == FOLLOW)  # the credential's line
    stamp_at = k if credential else k + 1
    if stamp_at >= len(lines) or reasons[stamp_at] is not None:
        return None
    stamp = _ANSWER_STAMP.fullmatch(lines[stamp_at].text) if lines[stamp_at].text[:1] in _STAMP_OPENINGS else None
    if stamp is None or not commenter_name(name) or is_comment_header(lines[i]):
        return None
    if not credential and (reasons[k] is not None or not _credential(lines[k])):
        return None
    if (
        credential
        and not stamp["date"]
        and not lines[stamp_at].text.lower().startswith("updated")
        and (i == 0 or reasons[i - 1] is None)
    ):
        return None  # "Ella Hughes, Girls 11 and under" / "50m" under a paragraph: a results list
    is_date, iso = _date_of(stamp["date"]) if stamp["date"] else (True, None)
    if not is_date:
        return None
    taken = tuple(j for j in range(i, stamp_at + 1) if reasons[j] is None)
    return Marker(_name(name), iso, taken, lines[i].indent)


_HANDLE = re.compile(r"@?[a-z\d][a-z\d_.-]{1,30}(?:@[a-z\d-]+(?:\.[a-z\d-]+)+)?")
"""A handle: "hgarside", "@jpardoe.example.com", a fediverse account's "@mira@kith.example.org"."""


def over_handle(lines: list[Line], i: int) -> bool:
    """A name over the handle made of it ("Jon Pardoe" / "@jpardoe.example.com"): one person's.

    (Not a journal's "Track This" over a commenter's handle, nor a death notice's surname.)
    """
    if i + 1 >= len(lines) or not _HANDLE.fullmatch(handle := lines[i + 1].text):
        return False
    name = lines[i].text.lower()
    if not name.isascii():  # (a handle spells "Siân" as "sian")
        name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return any(len(word) >= 3 and word in handle and word != handle for word in name.split())


def _over_handle(lines: list[Line], i: int) -> tuple[int, str | None] | None:
    """Discourse's head: the display name over the handle made of it, perhaps a title, then the date.

    "Helen Garside" / "hgarside" / "14 Jun 2023": the index of the head's last line and the ISO
    date, or ``None``.
    (A social network's: "Jon Pardoe" / "@jpardoe.example.com" / "· 1y".)
    """
    if i + 2 >= len(lines) or not over_handle(lines, i):
        return None
    is_date, iso = line_date(lines, i + 2)
    if is_date:
        return i + 2, iso
    is_date, iso = line_date(lines, i + 3)
    if not is_date:
        return None
    # (micro.blog dates a reply under its text, one line of it: then the head is the name and handle.
    # Discourse prints whom a post answers, by handle, between the poster's handle and the date.)
    if _credential(lines[i + 2]) or _HANDLE.fullmatch(lines[i + 2].text):
        return i + 3, iso
    return (i + 1, iso) if lines[i + 2].prose or lines[i + 2].words > _CREDENTIAL_WORDS else None


def _over_labels(lines: list[Line], i: int) -> bool:
    """Whether a poster panel's label ("Joined") is one of the two lines under ``i``."""
    return any(PANEL_LABEL.fullmatch(lines[k].text) for k in range(i + 1, min(i + 3, len(lines))))


def _past_panel(lines: list[Line], reasons: list[str | None], i: int) -> int:
    """The first line after ``i`` that is not the poster's rank or panel, or the post's subject.

    XenForo prints the panel between a poster's name and the post's date; Simple Machines
    prints the panel, then the post's subject ("Re: …") over its date, phpBB's subsilver2 the
    labelled subject alone.
    """
    j = i + 1
    while (
        j < len(lines)
        and j - i <= 12
        and (
            reasons[j] == PROFILE
            or REPLY_SUBJECT.fullmatch(lines[j].text)
            or lines[j].text.startswith(POST_SUBJECT)  # (phpBB 3.0's subsilver2, over "Posted: DATE")
            or _RANK.match(lines[j].text)
            or lines[j].text == "Report"  # (the panel's flag button)
            or reasons[j] == UNREAD  # (a discussion group's, over the message's date)
            or (reasons[j] == COUNTER and FIGURE.fullmatch(lines[j].text))  # Invision's count of posts, "1.4k"
            # (Under a panel, the post's own buttons over its date: Invision's "Share this post" / "Link to post".)
            or (j > i + 1 and reasons[j] in (FOLLOW, REPLY_BUTTON) and lines[j].words <= 3)
        )
    ):
        j += 1
    return j


def _journal_sender(text: str) -> bool:
    """A head's sender linked as the journal's user ("From: [personal profile] NAME", "From: (Anonymous)")."""
    sender = text[5:].strip() if text[:5].lower() == "from:" else ""
    return PROFILE_LINK.match(sender) is not None or sender.lower() == "(anonymous)"


def _own_subject(lines: list[Line], i: int) -> bool:
    """A journal comment's subject in the commenter's own words ("Cover for the welfare officer"), over its head.

    (Asked under chrome: the comment above's buttons, the thread's header.)
    """
    line = lines[i]
    titled = line.words <= 12 and line.text[-1] not in ".!?:" and i + 2 < len(lines)
    return titled and any(_journal_sender(lines[k].text) for k in (i + 1, i + 2))


def _letter_head(lines: list[Line], i: int) -> tuple[str | None, str | None] | None:
    """A comment headed like a letter, "Date: …" and "From: …" on two lines (Dreamwidth, LiveJournal).

    The sender and the date, or ``None``. (A mail archive heads its message the same way; the
    first such head is then the article's, as a forum's first post is.)
    """
    if i + 1 >= len(lines):
        return None
    if (sender := spelled_sender(lines[i].text)) is not None:
        is_date, iso = _date_of(lines[i + 1].text)  # pipermail's "NAME address at host" over the date
        name = sender["name"] or f"{sender['user']}@{sender['host']}"  # (an address alone is withheld)
        return (_name(name), iso) if is_date else None
    first, second = _LABELLED.match(lines[i].text), _LABELLED.match(lines[i + 1].text)
    if first is None or second is None or first["label"].lower() == second["label"].lower():
        return None
    sender, when = (first, second) if first["label"].lower() == "from" else (second, first)
    is_date, iso = _date_of(when["value"])
    if not is_date:
        return None
    return _name(_ADDRESS.sub("", PROFILE_LINK.sub("", sender["value"])).strip('"')), iso


def pictures(alt: str, name: str) -> bool:
    """``alt`` is the alt text of ``name``'s picture: "inkwell-rosa's avatar", "Profile photo for inkwell-rosa"."""
    if alt.startswith(name):
        return alt[len(name) : len(name) + 3] in ("'s ", "’s ")
    return alt.endswith(name) and alt[: -len(name)].lower() in _PICTURE_OF


_PICTURE_OF = frozenset(("profile photo for ", "profile photo of ", "profile picture for ", "profile picture of "))


def _under_picture(lines: list[Line], reasons: list[str | None], i: int) -> Marker | None:
    """A head under the writer's picture, whose alt text names them ("inkwell-rosa's avatar" / "inkwell-rosa").

    Perhaps their credential under the name ("Hobbyist Digital Artist"), then the date, perhaps
    after a badge ("Featured By Owner May 13, 2011").
    """
    name = lines[i].text
    if not pictures(lines[i - 1].text, name):
        return None
    for k in range(i + 1, min(i + 3, len(lines))):
        if reasons[k] not in (None, PROFILE) or lines[k].prose or lines[k].words > 8:
            return None
        is_date, iso = line_date(lines, k)
        if not is_date and (found := find_date(lines[k].text)) is not None:
            is_date, iso = True, found[0]
        if is_date:
            return Marker(_name(name), iso, tuple(range(i, k + 1)), lines[i].indent)
    return None


def _dated_after(lines: list[Line], reasons: list[str | None], i: int) -> Marker | None:
    """A comment headed "NAME wrote:" (Windows Live Spaces) or "NAME responded:" (Posthaven), dated under its text.

    Sentences follow the head, and a date closes them a few lines down, with no more text under
    it (chrome, the next head or the end); without it, "NAME wrote:" is a quotation's header
    inside a post. The date is left for the thread to claim, as a comment's date line.
    """
    name = lines[i].text.rpartition(" ")[0]
    if not looks_like_name(name) or name.split()[0].lower() in _NOT_NAMES:
        return None  # ("My friend wrote:" quotes a friend)
    for k in range(i + 1, min(i + 10, len(lines))):
        if reasons[k] is not None or (lines[k].date is None and not lines[k].prose):
            return None
        if lines[k].date is not None and lines[k].words <= 6:
            closed = k > i + 1 and (k + 1 >= len(lines) or reasons[k + 1] is not None or not lines[k + 1].prose)
            return Marker(_name(name), lines[k].date, (i,), lines[i].indent) if closed else None
    return None


_NOT_NAMES = frozenset(("my", "our", "your", "his", "her", "their", "the", "a", "an", "one"))


def _said_on(match: re.Match[str], line: Line) -> bool:
    """Whether a "NAME on DATE said:" line heads a comment rather than a quotation in the writing.

    It does, its date read, with a commenter's name and what only a comment head prints with them:
    the time, a comment number, or a thread's indent ("The Home Secretary on 12 March 2015 said:"
    has none).
    """
    return commenter_name(match["author"]) and bool(_TIME.search(match["date"]) or match["num"] or line.indent)


_CREDENTIALS = frozenset(
    (
        "councillor",
        "governor",
        "parent",
        "teacher",
        "headteacher",
        "clerk",
        "trustee",
        "volunteer",
        "member",
        "chair",
        "resident",
        "carer",
        "grandparent",
        "student",
        "researcher",
        "journalist",
        "editor",
        "solicitor",
        "nurse",
        "midwife",
        "doctor",
    )
)
"""Words a commenter may give alone as what they are, beside the date under their name (Ghost's)."""


def _name_over_place(lines: list[Line], reasons: list[str | None], i: int) -> Marker | None:
    """A name over the place and the time it posted from: "Janine R." / "Marston Fields · 3 Sep" (Nextdoor).

    Read alone, the second line is a name and a date ("quietmoss · 1y"); under a name that opens a
    head (after chrome or a gap), it names the poster's neighbourhood, or credential, not the poster.
    A paper prints the town and country before the date, between commas: "Dot Ackroyd" /
    "Rotherham, United Kingdom, 27/08/2014 17:02".
    """
    if i + 1 >= len(lines):
        return None
    below = lines[i + 1].text
    dotted = "·" in below or "•" in below
    if not (dotted or below.count(",") >= 2):
        return None
    line = lines[i]
    opens = i == 0 or reasons[i - 1] is not None or lines[i - 1].n < line.n - 1
    named = reasons[i] is None and line.words <= 4 and looks_like_name(line.text) and not LEVEL.fullmatch(line.text)
    match = (_CREDITED if dotted else _PLACED).match(below) if opens and named else None
    if match is None or (dotted and match["points"]):
        return None
    # A place is words, where a handle is one ("ellandrood_sw · OP · 2 days ago" under Reddit's
    # "level 1"); nor is it a section ("Members' bulletin · 27.10.22") or chrome (Medium's
    # "4 min read·Nov 2, 2022" under another story's title).
    place = match["author"]
    named_place = all(looks_like_name(part) for part in place.split(","))  # ("Independent scrutineer, partnership")
    # (A credential's word under a name of two to four capitalised words is the poster's: "Councillor";
    # a handle is one word too, "Bluebell", "HeronInTheReeds".)
    word = place.strip()
    credential = word.lower() in _CREDENTIALS and named_text(line.text)
    if (dotted and " " not in word and not credential) or not named_place or any(c.isdigit() for c in place):
        return None
    # (Between commas, the text follows: a tabloid that prints "NAME, town, date" under the text
    # has its rating buttons there, and the line above is the comment's text, not a name.)
    if not dotted and not (commenter_name(line.text) and i + 2 < len(lines) and reasons[i + 2] is None):
        return None
    if PAGE_PARTS.search(place) or furniture_reason(place) is not None:
        return None
    is_date, iso = _date_of(match["date"])
    aged = _SOCIAL_AGE.fullmatch(match["date"]) is not None  # "Elsfield Road · 2d"
    return Marker(_name(line.text), iso, (i, i + 1), line.indent) if is_date or aged else None


def dated_after_dot(text: str) -> bool:
    """A place or credential, then a date or an age after "·": the line under a commenter's name."""
    match = _CREDITED.match(text) if "·" in text or "•" in text else None
    return match is not None and _date_of(match["date"])[0]


def _badge(text: str) -> bool:
    """A badge beside a commenter's name: any of ``BADGE``, or "Guest" (wpDiscuz's, a commenter with no account).

    ("Guest" is no badge everywhere: alone over a date, it is the name a commenter without one gets.)
    """
    return BADGE.fullmatch(text) is not None or text.lower() == "guest"


def _past_badge(lines: list[Line], j: int) -> int:
    """The line after a commenter's badge at ``j`` ("Author", "Staff"), or ``j`` where there is none."""
    return j + 1 if j < len(lines) and BADGE.fullmatch(lines[j].text) else j


def _name_run_on_date(lines: list[Line], reasons: list[str | None], i: int) -> Marker | None:
    """A name and the date with nothing between them, "Nadia Corran March 18, 2015", as a reply's head.

    Only under the comment above's buttons or the comments' header (Squarespace's): under a
    headline, "Sam Kettering 12 March 2015" heads an article.
    """
    line = lines[i]
    text = line.text
    if not (i and 3 <= line.words <= 8 and text[-1].isdigit() and text[0].isupper()):
        return None
    if reasons[i - 1] != REPLY_BUTTON and not is_comment_header(lines[i - 1]):
        return None
    found = find_date(text)
    if found is None or found[2] != len(text) or not (i + 1 < len(lines) and lines[i + 1].prose):
        return None
    name = text[: found[1]].strip()
    return Marker(_name(name), found[0], (i,), line.indent) if " " in name and commenter_name(name) else None


def find_marker(
    lines: list[Line], i: int, reasons: list[str | None], commenters: Collection[str] = ()
) -> Marker | None:
    """The comment marker starting at ``lines[i]``, or ``None``.

    ``commenters``: the authors of the markers found above, case-folded, whom a reply's head may name.
    """
    line = lines[i]
    text = line.text
    if (
        ("–" in text or "—" in text)
        and (signed := _SIGNED.fullmatch(text))
        and looks_like_name(signed["author"])
        and not _STAMP_VERB.match(signed["author"])
    ):
        is_date, iso = _date_of(signed["date"])
        if is_date:
            return Marker(_name(signed["author"]), iso, (i,), line.indent, trailing=True, signed=signed.end("text"))
    if line.words > 14:
        return None  # a marker is a name and a date, never a paragraph
    if text.endswith(" said:") and (match := _SAID_ON.match(text)) and _said_on(match, line):
        is_date, iso = _date_of(match["date"])
        if is_date:
            return Marker(_name(match["author"]), iso, (i,), line.indent, bool(match["bullet"]))  # reads as prose
    # (Under the thread's chrome: a judgment's numbered paragraph may quote a letter so.)
    under_chrome = i > 0 and reasons[i - 1] is not None
    match = _NUMBERED_WROTE.fullmatch(text) if under_chrome and text[0].isdigit() and text.endswith(" wrote:") else None
    if match and commenter_name(match["author"]) and (dated := _date_of(match["date"]))[0]:
        return Marker(_name(match["author"]), dated[1], (i,), line.indent)  # reads as prose
    if line.prose:
        return None
    if i and reasons[i - 1] == PICTURE and (pictured := _under_picture(lines, reasons, i)) is not None:
        return pictured
    if text.endswith((" wrote:", " responded:")) and (dated_after := _dated_after(lines, reasons, i)) is not None:
        return dated_after
    if (note := _NOTE.match(text)) is not None:
        return Marker(_name(note["author"]), None, (i,), line.indent, reply_to=note["to"])
    # (Among the notes, a line of them close above, "NAME liked this": not a story's "one replied:".)
    noted = text[-9:] == " replied:" and any(reasons[k] is not None for k in range(max(0, i - 3), i))
    if noted and (note := _NOTE_REPLY.fullmatch(text)) is not None:
        return Marker(note["author"], None, (i,), line.indent)
    # A letter-like head under the comment's subject ("Re: …", "(no subject)"); without the
    # subject, "From:" and "Date:" may as well be an e-mail quoted in the article.
    subject = REPLY_SUBJECT.fullmatch(text) is not None or text.lower() == NO_SUBJECT
    subject = subject or (i > 0 and reasons[i - 1] is not None and _own_subject(lines, i))
    if subject and (head := _letter_head(lines, i + 1)) is not None:
        return Marker(head[0], head[1], (i, i + 1, i + 2), line.indent)
    # Without it, a sender a journal links as its user ("From: [personal profile] NAME", "From: (Anonymous)").
    if _journal_sender(text) and (head := _letter_head(lines, i)) is not None:
        return Marker(head[0], head[1], (i, i + 1), line.indent)
    nxt = lines[i + 1].text if i + 1 < len(lines) else ""
    # The word each pattern needs is looked for first: most lines have none, and the patterns'
    # open-ended names would otherwise be tried at every length.
    lowered = text.lower()
    if "said" in lowered or "says" in lowered:
        for pattern in (_SAID, _SAYS):
            match = pattern.match(text)
            if match:
                is_date, iso = line_date(lines, i + 1)
                if not is_date and (dated_at := _past_badge(lines, i + 1)) > i + 1:  # a badge over the date
                    is_date, iso = line_date(lines, dated_at)  # ("Hearthstone staff")
                    if is_date:
                        return Marker(_name(match["author"]), iso, (i, i + 1, dated_at), line.indent)
                # Without a date under it, the head names someone: "The main things it says:" introduces a list.
                if not is_date and " " in match["author"].strip() and not commenter_name(match["author"]):
                    continue
                if not is_date and pattern is _SAYS and match["dots"]:
                    continue
                taken = (i, i + 1) if is_date else (i,)
                author = match["author"]
                if pattern is _SAYS and match["dots"] and (town := _PLACE_AFTER.fullmatch(author)):
                    author = town["name"]  # a paper's reader and their town: "ChalkDownsDad, Letcombe Regis says..."
                return Marker(_name(author), iso, taken, line.indent, bool(match["bullet"]))
        match = _BLOGGER.match(text)
        if match:
            return Marker(_name(match["author"]), None, (i,), line.indent)
        # WordPress.com themes print "NAME said:" over the comment's date; without the date
        # under it, "The inspector said:" is the writing introducing a quotation.
        match = _SAID_OVER_DATE.match(text)
        if match:
            is_date, iso = line_date(lines, i + 1)
            if is_date:
                return Marker(_name(match["author"]), iso, (i, i + 1), line.indent)
    match = _NUMBERED.match(text) if text[0] == "#" else None
    if match and commenter_name(match["author"]) and (dated := _date_of(match["date"]))[0]:
        return Marker(_name(match["author"]), dated[1], (i,), line.indent)
    match = _SLASHDOT.fullmatch(nxt) if "(score:" in lowered and _SCORED.fullmatch(text) else None
    if match and (dated := _date_of(match["date"]))[0]:
        return Marker(_name(match["author"]), dated[1], (i, i + 1), line.indent)
    match = _PHPBB.match(text)
    if match:
        return Marker(_name(match["author"]), _date_of(match["date"])[1], (i,), line.indent)
    match = _AGGREGATED.match(text) if text[-1] == "]" else None
    if match and (dated := _date_of(match["date"]))[0]:
        return Marker(_name(match["author"]), dated[1], (i,), line.indent)
    match = _REDDIT.match(text)
    if match and (match["score"] or (match["author"] == "[deleted]" and _date_of(match["date"])[0])):
        return Marker(_name(match["author"]), _date_of(match["date"])[1], (i,), line.indent)
    if match and " | " in match["date"]:
        # Lobsters' head: "[-] NAME 2 years ago | link | flag".
        age, _, links = match["date"].partition(" | ")
        if _HEAD_LINKS.fullmatch(links) and (dated := _date_of(age))[0]:
            return Marker(_name(match["author"]), dated[1], (i,), line.indent)
    if match and not match["date"]:
        # The name alone, the score and age under it, perhaps the commenter's flair between.
        for k in range(i + 1, min(i + 3, len(lines))):
            if (scored := _SCORED_AGE.fullmatch(lines[k].text)) is not None:
                return Marker(_name(match["author"]), _date_of(scored["date"])[1], tuple(range(i, k + 1)), line.indent)
            if lines[k].words > 5 or lines[k].prose:
                break
    match = _ANSWERED.fullmatch(text) if text[:1] in "aA" and SITE_STAMP.fullmatch(text) else None
    if match and i + 1 < len(lines) and looks_like_name(lines[i + 1].text) and lines[i + 1].words <= 4:
        is_date, iso = _date_of(match["date"])
        if is_date:
            return Marker(_name(lines[i + 1].text), iso, (i, i + 1), line.indent, trailing=True)
    if (answering_head := _answer_head(lines, reasons, i)) is not None:
        return answering_head
    # A name and a date on one line, each pattern tried only on a line with its words.
    for match in (
        _COMMENTED.match(text) if " commented " in text else None,
        _ANNOTATION.fullmatch(text) if " left an annotation (" in text else None,
        _CHAPTER_HEAD.fullmatch(text) if " on " in text and text[-1] in "CcMm" else None,
    ):
        if match and (dated := _date_of(match["date"]))[0]:
            return Marker(_name(match["author"]), dated[1], (i,), line.indent)
    match = _MESSAGE.fullmatch(text) if text[:8].lower() == "message " else None
    match = match or (_REPLIED.fullmatch(text) if " replied to comment from " in text else None)
    if match and (dated := line_date(lines, i + 1))[0]:
        return Marker(_name(match["author"]), dated[1], (i, i + 1), line.indent)
    match = _TYPEPAD.match(text)
    if match:
        return Marker(_name(match["author"]), _date_of(match["date"])[1], (i,), line.indent, trailing=True)
    match = _POST_HEAD.match(text)
    if match and match["author"] and (_CLOCK.fullmatch(match["date"]) or _date_of(match["date"])[0]):
        return Marker(_name(match["author"]), _found(match["date"]), (i,), line.indent)
    # A handle, not a label: "Video posted 3 June 2014", "Broadcast Thu 28 Aug 2014" are bylines. A
    # parenting forum's stamp gives the time to the second, which no label does.
    poster = match["poster"] or match["handle"] if match else None
    if match and poster and (commenter_name(poster) or _SECONDS.search(match["stamp"] or "")):
        is_date, iso = _date_of(match["posted"] or match["stamp"])
        if is_date and read_byline(text) is None:
            return Marker(_name(poster), iso, (i,), line.indent)
    if (run_on := _name_run_on_date(lines, reasons, i)) is not None:
        return run_on
    if (placed := _name_over_place(lines, reasons, i)) is not None:
        return placed
    match = _BRACKETED.fullmatch(text) if text[-1] == ")" else None
    # (Not a page's stamp, Joomla's "Last Updated ( Monday, 16 November 2009 09:05 )", nor an event's
    # date in a heading, "Open Meeting (5 November 2015)": the head gives the time too.)
    bracketed = match is not None and _TIME.search(match["date"]) is not None and not _STAMP_VERB.match(match["author"])
    if match and bracketed and commenter_name(match["author"]) and (dated := _date_of(match["date"]))[0]:
        return Marker(_name(match["author"]), dated[1], (i,), line.indent)
    separated = ((_SEPARATED, looks_like_name),) if "·" in text or "•" in text else ()
    for pattern, named in (*separated, (_PLACED, _signed_name)):
        match = pattern.match(text)
        # Not "4 min read · …", nor "Published 18 April 2023 · Last updated …": a name is no furniture or date.
        author = match["author"] if match else ""
        answer = _ANSWER.fullmatch(author) if pattern is _SEPARATED and (_arrowed(author) or " > " in author) else None
        if answer is not None:
            # Disqus's reply over its age: "Trudy_B > MossSideMike • 10 years ago" (not a breadcrumb,
            # "News > Rotherham • 2 hours ago": who answers whom must be names).
            is_date, iso = _date_of(match["date"])
            answers = answer["to"].casefold() in commenters
            named_pair = looks_like_name(answer["author"]) and (answers or commenter_name(answer["to"]))
            if named_pair and is_date and (answers or iso is None):
                author = answer["author"].removesuffix(_MOD)
                return Marker(_name(author), iso, (i,), line.indent, reply_to=answer["to"])
        # (Nor a commenter's badge over their name: Ghost's "Editor · 7 Apr 2023". One word before a
        # town and a country is a reader's first name: "Annie, Rotherham, United Kingdom, 1 hour ago".)
        if (
            match
            and (
                named(author) or (pattern is _PLACED and text.count(",") >= 3 and author.isalpha() and author.istitle())
            )
            and furniture_reason(author) is None
            and find_date(author) is None
            and not BADGE.fullmatch(author)
            and not ISSUE.fullmatch(author)
        ):
            if pattern is _SEPARATED and author[:10].lower().startswith(("posted by ", "by ")):
                continue  # a post's own byline: "by NAME · DATE · 7 Comments", "Posted by NAME · DATE"
            is_date, iso = _date_of(match["date"])
            if not is_date and pattern is _SEPARATED and match["points"] and _SOCIAL_AGE.fullmatch(match["date"]):
                is_date = True  # Lemmy's "NAME · 23 points · 1y": an age, with the score beside it
            if is_date or find_date(match["date"]):
                # A tabloid prints the name under the comment's text, then its rating buttons.
                trailing = (
                    pattern is _PLACED
                    and 0 < i < len(lines) - 1
                    and reasons[i - 1] is None
                    and reasons[i + 1] is not None
                )
                return Marker(
                    _name(match["author"]), iso or _found(match["date"]), (i,), line.indent, trailing=trailing
                )
    bulleted = _BULLETED.match(text)
    name, reply_to = bulleted["name"] if bulleted else text, None
    name = _OP.sub("", name)  # a forum badges the thread's opener: "WorriedInWath · OP" over the date
    if " · " in name:
        name = _PROFILE_NOTE.sub("", name)
    if name[:1] == "[":
        name = PROFILE_LINK.sub("", name)  # Dreamwidth's and LiveJournal's "[personal profile] NAME"
    if name[-1:] == ")":
        name = name.removesuffix(NOT_VERIFIED).rstrip()  # Drupal's anonymous commenter: "NAME (not verified)"
    if name[-3:] in ("1st", "2nd", "3rd", "rd+"):
        name = _DEGREE.sub("", name)  # a professional network's degree of connection: "Owain Trefusis · 2nd"
    replying = _REPLYING.fullmatch(name) if " replying to " in name else None
    if replying is not None:
        name, reply_to = replying["author"], replying["to"]
    elif (_arrowed(name) or " > " in name) and (answer := _ANSWER.fullmatch(name)) is not None:
        name, reply_to = answer["author"].removesuffix(_MOD), answer["to"]
    answers = reply_to is not None and reply_to.casefold() in commenters
    # ">" also parts a breadcrumb ("News > Local News") over a dateline: such a head is a reply's
    # only over the relative time Disqus prints ("• 2 years ago"), or when it names a commenter above.
    relative_only = reply_to is not None and not (_arrowed(text) or replying) and not answers
    if replying is not None and not answers:
        return None  # (a live Q&A reported in an article: "Peter Dawes replying to Anne Marsh")
    # Who answers whom is evidence enough that the first is a display name ("Gazette reader > …").
    named = (
        commenter_name(name) if reply_to is None else looks_like_name(name) and (answers or commenter_name(reply_to))
    )
    # Over a forum's stamp to the second, which no label or menu gets, one capitalised word is a
    # handle too ("Namechangedforthis" over "Wed 17-May-17 23:02:47").
    named = named or (reply_to is None and " " not in name and looks_like_name(name) and bool(_SECONDS.search(nxt)))
    # A reader signed with their town over an age ("Kev from Marsden" / "2y"), or over whom they answer
    # and the age ("Peter from Ilkley" / "In reply to Marguerite O" / "2 years ago"), under the comment
    # above's buttons (not a news list's "Bins from Monday" over its age).
    if not named and reply_to is None and nxt and " from " in name and i and reasons[i - 1] is not None:
        under = i + 2 if answers_line(nxt) else i + 1
        named = under < len(lines) and is_relative_time(lines[under]) and _signed_with_town(name)
    # Over whom it answers, a commenter above, and the date or age, so are any few words ("Wath lad" /
    # "Replying to Clifton Mum" / "10 years ago"), under the comment above's buttons.
    if not named and reply_to is None and nxt and i and reasons[i - 1] is not None and line.words <= 4:
        answered = _answered(nxt)
        named = answered is not None and answered.casefold() in commenters and looks_like_name(name)
        named = named and line_date(lines, i + 2)[0]
    # Under the comment above's buttons, over a badge and the date, so is one word (wpDiscuz's "Tom" / "Guest").
    named = named or (
        reply_to is None
        and " " not in name
        and 0 < i < len(lines) - 2
        and reasons[i - 1] is not None
        and _badge(nxt)
        and lines[i + 2].date is not None
        and looks_like_name(name)
    )
    # Over a poster's rank, so is any one word ("Ironside" over "Senior Member").
    named = named or (reply_to is None and " " not in name and looks_like_name(name) and bool(_RANK.match(nxt)))
    # Over the poster's panel, so are a few more words than a name has ("Sixth Form Room Support Team"),
    # and one word over the panel's labels, perhaps under the title the member gave themselves.
    named = named or (
        bool(nxt)
        and reply_to is None
        and reasons[i + 1] == PROFILE
        and (1 < line.words <= 6 or (line.words == 1 and _over_labels(lines, i)))
        and looks_like_name(name)
    )
    # Disqus in some themes: the name, perhaps a badge, whom it answers (a commenter above), then
    # the age, a line each.
    over = i + 2 if BADGE.fullmatch(nxt) and i + 2 < len(lines) else i + 1  # the line naming whom it answers
    parent = lines[over].text.lstrip("↳↪→> ") if nxt else ""  # (a paper's "↪ NAME", Disqus's "> NAME")
    parent, bullet, age = parent.partition(" • ")  # (or "→ NAME • 11 years ago", the age beside it)
    if (
        reply_to is None
        and parent.casefold() in commenters
        and commenter_name(name)
        and looks_like_name(parent)
        and not BADGE.fullmatch(name)
    ):
        is_date, iso = _date_of(age) if bullet else line_date(lines, over + 1)
        if is_date:
            answer_head = (i, over) if bullet else (i, over, over + 1)
            # (A paper's prints the date; Disqus's, in a theme without the arrow's age beside it, the age.)
            one_level = not bullet and lines[over].text[0] == "→" and iso is not None
            return Marker(_name(name), iso, answer_head, line.indent, reply_to=parent, one_level=one_level)
    # A page's own name over its "Author" badge, answering on its post: "Cllr Nadia Farooq – Moorside Ward".
    # (Or the page's own name, as its masthead prints it, answering in a social plugin's thread,
    # "Wickersley & Bramley Bulletin", under the buttons closing the comment above.)
    unnamed = not named and reply_to is None
    badged = unnamed and line.words <= 8 and BADGE.fullmatch(nxt) is not None
    page = unnamed and line.words <= 6 and i > 0 and (reasons[i - 1] is not None or is_relative_time(lines[i - 1]))
    page = page and text in (m.text for m in lines[: min(i, 30)])
    if (badged or page) and _closed_by_controls(lines, reasons, i):
        return Marker(_name(name), None, (i,), line.indent)
    # ("3 Comments" over a commenter's name is no name, nor is the badge beside it.)
    # A name over the handle made of it is one, however it is written ("sam (mostly lurking)").
    handled = _over_handle(lines, i) if nxt and reply_to is None and " " in name and line.words <= 6 else None
    if handled is not None and not is_comment_header(line):
        return Marker(_name(name), handled[1], tuple(range(i, handled[0] + 1)), line.indent)
    if nxt[:10].lower() == "mentioned " and _MENTIONED.fullmatch(nxt) and commenter_name(name):
        is_date, iso = line_date(lines, i + 2)
        if is_date:
            return Marker(_name(name), iso, (i, i + 1, i + 2), line.indent)  # a webmention: a post elsewhere
    # (A badge's word is a name over a forum's rank: a board's "Admin" over "Administrator".)
    badge_word = BADGE.fullmatch(name) is not None and not _RANK.match(nxt)
    if nxt and named and not is_comment_header(line) and not badge_word:
        j = _past_panel(lines, reasons, i)
        if j + 1 < len(lines) and lines[j].text == "·" and is_relative_time(lines[j + 1]):
            j += 1  # an answers site's dot between the name and the age ("Gwen Haighton" / "·" / "6y")
        # (The comment above's buttons, the depth Reddit prints over a head, its count of replies, or
        # whom it answers: "In reply to Ian Carver" over "Ruth Calloway" / "Author" / the date.)
        above = lines[i - 1].text if i > 0 else ""
        under_reply_to = answers_line(above)
        after_chrome = i > 0 and (
            reasons[i - 1] is not None
            or LEVEL.fullmatch(above) is not None
            or under_reply_to
            or REPLY_COUNT.fullmatch(above) is not None
        )
        stamped = j + 1 < len(lines) and (lines[j + 1].date is not None or is_relative_time(lines[j + 1]))
        if after_chrome and j + 1 < len(lines) and _badge(lines[j].text):
            # The writer's badge between the name and the date or age (WordPress's "Post author", a
            # paper's "Staff", a forum's "#8 · DATE" under its staff's), under the comment above's
            # buttons: part of the head.
            badged_date = lines[j + 1].date if stamped else _posted_date(lines, j + 1, under_name=False)
            if stamped or badged_date is not None:
                return Marker(_name(name), badged_date, (i, j, j + 1), line.indent, bool(bulleted), reply_to=reply_to)
        is_date, iso = line_date(lines, j)
        if not is_date and (after_chrome or _HANDLE_LIKE.fullmatch(name)) and _dayless(lines, j):
            is_date = True  # (a handle's, or a name's under the post above's buttons: no timeline's entry)
        badge, dot, stamp = lines[j].text.partition(" · ") if j < len(lines) else ("", "", "")
        if not is_date and dot and BADGE.fullmatch(badge):
            is_date, iso = _date_of(stamp)  # the writer's badge beside the date (Ghost's "Editor · 7 Apr 2023")
        if not is_date and len(name.split()) <= 2:  # a handle or a name, not a site's name or a headline
            # (A journal's user over the comment's subject is its head's name too: Dreamwidth's
            # "[personal profile] NAME" / "Re: …" / "Date: …".)
            iso = _posted_date(lines, j, under_name=j == i + 1 or PROFILE_LINK.match(text) is not None)
            is_date = iso is not None
        if is_date and not (relative_only and iso is not None):
            # (phpBB's subsilver2 labels the post's subject between the name and the date: part of the
            # head, and the opening post's, without "Re:", the topic's title.)
            labelled = tuple(k for k in range(i + 1, j) if lines[k].text.startswith(POST_SUBJECT))
            titled = labelled[0] if labelled and not REPLY_SUBJECT.match(subject_of(lines[labelled[0]].text)) else None
            own = (i, *labelled, j)
            return Marker(_name(name), iso, own, line.indent, bool(bulleted), reply_to=reply_to, subject=titled)
        if answers and after_chrome and _arrowed(text):
            # "NAME → PARENT" naming a commenter above heads a reply whatever follows it (a quotation,
            # the text, then its date).
            return Marker(_name(name), None, (i,), line.indent, bool(bulleted), reply_to=reply_to)
        # A paper's own comments: the name, perhaps a badge, "in reply to NAME" (wpDiscuz: "Reply to
        # NAME", the Guardian's "in response to NAME"; each left for the thread to read), the date.
        answering = _past_badge(lines, j)
        if answering == j and after_chrome and j < len(lines) and lines[j].text.lower() == "guest":
            answering = j + 1  # (wpDiscuz's "Guest" under the name, under the comment above's buttons)
        if not is_date and answering + 1 < len(lines) and _answered(lines[answering].text) is not None:
            is_date, iso = line_date(lines, answering + 1)
            if is_date:  # (the badge is the head's: "Guest" is no one's name there)
                own = (i, j, answering + 1) if answering > j else (i, answering + 1)
                return Marker(_name(name), iso, own, line.indent, bool(bulleted))
        # Simple Machines heads the opening post with its subject (no "Re:") over the date, and
        # vBulletin 5 with the topic's title as the page's head printed it, however it reads.
        heading = lines[j].text if i + 1 < j < len(lines) and lines[j].words <= 30 else None
        if heading is not None and (not lines[j].prose or any(above.text == heading for above in lines[: min(i, 60)])):
            is_date, iso = line_date(lines, j + 1)
            if is_date:
                return Marker(_name(name), iso, (i, j + 1), line.indent, bool(bulleted), subject=j)
        if reply_to is None and _closed_by_controls(lines, reasons, i):
            return Marker(_name(name), None, (i,), line.indent, bool(bulleted))
        # A professional network's comment: the name, perhaps a badge ("Author"), the commenter's
        # job, then an age ("9y") over the comment's text. An age, as a reporter's name, desk and
        # full date head an article (nor is a blog list's name, post and age over the next blog's
        # name one); a full date only where no article starts, a few lines under the comments'
        # header ("7 comments" / "Sort by") or under "In reply to NAME": "Ian Carver" / "logged in
        # via Google" / "August 27, 2014".
        k = _past_badge(lines, j)
        # (A professional network's headline, its parts between bars, is the job: "Chair of governors |
        # Trustee", over the age, under the comment above's buttons.)
        barred = after_chrome and k < len(lines) and reasons[k] == NAVIGATION and " | " in lines[k].text
        if reply_to is None and k + 2 < len(lines) and (reasons[k] is None or barred) and not lines[k].prose:
            # (Whom it answers may stand between the job and the date: "In reply to Annwen Pritchard".)
            dated_at = k + 2 if answers_line(lines[k + 1].text) and k + 3 < len(lines) else k + 1
            is_date, iso = line_date(lines, dated_at)
            # (A name over the age heads it, unless the name above follows the chrome: "Rhiannon Garside" /
            # "Councillor (opposition)" / "· 1 day ago" under the comment above's "Reply"; a handle,
            # one word, is a name there too, under a link: "Community Guidelines" / "R_Pendleton".)
            spaced = after_chrome and " " in lines[k].text
            job = lines[k].words <= 15 and (spaced or not commenter_name(lines[k].text))
            text_at = dated_at + 2 if lines[dated_at + 1].text.strip("()").lower() == "edited" else dated_at + 1
            # (A full date under a head only in a thread: a few lines under its header, under "In reply to
            # NAME", or under the buttons of a comment found above.)
            threaded = under_reply_to or (after_chrome and bool(commenters))
            if (
                is_date
                and job
                and (not barred or iso is None)
                and text_at < len(lines)
                and lines[text_at].prose
                and (iso is None or threaded or any(is_comment_header(lines[h]) for h in range(max(0, i - 5), i)))
            ):
                answered = lines[k + 1].text[len(_IN_REPLY_TO) :].strip() if dated_at == k + 2 else None
                return Marker(
                    _name(name), iso, tuple(range(i, dated_at + 1)), line.indent, bool(bulleted), reply_to=answered
                )
    # vBulletin: a date line (perhaps the post's number under it), then the poster's name,
    # then their rank, profile or "is offline".
    is_date, iso = line_date(lines, i)
    if not is_date:
        return None
    j = _past_panel(lines, reasons, i)
    paneled = j + 1 < len(lines) and (reasons[j + 1] == PROFILE or _RANK.match(lines[j + 1].text))
    # A poster's own title ("Forum Regular") may stand between the name and the panel's rank or
    # join date (an events list's "Location:" under a heading is no panel).
    titled = (
        not paneled
        and j + 2 < len(lines)
        and _RANK.match(lines[j + 2].text) is not None
        and lines[j + 1].words <= 4
        and not lines[j + 1].prose
    )
    if not (paneled or titled):
        return None
    name = lines[j].text
    # (A panel's rank under it makes one capitalised word a handle too: "Lorrainey" over "Member".)
    one_word = paneled and " " not in name and looks_like_name(name)
    if commenter_name(name) or one_word or lines[j + 1].text.startswith(f"{name} is "):  # "Pebbledash is offline"
        return Marker(_name(name), iso, (i, j), line.indent, title=j + 1 if titled else None)
    return None


_SHAPE = re.compile(r"\d+|[^\W\d_]+")


def _shape(text: str) -> str:
    """A date's printed form, whatever it says: "27 Aug 2014 9:41" and "3 Sep 2014 11:02" alike."""
    return _SHAPE.sub(lambda m: "0" if m[0][0].isdigit() else "a", text)


def date_form(lines: list[Line], marker: Marker) -> str | None:
    """The printed form of the line of a head that dates it (see ``_shape``); ``None`` for a head of one line."""
    dated = [j for j in marker.lines[1:] if lines[j].date is not None or is_relative_time(lines[j])]
    return _shape(lines[dated[-1]].text) if dated else None


def template_heads(lines: list[Line], reasons: list[str | None], markers: Mapping[int, Marker]) -> dict[int, Marker]:
    """Comment heads found by the page's own template, however their names read.

    Where two comments or more (after the first head, which may be the article's byline) are
    headed by a name over a date of one form, any short line over a date of that form, with a
    paragraph under it, heads a comment too ("Porthleven", "A social worker", "Jim from Maltby").
    A date without a time is how writing lists events ("Vigil" over "14 March 2015"), and an age
    how a news round-up lists places ("Maltby" over "2 hours ago"), and so is a line after a colon:
    such a date or age counts only right under page chrome (the comment above's buttons).
    """
    if len(markers) < 3:
        return {}
    first, *later = sorted(markers)
    heads = [markers[m] for m in later if len(markers[m].lines) == 2 and markers[m].lines[1] == m + 1]
    shapes = Counter(_shape(lines[m.lines[1]].text) for m in heads)
    known = {shape for shape, count in shapes.items() if count >= 2}
    if not known:
        return {}
    taken = {k for m in markers.values() for k in m.lines}
    found = {}
    for i in range(first + 1, len(lines) - 2):
        stamp = lines[i + 1]
        if not lines[i + 2].prose or reasons[i] is not None or reasons[i + 1] is not None or i in taken:
            continue  # (the cheap tests first: most lines head nothing)
        timed = stamp.date is not None and _TIME.search(stamp.text) is not None
        dated = timed or ((stamp.date is not None or is_relative_time(stamp)) and reasons[i - 1] is not None)
        named = lines[i].words <= 5 and not lines[i].prose and looks_like_name(lines[i].text)
        named = named and not BADGE.fullmatch(lines[i].text)
        listed = lines[i - 1].text.endswith(":")
        if dated and named and not listed and i + 1 not in taken and _shape(stamp.text) in known:
            replying = _REPLYING.fullmatch(lines[i].text)
            name, to = (replying["author"], replying["to"]) if replying else (lines[i].text, None)
            found[i] = Marker(_name(name), stamp.date, (i, i + 1), lines[i].indent, reply_to=to)
    return found


def comment_bylines(lines: list[Line], bylines: Mapping[int, Byline], opening: int) -> dict[int, Marker]:
    """Bylines after the article has begun, two or more with a name and a date: comment headers.

    Drupal heads each comment as it heads the post ("Submitted by NAME on DATE"), as do other
    platforms; one such line after the text is the post's own footer, several are a thread.
    """
    late = {i: b for i, b in bylines.items() if i > opening and b.author and b.date and not b.furniture}
    if len(late) < 2:
        return {}
    drupal = {i for i in late if lines[i].text[:12].lower() == "submitted by"}
    return {
        i: Marker(_name(b.author or ""), b.date, (i,), lines[i].indent, headed=i in drupal) for i, b in late.items()
    }


def _found(text: str) -> str | None:
    found = find_date(text)
    return found[0] if found else None
