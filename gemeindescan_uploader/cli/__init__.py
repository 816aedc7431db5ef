"""Command line for scripts and automation: one module per sub-command.

Each command module offers ``add_parser(subparsers)``, which registers the sub-command
with ``func=run``, and ``run(args) -> int``. Command modules import QGIS (if at all)
inside ``run`` only, so that the client commands work in plain Python.

Every way the command line ends is one line on stderr and an exit code from ``errors.py``
(listed in the README); an unexpected error also goes, with its traceback, to the log file.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import tempfile
import traceback
from pathlib import Path
from typing import NoReturn

from ..errors import UNEXPECTED_ERROR_EXIT_CODE, Cancelled, GemeindescanError, InvalidInput
from ..redaction import install_log_redaction, redact, secrets_kept

log = logging.getLogger("gemeindescan")
install_log_redaction(log)

# Sub-command modules, in the order ``--help`` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "export",
    "publish",
    "municipalities",
    "open",
)

#: Where the command line writes the details of unexpected errors (override with GEMEINDESCAN_LOG_FILE).
LOG_FILE_VARIABLE = "GEMEINDESCAN_LOG_FILE"


class OneLineArgumentParser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit code 2 like every other invalid input."""

    def error(self, message: str) -> NoReturn:
        """Print ``error: …`` with a pointer to ``--help`` and exit 2."""
        print(f"error: {redact(message)} (see {self.prog} --help)", file=sys.stderr)
        sys.exit(InvalidInput.exit_code)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every sub-command registered."""
    parser = OneLineArgumentParser(
        prog="python -m gemeindescan_uploader", description="Export and publish Gemeindescan snapshots."
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineArgumentParser)
    subparsers.required = True
    for name in COMMAND_MODULES:
        importlib.import_module(f"{__name__}.{name}").add_parser(subparsers)
    return parser


def cli_update_hint(snapshot_pk: str) -> str:
    """The retry advice in the command line's words."""
    return f"Publish again with --update {snapshot_pk} to complete it."


def main(argv: list[str] | None = None) -> int:
    """Run one sub-command; every ending is a one-line message on stderr and a documented exit code."""
    args = build_parser().parse_args(argv)
    verbose = bool(getattr(args, "verbose", False))
    # The last words (an unexpected error's traceback) come after the client closed: keep its secrets.
    with secrets_kept():
        return _run(args, verbose)


def _run(args: argparse.Namespace, verbose: bool) -> int:
    """The sub-command, with every ending turned into one line and an exit code."""
    try:
        return args.func(args)
    except GemeindescanError as error:
        log.debug("%s: %s", type(error).__name__, error.detail)
        print(f"error: {error.user_message(cli_update_hint)}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        # One exit code for "cancelled", whether Ctrl+C came during the upload (Cancelled) or elsewhere.
        print("error: cancelled", file=sys.stderr)
        return Cancelled.exit_code
    except BrokenPipeError:
        # The reader of the output stopped early (`... | head`): not an error of ours. Point stdout at
        # nothing, so that the interpreter's final flush does not complain either.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as error:  # noqa: BLE001 (the last line of defence: no traceback for the analyst)
        return _report_unexpected(error, verbose)


def _report_unexpected(error: Exception, verbose: bool) -> int:
    """One line for an error nobody foresaw; the traceback goes to the log file (and, verbose, to stderr)."""
    details = redact("".join(traceback.format_exception(type(error), error, error.__traceback__)))
    where = _write_log(details)
    if verbose:
        sys.stderr.write(details)
    place = f" The details are in {where}." if where else ""
    print(
        f"error: an unexpected problem stopped the command ({type(error).__name__}).{place} "
        "Please report it with that file.",
        file=sys.stderr,
    )
    return UNEXPECTED_ERROR_EXIT_CODE


def log_file_path() -> Path:
    """The command line's log file: GEMEINDESCAN_LOG_FILE, else gemeindescan-uploader.log in the temp dir."""
    configured = os.environ.get(LOG_FILE_VARIABLE)
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "gemeindescan-uploader.log"


def _write_log(text: str) -> str:
    """Append ``text`` to the log file; its path, or "" when it cannot be written."""
    path = log_file_path()
    try:
        with path.open("a", encoding="utf-8") as stream:
            stream.write(text)
    except OSError:
        return ""
    return str(path)
