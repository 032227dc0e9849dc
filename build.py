#!/usr/bin/env python3
"""Build the annotated archive: ``python build.py --help`` lists the commands."""

import sys

from site_src.cli import main

if __name__ == "__main__":
    sys.exit(main())
