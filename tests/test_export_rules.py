"""Exporter rules beyond the golden files: names, bounds, layer order, refusals, attributes, options."""

from __future__ import annotations

import io
import json
import math

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeedback,
    QgsField,
    QgsFillSymbol,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, QTime, QVariant

from gemeindescan_uploader.errors import Cancelled, ExportError, InvalidInput, UnsupportedLayer
from gemeindescan_uploader.export.bounds import geo_uri, snapshot_bounds
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.layers import bottom_to_top
from gemeindescan_uploader.export.names import UniqueNames, slugify
from gemeindescan_uploader.export.options import ExportOptions
from gemeindescan_uploader.export.package import build_snapshot, export_snapshot, write_snapshot
from gemeindescan_uploader.validation import validate_snapshot
from tests.export_cases import EXTENT, parcels_layer
from tests.export_helpers import context, memory_layer, metadata
from tests.schema import assert_valid_snapshot


def features_of(snapshot: dict, index: int = 0) -> list[dict]:
    return snapshot["resources"][index]["data"]["features"]


@pytest.fixture()
def project():
    """The project singleton, emptied afterwards (layer order tests add layers to its tree)."""
    yield QgsProject.instance()
    QgsProject.instance().clear()


# --- names and bounds ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, slug",
    [
        ("Gebäude & Straßen – Zürich", "gebaeude-strassen-zuerich"),
        ("  Öffentlicher Verkehr (ÖV) ", "oeffentlicher-verkehr-oev"),
        ("Lärm_2023.v2", "laerm_2023.v2"),
        ("Crème brûlée / côte", "creme-brulee-cote"),
        ("日本", "layer"),
        ("", "layer"),
    ],
)
def test_slugs_match_the_frictionless_name_pattern(text, slug):
    assert slugify(text) == slug


def test_names_are_unique_within_a_snapshot():
    names = UniqueNames(taken=("background",))
    assert [names.claim(text) for text in ("Background", "A", "a", "A!", "日本")] == [
        "background-2",
        "a",
        "a-2",
        "a-3",
        "layer",
    ]


def test_geo_uris_are_fixed_point_latitude_first():
    assert geo_uri(46.5, 0.00001, 6) == "geo:46.500000,0.000010"
    assert geo_uri(47.123456789, 8.5, 3) == "geo:47.123,8.500"


def test_bounds_round_outwards_and_keep_one_decimal_at_precision_zero():
    lv95 = context(*EXTENT)
    assert snapshot_bounds(lv95, 6) == ["geo:46.951082,7.438632", "geo:46.951983,7.439947"]
    assert snapshot_bounds(lv95, 3) == ["geo:46.951,7.438", "geo:46.952,7.440"]
    assert snapshot_bounds(lv95, 0) == ["geo:46.9,7.4", "geo:47.0,7.5"]
    # An extent already in WGS 84 on the grid stays where it is.
    wgs84 = context(7.4, 46.9, 7.5, 47.0, crs="EPSG:4326")
    assert snapshot_bounds(wgs84, 6) == ["geo:46.900000,7.400000", "geo:47.000000,7.500000"]


# --- layer order --------------------------------------------------------------------------------------


def test_layers_follow_the_layer_tree_bottom_first_whatever_order_they_come_in(project):
    bottom, middle, top = (parcels_layer(name) for name in ("Unten", "Mitte", "Oben"))
    for layer in (bottom, middle, top):  # each added at the top of the tree
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
    outsider = parcels_layer("Nicht im Projekt")
    assert [layer.name() for layer in bottom_to_top([top, outsider, bottom, middle])] == [
        "Unten",
        "Mitte",
        "Oben",
        "Nicht im Projekt",
    ]
    snapshot = build_snapshot([middle, top, bottom], context(*EXTENT), metadata())
    assert snapshot["views"][0]["resources"] == ["unten", "mitte", "oben"]
    assert [entry["label"] for entry in snapshot["views"][0]["spec"]["legend"]] == ["Oben", "Mitte", "Unten"]


def test_a_custom_layer_order_is_the_drawing_order(project):
    first, second = parcels_layer("Erste"), parcels_layer("Zweite")
    for layer in (first, second):
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)  # tree: Zweite above Erste
    project.layerTreeRoot().setCustomLayerOrder([first, second])  # Erste drawn on top
    project.layerTreeRoot().setHasCustomLayerOrder(True)
    assert [layer.name() for layer in bottom_to_top([first, second])] == ["Zweite", "Erste"]


# --- refusals -----------------------------------------------------------------------------------------


def _geotiff(path) -> QgsRasterLayer:
    from osgeo import gdal

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 2, 2, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((2600000, 50, 0, 1200100, 0, -50))
    dataset = None
    return QgsRasterLayer(str(path), "Orthofoto", "gdal")


def test_layers_a_snapshot_cannot_carry_are_refused_with_the_reason(tmp_path):
    table = QgsVectorLayer("None?field=name:string", "Tabelle", "memory")
    broken = QgsVectorLayer(str(tmp_path / "missing.gpkg"), "Verschwunden", "ogr")
    tiles = QgsRasterLayer("type=xyz&url=http://127.0.0.1:9/%7Bz%7D/%7Bx%7D/%7By%7D.png", "Kacheln", "wms")
    raster = _geotiff(tmp_path / "ortho.tif")
    mixed = QgsVectorLayer("GeometryCollection?crs=EPSG:2056", "Gemischt", "memory")
    expected = {
        "Gemischt": "has no single geometry type",
        "Tabelle": "is a table without geometry",
        "Verschwunden": "could not be loaded",
        "Kacheln": "is a tile service (XYZ or WMTS)",
        "Orthofoto": "is a raster layer that is not a WMS",
    }
    for layer in (table, broken, tiles, raster, mixed):
        with pytest.raises(UnsupportedLayer) as refused:
            build_snapshot([parcels_layer(), layer], context(*EXTENT), metadata())
        assert f"“{layer.name()}” {expected[layer.name()]}" in refused.value.message
    report = write_snapshot(
        io.StringIO(),
        [parcels_layer(), table, raster],
        context(*EXTENT),
        metadata(),
        ExportOptions(skip_unsupported=True),
    )
    assert [title for title, _ in report.refused] == ["Tabelle", "Orthofoto"]
    assert report.summary().startswith("Parzellen: 3 features (1 outside the extent); Tabelle: refused (")
    with pytest.raises(ExportError, match="no layer to export"):
        build_snapshot([table], context(*EXTENT), metadata(), ExportOptions(skip_unsupported=True))


# --- features -----------------------------------------------------------------------------------------


def test_attributes_become_json_safe_and_style_keys_win(tmp_path):
    fields = [
        QgsField("fill", QVariant.String),
        QgsField("marker-color", QVariant.String),
        QgsField("messwert", QVariant.Double),
        QgsField("bild", QVariant.ByteArray),
        QgsField("anzahl", QVariant.LongLong),
    ]
    triangle = "Polygon((2600010 1200010, 2600020 1200010, 2600020 1200020, 2600010 1200010))"
    values = ["#00ff00", "#123456", math.nan, QByteArray(b"\x89PNG"), 2**53]
    layer = memory_layer(
        "Attribute", "Polygon", "EPSG:2056", fields, [(triangle, values)], "golden_polygon_red.qml"
    )
    snapshot = build_snapshot([layer], context(*EXTENT), metadata())
    properties = features_of(snapshot)[0]["properties"]
    assert properties["fill"] == "#ff0000"  # the style, not the attribute
    assert "marker-color" not in properties and "bild" not in properties
    assert properties["messwert"] is None and properties["anzahl"] == 2**53
    assert_valid_snapshot(snapshot)


def test_dates_and_times_become_iso_text_and_null_stays_null():
    fields = [
        QgsField("datum", QVariant.Date),
        QgsField("zeit", QVariant.Time),
        QgsField("erfasst", QVariant.DateTime),
    ]
    point = "Point(2600020 1200020)"
    rows = [
        [QDate(2020, 1, 31), QTime(7, 5, 9), QDateTime(QDate(2020, 1, 31), QTime(23, 59, 1))],
        [QDate(2020, 1, 31), None, None],  # the same day again: its text comes from the remembered one
        [None, QTime(0, 0), QDateTime(QDate(1999, 12, 31), QTime(0, 0, 0))],
        [QDate(1999, 4, 30), QTime(12, 0, 30), None],
    ]
    layer = memory_layer(
        "Termine", "Point", "EPSG:2056", fields, [(point, row) for row in rows], "golden_point_green.qml"
    )
    snapshot = build_snapshot([layer], context(*EXTENT), metadata())
    properties = [feature["properties"] for feature in features_of(snapshot)]
    assert [(row["datum"], row["zeit"], row["erfasst"]) for row in properties] == [
        ("2020-01-31", "07:05:09", "2020-01-31T23:59:01"),
        ("2020-01-31", None, None),
        (None, "00:00:00", "1999-12-31T00:00:00"),
        ("1999-04-30", "12:00:30", None),
    ]


def test_point_attributes_named_like_circle_options_give_way_to_the_style():
    layer = memory_layer(
        "Punkte",
        "Point",
        "EPSG:2056",
        [QgsField("radius", QVariant.Double)],
        [("Point(2600010 1200010)", [1000.0])],
        "golden_point_green.qml",
    )
    properties = features_of(build_snapshot([layer], context(*EXTENT), metadata()))[0]["properties"]
    # The style's 4 mm circle: 4 x 96 / 25.4 / 2 = 7.559 CSS px of radius at the viewer's zoom 18 for the
    # 100 m extent in Bern, 0.40717 m per px (see case_non_ascii in tests/export_cases.py): 3.078 m.
    assert properties["radius"] == pytest.approx(3.078, abs=0.001)


def test_curves_are_segmentized_on_the_arc():
    layer = memory_layer(
        "Kreis",
        "CurvePolygon",
        "EPSG:2056",
        [],
        [("CurvePolygon(CircularString(2600040 1200050, 2600060 1200050, 2600040 1200050))", [])],
        "golden_polygon_red.qml",
    )
    snapshot = build_snapshot([layer], context(*EXTENT), metadata(), ExportOptions(precision=7))
    geometry = features_of(snapshot)[0]["geometry"]
    assert geometry["type"] == "Polygon"
    ring = geometry["coordinates"][0]
    assert len(ring) > 20
    # All vertices 10 m from the centre (2600050/1200050): about 1.3e-4° of longitude, 9.0e-5° of latitude.
    centre_lon = sum(lon for lon, _ in ring[:-1]) / (len(ring) - 1)
    centre_lat = sum(lat for _, lat in ring[:-1]) / (len(ring) - 1)
    metres = [
        math.hypot(
            (lon - centre_lon) * 111320 * math.cos(math.radians(centre_lat)), (lat - centre_lat) * 111320
        )
        for lon, lat in ring
    ]
    assert all(abs(distance - 10) < 0.2 for distance in metres)


def test_without_cropping_every_feature_is_kept_and_precision_is_honoured():
    snapshot = build_snapshot(
        [parcels_layer()], context(*EXTENT), metadata(), ExportOptions(crop=False, precision=3)
    )
    assert [f["properties"]["name"] for f in features_of(snapshot)] == [
        "inside",
        "touches east edge",
        "across corner",
        "outside",
    ]
    numbers = json.dumps([f["geometry"] for f in features_of(snapshot)])
    tokens = numbers.replace("]", ",").split(",")
    assert all(len(token.split(".")[1]) <= 3 for token in tokens if "." in token)
    assert snapshot["views"][0]["spec"]["bounds"] == ["geo:46.951,7.438", "geo:46.952,7.440"]


def test_an_extent_in_another_crs_is_cropped_exactly_in_that_crs():
    # A WGS 84 extent whose east edge runs 5 m east of the parcels' "inside" square (x 2600030).
    extent = QgsRectangle(7.4385, 46.9510, 7.43909, 46.9514)
    wgs84 = ExportContext.for_extent(extent, QgsCoordinateReferenceSystem("EPSG:4326"))
    report = write_snapshot(io.StringIO(), [parcels_layer()], wgs84, metadata())
    assert (report.layers[0].written, report.layers[0].left_out) == (1, {"outside the extent": 3})


def test_features_held_back_by_the_extent_are_counted_by_reason():
    rows = [("Point(2600010 1200010)", []), ("Point(2700000 1300000)", []), (None, [])]
    layer = memory_layer("Punkte", "Point", "EPSG:2056", [], rows, "golden_point_green.qml")
    report = write_snapshot(io.StringIO(), [layer], context(*EXTENT), metadata())
    assert report.layers[0].written == 1
    assert report.layers[0].left_out == {"outside the extent": 1, "empty or no geometry": 1}


def test_features_qgis_does_not_draw_are_left_out_and_counted():
    layer = parcels_layer()
    shown = QgsRendererCategory(1, QgsFillSymbol.createSimple({"color": "0,0,255,255"}), "eins")
    hidden = QgsRendererCategory(2, QgsFillSymbol.createSimple({"color": "255,0,0,255"}), "zwei", False)
    layer.setRenderer(QgsCategorizedSymbolRenderer("nummer", [shown, hidden]))
    buffer = io.StringIO()
    report = write_snapshot(buffer, [layer], context(*EXTENT), metadata())
    assert report.layers[0].written == 1
    assert report.layers[0].left_out == {"not drawn": 2, "outside the extent": 1}
    assert [f["properties"]["nummer"] for f in features_of(json.loads(buffer.getvalue()))] == [1]


# --- progress, cancel, atomic file --------------------------------------------------------------------


def test_progress_is_reported_and_reaches_100():
    rows = [(f"Point({2600000 + i % 100} {1200000 + i // 100})", []) for i in range(1000)]
    layer = memory_layer("Viele", "Point", "EPSG:2056", [], rows, "golden_point_green.qml")
    feedback = QgsFeedback()
    seen = []
    feedback.progressChanged.connect(seen.append)
    write_snapshot(io.StringIO(), [layer], context(*EXTENT), metadata(), feedback=feedback)
    assert len(seen) >= 4 and seen == sorted(seen) and seen[-1] == 100


def test_a_cancelled_export_leaves_the_previous_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "snapshot.json"
    target.write_text("previous", encoding="utf-8")
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        export_snapshot([parcels_layer()], context(*EXTENT), metadata(), None, str(target), feedback)
    assert target.read_text(encoding="utf-8") == "previous"
    assert [path.name for path in tmp_path.iterdir()] == ["snapshot.json"]


# --- validation ---------------------------------------------------------------------------------------


def test_validate_snapshot_names_what_is_wrong():
    snapshot = build_snapshot([parcels_layer()], context(*EXTENT), metadata())
    assert validate_snapshot(snapshot) == []
    snapshot["resources"][0]["name"] = "Parzellen"
    snapshot["resources"][0]["licenses"] = []
    snapshot["resources"][0]["data"]["features"][0]["properties"]["fill"] = "red"
    snapshot["resources"][0]["data"]["features"][1]["properties"]["marker-color"] = "#ff0000"
    snapshot["views"][0]["spec"]["bounds"] = ["geo:46.9,1e-05", "geo:46.8,7.5"]
    snapshot["views"][0]["spec"]["legend"] = []
    snapshot["sources"] = []
    problems = validate_snapshot(snapshot)
    expected = [
        "hold only lower-case",
        "needs at least one licence",
        "fill 'red' is not a #rrggbb colour",
        "both a fill/stroke style and marker-color",
        "must read geo:<latitude>,<longitude>",
        "has no legend",
        "lists no sources",
        "lists 'parzellen', which is not a resource",
    ]
    for fragment in expected:
        assert any(fragment in problem for problem in problems), (fragment, problems)


def test_validate_snapshot_catches_swapped_corners_and_wms_without_layers():
    snapshot = build_snapshot([parcels_layer()], context(*EXTENT), metadata())
    spec = snapshot["views"][0]["spec"]
    spec["bounds"] = list(reversed(spec["bounds"]))
    snapshot["resources"].append(
        {
            "name": "wms",
            "mediatype": "application/vnd.wms",
            "path": "http://x/",
            "parameters": {},
            "licenses": [{"name": "CC-BY-4.0"}],
        }
    )
    problems = validate_snapshot(snapshot)
    assert any("not south-west then north-east" in problem for problem in problems)
    assert any("needs parameters naming its WMS layers" in problem for problem in problems)


def test_an_export_in_a_worker_thread_writes_the_same_file(tmp_path):
    """The dock and Processing run the export in a QgsTask thread; the result must not depend on it."""
    import threading

    layers = [parcels_layer()]
    main_thread = tmp_path / "main.json"
    export_snapshot(layers, context(*EXTENT), metadata(), None, str(main_thread))
    worker_file = tmp_path / "worker.json"
    errors = []

    def export():
        try:
            export_snapshot(layers, context(*EXTENT), metadata(), None, str(worker_file))
        except Exception as error:  # noqa: BLE001 - reported to the main thread
            errors.append(error)

    worker = threading.Thread(target=export)
    worker.start()
    worker.join(60)
    assert not errors and worker_file.read_bytes() == main_thread.read_bytes()


def test_legend_overrides_and_a_malformed_background():
    layer = parcels_layer()
    options = ExportOptions(legend_shapes={layer.id(): "circle"}, legend_primary={layer.id(): False})
    (entry,) = build_snapshot([layer], context(*EXTENT), metadata(), options)["views"][0]["spec"]["legend"]
    assert (entry["shape"], entry["primary"]) == ("circle", False)
    with pytest.raises(InvalidInput, match="not a Mapbox style"):
        build_snapshot(
            [layer], context(*EXTENT), metadata(), ExportOptions(background="https://x/style.json")
        )
