"""Reports written about without their names: "Jay's findings", "the Rochdale review".

A writer who knows a report calls it by its maker or its subject next to a word for a report.
Such a phrase identifies a report only through the registry: of the reports by that maker or
about that subject, those that existed when the piece was written, narrowed by a year the
phrase gives, then by the kind of work it says ("inquiry", "inspection") where the titles
differ. What is still ambiguous ("the Rotherham report": four registry reports are about
Rotherham) is settled by the rest of the document (``settle``).

Makers and subjects are the registry's own: authors (full names and surnames) and the cues
written as proper names ("Rotherham", "Baby P"). People write several reports, so a phrase
built on a person counts only for a report the document shows some other sign of, and its
author saying something ("Munro argued") stands for a report only in the weeks after it appeared.
A kind of work named bare ("the inspection", "the serious case review") refers back in the
same way, to the one report of that kind the document otherwise shows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from .alternation import any_of
from .model import Report

_WORDS = (
    r"serious case reviews?|reports?|reviews?|inquiry|inquiries|investigations?|inspections?|findings|scrs?"
    r"|recommendations|conclusions?|research|reported"
)
_KINDS = {
    "inquir": "inquir",
    "review": "review",
    "inspect": "inspect",
    "investig": "investig",
    "research": "research",
    "serious case": "serious case review",
    "scr": "serious case review",
}
"""Report words, by how they begin, and what a title of that kind of work says."""
_DISTINCT = ("inspect", "investig", "research")
"""Kinds no writer calls another kind of report ("inquiry" and "review" are used for each other)."""
BARE_KINDS = ("serious case review", "scr", "inspection", "investigation", "research")
"""Kinds of work a piece seldom has two of, which it may name bare: "the inspection found"."""
_PLURAL = re.compile(r"serious case reviews|reports|reviews|inquiries|investigations|inspections|scrs")
_ABOUT = r"(?:into|on|of|about|by|from|in)"
"""What follows a report word to say what or whom the report is about: "the inquiry into …"."""
_BARE = re.compile(rf"(?<!\w)(?:the|that|this) (?P<word>{'|'.join(BARE_KINDS)})(?!\w)(?!\s+{_ABOUT}\b)")
_OTHER = re.compile(
    r"\b(?:progress|interim|integration|annual|new|latest|next|follow-up|forthcoming|upcoming|further)\b"
)
"""A maker's other report: "Laming's progress report", "Casey's integration review"."""
_ROLE = re.compile(r"\b(?:led|leading|chaired|chairing|headed|heading|conducted|wrote|authored|ran)\b")
"""What a person did, said to say who they are: "she led the 2014 inquiry into …"."""
_COPULA = re.compile(r"\b(?:is|are|was|were|been|being)\b")
"""A form of "be" between a maker or place and a report word makes them a clause ("People in
Rochdale are tired of reviews", "Casey was asked to review"), where a description is a noun phrase
("Casey's 2015 review", "Munro's is the review …")."""
_MADE_BY = re.compile(r"\b(?:led|chaired|headed|conducted|written|authored) by\s+(?:[\w.]+\s+)?$")
"""The maker of the report the phrase names, just before the maker's name: "… led by Professor"."""
_ROLE_BEFORE = re.compile(_ROLE.pattern + r"\s+(?:the|an?|her|his)\s+(?:[\w-]+\s+){0,2}$")
_SUBJECT = re.compile(r"\s+(?:into|on|of|about)\s+((?:[\w'-]+\s*){1,5})")
"""What the phrase says the report is about: "Casey's review into opportunity and integration"."""
_SMALL = frozenset({"into", "about", "from", "with", "their", "this", "that", "child", "children", "death"})
"""Words of four letters or more that say nothing of what a report is about."""
_NEW_DAYS = 45
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_YEAR_AFTER = re.compile(r"\s*(?:,|\(|in|of|published in|from)?\s*(?:[a-z]+\s+)?((?:19|20)\d\d)\b")
"""A year right after the phrase: "Jay reported on Rotherham in August 2014", "(2012)"."""


@dataclass(frozen=True, slots=True)
class Description:
    """One phrase that describes a report: the reports it may be, and whether it needs support."""

    candidates: tuple[str, ...]
    leans: bool
    """It rests on a person, who may have written several reports, or on a bare kind of work
    ("the inspection"): it counts only for a report the rest of the document shows signs of."""
    at: int = 0
    """Where the phrase starts in the folded sentence, to read the clause it stands in."""
    named: bool = False
    """An author speaking ("Jay estimated …") long after the report: it counts only for a report the
    document names elsewhere, as cues may point at any of the author's reports."""


def _is_name(phrase: str) -> bool:
    words = phrase.split()
    return bool(words) and not any(ch.isdigit() for ch in phrase) and all(w[0].isupper() for w in words)


class Describer:
    """Every maker and subject in the registry, compiled into three patterns.

    A maker or subject before a report word, one after it, and a report's author saying something.
    """

    def __init__(self, reports: Sequence[Report], folding: Callable[[str], str], verbs: str) -> None:
        self.reports = {r.id: r for r in reports}
        self.titles = {r.id: folding(r.title) for r in reports}
        self.vocabulary = {
            r.id: set(re.findall(r"[a-z]{4,}", " ".join(map(folding, (r.title, *r.aliases, *r.cues))))) for r in reports
        }
        self.owners: dict[str, set[str]] = {}
        self.people: set[str] = set()
        for report in reports:
            for author in report.authors:
                for phrase in {author, author.split()[-1]}:
                    key = folding(phrase)
                    self.owners.setdefault(key, set()).add(report.id)
                    if len(author.split()) > 1:
                        self.people.add(key)
            for cue in report.cues:
                if _is_name(cue):
                    self.owners.setdefault(folding(cue), set()).add(report.id)
        surnames = {folding(a.split()[-1]) for r in reports for a in r.authors if len(a.split()) > 1}
        self.people |= {k for k in self.owners if any(re.search(rf"\b{re.escape(s)}\b", k) for s in surnames)}
        makers = any_of(self.owners)
        word = r"(?:[^\W\d][\w'-]*|(?:19|20)\d\d)"
        self.before = re.compile(
            rf"(?<!\w)(?P<x>{makers})(?:'s?)?\s+(?P<mid>(?:{word}\s+){{0,4}}?)(?P<word>{_WORDS})(?!\w)"
        )
        people = any_of(self.people)
        # "Munro argued that …", "what Munro is asking for": its author saying what a report says.
        self.saying = re.compile(rf"(?<!\w)(?P<x>{people})(?:'s)?\s+(?P<mid>(?:[a-z]+\s+){{0,2}}?)(?:{verbs})(?!\w)")
        # "Rotherham, Rochdale and Oxford": places or people listed are not one report's.
        self.listed_after = re.compile(rf"\s*(?:,|and|&|or)\s+(?:{makers})(?!\w)")
        self.listed_before = re.compile(rf"(?<!\w)(?:{makers}),?\s+(?:and|&|or)\s+$|(?<!\w)(?:{makers}),\s*$")
        self.after = re.compile(
            rf"(?<!\w)(?P<word>{_WORDS})\s+(?:{word},?\s+){{0,2}}?{_ABOUT}\s+"
            rf"(?P<mid>(?:{word},?\s+){{0,8}}?)(?P<x>{makers})(?!\w)"
        )

    def describe(self, folded: str, date: str | None) -> list[Description]:
        """The descriptions in one sentence (folded as the linker folds), for a piece of ``date``."""
        if not self.owners:
            return []
        out: dict[tuple[str, ...], Description] = {}
        for match in _BARE.finditer(folded):
            # "The inspection found …" ("that inspection report") refers back to the one report of
            # that kind the rest of the piece shows signs of; it rests on that support as a person's
            # name does.
            kind = next(v for k, v in _KINDS.items() if match["word"].startswith(k))
            candidates = tuple(r for r in sorted(self.reports) if self._exists(r, date) and kind in self.titles[r])
            if candidates:
                out.setdefault(candidates, Description(candidates, leans=True, at=match.start()))
        for pattern in (self.before, self.after, self.saying):
            for match in pattern.finditer(folded):
                before = folded[: match.start()] if pattern is self.after else ""
                # "The inquiry … led by Professor Jay" is hers; "the review led by Rotherham council" is not Casey's.
                mid = _MADE_BY.sub("", match["mid"]) if match["x"] in self.people else match["mid"]
                if _ROLE.search(mid) or _ROLE_BEFORE.search(before) or self._listed(match, folded):
                    continue
                possessive = folded.startswith("'", match.end("x"))  # "Munro's is still the review …"
                if pattern is self.before and not possessive and _COPULA.search(mid):
                    continue  # "People in Rochdale are tired of reviews": a clause, not a report's name
                candidates = self._candidates(match, folded, date)
                if len(candidates) > 1 and _PLURAL.fullmatch(match.groupdict().get("word") or ""):
                    continue  # "the Rotherham reports": several of them, not one to settle on
                leans = match["x"] in self.people
                named = pattern is self.saying and not self._recent(candidates, date)
                if candidates and (candidates not in out or out[candidates].leans > leans):
                    out[candidates] = Description(
                        candidates, leans=leans, at=match.start(), named=named
                    )  # one per sentence, the firmer
        return list(out.values())

    def _listed(self, match: re.Match[str], folded: str) -> bool:
        """The maker or subject is one of a list ("reviews in Rotherham, Rochdale and Oxford")."""
        start = match.start("x")
        return bool(
            self.listed_after.match(folded, match.end("x"))
            or self.listed_before.search(folded[max(0, start - 60) : start])
        )

    def _exists(self, report_id: str, date: str | None) -> bool:
        """Whether a report existed when a piece of ``date`` was written (any might, for an undated piece)."""
        return not (date and (self.reports[report_id].published or "0") > date)

    def _recent(self, candidates: Sequence[str], date: str | None) -> tuple[str, ...]:
        """Those of ``candidates`` that appeared in the weeks before a piece of ``date``."""
        return tuple(r for r in candidates if date and self.reports[r].appeared_within(_NEW_DAYS, date))

    def _candidates(self, match: re.Match[str], folded: str, date: str | None) -> tuple[str, ...]:
        found = [r for r in sorted(self.owners[match["x"]]) if self._exists(r, date)]
        word = match.groupdict().get("word") or ""
        near = match["mid"] + " " + " ".join(folded[: match.start("word") if word else 0].split()[-2:])
        if _OTHER.search(near) or (match.re is self.saying and self._recent(found, date)):
            # "New" or "latest" only in the weeks after it appeared; its author speaking, of the one
            # just out if there is one, else of any (which then needs naming: ``Description.named``).
            found = list(self._recent(found, date))
        subject = _SUBJECT.match(folded, match.end()) if match.re is self.before else None
        if subject:
            words = {w.removesuffix("'s") for w in re.findall(r"[a-z']{4,}", subject.group(1))} - _SMALL
            if words:
                found = [r for r in found if words & self.vocabulary[r]]
        after = _YEAR_AFTER.match(folded, match.end())
        years = set(_YEAR.findall(near)) | ({after.group(1)} if after else set())
        if years:
            found = [r for r in found if self.reports[r].year in years]
        stem = next((v for k, v in _KINDS.items() if word.startswith(k)), None)
        if stem in _DISTINCT:
            found = [r for r in found if stem in self.titles[r]]
        elif stem and len(found) > 1:
            found = [r for r in found if stem in self.titles[r]] or found
        return tuple(found)


def settle(description: Description, support: Mapping[str, tuple[int, int]]) -> str | None:
    """The report a description means, given what else the document shows of each.

    ``support`` gives, per report, the names found for it and the cues that are its alone,
    people apart ("Haringey" is two reports' place, Louise Casey wrote several). A description
    needs such support for the report it settles on; of several candidates, the best supported
    one wins, and a tie settles nothing.
    """
    if len(description.candidates) == 1 and not description.leans:
        return description.candidates[0]
    ranked = sorted(
        ((support.get(r, (0, 0)), r) for r in description.candidates if any(support.get(r, (0, 0)))),
        reverse=True,
    )
    if not ranked or (len(ranked) > 1 and ranked[0][0] == ranked[1][0]):
        return None
    return ranked[0][1]
