"""Input an analyst may throw at the exporter: a clear refusal or a sensible snapshot, never garbage."""

from __future__ import annotations

import io

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsHeatmapRenderer, QgsRectangle
from qgis.PyQt.QtCore import QVariant

from gemeindescan_uploader.errors import ExportError, InvalidInput, UnsupportedLayer
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import ExportOptions
from gemeindescan_uploader.export.package import build_snapshot, export_snapshot, write_snapshot
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
    snapshot = build_snapshot(
        [parcels_layer()], context(*EXTENT), metadata(), ExportOptions(precision=precision)
    )
    assert validate_snapshot(snapshot) == []
    lon, lat = features_of(snapshot)[0]["geometry"]["coordinates"][0][0]
    assert lon == pytest.approx(7.438764, abs=0.5) and lat == pytest.approx(46.951173, abs=0.5)


def test_a_layer_in_the_wrong_crs_gives_a_snapshot_validation_refuses():
    # Swiss metres declared as WGS 84: without cropping nothing stops them before the check.
    wrong = memory_layer("Falsches KBS", "Polygon", "EPSG:4326", [], [(SQUARE, [])], "golden_polygon_red.qml")
    snapshot = build_snapshot([wrong], context(*EXTENT), metadata(), ExportOptions(crop=False))
    assert validate_snapshot(snapshot) == [
        "Layer 'falsches-kbs', feature 1: its coordinates are not longitude/latitude in degrees "
        "(is the layer's CRS right?)."
    ]
    # Cropped, the same features are outside the (Swiss) extent and simply left out.
    assert features_of(build_snapshot([wrong], context(*EXTENT), metadata())) == []


def test_an_output_path_that_cannot_be_written_is_an_export_error(tmp_path):
    for path in (tmp_path / "kein Ordner" / "snapshot.json", tmp_path):  # a missing folder; a folder
        with pytest.raises(ExportError, match="cannot be written"):
            export_snapshot([parcels_layer()], context(*EXTENT), metadata(), None, str(path))
    assert list(tmp_path.iterdir()) == []


def test_layers_in_lv03_and_in_a_custom_crs_land_where_the_lv95_layer_does():
    lv95 = features_of(build_snapshot([parcels_layer()], context(*EXTENT), metadata()))[0]["geometry"]
    lv03 = memory_layer(
        "LV03",
        "Polygon",
        "EPSG:21781",
        [],
        [(SQUARE.replace("26000", "6000").replace("12000", "2000"), [])],
        "golden_polygon_red.qml",
    )
    # LV95 with a made-up false origin: no EPSG code matches, QGIS keeps it as a custom CRS.
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=somerc +lat_0=46.9524055555556 +lon_0=7.43958333333333 +k_0=1 +x_0=1000 +y_0=1000 "
        "+ellps=bessel +towgs84=674.374,15.056,405.346,0,0,0,0 +units=m +no_defs"
    )
    assert custom.isValid() and not custom.authid()
    local = memory_layer(
        "Lokal",
        "Polygon",
        "EPSG:2056",
        [],
        [("Polygon((1010 1010, 1030 1010, 1030 1030, 1010 1030, 1010 1010))", [])],
        "golden_polygon_red.qml",
    )
    local.setCrs(custom)
    for layer in (lv03, local):
        snapshot = build_snapshot([layer], context(*EXTENT), metadata())
        geometry = features_of(snapshot)[0]["geometry"]
        for (lon, lat), (lon_95, lat_95) in zip(geometry["coordinates"][0], lv95["coordinates"][0]):
            # LV03 → LV95 through PROJ's 7-parameter shift is good to about a metre.
            assert lon == pytest.approx(lon_95, abs=2e-5) and lat == pytest.approx(lat_95, abs=2e-5)
        assert_valid_snapshot(snapshot)


def test_an_extent_away_from_every_feature_gives_an_empty_layer_with_its_legend():
    snapshot = build_snapshot([parcels_layer()], context(2700000, 1250000, 2700100, 1250100), metadata())
    assert features_of(snapshot) == []
    assert [entry["label"] for entry in snapshot["views"][0]["spec"]["legend"]] == ["Parzellen"]
    assert validate_snapshot(snapshot) == []
    report = write_snapshot(
        io.StringIO(), [parcels_layer()], context(2700000, 1250000, 2700100, 1250100), metadata()
    )
    assert report.summary() == "Parzellen: 0 features (4 outside the extent)"


def test_non_ascii_field_names_that_are_empty_or_odd_are_kept_as_properties():
    fields = [QgsField("Ümlaut ß 日本", QVariant.String), QgsField("a.b/c", QVariant.Int)]
    layer = memory_layer(
        "Felder",
        "Point",
        "EPSG:2056",
        fields,
        [("Point(2600010 1200010)", ["ü", 3])],
        "golden_point_green.qml",
    )
    snapshot = build_snapshot([layer], context(*EXTENT), metadata())
    properties = features_of(snapshot)[0]["properties"]
    assert properties["Ümlaut ß 日本"] == "ü" and properties["a.b/c"] == 3
    assert_valid_snapshot(snapshot)


def test_a_heatmap_layer_is_refused_rather_than_exported_empty_without_legend():
    layer = memory_layer(
        "Hitze", "Point", "EPSG:2056", [], [("Point(2600010 1200010)", [])], "golden_point_green.qml"
    )
    layer.setRenderer(QgsHeatmapRenderer())
    with pytest.raises(UnsupportedLayer, match="“Hitze” is drawn as a heatmap"):
        build_snapshot([layer], context(*EXTENT), metadata())
