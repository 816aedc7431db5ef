"""Export every fidelity case with the plugin's exporter: CASES/<id>/ -> OUT/<id>/<name>.json (+ report)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from gemeindescan_uploader.export.context import ExportContext  # noqa: E402
from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata  # noqa: E402
from gemeindescan_uploader.export.package import export_snapshot  # noqa: E402


def export_case(case_dir: Path, out: Path) -> str:
    """Export one case headless (no canvas scale) at its bounds; the export report's line."""
    case = json.loads((case_dir / "case.json").read_text(encoding="utf-8"))
    project = QgsProject.instance()
    project.removeAllMapLayers()
    layers = []
    for spec in case["layers"]:
        source = f"{case_dir / spec['source']}|layername={spec['layername']}"
        layer = QgsVectorLayer(source, spec["name"], "ogr")
        message, ok = layer.loadNamedStyle(str(case_dir / spec["style"]))
        assert ok, message
        layers.append(layer)
    project.addMapLayers(layers, False)
    west, south, east, north = case["bounds_4326"]
    context = ExportContext.for_extent(
        QgsRectangle(west, south, east, north), QgsCoordinateReferenceSystem("EPSG:4326")
    )
    target = out / case_dir.name / f"{case['name']}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    # The layers' own order (first = bottom) as case.json stacks them, whatever the project tree says.
    report = export_snapshot(
        list(layers), context, SnapshotMetadata(title=case["name"]), ExportOptions(), str(target)
    )
    project.removeAllMapLayers()
    return report.summary()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for case_dir in sorted(path.parent for path in args.cases.glob("*/case.json")):
            print(f"{case_dir.name}: {export_case(case_dir, args.out)}")
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main()
