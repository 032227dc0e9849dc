"""One regular expression for a long list of literal phrases, shaped as a trie."""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""
"""The key marking that a phrase ends at a node (no character is the empty string)."""


def any_of(phrases: Iterable[str]) -> str:
    """A non-capturing group matching any of ``phrases``; at each place, the longest first.

    Python's engine tries the branches of an alternation one after another at every place, and
    the registry's few hundred names and makers made that most of the linker's time. Sharing
    prefixes lets it give up after a character or two. A phrase's longer extensions are tried
    before it, as in an alternation sorted longest first, so the matches are the same.

    Compile it case-sensitively (fold the text instead): a trie shares prefixes by their exact
    characters, so ignoring case would let a shorter phrase win where a longer one matches.
    """
    root: _Node = {}
    for phrase in phrases:
        node = root
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return _group(root) if root else "(?!)"


def _group(node: _Node) -> str:
    branches = [re.escape(ch) + _group(child) for ch, child in sorted(node.items()) if ch != _END]
    if _END in node:
        branches.append("")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
