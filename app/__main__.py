"""`python -m app` is the same as the `tirek` command."""

from app.cli.main import main

raise SystemExit(main())
