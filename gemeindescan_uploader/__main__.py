"""``python -m gemeindescan_uploader``: the command line."""

from .cli import main

raise SystemExit(main())
