"""Turn a scraped file's bytes into text, whatever encoding the scraper saved it in."""

from __future__ import annotations

import codecs
import unicodedata
from dataclasses import dataclass

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    # UTF-32 before UTF-16: the UTF-32 LE mark begins with the UTF-16 LE one.
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# When several single-byte codecs decode a short text with no more mess than the best guess
# (an English post with one "naïve" fits cp1250 as well as cp1252, and the language-coherence
# score is noise on a few hundred bytes), the Western codec is by far the likelier for the
# English-language web this archive collects. Text in another script decodes to mojibake in
# cp1252, which counts as mess, so it keeps its own codec.
_PREFERRED_LEGACY = "cp1252"


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    """Exactly the decoded characters: newlines and normal form untouched."""
    encoding: str
    bom: bytes


class NotText(ValueError):
    """The bytes are empty or binary: there is nothing to clean."""


def decode(data: bytes) -> Decoded:
    """Decode bytes: BOM first, then strict UTF-8, then charset detection.

    Raises ``NotText`` for an empty, whitespace-only or binary file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise NotText(f"starts with a {encoding} byte-order mark but is not {encoding}") from exc
            return _checked(Decoded(text, encoding, bom))
    if b"\x00" in data:
        raise NotText("binary file (contains NUL bytes)")
    try:
        return _checked(Decoded(data.decode("utf-8"), "utf-8", b""))
    except UnicodeDecodeError:
        pass
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise NotText("binary file (no text encoding fits it)")
    encoding = best.encoding
    tied = [m.encoding for m in matches if m.chaos <= best.chaos]
    if _PREFERRED_LEGACY in tied:
        encoding = _PREFERRED_LEGACY
    return _checked(Decoded(data.decode(encoding), encoding, b""))


def _checked(decoded: Decoded) -> Decoded:
    if not decoded.text.strip():
        raise NotText("empty file")
    return decoded


def normalise(text: str) -> str:
    """CRLF and lone CR become LF, and the text is put in Unicode normal form C."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def encode(text: str, decoded_with: str, bom: bytes) -> bytes:
    """Re-encode text decoded by ``decode`` so an untouched text gives the original bytes back."""
    return bom + text.encode(decoded_with)
