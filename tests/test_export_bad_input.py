"""Input an analyst may throw at the exporter: each gives a clear refusal or a sensible snapshot, never garbage."""

from __future__ import annotations

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsRectangle
from qgis.PyQt.QtCore import QVariant

from gemeindescan_uploader.errors import ExportError, InvalidInput, UnsupportedLayer
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import ExportOptions
from gemeindescan_uploader.export.package import build_snapshot, export_snapshot
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


@pytest.mark.parametrize("precision", [-1, 16, 100])
def test_a_coordinate_precision_outside_0_to_15_is_refused(precision):
    with pytest.raises(InvalidInput, match="precision must be 0 to 15"):
        build_snapshot([parcels_layer()], context(*EXTENT), metadata(), ExportOptions(precision=precision))


@pytest.mark.parametrize("precision", [0, 15])
def test_the_extreme_precisions_still_give_valid_snapshots(precision):
    snapshot = build_snapshot([parcels_layer()], context(*EXTENT), metadata(), ExportOptions(precision=precision))
    assert validate_snapshot(snapshot) == []
    lon, lat = features_of(snapshot)[0]["geometry"]["coordinates"][0][0]
    assert lon == pytest.approx(7.438764, abs=0.5) and lat == pytest.approx(46.951173, abs=0.5)


def test_a_layer_in_the_wrong_crs_gives_a_snapshot_validation_refuses():
    # Swiss metres declared as WGS 84: without cropping nothing stops them before the check.
    wrong = memory_layer("Falsches KBS", "Polygon", "EPSG:4326", [], [(SQUARE, [])], "golden_polygon_red.qml")
    snapshot = build_snapshot([wrong], context(*EXTENT), metadata(), ExportOptions(crop=False))
    assert validate_snapshot(snapshot) == [
        "Layer 'falsches-kbs', feature 1: its coordinates are not longitude/latitude in degrees "
        "(is the layer's CRS right?)."]
    # Cropped, the same features are outside the (Swiss) extent and simply left out.
    assert features_of(build_snapshot([wrong], context(*EXTENT), metadata())) == []


def test_an_output_path_that_cannot_be_written_is_an_export_error(tmp_path):
    for path in (tmp_path / "kein Ordner" / "snapshot.json", tmp_path):  # a missing folder; a folder
        with pytest.raises(ExportError, match="cannot be written"):
            export_snapshot([parcels_layer()], context(*EXTENT), metadata(), None, str(path))
    assert list(tmp_path.iterdir()) == []
