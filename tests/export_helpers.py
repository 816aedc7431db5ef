"""Builders for exporter tests: memory layers from WKT with a .qml style, contexts, golden comparison."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import SnapshotMetadata
from tests.structural import assert_matches

DATA_DIR = Path(__file__).resolve().parent / "data"
EXPECTED_DIR = DATA_DIR / "expected"


def memory_layer(
    name: str,
    geometry_type: str,
    crs: str,
    fields: Sequence[QgsField],
    rows: Sequence[tuple[Optional[str], list]],
    style: Optional[str] = None,
) -> QgsVectorLayer:
    """A memory layer with one feature per ``(wkt or None, attribute values)`` row, styled from a .qml."""
    layer = QgsVectorLayer(f"{geometry_type}?crs={crs}", name, "memory")
    assert layer.isValid(), f"memory layer {geometry_type} in {crs} is not valid"
    provider = layer.dataProvider()
    provider.addAttributes(list(fields))
    layer.updateFields()
    features = []
    for wkt, values in rows:
        feature = QgsFeature(layer.fields())
        if wkt is not None:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        feature.setAttributes(list(values))
        features.append(feature)
    ok, _ = provider.addFeatures(features)
    assert ok, "features could not be added"
    layer.updateExtents()
    if style:
        message, ok = layer.loadNamedStyle(str(DATA_DIR / style))
        assert ok, message
    return layer


def context(xmin: float, ymin: float, xmax: float, ymax: float, crs: str = "EPSG:2056") -> ExportContext:
    """An export context for the extent, at the headless viewer scale."""
    return ExportContext.for_extent(
        QgsRectangle(xmin, ymin, xmax, ymax),
        QgsCoordinateReferenceSystem(crs),
        transform_context=QgsProject.instance().transformContext(),
    )


def metadata(**overrides) -> SnapshotMetadata:
    """Fixed metadata so that golden files do not depend on the machine's user or project."""
    values = dict(
        title="Golden test",
        description="A snapshot made by a test.",
        contributors=[{"title": "Test Suite", "role": "author"}],
    )
    values.update(overrides)
    return SnapshotMetadata(**values)


def load_expected(name: str) -> dict:
    """The expected snapshot ``tests/data/expected/<name>.json``."""
    with open(EXPECTED_DIR / f"{name}.json", encoding="utf-8") as handle:
        return json.load(handle)


def assert_golden(snapshot: dict, name: str) -> None:
    """The snapshot matches the golden file structurally; coordinates within 1e-6 degrees (≈0.1 m)."""
    assert_matches(snapshot, load_expected(name), rel=0, abs_tol=1.1e-6)


def symbol_with_layers(symbol, *layers):
    """``symbol`` (e.g. ``QgsLineSymbol()``) holding exactly ``layers`` instead of its default layer."""
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def css_px(mm: float) -> float:
    """Millimetres as the viewer's CSS pixels of 1/96 inch (worked out here, not taken from the exporter)."""
    return mm * 96 / 25.4
