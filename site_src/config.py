"""``content/site.toml`` -> ``SiteConfig``; command-line overrides are merged here, once."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from .diagnostics import Diagnostic, error
from .markdown import to_html
from .model import ContentNote, SiteConfig
from .read import TextFile

_KNOWN = {"title", "description", "language", "base_url", "intro", "content_note"}
_NOTE_KNOWN = {"text", "support"}


def _line_of(text: str, key: str) -> int:
    match = re.search(rf"^\s*{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def load_config(file: TextFile | None, base_url: str | None = None) -> tuple[SiteConfig | None, tuple[Diagnostic, ...]]:
    """Parse site.toml; ``base_url`` from the command line wins over the file's."""
    if file is None:
        return None, ()
    try:
        data: dict[str, Any] = tomllib.loads(file.text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        return None, (error(file.path, int(match.group(1)) if match else 1, f"invalid TOML: {exc}"),)
    problems: list[Diagnostic] = []
    for key in sorted(set(data) - _KNOWN):
        problems.append(error(file.path, _line_of(file.text, key), f"unknown key '{key}'"))

    def text(table: dict[str, Any], key: str, required: bool = True) -> str:
        value = table.get(key, "")
        if not isinstance(value, str) or (required and not value.strip()):
            problems.append(error(file.path, _line_of(file.text, key), f"{key}: a non-empty string is required"))
            return ""
        return value

    note = data.get("content_note", {})
    if not isinstance(note, dict):
        problems.append(error(file.path, _line_of(file.text, "content_note"), "content_note must be a table"))
        note = {}
    for key in sorted(set(note) - _NOTE_KNOWN):
        problems.append(error(file.path, _line_of(file.text, key), f"unknown key 'content_note.{key}'"))
    url = base_url if base_url is not None else text(data, "base_url")
    if url and not re.match(r"https?://[^/]+", url):
        problems.append(error(file.path, _line_of(file.text, "base_url"), f"base_url: '{url}' is not an http(s) URL"))
    config = SiteConfig(
        title=text(data, "title"),
        description=text(data, "description"),
        language=text(data, "language"),
        base_url=url if url.endswith("/") else url + "/",
        content_note=ContentNote(text=text(note, "text"), support_html=to_html(text(note, "support"))),
        intro_html=to_html(text(data, "intro", required=False)),
    )
    return (None if problems else config), tuple(problems)
