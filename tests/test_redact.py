from __future__ import annotations

import pytest

from site_src.model import Redactions
from site_src.redact import EMAIL_MARK, NAME_WITHHELD, PHONE_MARK, redact, redact_author, redact_raw


@pytest.mark.parametrize(
    "phone",
    [
        "07700 900123",
        "0114 496 0123",
        "+44 20 7946 0958",
        "020 7946 0958",
        "(0114) 496 0123",
        "07700900123",
        "+44 (0)114 496 0123",
        "0808 800 5000",
        "+1-555-123-4567",
    ],
)
def test_replaces_phone_numbers(phone: str) -> None:
    text, found = redact(f"Call me on {phone}, any time.")
    assert text == f"Call me on {PHONE_MARK}, any time."
    assert found.phone == 1


@pytest.mark.parametrize(
    "text",
    [
        "over 1,400 children",
        "between 1997 and 2013",
        "from 1997-2013",
        "ISBN 0-19-852663-6",
        "ISBN 978-0-00-000000-2",
        "only 0.2% of cases",
        "crime number 14/123456",
        "2.3% of the work",
        "a population of 250,000",
        "in 2002, 2003 and 2006",
        "at 11:20 am",
        "case 2014/0123",
        "the report is online at www.rotherham.gov.uk.",
        "published at gov.uk at 10.30 today",
    ],
)
def test_keeps_numbers_that_only_look_like_phones(text: str) -> None:
    out, found = redact(text)
    assert out == text
    assert found.total == 0


def test_replaces_email_addresses() -> None:
    text, found = redact("Write to j.smith+news@example.org.uk or edmond424@gmail.com.")
    assert text == f"Write to {EMAIL_MARK} or {EMAIL_MARK}."
    assert found.email == 2


@pytest.mark.parametrize(
    "spelled",
    ["r.anstey at example.ac.uk", "jo [at] example [dot] org", "jo(at)example.org", "j_smith2 at example.org"],
)
def test_replaces_email_addresses_with_the_at_spelled_out(spelled: str) -> None:
    text, found = redact(f"Write to {spelled}, any time.")
    assert (text, found.email) == (f"Write to {EMAIL_MARK}, any time.", 1)


def test_a_fediverse_handle_is_an_account_not_an_address() -> None:
    # "@mira@kith.example.org" names a public account, as "@mira" does; an address after a word stays private.
    text = "Thanks @mira@kith.example.org, and write to mira@example.org."
    assert redact(text) == (f"Thanks @mira@kith.example.org, and write to {EMAIL_MARK}.", Redactions(email=1, phone=0))
    assert redact_author("@sam@kith.example.org") == "@sam@kith.example.org"
    # A user name with a dot is no account's: an address typed after an "@" is still replaced.
    assert redact("ping me @jo.bloggs@example.com") == (f"ping me @{EMAIL_MARK}", Redactions(email=1, phone=0))


def test_author_named_by_email_is_withheld() -> None:
    assert redact_author("R.Someone@example.org") == NAME_WITHHELD
    assert redact_author("r.someone at example.org") == NAME_WITHHELD
    assert redact_author("Natasha") == "Natasha"
    assert redact_author(None) is None


def test_raw_copy_is_byte_identical_without_personal_data() -> None:
    raw = "Line one\r\nLine “two”\r\n".encode("cp1252")
    assert redact_raw(raw, "cp1252", b"") is raw


def test_raw_copy_keeps_encoding_and_newlines_around_redactions() -> None:
    raw = "Café\r\nmail me: a@b.com\r\n".encode("cp1252")
    assert redact_raw(raw, "cp1252", b"") == f"Café\r\nmail me: {EMAIL_MARK}\r\n".encode("cp1252")


def test_raw_copy_keeps_a_utf16_byte_order_mark() -> None:
    bom = b"\xff\xfe"
    raw = bom + "phone 07700 900123\n".encode("utf-16-le")
    assert redact_raw(raw, "utf-16-le", bom) == bom + f"phone {PHONE_MARK}\n".encode("utf-16-le")
