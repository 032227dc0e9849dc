"""The trie-shaped alternation finds what a plain alternation, longest phrase first, finds."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from site_src.alternation import any_of

# Few letters, so phrases share prefixes and extend one another ("ab", "abc", "ab c").
_PHRASE = st.text(alphabet="ab c'", min_size=1, max_size=5).filter(lambda p: p.strip() == p)


def _plain(phrases: list[str]) -> str:
    return "(?:" + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))) + ")"


@settings(max_examples=300, deadline=None)
@given(st.data(), st.lists(_PHRASE, min_size=1, max_size=8, unique=True))
def test_the_same_matches_as_an_alternation_sorted_longest_first(data: st.DataObject, phrases: list[str]) -> None:
    # A text made of the phrases themselves and bits between, so that matches are the rule.
    pieces = st.one_of(st.sampled_from(phrases), st.text(alphabet="ab c'.", max_size=3))
    text = "".join(data.draw(st.lists(pieces, max_size=8)))
    # Bounded by word edges, as the linker uses it: a longer phrase that runs into a word gives
    # way to a shorter one at the same place, so the order the engine tries them in shows.
    trie = re.compile(rf"(?<!\w){any_of(phrases)}(?!\w)")
    plain = re.compile(rf"(?<!\w){_plain(phrases)}(?!\w)")
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_longer_phrase_is_preferred_and_no_phrase_matches_nothing() -> None:
    pattern = re.compile(any_of(["jay", "jay report", "jay's"]))
    assert pattern.match("jay report found").group() == "jay report"
    assert pattern.match("jay's findings").group() == "jay's"
    assert re.search(any_of([]), "anything") is None
