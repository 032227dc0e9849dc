"""``content/glossary.md``: the terms the writings use, with their forms and meanings."""

from __future__ import annotations

from .diagnostics import Diagnostic, error
from .frontmatter import split
from .markdown import to_html
from .model import GlossaryTerm
from .read import TextFile

TERM_KEYS = {"term", "aliases", "definition"}


def load_glossary(file: TextFile | None) -> tuple[tuple[GlossaryTerm, ...], str, list[Diagnostic]]:
    """Parse the glossary: its terms (sorted) and its introduction's HTML."""
    if file is None:
        return (), "", []
    meta, body, _ = split(file.path, file.text)
    meta.check_keys(["terms"])
    line = meta.lines.get("terms", 1)
    raw = meta.values.get("terms") or []
    problems = list(meta.diagnostics)
    if not isinstance(raw, list):
        return (), to_html(body), [*problems, error(file.path, line, "terms: expected a list of terms")]
    terms: dict[str, GlossaryTerm] = {}
    for number, entry in enumerate(raw, start=1):
        if not isinstance(entry, dict):
            problems.append(error(file.path, line, f"terms: entry {number} is not 'term/aliases/definition'"))
            continue
        for key in sorted(set(entry) - TERM_KEYS):
            problems.append(error(file.path, line, f"terms: entry {number} has unknown key '{key}'"))
        term, definition = entry.get("term"), entry.get("definition")
        aliases = entry.get("aliases") or []
        aliases = [aliases] if isinstance(aliases, str) else aliases
        if not isinstance(term, str) or not isinstance(definition, str) or not term.strip() or not definition.strip():
            problems.append(error(file.path, line, f"terms: entry {number} needs a term and a definition"))
            continue
        if term.lower() in terms:
            problems.append(error(file.path, line, f"terms: '{term}' is defined twice"))
        terms[term.lower()] = GlossaryTerm(term, tuple(a for a in aliases if isinstance(a, str)), definition)
    return tuple(sorted(terms.values(), key=lambda t: t.term.lower())), to_html(body), problems
