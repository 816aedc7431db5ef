"""Dashed, marker and hashed lines reach the viewer as their dashes, dots and hashes, at the viewer's zoom.

Expected values are worked out by hand beside each test: Qt's pen patterns (qpen.cpp: dash 4, gap 2 pen
widths; dot 1, gap 2), millimetres at the viewer's CSS pixel (1 px = 25.4 / 96 = 0.26458 mm) and Leaflet's
Web Mercator pixel
(2π × 6378137 m / 256 / 2^zoom).
"""

from __future__ import annotations

import io
import json

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFillSymbol,
    QgsHashedLineSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsProject,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.dashes import (
    DASH_PATTERN,
    TOO_MANY_DASHES,
    DashPattern,
    HashMarks,
    cut_into_dashes,
    hashes_across,
)
from gemeindescan_uploader.export.package import build_snapshot, write_snapshot
from gemeindescan_uploader.export.symbology import LayerStyler
from tests.export_helpers import context, css_px, memory_layer, metadata, symbol_with_layers

# A 900 m square in Web Mercator: 800 px fit 955.5 m at zoom 17 (1.194329 m/px) but only 477.7 m at 18,
# so the viewer shows it at zoom 17.
X0, Y0 = 100000.0, 5000000.0
EXTENT_3857 = (X0, Y0, X0 + 900, Y0 + 900)
METRES_PER_PX_Z17 = 2 * 3.141592653589793 * 6378137 / 256 / 2**17  # 1.1943286 m


def line_symbol(*layers) -> QgsLineSymbol:
    return symbol_with_layers(QgsLineSymbol(), *layers)


def dashed(width_mm: float = 0.84, pen_style=Qt.PenStyle.DashLine, colour: str = "#800080"):
    layer = QgsSimpleLineSymbolLayer(QColor(colour), width_mm)
    layer.setPenStyle(pen_style)
    return layer


def lines_layer(symbol, *wkts: str, crs: str = "EPSG:3857", geometry: str = "LineString"):
    layer = memory_layer(
        "Wege",
        geometry,
        crs,
        [QgsField("id", QVariant.Int)],
        [(wkt, [index]) for index, wkt in enumerate(wkts, 1)],
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def first_style(layer) -> tuple[dict, list[str]]:
    with LayerStyler(layer, context(*EXTENT_3857, crs="EPSG:3857")) as styler:
        return styler.style_for(next(layer.getFeatures())), styler.approximations


def in_mercator(coordinates: list) -> list[tuple[float, float]]:
    """WGS 84 [lon, lat] pairs back to Web Mercator metres."""
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    )
    return [
        (point.x(), point.y())
        for point in (to_mercator.transform(QgsPointXY(lon, lat)) for lon, lat in coordinates)
    ]


# --- the pattern -------------------------------------------------------------------------------------


def test_qt_dash_line_is_four_widths_dash_two_widths_gap():
    layer = lines_layer(line_symbol(dashed(0.84)), f"LineString({X0} {Y0}, {X0 + 50} {Y0})")
    style, notes = first_style(layer)
    # 0.84 mm = 3.1748 px wide: dash 12.699 px, gap 6.350 px; drawn, so not reported.
    width = css_px(0.84)
    assert style[DASH_PATTERN].lengths == pytest.approx((4 * width, 2 * width), abs=0.001)
    assert style[DASH_PATTERN].offset == 0.0
    assert style["stroke-width"] == pytest.approx(width, abs=0.001)
    assert notes == []


def test_custom_pattern_is_in_its_own_unit_and_a_flat_cap_shortens_each_dash():
    layer = QgsSimpleLineSymbolLayer(QColor(0, 0, 255), 0.28)
    layer.setUseCustomDashPattern(True)
    layer.setCustomDashVector([5.0, 2.0])  # millimetres
    layer.setPenCapStyle(Qt.PenCapStyle.FlatCap)
    style, _ = first_style(lines_layer(line_symbol(layer), f"LineString({X0} {Y0}, {X0 + 50} {Y0})"))
    # 5 mm = 18.898 px, 2 mm = 7.559 px; Leaflet's round caps add half the 0.28 mm = 1.0583 px width at
    # each end, so the dash loses 1.0583 px and the gap gains it: 17.839 / 8.617 (the period stays 26.457 px).
    width = css_px(0.28)
    assert style[DASH_PATTERN].lengths == pytest.approx((css_px(5) - width, css_px(2) + width), abs=0.001)


def test_a_solid_core_on_a_dashed_casing_is_one_unbroken_line():
    casing = dashed(1.68, colour="#000000")
    core = QgsSimpleLineSymbolLayer(QColor(255, 255, 0), 0.84)
    style, _ = first_style(lines_layer(line_symbol(casing, core), f"LineString({X0} {Y0}, {X0 + 50} {Y0})"))
    # QGIS paints the yellow core through the casing's gaps: the line never breaks; the casing's 1.68 mm
    # = 6.3496 px wide.
    assert DASH_PATTERN not in style
    assert (style["stroke"], style["stroke-width"]) == ("#ffff00", pytest.approx(css_px(1.68), abs=0.001))


def test_cutting_runs_the_pattern_on_across_vertices_and_honours_the_offset():
    # Pattern 2 on, 1 off (unit 1), starting 1.5 into it: inside the first dash (0..2), 0.5 of it left.
    pattern = DashPattern((2.0, 1.0), 1.5)
    # An L: 3 east, then 3 north. From 0: dash rest 0.5 -> (0.5,0); gap to 1.5; dash 1.5..3.5 turns the
    # corner at 3 and ends at (3,0.5); gap to 4.5 (y=1.5); dash 4.5..6 ends with the line at (3,3).
    dashes = cut_into_dashes([(0.0, 0.0), (3.0, 0.0), (3.0, 3.0)], pattern, 1.0)
    assert dashes == [
        [(0.0, 0.0), (0.5, 0.0)],
        [(1.5, 0.0), (3.0, 0.0), (3.0, 0.5)],
        [(3.0, 1.5), (3.0, 3.0)],
    ]


# --- the snapshot ------------------------------------------------------------------------------------


def test_a_dashed_line_is_written_as_its_dashes_at_the_viewers_zoom():
    line = f"LineString({X0 + 100} {Y0 + 450}, {X0 + 150} {Y0 + 450})"
    layer = lines_layer(line_symbol(dashed(0.84)), line)
    snapshot = build_snapshot([layer], context(*EXTENT_3857, crs="EPSG:3857"), metadata())
    feature = snapshot["resources"][0]["data"]["features"][0]
    assert DASH_PATTERN not in feature["properties"] and feature["properties"]["id"] == 1
    assert feature["geometry"]["type"] == "MultiLineString"
    # At zoom 17 a px is 1.194329 m; the 0.84 mm = 3.1748 px pen: dash 12.699 px = 15.167 m, gap 6.350 px =
    # 7.584 m, period 22.750 m. The 50 m line: dashes 0-15.167, 22.750-37.917, 45.501-50 (cut short by the
    # line's end).
    unit = METRES_PER_PX_Z17 * css_px(0.84)  # one pen width in metres
    expected = [(0.0, 4 * unit), (6 * unit, 10 * unit), (12 * unit, 50.0)]
    pieces = [in_mercator(part) for part in feature["geometry"]["coordinates"]]
    assert len(pieces) == 3
    for piece, (start, end) in zip(pieces, expected):
        # 6 decimals of a degree: within 0.12 m here.
        assert piece[0][0] - (X0 + 100) == pytest.approx(start, abs=0.12)
        assert piece[-1][0] - (X0 + 100) == pytest.approx(end, abs=0.12)
        assert all(y == pytest.approx(Y0 + 450, abs=0.2) for _, y in piece)


def test_too_many_dashes_fall_back_to_a_solid_line_in_the_report():
    # A dotted 0.28 mm = 1.0583 px line: dot 1.0583 px, gap 2.1165 px, a period of 3.1748 px = 3.7918 m at
    # zoom 17. A 5 km line would need 5000 / 3.7918 = 1319 dots, more than the 1000 a feature may have:
    # solid, and said so.
    long_line = f"LineString({X0 + 100} {Y0 + 450}, {X0 + 5100} {Y0 + 450})"
    short_line = f"LineString({X0 + 100} {Y0 + 500}, {X0 + 130} {Y0 + 500})"
    layer = lines_layer(line_symbol(dashed(0.28, Qt.PenStyle.DotLine)), long_line, short_line)
    stream = io.StringIO()
    report = write_snapshot(stream, [layer], context(*EXTENT_3857, crs="EPSG:3857"), metadata())
    features = json.loads(stream.getvalue())["resources"][0]["data"]["features"]
    assert features[0]["geometry"]["type"] == "LineString"
    # The 30 m line has 30 / 3.7918 = 7.9 periods: 8 dots (the last one starts at 7 x 3.7918 = 26.54 m).
    assert features[1]["geometry"]["type"] == "MultiLineString"
    assert len(features[1]["geometry"]["coordinates"]) == 8
    assert report.summary() == f"Wege: 2 features ({TOO_MANY_DASHES})"


def test_a_dashed_polygon_outline_is_drawn_as_dashes_above_the_polygon():
    symbol = QgsFillSymbol.createSimple({"color": "255,0,0", "outline_style": "dash"})
    layer = lines_layer(
        symbol, f"Polygon(({X0} {Y0}, {X0 + 90} {Y0}, {X0 + 90} {Y0 + 90}, {X0} {Y0}))", geometry="Polygon"
    )
    stream = io.StringIO()
    report = write_snapshot(stream, [layer], context(*EXTENT_3857, crs="EPSG:3857"), metadata())
    polygons, outline = json.loads(stream.getvalue())["resources"]
    (feature,) = polygons["data"]["features"]
    assert feature["geometry"]["type"] == "Polygon"
    # The dashes are the marks' (tests/test_symbology_outlines.py).
    assert feature["properties"]["stroke-opacity"] == 0.0
    (dashes,) = outline["data"]["features"]
    assert dashes["geometry"]["type"] == "MultiLineString"
    assert report.summary() == "Wege: 1 feature"


# --- marker lines ------------------------------------------------------------------------------------


def marker_line(size_mm: float, interval_mm: float, offset_along_mm: float = 0.0):
    markers = QgsMarkerLineSymbolLayer(True, interval_mm)
    markers.setSubSymbol(
        QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "size": str(size_mm),
                "color": "0,128,0,255",
                "outline_color": "0,0,0,255",
                "outline_width": "0.28",
            }
        )
    )
    markers.setOffsetAlongLine(offset_along_mm)
    return markers


def test_markers_at_an_interval_are_round_dots_as_wide_as_the_marker():
    layer = lines_layer(line_symbol(marker_line(2.8, 5.6, 1.4)), f"LineString({X0} {Y0}, {X0 + 50} {Y0})")
    style, _ = first_style(layer)
    # 2.8 mm = 10.583 px marker with a 0.28 mm = 1.058 px outline: dots 3.08 mm = 11.641 px wide in the fill
    # colour, one every 5.6 mm = 21.165 px; the first 1.4 mm = 5.291 px along, i.e. the pattern starts
    # 21.165 - 5.291 = 15.874 px before a dot.
    assert (style["stroke"], style["stroke-width"]) == ("#008000", pytest.approx(css_px(3.08), abs=0.001))
    # A dot is a 0.01 px dash (a zero-length line is no valid geometry), the gap the rest of the 21.165 px.
    # Drawn unbroken (too many dots), as much ink as the discs: pi/4 x 2.8² / 5.6 = 1.0996 mm = 4.156 px.
    pattern = style[DASH_PATTERN]
    assert pattern.lengths == pytest.approx((0.01, css_px(5.6) - 0.01), abs=0.001)
    assert pattern.offset == pytest.approx(css_px(5.6 - 1.4), abs=0.001)
    assert pattern.solid_width == pytest.approx(css_px(3.141592653589793 / 4 * 2.8**2 / 5.6), abs=0.001)


def test_marker_dots_are_zero_length_pieces_along_the_line():
    line = f"LineString({X0 + 100} {Y0 + 450}, {X0 + 150} {Y0 + 450})"
    layer = lines_layer(line_symbol(marker_line(2.8, 5.6, 1.4)), line)
    snapshot = build_snapshot([layer], context(*EXTENT_3857, crs="EPSG:3857"), metadata())
    feature = snapshot["resources"][0]["data"]["features"][0]
    # 5.6 mm = 21.165 px = 25.279 m at zoom 17, first dot 1.4 mm = 5.291 px = 6.320 m in: dots at 6.32 and
    # 31.60 m; the next one (56.88 m) is past the 50 m line.
    pieces = [in_mercator(part) for part in feature["geometry"]["coordinates"]]
    assert [len(piece) for piece in pieces] == [2, 2]
    for piece, at in zip(pieces, (css_px(1.4) * METRES_PER_PX_Z17, css_px(1.4 + 5.6) * METRES_PER_PX_Z17)):
        assert [x - (X0 + 100) for x, _ in piece] == pytest.approx([at, at], abs=0.12)


def test_a_marker_line_over_a_solid_line_is_unbroken_and_as_wide_as_its_ink():
    base = QgsSimpleLineSymbolLayer(QColor("#000000"), 0.28)
    layer = lines_layer(line_symbol(base, marker_line(2.8, 5.6)), f"LineString({X0} {Y0}, {X0 + 50} {Y0})")
    style, _ = first_style(layer)
    # The base line fills the gaps between the markers: one line, the markers' colour and ink width
    # (4.156 px, above), not the 11.641 px of a dot.
    assert DASH_PATTERN not in style
    assert (style["stroke"], style["stroke-width"]) == ("#008000", 4.156)


# --- hashed lines ------------------------------------------------------------------------------------


def hashed_line(interval_mm: float, length_mm: float, colour: str = "#6c3483", width_mm: float = 0.42):
    hashed = QgsHashedLineSymbolLayer(True, interval_mm)
    hashed.setSubSymbol(line_symbol(QgsSimpleLineSymbolLayer(QColor(colour), width_mm)))
    hashed.setHashLength(length_mm)
    return hashed


def test_hashes_on_a_line_of_their_colour_and_width_are_drawn_with_it():
    base = QgsSimpleLineSymbolLayer(QColor("#6c3483"), 0.42)
    layer = lines_layer(line_symbol(base, hashed_line(1.4, 2.8)), f"LineString({X0} {Y0}, {X0 + 50} {Y0})")
    style, _ = first_style(layer)
    # 0.42 mm = 1.587 px wide hashes, 2.8 mm = 10.583 px long, every 1.4 mm = 5.291 px from the start;
    # unbroken the hashes' ink would be 10.583 x 1.587 / 5.291 = 3.175 px wide. The base line is as wide
    # and as purple: drawn too.
    assert (style["stroke"], style["stroke-width"]) == ("#6c3483", pytest.approx(css_px(0.42), abs=0.001))
    marks = style[DASH_PATTERN]
    assert (marks.interval, marks.first, marks.length, marks.solid_width, marks.with_line) == pytest.approx(
        (css_px(1.4), 0.0, css_px(2.8), css_px(2.8) * css_px(0.42) / css_px(1.4), True), abs=0.001
    )


def test_hashes_on_a_different_line_are_one_unbroken_line_with_their_ink():
    base = QgsSimpleLineSymbolLayer(QColor("#000000"), 0.84)
    layer = lines_layer(line_symbol(base, hashed_line(1.4, 2.8)), f"LineString({X0} {Y0}, {X0 + 50} {Y0})")
    style, _ = first_style(layer)
    # One stroke cannot be black and purple: the purple on top, as wide as the wider of the 0.84 mm =
    # 3.175 px base and the hashes' 3.175 px of ink (above).
    assert DASH_PATTERN not in style
    assert (style["stroke"], style["stroke-width"]) == ("#6c3483", pytest.approx(css_px(0.84), abs=0.001))


def test_hashes_stand_square_on_each_segment_centred_on_the_line():
    marks = HashMarks(interval=2.0, first=1.0, length=2.0)
    # An L, 3 east then 2 north (unit 1): marks at 1 and 3 along (on the east leg, the second right at
    # the corner), and at 5 (north leg, 2 up). Across an eastward leg a mark runs north-south, 1 each way.
    hashes = hashes_across([(0.0, 0.0), (3.0, 0.0), (3.0, 2.0)], marks, 1.0)
    assert hashes == [
        [(1.0, -1.0), (1.0, 1.0)],
        [(3.0, -1.0), (3.0, 1.0)],
        [(4.0, 2.0), (2.0, 2.0)],
    ]


def test_with_symbol_levels_the_dashed_level_is_cut_and_the_solid_one_is_not():
    casing = dashed(1.68, colour="#000000")
    casing.setRenderingPass(0)
    core = QgsSimpleLineSymbolLayer(QColor("#ffff00"), 0.84)
    core.setRenderingPass(1)
    line = f"LineString({X0 + 100} {Y0 + 450}, {X0 + 150} {Y0 + 450})"
    layer = lines_layer(line_symbol(casing, core), line)
    layer.renderer().setUsingSymbolLevels(True)
    snapshot = build_snapshot([layer], context(*EXTENT_3857, crs="EPSG:3857"), metadata())
    casing_feature, core_feature = snapshot["resources"][0]["data"]["features"]
    # Level 0, the 1.68 mm = 6.350 px black casing: dash 25.398 px = 30.334 m, gap 12.699 px = 15.167 m;
    # the 50 m line holds dashes at 0-30.33 m and 45.50-50 m. Level 1, the yellow core, is drawn whole
    # over it.
    assert (casing_feature["properties"]["stroke"], casing_feature["geometry"]["type"]) == (
        "#000000",
        "MultiLineString",
    )
    assert len(casing_feature["geometry"]["coordinates"]) == 2
    assert core_feature["properties"]["stroke"] == "#ffff00"
    assert core_feature["geometry"]["type"] == "LineString"
