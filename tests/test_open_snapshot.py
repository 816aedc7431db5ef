"""Opening snapshots in QGIS: the round trip through the exporter, hand-written platform fixtures, bad input.

Expected values are worked out by hand from the fixtures in tests/data/snapshots/ (the reasoning is
beside each assertion); the round trip compares the exporter's output before and after opening.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsFeedback, QgsProject, QgsVectorLayer

from gemeindescan_uploader.errors import Cancelled, InvalidSnapshot
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import SnapshotMetadata
from gemeindescan_uploader.export.package import build_snapshot
from gemeindescan_uploader.export.wms import wms_parameters
from gemeindescan_uploader.snapshot_import.background import BACKGROUND_PROPERTY
from gemeindescan_uploader.snapshot_import.opening import open_snapshot_in_project
from gemeindescan_uploader.snapshot_import.reading import read_snapshot_json, snapshot_contents
from gemeindescan_uploader.snapshot_import.symbology import METERS_IN_MAP_UNITS, MILLIMETERS
from tests.wms_server import WmsServer

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import sample_project  # noqa: E402

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"


def fixture(name: str, **replacements: str) -> dict:
    text = (SNAPSHOTS / f"{name}.json").read_text(encoding="utf-8")
    for old, new in replacements.items():
        text = text.replace(old, new)
    return json.loads(text)


def categories(layer: QgsVectorLayer) -> list[tuple[str, object]]:
    """``(label, symbol)`` of each category of the layer's renderer, in order (symbols cloned: the
    categories are copies that take their symbols with them when they go)."""
    return [(category.label(), category.symbol().clone()) for category in layer.renderer().categories()]


def features_of(snapshot: dict, name: str) -> list[dict]:
    resource = next(resource for resource in snapshot["resources"] if resource["name"] == name)
    return resource["data"]["features"]


@pytest.fixture()
def project():
    project = QgsProject()
    yield project
    project.clear()


# -- round trip -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(tmp_path_factory, qgis_app):
    """The styled sample project (categorized zones, graduated population circles, categorized roads)."""
    folder = tmp_path_factory.mktemp("sample")
    sample_project.build_sample_project(folder, QgsProject.instance())
    return QgsProject.instance()


def test_round_trip_gives_the_same_geometries_styles_attributes_and_legend(sample, project, tmp_path):
    context = ExportContext.for_extent(sample_project.sample_extent(), sample.crs())
    metadata = SnapshotMetadata(title="Rundreise", description="Export, open, export again")
    first = build_snapshot(sample_project.project_layers(sample), context, metadata)

    opened = open_snapshot_in_project(first, str(tmp_path / "opened.gpkg"), project)
    second = build_snapshot(opened.layers, context, metadata)

    assert [r["name"] for r in second["resources"]] == [r["name"] for r in first["resources"]]
    for resource in first["resources"]:
        before, after = features_of(first, resource["name"]), features_of(second, resource["name"])
        assert len(after) == len(before) > 0
        for old, new in zip(before, after):
            # Same coordinates to the precision written (6 decimals are exact after reading them back).
            assert new["geometry"] == old["geometry"]
            # Style and attributes (the GeoPackage's fid included) come back unchanged.
            assert new["properties"] == old["properties"]
    # One category per distinct style, labelled from the legend: the legend reads as before.
    assert second["views"][0]["spec"]["legend"] == first["views"][0]["spec"]["legend"]
    assert second["views"][0]["resources"] == first["views"][0]["resources"]


def test_round_trip_categories_are_the_distinct_styles_with_the_legend_labels(sample, project, tmp_path):
    context = ExportContext.for_extent(sample_project.sample_extent(), sample.crs())
    first = build_snapshot(sample_project.project_layers(sample), context, SnapshotMetadata(title="R"))
    opened = open_snapshot_in_project(first, str(tmp_path / "opened.gpkg"), project)
    by_name = {layer.name(): layer for layer in opened.layers}
    # The sample's population classes are graduated into three colours: three categories, same labels.
    expected = [label for _, _, label, _, _ in sample_project.POPULATION_CLASSES]
    assert [label for label, _ in categories(by_name["Population"])] == expected
    assert [label for label, _ in categories(by_name["Zones"])] == list(sample_project.ZONE_COLOURS)


# -- hand-written fixtures in the platform's formats ------------------------------------------------


def test_plain_simplestyle_is_split_by_geometry_with_defaults_repairs_and_ignored_keys(project, tmp_path):
    opened = open_snapshot_in_project(fixture("plain_simplestyle"), str(tmp_path / "plain.gpkg"), project)
    # One resource mixing polygons, a line and a point: one layer per kind, polygons at the bottom.
    assert [layer.name() for layer in opened.layers] == [
        "Gebiete (polygons)",
        "Gebiete (lines)",
        "Gebiete (points)",
    ]
    polygons, lines, points = opened.layers
    assert [f["name"] for f in polygons.getFeatures()] == ["A", "B", "C"]
    # A and B share one style (#FF0000 and #000 are the same colours written differently); C is the
    # second style, with the simplestyle defaults for what it leaves out. The legend names A/B's style.
    (label_ab, symbol_ab), (label_c, symbol_c) = categories(polygons)
    assert label_ab == "Wohnzone"
    assert label_c == "#00ff00, outline #555555"
    fill_ab = symbol_ab.symbolLayer(0)
    assert fill_ab.color().name() == "#ff0000" and fill_ab.strokeColor().name() == "#000000"
    # fill-opacity 0.5 and stroke-opacity 1: the symbol takes the larger, the fill colour the ratio 0.5.
    assert symbol_ab.opacity() == 1.0 and fill_ab.color().alphaF() == pytest.approx(0.5, abs=1e-4)
    # stroke-width 2 CSS px at 25.4 / 96 mm per px = 0.52917 mm.
    assert fill_ab.strokeWidth() == pytest.approx(2 * 25.4 / 96) and fill_ab.strokeWidthUnit() == MILLIMETERS
    # C: fill-opacity 0.6 (default), stroke-opacity 1.0 (default): symbol 1.0, fill alpha 0.6.
    assert symbol_c.symbolLayer(0).color().alphaF() == pytest.approx(0.6, abs=1e-4)
    assert symbol_c.symbolLayer(0).strokeColor().name() == "#555555"
    # The line's only style is in the legend ("Velorouten": its fill does not count for a line).
    assert [label for label, _ in categories(lines)] == ["Velorouten"]
    assert categories(lines)[0][1].symbolLayer(0).width() == pytest.approx(3 * 25.4 / 96)
    # The point's marker-size "small" is a 20 px pin: a circle 20 x 25.4 / 96 = 5.2917 mm across; only
    # style: the title.
    ((label_point, marker),) = categories(points)
    assert label_point == "Gebiete (points)"
    assert (
        marker.symbolLayer(0).size() == pytest.approx(20 * 25.4 / 96)
        and marker.symbolLayer(0).sizeUnit() == MILLIMETERS
    )
    assert marker.symbolLayer(0).fillColor().name() == "#ff8800"

    report = {layer.title: layer for layer in opened.report.layers}
    # C is a bow tie (its edges cross): repaired into two triangles and counted.
    assert report["Gebiete (polygons)"].repaired == 1
    assert polygons.getFeature(3).geometry().isGeosValid()
    assert polygons.getFeature(3).geometry().constGet().numGeometries() == 2
    # marker-symbol (Maki icons) cannot be drawn: ignored and listed, once on C and once on the point.
    assert dict(report["Gebiete (polygons)"].ignored_style_keys) == {"marker-symbol": 1}
    assert dict(report["Gebiete (points)"].ignored_style_keys) == {"marker-symbol": 1}
    assert "style keys ignored: marker-symbol (1×)" in opened.report.summary()
    assert "marker-symbol" not in polygons.fields().names()
    # The route's height (Z) is dropped, as the exporter drops it.
    assert lines.getFeature(1).geometry().asWkt(3) == "LineString (7.43 46.945, 7.44 46.946, 7.45 46.947)"


def test_plain_simplestyle_exports_again_with_the_styles_it_was_drawn_with(project, tmp_path):
    opened = open_snapshot_in_project(fixture("plain_simplestyle"), str(tmp_path / "plain.gpkg"), project)
    context = ExportContext.for_extent(opened.extent, QgsProject().crs().fromEpsgId(4326))
    again = build_snapshot(opened.layers[:1], context, SnapshotMetadata(title="again"))
    styles = [
        {
            key: f["properties"][key]
            for key in ("fill", "fill-opacity", "stroke", "stroke-opacity", "stroke-width")
        }
        for f in features_of(again, "gebiete-polygons")
    ]
    red = {
        "fill": "#ff0000",
        "fill-opacity": 0.5,
        "stroke": "#000000",
        "stroke-opacity": 1.0,
        "stroke-width": 2.0,
    }
    grey_outline = {
        "fill": "#00ff00",
        "fill-opacity": 0.6,
        "stroke": "#555555",
        "stroke-opacity": 1.0,
        "stroke-width": 2.0,
    }
    assert styles == [red, red, grey_outline]
    assert [f["properties"]["area"] for f in features_of(again, "gebiete-polygons")] == [12.5, 3.0, None]


def test_circles_get_marker_sizes_in_metres_and_unreadable_features_are_counted(project, tmp_path):
    opened = open_snapshot_in_project(fixture("circles"), str(tmp_path / "circles.gpkg"), project)
    (layer,) = opened.layers
    (primary, small), (upper, large) = categories(layer)
    assert (primary, upper) == ("Primarschule", "Oberstufe")
    # radius 50 m -> a circle 100 m across, drawn in metres at the map's scale.
    assert small.symbolLayer(0).size() == 100.0 and small.symbolLayer(0).sizeUnit() == METERS_IN_MAP_UNITS
    assert large.symbolLayer(0).size() == 241.0
    # fillOpacity 0.8, opacity 1 -> symbol 1, fill alpha 0.8; both 0.5 -> symbol 0.5, full colours.
    assert small.symbolLayer(0).fillColor().alphaF() == pytest.approx(0.8, abs=1e-4)
    assert large.opacity() == 0.5 and large.symbolLayer(0).fillColor().alphaF() == 1.0
    # weight 2 px -> 2 x 25.4 / 96 = 0.52917 mm outline.
    assert small.symbolLayer(0).strokeWidth() == pytest.approx(2 * 25.4 / 96)
    (report,) = opened.report.layers
    # "Kaputt" has a text longitude: left out and counted; "dashArray" ignored and listed.
    assert (report.features, report.unreadable, report.styles) == (3, 1, 2)
    assert dict(report.ignored_style_keys) == {"dashArray": 1}
    assert [f["kinder"] for f in layer.getFeatures()] == [220, 180, 410]
    assert [f["name"] for f in layer.getFeatures()] == ["Schule Nord", "Schule Süd", "Oberstufe West"]


def test_circles_export_again_with_their_radius(project, tmp_path):
    opened = open_snapshot_in_project(fixture("circles"), str(tmp_path / "circles.gpkg"), project)
    # A metric extent, so that "metres at map scale" are plain metres (LV95 around the schools).
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    context = ExportContext.for_extent(
        QgsRectangle(2679000, 1245000, 2685000, 1249000), QgsCoordinateReferenceSystem("EPSG:2056")
    )
    again = build_snapshot(opened.layers, context, SnapshotMetadata(title="again"))
    radii = [f["properties"]["radius"] for f in features_of(again, "schulen")]
    # A diameter of 2 × radius metres at map scale is read back as radius metres, at any export scale.
    assert radii == [50.0, 50.0, 120.5]


@pytest.fixture(scope="module")
def wms_server():
    server = WmsServer()
    yield server
    server.close()


def test_wms_layer_keeps_layers_styles_and_opacity_and_the_background_is_noted(wms_server, project, tmp_path):
    data = fixture("wms_background", **{"http://127.0.0.1:PORT/wms": wms_server.base_url})
    opened = open_snapshot_in_project(data, str(tmp_path / "wms.gpkg"), project)
    wms, perimeter = opened.layers
    assert wms.providerType() == "wms" and wms.isValid()
    # What the exporter reads from the layer is what the snapshot said.
    assert wms_parameters(wms) == (
        wms_server.base_url,
        {
            "layers": "ch.swisstopo.pixelkarte-farbe,ch.are.bauzonen",
            "styles": ",default",
            "format": "image/png",
            "transparent": True,
            "opacity": 0.7,
            "attribution": "© ARE",
        },
    )
    group = opened.group
    assert group.name() == "Bauzonen mit Hintergrund"
    # Top to bottom as in the viewer: the perimeter over the WMS over the background (noted, no token).
    children = [child.name() for child in group.children()]
    assert children == [
        "Perimeter",
        "Bauzonen (WMS)",
        "Background map mapbox://styles/gemeindescan/ckc4sha4310d21iszp8ri17u2 "
        "(add a Mapbox token to show it)",
    ]
    assert (
        group.customProperty(BACKGROUND_PROPERTY) == "mapbox://styles/gemeindescan/ckc4sha4310d21iszp8ri17u2"
    )


def test_background_with_a_token_is_a_mapbox_tile_layer_at_the_bottom(wms_server, project, tmp_path):
    data = fixture("wms_background", **{"http://127.0.0.1:PORT/wms": wms_server.base_url})
    opened = open_snapshot_in_project(data, str(tmp_path / "wms.gpkg"), project, mapbox_token="pk.test123")
    tiles = opened.layers[0]
    assert [child.name() for child in opened.group.children()][-1] == "Background map"
    assert "api.mapbox.com/styles/v1/gemeindescan/ckc4sha4310d21iszp8ri17u2/tiles/256/" in tiles.source()
    assert "access_token%3Dpk.test123" in tiles.source() or "access_token=pk.test123" in tiles.source()


def test_an_unreachable_wms_is_reported_and_the_rest_opens(project, tmp_path):
    data = fixture("wms_background", **{"http://127.0.0.1:PORT/wms": "http://127.0.0.1:9/wms"})
    opened = open_snapshot_in_project(data, str(tmp_path / "wms.gpkg"), project)
    assert [layer.name() for layer in opened.layers] == ["Perimeter"]
    assert (
        "Bauzonen (WMS): the WMS service http://127.0.0.1:9/wms could not be reached"
        in opened.report.summary()
    )


def test_metadata_goes_into_the_project_and_the_layers(project, tmp_path):
    opened = open_snapshot_in_project(fixture("plain_simplestyle"), str(tmp_path / "plain.gpkg"), project)
    metadata = project.metadata()
    assert project.title() == metadata.title() == "Bern, plain simplestyle"
    assert metadata.abstract().startswith("Written by hand")
    assert metadata.keywords() == {"gemeindescan": ["Zonen", "Velo"]}
    assert metadata.author() == "Anna Muster"
    assert [(link.name, link.type, link.url) for link in metadata.links()] == [
        ("Stadt Bern", "source", "https://www.bern.ch/"),
        ("Open Data Commons Attribution", "license", "https://opendatacommons.org/licenses/by/1-0/"),
    ]
    layer_metadata = opened.layers[0].metadata()
    assert layer_metadata.title() == "Gebiete (polygons)"
    assert layer_metadata.abstract() == "Zones, routes and stops in one resource."
    assert layer_metadata.licenses() == ["ODC-BY-1.0"]
    assert [contact.name for contact in layer_metadata.contacts()] == ["Anna Muster"]
    # The bounds (south-west 46.93/7.41, north-east 46.96/7.48) become the project's view.
    extent = project.viewSettings().defaultViewExtent()
    assert (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()) == (
        7.41,
        46.93,
        7.48,
        46.96,
    )
    assert extent.crs().authid() == "EPSG:4326"


def test_the_geopackage_opens_styled_anywhere(project, tmp_path):
    open_snapshot_in_project(fixture("circles"), str(tmp_path / "circles.gpkg"), project)
    elsewhere = QgsVectorLayer(f"{tmp_path / 'circles.gpkg'}|layername=schulen", "Schulen", "ogr")
    assert elsewhere.renderer().type() == "categorizedSymbol"
    assert [category.label() for category in elsewhere.renderer().categories()] == [
        "Primarschule",
        "Oberstufe",
    ]


# -- bad input ----------------------------------------------------------------------------------------


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "notes.json"
    path.write_text("this is not json", encoding="utf-8")
    with pytest.raises(InvalidSnapshot, match="notes.json is not valid JSON"):
        read_snapshot_json(path)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "FeatureCollection", "features": []}, "plain GeoJSON, not a snapshot"),
        ({"name": "x", "title": "no resources"}, "has no list of resources"),
        ([1, 2, 3], "has no list of resources"),
        (
            {"resources": [{"name": "t", "mediatype": "text/csv", "path": "a.csv"}]},
            "holds no layer that QGIS can open",
        ),
    ],
)
def test_what_is_not_a_snapshot_is_refused_and_nothing_is_written(data, message, project, tmp_path):
    with pytest.raises(InvalidSnapshot, match=message):
        open_snapshot_in_project(data, str(tmp_path / "out.gpkg"), project)
    assert list(tmp_path.iterdir()) == []
    assert project.count() == 0 and project.layerTreeRoot().children() == []


def test_resources_that_cannot_be_opened_are_listed(project, tmp_path):
    data = fixture("circles")
    data["resources"].append({"name": "tabelle", "title": "Tabelle", "mediatype": "text/csv"})
    opened = open_snapshot_in_project(data, str(tmp_path / "out.gpkg"), project)
    assert (
        "not opened: Layer “Tabelle”: media type 'text/csv' is not one QGIS can open"
        in opened.report.summary()
    )


def test_a_cancelled_open_leaves_no_geopackage_and_an_old_one_untouched(project, tmp_path):
    data = fixture("circles")
    point = data["resources"][0]["data"]["features"][0]
    data["resources"][0]["data"]["features"] = [point] * 600
    target = tmp_path / "kept.gpkg"
    target.write_bytes(b"previous")
    feedback = QgsFeedback()
    feedback.cancel()
    with pytest.raises(Cancelled):
        open_snapshot_in_project(data, str(target), project, feedback=feedback)
    assert target.read_bytes() == b"previous"
    assert [path.name for path in tmp_path.iterdir()] == ["kept.gpkg"]
    assert project.count() == 0


def test_snapshot_contents_follow_the_view_order():
    data = fixture("wms_background")
    data["resources"].reverse()
    contents = snapshot_contents(data)
    assert [resource["name"] for resource in contents.resources] == [
        "background",
        "bauzonen-wms",
        "perimeter",
    ]
    assert contents.bounds == (8.49, 47.35, 8.57, 47.41)


def test_circles_of_one_colour_find_their_legend_entry_by_relative_size():
    from gemeindescan_uploader.snapshot_import.legend_labels import labelled_categories
    from gemeindescan_uploader.snapshot_import.styles import CIRCLES, split_properties

    def circle(radius):
        return split_properties(
            {
                "radius": radius,
                "color": "#ffffff",
                "weight": 1,
                "opacity": 1,
                "fillColor": "#d62728",
                "fillOpacity": 1,
            },
            CIRCLES,
        )

    small, large = circle(25), circle(100)
    styles = {small.key: small.style, large.key: large.style}
    entry = {
        "shape": "circle",
        "primary": True,
        "fillColor": "#d62728",
        "fillOpacity": 1,
        "strokeColor": "#ffffff",
        "strokeWidth": 1,
        "strokeOpacity": 1,
    }
    # The exporter lists the largest first; sizes relative to it: 100 m -> 1, 25 m -> 0.25.
    legend = [dict(entry, label="über 1000", size=1), dict(entry, label="bis 1000", size=0.25)]
    labels = dict(labelled_categories(styles, "point", legend, "Bevölkerung"))
    assert labels == {small.key: "bis 1000", large.key: "über 1000"}


def test_a_fid_property_that_cannot_be_the_feature_id_is_kept_under_another_name(project, tmp_path):
    data = fixture("circles")
    for number, feature in enumerate(data["resources"][0]["data"]["features"]):
        feature["properties"]["fid"] = "A-1" if number < 2 else None  # text, repeated, missing
    opened = open_snapshot_in_project(data, str(tmp_path / "fid.gpkg"), project)
    layer = opened.layers[0]
    assert [feature["fid_snapshot"] for feature in layer.getFeatures()] == ["A-1", "A-1", None]
    assert "the property “fid” is kept as “fid_snapshot”" in opened.report.summary()
