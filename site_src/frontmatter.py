"""YAML front matter with a line number for every value, so every mistake can be located.

PyYAML's ``safe_load`` turns ``NO`` into ``False``, ``012`` into ``10`` and ``2015-02-31`` into a
bare ``ValueError``. Here the YAML is only *composed* (parsed to nodes with their positions) and
every scalar stays the string the editor typed; each field is then typed by the reader that
knows what it should be, with a located message when it is not.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import yaml

from .diagnostics import Diagnostic, error

_FENCE = "---"


@dataclass
class FrontMatter:
    """Front-matter values with their lines; typed getters collect diagnostics as they go."""

    path: str
    values: dict[str, Any]
    lines: dict[str, int]
    """Key -> 1-based line in the file."""
    start_line: int
    """Line of the opening fence (1), used for problems with no better place."""
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def _line(self, key: str) -> int:
        return self.lines.get(key, self.start_line)

    def _bad(self, key: str, message: str) -> None:
        self.diagnostics.append(error(self.path, self._line(key), f"{key}: {message}"))

    def string(self, key: str, *, required: bool = False) -> str | None:
        """A non-empty string, or ``None`` when absent."""
        value = self.values.get(key)
        if value is None or value == "":
            if required:
                self.diagnostics.append(error(self.path, self.start_line, f"{key}: required"))
            return None
        if not isinstance(value, str):
            self._bad(key, "expected a single value, not a list or mapping")
            return None
        return value

    def strings(self, key: str) -> tuple[str, ...]:
        """A list of strings; a single string is taken as a list of one."""
        value = self.values.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            return (value,)
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return tuple(value)
        self._bad(key, "expected a list of strings")
        return ()

    def date(self, key: str) -> str | None:
        """An ISO date ``YYYY-MM-DD`` that exists in the calendar."""
        value = self.string(key)
        if value is None:
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            self._bad(key, f"'{value}' is not a date in the form YYYY-MM-DD")
            return None
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            self._bad(key, f"'{value}' is not a date that exists")
            return None
        return value

    def check_keys(self, known: Iterable[str]) -> None:
        """Report keys the reader does not know, suggesting the closest known one."""
        known = sorted(known)
        for key in sorted(self.values, key=self._line):
            if key in known:
                continue
            close = difflib.get_close_matches(key, known, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known keys: {', '.join(known)})"
            self.diagnostics.append(error(self.path, self._line(key), f"unknown key '{key}'{hint}"))


def _plain(node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_plain(child) for child in node.value]
    if isinstance(node, yaml.MappingNode):
        return {_plain(k): _plain(v) for k, v in node.value}
    raise TypeError(f"unexpected YAML node {node!r}")


def _compose(text: str) -> yaml.Node | None:
    """YAML's node tree, by libyaml where PyYAML has it (its wheels do).

    The pure-Python loader took most of a preview rebuild's time reading the registry and
    annotations again. A file libyaml refuses is read again by the pure-Python loader, whose
    errors point at the line an editor must fix.
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            return yaml.compose(text, Loader=loader)
        except yaml.MarkedYAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def parse_block(path: str, text: str, first_line: int) -> tuple[FrontMatter, int]:
    """Parse ``key: value`` lines that start at ``first_line`` of a file (a note's header)."""
    meta, _, _ = split(path, "---\n" + text + "\n---\n")
    shift = first_line - 2
    moved = FrontMatter(
        path,
        meta.values,
        {k: v + shift for k, v in meta.lines.items()},
        first_line,
        [type(d)(d.path, d.line + shift, d.message, d.severity) for d in meta.diagnostics],
    )
    return moved, first_line


def split(path: str, text: str) -> tuple[FrontMatter, str, int]:
    """Split ``text`` into front matter and body; the int is the body's first line number.

    A file with no opening ``---`` has empty front matter. YAML errors become diagnostics on
    the returned front matter, located at the line YAML reports.
    """
    lines = text.split("\n")
    empty = FrontMatter(path, {}, {}, 1)
    if not lines or lines[0].strip() != _FENCE:
        return empty, text, 1
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == _FENCE)
    except StopIteration:
        empty.diagnostics.append(error(path, 1, "front matter opened with '---' is never closed"))
        return empty, text, 1
    yaml_text = "\n".join(lines[1:end])
    body = "\n".join(lines[end + 1 :])
    body_line = end + 2
    try:
        node = _compose(yaml_text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 2) if mark is not None else 1
        problem = exc.problem or "invalid YAML"
        empty.diagnostics.append(error(path, line, f"front matter: {problem}"))
        return empty, body, body_line
    if node is None:
        return empty, body, body_line
    if not isinstance(node, yaml.MappingNode):
        empty.diagnostics.append(error(path, 2, "front matter must be 'key: value' lines"))
        return empty, body, body_line
    values: dict[str, Any] = {}
    where: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(_plain(key_node))
        line = key_node.start_mark.line + 2
        if key in values:
            empty.diagnostics.append(error(path, line, f"'{key}' is given twice"))
        values[key] = _plain(value_node)
        where[key] = line
    return FrontMatter(path, values, where, 1, empty.diagnostics), body, body_line
