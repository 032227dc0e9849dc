"""Bylines, datelines and category lines: the metadata a page prints around its article.

Each pattern is one platform's way of saying who wrote a post, when, and where it is filed.
A line that matches gives values; where a part is missing the value stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .dates import find_date, is_dateline
from .text import looks_like_name, unshout, words

SITE_STAMP = re.compile(r".*(?: at \d{1,2}:\d\d| ['’]\d\d| ago)", re.I)
"""The shape of a question-and-answer site's stamp: "Sep 4 '14 at 12:30", "6 years ago"."""


@dataclass(frozen=True, slots=True)
class Byline:
    """What one metadata line says."""

    author: str | None = None
    date: str | None = None
    site: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    furniture: bool = False
    """A footer line ("Posted in …", "Tagged …", Medium's "Written by …"): metadata, but not the byline
    that anchors the article's head."""
    bare: bool = False
    """A label without its colon ("Categories Local government"): the list it names only under the
    article, among its footer lines; in the text, "Tags fitted late, removed …" is a sub-heading."""


_I = re.IGNORECASE
_ROLES = ("correspondent", "editor", "reporter", "writer", "columnist", "journalist")
"""What a desk line under a headline ends with: the reporter's job."""
_ROLE = "(?:" + "|".join(_ROLES) + ")"


_DESK = {"senior", "chief", "political", "crime", "health", "education", "court", "deputy", "associate", "news"}
_DESK |= {"digital", "special", "staff", "community", "business", "home", "affairs", "social", "local", "democracy"}
_DESK |= {"investigations", "regional", "features", "trainee", "junior", "lead", "and"}
"""The words of a reporter's desk before the job ("Senior", "Home Affairs", "Local Democracy")."""


_NO_NAME = {"our", "a", "an", "the", "from", "by"}
"""Words that open a desk's byline, not a name."""
_AGE_AFTER = re.compile(
    r"\s+(?:·\s*)?\d+\s*(?:years?|yrs?|months?|mo|weeks?|days?|hours?|hrs?|minutes?|mins?)\.? ago$", _I
)


def _without_job(name: str) -> str:
    """The name without the job set after it and no comma: "Callum Dreyfus Senior Reporter"."""
    parts = name.split()
    if len(parts) < 3 or not parts[-1][0].isupper() or parts[-1].lower() not in _ROLES:
        return name
    end = len(parts) - 1
    while end > 2 and parts[end - 1].lower() in _DESK:
        end -= 1
    # ("By Our Special Correspondent", "By A Staff Reporter": no name before the job, which is then the byline's.)
    return " ".join(parts[:end]) if end >= 2 and parts[0].lower() not in _NO_NAME else name


def is_job(text: str) -> bool:
    """A reporter's job printed as a line of its own: "Crime Reporter", "Home Affairs correspondent"."""
    parts = text.split()
    # (A section addressed to one is no job: "Letters to the Editor".)
    addressed = any(part.lower() in _ADDRESSED for part in parts[:-1])
    return 0 < len(parts) <= 4 and parts[0][0].isupper() and text.lower().endswith(_ROLES) and not addressed


_ADDRESSED = frozenset(("to", "the", "for"))


def _reads_as_job(text: str) -> bool:
    """A job after a name ("Head of Policy", "Senior Lecturer"), not a second name ("Tom Reid")."""
    lowered = text.lower()
    return text[0].isupper() and (
        any(w.islower() for w in text.split()) or lowered.endswith(_ROLES) or _JOB_WORD.search(lowered) is not None
    )


_JOB_WORD = re.compile(
    r"\b(?:head|chief|director|officer|manager|lecturer|professor|adviser|advisor|lead|secretary|clerk)\b"
)


_GERUND = re.compile(r"by [a-z]+ing, (?:i|you|we|they)\b", _I)
"""A sentence opening with "By …ing": "By subscribing, I agree …", "By continuing, you accept …"."""
_CAPITALISED = r"(?-i:[A-Z])[\w'’-]*"
_OFFICE_HELD = (
    rf"(?:[\w'’-]+ ){{0,3}}{_JOB_WORD.pattern}(?: {_CAPITALISED}){{0,2}}"
    rf"(?: (?:of|for) (?:the )?{_CAPITALISED}(?: (?:and|&|{_CAPITALISED}))*)?"
)
"""An office, not a person: "Strategic Director of Children's Services", "Chief Executive"."""


def names_a_job(text: str) -> bool:
    """A line that names a job anywhere in it: "Former director of children's services and …"."""
    lowered = text.lower()
    return lowered.endswith(_ROLES) or _JOB_WORD.search(lowered) is not None


_READING_TIME = re.compile(r"\d+ min(?:ute)?s? read", re.I)


_SECTIONS = re.compile(r"\s*»\s*(?:and\s+)?")


def _split(values: str | None) -> tuple[str, ...]:
    """The values of a list line: "a, b | c", "a · b", or hashtags "#a #b".

    A list set in capitals by the theme is un-shouted ("CHILD PROTECTION" -> "Child Protection");
    an acronym among other values ("CSE") stays as it is.
    """
    if not values or values.strip().lower() == "none":
        return ()  # (a forum's empty list: vBulletin's "Tags: None")
    values = _COUNTED.sub("", values)
    if "»" in values:  # sections, each with its arrow: "Main » and Politics »"
        values = _SECTIONS.sub(", ", values)
    hashtags = values.lstrip().startswith("#")
    parts = (v.strip(" .,") for v in re.split(r"#" if hashtags else r",|\s[|·]\s", values))
    return tuple(unshout(p) if values.isupper() else p for p in parts if p and not _READING_TIME.fullmatch(p))


_COUNTED = re.compile(r"\s+(?:[^\w\s]\s*)?(?:[\d,]+|no) comments?$|\s+(?:[^\w\s]\s*)?leave a comment$", _I)
"""The post's comment count (or link) printed after its categories: "… Safeguarding reviews ≈ 6 Comments"."""

NOT_VERIFIED = "(not verified)"
"""Drupal's mark on a guest's name: "Anonymous (not verified)"."""


_OFFICE = re.compile(r"^Cllr\.? | (?:MP|MSP|MEP|MLA)$")
"""An elected member's office around the name a byline gives: "Cllr Priya Hallam", "Ruth Calloway MP"."""


def _author(name: str | None, line: str = "") -> str | None:
    """The name a byline gives, as typed.

    Capitals are the theme's when the whole ``line`` shouts ("POSTED BY JO IN NEWS"); a short
    word in capitals on a line that does not is initials or an acronym ("Submitted by SVA on …").
    """
    if name is None:
        return None
    name = name.removesuffix(NOT_VERIFIED).strip(" ,|")
    if ", " in name and words((parts := name.partition(", "))[0]) <= 4 and _reads_as_job(parts[2]):
        name = parts[0]  # the job after a comma: "Nadia Roscoe, Head of Policy", "Joanne Prewitt, Cabinet Member for …"
    name = _without_job(_AGE_AFTER.sub("", name).removeprefix("u/"))  # Reddit's "u/NAME 9 years ago": the user is NAME
    if name.count(" ") >= 2 and " " in (held := _OFFICE.sub("", name)):
        name = held  # (two words of the name left: "Cllr Hallam" may be all a page calls her)
    if not re.search(r"\b[^\W\d]\.$", name):  # a closing initial keeps its full stop ("Margaret H.")
        name = name.rstrip(".")
    if len(name) <= 3 and not line.isupper():
        return name or None
    return unshout(name) if name and words(name) <= 6 else None


def _date_in(text: str | None) -> str | None:
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


_AT_CLOCK = r" at \d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?"
"""The time after a byline's name or date: " at 08:47", " at 9:14 pm"."""
_BY = r"(?:words )?by "
"""How a "By …" byline opens; its author is checked to be a name (a few words) once matched."""
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?:-[A-Z][a-z'’]+)?(?: [A-Z][a-z'’.-]+(?:-[A-Z][a-z'’]+)?){1,3}")
_NAMED = rf"(?!the\b)(?-i:{_PERSON.pattern})(?<!\bhall)(?<!\bcentre)(?<!\blibrary)(?<!\bchurch)"
"""A person's name where a pattern reads it without regard to case: no headline ("The Commons Debate")
nor building ("Rotherham Town Hall")."""
_SECTION = r"news|local news|uk news|national news|sport|business|politics|opinion|comment|features|lifestyle"
_SECTION += r"|education|health|crime|community|letters|entertainment|what's on|environment"
"""A paper's sections, as its menu names them."""
_PROFILE = r"\[(?:(?:personal|identity|community|syndicated) profile|info)\]"
"""How Dreamwidth and LiveJournal link a user: "[personal profile] kestrel_ink"."""
PROFILE_LINK = re.compile(_PROFILE + r"\s*", _I)
_IN_BOARD = re.compile(
    r"(?![^|]*\b(?:published|appeared)\b)[^|]{0,30}\d{4} in (?!The )(?P<board>[A-Z][\w'’&,. -]{1,40})"
)
"""A forum's board after the topic's date: "February 13, 2015 in Local News & Issues" (not a paper's: "first
published 12 May 2014 in The Star")."""
ISSUE = re.compile(r"(?:issue|vol(?:ume)?\.?|no\.|number|edition) ?\d+", _I)
"""A newsletter's number beside its date ("Issue 12 · Tuesday 17th February 2015"): no one's name."""

_SITTING = r",?\s+(?:at\s+)?(?:\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\.?|\d{1,2}[.:]\d\d)(?:,|\s+(?:in|at)\b)[^.!?]{0,60}"
"""The time and place after a meeting's date: ", 6.00 pm, Committee Room 2", " at 6.00pm in the library"."""

_DEPT = r"from the [\w'’]+(?:-[\w'’]+)+ dept\.?"
"""Slashdot's jest after a story's byline: "from the tick-box-culture dept."."""

_PRESENTER = r"(?-i:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})"
"""A person's name as a programme credits it: two to four capitalised words."""
_ORGANISATION = re.compile(r"^the\b|\b(?:ltd|limited|club|trust|council|society|group|association|team|plc)\b", _I)
_NOT_ISSUER = re.compile(r"\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", _I)

_VALUE = r"[\w'’&-]+(?: [\w'’&-]+){0,3}"
_VALUE_LIST = rf"{_VALUE}(?:,\s*{_VALUE})+"
"""A list line's values: a few words each, between commas."""

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern, _I), kind)
    for pattern, kind in (
        # "This entry was posted in Uncategorized and tagged , , . Bookmark the permalink."
        # "… and tagged Munro review on May 10, 2021 by Ruth Adeyemi-Hart."
        (
            r"this entry was posted in (?P<cats>.*?)(?: and tagged (?P<tags>.*?))?"
            r"(?: on (?P<date>[^.]+?))?(?: by (?P<author>[^.]+?))?\.?(?: bookmark the permalink\.?)?",
            "footer",
        ),
        # Typepad: "Posted by Margaret Okafor on March 12, 2010 at 08:40 AM in Child protection | Permalink | …",
        # or the time alone under a date header: "Posted by Margaret Ellery at 09:14 AM in Child protection | …"
        (
            r"posted by (?P<author>.+?)(?: on (?P<date>.+?)|" + _AT_CLOCK + ")"
            r" in (?P<cats>[^|]+?)\s*\|\s*permalink.*",
            "byline",
        ),
        # and its foot when the date heads the post: "Posted at 09:14 PM in Child protection, Rotherham | Permalink"
        (r"posted" + _AT_CLOCK + r" in (?P<cats>[^|]+?)\s*\|\s*permalink.*", "footer"),
        # WordPress themes that shout: "POSTED BY NATASHA IN CHILD ABUSE INQUIRY, CHILDREN"
        (r"posted by (?P<author>\S+(?: \S+){0,3}) in (?P<cats>.+)", "byline"),
        # Drupal: "Submitted by AWL on 3 September, 2014 - 1:36 Author: Editorial", "Submitted by admin";
        # a committee's evidence page: "Submitted by: Northfold Children's Trust"
        (r"submitted by:? (?P<author>.+?)(?: on (?P<date>.+?))?(?:\s+author:\s*(?P<author2>.+))?", "byline"),
        # Old Reddit: "submitted 12/07/2022 by wrekin_wanderer", "submitted 2 years ago * (last edited …) by …"; Lemmy:
        # "submitted 1y ago (edited 11mo ago) by thistledown to uk_safeguarding".
        (
            r"submitted (?P<date>\d.{0,30}?|an? \w+ ago)(?: \*)?(?: \((?:last )?edited [^)]{1,30}\))?"
            r" by (?P<author>\S+)(?: to /?(?!\S*@)\S+(?<!\.))?",
            "byline",
        ),
        (r"this post was submitted on (?P<date>.+)", "byline"),
        # A programme's presenter or host is its author, over its text: "14/05/2024 · Presented by Saira
        # Mehta · 47 min" (a person's name: not an event's "Hosted by The Rotary Club", a footer's host).
        # So is a live page's editor or reporter: "Edited by Seraphina Dunmore-Quayle", "Live reporting by …".
        (rf"(?:presented|hosted|edited|live reporting) by (?P<presenter>{_PRESENTER})", "byline"),
        # A parliamentary written question: "Asked by Bronwen Castell" over the question, and the
        # record's own line "Department for … written question – answered on 16th March 2015."
        (r"asked by (?P<author>(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}))", "byline"),
        (r".{0,120}? written question\W+answered on (?P<dateline>.{6,30}?)\.?", "byline"),
        # A link aggregator's: "214 points by mgrieve 9 years ago | hide | past | favorite | 96 comments",
        # Lobsters' "authored by NAME 2 years ago | caches | archive | 10 comments".
        (
            r"(?:[\d,]+ points? by|authored by) (?P<author>[\w.-]{2,40}) (?:on (?P<date>[^|]{6,30}?)|(?:\d+|an?) \w+ ago)(?:\s*\|.*)?",
            "byline",
        ),
        # "Posted by Jane Lee on 4 March 2015", "… on March 4, 2015 in Council, News", a broadcaster's
        # comments' "Posted by NAME at 17:38 on 3 Mar 2015"
        (
            r"posted by (?P<author>.+?)(?:"
            + _AT_CLOCK
            + r")? on (?P<posted_on>.+?)(?: in (?P<cats>.+?))?"
            + rf"(?:\s+{_DEPT})?",
            "byline",
        ),
        # A link thread's (Fark's): "posted to Main » and Politics » on Thu 20 Oct 2022 at 3:14 PM (1 year ago)".
        (r"posted to (?P<cats>.{1,80}?) on (?P<date>.{6,40}?)(?: \(.{1,20} ago\))?", "byline"),
        # "Posted on 26.08.14 by Derek Lawton", "Posted on: 12 Sep 2014", "Posted on March 4, 2015 by Jo Lee in News"
        (
            r"posted(?: on)?:?(?!\s+by\s)\s+(?P<date>.+?)(?:\s+by\s+(?P<author>.+?)(?: in (?P<cats>.+))?)?",
            "byline",
        ),  # (not "Posted by …")
        # The date first: "Sat 28 Mar 2015 · Posted by the Parish Office"
        (r"(?P<date>[^·|•]{6,40}?)\s*[·|•]\s*posted by (?P<author>.+)", "byline"),
        # The date first, then who wrote it: "June 18, 2015 by thornhillwatcher",
        # "December 6, 2016 in Integration, Policy | by Farida Okonjo-Shaw"
        (r"(?P<dateline>[^·|•]{6,40}?)\s+(?:in (?P<cats>[^|]+?)\s*\|\s*)?by (?P<author>.+)", "byline"),
        # A blog theme's date and writer with a tilde between: "2016-08-26 ~ Imogen Thackeray" (a name or
        # a handle, not a headline, "The Commons Debate", nor a place, "Rotherham Town Hall").
        (rf"(?P<dateline>[^~]{{6,40}}?) ~ (?P<author>{_NAMED}|[a-z][\w.-]{{1,30}})", "byline"),
        # A paper's date with its section after it: "12:30pm Wednesday 4th March 2015 in News" (the
        # section is the menu's word again, no category of the article's; "… 2014 in Parliament" is a headline's).
        (rf"(?P<dateline>[^·|•]{{6,40}}?) in (?=(?-i:[A-Z]))(?:{_SECTION})", "byline"),
        # Blogger's post footer "Posted by Ruth Brennan at 08:47"; "Posted by Marg Ollerenshaw"
        # and Reddit's head of a post: "Posted by u/salop_lurker · 3 yr. ago"
        # (Blogger's Essential theme dates it so: "Posted by Hesper Lind at Wednesday, 11 February 2015".)
        (
            r"posted by (?P<author>[^·•]+?)(?:" + _AT_CLOCK + r"|\s*[·•]\s*(?P<date>.+)"
            r"| at (?P<posted_on>(?:[a-z]+day,? )?\d{1,2} [a-z]{3,9},? \d{4}))?",
            "byline",
        ),
        # (not Reddit's search help, "author:username"); "Author: Amrita Bose, Head of Policy"
        (r"author:\s+(?P<author>.+?)(?:,\s+(?P<job>[^,]{2,40}))?", "byline"),
        # OceanWP's meta under the title, each label glued to its value: "Post author:NAME", "Post
        # published:February 11, 2015" (and "Post category:News").
        (r"post author:\s*(?P<author>.+)", "byline"),
        (r"post published:\s*(?P<date>.+)", "byline"),
        # XenForo's thread head: "Thread starter millmoor_mick" / "Start date Aug 26, 2014", or both on
        # one line: "Thread starter Wickersley_Wanderer · Start date Monday at 8:03 PM"
        (r"thread starter:?\s+(?P<author>\S+(?: \S+){0,3}?)(?:\s+(?:·\s+)?start date:?\s+(?P<date>.+))?", "byline"),
        (r"start date:?\s+(?P<date>.+)", "byline"),
        # A petition's starter over its text, and the day it was created under it.
        (rf"started by (?P<author>{_NAMED})", "byline"),
        (r"(?:petition )?created on:? (?P<date>.{6,40})", "byline"),
        # Medium's author box under the article: "Written by Hasan Mirza"; a block theme's head, with
        # the post's categories: "Written by Mirela Thorogood in Reading notes" (not a paper's name,
        # "in The Kendal Courier", nor a date, "in March 2023").
        (
            r"written by:? (?P<author>[^,|]+?)(?: in (?!the\b)(?P<cats>(?-i:[A-Z])[^|\d]{1,60}))?"
            r"(?:\s*[,|]\s*(?P<rest>.+))?",
            "footer",
        ),
        # Dreamwidth and LiveJournal link a journal's owner as "[personal profile] kestrel_ink".
        (_PROFILE + r"\s*(?P<author>[\w.-]+)", "byline"),
        # LiveJournal: "tinderbox_jen wrote," / "tinderbox_jen (tinderbox_jen) wrote,", in a community "… wrote
        # in rochdale_civics," (the community is the site)
        (
            r"(?P<author>[\w.-]+)(?: \([\w.-]+\))? wrote,|(?P<poster>[\w.-]+) \([\w.-]+\) wrote in (?P<site>[\w.-]+),",
            "byline",
        ),
        # "Published: 14:02 GMT, 4 February 2015 | Updated: …", "Published 9th Aug 2019, 17:30 BST"
        # (Newsquest's with its section, one a paper has: "First published 4 March 2015 in News"; not a place's.)
        (
            r"(?:first )?published:?\s+(?!in\b)(?P<date>.+?)(?:\s+in\s+(?P<cats>(?:local )?news|sport|opinion|comment"
            r"|politics|business|education|health|crime|features|lifestyle))?(?:\s+by\s+(?P<author>.+))?",
            "byline",
        ),
        (r"published in (?P<site>.+)", "byline"),
        # A paper's date, its time closed up and its own name: "Thursday August 28 2014, 12.01am, The Times".
        # (The name is left to the masthead; an event's line names its venue there: "Saturday 14 March
        # 2015, 7.30 pm, Main House", "…, 7.30pm, Wath Library".)
        (
            r"(?P<dateline>(?:\w+day )?[a-z]{3,9} \d{1,2} \d{4}, \d{1,2}[:.]\d\d[ap]m), (?-i:The [A-Z])[\w&'’ .-]{1,40}",
            "byline",
        ),
        # Hansard dates a debate by its sitting: "Volume 611: debated on Wednesday 4 February 2015".
        (r"(?:volume \d+:\s*)?debated on (?P<sitting>.+)", "byline"),
        # When a bulletin went out or a programme aired: "Issued 12th June 2014", "Sent: 2 Nov 2022",
        # "Broadcast: Thursday 5th Feb 2015, 09:00–10:00", "214,388 views · Premiered Sep 3, 2022".
        (r"(?:issued|sent|broadcast|first broadcast|aired|premiered)(?: on)?:?\s+(?P<dateline>.+)", "byline"),
        (r"journal entry: (?P<dateline>.{6,40})", "byline"),  # an art site's journal
        (r"shared publicly\s+-\s+(?P<dateline>.{6,40})", "byline"),  # a social network's post (Google+)
        (r"bookshelves: (?P<tags>.+)", "footer"),  # a book review's shelves (Goodreads')
        # A freedom-of-information site's (Alaveteli's): "NAME made this Freedom of Information request to BODY".
        (r"(?P<author>[^,]{3,60}?) made this freedom of information request to .{3,120}", "byline"),
        # A photo's, under its description ("Taken on" is when it was shot).
        (r"uploaded on (?P<date>.{6,40})", "byline"),
        # A video page's count of views over the description, its date and hashtags:
        # "38,941 views  21 Oct 2022  #IICSA #safeguarding".
        (
            r"[\d,.]+[km]? views\s+(?:·\s*)?(?:premiered |streamed live on )?(?P<dateline>[^#]{6,30}?)"
            r"(?:\s+(?P<hashtags>#[^#]+(?:#[^#]+)*))?",
            "byline",
        ),
        # A meeting's minutes open with when and where it sat: "Minutes of the meeting held on
        # Wednesday, 19 February 2014, at 10.00 a.m. in the Town Hall", "Held on 5/3/15 at 6.00pm in
        # the school library". (A date, a time and a place alone may be an event's, which is not the
        # page's date; and "… held on 10 September 2019 at 7pm were approved." is a sentence.)
        (
            rf"(?:minutes of the (?:[\w'’-]+ ){{0,6}}?)?(?:meeting )?held on\s+(?P<dateline>.{{6,40}}?){_SITTING}",
            "byline",
        ),
        # A council's agenda item names the meeting that took it, and its number there: "Meeting:
        # 16/09/2015 - Children and Young People's Scrutiny Panel (Item 31)" (not an event's notice).
        (r"meeting:\s*(?P<dateline>[^-–]{6,40}?)\s+[-–]\s+[^.]{2,120}?\s+\(item [\w.]+\)", "byline"),
        # Its report's author named by office, no name, a sentence (a headline has no full stop): "Report of
        # the Strategic Director of Children's Services.", or labelled on a report's cover: "Report of:
        # Assistant Chief Executive";
        # a decision record's maker: "Decision Maker: Cabinet".
        (
            rf"report of (?:the |our )?(?P<office>{_OFFICE_HELD})\.|report of:\s*(?:the )?(?P<labelled_office>{_OFFICE_HELD})"
            r"|decision maker:\s*(?P<maker>[^.]{2,80})",
            "byline",
        ),
        # A labelled date (a press release's "Date: 18.11.2016", a bulletin's "Issue date: 2011-05-13"; a
        # committee report's "Date of meeting: 24.03.2015" below)
        # and a mail header's sender and date: "From: Dr Alan Pike <a.pike@example.org>", "Date: Wed,
        # 25 Apr 2018 09:14:22 +0100".
        (
            r"(?:(?:issue |publication )?date:|date (?:posted|published|of (?:issue|publication)):|for immediate release:?"
            r"|release date:)\s*(?P<date>.+)",
            "byline",
        ),
        # (A committee report's cover, only in the head: in the text, a notice of a meeting to come.)
        (r"(?:date of (?:the )?meeting|meeting date):\s*(?P<dateline>.{6,40})", "byline"),
        (r"from:\s*\"?(?P<author>[^<>\"]+?)\"?\s*<[^<>@\s]+@[^<>\s]+>", "byline"),
        # GOV.UK's head: "From: Department for Education" (the body that issued the page).
        (r"from:\s*(?P<issuer>(?-i:[A-Z])[^<>@:]{1,80}?)", "byline"),
        # A question's head on an answers site: "Fennel R asked in Politics & Government · 1 decade ago".
        (
            r"(?P<author>[^·|\s]+(?: [^·|\s]+){0,3}) asked in (?P<cats>[^·|]{1,60}?)\s*·\s*(?P<rest>(?:\d|an? ).{2,38})",
            "byline",
        ),
        # A question-and-answer site's answer head: "Former social worker · Answered 18 Feb 2015".
        (r"(?:[^·]{1,120}·\s*)?(?:answered|asked)\s+(?P<date>.+)", "byline"),
        # Movable Type's: "By Ambrose Kettlewell on August 28, 2014 9:14 PM | 7 Comments | No TrackBacks"
        (_BY + r"(?P<author>[^,|]{2,60}?) on (?P<dateline>[^|]{6,40}?)(?:\s*\|.*)?", "byline"),
        # "By Jane Harcourt, Home Affairs Correspondent", "By Chris Hebden | 04 Sep 2014",
        # "By MARK HOLDEN FOR THE DAILY BEACON" (a tabloid's desk names the paper)
        # "By Faisal Qureshi - December 06, 2016", "By Joanne Kettlewell / August 28, 2021", "Words by Callum Reid"
        (
            _BY + r"(?P<author>[^,|]+?)(?: for (?:the )?[^,|]{1,40})?(?:(?:\s*[,|·]|\s+[-–—/])\s*(?P<rest>.+))?",
            "byline",
        ),
        # A reporter's desk line without "By": "Nadia Ferrant, social affairs correspondent"
        (r"(?P<author>[^\W\d][\w'’.-]*(?: [^\W\d][\w'’.-]*){1,3}), (?:[\w'’&-]+ ){0,4}" + _ROLE, "byline"),
        (
            r"(?:posted in:?|filed (?:under|in):?|categori[sz]ed (?:as|in):?|categories:|(?:post )?category:|section:)\s*(?P<cats>[^|]+?)(?:\s*\|\s*tagged:?\s*(?P<tags>[^|]+?))?(?:\s*\|.*)?",
            "footer",
        ),
        (r"(?:tagged(?: with)?:?|tags:|(?:related )?topics:)\s*(?P<tags>.+)", "footer"),
        # The label without its colon (GeneratePress): "Categories Local government", "Tags scrutiny,
        # corporate parenting" (a list, or one capitalised value: not "Tags are …").
        (rf"categor(?:y|ies)\s+(?P<cats>{_VALUE_LIST}|(?-i:[A-Z]){_VALUE})", "bare"),
        (rf"tags\s+(?P<tags>{_VALUE_LIST}|(?-i:[A-Z]){_VALUE})", "bare"),
        # And a name under its label (Twenty Fifteen's entry footer: "Author Rhiannon Penrose").
        (rf"author\s+(?P<author>{_NAMED})", "bare"),
        # HuffPost's topics under a post: "More: Rotherham, Social Work" (a list, not "More: a spoonful of …").
        (r"more:\s*(?P<tags>[\w'’&-]+(?: [\w'’&-]+){0,2}(?:,\s*[\w'’&-]+(?: [\w'’&-]+){0,2})+)", "footer"),
        # Blogger's labels are tags: one flat list, no hierarchy (as most golds read them).
        (r"labels:\s*(?P<tags>.+)", "footer"),
        # "Last modified on Wed 4 Feb 2015 18.05 GMT", a forum's "Last edited: 12 Jun 2019": when it
        # changed, not when it appeared.
        (r"(?:(?:last )?(?:modified|updated)|last edited)(?: on)?:?\s+(?P<changed>.+)", "byline"),
        # A question-and-answer site's stamp over the asker's: "edited Sep 5 '14 at 08:11"; a forum's
        # under a post's date, with who edited it: "Edited May 17, 2017 by Ferdinand Achterberg".
        (rf"edited\s+(?P<edited>.{{4,40}}?)(?: by {_NAMED})?", "byline"),
        # Slashdot's jest under a story's byline: "from the tick-box-culture dept."
        (_DEPT, "footer"),
        # Tumblr's hashtags: "#social work #student social worker"
        (r"(?P<hashtags>#[^#]+(?:#[^#]+)+)", "footer"),
    )
)


_MAYBE = re.compile(
    r"(?:this entry|this post was submitted|posted|submitted|author[:\s]|date:|from:|for immediate release|release date|issue date:|publication date:|meeting date:|date (?:posted|published|of )|(?:first )?published|by |written by|authored by |words by|presented by|hosted by|tagged|tags[:\s]|topics:|related topics:"
    r"|more:|labels:|from the |filed (?:under|in)|section:|issued|sent|broadcast|first broadcast|aired|premiered|uploaded on |journal entry: |shared publicly|bookshelves: |minutes of the|meeting held on|held on|meeting:|report of |report of:|decision maker:|live reporting by "
    r"|post author:|post published:|post category:|started by |(?:petition )?created on"
    r"|last modified|last updated|modified|updated|last edited|edited |thread starter|start date|answered |asked |[\d,.]+[km]? views\s"
    r"|(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[^·|•]{5,39}?\s"
    r"(?:(?:in [^|]+\|\s*)?by |in (?-i:[A-Z])|~ )|[^,]{6,30}, \d{1,2}[:.]\d\d[ap]m, (?-i:The [A-Z])"
    r"|categor|volume \d+: debated|debated on |\S+(?: \(\S+\))? wrote,$|\S+ \(\S+\) wrote in \S+,$|#|"
    + _PROFILE
    + r"|[^·|•]{6,40}?[·|•]\s*posted by )",
    _I,
)


_ANSWER_HEAD = re.compile(r"·\s*(?:answered|asked) ", _I)


_SEGMENT = re.compile(r"\s+[|·•—–/]\s+")
_SLASHED = re.compile(r"[^|·•—–]+")
"""A row parted by " / " alone (no other mark of ``_SEGMENT``)."""
_LABEL_WORDS = 5
"""The longest bare label beside a date on a segmented line: a section, an issue number, who may see it."""


def _label(text: str) -> Byline | None:
    """What one label beside a date says, or ``None`` when it is not a label but writing.

    A label is a few words, a list of capitalised values ("Child sexual exploitation, Serious case
    reviews"; not a headline's "Six jailed, two brothers among them"), or a byline or filing of
    its own ("by Priya Chaudhary, Social Care Correspondent"), whose values it returns.
    """
    if text.endswith((".", "?", "!")):
        return None
    byline = read_byline(text) if _MAYBE.match(text) else None
    if byline is not None and not byline.date:
        return byline
    if words(text) <= _LABEL_WORDS or _value_list(text):
        return Byline()
    return None


def _value_list(text: str) -> tuple[str, ...]:
    """A label's capitalised values parted by commas ("Child sexual exploitation, Serious case reviews"), or none."""
    parts = tuple(part.strip() for part in text.split(","))
    return parts if all(0 < words(part) <= 4 and part[0].isupper() for part in parts) else ()


def _named(author: str | None) -> str | None:
    """An author as a name or a handle, not a phrase ("By a former social worker", "By the numbers")."""
    if author is None or (len(author.split()) > 1 and not all(w[0].isupper() for w in author.split())):
        return None
    return author


_READING_TIME = re.compile(r"\d+\s*min(?:ute)?s?(?: read)?|[\d,]+ words", _I)


def _segmented(text: str) -> Byline | None:
    """A date among labels, as mastheads, social posts and bylines print it.

    "Newsletter | Issue 14 | 6th March 2015", "Telford | Crime | Published: Jul 12, 2022 | Last
    updated: …", "3 March 2015 at 16:20 · Shared with Public", "Supporter newsletter — 15 July 2022",
    "12.03.09 | by Priya Chaudhary, Social Care Correspondent", "14.03.13 · filed under Essays,
    Year 2 · 4 comments". The first segment that dates the page gives the date (a later "Updated"
    one does not); a byline or filing beside it gives its author and categories.
    """
    segments = _SEGMENT.split(text)
    if len(segments) < 2 or words(text) > 24:
        return None
    for k, segment in enumerate(segments):
        byline = read_byline(segment) if _MAYBE.match(segment) else None
        date = byline.date if byline is not None else is_dateline(segment)
        if date is not None:
            others = segments[:k] + segments[k + 1 :]
            labels = [_label(label) for label in others]
            found = [label for label in labels if label is not None]
            if len(found) < len(labels):
                return None
            author = byline.author if byline else next((_named(b.author) for b in found if b.author), None)
            if author is None and any(_READING_TIME.fullmatch(label) for label in others):
                # A blog theme's "2023-01-28 · 9 min · Ruth Adeyemi": beside a reading time, a name is the writer's.
                author = next((label for label in others if _PERSON.fullmatch(label)), None)
            # A "/" row is a byline by its "by NAME", or a breadcrumb of sections by its capitalised
            # labels ("News / Health / 9 May 2022"): "Weeknotes / 14 March 2021" is a headline.
            sections = len(others) >= 2 and all(label[:1].isupper() for label in others)
            slashed = _SLASHED.fullmatch(text) is not None
            if author is None and not sections and slashed:
                return None
            # A " / " row lists its categories unlabelled beside its byline (Astra's "8 Comments / Community,
            # Scrutiny / By NAME / DATE"); elsewhere such a list may be a place ("Sheffield, UK · 4 March 2015").
            listed = [v for label in others if "," in label for v in _value_list(label)] if slashed and author else []
            return Byline(
                author=author,
                date=date,
                categories=tuple(c for b in found for c in b.categories) + tuple(listed),
                tags=tuple(t for b in found for t in b.tags),
            )
        if k == 0 and byline is not None and byline.date is None and not byline.furniture:
            return None  # opening "By …" with no date: the other patterns' business
    return None


def read_byline(text: str, head: bool = True, count: int | None = None) -> Byline | None:
    """The metadata a line states, or ``None`` when it is not a metadata line.

    ``head``: the line is above the article's text. A date among labels ("Newsletter | Issue 14 |
    6th March 2015") or before "by NAME" is a masthead or a byline only there; in the article it
    is a timeline's entry ("26 August 2014 — Jay report published", "1 May 2015 by bus to …").
    ``count``: the line's ``words``, where the caller knows it.
    """
    if len(text) <= _SHORT:
        return _read_short(text, head)
    return _read(text, head, count)


ARCHIVED_SENDER = re.compile(
    r"(?:(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) )?(?P<user>[\w.+-]+) at (?P<host>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
)
"""A mail archive's sender, the address spelt out against harvesters (pipermail): "Tom Aldous t.aldous at example.org".

(The host ends in a domain's letters: "The Meeting Starts at 7.30" names no one.)"""


def spelled_sender(text: str) -> re.Match[str] | None:
    """``ARCHIVED_SENDER`` matched, after the cheap test for its " at " that most lines fail."""
    return ARCHIVED_SENDER.fullmatch(text) if " at " in text else None


def _read(text: str, head: bool, count: int | None = None) -> Byline | None:
    if len(text) > 300:
        return None
    if (sender := spelled_sender(text)) is not None and sender["name"]:
        return Byline(author=sender["name"])
    if text.endswith(" min read") and (timed := _NAME_AND_READING_TIME.fullmatch(text)) is not None:
        return Byline(author=timed["author"])
    if " min · " in text and (timed := _DATE_TIME_AND_NAME.fullmatch(text)) and (date := is_dateline(timed["date"])):
        return Byline(author=timed["author"], date=date)
    found = None
    # (The word count first where it is known: the patterns' test costs a paragraph as much as a
    # byline, and a paragraph of more than 30 words is no byline whatever it opens with.)
    if count is None or count <= 30:
        # A credential before "· Answered …" may be any text: found by its "·", not by a pattern.
        answer_head = "·" in text and _ANSWER_HEAD.search(text) is not None
        # (A written question's record names its department first: "Home Office written question – …".)
        maybe = _MAYBE.match(text) or answer_head or text.lower().endswith(_ROLES) or " written question" in text
        maybe = maybe or " asked in " in text  # an answers site's question head, the asker's name first
        maybe = maybe or " made this " in text  # a freedom-of-information request's, the requester's name first
        found = _patterned(text, head) if maybe and (count or words(text)) <= 30 else None
    return found or (_segmented(text) if head and _SEGMENT.search(text) else None)


_SHORT = 80
_NAME_AND_READING_TIME = re.compile(r"(?P<author>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3}) · \d+ min read")
"""Wix's byline: the writer's name beside the post's reading time ("Karen Odell · 3 min read")."""
_DATE_TIME_AND_NAME = re.compile(r"(?P<date>[^·]{6,30}) · \d+ min · (?P<author>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})")
"""A static theme's line under the title (Hugo's PaperMod): "October 18, 2012 · 5 min · Ambrose Kettlewell-Osei"."""
_read_short = lru_cache(maxsize=1 << 16)(_read)
"""A short line's reading, remembered across documents: a site prints the same datelines, "Posted in"
lines and names on every page (a Byline is frozen, so one may be shared)."""


_DASHED = re.compile(r"(?P<author>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){1,3})\s+[-–]\s+(?P<date>.{6,40})")
PAGE_PARTS = re.compile(
    r"\b(?:news|press|releases?|blogs?|updates?|newsletters?|bulletins?|statements?|archives?|home"
    r"|meeting|fair|night|gala|festival|quiz|event|workshop|conference|seminar|webinar|party|sale|concert"
    r"|surgery|vigil|assembly|session|training|launch)\b",
    _I,
)
"""Words that name a part of a site or an event, not a person: "Council News - 12 March 2015" is a section's
date, "Annual General Meeting - Tuesday 12 March 2019" an event's."""


def read_dashed_byline(text: str) -> Byline | None:
    """Blogger's head over a post, "Aled Pryce - September 04, 2014": a name, a dash, a date.

    Two to four capitalised words and a whole date (not "Contact Us - OxonTalk Forums"). An
    event's or a match's heading reads the same ("Annual General Meeting - Tuesday 12 March
    2019"), so the caller takes it only over a headline, above the article's text.
    """
    if len(text) > 80 or not (" - " in text or " – " in text):
        return None
    match = _DASHED.fullmatch(text)
    date = is_dateline(match["date"]) if match and not PAGE_PARTS.search(match["author"]) else None
    return Byline(author=match["author"], date=date) if match and date else None


def _patterned(text: str, head: bool) -> Byline | None:
    """The byline one of the platforms' patterns reads in a line, or ``None``."""
    for pattern, kind in _PATTERNS:
        match = pattern.fullmatch(text.strip())
        if not match:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        if "dateline" in groups:
            if not head or not is_dateline(groups["dateline"]):
                continue  # "A photo taken in May by my brother"
            groups["date"] = groups["dateline"]
        if "posted_on" in groups:
            if not is_dateline(groups["posted_on"]):
                continue  # "Posted by a neighbour on the estate in 2013, the video …"
            groups["date"] = groups["posted_on"]
        if "edited" in groups and not is_dateline(groups["edited"]):
            continue  # "Edited on 12 June 2019 to add the link …": a note, not a stamp
        if "issuer" in groups:
            if not head or _NOT_ISSUER.search(groups["issuer"]):
                continue  # a mail quoted in the text ("From: Jane Ellis"); opening hours ("From: Monday to Friday")
            groups["author"] = groups["issuer"]
        if ("office" in groups or "labelled_office" in groups or "maker" in groups) and not head:
            continue  # (in the text, a sentence may open so)
        if "presenter" in groups:
            if not head or _ORGANISATION.search(groups["presenter"]):
                continue
            groups["author"] = groups["presenter"]
        if "sitting" in groups:
            if not is_dateline(groups["sitting"]):
                continue  # "Debated on 4 February 2015 and again in March, the report changed little."
            groups["date"] = groups["sitting"]
        date = _date_in(groups.get("date")) or _date_in(groups.get("rest"))
        if "date" in groups and date is None and kind == "byline" and "author" not in groups:
            continue  # "Posted in …" or "Published in …" read as a dateline by mistake
        if "changed" in groups and not _date_in(groups["changed"]):
            continue  # "Updated guidance was issued …": a sentence, not a dateline
        if "job" in groups and not (_reads_as_job(groups["job"]) and words(groups["author"]) >= 2):
            groups["author"] += ", " + groups.pop("job")  # a co-author, or a name written surname first
        author = _author(groups.get("author2") or groups.get("author") or groups.get("poster"), text)
        if pattern.pattern.startswith(_BY) and (author is None or words(author) > 4 or _GERUND.match(text)):
            continue  # (nor a sentence's "By subscribing, I agree …")
        categories = _split(groups.get("cats"))
        if (
            not categories
            and date
            and " in " in (rest := groups.get("rest", ""))
            and (board := _IN_BOARD.fullmatch(rest))
        ):
            categories = (board["board"],)  # Invision's topic under its board: "By NAME, DATE in Local News & Issues"
        if not categories and date and " / " in text and (rest := groups.get("rest")):
            # A " / " row lists its categories unlabelled after the byline and date, as in ``_segmented``
            # (Neve's "by NAME / 16/01/2013 / News, Policy").
            last = rest.split(" / ")[-1]
            categories = _value_list(last) if "," in last and ":" not in last and not _date_in(last) else ()
        return Byline(
            author=author,
            date=date,
            site=groups.get("site", "").strip() or None,
            categories=categories,
            tags=_split(groups.get("tags"))
            or tuple(t.strip() for t in groups.get("hashtags", "").split("#") if t.strip()),
            furniture=kind in ("footer", "bare"),
            bare=kind == "bare",
        )
    return None


_LIST_LABELS = {"tags", "categories", "labels", "filed under"}
"""Labels a layout prints on a line of their own, with the comma-separated values below."""
_TAG_LABELS = {"tags", "labels"}
_COLUMNS = {"message", "messages", "post", "posts", "topic", "replies"}
_LONE_LEAD = re.compile(r"(?:posted by|by|written by|author:?)", _I)


def comma_list(text: str) -> tuple[str, ...]:
    """The values of a line of short labels parted by commas ("Casey report, commissioners"), or none."""
    return _split(text) if "," in text and all(0 < words(v) <= 4 for v in text.split(",")) else ()


def read_split_byline(text: str, following: str) -> Byline | None:
    """A byline split over two lines, as some layouts print it.

    "Posted by" / "u/ellandrood_sw"; "Tags" / "Casey report, commissioners"; GOV.UK's "From:" /
    "Home Office".
    """
    if (
        text[:6].lower() == "asked "
        and SITE_STAMP.fullmatch(text)
        and looks_like_name(following)
        and words(following) <= 4
    ):
        # A question-and-answer site signs the question under its text: "asked Sep 4 '14" over the name.
        asked = _patterned(text, head=False)
        return Byline(author=following.strip(), date=asked.date) if asked and asked.date else None
    if len(text) == 26 and text.lower() == "this post was submitted on" and (iso := is_dateline(following)):
        return Byline(date=iso)  # old Reddit's sidebar, its date on a line of its own
    if len(text) > 12:  # the longest lead, "written by", and a little space
        return None
    name = following.strip()
    label = text.strip().rstrip(":").lower()
    if label in _LIST_LABELS and (values := comma_list(name)):
        if label in _TAG_LABELS:
            return Byline(tags=values, furniture=True)
        return Byline(categories=values, furniture=True)
    if label in ("posted on", "posted") and (iso := is_dateline(name)) is not None:
        return Byline(date=iso)  # a theme's screen-reader label over the date: "Posted on" / "4 September 2014"
    if label == "published in" and 0 < words(name) <= 6 and not name.endswith((".", "?", "!")):
        return Byline(site=name)  # Medium's publication under its label: "Published in" / "Civic Reckoning"
    if name.lower() in _COLUMNS:
        return None  # phpBB's column heads over its posts, "Author" / "Message"
    if _LONE_LEAD.fullmatch(text.strip()) and 0 < words(name) <= 4 and not name.endswith((".", "?", "!")):
        return Byline(author=_author(name))
    if label == "from" and 0 < words(name) <= 8 and not name.endswith((".", "?", "!")):
        return Byline(author=name)  # the department or body that issued the page
    return None
