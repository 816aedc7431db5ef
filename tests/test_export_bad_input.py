"""Input an analyst may throw at the exporter: each gives a clear refusal or a sensible snapshot, never garbage."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsRectangle
from qgis.PyQt.QtCore import QVariant

from gemeindescan_uploader.errors import InvalidInput, UnsupportedLayer
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import ExportOptions
from gemeindescan_uploader.export.package import build_snapshot
from gemeindescan_uploader.validation import validate_snapshot
from tests.export_cases import EXTENT, parcels_layer
from tests.export_helpers import context, memory_layer, metadata
from tests.schema import assert_valid_snapshot

SQUARE = "Polygon((2600010 1200010, 2600030 1200010, 2600030 1200030, 2600010 1200030, 2600010 1200010))"


def features_of(snapshot: dict, index: int = 0) -> list[dict]:
    return snapshot["resources"][index]["data"]["features"]


def test_a_layer_without_crs_is_refused_rather_than_written_in_its_own_units():
    layer = memory_layer("Ohne KBS", "Polygon", "EPSG:2056", [], [(SQUARE, [])], "golden_polygon_red.qml")
    layer.setCrs(QgsCoordinateReferenceSystem())
    for options in (ExportOptions(), ExportOptions(crop=False)):
        with pytest.raises(UnsupportedLayer, match="“Ohne KBS” has no coordinate reference system"):
            build_snapshot([layer], context(*EXTENT), metadata(), options)


def test_an_extent_without_crs_is_refused():
    no_crs = ExportContext.for_extent(QgsRectangle(*EXTENT), QgsCoordinateReferenceSystem())
    with pytest.raises(InvalidInput, match="map extent has no coordinate reference system"):
        build_snapshot([parcels_layer()], no_crs, metadata())
