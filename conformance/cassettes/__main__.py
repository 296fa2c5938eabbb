"""``python -m conformance.cassettes``: rebuild (or ``--check``) the cassettes; see :mod:`conformance.cassettes`."""

import sys

from conformance.cassettes.build import main

sys.exit(main())
