"""Entry of the frozen `tirek` executable (console): the command line, or the window."""

import sys

from app.cli.main import main

sys.exit(main())
