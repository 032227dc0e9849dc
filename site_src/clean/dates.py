"""Publication dates in the forms scraped pages print them, normalised to ISO ``YYYY-MM-DD``.

Forms seen in scrapes: "05 Thursday Feb 2015", "3 September, 2014 - 1:36", "February 5, 2015
at 11:20 am", "04 Sep 2014", "Friday 12 March 2010", "26.08.14", "27/08/2014", "2014-08-27",
"Thu Aug 28, 2014 9:14 pm", "Published 27th Aug 2014, 09:14 BST", "Thu 20-Oct-22 11:42:07". Numeric dates are read day
first, as British sites write them, unless that cannot be a date ("12-20-2013"). Anything relative ("3 years ago") is
unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")[a-z]*\.?,?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_SHORT_YEAR = r"(?P<year>(?:19|20)\d\d|'\d\d(?![\d:.-])|\d\d(?![\d:.-])(?!\s+(?!at\b)[^\W\d]))"
"""After a month's name a year may be short: "Nov 3 '22", "30 Jun 22" (not the hour of "3 March 15:20",
nor the count in "3 May 15 children" or the age in "May 15 22-year-old")."""
_CLOCK = r"\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
_TIME = rf"(?:\s*(?:at|@|-|–|,|•|·|\|)?\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?(?:,?\s*\(?[A-Z]{{2,4}}\)?|\s+[+-]\d{{4}})?)?"
"""A time after a date: "at 11:20 am", "- 1:36", "13:05 GMT", a programme's "09:00–10:00", a mail's "09:14:22 +0100"."""

_PATTERNS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # 2014-08-27, 2014-08-27T09:14, 2019.11.02, 2016/05/18
        rf"{_YEAR}(?P<sep>[-./])(?P<nmonth>[01]\d)(?P=sep)(?P<day>[0-3]\d)(?:T\d\d:\d\d(?::\d\d)?\S*|{_TIME})",
        # 05 Thursday Feb 2015 / Friday 12 March 2010 / 3 September, 2014 - 1:36 / 27th Aug 2014 /
        # 12th of March 2009 / 30 Jun 22 / 02 September 2014 (Tuesday)
        rf"(?:{_WEEKDAY}\s+)?{_DAY}\s+(?:of\s+)?(?:{_WEEKDAY}\s+)?{_MONTH},?\s+{_SHORT_YEAR}{_TIME}"
        rf"(?:\s+\(?{_WEEKDAY}\)?)?",
        # Thu 20-Oct-22 11:42:07 / 04-Sep-2014, as forums print them
        rf"(?:{_WEEKDAY}\s+)?{_DAY}-{_MONTH}-(?P<year>(?:19|20)?\d\d){_TIME}",
        # February 5, 2015 at 11:20 am / Thu Aug 28, 2014 9:14 pm / Aug 28 2014 / Nov 3 '22 at 9:14
        rf"(?:{_WEEKDAY}\s+)?{_MONTH}\s+{_DAY},?\s+{_SHORT_YEAR}{_TIME}",
        # A mail archive's date, as Unix prints it: Tue Oct 26 17:42:09 BST 2010
        rf"{_WEEKDAY}\s+{_MONTH}\s+{_DAY}\s+\d\d:\d\d(?::\d\d)?\s+(?:[A-Z]{{2,4}}\s+)?{_YEAR}",
        # 26.08.14 / 27/08/2014 / 27-08-2014, day first unless a weekday says otherwise ("Tue, 03/04/2014")
        rf"(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>[0-3]?\d)[./-](?P<nmonth>[0-3]?\d)[./-](?P<year>(?:19|20)?\d\d)"
        + _TIME,
    )
]


def _build(match: re.Match[str], month_first: bool = False) -> str | None:
    groups = match.groupdict()
    year = int(groups["year"].lstrip("'"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    month = int(groups["nmonth"]) if groups.get("nmonth") else _MONTHS[groups["month"].lower()]
    date = _date(year, month, int(groups["day"]))
    if "weekday" not in groups:  # (only the numeric, day-first pattern has the group)
        return date.isoformat() if date else None
    # Month first, as an American site prints it: when day first cannot be a date ("12-20-2013"),
    # or when a weekday says so ("Tue, 03/04/2014").
    swapped = _date(year, int(groups["day"]), month)
    weekday = (groups["weekday"] or "")[:3].lower()

    def on(day: dt.date | None) -> bool:
        return day is not None and _WEEKDAYS[day.weekday()] == weekday

    weekday_says_swapped = weekday and not on(date) and on(swapped)
    page_says_swapped = month_first and swapped is not None and not (weekday and on(date))
    if date is None or weekday_says_swapped or page_says_swapped:
        date = swapped
    return date.isoformat() if date else None


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, month_first: bool = False) -> str | None:
    """The date a line consists of (a little decoration around it allowed), or ``None``.

    ``month_first``: the page prints numeric dates month first (see ``prints_month_first``).
    """
    cleaned = text.strip().strip("|·•-–—()[]«»").strip()
    for pattern in _PATTERNS:
        match = pattern.fullmatch(cleaned)
        if match:
            return _build(match, month_first)
    return None


@lru_cache(maxsize=1 << 16)
def find_date(text: str) -> tuple[str, int, int] | None:
    """The first date inside a longer line (a byline), with its span, or ``None``.

    (Remembered across documents: the names and stamps of comment heads it is asked about recur.)
    """
    best: tuple[str, int, int] | None = None
    for pattern in _PATTERNS:
        match = pattern.search(text)
        iso = _build(match) if match else None
        if match and iso and (best is None or match.start() < best[1]):
            best = (iso, match.start(), match.end())
    return best


_DIGIT = re.compile(r"\d")
_LEAD_IN = re.compile(
    r"^(?:@|old|commented(?: on)?|«?\s*(?:reply\s*#\d+\s+)?on:?"
    r"|\d+\s*min(?:ute)?s?\s+read\s*[·•|—–-]|\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s*[,·•|]|\s))\s*",
    re.IGNORECASE,
)
"""Words before a date that leave it a dateline: "on", "@", NationBuilder's "commented", Medium's "8 min read ·",
a time ("10:30, 10 MAY 2012", a post's "10:14 AM · Apr 25, 2018", a paper's comment "9:38am Wed 13 Jul 22"),
Simple Machines' "« Reply #2 on: … »"."""
_DURATION = re.compile(
    r"\s*[—–·|•-]\s*(?:\d+\s*(?:hr|hour)s?\s*)?\d+\s*min(?:ute)?s?(?:\s+(?:read|listen|watch))?$", re.IGNORECASE
)
"""A reading or running time after a date: "Oct 21, 2022 · 8 min read", a podcast's "Jun 2, 2011 · 38 min"."""


_UPDATED = re.compile(
    r"(?:\s*[|·•,;]\s*|\s+)(?:last )?(?:updated|modified|edited):?\s+.{1,40}$"
    r"|\s*\((?:updated|modified):?\s+[^()]{1,40}\)$",
    re.IGNORECASE,
)
"""When a page last changed, after when it appeared: "05 Jul 2022 07:30 BST | Updated 05 Jul 2022 09:15 BST",
"11:12, 12 Jul 2022 Updated 13:40, 12 Jul 2022", "October 27, 2022 6:00 am(Updated 8:12 am)"."""


_NUMERIC = re.compile(r"(?<![\d./-])([0-3]?\d)[./-]([0-3]?\d)[./-](?:19|20)?\d\d(?![\d./-])")


def prints_month_first(text: str) -> bool:
    """Whether a page prints its numeric dates month first, as American forum software does.

    One date that can only be read that way ("09-14-2014") settles the page's "09-03-2014" too,
    unless another can only be read day first.
    """
    pairs = [(int(a), int(b)) for a, b in _NUMERIC.findall(text)]
    return any(b > 12 >= a for a, b in pairs) and not any(a > 12 >= b for a, b in pairs)


_INVISIBLE = "\u200b\u200e\u200f\u2060\ufeff"
"""Invisible marks a page may print round a date: direction marks (Khoros's "\\u200e24-10-2022"), zero-width
spaces and joiners, a byte-order mark. A reader never sees them."""


def is_dateline(text: str, month_first: bool = False) -> str | None:
    """The date a line consists of ("Friday 12 March 2010", "@ 2014-08-27 21:14:00")."""
    if len(text) > 100 or not _DIGIT.search(text):
        return None
    text = text.strip().strip(_INVISIBLE)
    lowered = text.lower()
    if "dated" in lowered or "dified" in lowered or "dited" in lowered:  # (the pattern's cheap test)
        text = _UPDATED.sub("", text)
    if len(text) > 60:
        return None
    return parse_date(_DURATION.sub("", _LEAD_IN.sub("", text)), month_first)


_YEAR_LESS = [
    re.compile(rf"(?:{_WEEKDAY}\s+)?{first}(?:\s+at\s+{_CLOCK}|,?\s+{_CLOCK})?", re.IGNORECASE)
    for first in (rf"{_MONTH}\s+{_DAY}", rf"{_DAY}\s+{_MONTH}")
]


@lru_cache(maxsize=1 << 12)
def year_less(text: str) -> str | None:
    """A stamp without its year ("Oct 21", "21 October at 15:05"), as ISO 8601's ``--MM-DD``.

    Substack, Medium, Discourse and the social networks leave out the year of a date in the year
    the page is seen: the year is the article's (``in_year_of``).
    """
    text = text.strip()
    match = next((m for p in _YEAR_LESS if (m := p.fullmatch(text))), None) if len(text) <= 40 else None
    if match is None:
        return None
    month, day = _MONTHS[match["month"].lower()], int(match["day"])
    return f"--{month:02d}-{day:02d}" if _date(2000, month, day) else None  # (2000: a leap year)


def in_year_of(date: str | None, article: str | None) -> str | None:
    """``date``, a year-less one (``--MM-DD``) given the year of the ``article``'s date or the next.

    A comment is never older than the article it answers: "Jan 3" under a post of 28 December is
    the next January's. With no article date, a year-less date stays unknown.
    """
    if date is None or not date.startswith("--"):
        return date
    if article is None:
        return None
    full = _date(int(article[:4]), int(date[2:4]), int(date[5:7]))
    if full is None or full.isoformat() < article:
        full = _date(int(article[:4]) + 1, int(date[2:4]), int(date[5:7]))
    return full.isoformat() if full else None
