"""``export``: a QGIS project's layers, with their styles, to a snapshot file (headless QGIS)."""

from __future__ import annotations

import argparse
import math
import os
from pathlib import Path

from ..errors import InvalidInput
from ..snapshot_format import DEFAULT_PRECISION, MAX_PRECISION


def add_parser(subparsers) -> None:
    """Register ``export`` and its options."""
    parser = subparsers.add_parser(
        "export",
        help="export layers of a QGIS project to a snapshot file",
        description="Export layers of a QGIS project, with their project styles, to a snapshot JSON file.",
    )
    parser.add_argument("--project", required=True, help="the QGIS project (.qgs or .qgz)")
    parser.add_argument(
        "--layer",
        action="append",
        default=[],
        metavar="NAME",
        help="a layer to export (name or id); repeat for more, in any order "
        "(default: the project's visible vector layers)",
    )
    parser.add_argument(
        "--extent",
        metavar="XMIN,YMIN,XMAX,YMAX",
        help="the map extent (default: the extent the project was saved with)",
    )
    parser.add_argument(
        "--extent-crs", metavar="CRS", help="CRS of --extent, e.g. EPSG:2056 (default: the project's CRS)"
    )
    parser.add_argument(
        "--no-crop",
        action="store_true",
        help="keep features outside the extent (default: only those intersecting it)",
    )
    parser.add_argument("--clip", action="store_true", help="cut features to the extent")
    parser.add_argument(
        "--precision",
        type=int,
        default=DEFAULT_PRECISION,
        metavar="N",
        help=f"decimals of the WGS 84 coordinates (default {DEFAULT_PRECISION}, "
        f"about 0.1 m; at most {MAX_PRECISION})",
    )
    parser.add_argument("--title", help="snapshot title (default: the project's title or file name)")
    parser.add_argument("--description", default="", help="snapshot description")
    parser.add_argument("--keyword", action="append", default=[], metavar="K", help="a keyword; repeatable")
    parser.add_argument(
        "--background",
        metavar="mapbox://styles/USER/STYLE",
        help="a Mapbox style drawn under the layers (default: none)",
    )
    parser.add_argument("--output", required=True, help="the snapshot file to write")
    parser.set_defaults(func=run)


def parse_extent(text: str) -> tuple[float, float, float, float]:
    """``XMIN,YMIN,XMAX,YMAX`` as four numbers; InvalidInput if it is not that."""
    try:
        xmin, ymin, xmax, ymax = (float(part) for part in text.split(","))
    except ValueError:
        # Imported here: the client package loads requests and gql, a third of a second at every start.
        from ..client.addresses import shortened

        raise InvalidInput(f"--extent must be XMIN,YMIN,XMAX,YMAX, not “{shortened(text)}”.") from None
    if not all(math.isfinite(value) for value in (xmin, ymin, xmax, ymax)):
        raise InvalidInput("--extent must be four finite numbers (no inf or nan).")
    if not (xmin < xmax and ymin < ymax):
        raise InvalidInput("--extent must have XMIN < XMAX and YMIN < YMAX.")
    return xmin, ymin, xmax, ymax


def run(args: argparse.Namespace) -> int:
    """Export the project's layers and print a one-line report."""
    if args.extent:
        parse_extent(args.extent)  # refuse a typo before QGIS starts
    if not Path(args.project).is_file():
        raise InvalidInput(f"There is no QGIS project at {args.project}.")
    if not 0 <= args.precision <= MAX_PRECISION:
        raise InvalidInput(f"--precision must be between 0 and {MAX_PRECISION}.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = None
    if QgsApplication.instance() is None:
        # GUI enabled (offscreen): QGIS's legend nodes make icons, which needs a QGuiApplication.
        app = QgsApplication([], True)
        app.initQgis()
    try:
        print(_export(args))
    finally:
        if app is not None:
            app.exitQgis()
    return 0


def _export(args: argparse.Namespace) -> str:
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    from ..export.context import ExportContext
    from ..export.layers import mediatype_for
    from ..export.options import ExportOptions, SnapshotMetadata
    from ..export.project import layers_by_name, read_project, saved_extent, visible_vector_layers
    from ..output_paths import check_output_path
    from ..pipeline import export_checked

    project = read_project(args.project)
    layers = layers_by_name(project, args.layer) if args.layer else visible_vector_layers(project)
    if not layers:
        raise InvalidInput("The project shows no vector layer; name the layers to export with --layer.")
    # Never over the project or a layer's data: the analyst's work would be gone.
    check_output_path(args.output, project, layers)
    for layer in layers:  # a layer that cannot load must say so, not leave "no saved extent" to puzzle over
        mediatype_for(layer)
    if args.extent:
        extent = QgsRectangle(*parse_extent(args.extent))
        crs = QgsCoordinateReferenceSystem(args.extent_crs) if args.extent_crs else project.crs()
        if not crs.isValid() and args.extent_crs:
            raise InvalidInput(f"Unknown CRS “{args.extent_crs}” for --extent.")
        if not crs.isValid():
            raise InvalidInput("The project has no CRS to read --extent in; give it with --extent-crs.")
    else:
        extent, crs = saved_extent(project, args.project, layers)
    context = ExportContext.for_extent(extent, crs, transform_context=project.transformContext())
    metadata = SnapshotMetadata(
        title=args.title or project.title() or Path(args.project).stem,
        description=args.description,
        keywords=list(args.keyword),
    )
    options = ExportOptions(
        crop=not args.no_crop, clip=args.clip, precision=args.precision, background=args.background
    )
    # Checked as Processing and the panel check it: a file the platform could not show fails here (exit 10).
    report = export_checked(layers, context, metadata, options, args.output)
    return f"{report.summary()}; written to {args.output} ({_file_size(report.size_bytes)})"


def _file_size(size_bytes: int) -> str:
    """``15 kB`` or ``47.3 MiB``: small snapshots are the common case and "0.0 MiB" says nothing."""
    if size_bytes < 1024 * 1024:
        return f"{max(1, round(size_bytes / 1024))} kB"
    return f"{size_bytes / (1024 * 1024):.1f} MiB"
