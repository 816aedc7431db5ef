"""``publish``: upload a snapshot file to a workspace and print where it lives, as JSON."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from ..client import GemeindescanClient
from ..publish import SnapshotTarget, publish, read_snapshot_file
from ..snapshot_format import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from .credentials import PASSWORD_VARIABLE, read_password

log = logging.getLogger("gemeindescan")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``publish`` sub-command."""
    parser = subparsers.add_parser(
        "publish", help="publish a snapshot file to a Gemeindescan workspace",
        description="Create a snapshot in a workspace (or update one with --update) and upload the file. "
                    f"The password comes from {PASSWORD_VARIABLE} or is asked for. Prints one JSON object "
                    "with pk, id, url, workspace_url and data_file.")
    parser.add_argument("file", metavar="FILE.json", help="the snapshot file")
    parser.add_argument("--server", required=True, metavar="URL", help="the Gemeindescan server, e.g. https://…")
    parser.add_argument("--frontend", metavar="URL",
                        help="the website for the printed links (default: the server address)")
    parser.add_argument("--username", required=True, metavar="USER")
    parser.add_argument("--workspace", required=True, metavar="WS",
                        help="workspace id (like B5BXT) or its link")
    parser.add_argument("--bfs", required=True, metavar="NUMBER", help="BfS number of the municipality")
    parser.add_argument("--title", required=True,
                        help=f"snapshot title (at most {MAX_TITLE_LENGTH} characters)")
    parser.add_argument("--topic", required=True,
                        help=f"snapshot topic (at most {MAX_TOPIC_LENGTH} characters)")
    parser.add_argument("--update", metavar="PK", help="update this snapshot instead of creating a new one")
    parser.add_argument("--verbose", "-v", action="store_true", help="log the technical details on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Publish and print the result; typed errors go up to the command line's error handling."""
    configure_logging(args.verbose)
    # Everything that can be checked without the server is checked before the password is asked:
    # the addresses and the target once, here, into typed values; the file before anything is created.
    with GemeindescanClient(args.server, frontend_url=args.frontend) as client:
        target = SnapshotTarget.parse(args.title, args.topic, args.bfs, args.workspace, args.update,
                                      frontend_url=client.frontend_url)
        read_snapshot_file(args.file)
        client.login(args.username, read_password(args.username, client.server_url))
        result = publish(client, args.file, target, check_file=False)
        # After a failure the session is only dropped with the client: the platform's logout merely
        # deletes cookies, and a dead server would make the analyst wait for it once more.
        client.logout()
    json.dump(result.as_dict(), sys.stdout)
    sys.stdout.write("\n")
    return 0


def configure_logging(verbose: bool) -> None:
    """Technical details on stderr with ``--verbose``; stdout stays reserved for the result."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(message)s")
        # urllib3 logs every request line at DEBUG; the client's own lines say what matters.
        logging.getLogger("urllib3").setLevel(logging.INFO)
