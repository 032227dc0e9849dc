"""The search index: the pinned Pagefind binary run over the staging folder before publishing.

Pagefind (from the ``pagefind-bin`` package, version pinned in ``requirements.lock``) writes a
static index and its UI into ``pagefind/``, so search works on any static host with no server
and no third-party request. The output is deterministic for identical pages.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pagefind_bin

from .diagnostics import ContentError, error


def index(site_folder: Path, language: str) -> None:
    """Index every page in ``site_folder`` that marks its content with ``data-pagefind-body``."""
    command = [
        str(pagefind_bin.get_executable()),
        "--site",
        str(site_folder),
        "--force-language",
        language.split("-")[0].lower(),
        "--silent",
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip().splitlines()
        raise ContentError(
            (error("pagefind", 1, f"search indexing failed: {detail[-1] if detail else done.returncode}"),)
        )
