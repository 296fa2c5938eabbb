"""``python -m bench [--smoke] [--only NAME] [--out PATH] [--profile]``."""

from __future__ import annotations

import sys

from . import main

sys.exit(main())
