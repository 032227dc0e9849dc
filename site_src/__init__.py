"""The archive builder: scraped writings in ``content/``, a static annotated archive out."""

from __future__ import annotations

__version__ = "0.1.0"
GENERATOR = f"annotated-archive {__version__}"

__all__ = ["GENERATOR", "__version__"]
