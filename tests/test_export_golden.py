"""Golden tests: a layer and a .qml style in, the expected snapshot out; every snapshot passes the schema."""

from __future__ import annotations

import io
import json

import pytest

from gemeindescan_uploader.export.package import build_snapshot, export_snapshot, write_snapshot
from gemeindescan_uploader.validation import validate_snapshot
from tests.export_cases import CASES, case_invalid_geometries, case_lv95_polygons, case_wms
from tests.export_helpers import assert_golden
from tests.schema import assert_valid_snapshot, schema_problems
from tests.wms_server import WmsServer


def lv95_to_wgs84(east: float, north: float) -> tuple[float, float]:
    """swisstopo's approximate formulas (about 1 m): an independent check of the PROJ transformation."""
    y, x = (east - 2600000) / 1e6, (north - 1200000) / 1e6
    lon = 2.6779094 + 4.728982 * y + 0.791484 * y * x + 0.1306 * y * x * x - 0.0436 * y**3
    lat = 16.9023892 + 3.238272 * x - 0.270978 * y * y - 0.002528 * x * x - 0.0447 * y * y * x - 0.0140 * x**3
    return lon * 100 / 36, lat * 100 / 36


@pytest.fixture(scope="module")
def wms_server():
    server = WmsServer()
    yield server
    server.close()


@pytest.mark.parametrize("name", sorted(CASES))
def test_golden_snapshot(name):
    layers, context, options, metadata = CASES[name]()
    snapshot = build_snapshot(layers, context, metadata, options)
    assert_golden(snapshot, name)
    assert_valid_snapshot(snapshot, allow_wms=False)
    assert validate_snapshot(snapshot) == []


def test_golden_wms(wms_server):
    layers, context, options, metadata = case_wms(wms_server.base_url)
    snapshot = build_snapshot(layers, context, metadata, options)
    snapshot = json.loads(json.dumps(snapshot).replace(wms_server.base_url, "http://127.0.0.1:PORT/wms"))
    assert_golden(snapshot, "wms")
    # The published schema's resource "oneOf" does not know WMS resources (see tests/schema.py) ...
    assert any(
        problem.startswith("resources/2: (oneOf)") for problem in schema_problems(snapshot, allow_wms=False)
    )
    # ... everything else, and the WMS resource as a Frictionless Data Resource, validates.
    assert_valid_snapshot(snapshot)
    assert validate_snapshot(snapshot) == []
    assert snapshot["views"][0]["resources"] == ["background", "parzellen", "bauzonen-wms"]


def test_wms_layers_and_styles_are_in_the_order_qgis_requests_them(wms_server):
    """The viewer's GetMap must stack the sub-layers as QGIS's own GetMap does."""
    from urllib.parse import parse_qs, urlsplit

    from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings
    from qgis.PyQt.QtCore import QSize

    layers, context, options, metadata = case_wms(wms_server.base_url)
    settings = QgsMapSettings()
    settings.setLayers([layers[1]])
    settings.setDestinationCrs(context.extent_crs)
    settings.setExtent(context.extent)
    settings.setOutputSize(QSize(64, 64))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    get_maps = [
        parse_qs(urlsplit(path).query, keep_blank_values=True)
        for path in wms_server.requests
        if "REQUEST=GetMap" in path
    ]
    assert get_maps, wms_server.requests
    parameters = build_snapshot(layers, context, metadata, options)["resources"][2]["parameters"]
    assert parameters["layers"] == get_maps[-1]["LAYERS"][0]
    assert parameters["styles"] == get_maps[-1]["STYLES"][0]


def test_lv95_coordinates_agree_with_swisstopo_formulas():
    layers, context, options, metadata = case_lv95_polygons()
    snapshot = build_snapshot(layers, context, metadata, options)
    ring = snapshot["resources"][0]["data"]["features"][0]["geometry"]["coordinates"][0]
    corners = [(2600010, 1200010), (2600030, 1200010), (2600030, 1200030), (2600010, 1200030)]
    for (lon, lat), (east, north) in zip(ring, corners):
        approx_lon, approx_lat = lv95_to_wgs84(east, north)
        assert lon == pytest.approx(approx_lon, abs=2e-5) and lat == pytest.approx(approx_lat, abs=2e-5)
        assert round(lon, 6) == lon and round(lat, 6) == lat
    south_west = snapshot["views"][0]["spec"]["bounds"][0]
    lat, lon = (float(value) for value in south_west[4:].split(","))
    # Bern's reference point: 46° 57' 3.9" N, 7° 26' 19.1" E.
    assert lat == pytest.approx(46 + 57 / 60 + 3.9 / 3600, abs=2e-5)
    assert lon == pytest.approx(7 + 26 / 60 + 19.1 / 3600, abs=2e-5)


def test_crop_keeps_touching_and_crossing_features_whole_and_reports_the_outside_one():
    layers, context, options, metadata = case_lv95_polygons()
    report = write_snapshot(io.StringIO(), layers, context, metadata, options)
    (layer_report,) = report.layers
    assert layer_report.written == 3
    assert layer_report.left_out == {"outside the extent": 1}
    assert report.summary() == "Parzellen: 3 features (1 outside the extent)"


def test_invalid_geometries_are_repaired_and_empty_ones_counted():
    layers, context, options, metadata = case_invalid_geometries()
    report = write_snapshot(io.StringIO(), layers, context, metadata, options)
    (layer_report,) = report.layers
    assert (layer_report.written, layer_report.repaired) == (2, 1)
    assert layer_report.left_out == {"empty or no geometry": 2}


def test_written_file_is_compact_utf8_and_equals_the_built_snapshot(tmp_path):
    layers, context, options, metadata = CASES["non_ascii"]()
    path = tmp_path / "snapshot.json"
    report = export_snapshot(layers, context, metadata, options, str(path))
    raw = path.read_bytes()
    assert "Grünflächen Zürich".encode() in raw and b"\\u00fc" not in raw
    assert b"\n" not in raw.replace(b"\\n", b"") and b'", "' not in raw
    assert json.loads(raw.decode("utf-8")) == build_snapshot(layers, context, metadata, options)
    assert report.size_bytes == len(raw) and report.path == str(path)
    assert [entry for entry in tmp_path.iterdir()] == [path]
