"""Which reports each document covers, with the sentences that show it.

All knowledge of the reports comes from the registry: each report's *aliases* (names that
identify it alone: "the Jay report") and *cues* (weaker signals that count only together:
"Professor Jay", "1,400 children", "Rotherham", its publication date written in the text).

A document covers a report when the evidence is strong enough together (``_covers``): a name
used more than in passing, or a name with cues, or many cues in a piece written in the weeks
after publication. The traps an archivist knows are rules here: nothing can discuss a report
before it exists, a report only announced ("will report next year") is not yet covered, and
a single nod ("like the Climbié case") is not discussion.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from text_unidecode import unidecode

from .alternation import any_of
from .cache import Entries, Pack, write_entry
from .describe import BARE_KINDS, Describer, Description, settle
from .model import Document, Links, Mention, Report
from .parallel import run, share, shared
from .related import Related, document_terms

_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_FUTURE = re.compile(
    r"\b(?:will (?:publish|report|be published)|due to (?:publish|report|be published)|expected to (?:publish|report)"
    r"|is expected|forthcoming|yet to (?:publish|report)|when it reports|awaits?|awaiting"
    r"|published (?:when|once) (?:it is |it's )?(?:complete|completed|finished))\b",
    re.IGNORECASE,
)
_REPORT_WORD = re.compile(
    r"\b(?:report|reports|review|reviews|inquiry|inquiries|investigation|inspection|findings|scr|research)\b",
    re.IGNORECASE,
)
_VERBS = (
    r"found|finds|says?|said|states?|stated|describes?|described|criticis\w*|criticiz\w*|conclud\w*"
    r"|estimat\w*|recommend\w*|reveal\w*|highlight\w*|shows?|showed|told|tells|warn(?:s|ed)|identifie[sd]"
    r"|argu(?:es|ed|ing)|(?:ask|call)(?:s|ed|ing)? for|look(?:s|ed|ing) at|examin(?:es|ed|ing)|focus+(?:es|ed|ing) on"
)
_DISCUSSION_VERB = re.compile(rf"\b(?:{_VERBS})\b", re.IGNORECASE)
"""Says what a report says or found."""
_DISCUSSION = re.compile(rf"\b(?:{_VERBS}|findings?|quotes?|read|reading|rereading)\b", re.IGNORECASE)
"""The same, or what a name needs to count as engaged with ("Professor Jay's findings")."""
_ASIDE = re.compile(
    r"\b(?:previously|formerly|earlier|later|best known|who (?:led|chaired|wrote)"
    r"|(?:gets?|got|receives?|earns?) (?:only )?an? (?:brief |passing |quick )?(?:mention|nod))\b",
    re.IGNORECASE,
)
_JUST_PUBLISHED = re.compile(
    r"\b(?:yesterday's|today's|this week's|last week's"
    r"|(?:published|released|out) (?:yesterday|today|this week|on \w+day))\b",
    re.IGNORECASE,
)
"""Says the report in the sentence has only just appeared (so it is no older report)."""
_NEWS_WHEN = re.compile(r"\b(?:today|yesterday|this week|this morning)\b", re.IGNORECASE)
_NEWS_WHAT = re.compile(r"\b(?:publish\w*|releas\w*|unveil\w*|launch\w*|came out)\b", re.IGNORECASE)
_PUBLISHED_THEN = re.compile(
    r"\b(?:published|released|came out) (?:(?:in|on) [^.]{0,20}?\b(?:19|20)\d\d\b"
    r"|last (?:month|year|spring|summer|autumn|winter))",
    re.IGNORECASE,
)
"""Dates a publication in the past ("the one published in January 2003", "published last month"): not news."""
_ANNIVERSARY = re.compile(r"\b(?:years?|months?) ago\b", re.IGNORECASE)
""""Ten years ago today": the day is an anniversary, not news."""
_RECENT_REFERENCE = re.compile(
    _JUST_PUBLISHED.pattern
    + r"|\b(?:yesterday|today|this week)\b.{0,40}\b(?:report|review|inquiry|inspection|findings)\b"
    r"|\b(?:report|review|inquiry|inspection)\b.{0,40}\b(?:yesterday|today|this week)\b"
    r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day's (?:publication|report)\b"
    r"|\b(?:came out|published|released) (?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:two|three|four|five|six|\d) days (?:since|after|ago)\b",
    re.IGNORECASE,
)
"""Refers to a report as recent, in any of the ways news and blogs do."""
_FRESH_DAYS = 7
"""A "yesterday's report" in a piece this many days after a report appeared refers to it."""
_ANAPHOR = re.compile(
    r"^(?:(?!report|review|inquiry)[\w,'’]+ ){0,4}?"
    r"(?P<it>(?:that|this|the) (?:report|review|inquiry|research))\b"
    r"|^(?-i:It) (?:also )?(?:found|finds|concluded|concludes|estimated|estimates|recommended|recommends"
    r"|identified|identifies)\b",
    re.IGNORECASE,
)
"""A sentence going on about the report the sentence before named: "That review found …", "It found …".

("It" only with what a report finds right after it: "It said …", "It makes …" may be the council.)
"""
_AUTHOR = r"[A-Z][\w'’-]+,\s+(?:(?:[A-Z]\.\s*)+|(?:Lord|Baroness|Dame|Sir|Professor)\s*)"
"""A cited author as a reference list prints one: "Munro, E.", "Laming, Lord"."""
_CITATION = re.compile(
    r"(?:\[?\d{1,3}[\].]?\s*\^?\s*)?"  # a footnote's number ("18. ^", "[3]")
    rf"(?:{_AUTHOR}(?:(?:,|and|&)\s*{_AUTHOR})*|(?:[A-Z][\w'’&-]*\s+){{1,8}})"
    r"\((?:19|20)\d\d[a-z]?\)[.,:]?\s+[A-Z\"“‘']"
)
"""A reference list's entry: "Munro, E. (2011) The Munro review of child protection: final report.",
"Haringey Local Safeguarding Children Board (2010) Serious case review: Child A." It names a work
and says nothing of it (a heading "Munro (2011)" over a section is not one: no title follows)."""
_LISTED_WORK = re.compile(
    r"(?:\([A-Z]\)\s*)?(?:[^.!?\s]+\s+){5,30}\((?:19|20)\d\d(?:\s*(?:and|&|–|-|,)\s*(?:19|20)?\d\d)*\)"
)
"""A reading list's entry: a work's title and its year, "(E) The Victoria Climbié Inquiry: Report
of an Inquiry by Lord Laming (2003)". Like a reference, it names the work without discussing it
(a section's heading, "Jay report (2014)", is shorter than a title)."""
_ENUMERATION = 3
"""A sentence naming this many reports or more is a list, not a discussion of any of them."""
_EVIDENCE = 3
_WINDOW_DAYS = 45
"""A piece written within this many days after a report appeared may describe it unnamed."""


def _fold_table() -> dict[int, str]:
    table = {ord(q): "'" for q in "‘’ʼ′"} | {ord(q): '"' for q in "“”″"} | {ord(d): "-" for d in "‐‑‒–—―"}
    for code in range(0xC0, 0x250):
        ascii_form = unidecode(chr(code))
        if ascii_form and ascii_form.isascii():
            table[code] = ascii_form
    return table


_FOLD = _fold_table()


def fold(text: str) -> str:
    """Case, accents and quote styles folded, so "Climbié's" matches "climbie's".

    A translation table built once does it in one C pass; transliterating every sentence was
    the linker's main cost.
    """
    return text.translate(_FOLD).lower()


@dataclass(frozen=True, slots=True)
class _Pattern:
    report: str
    strong: bool
    phrase: str
    distinctive: bool = False
    """A cue that belongs to this report alone in the registry ("Banardos", not "Rotherham")."""
    person: bool = False
    """The cue names a person who wrote the report; people write several, so it never describes one."""


_ROLE = re.compile(
    r"\bwho (?:had )?(?:(?:also|previously|once|later|earlier|already|of course) ){0,3}"
    r"(?:(?:chaired|led|headed|wrote|authored|conducted|ran) (?:the|an?|her|his)"
    r"|(?:did|carried out) (?:the|an?|her|his)(?= (?:[\w-]+ ){0,3}(?:inquiry|review|report|research|investigation)\b)"
    r"|inspected|investigated|reviewed) [^,;:.()]*"
    r"|\bwhose (?:(?:19|20)\d\d )?(?:[\w-]+ ){0,2}"
    r"(?:inquiry|review|report|inspection|investigation|research)\b[^,;:.()]*"
    r"|\b(?:also|previously|earlier) (?:led|chaired|headed|wrote|authored|conducted) (?:the|an?|her|his) "
    # (Not "… also led the inquiry that found …", "… which changed …", "… led the council to …":
    # telling of it, or of what it caused.)
    rf"(?![^,;:.()]*\b(?:{_VERBS}|which|that|to)\b)[^,;:.()]*+(?!,? (?:which|that)\b)"
)
"""A clause that says who a person is ("Lord Laming, who chaired the Victoria Climbié Inquiry,
said", "Baroness Casey, whose 2015 inspection of Rotherham council found it …, was asked", "Note:
Professor Jay also led the 2014 Rotherham inquiry."): it names a report to identify someone,
which is not writing about the report. (Without "who" or "also", "Lord Laming led the inquiry
into …" may as well begin its story.)"""


_SPEAKER = re.compile(
    r"\b(?:[\w'-]+ ){1,3}(?:spokesperson|spokeswoman|spokesman)s? (?:said|says|told|added|confirmed)\b"
)
"""An organisation speaking ("A Home Office spokesperson said"): the body as it is now, not a report
it once commissioned or wrote."""


_SPEAKS = re.compile(r"\s+(?:has |had )?(?:said|says|told|added|confirmed|announced)\b")
"""After a body that is a report's cue ("The Home Office said it would consider the report"):
the body speaking as it is now, which no more names the report than its spokesperson does."""


def _folded(sentence: str) -> str:
    """A sentence as the matcher reads it.

    Folded, and without the clauses that name a report or its maker only to say who someone is
    or who is speaking.
    """
    return _unrole(fold(sentence))


def _unrole(folded: str) -> str:
    return _SPEAKER.sub("", _ROLE.sub("", folded))


class Matcher:
    """All reports' names and cues compiled into one pattern, so each sentence is scanned once."""

    def __init__(self, reports: Sequence[Report]) -> None:
        self.reports = {r.id: r for r in reports}
        self.years = {r.id: r.year for r in reports}
        self.phrases: dict[str, list[_Pattern]] = {}
        for report in reports:
            for phrase, strong in [(a, True) for a in report.aliases] + [(c, False) for c in report.cues]:
                key = fold(phrase)
                if key:
                    self.phrases.setdefault(key, []).append(_Pattern(report.id, strong, key))
            for written in _date_forms(report.published):
                self.phrases.setdefault(written, []).append(_Pattern(report.id, False, "the publication date"))
        owners: dict[str, set[str]] = {}
        for key, patterns in self.phrases.items():
            owners.setdefault(key, set()).update(p.report for p in patterns)
        people = {r.id: {fold(a.split()[-1]) for a in r.authors if len(a.split()) > 1} for r in reports}
        for key, patterns in self.phrases.items():
            self.phrases[key] = [
                _Pattern(
                    p.report,
                    p.strong,
                    p.phrase,
                    not p.strong and len(owners[key]) == 1,
                    not p.strong and any(re.search(rf"\b{re.escape(n)}\b", key) for n in people[p.report]),
                )
                for p in patterns
            ]
        alternatives = list(self.phrases)
        # The leading look-behind makes the search fail at once inside words; measured 4x faster
        # than a pattern starting with the alternatives themselves.
        self.pattern = re.compile(rf"(?<!\w){any_of(alternatives)}(?!\w)") if alternatives else None
        self.describer = Describer(reports, fold, _VERBS)
        everything = set(alternatives) | set(self.describer.owners) | set(BARE_KINDS)
        self.anything = re.compile(rf"(?<!\w){any_of(everything)}(?!\w)") if everything else None
        # Cues that do not single a report out: another report's too, or a person's, who writes several.
        self.loose_cues: dict[str, set[str]] = {r: set() for r in self.reports}
        self.person_cues: dict[str, set[str]] = {r: set() for r in self.reports}
        for patterns in self.phrases.values():
            for p in patterns:
                if not p.strong and (p.person or not p.distinctive):
                    self.loose_cues[p.report].add(p.phrase)
                if p.person:
                    self.person_cues[p.report].add(p.phrase)
        names = [k for k in alternatives if any(p.strong for p in self.phrases[k])]
        # Every place a report's name starts, overlaps included (a look-ahead consumes nothing).
        self.names = re.compile(rf"(?<!\w)(?=({any_of(names)})(?!\w))") if names else None

    def hits(self, sentence: str) -> list[_Pattern]:
        return self.hits_in(_folded(sentence))

    def hits_in(self, folded: str) -> list[_Pattern]:
        if self.pattern is None:
            return []
        found = list(self.pattern.finditer(folded))
        spans = [m.span() for m in found]
        hits = [
            p
            for m in found
            for p in self.phrases[m.group()]
            if p.strong or p.person or not _SPEAKS.match(folded, m.end())
        ]
        if found and self.names is not None:
            # A scan takes the longest phrase at each place and moves past it, so a cue can hide a
            # name that begins inside it: "Professor Munro's final report" is the cue "professor
            # munro" then nothing. Names that start inside a match and run past it count too.
            for m in self.names.finditer(folded):
                start, end = m.start(1), m.end(1)
                if any(s < start < e < end for s, e in spans):
                    hits += [p for p in self.phrases[m.group(1)] if p.strong]
        return hits

    def any_hit(self, paragraph: str) -> bool:
        """Whether a paragraph names anything at all: most do not, and need no sentence split."""
        return self.names_anything(fold(paragraph))

    def names_anything(self, folded: str) -> bool:
        """Whether folded text holds any name, cue, maker or kind of report the matcher knows."""
        return self.anything is not None and self.anything.search(folded) is not None


def _date_forms(iso: str | None) -> list[str]:
    """How a text may write a report's publication date: "26.08.14", "26 august 2014"."""
    if iso is None:
        return []
    day = dt.date.fromisoformat(iso)
    return [f"{day:%d.%m.%y}", f"{day.day} {day:%B %Y}".lower(), f"{day:%B} {day.day}, {day.year}".lower()]


def sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences, well enough to quote one as evidence."""
    return [s.strip() for s in _SENTENCE.split(paragraph) if s.strip()]


@dataclass
class _Tally:
    names: int = 0
    article_names: int = 0
    named_in: int = 0
    """Sentences that name it."""
    says: bool = False
    """Some sentence has it say or find something ("the Casey report found …")."""
    cues: set[str] | None = None
    evidence: list[tuple[int, str]] | None = None
    in_article: bool = False

    def __post_init__(self) -> None:
        self.cues = set()
        self.evidence = []

    def name(self, weight: int, in_article: bool) -> None:
        """Count one sentence that names the report (by name, description or "the report")."""
        self.names += weight
        self.named_in += 1
        self.article_names += weight if in_article else 0
        self.in_article = self.in_article or in_article


def _texts(document: Document) -> Iterable[tuple[bool, str]]:
    if document.title:
        yield True, document.title
    for block in document.body:
        yield True, block.text
    stack = list(document.comments)
    while stack:
        comment = stack.pop(0)
        for paragraph in comment.paragraphs:
            yield False, paragraph
        stack[0:0] = comment.replies


def _covers(tally: _Tally, report: Report, document: Document) -> bool:
    """Whether the evidence for one report is strong enough together.

    Named in two sentences, or in one that has it say or find something, is discussion. Named
    in one sentence that only mentions it with a word of discussion ("a council that had read
    the Jay report"), it needs a cue too, two in a piece written long after. Named
    once, it needs cues too: two when the piece was written at the time (or its date is
    unknown), three otherwise. Unnamed, it needs three cues and a piece written in the weeks
    after publication.
    """
    cues = len(tally.cues or ())
    delta = report.days_to(document.date) if document.date else None
    if delta is not None:
        recent: bool | None = 0 <= delta <= _WINDOW_DAYS
    else:
        recent = True if "the publication date" in (tally.cues or ()) else None
    if tally.names >= 2:
        return tally.named_in >= 2 or tally.says or cues >= (1 if recent is not False else 2)
    if tally.names == 1:
        return cues >= (2 if recent is not False else 3)
    return bool(recent) and cues >= 3


def _name_weight(sentence: str, in_article: bool) -> int:
    """What naming a report in a sentence counts.

    Twice when the sentence says what the report found, once in an aside, nothing when the
    report is still to come. A commenter's question ("Has anyone read the Laming report?")
    asks the others and says nothing of the report; an article's ("Why did the Munro review
    say …?") is the question the piece answers.
    """
    if _FUTURE.search(sentence):
        return 0
    asks = not in_article and sentence.rstrip("\"'”’)").endswith("?")
    return 1 if _ASIDE.search(sentence) or asks else 2 if _DISCUSSION.search(sentence) else 1


def _weigh(
    sentence: str, in_article: bool, found: list[_Pattern], timely: dict[str, bool], years: dict[str, str]
) -> dict[str, int]:
    """Name weight per report in one sentence.

    A name counts once, twice when the sentence reports what the report says or found. A
    report word next to a cue that belongs to one report alone describes it without naming it
    ("a 2013 report by the charity Banardos found …"); since places and authors recur across
    reports, such a description counts only with the report's year in the sentence or in a
    piece written soon after the report (``timely``), and is doubled only by a verb of
    discussion. An aside ("who previously led …", "a year since the … report") names without
    discussing: once at most. A sentence about a report to come counts nothing.
    """
    weight = _name_weight(sentence, in_article)
    if not weight:
        return {}
    aside = bool(_ASIDE.search(sentence))
    weights = dict.fromkeys(sorted({p.report for p in found if p.strong}), weight)
    if _REPORT_WORD.search(sentence) and not aside:
        described = 2 if _DISCUSSION_VERB.search(sentence) else 1
        recent = bool(_JUST_PUBLISHED.search(sentence))
        own = _ROLE.sub("", sentence)  # "Louise Casey, who inspected Rotherham in 2015, …" dates no report
        for report in sorted({p.report for p in found if p.distinctive}):
            person = all(p.person for p in found if p.report == report and p.distinctive)
            dated = years[report] in own and not (recent and not timely.get(report, True))
            if (timely.get(report, True) and not person) or dated:
                weights.setdefault(report, described)
    return weights


_DATING = r"after|following|since|in the wake of|prompted by|in response to"
"""Words that open a clause dating something else by a report ("set up after the inquiry")."""
_FRAME = re.compile(
    rf"\b(?:{_DATING}|followed|before|when|like|unlike|alongside)\s+"
    r"(?:(?:the|a|an|his|her|their|its|lord|professor|prof|dr|ms|mrs|mr)\s+)*(?:[\w'-]+\s+){0,2}$"
)


def _starts(folded: str, phrase: str) -> list[int]:
    """Where a phrase stands in a folded sentence, as a whole word or words."""
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", folded)]


_OPENING_FRAME = re.compile(r"(?:since|following|in the wake of)\b")
_GOES_ON_FRAMING = re.compile(r"(?:when|after|as|following)\b")
_THE_REPORT_GOES_ON = re.compile(r"(?:it|its|the (?:report|review|inquiry)|she|he|her|his)\b")
_MAIN_CLAUSE_WORDS = 4


def _frames(folded: str, at: int) -> bool:
    """Whether the words just before ``at`` open a clause that dates or compares ("after the").

    "When the Jay report was published, it estimated …" goes on about the report, so a "when"
    clause whose sentence carries on with "it" or "the report" does not frame it. A sentence
    opening with such a clause frames a report inside it when the sentence goes on to its own
    subject after a comma: "Since 2014, when the inquiry led by Professor Jay found …, a great
    deal of attention has been paid to …".
    """
    framing = _FRAME.search(folded, max(0, at - 60), at)
    if framing is not None:
        comma = folded.find(", ", at)
        carries_on = comma >= 0 and _THE_REPORT_GOES_ON.match(folded, comma + 2) is not None
        return not (framing.group().startswith("when") and carries_on)
    if _OPENING_FRAME.match(folded) is None:
        return False
    end = folded.find(", ")  # the opening clause, and any "when …" clause that goes on from it
    while end >= 0 and _GOES_ON_FRAMING.match(folded, end + 2):
        end = folded.find(", ", end + 2)
    return 0 <= at < end and len(folded[end:].split()) > _MAIN_CLAUSE_WORDS


_SAYS = re.compile(
    rf"(?:\s*,[^,;:.!?()]{{1,60}},)?(?:\s+(?!(?:can|could|may|might|must|would|should)\b)[\w'-]+){{0,3}}?\s+(?:{_VERBS})\b"
)
"""A verb of discussion a few words after a name, perhaps past an aside set off by commas ("the
Jay report, published in August 2014, found"): the report is what speaks. A modal between them
gives the verb another subject ("whoever read the Jay report can say …")."""
_ITS_FINDINGS = re.compile(
    r"\b(?:findings|recommendations|conclusions|criticisms|warnings) (?:in|of|from|made by) (?:the )?$"
)
"""What a report found, said just before its name: "the recommendations in Professor Jay's report"."""


def _says(folded: str, phrases: Iterable[str]) -> bool:
    """Whether a report's name is the subject of what the sentence says it found.

    "Eileen Munro's review said the system had become obsessed with compliance" is about the
    review; "a council that had read the Jay report last summer and seemed to think …" uses it.
    """
    for phrase in phrases:
        if _DISCUSSION.search(phrase):
            return True
        for start in _starts(folded, phrase):
            if _SAYS.match(folded, start + len(phrase)) or _ITS_FINDINGS.search(folded, max(0, start - 40), start):
                return True
    return False


_DATING_FRAME = re.compile(
    rf"\b(?:{_DATING})\s+"
    r"(?:(?:the|a|an|his|her|their|its)\s+)*(?:[\w'-]+\s+){0,2}$"
)


def _dated_by(folded: str, at: int, cue: _Pattern) -> bool:
    """Whether a report's cue tells what the report in a clause dating something else found.

    "… the investigation set up after the 2014 independent inquiry found that at least 1,400
    children …": the cue is the inquiry's, a few words on in the same clause.
    """
    if cue.strong:
        return False
    words = list(_REPORT_WORD.finditer(folded, max(0, at - 50), at))
    if not words or re.search(r"[,;:()]", folded[words[-1].end() : at]):
        return False
    word = words[-1].start()
    return _DATING_FRAME.search(folded, max(0, word - 60), word) is not None


def _framed(folded: str, found: list[_Pattern]) -> set[str]:
    """Reports a sentence names only in a clause that dates or compares something else.

    "Inspectors were sent in after the Jay report estimated 1,400 victims": the sentence says
    what a report found, but its subject is another event; the name only places it in time, so
    it counts once and the sentence's cues ("1,400") do not count for that report. A report
    named to compare ("Like the Jay report in 2014, it describes …", "alongside the Munro
    review's call for …") is held up beside the subject in the same way.
    """
    named = {p.report for p in found if p.strong}
    # What names a report here: its names, or without one the cues that are its alone.
    naming = [p for p in found if p.strong or (p.distinctive and p.report not in named)]
    if not naming:
        return set()
    framed: dict[str, bool] = {}
    for p in naming:
        starts = _starts(folded, p.phrase)
        every = bool(starts) and all(_frames(folded, s) or _dated_by(folded, s, p) for s in starts)
        framed[p.report] = framed.get(p.report, True) and every
    return {r for r, f in framed.items() if f}


def _for_the_fresh_report(
    found: list[_Pattern], same_hand: set[str], matcher: Matcher, sentence: str
) -> list[_Pattern]:
    """In a piece about a report just out, an older report's name by the same author means the new one.

    Writers called IICSA's final report "the Jay report" after its chair; in the days after it
    appeared, that name names it, unless the sentence gives the older report's year or a cue
    of its own ("Rotherham").
    """
    older = {h.report for h in found if h.report in same_hand}
    own = {h.report for h in found if h.distinctive or not h.strong}
    keep = {r for r in older if matcher.years[r] in sentence or r in own}
    return [h for h in found if h.report not in older or h.report in keep]


def _news_of_a_report(sentence: str) -> bool:
    """Whether a sentence reports a report appearing now ("published today", "yesterday … released")."""
    return bool(
        _NEWS_WHEN.search(sentence)
        and _NEWS_WHAT.search(sentence)
        and _REPORT_WORD.search(sentence)
        and not _PUBLISHED_THEN.search(sentence)
        and not _ANNIVERSARY.search(sentence)
    )


def _fresh_reports(document: Document, matcher: Matcher) -> list[str]:
    """Reports published in the week before the document: what "yesterday's report" means."""
    if not document.date:
        return []
    return sorted(r.id for r in matcher.reports.values() if r.appeared_within(_FRESH_DAYS, document.date))


def _by_the_same_hand(fresh: list[str], matcher: Matcher) -> set[str]:
    """Earlier reports by an author of a report just out (in the week before the document)."""
    authors = {author for report_id in fresh for author in matcher.reports[report_id].authors}
    return {r.id for r in matcher.reports.values() if r.id not in fresh and authors & set(r.authors)}


def _timely(document: Document, report: Report, year: str) -> bool:
    """Whether a document was written soon after a report (an undated one might have been)."""
    if not document.date:
        return True
    if report.published:
        return report.appeared_within(_WINDOW_DAYS, document.date)
    return int(year) <= int(document.date[:4]) <= int(year) + 2  # reports published in stages


def _settle(
    described: list[tuple[Description, str, bool, bool]],
    tallies: dict[str, _Tally],
    matcher: Matcher,
    date: str | None,
    cited: set[str],
) -> None:
    """Count each description for the report it settles on, once the document's other evidence is in.

    A report the piece cites in its references is the one its author's name means there ("Munro
    says …" over "Munro, E. (2011) The Munro review …"), though the citation discusses nothing.
    """
    support = {
        r: (t.names, len((t.cues or set()) - matcher.loose_cues[r])) for r, t in tallies.items() if t.names or t.cues
    }
    for work in cited:
        names, cues = support.get(work, (0, 0))
        support[work] = (names, cues + 1)
    if date:  # a piece written in the weeks after a report appeared is a sign of it too
        for report in matcher.reports.values():
            if report.appeared_within(_WINDOW_DAYS, date):
                names, cues = support.get(report.id, (0, 0))
                support[report.id] = (names, cues + 1)
    named = {r: s for r, s in support.items() if s[0] or r in cited}
    for description, sentence, in_article, framed in described:
        report_id = settle(description, named if description.named else support)
        weight = 0 if _ASIDE.search(sentence) else _name_weight(sentence, in_article)
        if framed:
            weight = min(weight, 1)  # "Since the Rotherham inquiry in 2014, every area …" dates, as a name would
        if report_id is None or not weight:
            continue
        tally = tallies.setdefault(report_id, _Tally())
        assert tally.evidence is not None
        tally.name(weight, in_article)
        if sentence not in (e for _, e in tally.evidence):
            tally.evidence.insert(0, (0, sentence))


def _count(
    sentence: str,
    in_article: bool,
    found: list[_Pattern],
    tallies: dict[str, _Tally],
    document: Document,
    matcher: Matcher,
) -> tuple[dict[str, int], set[str]]:
    """Tally one sentence's names and cues.

    Returns the name weight it gave each report, and the reports it names only in a clause that
    frames something else.
    """
    if not found:
        return {}, set()
    timely = {h.report: _timely(document, matcher.reports[h.report], matcher.years[h.report]) for h in found}
    names = _weigh(sentence, in_article, found, timely, matcher.years)
    folded = fold(sentence)
    framed = _framed(folded, found)
    for report_id in framed & names.keys():
        names[report_id] = 1
    for hit in found:
        tally = tallies.setdefault(hit.report, _Tally())
        assert tally.cues is not None and tally.evidence is not None
        if not hit.strong and hit.report not in framed:
            tally.cues.add(hit.phrase)
        strength = 0 if hit.report in names else 1
        if (strength == 0 or not tally.evidence) and sentence not in (e for _, e in tally.evidence):
            tally.evidence.append((strength, sentence))
    for report_id, weight in names.items():
        tally = tallies[report_id]
        tally.name(weight, in_article)
        tally.says = tally.says or (
            weight >= 2 and _says(folded, (h.phrase for h in found if h.report == report_id and h.strong))
        )
    return names, framed


def _goes_on(sentence: str) -> bool:
    """Whether a sentence says what "the report" found, meaning one the sentence before named."""
    it = _ANAPHOR.search(sentence)
    if it is None or not _DISCUSSION_VERB.search(sentence) or _FUTURE.search(sentence):
        return False
    opening = sentence[: it.start("it")] if it["it"] else ""
    return _FRAME.search(opening.lower()) is None  # not "Months after the inquiry, …"


def _go_on(
    before: str | Description,
    sentence: str,
    in_article: bool,
    tallies: dict[str, _Tally],
    described: list[tuple[Description, str, bool, bool]],
) -> None:
    """Count "That review found …" as naming again what the sentence before named or described."""
    if isinstance(before, Description):
        described.append((before, sentence, in_article, False))
        return
    tally = tallies[before]
    assert tally.evidence is not None
    tally.name(_name_weight(sentence, in_article), in_article)
    if sentence not in (e for _, e in tally.evidence):
        tally.evidence.append((0, sentence))


def find_mentions(document: Document, matcher: Matcher) -> tuple[Mention, ...]:
    """The reports one document covers, best evidence first."""
    tallies: dict[str, _Tally] = {}
    fresh = _fresh_reports(document, matcher)
    fresh_names = 0
    fresh_sentences = 0
    same_hand = _by_the_same_hand(fresh, matcher)
    overshadowed: set[str] = set()
    described: list[tuple[Description, str, bool, bool]] = []  # with its sentence, place, and framing
    news_of_another = False
    cited: set[str] = set()  # reports the piece's reference list names
    for in_article, paragraph in _texts(document):
        listed = _LISTED_WORK.fullmatch(paragraph) is not None and not _DISCUSSION_VERB.search(paragraph)
        if listed or _CITATION.match(paragraph):
            cited.update(h.report for h in matcher.hits_in(_folded(paragraph)) if h.strong)
            continue
        if fresh:
            for sentence in sentences(paragraph):
                if _RECENT_REFERENCE.search(sentence) and not _FUTURE.search(sentence):
                    fresh_names += 2 if _DISCUSSION_VERB.search(sentence) else 1
                    fresh_sentences += 1
                    for report_id in fresh:
                        evidence = tallies.setdefault(report_id, _Tally()).evidence
                        assert evidence is not None
                        if len(evidence) < _EVIDENCE and sentence not in (e for _, e in evidence):
                            evidence.append((0, sentence))
        if not matcher.any_hit(paragraph):
            continue
        before: tuple[str | Description, ...] = ()  # what the sentence before named or described
        for sentence in sentences(paragraph):
            # Most sentences of such a paragraph name nothing themselves: they are only read for
            # what refers back ("The report found …") and for news of a report.
            folded = fold(sentence)
            quiet = not matcher.names_anything(folded)
            folded = folded if quiet else _unrole(folded)
            found = [
                hit
                for hit in ([] if quiet else matcher.hits_in(folded))
                if not (
                    document.date and (published := matcher.reports[hit.report].published) and document.date < published
                )
            ]  # nothing discusses a report before it exists
            if len({h.report for h in found if h.strong or h.distinctive}) >= _ENUMERATION:
                before = ()
                continue  # a list of reports rather than a discussion of one
            named = {h.report for h in found if h.strong}
            descriptions = [] if quiet else matcher.describer.describe(folded, document.date)
            if not found and not descriptions and len(before) == 1 and _goes_on(sentence):
                _go_on(before[0], sentence, in_article, tallies, described)
            news = not fresh and in_article and _news_of_a_report(sentence)
            # A report just out that the sentence does not name or describe as the registry's:
            # what describes a report in this document means that new one.
            news_of_another = news_of_another or (news and not named and not descriptions)
            found = _for_the_fresh_report(found, same_hand, matcher, sentence)
            if news:
                # A report just out that is none of the registry's, by the author of one that
                # is: this sentence is about the new one, and the older needs naming elsewhere.
                authored = {h.report for h in found if h.person}
                overshadowed.update(authored)
                found = [h for h in found if h.report not in authored]
            names, framed = _count(sentence, in_article, found, tallies, document, matcher)
            counted = named | names.keys()
            fresh_descriptions = [
                (d, sentence, in_article, _frames(folded, d.at))
                for d in descriptions
                if not counted & set(d.candidates)
            ]
            described += fresh_descriptions
            # (A name that frames something else, a description that dates, or a name beside another
            # report word ("… had ignored the Casey report, commissioned its own review") is not
            # what "the report" goes on about.)
            before = (
                tuple(names)
                if names and not framed
                else tuple(d for d, _, _, framing in fresh_descriptions if not framing)
            )
            if before and len(_REPORT_WORD.findall(folded)) > len(names) + len(fresh_descriptions):
                before = ()
    if not news_of_another:
        _settle(described, tallies, matcher, document.date, cited)
    for report_id in fresh:
        # "Yesterday's report" names the report of the week, if the piece shows any sign of it.
        week = tallies.get(report_id)
        if week is not None and (week.names or week.cues):
            week.names += fresh_names
            week.named_in += fresh_sentences
            week.article_names += fresh_names
    out = []
    for report_id in same_hand & tallies.keys():
        # In the week a chair's new report appears, her name is a cue of that one: her earlier
        # report comes up as who she is ("the same Professor Jay who led the Rotherham inquiry").
        tallies[report_id].cues = (tallies[report_id].cues or set()) - matcher.person_cues[report_id]
    for report_id, tally in sorted(tallies.items()):
        if report_id in overshadowed and tally.names < 2:
            continue  # the piece is about a newer report; this one needs naming in its own right
        if _covers(tally, matcher.reports[report_id], document):
            assert tally.evidence is not None
            # Sentences that name the report are the evidence; a sentence with a cue alone
            # ("Rotherham") is shown only when nothing names it.
            strongest = min(strength for strength, _ in tally.evidence)
            best = [s for strength, s in tally.evidence if strength == strongest][:_EVIDENCE]
            out.append(Mention(report_id, tuple(best), tally.article_names > 0 or not tally.names))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Findings:
    """What linking needs of one document, computed on its own (in parallel, and cached)."""

    mentions: tuple[Mention, ...]
    terms: Mapping[str, int]


def _find_in_worker(document_id: str) -> Findings:
    """One document's findings, kept in the link cache by the worker that found them (in parallel).

    The worker loads the document itself (from a ``Store``): the parent loading every one would
    do that work in one process.
    """
    documents: Mapping[str, Document] = shared("documents")
    matcher: Matcher = shared("matcher")
    folder, keys = shared("kept_in")
    document = documents[document_id]
    found = Findings(find_mentions(document, matcher), document_terms(document))
    return write_entry(folder, keys[document_id], found) if folder else found


def link(
    documents: Mapping[str, Document],
    reports: Sequence[Report],
    jobs: int = 1,
    entries: Entries | None = None,
    keys: Mapping[str, str] | None = None,
    related: Related | None = None,
    kept: Pack | None = None,
) -> Links:
    """Find document -> report coverage and related documents; needs every document first.

    ``documents`` maps each id to its document; only those whose findings are not kept are
    looked up in it (a ``Store`` loads them then). Each document's findings depend on it and
    the registry alone, so they are computed over ``jobs`` processes and kept in ``entries``
    under ``keys[document id]`` when given. ``kept`` holds each document's mentions under the
    same key: with the terms ``related`` holds, an unchanged document needs no entry read.
    """
    entries, kept, related = entries or Entries(None), kept or Pack(None), related or Related()
    known = {i: _kept(i, keys[i], entries, kept, related) if keys else None for i in documents}
    missing = [i for i, found in known.items() if found is None]
    folder = entries.folder if keys else None
    share(documents=documents, matcher=Matcher(reports), kept_in=(folder, keys))
    for document_id, findings in zip(missing, run(_find_in_worker, missing, jobs), strict=True):
        known[document_id] = findings
        if keys:
            entries.hold(keys[document_id], findings)
            kept.put(keys[document_id], findings.mentions)
    found = {k: v for k, v in known.items() if v is not None}
    mentions = {k: v.mentions for k, v in found.items() if v.mentions}
    return Links.of(mentions, related({k: v.terms for k, v in found.items()}, mentions, jobs, keys))


def _kept(document_id: str, key: str, entries: Entries, kept: Pack, related: Related) -> Findings | None:
    """What an earlier build found in a document: its mentions kept and the terms ``related`` holds, else its entry.

    Reading ten thousand entries (a file each) was most of linking after an edit.
    """
    mentions, terms = kept.get(key), related.terms_of(document_id, key)
    if mentions is not None and terms is not None:
        return Findings(mentions, terms)
    found: Findings | None = entries.get(key)
    if found is not None:
        kept.put(key, found.mentions)  # (mentions read from ``kept`` are marked used by reading them)
    return found
