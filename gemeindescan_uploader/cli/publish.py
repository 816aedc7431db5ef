"""``publish``: upload a snapshot file to a workspace and print where it lives, as JSON."""

from __future__ import annotations

import argparse
import json
import logging
import sys

from ..credentials import Credentials
from ..pipeline import PublishTarget, publish_file
from ..snapshot_format import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from .credentials import PASSWORD_VARIABLE, read_password

log = logging.getLogger("gemeindescan")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``publish`` sub-command."""
    parser = subparsers.add_parser(
        "publish",
        help="publish a snapshot file to a Gemeindescan workspace",
        description="Create a snapshot in a workspace (or update one with --update) and upload the file. "
        f"The password comes from {PASSWORD_VARIABLE} or is asked for. Prints one JSON object "
        "with pk, id, url, workspace_url and data_file.",
    )
    parser.add_argument("file", metavar="FILE.json", help="the snapshot file")
    parser.add_argument(
        "--server", required=True, metavar="URL", help="the Gemeindescan server, e.g. https://…"
    )
    parser.add_argument(
        "--frontend", metavar="URL", help="the website for the printed links (default: the server address)"
    )
    parser.add_argument("--username", required=True, metavar="USER")
    parser.add_argument(
        "--workspace", required=True, metavar="WS", help="workspace id (like B5BXT) or its link"
    )
    parser.add_argument("--bfs", required=True, metavar="NUMBER", help="BfS number of the municipality")
    parser.add_argument(
        "--title", required=True, help=f"snapshot title (at most {MAX_TITLE_LENGTH} characters)"
    )
    parser.add_argument(
        "--topic", required=True, help=f"snapshot topic (at most {MAX_TOPIC_LENGTH} characters)"
    )
    parser.add_argument("--update", metavar="PK", help="update this snapshot instead of creating a new one")
    parser.add_argument("--verbose", "-v", action="store_true", help="log the technical details on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Publish and print the result; typed errors go up to the command line's error handling."""
    configure_logging(args.verbose)
    # Imported here: the client (gql, graphql-core) costs half a second the other commands do not need.
    from ..client import GemeindescanClient

    target = PublishTarget(
        server_url=args.server,
        workspace=args.workspace,
        bfs_number=args.bfs,
        title=args.title,
        topic=args.topic,
        snapshot_pk=args.update,
        frontend_url=args.frontend,
    )

    def login(client: GemeindescanClient) -> Credentials:
        # Asked only after the inputs (parsed once into typed values) and the file passed their checks.
        return Credentials(args.username, read_password(args.username, client.server_url))

    # The pipeline Processing and the panel use: check the file, log in, publish, log out. Errors go up
    # to the command line's handling, which adds the retry advice once (cli/__init__.py).
    # The plain client, also when a QGIS happens to run in this process (tests, the Python console):
    # the command line follows the environment's proxy and certificates, never a QGIS profile's.
    result = publish_file(args.file, target, login, client_factory=GemeindescanClient)
    json.dump(result.as_dict(), sys.stdout)
    sys.stdout.write("\n")
    return 0


def configure_logging(verbose: bool) -> None:
    """Technical details on stderr with ``--verbose``; stdout stays reserved for the result."""
    if verbose:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(levelname)s %(message)s")
        # urllib3 logs every request line at DEBUG; the client's own lines say what matters.
        logging.getLogger("urllib3").setLevel(logging.INFO)
