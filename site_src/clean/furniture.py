"""Page furniture recognised by the line alone: what a scrape of a web page drags along.

Each rule names the reason a reader sees in "What was removed" and matches whole lines,
case-insensitively. Patterns come from the platforms such writing lives on: WordPress,
Blogger, Drupal, Disqus, Typepad, LiveJournal, Medium, Substack, Squarespace, phpBB,
vBulletin, Mumsnet-style forums and news sites. No rule knows any particular document.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from .bylines import read_byline
from .dates import is_dateline
from .sheet import COMMENT_HEADER


@dataclass(frozen=True, slots=True)
class Anywhere:
    """A pattern whose opening may be any text, tried only on lines holding one of ``words``.

    The regular expression engine tries a leading wildcard at every length on every line; a
    dozen such patterns cost twice what all the others cost together. Any word a match must
    contain (lower case) lets all other lines skip the pattern.
    """

    pattern: str
    words: tuple[str, ...]


BADGE_REASON = "commenter badge"
STORY_LINK = "link to another story"
DELETED = "deleted comment"
UNREAD = "message's unread flag"
PRINTED_PAGE = "printed page's header or footer"
CONTACT_BAR = "site's contact bar"
LIVE_PAGE = "live page control"
SOCIAL_BADGES = r"top fan|(?:top|rising) contributor|group expert|conversation starter"
"""A social network's marks beside a commenter's name: furniture wherever they stand."""


def _rule(reason: str, patterns: Iterable[str | Anywhere]) -> tuple[str, list[str], list[Anywhere]]:
    listed = list(patterns)
    return reason, [p for p in listed if isinstance(p, str)], [p for p in listed if isinstance(p, Anywhere)]


_MORE_COMMENTS = r"(?:view|see|show) more comments|\d+ more comments?(?:\.{3}|…)"
"""The button under a thread that a scrape cannot follow: what comes after it is the page's, not the thread's."""
MORE_COMMENTS = re.compile(_MORE_COMMENTS, re.IGNORECASE)
_LOAD_MORE = r"load (?:\d+ )?more comments(?: \(\d+ repl(?:y|ies)\))?"
"""A thread's button for the rest of it: the comment form's, and under the last comment the thread's end."""
_LOG_IN_PROMPT = r"(?:please )?(?:log ?in|sign in) or (?:sign up|register|create an account)[.!]?"
_CLOSING_PROMPT = re.compile(rf"(?:^|.*[.!?] ){_LOG_IN_PROMPT}")
"""A notice that closes with a sentence of its own telling the reader to log in ("… get notified of
replies. Log in or sign up."); writing that ends "… were meant to log in or register." does not."""
_WE_USE_COOKIES = r"we(?: also|['’]d(?: also)? like to| would(?: also)? like to)? (?:use|set) (?:some |a few )?(?:[\w-]+ ){0,2}cookies\b"
"""How a consent banner opens; the banner is furniture however long it runs."""
_LAUNCHED = r"launched (?:a|an|\d+) (?:months?|years?) ago"
"""Substack's age of a publication, in the box under a post."""
_LAUNCHED_LINE = re.compile(_LAUNCHED, re.IGNORECASE)
_BUTTON = r"(?:share|save|hide|report|permalink|embed|reply|parent|edit|delete|crosspost|give award|like|quote)"

_WEEK_ROWS = "|".join(
    " ".join(str(day) for day in range(first, first + length))
    for length in range(3, 8)
    for first in range(1, 33 - length)
)
"""A calendar's row: three to seven days in a row ("5 6 7 8 9 10 11"), not any run of small numbers."""

_STREET = r"(?:road|street|lane|avenue|way|close|drive|place|square|terrace|court|house|chambers|parade|row|walk)"

_SUPPORT = r"support (?:independent |quality |local |free-thinking )?journalism"
"""A paper's appeal for readers' money ("Support independent journalism. Become a member today")."""

_AUDIENCE = r"[\d,.]+[km]? (?:followers|subscribers|following)"
"""A channel's or an account's count of followers (or of whom it follows): "186K subscribers", "61 Following"."""

_GROUP_ABOUT = r"about this (?:group|community)"
_DISCLOSURE = r"disclosure statement"


def _all_posts(name: str) -> tuple[str, ...]:
    """The link under an author box to the writer's other posts, as themes word it."""
    return (f"View all of {name}'s posts.", f"View all of {name}’s posts.", f"View all posts by {name}")


_PAGE_KIND = re.compile(r"page · [\w&'’ -]{1,40}", re.IGNORECASE)
_OVER_ITS_VALUE = re.compile(f"{_GROUP_ABOUT}|{_DISCLOSURE}", re.IGNORECASE)
"""A label whose value is the line under it, however long: a group's description, an author's disclosure."""
_ONLINE = re.compile(r"[\d,.]+k? users here now", re.IGNORECASE)
_COMMUNITY_AGE = re.compile(r"a community for \d+ (?:years?|months?|days?)", re.IGNORECASE)


_SUBREDDITS = ("my subreddits", "edit subreddits", "edit subscriptions", "my communities", "edit communities")
"""The head of old Reddit's bar (a Reddit-style site may call its subreddits communities)."""
_FRONT_PAGES = frozenset(("popular", "all", "random", "users", "friends", "mod", "", "|"))
"""Old Reddit's own feeds, first in its bar of subreddits ("popular" / "-all" / "random")."""


def _subreddit_bar(texts: list[str], reasons: list[str | None], start: int) -> None:
    """Old Reddit's bar under "my subreddits": its own feeds, then the reader's subreddits as far as "more ».

    The subreddit's own name and the post follow it.
    """
    end = next((k for k in range(start + 1, min(start + 40, len(texts))) if texts[k] == "more »"), None)
    k = start + 1
    while k < len(texts) and len(texts[k]) <= 40 and (k < (end or 0) or texts[k].lower().lstrip("-") in _FRONT_PAGES):
        reasons[k] = reasons[k] or NAVIGATION
        k += 1


def _sidebar_end(texts: list[str], start: int) -> int | None:
    """Where a subreddit's sidebar says how old the community is, within a screenful of ``start``."""
    return next((k for k in range(start + 1, min(start + 40, len(texts))) if _COMMUNITY_AGE.fullmatch(texts[k])), None)


_DESK_CREDIT = re.compile(r"(?:\S+ ){5,30}\((?:[A-Z][\w'’.&-]* ){1,3}(?:Pictures|Images|Photography)\)")
_SESSION_LENGTH = re.compile(r"\d{1,2} (?:minute|hour|day|week|month)s?", re.IGNORECASE)
KEY_EVENTS = frozenset(("Key events", "Key Events", "KEY EVENTS"))
_STAMP = r"\d{1,2}[:.]\d\d(?:\s*(?:[ap]\.?m\.?|bst|gmt))?"
_EVENT_TIME = re.compile(_STAMP, re.IGNORECASE)
_TIMED_EVENT = re.compile(rf"{_STAMP}\s+\S.{{1,120}}", re.IGNORECASE)


def _key_events(texts: list[str], reasons: list[str | None], start: int) -> None:
    """A live blog's box of its key entries under "Key events", which the entries below print again.

    Each is a time and the entry's heading ("17.40 BST" / "Summary of the day"), or both on one line.
    Alone, "Key events" may head a timeline or a paragraph: the box is two entries or more, under
    its control ("Show key events only") or printed again below; the entries' own copies end it.
    """
    k, headings = start + 1, []
    while k < len(texts) and reasons[k] is None:
        if _EVENT_TIME.fullmatch(texts[k]) and k + 1 < len(texts) and len(texts[k + 1]) <= SHORT_LINE:
            heading, step = texts[k + 1], 2
        elif _TIMED_EVENT.fullmatch(texts[k]):
            heading, step = texts[k], 1
        elif len(texts[k]) <= SHORT_LINE and texts[k] in texts[k + 1 :]:
            heading, step = texts[k], 1  # (or the heading alone, the entry's own printed below: Reach's)
        else:
            break
        if heading in headings:
            break  # (the timeline, under a box with no control)
        headings.append(heading)
        k += step
    controlled = k < len(texts) and reasons[k] == LIVE_PAGE
    if len(headings) >= 2 and (controlled or all(h in texts[k:] for h in headings)):
        reasons[start:k] = [LIVE_PAGE] * (k - start)


SPEAKER = "speaker's role and time"
PHOTO_OF = "Photo of "
"""How a debate record's alt text names each speaker's photo."""
_SPOKEN_AT = re.compile(r"\d{1,2}[:.]\d\d\s*[ap]\.?m\.?", re.IGNORECASE)


def _speaker(texts: list[str], reasons: list[str | None], start: int) -> None:
    """A debate record's speaker: their photo's alt text over their name, then their role and the time.

    ("Photo of NAME" / NAME / "Vice-chair; Thistle Green ward" / "7:19 pm".) The name stays with the
    speech, the record of who said it; the rest is the page's furniture.
    """
    reasons[start] = PICTURE
    k = start + 2
    role = k < len(texts) and reasons[k] is None and len(texts[k]) <= 100 and texts[k][-1] not in '.!?:"”’'
    role = role and texts[k][:1] not in '"“‘' and not texts[k].startswith(PHOTO_OF)
    if role and not _SPOKEN_AT.fullmatch(texts[k]):
        reasons[k] = SPEAKER
        k += 1
    if k < len(texts) and reasons[k] is None and _SPOKEN_AT.fullmatch(texts[k]):
        reasons[k] = SPEAKER


_STORY_CALL = (
    r"(?:got|do you have) a (?:story|news tip) for (?:us|the [\w’'. -]{1,40} (?:news ?desk|news team|newsroom))\?"
)
"""A paper's call for stories, over how to send them ("Do you have a story for The Klaxon news desk?")."""

CONTENTS = r"in this (?:issue|edition)"
"""A mailing's heading over the list of what it holds."""

_LIKER = r"[\w.'’-]+(?: [\w.'’-]+)?"
_NO_LIKER = r"(?:i|me|we|you|he|she|they|it|this|that|the|everyone|everybody|nobody|someone|somebody|my|our|your)\b"
"""A name in a line of who liked a post, and the words that begin no such name."""
_FUNDER = r"[\w.,'’& -]{2,80} provides? funding as (?:a )?(?:founding )?(?:member|partner)s? of [\w.,'’& -]{2,80}\."
_MASTODON_SERVER = r".{1,80} is one of the many independent mastodon servers .*"
PANEL_COUNT = r"(?:posts|threads|reputation|karma|badges|likes): [+-]?[\d,]+(?:/-\d+)?"
"""A figure of a forum poster's panel under the name ("Posts: 1,204", MyBB's "Reputation: 41", Simple
Machines' "Karma: +58/-0", ProBoards' "Likes: 147")."""
_READING_TIME = r"(?:[•·]\s*)?\d+ min read"
READING_TIME = re.compile(_READING_TIME)
"""A post's reading time on a line of its own, under its writer and date ("5 min read")."""
PICKS = r"(?:staff|editors['’]?|editor['’]s) picks"
"""A comment section's heading over the comments its editors picked (and, singular, a pick's badge)."""
_COUNTED = r"messages|reaction score|(?:trophy )?points|likes received"
_PANEL_LABELS = r"joined|join date|location|" + _COUNTED
"""A forum poster panel's labels printed over their values ("Join Date" / "Mar 2009"; "Messages" over a count)."""
PANEL_LABEL = re.compile(_PANEL_LABELS, re.IGNORECASE)
"""A poster panel's label on a line of its own ("Joined")."""
POSTER_RANK = (
    r"(?:(?:senior|junior|sr\.|jr\.|hero|new|full|advanced|active|staff|well-known|established|regular|valued|veteran"
    r"|forum) )?member(?: ?[✭★☆]+)?|newbie|(?:global )?moderator|administrator"
    # A company's or a charity's community (Khoros): "Frequent Visitor", "Super Contributor".
    r"|(?:new|regular|frequent|super|occasional|valued|trusted) (?:contributor|visitor)|community manager"
    r"|submitter|totalfarker"  # a link thread's (Fark's): the link's submitter, a paying member
)
"""A forum poster's rank under the name ("Senior Member", Simple Machines' "Jr. Member", "Newbie")."""

# (A caption's kind, or its agency's credit, in brackets at its end.)
_CAPTION_CLOSES = (
    "(file picture)",
    "(file photo)",
    "(file photograph)",
    "(file image)",
    "(pa wire)",
    "(pa media)",
    "(getty images)",
)

RULES: tuple[tuple[str, list[str], list[Anywhere]], ...] = (
    _rule(
        "comment form",
        [
            r"leave a (?:reply|comment)(?: cancel reply)?\.?|write a comment(?:\.\.\.|…)?",
            # A forum's box under a topic (Invision): "Create an account or sign in to comment" …
            r"create an account or sign in to comment|you need to be a member in order to leave a comment",
            r"(?:create|register) a new account|create an account|already have an account\? sign in here\.?",
            r"sign in now|go to topic listing|recently browsing\s+\d+ members?|no registered users viewing this page\.?",
            # JComments (Joomla): its feed link and its form's labels and buttons.
            r"rss feed for comments to this (?:post|article)|e-mail \(required, but will not display\)",
            r"refresh comments list|jcomments|(?:facebook )?comments plugin",  # (and Facebook's credit under its thread)
            r"to view or add a comment, sign in",
            r"this request has been closed to new correspondence\..*|the request was (?:partially )?(?:successful|refused)\.?|there (?:is|are) \d+ (?:person|people) following this request",
            r"log in to add a comment|add your response|sign in to respond|hide comments \(\d+\)|guest (?:name|email)|[\d,]+ characters left|comment as guest",
            r"join the community to add your comment\..*|would you like to comment\?|sign up for a free account, or sign in if you are already a member\.?",
            r"fill in your details below or click an icon to log in:?(?: logo)?",
            r"(?:wordpress\.com |google\+ |twitter |facebook )?(?:logo|photo|picture)",
            r"you are commenting using your .{0,30}account\..*",
            r"connecting to %s",
            r"add new comment|post a comment|post comment…?|write a (?:public )?comment…?|enter your comment here\.*",
            r"comment|name\s*\*?|e-?mail\s*\*|website|name \(required\)|email \(required\).*",
            r"(?:name|e-?mail|website) \(optional\)|type comment here.*",  # Isso's form
            r"e-?mail \(not published\)|submit",  # Weebly's
            # Jimdo's: its labels starred or explained, its check word and its note.
            r"comment\s*\*|e-?mail \(will not be published\)|please enter the code|note: fields marked with (?:an? )?\* are required\.?",
            r"save my name, email, and website in this browser.*",
            r"notify me of .*(?:comments|posts).*",
            r"your email address will not be published\..*",
            r"comments are (?:closed(?: (?:for|on) this \w+)?|moderated.*|subject to .*)\.?",
            # (Not "Posts are moderated by volunteers, who …, the chairman said.": the rule, one sentence.)
            r"all (?:posts|comments) (?:are|will be) (?:reactively[ -]|pre-?|post-?)?moderated\b[^.]{0,100}\.?",
            r"comments on this (?:piece|article|story|post) are (?:pre-?)?moderated\b.*",
            r"the views expressed in the contents above are those of our users\b.*",  # a tabloid's, over its comments
            # and its form under them
            r"add your comment|by posting your comment,? you agree to (?:our|the) (?:house rules|terms|community \w+)\b.*",
            r"comments(?: (?:on|for) this (?:article|story|post))? have been (?:turned off|switched off|disabled|closed)"
            r"(?: (?:on|for) this (?:article|story|post))?"
            r"(?: for legal reasons)?\.?",
            r"add a message to this thread|(?:preview|post) (?:a )?message|jump to last",  # a parenting forum's reply box
            r"flip thread|show all \d+ posts|see all posts by op|op['’]s posts:(?: \d+)*",  # a parenting forum's links to the opener's posts
            r"log in or register to post comments|you must (?:log in|sign in|be logged in)(?: or register)? to (?:reply|post|comment)(?: here)?\.?",
            r"(?:sign in|log in) or register to (?:comment|reply|post)\.?",  # Vanilla's, under a thread
            r"you can post now and register later\..{0,120}",  # Invision's, to a guest under a topic
            r"join the discussion…?|what are your thoughts\?|add to the discussion|load replies",
            r"join the conversation, you are commenting as .{1,40}",  # Coral's, over its sort choices
            r"hide replies",  # a portal's, under the replies it shows
            r"how would you tag this suggestion\?|sign in with(?: \w+)?",  # NationBuilder's, giscus's ("… GitHub")
            r"write a reply(?:…|\.{3})?",  # giscus's and Flarum's, under each thread
            # wpDiscuz's form and its subscription choices.
            r"notify of|new follow-up comments|new replies to my comments|\{\}|\[\+\]|inline feedbacks|most voted",
            r"preview|verify your comment|previewing your comment|this is only a preview\..*",
            r"posted by:\s*\|",
            r"\(?\d+ comments?\s*\|\s*leave a comment\)?",
            r"quick reply|(?:feed )?you can follow this conversation by subscribing .*",
            r"please be kind and courteous when posting|add message|(?:watch|hide) (?:this )?thread|start a new thread",
            r"newest first|oldest to newest|newest to oldest|(?:highest|lowest) rated|sort(?:ed)? by:? .*|sorted by:|sort: .{1,30}|"
            + _LOAD_MORE
            + r"|display posts from previous:.*",
            r"sign in to post a message\.?|please sign in to leave a comment\.?",  # a news portal's, over its comments
            # Old Reddit under an archived thread.
            r"this (?:thread|post|topic) (?:is|has been) (?:archived|locked|closed)\.?|new comments cannot be posted.*",
            # New Reddit's label over a moderator's pinned comment and its link to a deeper thread.
            r"(?:- )?stickied comment|pinned comment|continue this thread(?: →)?",
            r"delete|add comment|add bookmark|load more(?:\.{3}|…)?|(?:(?:show|view) )?\d+ more (?:repl(?:y|ies)|comments)|"
            + _MORE_COMMENTS
            + "|see all responses",
            r"this comment was removed by a moderator.*|this post was flagged by the community.*",
            r"want to join\? log in or sign up.*|log in to reply|sign in to comment(?:\. .{1,160})?",
            r"want to (?:join the conversation|add to the discussion)\?.*|loading comments….*|trouble loading\?",
            r"join thought-provoking conversations\b.*|join our commenting forum",  # a paper's blurb under its link to the comments
            # "Please log in or sign up to …", with its links' words lost to the scrape or not.
            r"please (?:(?:log|sign) ?in )?or (?:register |sign up |join )?to .{1,60}",
            r"become a (?:member|subscriber).{0,60} to (?:start )?comment.*|already a member\? sign in",
            r"comment policy:.*|\d+ login|best|newest|oldest|(?:best|worst) rated|please create an account|most relevant(?: is selected, so some (?:comments|replies) may have been filtered out\.?)?",
            r"share what you think|the comments below have (?:not )?been moderated(?: in advance)?\.?",
            r"you have selected \d+ posts?\.|select all|cancel selecting",
            r"to comment on this .{1,30} you need to .*|already have an? .{1,40} account\?.*",
            # Comment sections' own headings and toggles (Ghost, Guardian-style, Blogger, Facebook, Slashdot).
            r"display threads collapsed|threads collapsed|most recommended|" + PICKS + "?",
            r"display threads|per page|jump to comment",  # (a pick's link to its copy in the thread)
            r"order by|threads|collapsed|expanded|unthreaded|oldest first|(?:most|least) liked|loading(?:…|\.{3})?",
            r"displaying (?:threads|comments) \d+ to \d+ of [\d,]+",
            r"threads: (?:collapsed|expanded|unthreaded)|per page: \d+|(?:show|view) (?:all )?[\d,]+ repl(?:y|ies)|(?:show|hide) repl(?:y|ies) \(\d+\)",
            # A paper's choices of order in one row: "Newest Oldest Best rated Worst rated".
            r"(?:newest|oldest|(?:best|worst|top) rated|most (?:recent|popular|liked)|best|top|recommended)"
            r"(?: (?:newest|oldest|(?:best|worst|top) rated|most (?:recent|popular|liked)|best|top|recommended)){2,}",
            r"order by (?:oldest|newest|most recent|best|top|popular|recommended)|show \d+ comments per page",
            r"show [\d,]+ more comments|display: all (?:posts|topics)|direction: (?:ascending|descending)",
            r"sign in or create your(?: [\w.'’-]+){0,3} account(?: to (?:join the discussion|comment))?\.?",
            r"add a comment(?:…|\.{3})?|(?:all|featured) comments",  # (Coral's tabs)
            r"search comments|expand comment search|comments section",  # new Reddit's, over the thread
            # A paper's widget's own messages, printed with its form.
            r"sorry, there seems? to be (?:some|an?) (?:issues?|problem|error)s?\. please try again later\.|submitting(?:\.{3}|…)",
            r"login with(?: your email address)?|your comment|comments: our rules",  # Commento's and Remark42's
            # IntenseDebate's form under the thread, and its credit.
            r"log ?in with [\w ]{1,30}(?:, [\w ]{1,30})* or [\w ]{1,30}|post a new comment|enter text right here!?",
            r"comment as a guest,? or log ?in:?|displayed next to your comments\.?|not displayed publicly\.?",
            r"if you have a website, link to it here\.?|submit comment|comments by intensedebate",
            # A regional paper's box of its rules over the comments.
            r"read the rules here|please report any comments that break our rules\.?",
            r"we want our comments to be a lively and valuable part of our community\b.*",
            # A tabloid's rules over its comments (Viafoura's), as it words them.
            r"be respectful, keep it civil and stay on topic\.(?: we delete comments that violate our policy\b.*)?",
            # A paper's note over its comments (Coral's): "The Daily NAME values your comments but kindly requests …".
            Anywhere(
                r"[\w.&'’ -]{1,60} values your comments but kindly requests all (?:posts|comments) are on topic\b.*",
                ("values your comments",),
            ),
            r"comments are (?:now )?closed on this \w+\.?",
            # Slashdot's notice over its comments, its count of those under the threshold and its ranking box.
            r"the fine print: the following comments are owned by whoever posted them\b.*|\d+ hidden comments?",
            r"top of the: day, week, month\.?",
            r"this (?:discussion|entry) is (?:now )?closed for comments\b.*",
            r"preview post comment…?|all reactions:?|this discussion has been archived\..*",
            r"sign up for a new account in our community\..*",
            # A question-and-answer site's answer box and the choices of order over its answers.
            r"your answer|post your answer|post as a guest|required, but never shown|sign up or log in",
            r"sign up using (?:email and password|google|facebook|github)|by clicking [“\"]post your answer[”\"].*",
            r"highest score \(default\)|date (?:modified|created) \((?:newest|oldest) first\)|trending \(.{1,40}\)",
            r"what do you think of the answers\?.*|still have questions\?.*",  # an answers site's, under the answers
            # A forum's prompt that ends in its call to log in ("… get notified of replies. Log in or sign up.").
            Anywhere(_CLOSING_PROMPT.pattern, ("log in or", "login or", "sign in or")),
        ],
    ),
    _rule("moderation notice", [r"your comment is awaiting moderation\.?"]),
    _rule(UNREAD, [r"unread,?"]),  # a discussion group's, between a message's sender and its date
    # (With Movable Type's count under a post: "No TrackBacks".)
    _rule("pingback", [r"(?:pingback|trackback)(?: url)?:\s.+|(?:no|\d+) trackbacks?"]),
    # A live page's controls and labels: over its updates, beside its editor, over each entry.
    _rule(
        LIVE_PAGE,
        [
            r"pinned post|show key events only|(?:please )?turn on javascript (?:for automatic updates|to use this feature)\.?",
            r"key event",  # (a regional paper's label over an entry the box above lists)
            # The time over each entry, and under one its last change (a whole byline has more).
            rf"(?:posted|updated) at {_STAMP}",
        ],
    ),
    # vBulletin's greeting to a visitor, over every page of a board.
    _rule(
        "forum notice",
        [
            Anywhere(r".*\bif this is your first visit, be sure to check out the faq\b.*", ("first visit",)),
            r"this thread is not being (?:actively )?moderated\..*",  # a parenting forum's, over a thread
            # Flarum's notes of what a moderator did, among the posts.
            r"[\w.'’-]+ (?:changed the tags from .{1,80} to .{1,80}|renamed the discussion from .{1,200}"
            r"|(?:un)?(?:stickied|locked|pinned) the discussion\.?)",
        ],
    ),
    _rule(
        "reply or vote button",
        [
            r"(?:[•·]\s*)?reply(?:\s*[↓↩→])?(?:\s*[•·])?|(?:\((?:reply|parent|thread|link)\)\s*)+|recommend (?:\d+|\(\d+\))",
            r"thread|kudos ♥",  # an archive of works' (AO3's), under each comment and the work
            r"up ?vote|down ?vote|comment actions",  # a help centre's (Zendesk's)
            r"like · reply",  # a professional network's, under each comment
            # A discussion group's, under each message's head or text (Google Groups'): its mail
            # buttons, its fold of the quoted text.
            r"reply (?:all|to author)|show trimmed content|- show quoted text -",
            r"[\w.'’ -]{1,40} replied · \d+ repl(?:y|ies)",  # a social network's link to the replies it folded
            # A freedom-of-information site's (Alaveteli's), under each message and beside the request.
            r"link to this(?: \| report)?|download a zip file of all correspondence|[\d.]+[km] download view as html",
            r"follow this request|update the status of this request|request an internal review",
            r"(?:smartest|funniest) \(\d+\)",  # a link thread's votes under each comment (Fark's)
            r"(?:like|thanks) [\d,]+",  # Invision's count beside its button
            r"link to (?:comment|post)",  # Invision's, under each post
            # DEV's menu under each comment: hide it (and its replies), report, block.
            r"are you sure you want to hide this comment\?.*|hide child comments as well|confirm"
            r"|for further actions, you may consider blocking this person and/or reporting abuse|code of conduct • report abuse",
            r"reply\s*[•·|]?\s*share\s*›?|post (?:not )?marked as liked",  # (Wix's heart, as its label reads)
            r"(?:parent\s*\|\s*)?reply to this(?:\s*\|\s*share)?",  # Slashdot's, under each comment
            # A community's menu over a topic (Khoros).
            r"mark (?:topic|all) as (?:new|read)|float this topic for current user|mute|printer friendly page|solved!"
            r"|go to solution\.?|all forum topics|(?:previous|next) topic",
            r"reply by email",  # micro.blog's, under a post
            # Who liked a post, under it (ProBoards'): "Kay likes this", "Pauline, Gary, and 4 more like this".
            # (Not a reader's "I really like this", "Everyone likes this".)
            rf"(?!{_NO_LIKER}){_LIKER} likes this|(?!{_NO_LIKER}){_LIKER}(?:(?:, {_LIKER})+(?:,? and {_LIKER})?|(?:, {_LIKER})*,? and \d+ (?:more|others?)) likes? this",
            r"(?:\d+\s*)?△\s*▽(?:\s*•\s*reply)?(?:\s*•\s*share\s*›?)?|(?:(?:show|load|view) )?more replies",  # Disqus (new Reddit prints no verb)
            r"reply\s*[·•|]\s*report(?:\s*[·•|]\s*▲\s*\d+\s*▼\s*\d+)?",
            # A broadcaster's ("Have your say"): each comment's number over its head, its complaint link.
            r"comment number \d+\.?|complain about this comment(?: \(comment number \d+\))?",
            r"report(?: post| abuse)?|reply with quote|multi-quote this message|quote|top|like(?: \(\d+\))?|--|restack|recommend|tweet",
            # phpBB's buttons under a post, a parenting forum's under each message
            r"view user's profile|send private message|send e-?mail|visit poster's website|message poster",
            r"find",  # MyBB's, for the poster's other posts
            r"▲\s*[+-]?\d+\s*▼|collapse|post options",  # Remark42's vote; Commento's fold; ProBoards' menu
            r"repost|boost|favou?rite|bookmark|(?:everybody|anyone|followers|mentioned users) can reply",
            rf"[\d,.]+k? comments?(?: {_BUTTON})+",  # old Reddit's "7 comments share save hide report"
            # Flarum's line under a post: "fenwick_t, Ada M and 6 others liked this."
            r"(?!.*\b(?:i|we|my|our)\b)(?:[\w.'’-]+(?: [\w.'’-]+)?, )*[\w.'’-]+(?: [\w.'’-]+)? and (?:[\d,]+ others?|[\w.'’-]+)"
            r" liked this\.?",
            r"\d+ likes?|liked by (?:\d+ (?:people|person|others)|[\w.'-]+(?: [\w.'-]+){0,3})(?: and [\d,]+ others?)?|[♡♥❤]\s*\d*|click to rate|rating\s+-?\d+",
            r"view user['’]s profile(?: send private message)?|send private message",  # phpBB 2's, under a post
            r"embed|parent|give award|message poster|flag|(?:flag|track) this|link|(?:click to )?expand(?:\.{3}|…)?|logged",  # (Invision's "Expand")
            r"reactions?:(?:\s.*)?|(?:add message|reply|report)(?:\s*[|·•]\s*[^|·•]{1,60}){1,4}",
            r"reply(?:\s*[·•|]\s*(?:thread|parent|link|expand))+",
            r"upvote(?:\s*[·•]\s*[\d.,]+k?)?|view upvotes|view [\d,]+ shares?|\d+ likes?\. post not marked as liked|track",
            # A question-and-answer site's buttons: "Answer", "Request", "Pass", "All related (14)".
            r"answer|request|pass|downvote|view [\d,.]+k? upvotes|all related \(\d+\)",
            r"ask question|improve this (?:question|answer)|save this (?:question|answer)\.?|show activity on this post\.?",
            # Old Reddit's row of words under each post, "permalink embed save parent report reply";
            # XenForo's, "Like Quote Reply" (two words may be a heading: "Parent Report", "Share Save").
            rf"{_BUTTON}(?: ?{_BUTTON}){{2,}}",
            rf"reply\s+context(?:\s+{_BUTTON})*",  # Lemmy's, the words spaced apart
        ],
    ),
    _rule(
        "share or follow widget",
        [
            r"share(?: this(?: article| page| story| episode)?)?:?|twitter|facebook|e-?mail|print|whatsapp|linkedin",
            r"gift (?:this )?(?:article|story)(?: free)?",  # a paper's offer to share a paid article
            r"share: (?:twitter|facebook|x|e-?mail|linkedin|whatsapp|bluesky)(?: · .{1,20}){0,5}",
            r"reddit|pinterest|tumblr|pocket|save|like this:|like loading(?:\.{3}|…)",
            r"printer-friendly version|print this (?:page|article|story|post)|listen|"
            + _READING_TIME
            + r"|open in app|text to speech",
            r"⊙?\s*follow(?:\s*·\s*[\d,.]+k?)?|share\s*·\s*[\d,.]+k?|follow [“\"].+[”\"]|follow me on .*|get every new post delivered to your inbox\.?",
            r"share on other sites|followers \d+|join [\d,]+ other (?:followers|subscribers)|(?:· )?(?:"
            + _AUDIENCE
            + r"|last published [\w ,]{3,30})|shares|[\d,.]+k? shares",
            r"share this (?:post|update|story|page)(?: about sharing)?|copy link|add to collection|email this(?: page| story| article| post)?(?:…|\.{3})?|blogthis!|share to (?:twitter|facebook|pinterest|linkedin|whatsapp)|reblog|[\d,.]+k? notes",
            # Tumblr's notes under a post: "bothybound reblogged this from summitsandsandwiches"
            r"(?!(?:i|he|she|we|they|you|everyone)\b)[\w.-]+ (?:(?:liked|reblogged) this(?: from [\w.-]+)?|posted this)",
            r"forward to a (?:friend|colleague)|view this (?:email|bulletin|newsletter) in your browser"
            r"|having trouble (?:reading|viewing) this(?: email)?\? .*"
            r"|you are receiving this email because.*|youtube|instagram",
            r"follow us(?: on .{1,30})?|like us on (?:facebook|instagram|linkedin|x|twitter)|follow @\w{1,30}|reuse this content|donate(?: now| today)?|give (?:now|today)|share (?:on|via|by) \w+",
            r"share page|about sharing|close panel|share\s*›|support us",
            r"share or comment on this (?:article|story|post|page):?",
            r"get link|other apps|share this contribution",
            r"(?:facebook|twitter|linkedin|pinterest|reddit|tumblr|whatsapp|email)\d+",
            # A share row the scrape glued together: Blogger's "Email ThisBlogThis!Share to TwitterShare to …".
            r"(?:email this|blogthis!|share to (?:twitter|facebook|pinterest|linkedin|whatsapp|x)|\s)+",
            r"(?:click to (?:email|share|print)|share on|email a link to a friend|print)[^()]{0,60}\(opens in new window\)",
            r"click to (?:print|email)|tweet this",
            r"reblog \(\d+\)\s*\|?",
            r"[·•]?\s*(?:writer|editor) for .{1,60}",  # Medium's author box: "·Writer for Casework"
            r"follow (?=[\w.-]*[\d_.-])[\w.-]+",  # a handle's button: "Follow marram-notes", not "Follow up"
            r"see more of .{1,80} on (?:facebook|instagram)|shared with (?:public|friends(?: of friends)?|members of .{1,80})",
            r"republish (?:this article|our articles .*)|we believe in the free flow of information\. republish .*",
            r"\+ follow|report this (?:article|post|comment)",  # LinkedIn's, beside the writer
            r"share this petition|send (?:a )?message",
            r"follow [\w.'’ -]{1,40} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon|whatsapp)|become a fan",
            r"(?:get|join|follow) .{0,60}\bon our whatsapp(?: community| channel| group)?",  # (not "get in touch with me on …")
        ],
    ),
    _rule(
        "subscription prompt",
        [
            r"subscribe(?: from .*| to: .*| now)?|sign up(?: to our .*newsletter| now)?|sign in|log ?in|register|join(?: free| now)?",
            # A paper's offer inside the article: "Ledger Premium: unlimited access …" / "Subscribe for £1".
            r"subscribe for (?:just |only )?[£$€][\d.]+(?: a (?:month|week))?|[\w&'’ ]{1,30} premium: unlimited access\b.{0,80}",
            r"(?:sign in|log ?in) ?/ ?(?:join|register|sign up)|existing user\? sign in",  # (Invision's)
            r"did you miss your activation email\?|login with username, password and session length",  # (Simple Machines')
            # A newsletter box's other states and buttons, printed all at once by the scrape.
            r"see our privacy (?:notice|policy)|something went wrong,? please try again(?: later)?\.?",
            # A membership platform's (Patreon's): its own prompts, a post's audience, a tier's price.
            # Medium's box under a post.
            r"get .{1,60}['’]s stories in your inbox|join .{1,40} for free to get updates from this writer\.?",
            # A paper's appeal to its readers, mid-article or under it, and its button to be asked again later.
            r"[\w.&'’ -]{1,60} relies on [\w,&'’ -]{0,40}\breaders?\b[^.]{0,40}\. .*\b(?:donat\w*|journalism)\b.*",
            r"(?:…|\.{3})\s*we have a small favou?r to ask\b.*|remind me in (?:january|february|march|april|may|june|july"
            r"|august|september|october|november|december)",
            r"start your own page|join for free|become a (?:member|patron|supporter)|select a membership level|public post"
            r"|(?:members|patrons)[- ]only post",
            r"[£$€][\d.,]+ ?/ ?(?:month|year)|[£$€][\d.,]+ per (?:month|year)",
            # A petition site's box beside its updates: the call, the count, the goal.
            r"sign (?:this|the) petition|[\d,]+ (?:people )?have signed\b.{0,60}|at [\d,]+ signatures,? this petition .{1,120}",
            r"display my name and comment on this petition|see why other supporters are signing",
            # NationBuilder's box: the count, the goal, the call, the button and who signed last.
            r"[\d,]+ signatures|goal: [\d,]+ signatures|will you sign\?|recent signers",
            r"members?['’]?(?: area)? (?:log ?in|sign in)|(?:sign|log) in to (?:your (?:[\w'-]+ )?account|my [\w'-]+)",
            r"email address or phone number|type your email(?:…|\.{3})?|thanks for reading .*subscribe.*|thank(?:s| you) for reading .{1,60}?[!.] this post is public so feel free to share it\.?|ready for more\?|start writing|get the app",
            r"subscribe by (?:rss|e-?mail)|your email address|sign up (?:to|for) (?:our|my|the [\w'’ -]{1,40}['’]s?) (?:free )?(?:daily |weekly |monthly |e-?)?newsletter|subscribe to .{1,60}|sign up now.*|don't miss out.*|don't miss the biggest stories\b.*",
            r"newsletter sign-?up|update (?:your |subscription )?preferences|unsubscribe",
            r"stay in the loop|sign up for more like this\.?",  # a newsletter box's heading (Squarespace's, Ghost's)
            # A paper's newsletter box's heading and blurb, its offer to members beside the bookmark button.
            r"(?:[\w ]{1,40} with|get|sign up (?:to|for)|subscribe to) our free (?:[\w'’-]+ ){0,3}(?:newsletter|e-?mail|briefing)\b[^.!?]{0,60}",
            r"want to bookmark your favou?rite articles\b.{0,200}",
            # Medium's box inside a story for readers signed out, and its mark on a story for members.
            r"sign up to discover human stories\b.{0,80}|distraction-free reading\. no ads\.|sign up for free",
            r"organi[sz]e your knowledge with lists and highlights\.|tell your story\. find your audience\.",
            r"read member-only stories|support writers you read most|try for [£$€][\d.]+/month|member-only story",
            Anywhere(r".{0,60}\b(?:straight|delivered|free) (?:to|in) your inbox(?: every \w+)?\.?", ("inbox",)),
            r"sign up (?:to|for) .{1,100}\bstraight to your inbox",  # (not a headline: "… will now arrive straight to your inbox")
            r"get (?:the|our) .{1,40} by email|we will use your email address .*|thank you for subscribing.*|invalid email",
            r"thanks? (?:you )?for signing up(?: to (?:the|our) [^,!?]{1,60})?!?|rss feed|did you know with a digital subscription .*",
            r"i want to subscribe to (?:your|the|our) mailing list\.?|thanks for submitting!?",  # (Wix's form)
            r"sign up to (?:the|our) .{1,60} delivered to your inbox\b.*|sign up to (?:the|our) [^.!?]{1,60} newsletter\b.*",
            r"enjoying this (?:article|story)\? (?:try|subscribe|support|become|get|sign up)\b.{1,80}",  # ("Try a month of …")
            r"i would like to be emailed about (?:offers|news|events|updates)\b.{1,120}",  # a sign-up box's consent
            r"this article was funded by our readers\..*",
            # A paper's appeal for readers' money: "Support independent journalism. Become a member today".
            _SUPPORT + r"\b.{0,60}?[.!] become a (?:member|subscriber|supporter)\b.{0,60}",
            _SUPPORT + r" and (?:subscribe|donate) to .{1,60}",  # ("… and subscribe to The National Courier")
            r"discover more from .{1,60}|over [\d,]+ subscribers|become a (?:member|subscriber|supporter) (?:today|now)",
            # (An appeal, not an editor telling why: "We are funded by our readers. That means …".)
            r"we are (?:funded|supported) by (?:our )?readers\. .{0,80}?\b(?:support|donat|becom|subscri|contribut).{0,120}",
            # A charity's appeal by its "Donate now" button: "Every £10 helps us train another advocate."
            r"(?:every|a gift of|a donation of) [£$€][\d,]+(?:\.\d\d)? (?:a month |a year )?(?:helps?|could|can|pays?)\b.{0,120}",
            # Substack's box under a post: "Subscribe to X", "By Jo Bloggs · Launched 2 years ago", a blurb.
            rf"by [^·]{{1,60}} · {_LAUNCHED}",
            r"thanks for subscribing!?|first name|last name|surname|email address|postcode|forgot(?:ten)? account\?",
            r"email or (?:mobile )?phone(?: number)?|create (?:a )?new account",  # a social network's log-in box
            r"enter your email(?: address)?|by signing(?: up)?,? you (?:agree to|accept) our .{1,160}|by subscribing,? (?:i|you) agree to .{1,160}",
            # A professional network's sign-up wall inside a signed-out article.
            r"agree (?:&|and) join .{1,40}|by clicking (?:continue|join|sign up|agree)\b.{0,60}, you agree to .{1,160}",
            r"sign up with your email(?: address)? to receive .{1,100}",
            r"write something about yourself\..*",
            r"you can update (?:your |subscription )?preferences or unsubscribe from this list\.?",
            # A mailing's foot (Mailchimp): why it came, how to change it, where the sender is.
            r"this email was sent to (?:you\b|\S+@).*|want to change how you receive these emails\?(?: you can .*)?",
            r"add us to your address book|no spam\.? unsubscribe (?:at )?any ?time\.?",
            # A newsletter box's answer once the form is sent (Ghost).
            r"(?:email sent! |great! )?check your inbox to (?:complete|confirm) your (?:signup|sign-up|subscription)\.?",
            r"sign up with your email address to receive news and updates\.?|subscribe now and get unlimited access.*",
            # A paper's newsletter box and its consent line, and its offer of news by messenger.
            r"we use your sign-up to provide content in ways you['’]ve consented to .*|we have more newsletters",
            r"get the latest news sent straight to your (?:messenger|phone)|get the latest [\w'’ ]{1,40} news sent to your inbox|subscribe (?:with|via|to) rss",
            # A forum's welcome to a guest over its buttons (Vanilla's).
            r"howdy, stranger!|it looks like you['’]re new here\. if you want to get involved, click one of these buttons!",
            # A question-and-answer site's welcome to a visitor.
            r"sign up to join this community|anybody can (?:ask a question|answer)|the best answers are voted up and rise to the top",
            Anywhere(r".{1,60} is a question and answer site for .*", ("question and answer site",)),
            Anywhere(r".{1,40} network consists of \d+ .*", ("network consists of",)),
            # A Mastodon server's box beside every post: what it is, who runs it, how many use it.
            Anywhere(_MASTODON_SERVER, ("mastodon servers",)),
            r"administered by:|server stats:|active users|(?:mastodon|[\w-]+(?:\.[\w-]+)+): about · .*",
        ],
    ),
    _rule(
        "advert",
        [
            r"advertisements?|advertisement|hide ad|skip ad|report this ad|discuss this ad on \w+|sponsored(?: content| by .{1,60})?|learn more(?:…|\.{3})?",
            r"watch more of our videos(?: on .*)?|and live on freeview channel \d+|visit (?:[\w!]+(?: tv)? )?now",
            r"and on our youtube channel.*|advertise with us",
            r"video (?:loading|unavailable)|(?:click|tap) to play|the video will start in.*|play now|play video",
        ],
    ),
    _rule(
        "cookie notice",
        [
            r"(?:this|our) (?:web)?site uses cookies.*|by (?:continuing to (?:use|browse)|clicking any link).*",
            _WE_USE_COOKIES + r".*",
            Anywhere(r"[\w.&' -]{1,40} uses cookies\b.*", ("cookies",)),
            r"privacy & cookies:.*|to find out more, including how to control cookies.*",
            # A consent banner's heading and buttons: "Cookies on GOV.UK", "Accept additional cookies".
            r"cookies on .{1,40}|(?:accept|reject|decline|view|manage(?: or reject)?) (?:additional |optional |analytics )?cookies",
            r"allow the use of cookies (?:from|by) .{1,40}\?",  # (a social network's, to a reader logged out)
            r"let us know (?:if )?you agree to (?:all )?(?:the )?cookies",  # (a broadcaster's banner's heading)
            # A professional network's, to a reader logged out: "NAME and 3rd parties use essential and
            # non-essential cookies to provide …", "Select Accept to consent or Reject to decline …".
            Anywhere(
                r"[\w.&' -]{1,40} and (?:3rd|third) parties use (?:[\w-]+ ){0,3}cookies to provide\b.*", ("cookies",)
            ),
            r"select accept to consent or reject to decline .*",
            r"(?:view )?cookie (?:settings|policy|preferences)|accept(?: all)?(?: cookies)?(?: and close)?|ok, i agree|close and accept",
            r"find out more",
            r"no, give me more info|delete all board cookies.*|do not sell my (?:personal )?(?:data|information)",
            r"we (?:value|care about) your privacy|(?:with your permission )?we and our partners .*|manage (?:my |your )?(?:cookie |privacy )?(?:preferences|cookies|settings|consent)",
            # After the owner's one sentence: "Skyline is part of the Skyline family of brands. We and our partners …".
            Anywhere(r"[^.]{1,120}\. we and our partners .*", ("we and our partners",)),
            r"show (?:purposes|vendors|partners)",
            r"got it!?|reject(?: all| non-essential)?(?: cookies)?|i accept|decline(?: all)?|allow all(?: cookies)?|accept recommended settings|(?:some of )?these cookies .*",
            r"cookies?(?: notice| settings| policy)?: .*|you can change your (?:choices|mind|preferences|settings) at any time.*",
        ],
    ),
    _rule(
        "site footer",
        [
            r"\[?blog at wordpress\.com\.?\]?.*|build a website with wordpress\.com|proudly powered by \w+",
            r"powered by .*|copyright .*|use of this site constitutes acceptance of .*",
            r"-{8,}|<\*> .*",  # a mailing list's footer under each message: its rule, then "<*> To visit your group …"
            r"(?:proudly )?created with [\w.]+",  # a site builder's credit: "Created with NationBuilder"
            r"this site is protected by recaptcha and the google privacy policy and terms of service apply\.?",
            r"page created in [\d.]+ seconds with \d+ queries\.?",  # a forum's timing
            # A link aggregator's (old Reddit's) footer menu under the thread.
            r"reddiquette|mod guidelines|site rules|apps & tools|mobile website|<3|[\w.-]{1,30} for (?:iphone|android)",
            r"(?:[\w.-]{1,30} )?help cent(?:er|re)|.{1,60} (?:is a|are) registered trademarks? of .{1,60}",
            # A mail archive's foot under each message (Mailman): the list, its address, its page.
            r"[\w.-]{1,40} mailing list|more information about the [\w.-]{1,40} mailing list",
            r"[\w.+-]+ (?:at|@) lists?\.[\w.-]+|https?://\S+/listinfo(?:/\S*)?",
            # A discussion group's foot under each message (Google Groups'): why it came, how to leave.
            r"you received this (?:message|e-?mail) because you are subscribed to .{1,120}",
            r"to unsubscribe from this group(?: and stop receiving e-?mails from it)?, send an? e-?mail to .*",
            # A UK MP's site says that no public money paid for it.
            r"this (?:web)?site (?:has not been|is not|was not) (?:paid for|funded) (?:from|out of|by|using) .*",
            Anywhere(r"(?:.{1,60} )?©.*", ("©",)),
            Anywhere(r".*all rights reserved\.?", ("all rights reserved",)),
            # (Its location or number after it: "The Trust is a registered charity working with …" is writing.)
            # (Or who runs the site, named in a word: "OpenChamber is run by the Civic Ledger Trust, a registered
            # charity.", not "The food bank is run by …")
            Anywhere(
                r"(?:.* is a|[\w.-]{2,30} is (?:run|published|operated|owned) by [^.,]{1,60}, a) registered charity"
                r"(?:(?: in [\w ,&]{1,40})?\.?|[^.]{0,60}\d.*)",
                ("registered charity",),
            ),
            # What a UK company must print on its website: registration and regulator.
            Anywhere(
                r".*\b(?:registered in england(?: (?:and|&) wales)?\W+(?:under )?(?:company )?(?:no\b|number|reg)).*",
                ("registered in england",),
            ),
            Anywhere(
                r".*\b(?:registered office:|company limited by guarantee\b|is authorised and regulated by the ).*",
                ("registered office:", "company limited by guarantee", "is authorised and regulated by the "),
            ),
            r"(?:printed and |published and )?promoted by .{1,80} on behalf of .*|privacy notice",
            # An election imprint, with its street address: "Promoted by Jo Bloggs, 2 Station Road, Thornbridge."
            rf"(?:printed and |published and )?promoted by [^.,]{{1,60}}, \d+[a-z]? [\w'’ -]{{0,40}}\b{_STREET}\b(?:, [^.,]{{1,60}})*\.?",
            r"privacy(?: policy| statement)?|terms(?: (?:and|&) conditions| of use| of service)?|cookies",
            r"privacy\s*[∙•]\s*terms.*|collection notice|add disqus to your site",
            r"our mailing address is:?|registered charity (?:no\.?|number):? ?[\d-]+",
            r"registered with the charity commission,? (?:no\.?|number):? ?[\d-]+\.?",
            r"joomla! is free software released under the gnu general public license\.?",
            Anywhere(r".* is the home for great culture", ("great culture",)),
            r"accessibility help|contact(?: us)?|help|status|careers|about(?: us| the .*)?",
            r"request a call ?back",  # a firm's button over its masthead
            Anywhere(
                r"[\w' ]{1,40}(?:hasn't|has not|doesn't|does not) (?:checked|check|verify|verified|endorse) .{0,40}\bposting here\b.*",
                ("posting here",),
            ),
            r"the team •.*|all times are .*|who is online|users (?:browsing|viewing) this (?:forum|thread|topic):.*|jump to(?::.*)?",
            r"moderators?: [\w.-]{1,40}(?:, [\w.-]{1,40})*",  # a forum's, under the thread (handles, not names)
            r"[\d,]+ members? and [\d,]+ guests? (?:are|is) viewing this (?:topic|board|thread)\.?",
            r"text is available under the creative commons .*|news provided by",
        ],
    ),
    # A paper's link to another of its stories, set in the article's text ("READ MORE: …").
    _rule(STORY_LINK, [r"(?:read more|also read|read next):\s.+"]),  # (not "See also: …", which may be writing)
    _rule(
        "navigation",
        [
            r"skip to [\w ]{1,40}(?:\s*\|\s*skip to [\w ]{1,40})*|skip navigation|skip header",
            r"live reporting",  # a broadcaster's live page's label over its editor
            r"go to [\w.'’-]{2,40} home",  # new Reddit's link to its home ("Go to Hubbub Home"; not "Go to bed")
            r"↑ ?top|work header|chapter text|entire work|chapter index|mark for later",  # an archive of works' (AO3's)
            r"(?:show )?topic log",  # a discussion's record of edits to its topic (Tildes')
            r"report a policy violation|why this petition matters",  # a petition site's
            # A book site's record of the reader's progress: "February 20, 2020 – Started Reading".
            r"reading progress|[\w ,]{6,30} – (?:started reading|finished reading|shelved)",
            r"jump to (?:main )?content|" + "|".join(_SUBREDDITS) + "|"
            r"\(self\.\w+\)|popular ?- ?all ?- ?random.*|(?:user account |main )?menu|home|search(?: this topic…?)?|quick links|faq|open menu(?: close menu)?|close menu|open (?:navigation|settings menu)|expand user menu",
            # Old Reddit's search help in its sidebar.
            r"limit my search to r/\w+|use the following search parameters to narrow your results:|see the search faq for details\.",
            r"(?:subreddit|author|site|url|selftext|self|nsfw):[\w.]+(?: \(or \w+:\w+\))?|find submissions (?:in|by|from) \"[\w.]+\"",
            r"search for \"text\" in (?:url|self post contents)|include \(or exclude\) [\w ]{1,40}|e\.g\. subreddit:.{1,80}",
            r"print subscriptions|newsletters|search jobs|(?:uk|us|international|europe|australia) edition|your account",
            r"book (?:a|an|your) (?:session|appointment|consultation|call)",
            r"archives?|ask me anything|submit a post|rss",  # a Tumblr blog's menu
            r"recent entries|memories",  # a journal's (LiveJournal's)
            r"reply to this topic(?:\.\.\.|…)?|start new topic|recommended posts",  # Invision's, over a topic and under it
            r"view (?:full )?profile",  # under a writer's biography
            r"more|create blog|all posts|see all(?: photos| videos)?|use tab to navigate through the menu items\.?|top of page|search this blog|next|prev(?:ious)?|(?:next|previous) (?:debate|article|story|post)",
            r"[<«‹] prev(?:ious)?|next [>»›]",  # (Joomla's pager under an article)
            r"(?:(?:prev(?:ious)?|first)\s+)?(?:\d+\s+){2,}(?:…\s+\d+\s+)?(?:next|last)|(?:un)?watch(?: thread)?",  # a pager
            r"write|log in with|or sign up with .*|permalink|trackbacks?",
            r"show more|shrink|english(?: \([a-z]{2}\))?|views|activity|accessibility(?: links)?|memberlist|usergroups",
            r"browse|online users|all activity",  # (Invision's menu)
            # A site's tools over its masthead: a search box, a translation widget, a radio's player.
            # A messaging channel's web preview (Telegram's): its app links and polls.
            r"view in telegram|please open telegram to view this post|(?:anonymous|public) poll",
            # A pager's arrows alone (Blogger's mobile view: "‹" / "Home" / "›"), and its switch.
            r"[‹›«»←→]|view (?:web|mobile) version",
            # A file attached to a page (Google Sites): the link and the box's label (the file's name
            # over the label: ``panel_values``).
            r"download (?:the |our )?.{1,60} \((?:pdf|word|docx?)\)|embedded files",
            r"download (?:pdf|the pdf|report|file)(?: \([\d.,]+ ?[km]b\))?",  # a publication's button: "Download PDF (420KB)"
            # A council's committee item (Modern.gov's): its papers, each with its file's type and size.
            r"supporting documents:?|view the declarations of interest for (?:item|the meeting) .{1,20}",
            r"[^.]{1,100}(?:\.|,)? (?:pdf|word|excel|html) [\d.,]+ ?[km]b",
            # A developer community's (DEV's) menus, and the buttons on its code blocks.
            r"navigation menu|dropdown menu|(?:enter|exit) fullscreen mode",
            r"search this site|main page|translate|listen live|on air(?: now)?: .{1,80}|get app|edit subscriptions|a-z of services",
            r"log in to check your private messages|view previous topic :: view next topic|goto page .*",
            r"[^>]{1,40} forum index(?: -> [^>]{1,40})*",  # phpBB's breadcrumb
            # The exit button of a site for people at risk, and its instruction.
            r"quick exit|exit (?:this )?site|(?:press esc|hide this page).{0,60}(?:leave|exit|hide) (?:this|the) (?:site|page).*",
            r"(?:home|board index|index)(?:\s*[›»>/‹|·•]\s*[^›»>/‹|·•]+)+",  # a breadcrumb, or a footer's menu ("Home · About us")
            Anywhere(r"[^›»>‹|]+(?:\s+[›»>‹]\s+[^›»>‹|]+){2,}", ("›", "»", ">", "‹")),
            r"(?:«|←|‹)\s*.+",
            Anywhere(r".+\s*(?:»|→|›)", ("»", "→", "›")),
            r"view all(?: comments| posts by .{1,60})?|newer post|older post|newer post older post home|previous entry.*|next entry|back to .*|go to top",
            r"op['’]s posts: see next \| see all",  # a parenting forum's, under the opening poster's posts
            r"(?:previous|next)(?: post| article| entry| story)?: [^.!?]{1,120}",  # a block theme's post navigation
            r"(?:\d+ posts? • )?page \d+ of \d+.*|\d+ of \d+|pages: \[?\d.*|skip to page:|go to first unread|<<\s*(?:\[?\d+\]?\s*)+>>",
            # phpBB's buttons over a thread's pages (and MyBB's "New Reply")
            r"post reply(?:\s*[·•|]\s*page \d+ of \d+.*)?|post new topic|new reply",
            r"\(\s*read more\.{3}\s*\)|(?:read more|continue reading)(?::.+|…|\.{3}| below| about [^.!?]{1,60})?",
            r"(?:story|article) continues(?: below)?|view comments(?: \(\d+\))?",  # a news portal's buttons in and under its story
            r"return to [“\"].*[”\"]|thread tools|display modes|calendar|today's posts|remember me\??",
            r"(?:user ?name|account name|password):?|forgot (?:your )?password\??|log ?in with openid",  # a log-in box
            # (A news theme's log-in and recovery panel over its masthead, tagDiv's "Newspaper".)
            r"welcome! log ?in(?:to| to) your account|your (?:user ?name|password|e-?mail)|forgot your password\? get help",
            r"password recovery|recover your password|a password will be e-?mailed to you\.?",
            r"quick navigation(?: .*)?|go up",  # (vBulletin's; Simple Machines' button under a topic)
            r"column \d+",  # Hansard's marker where a column of the printed record begins
            r"shortlink:?|remember me reset password|submit a new (?:link|text post)|a community for \d+ (?:years?|months?|days?)|moderators|message the mods|discussions in r/\w+|other discussions \(\d+\)",
            r"by [\w.'’ -]{1,40} in forum .{1,60}|bookmarks|past issues",
            r"talk guidelines|advertise|trending|latest|(?:post|posts|comment) navigation",
            r"(?:previous|next) message: .*|messages sorted by: .*",  # a mailing list's archive (Mailman)
            # MHonArc's "[Date Prev][Date Next][Thread Prev]…", a forum's "[Search] [Help] [Login]"
            r"(?:thread index:\s*)?(?:\[[\w ]{0,19}[^\W\d_][\w ]{0,19}\]\s*){3,}",
            r"(?:switch to )?(?:linear|hybrid|threaded) mode|show printable version",
            r"results \d+ to \d+ of \d+",
            r"not the answer you['’]re looking for\?.*|more hot questions|question feed",
            r"want to read more\? browse other topics in .*",  # Discourse, under a topic
            Anywhere(r"[\w.'’ -]{1,40}['’]s blog", ("s blog",)),
            # Without a figure in it, a row's labels may be longer ("You are watching this thread | Add
            # message | …"), but not a byline's ("By Jane Smith | Home Affairs Correspondent | BBC News").
            # (Not a link aggregator's comment head, "tcoyle 9 years ago | parent | next [–]", "[-] NAME
            # 2 years ago | link | flag".)
            Anywhere(
                r"(?!.*\[[–-]\]$|\[[–-]\] [\w.-]+ (?:\d+|an?) \w+ ago \| )[^|]{1,25}(?:\s\|\s[^|]{1,25}){2,}|(?!.*\d)(?!by )[^|]{1,32}(?:\s\|\s[^|]{1,32}){2,}",
                ("|",),
            ),
        ],
    ),
    _rule(
        "related links heading",
        [
            r"most (?:read|viewed|popular)|related(?: posts| topics| articles| stories| news| blogs| links| publications| reports| resources)?:?|more on this story|top stories",
            r"around the web|explore(?: more on these topics)?|related articles\s*more from (?:the )?author",  # (a news theme's two tabs, run together)
            r"in this section|recent posts|in this article:",  # (a portal's list of the story's subjects)
            r"forum jump:?|return to top|lite \(archive\) mode|mark all forums read|rss syndication|current time: .{6,30}",
            r"suggested topics|possibly related threads(?:…|\.{3})?|read more:|read more from .*|related (?:questions|communities)|more answers below|people also ask",
            r"hot network questions|trending (?:now|stories)|popular posts from this blog",  # (Blogger's)
            # A news theme's sidebar widgets and a portal's list under its story.
            r"editor picks|popular (?:posts|articles|stories|category|categories)|recommended (?:stories|articles|posts|for you)",
            r"also on .*|more from .*|recommended(?: from .*)?|you (?:may|might) also like|blog archive|read next",
            r"other written answers on .{1,40}",
            r"latest news|about community|related content|other threads in .{1,40}|similar (?:threads|posts|articles|stories)|(?:more )?similar requests|things to do with this request|"
            + CONTENTS,
            r"about me|view my complete profile|trackback url for this entry:",
            r"listed below are links to weblogs that reference .*",
        ],
    ),
    _rule(
        "poster profile",
        [
            PANEL_COUNT
            + r"|joined: .*|join date: .*|member since: .*|location: ?.*|current (?:mood|music|location): .*|mood: .{1,40}",
            r"original poster|thread starter",
            POSTER_RANK,
            r"regular|(?:site|forum|board) admin|#\d+|_{5,}|online|offline",
            r"rep:|\?",  # The Student Room's reputation, in stars, and the "?" explaining it
            # An art site's kind of member under the name: "Hobbyist · Digital Artist", "Deviant for 4 Years".
            r"(?:hobbyist|professional|student)(?: ·)? [\w ]{0,20}(?:artist|photographer|writer|designer)|deviant for \d+ years?",
            r"\S+(?: \S+){0,3} is (?:online|offline)",
            _PANEL_LABELS,
            r"(?:user |profile )?avatar|profile (?:picture|photo)|writer['’]s picture",  # the picture by a commenter's name (Disqus)
        ],
    ),
    # The picture's alt text, over the name it stands for: it opens a head, where the panel's lines close one.
    _rule(
        "picture's alt text",
        [
            r"[\w.'’ -]{1,40}?['’]s (?:photo|(?:profile )?picture|avatar|buddy icon)|profile (?:photo|picture) (?:for|of) [\w.'’ -]{1,40}"
        ],
    ),
    # A social network's mark beside a commenter's name; "Author" and "Admin" are also labels
    # over a byline, and count as badges only in a thread (``markers.BADGE``).
    _rule(BADGE_REASON, [SOCIAL_BADGES]),
    _rule(
        "counter",
        [
            r"likes|(?:replies|views): [\d,]+|last reply|last post:? (?:by [\w.'’ -]{1,40}|\d.{0,40})|(?:[\d,.]+k? points? \()?\d+% upvoted\)?|-?[\d,.]+k? points?|(?:join\s*leave\s*)?[\d,.]+k? readers|[\d,.]+k? users here now|[\d,.]+k? (?:members|online)|≈\s*\d+\s+comments?|\d+|\d{1,3}(?:,\d{3})+|\d+\.\dk|[\d,]+ comments? • .*|comments \(\d+\)|[▼►]\s*.+\(\d+\)|\d+ / \d+|[\d,]+ restacks?|[∙•·—–]|[\d,.]+k? (?:views|reads)|viewed [\d,.]+k? times|·?\s*\d+-min read",
            r"[\d,.]+k? (?:people )?(?:like|follow) this|(?:private|public) group · [\d,.]+k? members",
            # LinkedIn's counts under a post and each comment: "126 · 14 Comments", "8 Reactions".
            r"(?:showing )?[\d,.]+k? reactions?|[\d,.]+k? · [\d,.]+k? comments?",
            # NationBuilder's activity among the comments: "Lucy Brereton liked this page".
            # (A name of a few words, not a reader's "I really liked this post".)
            Anywhere(
                r"(?!.*\b(?:i|we|my|our)\b)[\w.'’-]+(?: [\w.'’-]+){0,3} liked this (?:page|post)", ("liked this",)
            ),
            r"[\d,.]+k? likes?\s*[∙·•]\s*[\d,.]+k? restacks?",  # a newsletter's (Substack's) under a post
            # A developer community's (DEV's) reaction kinds and their sum over a post: "❤️ 🦄 🙌 🔥 27 reactions".
            r"(?:[^\w\s]+ )+[\d,.]+k? reactions?",
            r"respect [\d,]+|score: -?[\d,]+",  # Coral's count under a comment, a paper's score
            r"[▲▼△▽]\s*[\d,]+",  # a paper's votes on a comment, each under its arrow
            r"message #?[\d,]+ of [\d,]+|\([\d,]+ (?:views|posts?)\)|\d+ kudos?",  # ("(9 Posts)" under a thread's title)
            r"[\d,]+ items?|this (?:photo|video) is in \d+ albums?",  # a photo's albums, each with its count  # a community's (Khoros), under a post's head
            # A fundraiser's total, its supporters, and each gift with the tax relief it adds.
            r"\+? ?[£$€][\d,]+(?:\.\d\d)?k?(?: gift aid)?|raised of [£$€][\d,.]+k? (?:target|goal)|(?:by )?[\d,]+ (?:supporters?|donors?)",
            r"[\d,.]+k? (?:repl(?:y|ies)|views|posts)(?: · [\d,.]+k? (?:repl(?:y|ies)|views|posts))+",  # "23 replies · 1,874 views"
            r"[\d,.]+k? (?:reposts?|quotes?|boosts?|favou?rites?)",  # a social network's, under a post
            # An emoji reaction or a few and their count, under a post or a comment ("👍 2", "👍❤️ 214").
            r"(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?){1,3}\s*[\d,.]+k?",
        ],
    ),
    _rule(
        "image caption",
        [
            r"(?:image|media) (?:source|caption),.*|(?:image|media) caption .+",  # (the comma lost, in an older page's)
            r"f/\d+(?:\.\d+)? · .{3,60}",  # the camera's settings under a photo: "f/5.6 · 1/320 · 35.0 mm · ISO 400"
            r"(?:image|media) caption,?",
            # A caption that opens on its label, with a sentence of credit after it: "Photo: a council chamber. Author’s own."
            r"(?:photo|photograph|picture|image)\s*:\s*[^.]{1,160}(?:\.(?:\s+[^.]{1,40}\.?)?)?",
            Anywhere(
                r".{0,300}\b(?:photo|photograph|picture|image|credit)\s*:\s*[^.]{1,60}\.?",
                ("photo", "picture", "image", "credit"),
            ),
            # A news photo's caption closed by its kind or agency in brackets: "… last month (File picture)".
            Anywhere(r".{3,300} (?:" + "|".join(map(re.escape, _CAPTION_CLOSES)) + ")", ("(file ", "(pa ", "(getty")),
        ],
    ),
    _rule(
        "journal sidebar",
        [
            # LiveJournal's and Dreamwidth's month calendar: the weekdays' initials, then a week of days.
            r"s m t w t f s|" + _WEEK_ROWS,
            r"page summary|style credit|style: .{1,40} by .{1,40}|expand cut tags|no cut tags",
            # A social network's group: its about box and what the box says of it.
            _GROUP_ABOUT
            + r"|(?:public|private) group|anyone can (?:see who['’]s in the group and what they post|find this group)\.?",
            r"group created on .{4,40}|shared with (?:public(?: group)?|friends|group members)",
        ],
    ),
    _rule(
        "author's disclosure",
        [
            # An academic news site's note of its writer's funding and of the universities that fund it.
            _DISCLOSURE + r"|partners|view all partners|partners and funders",
            _FUNDER,
        ],
    ),
    # Simple Machines heads a topic with its board's news line and "Author Topic: … (Read N times)";
    # phpBB labels each post's subject "Post subject:", with nothing after it on a reply.
    _rule(
        "forum header",
        [r"news: .+", r"author\s+topic: .+\(read [\d,]+ times\)", r"post subject:(?: .{1,120})?|subject:"],
    ),
    # A press release's head: what it is, when it may run, its reference.
    _rule(
        "press release header",
        [r"press release|news release|for immediate release|embargoed(?: until)?:? .*|ref(?:erence)?:\s*[\w/.-]+"],
    ),
    # vBulletin closes a thread with what the reader may do there.
    _rule(
        "forum permissions",
        [
            r"posting permissions|forum rules|you may(?: not)? (?:post|edit) [\w ]{1,30}",
            r"(?:bb|\[img\]|html) code is (?:on|off)|smilies are (?:on|off)",
        ],
    ),
    # What a browser prints on each page of a page saved as a PDF: the time and the page's title
    # over it, its address and the page's number under it.
    _rule(
        PRINTED_PAGE,
        [r"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d\d(?: ?[ap]m)?\s+\S.*", r"https?://\S+\s+\d{1,3}/\d{1,3}"],
    ),
    # A forum's note under an edited post.
    _rule(
        "edit note",
        [
            r"last edited by .{1,40}?(?: on .{1,60}?)?(?:, edited \d+ times? in total)?\.?|edited \w+ \d.{4,36} by [\w.-]+"
            r"|last edited .{1,30} ago by .{1,40}",  # wpDiscuz's
            # Tildes' under a topic, Vanilla's under a post's date.
            r"edited (?:on )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* (?:\d{1,2}, )?\d{4}"
            r"|\d{1,2}/\d{1,2}/\d{4}(?: \d{1,2}[:.]\d\d ?[ap]m)?)",
            r"last edited (?:mon|tue|wed|thu|fri|sat|sun)\w* \d{1,2} \w{3,9} \d{4}.{0,20}",  # AO3's, under a comment's head
            r"«? ?last edit: .{4,60} by [\w.-]+(?: »)?",  # Simple Machines'
            r"\(this post was last modified: .{4,40} by [\w.-]+\.\)",  # MyBB's
        ],
    ),
    # What stands in a comment's place once it is deleted, under its head or alone.
    _rule(
        DELETED,
        [
            r"(?:this )?(?:comment|message|post) (?:was |has been )?(?:deleted|removed)(?: by [\w .'’-]{1,40})?"
            r"(?: (?:for|because) .{1,120})?[.!]?(?: why\?)?(?: replies may also be deleted\.)?(?: reason: .{1,80})?",
            r"\(deleted (?:comment|post)\)",  # Dreamwidth's and LiveJournal's
            r"message withdrawn at (?:the )?poster['’]s request\.?",  # a parenting forum's
            r"\[(?:dead|flagged)\]",  # a link aggregator's (Hacker News')
        ],
    ),
    # A journal's folded comment, one line in its place: "Re: SUBJECT - [personal profile] NAME - DATE - Expand".
    _rule(
        "folded comment", [Anywhere(r".{1,120} - (?:\[\w+ profile\] )?[\w.-]{1,40} - .{6,40} - expand", ("expand",))]
    ),
    # A video page's player and the controls of its description: the time played over the length,
    # "...more" and "Show less", the transcript's box.
    _rule(
        "video player",
        [
            r"\d{1,2}:\d\d(?::\d\d)? / \d{1,2}:\d\d(?::\d\d)?|(?:\.{3}|…) ?more|show less",
            r"show transcript|follow along using the transcript\.?",
            r"media playback is unsupported on your device",
            r"please use (?:the )?\w+ browser for a more accessible video player",  # a broadcaster's, over a clip
        ],
    ),
    # A news site's banner over an old article, and a page's feedback question.
    _rule(
        "page notice",
        [
            r"this article is more than \d+ (?:years?|months?) old",
            r"all times (?:stated )?are (?:uk|gmt|bst|local) time\.?",  # a live page's, under its editor
            r"was this (?:page|article|information) (?:useful|helpful)\??",
            # A paper's call for letters under an opinion piece.
            r"do you have an opinion on the issues raised in this (?:article|piece)\? .{0,240}",
            # A paper's call for tips under every story, and a broadcaster's for readers' experiences.
            _STORY_CALL,
            r"(?:got|do you have) a (?:story|news tip)(?: for us)?\??\s.{0,40}"
            r"\b(?:call|ring|email|e-mail|contact|send|get in touch)\b.{0,160}",
            # A broadcaster's podcast under its story.
            r"want a quick and expert briefing on the biggest news stories\? listen to .{1,120}",
            r"get involved with the news in your (?:community|area)|send (?:us )?your stories(?: and (?:photos|pictures))?(?: now)?.{0,2}",
            r"have you been affected by (?:the|any of the) issues raised in this (?:story|article|report)\?"
            r"(?: share your experiences?(?: by (?:e-?mailing|contacting) \S+?)?\.?)?",
            r"please include a contact number if you are willing to speak to an? .{1,40} journalist\.?",
            r"suggest a correction|report an? (?:error|correction)",
            r"useful (?:websites|links|contacts)(?: and helplines)?:?",  # a help box's heading
            # A parliamentary record's tools (TheyWorkForYou and the like): its source, reference,
            # sharing, alerts and readers' notes.
            r"hansard source|\(citation: .{1,80}\)|uin \d+(?:, tabled on .{1,40})?",
            r"(?:share|link to) this (?:answer|debate|speech|question|statement)|link to this \| [\w ]{1,30} source",
            r"alert me about (?:debates|answers) like this|get email alerts|set up (?:an? )?(?:email )?alert",
            r"email me (?:whenever|when) .{1,80} (?:speaks|answers|is mentioned).*|email me when this .{1,60}",
            r"email me about .{1,80} from .{1,80}|receive alerts when this (?:committee|council|member|debate) .{1,60}",
            r"no annotations have been added to this \w+ yet\.?|add an annotation.*|data (?:&|and) api",
            # (And where its text came from: "This record is transcribed from the council's published minutes.")
            r"this (?:record|transcript) (?:is|was|has been) (?:transcribed|taken|compiled) from [^.]{0,80}"
            r"\b(?:minutes|webcast|official report|hansard|recording)\b[^.]{0,40}\."
            r"(?: timings are approximate\.)?",
        ],
    ),
)

PROFILE = "poster profile"
PICTURE = "picture's alt text"
_CREDIT = re.compile(r"\b(?:Photograph|Photo|Picture|Image):\s*[^.!?:]{1,60}\.?$")
"""A caption's credit at its end, however long the caption over it ("… Photograph: Tom Ashby/The Meridian",
"… Photo: the author.")."""
_PAPER_CREDIT = re.compile(r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}(?: FOR THE |/)[A-Z][A-Z&'’ -]{1,30}")
_CREDIT_LINE = re.compile(r"(?:photo|photograph|picture|image|credit)s?:\s*[^.!?]{1,60}$", re.IGNORECASE)
"""A credit alone on its line, under the caption it belongs to."""
_RATING = re.compile(r"[+-]\d+")
_REACTIONS = frozenset(("like", "celebrate", "support", "love", "insightful", "funny", "curious"))
_REACTED = re.compile(r"[\w.'’ -]{1,30}(?:, [\w.'’ -]{1,30})* and [\d,]+ others?")
_REACTOR = r"(?:[\w.'’-]{1,30}|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3})"
_REACTORS = re.compile(rf"{_REACTOR}(?:, {_REACTOR})* and [\d,]+ others?")
"""Who reacted, as names: handles or capitalised words ("Derek_Swinton, Trev R and 6 others")."""
_SIGNATURE = re.compile(r"(?:asked|answered) \S.{3,40}", re.I)
_PRESENCE = (" is offline", " is online")
_TITLE = re.compile(r"[\w'’-]+(?: [\w'’-]+){0,2}")
"""A forum poster's title: up to three words, no sentence's stop."""
FIGURE = re.compile(r"[\d,.]+k?")
"""A bare count, "1.4k": a poster's number of posts in a forum's panel."""
_POSTS = re.compile(r"[\d,]+ posts")
_GROUP = re.compile(r"(?:(?:senior|junior|new|full|active|advanced) )?members|moderators|administrators", re.IGNORECASE)
COUNTER = "counter"
WRITER_BIOGRAPHY = "author biography"
REPLY_BUTTON = "reply or vote button"
RECIPIENTS = "message's recipients"
_MAIL_BUTTONS = frozenset(("reply all", "reply to author"))
_MAIL_DATE = re.compile(r"\d:\d\d:\d\d\s*[AP]M$")
"""A discussion group's message date, to the second: "Sep 27, 2012, 6:18:44 PM"."""
_PAGER_WORDS = frozenset(("Newer", "Older"))
_PRESS_CONTACT = frozenset(("media enquiries", "press enquiries", "media contact", "press office", "media contacts"))
_CONTACT_LABEL = re.compile(
    r"(?:e-?mail|tel(?:ephone)?|phone|mobile|out of hours)\s*:\s*"
    r"(?:[\w.+-]+@[\w.-]+|\[(?:email|phone) removed\]|\+?[\d() -]{7,20})\.?",
    re.IGNORECASE,
)
_CALL_US = re.compile(r"(?:call|phone|ring) us(?: on|:)? (?:\+?[\d() -]{7,20}|\[phone removed\])", re.IGNORECASE)
_TOP_BAR = 6
"""How many lines down a site's contact bar may stand, over its masthead."""
NAVIGATION = "navigation"
FOOTER = "site footer"
ADVERT = "advert"
FOLLOW = "share or follow widget"
SUBSCRIBE = "subscription prompt"
COOKIE = "cookie notice"
_LABELLED: tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...] = (
    # A forum's poster panel prints each figure under its label ("Joined" / "Feb 11, 2009").
    # (A count's label only over a figure: a site's menu may run "Messages" / "Post".)
    (
        PROFILE,
        re.compile(r"(?:joined|join date|location)\s*", re.I),
        re.compile(r"[\d,.]+|.{0,30}\d{4}|[\w ,'-]{1,30}"),
    ),
    (PROFILE, re.compile(rf"(?:{_COUNTED})\s*", re.I), re.compile(r"[\d,.]+[km]?", re.I)),
    # A news site's "Image caption," (or its "Image source, X" where no label follows) over the caption.
    ("image caption", re.compile(r"(?:image|media) caption,?\s*|image source,.*", re.I), re.compile(r".{1,300}")),
    # A paper's call for stories over how to send them ("Email us at … or call …").
    (
        "page notice",
        re.compile(_STORY_CALL, re.I),
        re.compile(r"(?:e-?mail|call|ring|contact|message|whatsapp) us\b.{1,300}", re.I),
    ),
    # Substack's "Discover more from X" over the publication's one-line description.
    ("subscription prompt", re.compile(r"discover more from .{1,60}", re.I), re.compile(r"[^\n]{1,200}")),
)
"""Furniture labels whose value a layout prints on the next line: (reason, label, value)."""


_FOLLOW_NAME = re.compile(r"Follow [A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,5}")
"""A button naming the site or the writer to follow: "Follow The Wrekin Courier", "Follow Rachel"."""


def _is_channel(text: str, following: str) -> bool:
    short = 0 < len(text.split()) <= 4 and not text.endswith((".", "?", "!"))
    return short and re.fullmatch(_AUDIENCE, following.lower()) is not None and read_byline(text) is None


_CREDITS = "credits"
_ALONGSIDE = re.compile(r"(?:reading|listening to|watching|playing): .{1,40}$", re.IGNORECASE)
_LABELS = frozenset(("Category", "Categories", "Tags", "Labels", "Language", "License", "Licence"))


def _ends_paragraph(text: str) -> bool:
    """A sentence of some length: the article's last paragraph, under which a box of other stories starts."""
    return text.endswith(".") and text.count(" ") >= 8


_TRANSLATE = frozenset(("translate", "language", "languages", "select language", "choose language"))
_LANGUAGES = frozenset(
    (
        *("english", "español", "français", "deutsch", "italiano", "polski", "português", "română", "türkçe"),
        *("nederlands", "svenska", "dansk", "norsk", "suomi", "čeština", "slovenčina", "magyar", "cymraeg"),
        *("gaeilge", "ελληνικά", "русский", "українська", "العربية", "اردو", "中文", "日本語", "한국어", "हिन्दी"),
        *("বাংলা", "ਪੰਜਾਬੀ", "urdu", "arabic", "polish", "romanian", "punjabi", "bengali", "somali"),
    )
)
"""Languages as a translation menu names them, mostly in their own words."""
_FILE_SIZE = re.compile(r"\d ?[km]b$")


_STARTER = re.compile(r"Started by [^,·|\d]{2,40}")
_ADDRESSEES = frozenset(("decision makers", "decision maker"))
_ACCOUNT_BUTTONS = frozenset(("log in", "login", "sign in", "register"))


def _choice(text: str) -> bool:
    """A box's choice or button: a word or two, no sentence ("Monthly", "Continue")."""
    return len(text) <= 20 and text.count(" ") <= 1 and text[-1:] not in ".!?:"


def panel_values(texts: list[str], reasons: list[str | None]) -> None:
    """Mark the value printed under a furniture label (a poster panel's, a caption's) as furniture too.

    (Each pattern below is tried after a cheap test of the line's length, its first or last character or
    its neighbours' reasons, which most lines, a comment's or an article's text, fail: this loop sees
    every line of every page.)
    """
    speakers: list[int] = []
    # A list of threads, each title over "Started by NAME" (a forum's widget beside an article, or its
    # similar threads); one such line is a petition's starter, its byline.
    started = [i for i, text in enumerate(texts) if text[:11] == "Started by " and _STARTER.fullmatch(text)]
    for i in started if len(started) >= 2 else ():
        reasons[i] = reasons[i] or RELATED
        if i and reasons[i - 1] is None and len(texts[i - 1]) <= SHORT_LINE:
            reasons[i - 1] = RELATED
    for i in range(len(texts) - 1):
        # A photo's caption closed by its picture desk in capitals: "… earlier this year (Almanac
        # Pictures)". (First, as the boxes' rules below read their neighbours.)
        if reasons[i] is None and texts[i][-1:] == ")" and _DESK_CREDIT.fullmatch(texts[i]):
            reasons[i] = "image caption"
        if texts[i] in ("▲", "▼") and texts[i + 1].isdigit():
            reasons[i] = REPLY_BUTTON  # Lobsters' vote arrow over a story's or a comment's score
        if len(texts[i]) <= 8 and texts[i].lower() in _SORT and _SORT_CHOICE.fullmatch(texts[i + 1].lower()):
            reasons[i] = reasons[i + 1] = "comment form"  # "Sort" over its choice, not a list's heading
        # A channel's name over its count of followers ("Northern Lens Docs" / "186K subscribers");
        # Medium's "Written by …" there is the article's byline, and so is a video's channel under
        # its title, which ``fields.find_fields`` takes back as the byline.
        # So is "Follow Severnside Express" over the networks it may be followed on ("Facebook").
        if (
            reasons[i] is None
            and reasons[i + 1] == FOLLOW
            and (_is_channel(texts[i], texts[i + 1]) or _FOLLOW_NAME.fullmatch(texts[i]))
        ):
            reasons[i] = FOLLOW
        # A translation menu's languages under its label, each named in its own words ("Translate" /
        # "English" / "Español" / …): alone, a list of languages may be an article's.
        if reasons[i] is not None and texts[i].lower() in _TRANSLATE and texts[i + 1].lower() in _LANGUAGES:
            k = i + 1
            while k < len(texts) and (texts[k].lower() in _LANGUAGES):
                reasons[k] = NAVIGATION
                k += 1
        # A donation box's choices between its appeal and its last button ("… we have a small favour
        # to ask" / "Single" / "Monthly" / "Annual" / "Continue" / "Remind me in November").
        if reasons[i] == SUBSCRIBE and reasons[i + 1] is None:
            k = i + 1
            while k < min(i + 7, len(texts)) and reasons[k] is None and _choice(texts[k]):
                k += 1
            if k < len(texts) and reasons[k] == SUBSCRIBE:
                reasons[i + 1 : k] = [SUBSCRIBE] * (k - i - 1)
        # A forum's table of related threads under its heading: the columns' names ("Thread" /
        # "Author" / "Replies" / "Views" / "Last Post"), then its rows, down to the next chrome.
        if reasons[i] == LIST_HEADING and texts[i + 1].lower() in _TABLE_COLUMNS:
            k = i + 1
            while k < len(texts) and texts[k].lower() in _TABLE_COLUMNS:
                k += 1
            if k - i > 3:
                reasons[i + 1 : k] = [LIST_HEADING] * (k - i - 1)
                while k < min(i + 80, len(texts)) and reasons[k] in (None, COUNTER):
                    reasons[k] = RELATED
                    k += 1
        # The previous and next posts' titles under WordPress's "Post navigation" (a title closes
        # with no full stop).
        if reasons[i] == NAVIGATION and texts[i].lower() in _POST_NAVIGATION:
            for k in range(i + 1, min(i + 3, len(texts))):
                if reasons[k] is not None or texts[k].endswith(".") or len(texts[k]) > SHORT_LINE:
                    break
                if COMMENT_HEADER.fullmatch(texts[k]):
                    break  # (a post with no neighbour on one side: its comments follow)
                reasons[k] = NAVIGATION
        # A consent banner's heading over its notice ("Your privacy choices"), new Reddit's "Award"
        # between a comment's buttons and its link to the community under "r/NAME", vBulletin 3's
        # post icon ("Default") under the poster's panel: alone, each may head a paragraph.
        if (
            reasons[i] is None
            and reasons[i + 1] == COOKIE
            and texts[i].lower() in ("your privacy", "your privacy choices", "your privacy, your choice")
        ):
            reasons[i] = COOKIE
        if i and reasons[i] is None and texts[i] == "Award" and reasons[i - 1] == REPLY_BUTTON and reasons[i + 1]:
            reasons[i] = REPLY_BUTTON
        # A discussion group's message head: the recipients over the mail buttons, "Forward" under
        # them ("to Pennine Governors" / "Reply all" / "Reply to author" / "Forward"); alone, either
        # may be writing.
        if i and reasons[i] is None and texts[i] == "Forward" and texts[i - 1].lower() in _MAIL_BUTTONS:
            reasons[i] = REPLY_BUTTON
        if reasons[i] is None and (
            (texts[i][:3] == "to " and len(texts[i]) <= 80 and texts[i + 1].lower() in _MAIL_BUTTONS)
            or (texts[i] == "to" and i and _MAIL_DATE.search(texts[i - 1]))  # (the list's name left out)
        ):
            reasons[i] = RECIPIENTS
        if i and reasons[i] is None and texts[i][:6] == "Go to " and texts[i - 1] == "r/" + texts[i][6:]:
            reasons[i] = NAVIGATION
        if i and reasons[i] is None and texts[i] == "Default" and reasons[i - 1] == PROFILE:
            reasons[i] = PROFILE
        # Simple Machines' jump menu: "Jump to:" over "=> BOARD", one board a line.
        if i and reasons[i] is None and texts[i][:3] == "=> " and len(texts[i]) <= 43:
            above = texts[i - 1]
            if above.lower().startswith("jump to") or (above[:3] == "=> " and reasons[i - 1] == NAVIGATION):
                reasons[i] = NAVIGATION
        if i and reasons[i] == NAVIGATION and texts[i] == "Trending" and _ends_paragraph(texts[i - 1]):
            reasons[i] = LIST_HEADING  # under the article's last paragraph, a box of other stories, no menu's item
        if i and texts[i] in ("posts", "post") and FIGURE.fullmatch(texts[i - 1]):
            reasons[i - 1] = reasons[i] = PROFILE  # Invision's count of posts over its word ("214" / "posts")
        if i and reasons[i] is None and texts[i] == "Profile" and reasons[i - 1] == reasons[i + 1] == REPLY_BUTTON:
            reasons[i] = REPLY_BUTTON  # phpBB's button beside "Top" under a post
        # A consent banner's answers ("Yes, I'm happy", "OK", "More info"), which on their own may
        # as well be a comment.
        if reasons[i] == COOKIE and reasons[i + 1] is None and _CONSENT.fullmatch(texts[i + 1]):
            reasons[i + 1] = COOKIE
        # A sign-up box's closing words under its form or appeal ("Sign Up" / "We respect your privacy.",
        # "We are funded by our readers …" / "Become a supporter"); on their own, a page's heading.
        if reasons[i] == SUBSCRIBE and reasons[i + 1] is None and _BOX_CLOSE.fullmatch(texts[i + 1]):
            reasons[i + 1] = SUBSCRIBE
        # A newsletter box's heading over its form ("Sign up for Marches Dispatch" / blurb / "Subscribe").
        if reasons[i] is None and SUBSCRIBE in reasons[i + 1 : i + 3] and _SIGN_UP.fullmatch(texts[i]):
            reasons[i] = SUBSCRIBE
        # Its blurb between its heading and its form ("Read articles … directly inside your inbox.").
        # (Not the headline under the page's log-in button, over a petition's count of signatures.)
        blurb = i and reasons[i] is None and reasons[i - 1] == reasons[i + 1] == SUBSCRIBE and len(texts[i]) <= 300
        if blurb and texts[i - 1].lower() not in _ACCOUNT_BUTTONS:
            reasons[i] = SUBSCRIBE
        # Its field's example address under the blurb, over the button ("jamie@example.com").
        boxed = i > 1 and reasons[i - 2] == reasons[i + 1] == SUBSCRIBE and reasons[i - 1] is reasons[i] is None
        if boxed and "@" in texts[i] and _PLACEHOLDER_ADDRESS.fullmatch(texts[i]) and len(texts[i - 1]) <= 300:
            reasons[i - 1] = reasons[i] = SUBSCRIBE
        # An appeal's heading over it ("Before you go..."); alone, a guide's heading.
        if reasons[i] is None and reasons[i + 1] == SUBSCRIBE and texts[i].lower().rstrip(".…: ") == "before you go":
            reasons[i] = SUBSCRIBE
        # A tabloid's box of its other stories in the text, headed in capitals ("READ MORE ON ROTHERHAM").
        if reasons[i] is None and texts[i][:13] == "READ MORE ON " and texts[i].isupper() and len(texts[i]) <= 60:
            reasons[i] = LIST_HEADING
        # A paper's paid tier over its button ("Almanac Premium" / "Subscribe"); alone, a masthead's word.
        if reasons[i] is None and texts[i].endswith(" Premium") and reasons[i + 1] == SUBSCRIBE and len(texts[i]) <= 40:
            reasons[i] = SUBSCRIBE
        # A broadcaster's account link over its "Sign in" ("Beacon iD"); alone, it may be a masthead.
        if reasons[i] is None and texts[i].endswith(" iD") and reasons[i + 1] == SUBSCRIBE and len(texts[i]) <= 40:
            reasons[i] = SUBSCRIBE
        # What a journal's writer was reading or hearing, beside their mood (DeviantArt's "Mood:", "Reading:").
        if reasons[i] == PROFILE and texts[i][:6] == "Mood: " and _ALONGSIDE.match(texts[i + 1]):
            reasons[i + 1] = PROFILE
        # A video's credits, a name over its role, as far as the next label ("Category", "Tags").
        if texts[i] == "Credits" and reasons[i] is None:
            k = i + 1
            while (
                k < min(len(texts), i + 13) and reasons[k] is None and len(texts[k]) <= 40 and texts[k] not in _LABELS
            ):
                k += 1
            if k > i + 2 and (k == len(texts) or reasons[k] is not None or texts[k] in _LABELS):
                reasons[i:k] = [_CREDITS] * (k - i)
        if texts[i].startswith(PHOTO_OF) and reasons[i] is None and texts[i + 1] == texts[i][len(PHOTO_OF) :]:
            speakers.append(i)
        if reasons[i] == NAVIGATION and texts[i].lower() in _SUBREDDITS:
            _subreddit_bar(texts, reasons, i)
        # Simple Machines' log-in box: its choice of how long to stay logged in ("1 Hour" … "Forever").
        if texts[i] == "Forever" and reasons[i] is None:
            k = i
            while k and _SESSION_LENGTH.fullmatch(texts[k - 1]):
                k -= 1
            log_in = (i + 1 < len(texts) and reasons[i + 1] == SUBSCRIBE) or (k > 0 and reasons[k - 1] is not None)
            if i - k >= 2 and log_in:  # (beside the box's other lines: alone, a poll's choices)
                reasons[k : i + 1] = [SUBSCRIBE] * (i + 1 - k)
        if reasons[i] is None and texts[i] in KEY_EVENTS:
            _key_events(texts, reasons, i)
        # A subreddit's sidebar, from its count of readers online to its age: blurb and rules.
        if texts[i][-1] in "wW" and _ONLINE.fullmatch(texts[i]) and (age := _sidebar_end(texts, i)) is not None:
            for k in range(i + 1, age):
                reasons[k] = reasons[k] or "subreddit sidebar"
        # A petition's heading over its signers' words and its prompt ("Reasons for signing" / "See why
        # other supporters are signing"); alone, an article's sub-heading. Its addressees under their
        # heading, under the page's chrome ("Report a policy violation" / "Decision Makers").
        if reasons[i] is None and reasons[i + 1] is not None and texts[i].lower() == "reasons for signing":
            reasons[i] = "comment form"
        if i and reasons[i] is None and reasons[i - 1] is not None and texts[i].lower() in _ADDRESSEES:
            reasons[i] = LIST_HEADING
        # Tumblr's heading over a post's notes ("Notes" / "moorlandmouse liked this"); alone, a heading.
        if reasons[i] is None and texts[i] == "Notes" and reasons[i + 1] == FOLLOW:
            reasons[i] = FOLLOW
        # A photo's caption between the page's chrome and its credit ("Photo: Dales Image Library"),
        # where the article opens with its picture: the caption is no paragraph of it.
        if (
            reasons[i + 1] == "image caption"
            and i
            and reasons[i] is None
            and reasons[i - 1] is not None
            and len(texts[i]) <= 300
            and _CREDIT_LINE.match(texts[i + 1])
        ):
            reasons[i] = "image caption"
        # A pager's bare "Newer" / "Older": beside "Newest" or "Oldest", under other chrome (a post's likes) or
        # a line under its partner; alone, a word of the text ("Older" heading a paragraph, an answer).
        if (
            reasons[i] is None
            and texts[i] in _PAGER_WORDS
            and i
            and (
                "Newest" in texts[i - 1 : i + 2]
                or "Oldest" in texts[i - 1 : i + 2]
                or reasons[i - 1] not in (None, NAVIGATION)
                or (i > 1 and texts[i - 2] in _PAGER_WORDS and reasons[i - 2] == NAVIGATION)
            )
        ):
            reasons[i] = NAVIGATION
        # A press release's contact box under the text: "Media enquiries" over "Email: …" / "Telephone: …".
        if reasons[i] is None and texts[i][:5] in ("Media", "Press") and texts[i].lower() in _PRESS_CONTACT:
            k = i + 1
            while k < len(texts) and reasons[k] is None and _CONTACT_LABEL.fullmatch(texts[k]):
                reasons[k] = CONTACT_BAR
                k += 1
            if k > i + 1:
                reasons[i] = CONTACT_BAR
        # A charity's or firm's contact bar over its masthead, under the page's first chrome or over its
        # address ("Call us on 01632 960247" / "info@…"); in its text, advice.
        if (
            i < _TOP_BAR
            and reasons[i] is None
            and texts[i][:1] in "CcPpRr"
            and (i == 0 or reasons[i - 1] is not None or "@" in texts[i + 1])
            and _CALL_US.fullmatch(texts[i])
        ):
            reasons[i] = CONTACT_BAR
        # A paper's photo credit in capitals, alone under the standfirst (a long line with no full stop):
        # "JASPER ORLU FOR THE TIMES", "RICHARD POHLE/THE TIMES"; under a paragraph, such a line is a heading.
        if (
            i
            and reasons[i] is None
            and texts[i][-1:].isupper()
            and texts[i].isupper()
            and _PAPER_CREDIT.fullmatch(texts[i])
            and texts[i - 1].count(" ") >= 9
            and texts[i - 1][-1:] not in ".!?:"
        ):
            reasons[i] = "image caption"
        # The description under a group's "About this group", a writer's interests under an academic
        # site's "Disclosure statement".
        if reasons[i] is not None and reasons[i + 1] is None and _OVER_ITS_VALUE.fullmatch(texts[i]):
            reasons[i + 1] = reasons[i]
        # A theme's author box under the post: "Published by NAME" / a line about them / "View all of NAME's posts."
        if texts[i][:13] == "Published by " and i + 2 < len(texts) and texts[i + 2] in _all_posts(texts[i][13:]):
            reasons[i] = reasons[i + 1] = reasons[i + 2] = WRITER_BIOGRAPHY
        # A social network's page's "Intro" box: its description, over the page's kind ("Page · Politician").
        if texts[i] == "Intro" and reasons[i + 1] is None and i + 2 < len(texts) and _PAGE_KIND.fullmatch(texts[i + 2]):
            reasons[i] = reasons[i + 1] = reasons[i + 2] = "journal sidebar"
        # A forum's topic map labels its figures in lower case ("created" / "20 Oct '22", "734" / "users").
        if (
            reasons[i] in (None, COUNTER)  # ("last reply" alone is NodeBB's link)
            and texts[i] in _MAP_DATES
            and (_AGE.fullmatch(texts[i + 1]) or is_dateline(texts[i + 1]))
        ):
            reasons[i] = reasons[i + 1] = COUNTER
        if reasons[i] is None and texts[i] in _MAP_LABELS and i and reasons[i - 1] == COUNTER:
            reasons[i] = COUNTER
        # A paper's "Read more" box inside the story: the headlines it links to, up to the next paragraph.
        # (Not a cookie notice's link, under its buttons.)
        if reasons[i] == NAVIGATION and texts[i].lower() == "read more" and i and reasons[i - 1] is None:
            # (Or the teaser over it, its section after a bar: "The Lantern view on …: the hard part
            # starts now | Editorial".)
            teaser, bar, section = texts[i - 1].rpartition(" | ")
            if bar and len(section.split()) <= 2 and section[:1].isupper() and teaser[-1:] not in ".!?":
                reasons[i - 1] = STORY_LINK
            for k in range(i + 1, min(i + 4, len(texts))):
                if reasons[k] is not None or not _headline_like(texts[k]):
                    break
                reasons[k] = STORY_LINK
        # A sign-up box inside the text: its heading, blurb and address field over its button (Ghost's).
        if reasons[i] is None and texts[i][:11].lower() == "sign up for" and len(texts[i].split()) <= 8:
            end = next((k for k in range(i + 1, min(i + 4, len(texts))) if texts[k].lower() == "subscribe"), None)
            if end is not None:
                reasons[i:end] = [SUBSCRIBE] * (end - i)
        # A card's count of comments under its views (Wix's recent posts: "31 views" / "0 comments").
        if (
            reasons[i] == COUNTER
            and texts[i][-6:] == " views"
            and reasons[i + 1] is None
            and _COMMENTS_COUNTED.fullmatch(texts[i + 1])
        ):
            reasons[i + 1] = COUNTER
        # A link to the thread, perhaps with its count, among the share buttons over an article
        # ("Share" / "Comments" / "412", "Comments" / "Bookmark" / "Share").
        if texts[i] == "Comments" and reasons[i] is None:
            if reasons[i + 1] == COUNTER and i and reasons[i - 1] == FOLLOW:
                reasons[i] = COUNTER
            elif reasons[i + 1] in (FOLLOW, REPLY_BUTTON) and i + 2 < len(texts) and reasons[i + 2] == FOLLOW:
                reasons[i] = FOLLOW
        # Substack's "Launched 2 years ago" under "Subscribe to …" (not a heading of that name).
        if reasons[i] is None and i and reasons[i - 1] == SUBSCRIBE and _LAUNCHED_LINE.fullmatch(texts[i]):
            reasons[i] = SUBSCRIBE
        # An attached file's name over its box's label ("Reports explained.pdf" / "Embedded Files").
        if reasons[i] is None and texts[i + 1].lower() == "embedded files" and _FILE_NAME.fullmatch(texts[i]):
            reasons[i] = NAVIGATION
        # DEV's comment menu: "Copy link" / "Hide" (on its own, a word of the text).
        if reasons[i] is not None and texts[i + 1] == "Hide" and texts[i].lower() == "copy link":
            reasons[i + 1] = reasons[i]
        # A share row's "X" (Twitter's new name), only among the row: an essay's tenth part is "X" too.
        if reasons[i] is None and texts[i] == "X" and FOLLOW in (reasons[i - 1] if i else None, reasons[i + 1]):
            reasons[i] = FOLLOW
        # JComments' rating, under a comment's buttons or over the next head ("#2 …").
        # A question-and-answer site's score over an answer, under the last one's "Add a comment".
        if reasons[i] is None and texts[i][0] in "+-" and _rated(texts, reasons, i) and _RATING.fullmatch(texts[i]):
            reasons[i] = COUNTER
        # Invision's group name over the poster's count ("Members" / "1.4k" or "386 posts", or the
        # reputation over the posts, "312" / "1,204 posts"; "Moderators", on its own a subreddit
        # sidebar's heading).
        if reasons[i] in (None, NAVIGATION) and len(texts[i]) <= 16 and _GROUP.fullmatch(texts[i]):
            if FIGURE.fullmatch(texts[i + 1]):
                reasons[i] = PROFILE
                if i + 2 < len(texts) and _POSTS.fullmatch(texts[i + 2]):
                    reasons[i + 2] = PROFILE
            elif _POSTS.fullmatch(texts[i + 1]):
                reasons[i] = reasons[i + 1] = PROFILE
        # vBulletin's user title under "NAME is offline", whatever the forum calls it ("Banned", "Dale fan").
        if (
            reasons[i] == PROFILE
            and reasons[i + 1] is None
            and texts[i].endswith(_PRESENCE)
            and _TITLE.fullmatch(texts[i + 1])
        ):
            reasons[i + 1] = PROFILE
        # A comment's vote buttons under its rating ("Rating 214" / "+" / "-").
        if reasons[i] == REPLY_BUTTON and reasons[i + 1] is None and texts[i + 1] in ("+", "-"):
            reasons[i + 1] = REPLY_BUTTON
        # A professional network's reactions, named after its "Like" ("Celebrate", "Support"), and its
        # "Comment" between "Like" and "Share": buttons, not tags or the thread's heading.
        if reasons[i] == REPLY_BUTTON and (lowered := texts[i].lower()) in _REACTIONS:
            following = texts[i + 1].lower()
            named = following in _REACTIONS
            button = following == "comment" and lowered == "like" and texts[i + 2 : i + 3] == ["Share"]
            if reasons[i + 1] in (None, "comment form") and (named or button):
                reasons[i + 1] = REPLY_BUTTON
        # XenForo's title a member gave themselves ("Registered social worker"), under the handle, over
        # the panel's first label.
        if (
            reasons[i] is None
            and " " in texts[i]
            and i > 1
            and reasons[i - 1] is None
            and reasons[i - 2] is not None  # (the handle under the post above's buttons)
            and " " not in texts[i - 1]
            and reasons[i + 1] == PROFILE
            and PANEL_LABEL.fullmatch(texts[i + 1])
            and len(texts[i].split()) <= 5
            and not texts[i].endswith((".", "!", "?"))
        ):
            reasons[i] = PROFILE
        # vBulletin's "Posts" over the poster's count, among the panel's other labels ("Join Date" / "Mar 2009").
        if (
            reasons[i] is None
            and texts[i] == "Posts"
            and i
            and reasons[i - 1] == PROFILE
            and FIGURE.fullmatch(texts[i + 1])
        ):
            reasons[i] = PROFILE
        # Who reacted to a post, under its buttons or over them (XenForo's "Heather_R, Fred W and 3 others").
        if reasons[i] == REPLY_BUTTON and reasons[i + 1] is None and _REACTED.fullmatch(texts[i + 1]):
            reasons[i + 1] = REPLY_BUTTON
        # (Over them, only names: "I've emailed my MP and 2 others" is a sentence.)
        over = reasons[i] is None and reasons[i + 1] == REPLY_BUTTON and texts[i][-7:] == " others"
        if over and _REACTORS.fullmatch(texts[i]):
            reasons[i] = REPLY_BUTTON
        # A paper's tabs over its thread ("All" / "Picks"), its heading over the comment form.
        if texts[i] == "All" and texts[i + 1] == "Picks":
            reasons[i] = reasons[i + 1] = "comment form"
        # The heading over a paper's comment widget (over its form or its count of comments), not
        # a sub-heading of the article's asking readers to write in.
        if (
            len(texts[i]) == 21
            and texts[i].lower() == "join the conversation"
            and ("comment form" in reasons[i + 1 : i + 3] or COMMENT_HEADER.fullmatch(texts[i + 1]))
        ):
            reasons[i] = "comment form"
        # A question-and-answer site's signature under a post: the date, the name, then the name's
        # reputation and badge counts ("answered Sep 4 '14 at 12:30" / "Deborah Osei" / "8,412" / "4").
        if texts[i][:1] in "aA" and _SIGNATURE.fullmatch(texts[i]):
            for k in range(i + 2, min(i + 6, len(texts))):
                if not FIGURE.fullmatch(texts[k]):
                    break
                reasons[k] = PROFILE
        # A video's chapters under their heading, each title over its time ("Chapters" / "View all" /
        # "Who the recommendations are addressed to" / "1:52"), which repeat the description's list.
        if reasons[i] is None and texts[i].lower() == "chapters" and (end := _chapters_end(texts, reasons, i)):
            reasons[i:end] = [VIDEO] * (end - i)
        if reasons[i] is None and texts[i].lower() == "transcript" and reasons[i + 1] == VIDEO:
            reasons[i] = VIDEO
        # A clip's length and title under its player's notice ("1:47" / "What happens when …?"; under
        # "Media playback is unsupported …", a live blog's time and entry).
        noticed = texts[i][:11] == "Please use " and reasons[i] == VIDEO and reasons[i + 1] is None
        if noticed and _PLAYED_AT.fullmatch(texts[i + 1]):
            reasons[i + 1] = VIDEO
            titled = i + 2 < len(texts) and reasons[i + 2] is None and len(texts[i + 2]) <= 100
            if titled and not texts[i + 2].endswith("."):
                reasons[i + 2] = VIDEO
        # A pager's links: "Previous" / its title / "Next" / its title (Squarespace).
        if reasons[i] == NAVIGATION and reasons[i + 1] is None and _pager_title(texts, i):
            reasons[i + 1] = NAVIGATION
        if reasons[i] is None or reasons[i + 1] not in (None, COUNTER):
            continue
        for reason, label, value in _LABELLED:
            if reasons[i] == reason and label.fullmatch(texts[i]) and value.fullmatch(texts[i + 1]):
                reasons[i + 1] = reason
        # An advert's copy, between its "Sponsored by X" and its button ("Learn more").
        if reasons[i] == ADVERT and texts[i].lower().startswith("sponsored by "):
            end = next((j for j in range(i + 1, min(i + 5, len(texts))) if reasons[j] is not None), None)
            if end is not None and reasons[end] == ADVERT:
                reasons[i + 1 : end] = [ADVERT] * (end - i - 1)
        # A block of paid links under its "Sponsored" label: headline, advertiser, headline, … up to
        # the next chrome, none a sentence.
        if reasons[i] == ADVERT and texts[i].lower() in _PAID_LABELS:
            end = next((j for j in range(i + 1, min(i + 14, len(texts))) if reasons[j] is not None), None)
            if end is not None and end > i + 2 and all(_label_like(texts[j]) for j in range(i + 1, end)):
                reasons[i + 1 : end] = [ADVERT] * (end - i - 1)
        # A forum prints the poster's rank as stars under the rank's name.
        if reasons[i] == PROFILE and _STARS.fullmatch(texts[i + 1]):
            reasons[i + 1] = PROFILE
    # (A writer's avatar over the byline is one such photo, and a vox pop's or co-authors' pictures are
    # several: a debate's speakers are many, and the record times what they say.)
    timed = any(_SPOKEN_AT.fullmatch(texts[k]) for i in speakers for k in range(i + 2, min(i + 4, len(texts))))
    for i in speakers if len(speakers) >= 2 and timed else ():
        _speaker(texts, reasons, i)


_POST_NAVIGATION = {"post navigation", "posts navigation"}
VIDEO = "video player"
_FILE_NAME = re.compile(r"[^/\\]{1,60}\.(?:pdf|docx?|xlsx?|pptx?|odt)", re.IGNORECASE)
_PLAYED_AT = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")


_COMMENTS_COUNTED = re.compile(r"[\d,]+ comments?")


def _headline_like(text: str) -> bool:
    """A few words without a sentence's closing stop: another story's headline, not a paragraph nor a heading."""
    return text[-1] not in ".:,;" and 3 <= len(text.split()) <= 14


def _chapters_end(texts: list[str], reasons: list[str | None], i: int) -> int | None:
    """The end of a video's chapter carousel under its heading at ``i``: two titles or more, each over its time."""
    start = i + 1
    while start < len(texts) and reasons[start] is not None:
        start += 1  # "View all"
    end = start
    while end + 1 < len(texts) and len(texts[end]) <= SHORT_LINE and _PLAYED_AT.fullmatch(texts[end + 1]):
        end += 2
    return end if end - start >= 4 else None


def _rated(texts: list[str], reasons: list[str | None], i: int) -> bool:
    """Where a rating stands: under a comment's buttons, or over the next head ("#2 …")."""
    return (i > 0 and reasons[i - 1] in (REPLY_BUTTON, "comment form")) or texts[i + 1][:1] == "#"


def _pager_title(texts: list[str], i: int) -> bool:
    """Whether ``texts[i + 1]`` is a title under a pager's link ("Previous", "Older Post"), the other two lines off."""
    title = texts[i + 1]
    sentence = title.endswith((".", "!", "?")) and not title.endswith("...")  # (a link's title may be cut short)
    if len(title.split()) > 15 or sentence:
        return False
    word = texts[i].lower()
    if word in _PAGER:
        return i + 2 < len(texts) and texts[i + 2].lower() == _PAGER[word]
    return word in _PAGER.values() and i >= 2 and _PAGER.get(texts[i - 2].lower()) == word


_PAGER = {"previous": "next", "newer post": "older post", "previous post": "next post"}
"""A pager's two links, the first over the title it leads to, then the second over its own."""


_PAID_LABELS = frozenset(("sponsored", "sponsored content"))


def _label_like(text: str) -> bool:
    """A paid link's headline or its advertiser: short, no sentence, no byline or date (an article's head)."""
    short = len(text.split()) <= 12 and not text.endswith((".", "!", "?", ":"))
    return short and read_byline(text) is None and is_dateline(text) is None


_STARS = re.compile(r"[*★☆]{1,6}")
_BOX_CLOSE = re.compile(r"we respect your privacy\.?|become a (?:member|subscriber|supporter)|thank you!|show me", re.I)
_SIGN_UP = re.compile(r"sign up (?:for|to (?:our|the|my)) [\w'’ &-]{1,40}(?: to [^.!?]{1,80})?[.!]?", re.I)
"""A sign-up box's heading or blurb over its button: "Sign up for Marches Dispatch", "Sign up to our list to hear …"."""
_MAP_DATES = frozenset(("created", "last reply"))
_MAP_LABELS = frozenset(("users", "links"))
_AGE = re.compile(r"\d{1,2}[mhdwy]|[a-z]{3} ['’]\d\d", re.I)
"""How long ago a topic map says: "20h", "Jun '23"."""
_CONSENT = re.compile(
    r"yes,? i['’]m happy|ok(?:ay)?|(?:yes,? )?(?:i )?agree|do not accept|more info(?:rmation)?|(?:more |manage )?options|close"
    r"|no,? take me to settings",
    re.I,
)
_SORT = {"sort", "sort by", "sort by:"}
_PLACEHOLDER_ADDRESS = re.compile(r"[\w.+-]+@(?:example|domain|yourdomain|email)(?:\.[\w-]+)+")
"""A form's example address ("you@example.com"), no one's to write to."""
_SORT_CHOICE = re.compile(r"recommended|newest|oldest|top|best|popular|most (?:recent|relevant|liked)")


# Headings of lists of links to other pages: the short lines after them are the list.
LIST_HEADING = "related links heading"
RELATED = "related links"
"""The reason given to a list's entries."""
_TABLE_COLUMNS = frozenset(("thread", "topic", "author", "replies", "views", "last post", "activity", "started by"))

# Lines after which a page holds nothing of the document: the comment form and the footer.
# Only counted once the document's own text has begun and no comment follows.
END_OF_THREAD = re.compile(
    r"(?:leave a (?:reply|comment)(?: cancel reply)?\.?|post a comment|add new comment|add a comment|add your response|comments are (?:now )?closed(?: (?:for|on) this \w+)?\.?"
    r"|log in or register to post comments|preview|verify your comment|quick reply|add message"
    r"|display posts from previous:.*|comments are subject to .*|ready for more\?|more from .*|sign the petition"
    r"|"
    + _LOAD_MORE
    + r"|(?:facebook )?comments plugin|powered by .*|proudly powered by \w+|(?:proudly )?created with [\w.]+|\[?blog at wordpress\.com\.?\]?.*"
    r"|recommended from .*|also on .*|similar threads|possibly related threads|similar requests|things to do with this request|(?:suggested|related) topics|"
    + _MORE_COMMENTS
    + "|about community|see all responses"
    r"|create an account or sign in to comment|select a membership level|" + _MASTODON_SERVER + r")\s*",
    re.IGNORECASE,
)


# Furniture is short; a longer line is writing, and skipping it keeps cleaning linear in size.
MAX_FURNITURE_LENGTH = 400
# Lines past this length are only tried against the rules that match long notices, which all
# start with fixed words; leading-wildcard rules would otherwise scan every paragraph.
SHORT_LINE = 120
_LONG_MENU = 6
"""Separators in a row past a short line's length: a menu ("MyPlace | Home | Browse | … | Classifieds")."""

# The rules are written in lower case and matched against the lowered line: Python's engine
# matches case-insensitively at half the speed, and a search for words loses its fast scan.
_REASONS = tuple(reason for reason, _, _ in RULES)
_ANY = re.compile(
    "|".join(f"(?P<r{n}>(?:{'|'.join(patterns)})\\s*)" for n, (_, patterns, _) in enumerate(RULES) if patterns)
)
_ANYWHERE = tuple(
    (n, anywhere.words, re.compile(f"(?:{anywhere.pattern})\\s*"))
    for n, (_, _, anywheres) in enumerate(RULES)
    for anywhere in anywheres
)
_WORDS = re.compile("|".join(re.escape(word) for _, words, _ in _ANYWHERE for word in words))
_LONG = re.compile(
    rf"(?:become a member|most relevant is selected|want a quick and expert briefing|you can post now and register later|you must (?:log in|sign in|be logged in)|{_SUPPORT}|we are (?:funded|supported) by (?:our )?readers|we and our partners|with your permission we and our partners|you are receiving this email|select accept to consent|you received this (?:message|e-?mail) because|to unsubscribe from this group|this comment was removed|this post was flagged|message withdrawn at"
    r"|this (?:comment|message|post) (?:was|has been) (?:deleted|removed)|(?:comment|message|post) deleted by"
    r"|don't miss out|don't miss the biggest stories|sign up now|i want to subscribe to |sorry, there seem|comments (?:(?:on|for) this \w+ )?have been|this (?:discussion|entry) is (?:now )?closed for comments|if this is your first visit"
    r"|this email was sent to|want to change how you receive|press esc|use tab to navigate|anyone can (?:see|find) |having trouble (?:reading|viewing) this|hide this page|this website has not been|this site has not been|you are commenting using|by (?:continuing|clicking)"
    rf"|{_WE_USE_COOKIES}|the comments below have"
    r"|sign up to discover human|distraction-free reading|organi[sz]e your knowledge with|tell your story\. find"
    r"|privacy & cookies|to find out more, including|fill in your details|thanks for reading|this is only a preview"
    r"|comments are|all (?:posts|comments) (?:are|will be) |users browsing|[\d,]+ members? and [\d,]+ guests? |save my name, email|notify me of|your email address will not|the team •"
    r"|(?:feed )?you can follow this conversation|listed below are links|sign up to our|copyright|©|all times are"
    r"|powered by|use of this site constitutes|sign up for a free account|<\*> |this request has been closed to new|the request was |please sign in to leave a comment|join the community to add your comment|get every new post|we will use your email|want to join\b|new comments cannot be posted|(?:some of )?these cookies"
    r"|allow the use of cookies|by signing(?: up)?,? you (?:agree|accept)|this site is protected by recaptcha|by subscribing,? (?:i|you) agree|by posting your comment|sign in to comment\. |use the following search parameters"
    r"|did you know with a digital subscription|this article was funded by our readers|sign up to the|(?:got|do you have) a (?:story|news tip)|we want our comments|be respectful, keep it civil|please report any comments|page created in |the fine print: |if you have a website, link|at [\d,]+ signatures"
    r"|have you been affected by (?:the|any of the) issues raised|do you have an opinion on the issues|please include a contact number"
    r"|(?:printed and |published and )?promoted by|comment policy:|to comment on this|write something about yourself"
    r"|you have selected |\(this post was last modified: |view the declarations of interest |no annotations have been added|this (?:record|transcript) (?:is|was|has been) "
    r"|cookies?(?: notice| settings| policy)?: |you can change your (?:choices|mind|preferences|settings) at any time|news: "
    r"|you can update (?:your |subscription )?preferences|sign up with your email|sign up for a new account"
    r"|this discussion has been archived|text is available under|subscribe now and get|republish our articles"
    r"|by clicking [“\"]post your answer|not the answer you|what do you think of the answers|still have questions|we use your sign-up to provide"
    r"|are you sure you want to hide this comment|(?:read more|also read|read next):\s|the views expressed in the contents above|(?:every|a gift of|a donation of) [£$€]|this thread is not being |comments on this (?:piece|article|story|post) are |welcome to .{1,80}?if this is your first visit|(?:email sent! |great! )?check your inbox to (?:complete|confirm) your|(?:…|\.{3})\s*we have a small favou?r to ask"
    r"|we believe in the free flow of information\. republish|enjoying this (?:article|story)\? (?:try|subscribe|support|become|get|sign up)\b"
    r"|want to bookmark your favou?rite articles)"
)

_LONG_NAMED = re.compile(
    r"[\w.&' -]{1,40} uses cookies\b|[\w.&' -]{1,40} and (?:3rd|third) parties use (?:[\w-]+ ){0,3}cookies to provide\b|[\w' ]{1,40}(?:hasn't|has not|doesn't|does not) (?:checked|check|verify|verified|endorse) "
    r"|.{1,60} is a question and answer site for|[\w.&'’ -]{1,60} values your comments but kindly requests all (?:posts|comments) are on topic\b|[\w.&'’ -]{1,60} relies on |.{1,40} network consists of \d|"
    + _MASTODON_SERVER
    + "|"
    + _FUNDER
)
"""The long notices that open with a name of any length ("Meridian Media uses cookies", "… is a question
and answer site for …"): their pattern tries every length of the name, so it is tried only on a line
with a word one of them prints (``_opens_notice``)."""


# Long furniture whatever opens it, found by a phrase anywhere in the line: a footer that starts
# with the company's name, a caption that ends with its credit. (Looking for each phrase in turn
# is several times as fast as the engine's search for any of them.)
_FOUND_ANYWHERE = (
    "registered charity",
    "registered in england",
    "registered office:",
    "company limited by guarantee",
    "authorised and regulated by",
)


def furniture_reason(text: str, prose: bool = False) -> str | None:
    """The reason a line is furniture by its text alone, or ``None``.

    ``prose`` says the line reads as a sentence; such a line is furniture only if it opens like
    one of the long notices (cookies, comment forms, footers).
    """
    if prose or len(text) > SHORT_LINE:
        return _reason(text, prose)
    return _short_reason(text)


@lru_cache(maxsize=1 << 16)
def _short_reason(text: str) -> str | None:
    """A short line's reason, remembered across documents.

    A site prints the same buttons, labels and names on every page, and a short line is what
    the rules' one long alternation is tried on (running text is let through by a cheaper test,
    and is seldom printed twice).
    """
    return _reason(text, False)


def _reason(text: str, prose: bool) -> str | None:
    if len(text) > MAX_FURNITURE_LENGTH:
        return None
    lowered = text.lower()
    if (prose or len(text) > SHORT_LINE) and not _opens_notice(text, lowered):
        return None
    match = _ANY.fullmatch(lowered)
    # The earliest rule that matches gives the reason, as if all were one alternation.
    first = int(match.lastgroup[1:]) if match and match.lastgroup else len(RULES)
    if first > _ANYWHERE[0][0] and _WORDS.search(lowered):
        for n, words, pattern in _ANYWHERE:
            if n >= first:
                break
            if any(word in lowered for word in words) and pattern.fullmatch(lowered):
                first = n
    return _REASONS[first] if first < len(RULES) else None


_CAPTION_LABELS = ("photo:", "photograph:", "picture:", "image:")


def _one_sentence(text: str) -> bool:
    """A caption's one sentence, perhaps under a label of a few words ("Rotherham Town Hall. Inspectors found …")."""
    parts = text.split(". ")
    return len(parts) == 1 or (len(parts) == 2 and len(parts[0].split()) <= 4)


def _long_crumb(text: str) -> bool:
    """A breadcrumb too long for a short line: "Vale Natter › Local Issues › … › Oxfordshire review, a year on: …".

    Its first crumbs are names, every word capitalised ("Heywood & Middleton Community Board"), not a
    sentence's directions ("go to Council › Children's Services › …", "open Settings › Privacy › …").
    """
    for mark in (" » ", " › "):
        crumbs = text.split(mark)
        if len(crumbs) >= 3:
            # (A forum's board may be named in lower case after its first word: "Council watch".)
            named = all(word[0].isupper() or word == "&" for word in crumbs[0].split())
            capitals = all(word[0].isupper() or word == "&" for crumb in crumbs[:-1] for word in crumb.split())
            titled = not crumbs[-1].endswith(".")  # (a topic's title last, not a sentence running on)
            return capitals or (named and titled and all(c[:1].isupper() and len(c.split()) <= 4 for c in crumbs[1:-1]))
    return False


def _opens_notice(text: str, lowered: str) -> bool:
    """Whether a sentence or a long line may be one of the long notices (cookies, comment forms, footers).

    (Asked of every paragraph of every page, and a paragraph is seldom a notice: each pattern is tried
    only where a word it needs is in the line, which a scan for the word tells several times as fast.)
    """
    if _LONG.match(lowered) is not None or "we and our partners" in lowered:
        return True
    if lowered.endswith(" liked this.") or " changed the tags from " in lowered:
        return True  # (Flarum's notes among the posts, at sentence length)
    if text[:4] == "http" or (text[:1].isdigit() and ", " in text[5:12]):
        return True  # (a printed page's address and number, or the time and title over it)
    if text.count(" | ") >= _LONG_MENU or _long_crumb(text):
        return True  # a site's whole menu on one line, or a breadcrumb ending on a long title
    if ":" in text[-62:] and _CREDIT.search(text) is not None:
        return True
    if lowered[-2:] in ("kb", "mb") and _FILE_SIZE.search(lowered):
        return True  # (a paper's link with its file's size: "Appendix A, item 41. PDF 164 KB")
    if lowered.startswith(_CAPTION_LABELS) or (lowered.endswith(_CAPTION_CLOSES) and _one_sentence(text)):
        # A caption opening on its label, a sentence or two, or one sentence closed by its kind in
        # brackets (a paragraph with a caption stuck to its end is the paragraph's).
        return True
    if ("registered " in lowered or "limited by" in lowered or "authorised and" in lowered) and any(
        p in lowered for p in _FOUND_ANYWHERE
    ):
        return True
    # ("has not ", "does not " / "hasn't ", "doesn't ": ``_LONG_NAMED``'s words, a scan each.)
    named = "cookies" in lowered or "s not " in lowered or "sn't " in lowered or "answer site" in lowered
    named = named or "mastodon servers" in lowered or "provides funding as" in lowered or " relies on " in lowered
    named = named or "values your comments" in lowered
    if (named or "consists of" in lowered) and _LONG_NAMED.match(lowered) is not None:
        return True
    return "in or " in lowered[-30:] and _CLOSING_PROMPT.fullmatch(lowered) is not None


def control_rows(texts: list[str], reasons: list[str | None]) -> None:
    """Mark a short row of controls that are each furniture on their own ("Search | Sign in", "Share on X · Copy link").

    The navigation rule takes longer rows of any labels; this one takes rows of two to four known
    controls. A figure is no control: a table's row ("2014 | 212") is writing.
    """
    for i, text in enumerate(texts):
        if reasons[i] is None and (" | " in text or " · " in text) and len(text) <= SHORT_LINE:
            items = _ROW.split(text)
            if len(items) <= 4 and all(_is_control(item) for item in items):
                # (A comment's buttons, "Like · Reply · Report", are a reply button's row.)
                replies = any(furniture_reason(item) == REPLY_BUTTON for item in items)
                reasons[i] = REPLY_BUTTON if replies else NAVIGATION


_ROW = re.compile(r" [|·] ")


def _is_control(text: str) -> bool:
    text = text.strip(_PAGER_ARROWS)  # a pager's "<< Back to Blog | Newer Post >>"
    return any(ch.isalpha() for ch in text) and furniture_reason(text) not in (None, "counter")


_PAGER_ARROWS = "<>«»‹› "


POLL = "poll"
_TALLY = re.compile(r"[\d,]+ votes?(?:\. final results)?\.?", re.IGNORECASE)
_RESULT = re.compile(r"(.+?) \d{1,3}%")


_PAGE_OF = re.compile(r"page \d{1,4} of \d{1,4}", re.IGNORECASE)
_PAGE = re.compile(r"page \d{1,4}", re.IGNORECASE)
_AGENDA_ITEM = re.compile(r"agenda item \d{1,3}[a-z]?", re.IGNORECASE)
_MARKINGS = frozenset(("OFFICIAL", "OFFICIAL-SENSITIVE", "OFFICIAL SENSITIVE", "NOT PROTECTIVELY MARKED"))
"""A public body's protective marking, in capitals at the top and foot of each page of its documents."""


def printed_pages(texts: list[str], reasons: list[str | None]) -> None:
    """Mark what a document's text saved from its PDF prints on every page, marking to running head.

    Its protective marking, its number, the agenda pack's stamp ("Agenda Item 7"), only where the
    text shows it was a PDF's: a protective marking, or a page's "Page 1 of 3" beside
    the pack's own number ("Page 23"); a web page's "Agenda Item 2" heads its item. The running head
    is the line right under a page's foot that the text prints there each time ("Brackenholt MBC –
    Overview and Scrutiny Board – 24.03.2015"); once, it may as well be the next page's heading.
    """
    marked = [i for i, text in enumerate(texts) if text in _MARKINGS]
    numbered = [i for i, text in enumerate(texts) if text[:5] in ("Page ", "PAGE ") and _PAGE_OF.fullmatch(text)]
    if not marked and not any(
        _PAGE.fullmatch(texts[k]) for i in numbered for k in (i - 1, i + 1) if 0 <= k < len(texts)
    ):
        return
    for i, text in enumerate(texts):
        if reasons[i] in (None, NAVIGATION) and (i in marked or _PAGE.fullmatch(text) or _AGENDA_ITEM.fullmatch(text)):
            reasons[i] = PRINTED_PAGE
    under: dict[str, list[int]] = {}
    for i in range(1, len(texts)):
        if reasons[i] is None and reasons[i - 1] == PRINTED_PAGE:
            under.setdefault(texts[i], []).append(i)
    for found in under.values():
        for i in found if len(found) > 1 else ():
            reasons[i] = PRINTED_PAGE


def poll_results(texts: list[str], reasons: list[str | None]) -> None:
    """Mark a poll's choices, its tally and its results ("38 votes. Final results.", "You are NOT being unreasonable 92%").

    A parenting forum's thread opens with the poster's poll under their post. The results name
    the choices again, each with its share: that shows the lines over the tally are the poll's
    own buttons and not a reader's short lines, and the buttons show the figures are no
    article's (a by-election's "1,204 votes" over "Labour 52%" is its text). (A share with no
    choice named is left alone.)
    """
    for i, text in enumerate(texts):
        if reasons[i] is not None or not _TALLY.fullmatch(text):
            continue
        labels: set[str] = set()
        end = i + 1
        while end < len(texts) and reasons[end] is None and (result := _RESULT.fullmatch(texts[end])):
            labels.add(result[1])
            end += 1
        start = i
        while start > 0 and reasons[start - 1] is None and texts[start - 1] in labels:
            start -= 1
        if i - start < 2:
            continue
        for j in range(start, end):
            reasons[j] = POLL


ARCHIVE = "web archive toolbar"
_CAPTURES = re.compile(r"[\d,]+ captures?")
_ARCHIVE_BANNER = re.compile(r"the wayback machine - \S+", re.IGNORECASE)
_TOOLBAR_FOLDS = frozenset(("collapse", "expand"))
_TOOLBAR_SPAN = 40


def host_bar(texts: list[str], reasons: list[str | None]) -> None:
    """Mark a blog host's bar over the blog (Tumblr's): the blog's handle over "Follow" and "Sign up".

    The handle, in lower case, is the account's name, not the blog's, where the blog's title follows
    the bar.
    """
    if len(texts) < 5 or texts[1].lower() != "follow" or texts[2].lower() not in _HOST_JOIN:
        return
    below = 4 if texts[3].lower() in _HOST_JOIN else 3
    if _HANDLE.fullmatch(texts[0]) and texts[below][:1].isupper():  # (else the handle is the only name)
        for k in range(below):
            reasons[k] = NAVIGATION


_HOST_JOIN = frozenset(("sign up", "join tumblr", "log in"))
_HANDLE = re.compile(r"[a-z0-9][a-z0-9-]{1,31}")


def archive_toolbar(texts: list[str], reasons: list[str | None]) -> None:
    """Mark a web archive's toolbar over a captured page (the Wayback Machine's), and its banner.

    A page read from an archive opens with the archive's own controls: the captured address, "Go",
    "15 captures", the capture dates, a strip of months and years, "About this capture" and the
    collection's description down to "TIMESTAMPS". The count of captures among the first lines shows
    the toolbar; everything from the top to its end ("TIMESTAMPS", or else "About this capture" and
    the "collapse" / "expand" under it) is the archive's, not the page's. (The page's own "Expand"
    button further down is no end of it.)
    """
    if not any(_CAPTURES.fullmatch(text) for text in texts[:4]):
        return
    window = [text.lower() for text in texts[:_TOOLBAR_SPAN]]
    if "timestamps" in window:
        end = window.index("timestamps")
    elif "about this capture" in window:
        end = window.index("about this capture")
        while end + 1 < len(window) and window[end + 1] in _TOOLBAR_FOLDS:
            end += 1
    else:
        end = next(i for i, text in enumerate(texts) if _CAPTURES.fullmatch(text))
    for i in range(end + 1):
        reasons[i] = ARCHIVE
    for i in range(end + 1, min(end + 3, len(texts))):
        if _ARCHIVE_BANNER.fullmatch(texts[i]):
            reasons[i] = ARCHIVE


_TOPIC_TOOLS = frozenset(
    (
        "posts",
        "latest activity",
        "search",
        "filter",
        "time",
        "show",
        "collapse",
        "clear all",
        "new posts",
        "previous template next",
    )
)
_TOPIC_TOOL = re.compile(
    r"page(?: \d+)? of \d+|all time(?: today| last \w+)+|all \w+ only(?: \w+ only)*", re.IGNORECASE
)


def topic_toolbar(texts: list[str], reasons: list[str | None]) -> None:
    """Mark a forum's toolbar over a topic's posts (vBulletin 5's): its tabs, pager and filters.

    "Filtered by:" shows it; around it, only the toolbar's own words are taken ("Latest Activity",
    "Page of 1", "All Time Today Last Week Last Month", "Clear All"), each of which alone may be a
    page's own.
    """
    try:
        at = texts.index("Filtered by:")
    except ValueError:
        return
    start = end = at
    while start > 0 and _topic_tool(texts[start - 1]):
        start -= 1
    while end + 1 < len(texts) and _topic_tool(texts[end + 1]):
        end += 1
    for i in range(start, end + 1):
        reasons[i] = NAVIGATION


def _topic_tool(text: str) -> bool:
    return text.lower() in _TOPIC_TOOLS or _TOPIC_TOOL.fullmatch(text) is not None
