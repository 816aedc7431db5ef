"""``municipalities``: list the server's municipalities, one ``bfs_number<TAB>fullname`` a line."""

from __future__ import annotations

import argparse
import logging
import sys

from .publish import configure_logging

log = logging.getLogger("gemeindescan")


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``municipalities`` sub-command."""
    parser = subparsers.add_parser(
        "municipalities",
        help="list municipalities and their BfS numbers",
        description="Print every municipality (or those whose name contains SEARCH) as "
        "BfS number, a tab, and the name with canton. No login needed.",
    )
    parser.add_argument("search", nargs="?", metavar="SEARCH", help="part of the name, any case")
    parser.add_argument("--server", required=True, metavar="URL", help="the Gemeindescan server")
    parser.add_argument("--verbose", "-v", action="store_true", help="log the technical details on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the municipalities; exit 0 even when none match (the list is then empty)."""
    configure_logging(args.verbose)
    # Imported here: the client (gql, graphql-core) costs half a second the export command does not need.
    from ..client import GemeindescanClient

    with GemeindescanClient(args.server) as client:
        municipalities = client.municipalities(args.search)
    for municipality in municipalities:
        sys.stdout.write(f"{municipality.bfs_number}\t{municipality.fullname}\n")
    return 0
