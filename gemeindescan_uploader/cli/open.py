"""``open``: a snapshot file, link or pk as a styled GeoPackage and, if asked, a QGIS project (headless)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..errors import InvalidInput

#: Mapbox's own name for the token; with it, the background becomes a tile layer in the project.
MAPBOX_TOKEN_VARIABLE = "MAPBOX_ACCESS_TOKEN"


def add_parser(subparsers) -> None:
    """Register ``open`` and its options."""
    parser = subparsers.add_parser(
        "open",
        help="open a snapshot (file, link or id) as a styled GeoPackage and QGIS project",
        description="Turn a snapshot into a GeoPackage with one styled layer per resource; with --project, "
        "also a QGIS project with those layers, the WMS layers and the snapshot's metadata, set up "
        "so that publishing it updates the same snapshot. Prints one line per layer. "
        f"The background becomes a Mapbox tile layer when {MAPBOX_TOKEN_VARIABLE} is set.",
    )
    parser.add_argument(
        "source",
        metavar="SNAPSHOT",
        help="a snapshot file, a snapshot link (https://…/PK/ or …/WORKSPACE/PK/), or an id with " "--server",
    )
    parser.add_argument(
        "--server", metavar="URL", help="the Gemeindescan server to ask (default: the link's own address)"
    )
    parser.add_argument("--output", required=True, metavar="DATA.gpkg", help="the GeoPackage to write")
    parser.add_argument(
        "--project", metavar="PROJECT.qgs", help="write (or add to) this QGIS project as well"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the snapshot and print what was made."""
    if not args.output.lower().endswith(".gpkg"):
        raise InvalidInput(f"--output must name a GeoPackage (.gpkg), not “{args.output}”.")
    if args.project and not args.project.lower().endswith((".qgs", ".qgz")):
        raise InvalidInput(f"--project must name a QGIS project (.qgs or .qgz), not “{args.project}”.")
    from ..snapshot_import.source import load_snapshot_data

    # Read (and fetch) first: a wrong link or file fails before QGIS starts.
    data, origin = load_snapshot_data(args.source, args.server)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = None
    if QgsApplication.instance() is None:
        app = QgsApplication([], True)
        app.initQgis()
    try:
        for line in _open(args, data, origin):
            print(line)
    finally:
        if app is not None:
            app.exitQgis()
    return 0


def _open(args: argparse.Namespace, data: dict, origin) -> list[str]:
    from qgis.core import QgsProject

    from ..export.project import read_project
    from ..snapshot_import.opening import open_snapshot_in_project

    project = QgsProject.instance()
    if args.project and Path(args.project).is_file():
        read_project(args.project, project)
    opened = open_snapshot_in_project(
        data, args.output, project, origin, mapbox_token=os.environ.get(MAPBOX_TOKEN_VARIABLE, "")
    )
    lines = [layer.summary() for layer in opened.report.layers]
    lines += [f"not opened: {reason}" for reason in opened.report.skipped] + opened.report.notes
    lines.append(f"GeoPackage: {args.output}")
    if args.project:
        if not project.write(args.project):
            raise InvalidInput(f"The project {args.project} could not be written: {project.error()}")
        lines.append(f"Project: {args.project}")
        if origin is not None:
            lines.append(f"Publishing this project updates snapshot {origin.snapshot_pk}.")
    return lines
