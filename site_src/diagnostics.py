"""Problems found in the content, as data: each names a file and a line.

Stages return diagnostics instead of printing or raising, so that one build reports every problem
at once and only the command line decides what they mean for the exit code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    """How bad a problem is: an error stops the build, a warning only under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem in one file."""

    path: str
    """The file, relative to the content folder's parent as the editor types it."""
    line: int
    """1-based line number; 1 where the problem concerns the whole file."""
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        # Errors and warnings print the same way (DESIGN.md §3); the summary counts warnings.
        return f"{self.path}:{self.line}: {self.message}"


def error(path: str, line: int, message: str) -> Diagnostic:
    """Build an error diagnostic."""
    return Diagnostic(path, line, message, Severity.ERROR)


def warning(path: str, line: int, message: str) -> Diagnostic:
    """Build a warning diagnostic."""
    return Diagnostic(path, line, message, Severity.WARNING)


class ContentError(Exception):
    """Raised by the pipeline when the content has errors and nothing may be published."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...]) -> None:
        super().__init__(f"{len(diagnostics)} problem(s) in the content")
        self.diagnostics = diagnostics
