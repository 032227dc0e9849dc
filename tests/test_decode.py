from __future__ import annotations

import codecs

import pytest

from site_src.decode import NotText, decode, encode, normalise

TEXT = "Rotherham – the “Jay report”: 1,400 children… naïve café"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.encode("cp1252"), "cp1252"),
    ],
)
def test_decodes_each_encoding_to_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data)
    assert decoded.text == TEXT
    assert decoded.encoding == encoding
    assert encode(decoded.text, decoded.encoding, decoded.bom) == data


def test_short_western_text_is_read_as_cp1252_not_central_european() -> None:
    assert decode("A naïve reader's café".encode("cp1252")).text == "A naïve reader's café"


def test_latin1_text_decodes() -> None:
    text = "Ceci est un texte français élémentaire, très général, à Genève."
    assert decode(text.encode("latin-1")).text == text


def test_detection_is_not_forced_to_cp1252_for_other_scripts() -> None:
    text = "Доклад о сексуальной эксплуатации детей в Ротереме был опубликован в августе. " * 3
    assert decode(text.encode("cp1251")).text == text


@pytest.mark.parametrize("data", [b"", b"   \n\n", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", bytes(range(256))])
def test_empty_and_binary_files_are_not_text(data: bytes) -> None:
    with pytest.raises(NotText):
        decode(data)


def test_normalise_makes_newlines_lf_and_text_nfc() -> None:
    assert normalise("a\r\nb\rc\n") == "a\nb\nc\n"
    assert normalise("cafe\u0301") == "caf\u00e9"
