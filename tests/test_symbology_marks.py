"""Marks: offset lines, centroid and generated markers, and marker shapes drawn as extra geometry.

Every layer here is in Web Mercator (EPSG:3857) around Zürich, exported with a 3000 m × 3000 m extent.
The viewer fits that at zoom 15: 3000 m is 3000 / 4.7773 = 628 px at zoom 15 (fits 800 px), 1256 px at
zoom 16 (does not). At zoom 15 one CSS px is 2π × 6378137 / (256 × 2^15) = 4.777314 Mercator metres,
and 360 / (256 × 2^15) degrees of longitude. Sizes in millimetres are CSS px of 1/96 inch
(0.26458 mm): a 3 mm marker is 3 × 96 / 25.4 = 11.339 px wide. Expected coordinates are worked out from
these numbers and the WGS 84 ↔ Web Mercator formulas below, never taken from the exporter's output.
The assertions convert millimetres with ``css_px()`` (plain arithmetic, not the exporter's constant).
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCentroidFillSymbolLayer,
    QgsField,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsGeometry,
    QgsGeometryGeneratorSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRectangle,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbol,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export import marks as marks_module
from gemeindescan_uploader.export.marks import TOO_MANY_MARKS
from gemeindescan_uploader.export.package import build_snapshot, write_snapshot
from gemeindescan_uploader.export.symbol_marks import arrow_paths
from gemeindescan_uploader.snapshot_format import MARKS_OF
from gemeindescan_uploader.snapshot_import.reading import snapshot_contents
from gemeindescan_uploader.validation import validate_snapshot
from tests.export_helpers import context, css_px, memory_layer, metadata, symbol_with_layers
from tests.qgis_render import render_layers
from tests.schema import assert_valid_snapshot

R = 6378137.0
X0, Y0 = 949_000.0, 6_002_000.0  # about 8.525° E, 47.37° N
EXTENT = (X0 - 1500, Y0 - 1500, X0 + 1500, Y0 + 1500)
ZOOM = 15
METRES_PER_PX = 2 * math.pi * R / (256 * 2**ZOOM)  # 4.777314 m
DEGREES_PER_PX = 360 / (256 * 2**ZOOM)


def lon(x: float) -> float:
    return math.degrees(x / R)


def lat(y: float) -> float:
    return math.degrees(2 * math.atan(math.exp(y / R)) - math.pi / 2)


def px(millimetres: float) -> float:
    return css_px(millimetres)


def export(*layers) -> dict:
    return build_snapshot(list(layers), context(*EXTENT, crs="EPSG:3857"), metadata())


def layer_of(geometry: str, rows: list[str], symbol: QgsSymbol, name: str = "Layer"):
    layer = memory_layer(
        name,
        geometry,
        "EPSG:3857",
        [QgsField("id", QVariant.Int)],
        [(wkt, [i]) for i, wkt in enumerate(rows)],
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def marks_of(snapshot: dict, layer_resource: str) -> list[dict]:
    (resource,) = [r for r in snapshot["resources"] if r.get(MARKS_OF) == layer_resource]
    assert resource["name"] == f"{layer_resource}.marks"
    assert resource["mediatype"] == "application/geo+json"
    return resource["data"]["features"]


def ogr_wkt(geometry: dict) -> str:
    """A GeoJSON geometry as WKT (through OGR's reader, which QGIS uses for GeoJSON files)."""
    from osgeo import ogr

    return ogr.CreateGeometryFromJson(json.dumps(geometry)).ExportToWkt()


def bbox(coordinates) -> tuple[float, float, float, float]:
    flat = []

    def walk(value):
        if isinstance(value[0], (int, float)):
            flat.append(value)
        else:
            for item in value:
                walk(item)

    walk(coordinates)
    xs, ys = [p[0] for p in flat], [p[1] for p in flat]
    return min(xs), min(ys), max(xs), max(ys)


# --- offset lines ----------------------------------------------------------------------------------------


def offset_line_layer():
    core = QgsSimpleLineSymbolLayer(QColor("#2040a0"), 0.28)
    beside = QgsSimpleLineSymbolLayer(QColor("#ff8000"), 0.56)
    beside.setOffset(1.4)
    # A line going east: QGIS draws a positive offset on the right of the line's direction, i.e. south.
    return layer_of(
        "LineString",
        [f"LineString({X0 - 1000} {Y0}, {X0 + 1000} {Y0})"],
        symbol_with_layers(QgsLineSymbol(), core, beside),
        "Wege",
    )


def test_an_offset_line_is_drawn_beside_the_line_as_far_as_qgis_offsets_it():
    snapshot = export(offset_line_layer())
    (feature,) = snapshot["resources"][0]["data"]["features"]
    # The line itself keeps its own stroke: 0.28 mm = 1.0583 px.
    assert feature["properties"]["stroke"] == "#2040a0"
    assert feature["properties"]["stroke-width"] == pytest.approx(px(0.28), abs=1e-3)
    (mark,) = marks_of(snapshot, "wege")
    # 0.56 mm = 2.1165 px wide, in its own colour, no fill.
    assert mark["properties"] == {
        "fill": "#ff8000",
        "fill-opacity": 0.0,
        "stroke": "#ff8000",
        "stroke-opacity": 1.0,
        "stroke-width": pytest.approx(px(0.56), abs=1e-3),
    }
    # 1.4 mm = 5.2913 px to the south: 5.2913 × 4.777314 = 25.278 m below the line, over the line's whole
    # length.
    assert mark["geometry"]["type"] == "MultiLineString"
    ((start, end),) = mark["geometry"]["coordinates"]
    y = Y0 - px(1.4) * METRES_PER_PX
    assert start == pytest.approx([lon(X0 - 1000), lat(y)], abs=2e-6)
    assert end == pytest.approx([lon(X0 + 1000), lat(y)], abs=2e-6)


def test_qgis_paints_the_offset_line_on_the_side_the_mark_is_on():
    """The side rule above, checked against QGIS: render the offset layer alone, look where it paints."""
    layer = offset_line_layer()
    layer.renderer().symbol().symbolLayer(0).setEnabled(False)
    # 200 m square around the line's middle, 100 px: 2 m per px; at 1:7559 (96 dpi) 1.4 mm is 10.6 m, 5.29 px.
    image = render_layers([layer], QgsRectangle(X0 - 100, Y0 - 100, X0 + 100, Y0 + 100), 100)
    painted_rows = {
        y
        for y in range(100)
        for x in range(100)
        if QColor(image.pixel(x, y)).red() > 200 and QColor(image.pixel(x, y)).blue() < 100
    }
    assert painted_rows and min(painted_rows) > 50  # below the middle row (y grows downwards): south


def test_a_dashed_offset_line_is_cut_into_its_dashes():
    beside = QgsSimpleLineSymbolLayer(QColor("#ff8000"), 0.56)
    beside.setOffset(1.4)
    beside.setPenStyle(2)  # Qt.DashLine: dash 4, gap 2 pen widths = 8.466 px and 4.233 px at 2.1165 px
    layer = layer_of(
        "LineString",
        [f"LineString({X0} {Y0}, {X0 + 30 * METRES_PER_PX} {Y0})"],
        symbol_with_layers(QgsLineSymbol(), beside),
        "Wege",
    )
    (mark,) = marks_of(export(layer), "wege")
    # 30 px of line = 14.17 pen widths (0.56 mm = 2.1165 px): dashes 0-4, 6-10, 12-14.17 (6 decimals of a
    # degree are 0.02 px here).
    dashes = mark["geometry"]["coordinates"]
    along = [[(p[0] - lon(X0)) / DEGREES_PER_PX / px(0.56) for p in dash] for dash in dashes]
    assert along == [
        pytest.approx([0.0, 4.0], abs=0.02),
        pytest.approx([6.0, 10.0], abs=0.02),
        pytest.approx([12.0, 30 / px(0.56)], abs=0.02),
    ]


# --- markers at a polygon's centroid, and generated markers ------------------------------------------------


def square_wkt(cx: float, cy: float, half: float) -> str:
    corners = [(cx - half, cy - half), (cx + half, cy - half), (cx + half, cy + half), (cx - half, cy + half)]
    return "Polygon((" + ", ".join(f"{x} {y}" for x, y in corners + corners[:1]) + "))"


def test_a_centroid_fill_marker_is_a_disc_polygon_of_its_size_at_the_centroid():
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(
        QgsMarkerSymbol.createSimple(
            {"size": "3", "color": "255,0,0", "outline_color": "0,0,0", "outline_width": "0.28"}
        )
    )
    outline = QgsSimpleLineSymbolLayer(QColor("#34495e"), 0.56)
    cx, cy = X0 + 200, Y0 + 100
    layer = layer_of(
        "Polygon", [square_wkt(cx, cy, 200)], symbol_with_layers(QgsFillSymbol(), outline, centroid), "Blocks"
    )
    snapshot = export(layer)
    (feature,) = snapshot["resources"][0]["data"]["features"]
    assert feature["properties"]["fill-opacity"] == 0.0  # never an area QGIS leaves blank
    (mark,) = marks_of(snapshot, "blocks")
    assert mark["properties"] == {
        "fill": "#ff0000",
        "fill-opacity": 1.0,
        "stroke": "#000000",
        "stroke-opacity": 1.0,
        "stroke-width": pytest.approx(px(0.28), abs=1e-3),
    }
    # 3 mm = 11.339 px = 54.170 m across, centred on the square's centre; the 36-gon has vertices at
    # 0°, 90°, 180° and 270°, so its box is exactly the disc's.
    west, south, east, north = bbox(mark["geometry"]["coordinates"])
    half = px(3) / 2 * METRES_PER_PX
    assert (west, east) == pytest.approx((lon(cx - half), lon(cx + half)), abs=2e-6)
    assert (south, north) == pytest.approx((lat(cy - half), lat(cy + half)), abs=2e-6)
    assert east - west == pytest.approx(px(3) * DEGREES_PER_PX, abs=4e-6)
    assert len(mark["geometry"]["coordinates"][0]) == 37


def test_generated_points_get_the_marker_where_the_expression_puts_them():
    generator = QgsGeometryGeneratorSymbolLayer.create(
        {"geometryModifier": "make_point(x(centroid($geometry)) + 100, y(centroid($geometry)))"}
    )
    generator.setSymbolType(QgsSymbol.Marker)
    generator.setSubSymbol(
        QgsMarkerSymbol.createSimple(
            {"name": "square", "size": "2", "color": "0,128,0", "outline_style": "no"}
        )
    )
    cx, cy = X0 - 300, Y0
    layer = layer_of(
        "Polygon", [square_wkt(cx, cy, 200)], symbol_with_layers(QgsFillSymbol(), generator), "Gen"
    )
    (mark,) = marks_of(export(layer), "gen")
    assert (
        mark["properties"]["fill"],
        mark["properties"]["fill-opacity"],
        mark["properties"]["stroke-opacity"],
    ) == ("#008000", 1.0, 0.0)
    # A 2 mm square (7.559 px = 36.11 m a side) 100 m east of the centroid, in the layer's metres.
    half = px(2) / 2 * METRES_PER_PX
    assert bbox(mark["geometry"]["coordinates"]) == pytest.approx(
        (lon(cx + 100 - half), lat(cy - half), lon(cx + 100 + half), lat(cy + half)), abs=2e-6
    )


# --- marker shapes on point layers ---------------------------------------------------------------------


def test_an_svg_marker_is_drawn_as_the_shape_it_paints(tmp_path: Path):
    # A red bar half as wide as the square, full height: QGIS draws it 6 mm high, 3 mm wide.
    svg = tmp_path / "bar.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
        '<rect x="25" y="0" width="50" height="100" fill="#ff0000"/></svg>',
        encoding="utf-8",
    )
    marker = QgsSvgMarkerSymbolLayer(str(svg), 6.0)
    layer = layer_of("Point", [f"Point({X0} {Y0})"], symbol_with_layers(QgsMarkerSymbol(), marker), "Pins")
    snapshot = export(layer)
    (circle,) = snapshot["resources"][0]["data"]["features"]
    # The circle stays for the attributes, invisibly.
    assert (circle["properties"]["fillOpacity"], circle["properties"]["opacity"]) == (0.0, 0.0)
    (mark,) = marks_of(snapshot, "pins")
    assert (mark["properties"]["fill"], mark["properties"]["fill-opacity"]) == ("#ff0000", 1.0)
    assert mark["properties"]["stroke-opacity"] == 0.0
    # 6 mm = 22.68 px: the bar is 11.34 px wide and 22.68 px high around the point. The trace is made at
    # 48 px for the marker's square, so each edge may be off by a traced pixel (22.68 / 48 = 0.47 px).
    west, south, east, north = bbox(mark["geometry"]["coordinates"])
    size_px, slack = px(6), px(6) / 48 * DEGREES_PER_PX
    assert (east - west) == pytest.approx(size_px / 2 * DEGREES_PER_PX, abs=2 * slack)
    assert (west + east) / 2 == pytest.approx(lon(X0), abs=slack)
    # Northward the degrees of latitude shrink by cos(47.37°) per degree of longitude (Mercator is conformal).
    height = (north - south) / math.cos(math.radians(lat(Y0)))
    assert height == pytest.approx(size_px * DEGREES_PER_PX, abs=2 * slack)


def test_a_two_coloured_marker_is_traced_into_one_shape_per_colour(tmp_path: Path):
    # Left half blue, right half yellow: two shapes, each half the 6 mm square, side by side.
    svg = tmp_path / "halves.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
        '<rect x="0" y="0" width="50" height="100" fill="#0000ff"/>'
        '<rect x="50" y="0" width="50" height="100" fill="#ffff00"/></svg>',
        encoding="utf-8",
    )
    marker = QgsSvgMarkerSymbolLayer(str(svg), 6.0)
    layer = layer_of("Point", [f"Point({X0} {Y0})"], symbol_with_layers(QgsMarkerSymbol(), marker), "Halves")
    marks = marks_of(export(layer), "halves")
    by_colour = {mark["properties"]["fill"]: bbox(mark["geometry"]["coordinates"]) for mark in marks}
    assert sorted(by_colour) == ["#0000ff", "#ffff00"]
    half_width, slack = px(6) / 2 * DEGREES_PER_PX, px(6) / 48 * DEGREES_PER_PX
    blue_west, _, blue_east, _ = by_colour["#0000ff"]
    yellow_west, _, yellow_east, _ = by_colour["#ffff00"]
    assert (blue_west, blue_east) == pytest.approx((lon(X0) - half_width, lon(X0)), abs=slack)
    assert (yellow_west, yellow_east) == pytest.approx((lon(X0), lon(X0) + half_width), abs=slack)


def test_a_faint_part_of_a_marker_is_traced_at_its_own_opacity(tmp_path: Path):
    # Left half opaque blue, right half black at 15 % (a soft shadow's rim): 15 % is above the tenth of the
    # strongest opacity that counts as painted, so the right half is its own piece, black at 38 / 255 =
    # 0.149 (the opacity QGIS stores), over white the grey QGIS shows, not left out or drawn opaque.
    svg = tmp_path / "shadowed.svg"
    svg.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" viewBox="0 0 100 100">'
        '<rect x="0" y="0" width="50" height="100" fill="#0000ff"/>'
        '<rect x="50" y="0" width="50" height="100" fill="#000000" fill-opacity="0.15"/></svg>',
        encoding="utf-8",
    )
    marker = QgsSvgMarkerSymbolLayer(str(svg), 6.0)
    symbol = symbol_with_layers(QgsMarkerSymbol(), marker)
    layer = layer_of("Point", [f"Point({X0} {Y0})"], symbol, "Shadowed")
    marks = marks_of(export(layer), "shadowed")
    by_colour = {mark["properties"]["fill"]: mark for mark in marks}
    assert sorted(by_colour) == ["#000000", "#0000ff"]
    assert by_colour["#0000ff"]["properties"]["fill-opacity"] == pytest.approx(1.0, abs=0.01)
    assert by_colour["#000000"]["properties"]["fill-opacity"] == pytest.approx(38 / 255, abs=0.01)
    half_width, slack = px(6) / 2 * DEGREES_PER_PX, px(6) / 48 * DEGREES_PER_PX
    west, _, east, _ = bbox(by_colour["#000000"]["geometry"]["coordinates"])
    assert (west, east) == pytest.approx((lon(X0), lon(X0) + half_width), abs=slack)


def test_a_font_marker_glyph_is_traced_in_its_colour():
    glyph = QgsFontMarkerSymbolLayer("DejaVu Sans", "★", 6.0, QColor("#c0392b"))
    layer = layer_of(
        "Point",
        [f"Point({X0} {Y0})", f"Point({X0 + 500} {Y0})"],
        symbol_with_layers(QgsMarkerSymbol(), glyph),
        "Stars",
    )
    marks = marks_of(export(layer), "stars")
    assert len(marks) == 2  # one star per point
    # The glyph's own colour (its anti-aliased edge averages in only at the edge, within a step of 8).
    colour = QColor(marks[0]["properties"]["fill"])
    assert (
        abs(colour.red() - 0xC0) <= 8 and abs(colour.green() - 0x39) <= 8 and abs(colour.blue() - 0x2B) <= 8
    )
    # A star is not a disc: it covers well under the π/4 of its box a disc would (a five-pointed star with
    # the glyph's proportions about 35 %), and over the 10 % of a thin outline.
    shape = QgsGeometry.fromWkt(ogr_wkt(marks[0]["geometry"]))
    box = shape.boundingBox()
    assert 0.2 < shape.area() / (box.width() * box.height()) < 0.6


# --- arrows and vector fields ----------------------------------------------------------------------------


def test_an_arrow_is_its_body_and_its_head_as_qgis_draws_them():
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(1.4)  # 5.29 px
    arrow.setArrowStartWidth(1.4)
    arrow.setHeadLength(2.8)  # 10.58 px
    arrow.setHeadThickness(1.4)  # QGIS paints the head's base 2 x 1.4 mm wide (measured below)
    fill = symbol_with_layers(QgsFillSymbol(), QgsSimpleFillSymbolLayer(QColor("#2874a6")))
    fill.symbolLayer(0).setStrokeColor(QColor("#1b4f72"))
    fill.symbolLayer(0).setStrokeWidth(0.28)  # 1.06 px
    arrow.setSubSymbol(fill)
    end = X0 + 100 * METRES_PER_PX
    w, head_length, outline_width = px(1.4), px(2.8), px(0.28)
    layer = layer_of(
        "LineString",
        [f"LineString({X0} {Y0}, {end} {Y0})"],
        symbol_with_layers(QgsLineSymbol(), arrow),
        "Arrows",
    )
    snapshot = export(layer)
    (feature,) = snapshot["resources"][0]["data"]["features"]
    assert feature["properties"]["stroke-opacity"] == 0.0  # the arrow is all in the marks
    outline, body, head = marks_of(snapshot, "arrows")
    # The body: from w/2 in (Leaflet's round cap reaches back to the start) to w/2 before the head's
    # base at 100 - 10.58 = 89.42 px; the outline a band of 1.06 px around the 5.29 px fill: 6.35 px
    # under 4.23 px.
    x_start = X0 + w / 2 * METRES_PER_PX
    x_end = X0 + (100 - head_length - w / 2) * METRES_PER_PX
    bands = ((outline, "#1b4f72", w + outline_width), (body, "#2874a6", w - outline_width))
    for piece, colour, width in bands:
        assert piece["properties"]["stroke"] == colour
        assert piece["properties"]["stroke-width"] == pytest.approx(width, abs=1e-3)
        ((start, stop),) = piece["geometry"]["coordinates"]
        assert start == pytest.approx([lon(x_start), lat(Y0)], abs=2e-6)
        assert stop == pytest.approx([lon(x_end), lat(Y0)], abs=2e-6)
    # The head: tip at the line's end, base 10.58 px back, 5.29 px either side.
    assert (head["properties"]["fill"], head["properties"]["stroke"]) == ("#2874a6", "#1b4f72")
    assert head["properties"]["stroke-width"] == pytest.approx(outline_width, abs=1e-3)
    ((ring,),) = head["geometry"]["coordinates"]
    base = X0 + (100 - head_length) * METRES_PER_PX
    side = px(1.4) * METRES_PER_PX
    expected = [(end, Y0), (base, Y0 + side), (base, Y0 - side), (end, Y0)]
    assert ring == [pytest.approx([lon(x), lat(y)], abs=2e-6) for x, y in expected]


def painted(layer, extent: QgsRectangle, size_px: int, dpi: float) -> set[tuple[int, int]]:
    """The (column, row) pixels QGIS paints for ``layer`` alone (anything not white)."""
    image = render_layers([layer], extent, size_px, dpi)
    return {
        (x, y) for x in range(size_px) for y in range(size_px) if QColor(image.pixel(x, y)).lightness() < 200
    }


def test_qgis_paints_the_arrow_head_twice_its_thickness_wide():
    """The head geometry above, checked against QGIS: at 254 dpi a millimetre is 10 px."""
    arrow = QgsArrowSymbolLayer()
    arrow.setIsCurved(False)
    arrow.setIsRepeated(False)
    arrow.setArrowWidth(1.0)
    arrow.setArrowStartWidth(1.0)
    arrow.setHeadLength(3.0)
    arrow.setHeadThickness(2.0)
    fill = symbol_with_layers(QgsFillSymbol(), QgsSimpleFillSymbolLayer(QColor("#000000")))
    fill.symbolLayer(0).setStrokeStyle(0)  # Qt.NoPen
    arrow.setSubSymbol(fill)
    layer = layer_of("LineString", ["LineString(0 0, 10 0)"], symbol_with_layers(QgsLineSymbol(), arrow))
    # 12 m over 120 px: the line runs from column 10 to 110 on row 60; at 254 dpi the head is 30 px long.
    pixels = painted(layer, QgsRectangle(-1, -6, 11, 6), 120, 254)
    base_column = [y for x, y in pixels if x == 81]
    assert max(base_column) - min(base_column) + 1 == pytest.approx(40, abs=2)  # 2 x 2 mm = 40 px
    body_column = [y for x, y in pixels if x == 50]
    assert max(body_column) - min(body_column) + 1 == pytest.approx(10, abs=1)  # 1 mm
    assert max(x for x, _ in pixels) == pytest.approx(110, abs=1)  # the tip at the line's end


def test_repeated_curved_arrows_run_along_arcs_through_each_three_points():
    paths = arrow_paths([(0.0, 0.0), (3.0, 3.0), (6.0, 0.0), (9.0, 3.0)], curved=True, repeated=True)
    assert len(paths) == 2
    arc, last = paths
    # The circle through (0, 0), (3, 3) and (6, 0) has its centre at (3, 0) and radius 3.
    assert arc[0] == pytest.approx((0.0, 0.0)) and arc[-1] == pytest.approx((6.0, 0.0))
    assert all(math.hypot(x - 3.0, y) == pytest.approx(3.0, abs=1e-6) for x, y in arc)
    assert max(y for _, y in arc) == pytest.approx(3.0, abs=0.01)
    assert last == [(6.0, 0.0), (9.0, 3.0)]  # two points left: a straight arrow
    # Not repeated: one arrow, straight from the first to the last point or curved through the middle one.
    assert arrow_paths([(0.0, 0.0), (3.0, 3.0), (6.0, 0.0), (9.0, 3.0)], curved=False, repeated=False) == [
        [(0.0, 0.0), (9.0, 3.0)]
    ]


def test_a_vector_field_line_leaves_the_point_as_far_as_its_attributes_say():
    field = (
        QgsApplication.symbolLayerRegistry()
        .symbolLayerMetadata("VectorField")
        .createSymbolLayer({"x_attribute": "dx", "y_attribute": "dy", "scale": "0.5"})
    )
    field.setSubSymbol(symbol_with_layers(QgsLineSymbol(), QgsSimpleLineSymbolLayer(QColor("#1f618d"), 0.56)))
    layer = memory_layer(
        "Winds",
        "Point",
        "EPSG:3857",
        [QgsField("dx", QVariant.Double), QgsField("dy", QVariant.Double)],
        [(f"Point({X0} {Y0})", [30.0, 20.0])],
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol_with_layers(QgsMarkerSymbol(), field)))
    (mark,) = marks_of(export(layer), "winds")
    assert mark["properties"]["stroke"] == "#1f618d"
    assert mark["properties"]["stroke-width"] == pytest.approx(px(0.56), abs=1e-3)
    # dx 30 × 0.5 = 15 mm east, dy 20 × 0.5 = 10 mm north (QGIS's y points up, measured): 56.69 and 37.80 px.
    ((start, stop),) = mark["geometry"]["coordinates"]
    assert start == pytest.approx([lon(X0), lat(Y0)], abs=2e-6)
    assert stop == pytest.approx(
        [lon(X0 + px(15) * METRES_PER_PX), lat(Y0 + px(10) * METRES_PER_PX)], abs=2e-6
    )


# --- bounded, validated, left out when opened --------------------------------------------------------------


def test_too_many_marks_fall_back_to_the_flat_look_and_are_reported(monkeypatch):
    # Each centroid disc has 37 positions: a budget of 100 draws two discs, the third polygon falls back.
    monkeypatch.setattr(marks_module, "MAX_MARK_POSITIONS_PER_LAYER", 100)
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(QgsMarkerSymbol.createSimple({"size": "3", "color": "255,0,0"}))
    rows = [square_wkt(X0 - 1000 + 500 * i, Y0, 100) for i in range(3)]
    layer = layer_of(
        "Polygon",
        rows,
        symbol_with_layers(QgsFillSymbol(), QgsSimpleFillSymbolLayer(QColor("#eeeeee")), centroid),
        "Blocks",
    )
    report = write_snapshot(io.StringIO(), [layer], context(*EXTENT, crs="EPSG:3857"), metadata())
    assert TOO_MANY_MARKS in report.layers[0].approximations
    assert len(marks_of(export(layer), "blocks")) == 2


def test_a_layer_far_larger_than_the_budget_is_flat_throughout(monkeypatch):
    # 10 discs of 37 positions = 370, more than twice a budget of 100: no feature gets its marker drawn.
    monkeypatch.setattr(marks_module, "MAX_MARK_POSITIONS_PER_LAYER", 100)
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(QgsMarkerSymbol.createSimple({"size": "3", "color": "255,0,0"}))
    rows = [square_wkt(X0 - 1400 + 280 * i, Y0, 100) for i in range(10)]
    layer = layer_of("Polygon", rows, symbol_with_layers(QgsFillSymbol(), centroid), "Blocks")
    assert marks_of(export(layer), "blocks") == []


def test_a_snapshot_with_marks_passes_the_checks_and_opens_without_them():
    snapshot = export(offset_line_layer())
    assert [r["name"] for r in snapshot["resources"]] == ["wege", "wege.marks"]
    assert snapshot["views"][0]["resources"] == ["wege", "wege.marks"]  # the viewer draws the marks on top
    assert validate_snapshot(snapshot) == []
    assert_valid_snapshot(snapshot)
    contents = snapshot_contents(snapshot)
    assert [r["name"] for r in contents.resources] == ["wege"]
    assert contents.skipped == []


def test_plain_layers_get_no_marks_resource():
    plain = layer_of(
        "Polygon",
        [square_wkt(X0, Y0, 100)],
        symbol_with_layers(QgsFillSymbol(), QgsSimpleFillSymbolLayer(QColor("#ff0000"))),
        "Plain",
    )
    snapshot = export(plain)
    assert [r["name"] for r in snapshot["resources"]] == ["plain"]
    assert MARKS_OF not in snapshot["resources"][0]
