"""The lines above an article: which is the site's name, which the headline, which chrome.

Themes print the site name first, perhaps a tagline, navigation, then the headline next to its
dateline or byline. The headline is found by evidence where the page gives some (the comment
header quotes it: "5 Comments on “…”"), else by its place beside the dateline. Where neither
settles it, the title is unknown rather than guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .bylines import ISSUE, PROFILE_LINK
from .dates import find_date
from .furniture import LIST_HEADING, NAVIGATION
from .text import Line, comparable

_MAIL_HEADER = re.compile(r"(?:from|date|to|sent):\s", re.IGNORECASE)


def _among_headers(lines: list[Line], i: int) -> bool:
    """Whether a line stands among a mail's headers ("From: …", "Date: …"), not a course's "Subject: PSHE"."""
    return any(_MAIL_HEADER.match(line.text) for line in lines[max(0, i - 2) : i + 3])


SUBJECT = re.compile(r"(?:post )?subject:\s+(?!re:)", re.IGNORECASE)
"""The label of a mail's subject line, as an archive or a newsletter prints it over the message."""
TITLE_LABEL = re.compile(rf"(?:{SUBJECT.pattern}|(?:topic|thread):\s+)", re.IGNORECASE)
"""A label printed before the title itself: a mail's "Subject:", a forum's "Topic:" or "Thread:"."""
_HOST_BAR = re.compile(r"create (?:a )?(?:free )?(?:journal|blog)|join free", re.IGNORECASE)
"""A blog host's invitation to open one's own, in the bar it prints over every journal it hosts (or
Dreamwidth's "Create" among the host's menu, "Explore" and "Shop": a museum's "Visit" / "Explore" /
"Create" / "Learn" is its own)."""
_HOST_MENU = frozenset({"Explore", "Shop"})
_DOMAIN = re.compile(r"[A-Z][\w-]*\.(?:io|com|net|org)")
"""A host named by its domain ("Groups.io"), whose groups each name themselves over their own menu."""
_LOG_IN = frozenset({"log in", "sign in", "sign up"})
_GROUP_KIND = re.compile(r"(?:public|private) group(?: · [\d.,]+k? members)?", re.IGNORECASE)
"""A social network's group's kind under its name, perhaps with its count ("Private group · 2.4K members")."""
_APPEAL = re.compile(r"(?:support|donate to|subscribe to|back|join|follow) .+")
"""A reader's invitation naming the site ("Support The Meridian"), as ``comparable`` folds it."""
_LABELLED = re.compile(r"[\w' -]{2,30}: \S.*")
_SENTENCES = re.compile(r"[.!?] [A-Z]")
_FULL_STOPS = re.compile(r"[.!] [A-Z]")
"""Two sentences on one line: a standfirst, where a headline is one sentence at most."""
_SITE_WORDS = 8
"""A site's name runs no longer: a longer line at the top of the page is a headline or a sentence."""
STANDFIRST_WORDS = 16
"""Few headlines run so long; a standfirst often does."""
_TABLOID_HEADLINE = 15
"""A tabloid's headline runs to a standfirst's length ("Parents' groups vow to 'keep the pressure on' as …")."""
_SUMMARY_POINT = 10
"""The least words of each point of a tabloid's summary under its headline."""
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[email removed\]")
_PARTY = re.compile(
    r"(?:the )?(?:labour(?: party)?|liberal democrats|conservatives|conservative party|green party|reform uk"
    r"|plaid cymru|scottish national party|snp)",
    re.IGNORECASE,
)
"""A UK party's name as its logo prints it."""
_CRUMBS = re.compile(r"[»›]| [/>] |you are here", re.IGNORECASE)
"""A breadcrumb's marks, which no headline over a standfirst prints."""


def blog_description(lines: list[Line], reasons: list[str | None]) -> int | None:
    """The line under a blog's name and over its menu: the blog's description (Tumblr, Blogger).

    However much it reads as a sentence ("notes from a social work student. opinions mine."),
    it is no paragraph of the post.
    """
    name = next((i for i, reason in enumerate(reasons) if reason is None), None)
    if name is None or name + 3 >= len(lines):
        return None
    i = name + 1
    # A menu: "Home" and another link ("About me"), not a share row ("Share this:" / "Twitter") nor
    # a page's foot ("Home" / "Contact us"); Tumblr's may hold "Submit" ("Ask me anything" / "Submit" /
    # "Archive"), with the post's text under it.
    menu = reasons[i + 1] == NAVIGATION and (
        reasons[i + 2] in (NAVIGATION, LIST_HEADING)
        or (i + 3 < len(reasons) and reasons[i + 3] == NAVIGATION and any(line.prose for line in lines[i + 4 :]))
    )
    return i if reasons[i] is None and lines[i].prose and lines[name].words <= 8 and menu else None


@dataclass(frozen=True, slots=True)
class Header:
    """What the header lines were found to be."""

    title: int | None
    """Index of the headline line, if found."""
    site: int | None
    tagline: int | None


def _under_date(lines: list[Line], i: int) -> bool:
    """Line ``i`` is a dateline, or the journal's user under one (Dreamwidth's "[personal profile] NAME").

    (Or a newsletter's number and date: "Issue 12 · Tuesday 17th February 2015".)
    """
    if lines[i].date is not None or (i > 0 and lines[i - 1].date is not None and PROFILE_LINK.match(lines[i].text)):
        return True
    number, _, dated = lines[i].text.partition(" · ")
    return bool(dated) and ISSUE.fullmatch(number) is not None and find_date(dated) is not None


def resolve_header(
    lines: list[Line],
    candidates: list[int],
    anchors: list[int],
    evidence: list[str],
    last: int = -1,
    poster: str | None = None,
    shares: frozenset[int] = frozenset(),
    published_in: bool = False,
    menus: frozenset[int] = frozenset(),
) -> Header:
    """Choose the site, tagline and title among the header's unexplained lines.

    ``candidates`` are indexes of header lines that are neither furniture nor metadata,
    ``anchors`` those of datelines and bylines, ``evidence`` titles the page quotes elsewhere.
    ``poster``: who wrote the post, when a name over its date says so; printed over the page too
    (a Facebook page's name), it may be the site, never the title. ``shares``: the header's share
    buttons, which a headline may stand over as a menu's item never does. ``published_in``: a byline
    names the publication (Medium's "Published in …"), so the page's first line need not. ``menus``: the
    header's navigation links.
    """
    if not candidates:
        return Header(None, None, None)
    site: int | None = candidates[0]
    journal = _hosted(lines, candidates)
    wanted = {comparable(e) for e in evidence if e.strip()}
    title = next((i for i in candidates if comparable(lines[i].text) in wanted and i != journal), None)
    if title is None:  # a mail's subject, among its headers, is its title
        title = next((i for i in candidates if SUBJECT.match(lines[i].text) and _among_headers(lines, i)), None)
    # A few words printed higher up the page too are a section's name, in its breadcrumb and over
    # the thread ("In the news"), unless a byline or dateline is right under them (a sidebar's or a
    # ticker's link to the article itself).
    first_seen: dict[str, int] = {}
    for k in range(candidates[-1] + 1):
        first_seen.setdefault(lines[k].text, k)
    # Lines of "Label: value" one under another are a record's fields ("Inquiry: …" / "Committee: …"), not
    # headlines, which a colon may part too ("Rotherham: the review ten years on", printed twice).
    # (A breadcrumb is no field: "You are here: Home » News" over "The Jay report: what I will ask".)
    labelled = {
        i: lines[i].text.split(": ", 1)[0]
        for i in candidates
        if _LABELLED.fullmatch(lines[i].text) and not _CRUMBS.search(lines[i].text)
    }
    fields = {i for i, label in labelled.items() if any(labelled.get(k, label) != label for k in (i - 1, i + 1))}
    headline_like = [
        i
        for i in candidates
        if lines[i].words >= 3
        and lines[i].text != poster
        and i != journal
        and i not in fields
        and not _menu_item(lines, i, candidates, anchors, shares)
        and not _job_under_name(lines, i, anchors)
        and not (lines[i].words <= 4 and first_seen[lines[i].text] < i and i + 1 not in anchors)
    ]
    if title is None and anchors:
        before = [i for i in headline_like if i < anchors[0]]
        after = [i for i in headline_like if i > anchors[0]]
        # The page's first line names the site, unless it runs longer than a name (Medium prints none).
        named = site if site is not None and lines[site].words <= _SITE_WORDS and not published_in else None
        if len(before) > 1 or after:
            before = [i for i in before if i != named]
        tagline_slot = len(candidates) > 1 and before and before[-1] == candidates[1] and site != before[-1]
        # A headline set apart below the byline, right above the article, wins over a line above
        # the byline. Directly under a byline, a few words are the reporter's desk and a sentence
        # as often a photo's caption; directly under a dateline, a long line is the headline
        # (LiveJournal's under "Nov. 12th, 2008 at 10:05 PM").
        closing = (
            bool(after)
            and after[0] == candidates[-1] == last
            and (after[0] - 1 not in anchors or (lines[after[0]].words >= 8 and _under_date(lines, after[0] - 1)))
            # (Not under the share buttons, with a headline right over the dateline: a photo's caption.)
            and not (
                after[0] - 1 in shares and before and before[-1] + 1 == anchors[0] and lines[before[-1]].words >= 5
            )
        )
        # Between the dateline and the byline, a headline under a section's name (a 2015 BBC page's
        # "Sheffield & South Yorkshire" / date / headline / "By …").
        between = (
            bool(after and before)
            and after[0] - 1 == anchors[0]
            and lines[anchors[0]].date is not None
            and after[0] + 1 in anchors
            and lines[after[0]].words > lines[before[-1]].words
            and not lines[after[0]].text.endswith(".")
        )
        if before and not (tagline_slot and after) and not (closing or between):
            title = _over_summary(lines, before)
            # A statement over the dateline, under a line that reads as a headline, is a standfirst
            # (a question is as often a forum thread's title, under its section's name).
            # (Not where the headline stands over a summary: it is then no line right under it.)
            upper = before[-2] if len(before) > 1 and before[-2] != named and title == before[-1] else None
            # (Two sentences without the full stop are a standfirst too; "Who knew? Council leaders
            # did" is a headline.)
            statement = lines[title].text.endswith(".") or _FULL_STOPS.search(lines[title].text) is not None
            # (So is a line of a standfirst's length, without its full stop, right under a shorter
            # headline: not under a masthead's tagline, nor its date and weather.)
            long = (
                upper is not None
                and lines[upper].n == lines[title].n - 1
                # (Or ten words under a headline of five or more; a section's name is shorter, and a
                # breadcrumb parted by its marks no headline.)
                and (
                    lines[title].words >= STANDFIRST_WORDS > lines[upper].words
                    or (5 <= lines[upper].words < lines[title].words >= 10 and not _CRUMBS.search(lines[upper].text))
                )
                and find_date(lines[upper].text) is None
            )
            statement = statement or long
            # (So is any line right under a headline that asks, "… what can a governor actually ask?":
            # Medium's subtitle. The question is set apart over it, at a sentence's length: no
            # tagline, menu's teaser or kicker.)
            asked = False
            if upper is not None and lines[upper].n == lines[title].n - 1 and lines[upper].words >= 8:
                apart = upper == 0 or lines[upper - 1].n < lines[upper].n - 1
                asked = apart and lines[upper].text.endswith("?") and not lines[title].text.endswith("?")
            statement = statement or asked
            # (Not the site's tagline a menu above: then the statement over the byline is the headline.)
            over_menu = (
                upper is not None
                and (upper, site) == (candidates[1], candidates[0])
                and any(k in menus for k in range(upper + 1, title))
            )
            if upper is not None and statement and lines[upper].words >= 4 and not over_menu:
                kept = lines[upper].prose and not (long or asked) and not _SENTENCES.search(lines[title].text)
                title = title if kept else upper
            # Two sentences under the site's name are its description (Blogger); the post's title
            # is then the line right above the article, however short ("Fourteen hundred").
            below = last in candidates and last > anchors[0] and lines[last].words >= 2
            if tagline_slot and title == before[0] and _SENTENCES.search(lines[title].text) and below:
                title = last
        elif after:
            title = after[0]
    elif title is None and len(headline_like) == 1 and headline_like[0] == candidates[0]:
        # No dateline or byline: a lone headline-like line opening the page is the title; after
        # a site name it may as well be the site's tagline, so it is left unknown.
        title = headline_like[0]
    elif (
        title is None
        and not anchors
        and headline_like
        and (over_shares := _over_shares(lines, headline_like[-1], last, shares)) > candidates[0] + 1
        and over_shares - 1 not in headline_like  # (under a headline, the line is its caption or standfirst)
    ):
        # Right above the article, apart from the site's name (a menu between them, as on a
        # Tumblr blog), perhaps over its share buttons (Blogger's Soho), the line is the post's
        # headline: a tagline sits under the name.
        title = over_shares
    elif title is None and not anchors and headline_like and headline_like[-1] == last and _under_crumbs(lines, last):
        title = last  # right above the article, under the breadcrumb ("You are here: Home » News")
    site = _named_again(lines, candidates, title, menus) if journal is None else journal
    if title == site or (title is not None and site is not None and site > title):
        site = None
    if site is not None and (lines[site].words > _SITE_WORDS or lines[site].text.endswith(":")):
        site = None  # a sentence, or a form's label ("Account name:"), names no site
    tagline = None
    if site is not None:
        following = [i for i in candidates if i > site]
        if following and following[0] != title and (title is None or following[0] < title):
            tagline = following[0]
    return Header(title, site, tagline)


def _masthead_under(lines: list[Line], logo: int, i: int) -> bool:
    """``lines[i]``, right under the logo's line, is a name (capitalised words): "Copperfold Focus", not a slogan."""
    return lines[i].n == lines[logo].n + 1 and lines[i].words <= 4 and lines[i].text.istitle()


def _under_crumbs(lines: list[Line], i: int) -> bool:
    """``lines[i]`` stands right under a breadcrumb: "You are here: Home » News", "Home › News"."""
    above = lines[i - 1] if i > 0 else None
    return above is not None and above.n == lines[i].n - 1 and above.words <= 10 and bool(_CRUMBS.search(above.text))


def _over_shares(lines: list[Line], line: int, last: int, shares: frozenset[int]) -> int:
    """``line`` where only a post's share buttons stand between it and the head's ``last`` line, else -1.

    (A post's own: Blogger's "Get link" / … / "Other Apps", not a site's follow links under its tagline.)
    """
    between = range(line + 1, last + 1)
    posts = not between or any(lines[k].text.lower() in _POST_SHARES for k in between)
    return line if posts and all(k in shares for k in between) else -1


_POST_SHARES = frozenset(("get link", "other apps"))


def is_summary(lines: list[Line], run: list[int]) -> bool:
    """A tabloid's summary under its headline: three or more long lines one under another, no full stops."""
    return (
        len(run) >= 3
        and lines[run[-1]].n - lines[run[0]].n == len(run) - 1
        and all(lines[i].words >= 8 and not lines[i].text.endswith(".") for i in run)
    )


def _over_summary(lines: list[Line], before: list[int]) -> int:
    """The headline over a summary that ends over the byline, a blank line between them.

    Or over a summary of bulleted lines right under it ("• Cross-party calls for …"). Without
    such a summary, the last headline-like line over the byline is the title.
    """
    b = len(before)
    while b > 0 and is_bulleted(lines[before[b - 1]].text):
        b -= 1
    if 0 < b < len(before) and lines[before[b]].n - lines[before[b - 1]].n == 1:
        return before[b - 1]
    k = len(before) - 1
    while k > 0 and lines[before[k - 1]].n == lines[before[k]].n - 1:
        k -= 1
    headed = k > 0 and lines[before[k]].n - lines[before[k - 1]].n == 2 and lines[before[k - 1]].words >= 8
    if headed and is_summary(lines, before[k:]):
        return before[k - 1]
    # (Or right over it, with no blank line, where the headline runs to a tabloid's length and every
    # point of the summary to ten words or more: not a ticker's headlines over the page's own, shorter.)
    top, summary = before[k], before[k + 1 :]
    tabloid = lines[top].words >= _TABLOID_HEADLINE and all(lines[i].words >= _SUMMARY_POINT for i in summary)
    if tabloid and not lines[top].text.endswith(".") and is_summary(lines, summary):
        return top
    # (Or right under a kicker in capitals, over two standfirsts or more, one under the other, each longer
    # than it: "SOCIAL AFFAIRS" / headline / standfirst / standfirst; not the page's first line.)
    for k, i in enumerate(before[:-2]):
        kicker = lines[i - 1] if i > 1 else None
        kicked = kicker is not None and kicker.n == lines[i].n - 1 and kicker.words <= 4 and kicker.text.isupper()
        under = before[k + 1 :]
        if (
            kicked
            and all(lines[j].words >= max(10, lines[i].words + 1) for j in under)
            and lines[under[-1]].n - lines[i].n == len(under)
        ):
            return i
    return before[-1]


_WORKS_AT = re.compile(r"[A-Z][^.!?]{0,60} [a-z][\w-]+ at [A-Z][^.!?]{2,60}")
"""A writer's job at an employer, as a professional network prints it under the name: "Safeguarding
consultant at Solway Practice Reviews" (the job in lower case: "Fury at Westminster" is a headline)."""


def is_bulleted(text: str) -> bool:
    """A tabloid's point under its headline: "• Council leader already gone"."""
    return text[:2] == "• "


def _job_under_name(lines: list[Line], i: int, anchors: list[int]) -> bool:
    """The writer's job between their name and the date: part of the byline, no headline."""
    if i + 1 not in anchors or i == 0 or " at " not in lines[i].text:
        return False
    name = lines[i - 1].text.split()
    return 2 <= len(name) <= 3 and all(w[0].isupper() for w in name) and _WORKS_AT.fullmatch(lines[i].text) is not None


def _menu_item(lines: list[Line], i: int, candidates: list[int], anchors: list[int], shares: frozenset[int]) -> bool:
    """A few words in a column of one- and two-word lines ("What We Do" under "About Us", over "Get Support").

    The column runs two lines above and two below, or the line above is a menu's already. (A
    headline between a site's name and a section's, or a question, is none.)
    """
    if lines[i].words > 4 or lines[i].text.endswith("?") or not 2 <= i < len(lines) - 2 or i + 1 in shares:
        return False

    def short(k: int) -> bool:
        return k not in anchors and lines[k].words <= 2 and not lines[k].prose

    if not (short(i - 1) and short(i + 1)):
        return False
    return (short(i - 2) and short(i + 2)) or i - 1 not in candidates


def _hosted(lines: list[Line], candidates: list[int]) -> int | None:
    """The journal's own name, under the bar its host prints over every journal ("LiveJournal", …, "Create journal").

    (Or a social network's group's name, over its kind; or a group host's group's, over the
    group's own menu: "Groups.io" / "Log In" / … / "Kidlington Area Governors" / "Home".)

    More of the page's head follows the name (its tagline, the post's headline); a bar over
    nothing but a headline is a forum's or a blog's own ("Join free" over a thread's title).
    """
    group = next((i for i in candidates if i + 1 < len(lines) and _GROUP_KIND.fullmatch(lines[i + 1].text)), None)
    if group is not None:
        return group  # a social network's group, its name over its kind ("Public group · 1.4K members")
    first = candidates[0]
    bar = next((i for i in range(first, min(first + 12, len(lines))) if _host_bar(lines, i)), None)
    if bar is None:
        return None
    after = [i for i in candidates if i > bar]
    if len(after) < 2 or (_DOMAIN.fullmatch(lines[bar].text) and not _is_home(lines, after[0] + 1)):
        return None  # (a site named by its domain, over its own log-in and no group's menu: Boards.ie)
    return after[0]


def _host_bar(lines: list[Line], i: int) -> bool:
    text = lines[i].text
    if _DOMAIN.fullmatch(text):  # a group host's domain over its log-in ("Groups.io" / "Log In")
        return i + 1 < len(lines) and lines[i + 1].text.lower() in _LOG_IN
    return _HOST_BAR.fullmatch(text) is not None or (
        text == "Create" and {lines[k].text for k in range(max(i - 4, 0), min(i + 5, len(lines)))} >= _HOST_MENU
    )


def _titled(text: str) -> bool:
    """A name, its main words capitalised ("Brinsworth & Catcliffe Community Forum"): no tagline, no search box."""
    return text[:7].lower() != "search " and all(w[0].isupper() or w in _MINOR for w in text.split())


_MINOR = frozenset(("&", "and", "of", "the", "for", "in", "on"))


def _over_menu(lines: list[Line], i: int) -> bool:
    """Line ``i`` stands over its own menu: "Home", then more short links (a breadcrumb's last item is the title)."""
    return _is_home(lines, i + 1) and all(lines[k].words <= 4 for k in range(i + 2, min(i + 5, len(lines))))


def _is_home(lines: list[Line], i: int) -> bool:
    return i < len(lines) and lines[i].text.lower() == "home"


def _section_under_home(lines: list[Line], i: int) -> bool:
    """A lone word in the menu a "Home" link opens, over more of the menu: a section, no site's name."""
    return (
        lines[i].words == 1
        and _is_home(lines, i - 1)
        and i + 1 < len(lines)
        and lines[i + 1].words <= 2
        and not lines[i + 1].prose
    )


def _over_description(lines: list[Line], i: int, above_title: list[int]) -> bool:
    """A site's name over the line describing it ("Duty Desk" / "A forum for people who work in …")."""
    return 2 <= lines[i].words <= 6 and not lines[i].prose and i + 1 in above_title and lines[i + 1].words >= 6


def _printed_again(lines: list[Line], i: int) -> bool:
    name = comparable(lines[i].text)
    return any(comparable(line.text) == name for k, line in enumerate(lines) if k != i)


def _named_again(lines: list[Line], candidates: list[int], title: int | None, menus: frozenset[int]) -> int | None:
    """The site's name: the first unexplained line over the headline, but for a few kinds of line.

    A label with its value ("Call us: 020 7946 0100") or a line without a letter ("-" between a
    menu's words) names no site, and an appeal gives way to the name it ends in ("Support The
    Meridian" over "The Meridian"). A sentence, or a lone word
    the page never prints again, gives way to one of the next lines over the headline that the
    page prints again on a line of its own or in its copyright line ("Jobs" in a menu over
    "Care & Practice", which the comments box and the footer print again), or first to a masthead
    over the line describing the site ("News" in a menu over "Lordship Lane Families Campaign" /
    "Parents and carers in Haringey, …"), unless the copyright line names the word; a sentence gives
    way to the line right over the menu. A name only
    mentioned in passing ("Posted in Child protection") is no sign; nor is a party's name in its logo
    right over the masthead ("Liberal Democrats" over "Copperfold Focus"), nor an e-mail address alone in
    a contact bar.
    """
    named = [
        i
        for i in candidates
        if not _LABELLED.fullmatch(lines[i].text)
        and any(c.isalpha() for c in lines[i].text)
        and not _ADDRESS.fullmatch(lines[i].text)
    ]
    if len(named) > 1 and _PARTY.fullmatch(lines[named[0]].text) and _masthead_under(lines, named[0], named[1]):
        named = named[1:]  # a party's logo over the masthead of its councillor's or local party's site
    first = named[0] if named else candidates[0]
    above_title = [i for i in named if first < i and (title is None or i < title)]
    if _section_under_home(lines, first):
        # A broadcaster's or a paper's top menu ("Home" / "News" / "Sport" / …) names its sections,
        # then the masthead, over the section's own menu ("ABN News" / "Home" / "UK"); where no line
        # stands so, or is printed again on its own (in the footer), the site is not shown. (A
        # forum's masthead over its description comes first: the breadcrumb under it is printed
        # again at the foot too.)
        return next(
            (
                i
                for i in above_title
                if 2 <= lines[i].words <= 6
                and not lines[i].prose
                and (_is_home(lines, i + 1) or _printed_again(lines, i) or _over_description(lines, i, above_title))
            ),
            None,
        )
    brand = lines[first].text.split()[0]
    if brand != "The" and _is_home(lines, first + 1):
        # The corporation's name over its top menu, then its news service's masthead, in its name,
        # over the service's own menu ("Northlight Broadcasting Corporation" / "Home" / … /
        # "Northlight News" / "Home"): the service is the site. (Not "The …" over "The …".)
        service = next(
            (
                i
                for i in above_title
                if lines[i].words <= 3 and lines[i].text.split()[0] == brand and _over_menu(lines, i)
            ),
            None,
        )
        if service is not None and title not in range(service, service + 5):
            return service
    following = above_title[:3]
    opening = comparable(lines[first].text)
    for i in following:
        if lines[i].words > 1 and _APPEAL.fullmatch(opening) and opening.endswith(" " + comparable(lines[i].text)):
            return i
    if 1 < lines[first].words <= 8 or title is None:
        return first
    if lines[first].prose and following and following[0] + 1 in menus and lines[following[0]].words <= 6:
        return following[0]  # a banner's sentence over the masthead, the menu under it
    names = [comparable(line.text) for line in lines]
    rights = " ".join(name for name in names if "©" in name or "copyright" in name)
    if names[first] in rights:
        return first
    # Else a lone word is a menu's item, where a masthead over its description follows it (or
    # over its own menu: Invision's "Browse" / … / "Brinsworth & Catcliffe Community Forum" / "Home").
    masthead = next((i for i in following if _over_description(lines, i, above_title)), None)
    if masthead is None:
        masthead = next(
            (i for i in above_title if 2 <= lines[i].words <= 6 and _titled(lines[i].text) and _over_menu(lines, i)),
            None,  # (not the search box's label over the menu: "Search GOV.UK")
        )
    if masthead is not None and not lines[masthead].prose:
        return masthead
    if names.count(names[first]) > 1:
        return first
    for i in following:
        if lines[i].words <= 6 and not lines[i].prose and (names.count(names[i]) > 1 or names[i] in rights):
            # (A section in the menu "Home" opens, printed again in the breadcrumb ("Forums"), shows
            # the menu: the line over it is the masthead.)
            if _section_under_home(lines, i):
                return first
            # (Printed again right under a few words over the headline, it is a menu the page prints
            # twice, the second time under the masthead: a discussion group's "Conversations" under
            # the platform's name, then under the group's.)
            again = next((k for k in above_title if k > i + 1 and names[k] == names[i]), None)
            if again is not None and again - 1 in above_title and lines[again - 1].words <= 6:
                return again - 1 if not lines[again - 1].prose else i
            return i
    return first
