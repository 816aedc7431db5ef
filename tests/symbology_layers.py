"""Test layers for the symbology golden cases: a memory layer with the case's fields and features."""

from __future__ import annotations

import json
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)

from gemeindescan_uploader.export.context import ExportContext

DATA = Path(__file__).resolve().parent / "data"
EXPECTED = DATA / "expected" / "symbology"
SWISS = QgsCoordinateReferenceSystem("EPSG:2056")
# 1000 m × 500 m in Bern; at 1:10000 one CSS pixel (25.4 / 96 mm) covers 2.6458 m and 1 mm covers 10 m.
EXTENT = QgsRectangle(2600000, 1200000, 2601000, 1200500)
_GEOMETRIES = {
    "Point": QgsGeometry.fromPointXY(QgsPointXY(2600500, 1200250)),
    "LineString": QgsGeometry.fromPolylineXY([QgsPointXY(2600400, 1200200), QgsPointXY(2600500, 1200200)]),
    "Polygon": QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)),
}


def load_case(name: str) -> dict:
    """The golden case ``expected/symbology/<name>.json``: layer, style, features, expected legend."""
    return json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))


def case_names() -> list[str]:
    """Every symbology golden case in ``tests/data/expected/symbology``."""
    return sorted(path.stem for path in EXPECTED.glob("*.json"))


def build_layer(case: dict) -> QgsVectorLayer:
    """A memory layer in EPSG:2056 with the case's fields and features, styled with the case's ``.qml``."""
    spec = case["layer"]
    fields = "".join(f"&field={name}:{kind}" for name, kind in spec["fields"].items())
    layer = QgsVectorLayer(f"{spec['geometry']}?crs=EPSG:2056{fields}", spec["name"], "memory")
    assert layer.isValid()
    features = []
    for row in case["features"]:
        feature = QgsFeature(layer.fields())
        for name, value in row["attributes"].items():
            feature.setAttribute(name, value)
        feature.setGeometry(QgsGeometry(_GEOMETRIES[spec["geometry"]]))
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)[0]
    message, ok = layer.loadNamedStyle(str(DATA / case["style"]))
    assert ok, message
    return layer


def case_context(case: dict) -> ExportContext:
    """The export context of a case: the Bern extent at the case's scale (headless scale if none)."""
    return ExportContext.for_extent(EXTENT, SWISS, scale=case.get("scale"))
