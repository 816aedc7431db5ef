"""Command line for scripts and automation: one module per sub-command.

Each command module offers ``add_parser(subparsers)``, which registers the sub-command
with ``func=run``, and ``run(args) -> int``. Command modules import QGIS (if at all)
inside ``run`` only, so that the client commands work in plain Python.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from ..errors import Cancelled, GemeindescanError

# Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "export",
    "publish",
    "municipalities",
    "open",
)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = argparse.ArgumentParser(prog="python -m gemeindescan_uploader",
                                     description="Export and publish Gemeindescan snapshots.")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command; errors become a one-line message on stderr and the error's exit code."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except GemeindescanError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        # One exit code for "cancelled", whether Ctrl+C came during the upload (Cancelled) or elsewhere.
        print("error: cancelled", file=sys.stderr)
        return Cancelled.exit_code
