"""Personal data of commenters (email addresses, phone numbers) is never republished.

The same replacement is applied wherever text is published: the page, the search index, the data
export and the published copy of the raw file.
"""

from __future__ import annotations

import re

from .model import Redactions

EMAIL_MARK = "[email removed]"
PHONE_MARK = "[phone removed]"
NAME_WITHHELD = "(name withheld)"

_EMAIL = re.compile(r"(?<![\w.+-])(?!(?<=@)\w+@)[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
"""An address, but not a fediverse handle: "@mira@kith.example.org" names a public account, whose
user name is letters, digits and "_" after an "@" ("@jo.bloggs@example.com" is still an address)."""

# Mailing-list archives and anti-spam habits spell the "@" out: "r.anstey at example.ac.uk"
# (pipermail), "jo [at] example [dot] org". A bracketed "at" is never prose. A bare " at " is
# ("available at gov.uk"), so there the name must look like an address's: a dot, digit,
# underscore, plus or hyphen inside it. Each form is looked for only where its cheap sign is.
_SPELLED_EMAIL = re.compile(
    r"""
    (?<![\w.+-])(?P<name>[A-Za-z][\w.+-]*\w)
    (?P<at>\x20at\x20|\s?[\[(]at[\])]\s?)
    [A-Za-z0-9-]+(?:{dot}[A-Za-z0-9-]+)*{dot}[A-Za-z]{{2,}}\b
    """.format(dot=r"(?:\.|\s?[\[(]dot[\])]\s?)"),
    re.VERBOSE,
)
_SPELLED_SIGN = re.compile(r" at [A-Za-z0-9-]+\.[A-Za-z]")
_ADDRESS_LIKE = re.compile(r"[._+\d-]")


def _may_spell_email(text: str) -> bool:
    # (A bracket alone is found by a scan several times as fast as a word's: most texts have none.)
    bracketed = ("[" in text and "[at]" in text) or ("(" in text and "(at)" in text)
    return bracketed or _SPELLED_SIGN.search(text) is not None


def _spelled_email(match: re.Match[str]) -> bool:
    return match.group("at") != " at " or _ADDRESS_LIKE.search(match.group("name")) is not None


# A phone number starts with a trunk "0" or an international "+", then 9 to 13 digits in
# groups. The leading group of three or more digits (or a country code) keeps out look-alikes
# such as ISBN-10s ("0-19-852663-6"), decimals ("0.2%"), years and ranges ("1997-2013") and
# counts ("1,400 children"), none of which start that way. The pattern begins with its first
# character so the regex engine can scan for it quickly; the character before it is checked
# in code (``_starts_number``), since a leading look-behind would slow every search down.
_PHONE = re.compile(
    r"""
    (?:
        \+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d{2,5}   # +44 20 / +44 (0)114 / +1-555
      | \(0\d{2,4}\)                               # (0114)
      | 0\d{2,4}                                   # 020, 0114, 07700
    )
    (?:[\s.-]?\d{2,4}){1,4}             # the rest of the number, in groups
    (?![\w/%-]|[.,]\d)                  # not followed by more of a number or a percent sign
    """,
    re.VERBOSE,
)
_NOT_BEFORE = frozenset("/.,-")


def _starts_number(text: str, start: int) -> bool:
    """Whether a match at ``start`` begins a number rather than continuing a word or number."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or before in _NOT_BEFORE)


_ISBN_BEFORE = re.compile(r"ISBN(?:-1[03])?:?\s*$", re.IGNORECASE)


def _digit_count(text: str) -> int:
    return sum(ch.isdigit() for ch in text)


def has_personal_data(text: str) -> bool:
    """Whether ``text`` may hold anything ``redact`` replaces: one pass, to skip clean texts."""
    return "@" in text or _may_spell_email(text) or any(_starts_number(text, m.start()) for m in _PHONE.finditer(text))


def redact(text: str) -> tuple[str, Redactions]:
    """Replace email addresses and phone numbers in ``text``; count what was replaced."""
    emails = 0
    if "@" in text:
        text, emails = _EMAIL.subn(EMAIL_MARK, text)
    if _may_spell_email(text):

        def _spelled(match: re.Match[str]) -> str:
            nonlocal emails
            if not _spelled_email(match):
                return match.group()
            emails += 1
            return EMAIL_MARK

        text = _SPELLED_EMAIL.sub(_spelled, text)
    phones = 0

    def _phone(match: re.Match[str]) -> str:
        nonlocal phones
        if not _starts_number(text, match.start()) or not 9 <= _digit_count(match.group()) <= 13:
            return match.group()
        if _ISBN_BEFORE.search(text[max(0, match.start() - 12) : match.start()]):
            return match.group()
        phones += 1
        return PHONE_MARK

    text = _PHONE.sub(_phone, text)
    return text, Redactions(email=emails, phone=phones)


def redact_author(name: str | None) -> str | None:
    """A commenter who signed with an email address is shown without a name."""
    if name is not None and (_EMAIL.search(name) or any(map(_spelled_email, _SPELLED_EMAIL.finditer(name)))):
        return NAME_WITHHELD
    return name


def redact_raw(raw: bytes, encoding: str, bom: bytes) -> bytes:
    """The published copy of a scraped file: the original bytes but for the redactions.

    The text is decoded without normalising newlines or Unicode, so where nothing is redacted
    the round trip gives back exactly the original bytes.
    """
    text = raw[len(bom) :].decode(encoding)
    redacted, found = redact(text)
    return raw if found.total == 0 else bom + redacted.encode(encoding)
