"""What the viewer draws comes close to what QGIS paints: circle sizes at the viewer's zoom, image markers as
their ink, patterns as their average colour, layers hidden at the export scale, and the report's notes.

Expected values are worked out from the rules beside them (Leaflet's fitBounds, areas of shapes, colours
mixed by hand), not taken from the exporter's output.
"""

from __future__ import annotations

import io
import json
import math

import pytest
from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsField,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsGeometry,
    QgsGeometryGeneratorSymbolLayer,
    QgsInvertedPolygonRenderer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPointPatternFillSymbolLayer,
    QgsPointXY,
    QgsRandomMarkerFillSymbolLayer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QFont, QPainterPath

from gemeindescan_uploader.errors import ExportError
from gemeindescan_uploader.export.context import viewer_zoom
from gemeindescan_uploader.export.marker_image import SAMPLE_PX, marker_ink
from gemeindescan_uploader.export.marks import MARKS_KEY
from gemeindescan_uploader.export.package import build_snapshot, write_snapshot
from gemeindescan_uploader.export.symbol_style import MARKERS_INSIDE, OFFSETS
from gemeindescan_uploader.export.symbology import INVERTED, LayerStyler
from tests.export_helpers import context, css_px, memory_layer, metadata, symbol_with_layers

SQUARE = "Polygon((2600010 1200010, 2600090 1200010, 2600090 1200090, 2600010 1200090, 2600010 1200010))"
LINE = "LineString(2600010 1200050, 2600090 1200050)"
EXTENT = (2600000, 1200000, 2600100, 1200100)


def styled(geometry: str, wkt: str, symbol: QgsSymbol, name: str = "Layer"):
    layer = memory_layer(name, geometry, "EPSG:2056", [QgsField("id", QVariant.Int)], [(wkt, [1])])
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def style_of(layer) -> tuple[dict, list[str]]:
    """The first feature's style and the styler's report notes."""
    with LayerStyler(layer, context(*EXTENT)) as styler:
        style = styler.style_for(next(layer.getFeatures()))
        return style, styler.approximations


def fill_symbol(*layers) -> QgsFillSymbol:
    return symbol_with_layers(QgsFillSymbol(), *layers)


def line_symbol(*layers) -> QgsLineSymbol:
    return symbol_with_layers(QgsLineSymbol(), *layers)


# --- the viewer's zoom ---------------------------------------------------------------------------------


def test_zoom_is_the_largest_whole_level_at_which_the_bounds_fit_800_px():
    # The whole Web Mercator world is 256 px at zoom 0, 512 at 1, 1024 at 2: 800 px show it at zoom 1.
    assert viewer_zoom(-180, -85.0511287798, 180, 85.0511287798) == 1
    # 360° / 2^10 wide at the equator is 256 px at zoom 10, so 800 px fit it at 10 + log2(800/256) = 11.64.
    assert viewer_zoom(0, 0, 360 / 2**10, 0.0001) == 11


def test_zoom_within_one_percent_of_a_level_snaps_up_to_it_as_leaflet_does():
    # Bounds that fit at zoom 14.996 (a hair too wide for 15): Leaflet rounds to 15.00 first, then floors.
    width_deg = 800 / 2**14.996 / 256 * 360
    assert viewer_zoom(8.5, 47.37, 8.5 + width_deg, 47.3701) == 15
    width_deg = 800 / 2**14.98 / 256 * 360
    assert viewer_zoom(8.5, 47.37, 8.5 + width_deg, 47.3701) == 14


def test_zoom_never_exceeds_mapbox_maximum_18():
    assert viewer_zoom(8.5, 47.37, 8.5001, 47.3701) == 18


def test_tall_bounds_are_fitted_by_their_height():
    # 0.01° of latitude at 47° is 0.01 x 256/360 / cos(47°) = 0.010427 px at zoom 0 (Mercator stretches
    # latitudes by 1/cos): 800 px fit it at log2(800 / 0.010427) = 16.23, so zoom 16.
    assert viewer_zoom(8.0, 46.995, 8.0001, 47.005) == 16


# --- image markers -------------------------------------------------------------------------------------


def test_font_marker_is_a_disc_of_its_glyph_area_in_its_colour():
    glyph = QgsFontMarkerSymbolLayer("DejaVu Sans", "★", 6.0, QColor(192, 57, 43))
    ink = marker_ink(glyph, css_px(6), 0.0, QColor(192, 57, 43), QColor(0, 0, 0))
    # One colour, so anti-aliased edges average back to it.
    assert ink.colour.name() == "#c0392b"
    assert ink.opacity == pytest.approx(1.0, abs=0.05)
    # The glyph's outline at the sampled pixel size, its area by the shoelace formula.
    font = QFont("DejaVu Sans")
    font.setPixelSize(SAMPLE_PX)
    path = QPainterPath()
    path.addText(0, 0, font, "★")
    area = sum(abs(_shoelace(polygon)) for polygon in path.toFillPolygons())
    assert ink.coverage == pytest.approx(area / SAMPLE_PX**2, rel=0.08)


def _shoelace(polygon) -> float:
    points = [polygon.at(index) for index in range(polygon.count())]
    return sum(a.x() * b.y() - b.x() * a.y() for a, b in zip(points, points[1:] + points[:1])) / 2


def test_square_marker_becomes_the_disc_of_its_area():
    symbol = QgsMarkerSymbol.createSimple({"name": "square", "size": "4", "color": "255,0,0"})
    style, _ = style_of(styled("Point", "Point(2600050 1200050)", symbol))
    # 4 mm square = 16 mm², a disc of that area is 4 x sqrt(4/pi) = 4.5135 mm = 17.059 px wide; at zoom 18
    # (100 m extent) one px is 0.40717 m (see tests/export_cases.py case_non_ascii): radius 3.473 m.
    assert style["radius"] == pytest.approx(css_px(4 * math.sqrt(4 / math.pi)) / 2 * 0.40717, abs=2e-3)


# --- fills and lines that draw elsewhere than the feature's area ----------------------------------------


def test_centroid_fill_paints_no_area_and_its_marker_is_a_mark():
    centroid = QgsCentroidFillSymbolLayer()
    outline = QgsSimpleLineSymbolLayer(QColor(0, 0, 255), 0.56)
    style, notes = style_of(styled("Polygon", SQUARE, fill_symbol(outline, centroid)))
    assert style["fill-opacity"] == 0.0
    outline_px = pytest.approx(css_px(0.56), abs=1e-3)  # 2.1165 px
    assert (style["stroke"], style["stroke-width"]) == ("#0000ff", outline_px)
    # The marker is drawn as a mark (tests/test_symbology_marks.py); without it the outline alone.
    fallback = style[MARKS_KEY].fallback
    assert (fallback["fill-opacity"], fallback["stroke"], fallback["stroke-width"]) == (
        0.0,
        "#0000ff",
        outline_px,
    )
    assert MARKERS_INSIDE not in notes


def test_point_pattern_falls_back_to_its_average_colour_over_the_fill_below():
    base = QgsSimpleFillSymbolLayer(QColor(255, 255, 255))
    pattern = QgsPointPatternFillSymbolLayer()
    dot = QgsMarkerSymbol.createSimple({"size": "3", "color": "0,0,255", "outline_style": "no"})
    pattern.setSubSymbol(dot)
    pattern.setDistanceX(5)
    pattern.setDistanceY(5)
    style, _ = style_of(styled("Polygon", SQUARE, fill_symbol(base, pattern)))
    # The dots are drawn as a mark (tests/test_pattern_marks.py) over the white fill below.
    assert (style["fill"], style["fill-opacity"]) == ("#ffffff", 1.0)
    # Where they cannot be: 3 mm discs every 5 x 5 mm paint pi/4 x 9 / 25 = 0.2827 of the area; blue at
    # 0.2827 over white: red and green 255 x (1 - 0.2827) = 182.9 -> 183 (#b7), blue 255.
    fallback = style[MARKS_KEY].fallback
    assert (fallback["fill"], fallback["fill-opacity"]) == ("#b7b7ff", 1.0)


def test_generated_points_on_polygons_are_marks_generated_lines_are_the_outline():
    points = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "centroid($geometry)"})
    points.setSymbolType(QgsSymbol.Marker)
    points.setSubSymbol(QgsMarkerSymbol.createSimple({"color": "255,0,0"}))
    style, notes = style_of(styled("Polygon", SQUARE, fill_symbol(points)))
    # The polygon itself paints nothing; the markers are marks (tests/test_symbology_marks.py), and
    # without them nothing is painted either.
    assert style["fill-opacity"] == 0.0 and style["stroke-opacity"] == 0.0
    fallback = style[MARKS_KEY].fallback
    assert fallback["fill-opacity"] == 0.0 and fallback["stroke-opacity"] == 0.0
    assert MARKERS_INSIDE not in notes

    boundary = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "boundary($geometry)"})
    boundary.setSymbolType(QgsSymbol.Line)
    boundary.setSubSymbol(QgsLineSymbol.createSimple({"line_color": "0,128,0", "line_width": "0.84"}))
    style, _ = style_of(styled("Polygon", SQUARE, fill_symbol(boundary)))
    assert style["fill-opacity"] == 0.0
    width = pytest.approx(css_px(0.84), abs=1e-3)  # 3.1748 px
    assert (style["stroke"], style["stroke-opacity"], style["stroke-width"]) == ("#008000", 1.0, width)


def test_marker_line_on_vertices_only_keeps_the_marker_width():
    markers = QgsMarkerLineSymbolLayer()
    markers.setPlacement(QgsMarkerLineSymbolLayer.Vertex)
    markers.setSubSymbol(QgsMarkerSymbol.createSimple({"size": "1.4", "color": "255,0,255"}))
    style, _ = style_of(styled("LineString", LINE, line_symbol(markers)))
    assert style["stroke-width"] == pytest.approx(css_px(1.4), abs=1e-3)  # 5.2913 px


def test_an_offset_line_is_a_mark_and_does_not_cover_the_line():
    dashed = QgsSimpleLineSymbolLayer(QColor(128, 0, 128), 0.84)
    dashed.setPenStyle(2)  # Qt.DashLine
    beside = QgsSimpleLineSymbolLayer(QColor(255, 128, 0), 0.56)
    beside.setOffset(1.0)
    style, notes = style_of(styled("LineString", LINE, line_symbol(dashed, beside)))
    dashed_px = pytest.approx(css_px(0.84), abs=1e-3)  # 3.1748 px
    assert (style["stroke"], style["stroke-width"]) == ("#800080", dashed_px)
    # The offset line is drawn beside it as a mark (tests/test_symbology_marks.py); the flat fallback is
    # the dashed line alone, as before. A line layer's dashes are dash pieces (test_symbology_dashes.py).
    fallback = style[MARKS_KEY].fallback
    assert (fallback["stroke"], fallback["stroke-width"]) == ("#800080", dashed_px)
    assert notes == []


def test_offset_polygon_outlines_are_marks_not_reported():
    beside = QgsSimpleLineSymbolLayer(QColor(255, 128, 0), 0.56)
    beside.setOffset(1.0)
    style, notes = style_of(styled("Polygon", SQUARE, fill_symbol(beside)))
    # Drawn moved into the polygon as a mark (tests/test_symbology_outlines.py); the polygon gets no
    # stroke, its flat fallback the outline in place, as before.
    assert style["stroke-opacity"] == 0.0
    fallback = style[MARKS_KEY].fallback
    assert (fallback["stroke"], fallback["stroke-opacity"]) == ("#ff8000", 1.0)
    assert notes == []


def test_core_on_casing_has_the_cores_colour_and_the_casings_width():
    casing = QgsSimpleLineSymbolLayer(QColor(0, 0, 0), 1.68)
    core = QgsSimpleLineSymbolLayer(QColor(255, 255, 0), 0.84)
    style, notes = style_of(styled("LineString", LINE, line_symbol(casing, core)))
    casing_width = pytest.approx(css_px(1.68), abs=1e-3)  # 6.3496 px
    assert (style["stroke"], style["stroke-width"]) == ("#ffff00", casing_width)
    assert notes == []


def test_symbol_levels_write_every_feature_once_per_level_lowest_level_first():
    casing = QgsSimpleLineSymbolLayer(QColor(0, 0, 0), 1.68)
    core = QgsSimpleLineSymbolLayer(QColor(255, 255, 0), 0.84)
    casing.setRenderingPass(0)
    core.setRenderingPass(1)
    rows = [(LINE, [1]), (LINE.replace("1200050", "1200060"), [2])]
    layer = memory_layer("Strassen", "LineString", "EPSG:2056", [QgsField("id", QVariant.Int)], rows)
    layer.setRenderer(QgsSingleSymbolRenderer(line_symbol(casing, core)))
    layer.renderer().setUsingSymbolLevels(True)
    report = write_snapshot(stream := io.StringIO(), [layer], context(*EXTENT), metadata())
    features = json.loads(stream.getvalue())["resources"][0]["data"]["features"]
    # Both casings (black, 1.68 mm = 6.35 px), then both cores (yellow, 0.84 mm = 3.175 px): as QGIS draws
    # the levels.
    drawn = [
        (f["properties"]["id"], f["properties"]["stroke"], f["properties"]["stroke-width"]) for f in features
    ]
    casing, core = pytest.approx(css_px(1.68), abs=1e-3), pytest.approx(css_px(0.84), abs=1e-3)
    black, yellow = "#000000", "#ffff00"
    assert drawn == [(1, black, casing), (2, black, casing), (1, yellow, core), (2, yellow, core)]
    assert report.layers[0].written == 2 and report.layers[0].left_out == {}


def test_inverted_polygons_are_the_area_around_them_with_holes_outlined():
    inner = QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple(
            {"color": "100,100,100", "outline_color": "0,0,0", "outline_width": "0.28"}
        )
    )
    layer = memory_layer(
        "Maske",
        "Polygon",
        "EPSG:2056",
        [QgsField("id", QVariant.Int)],
        [(SQUARE, [1]), (SQUARE.replace("2600010 ", "2600005 "), [2])],
    )
    layer.setRenderer(QgsInvertedPolygonRenderer(inner))
    report = write_snapshot(stream := io.StringIO(), [layer], context(*EXTENT), metadata())
    features = json.loads(stream.getvalue())["resources"][0]["data"]["features"]
    # One symbol: one feature, filled and outlined like the symbol, without the polygons' attributes.
    assert len(features) == 1 and report.layers[0].written == 1
    assert features[0]["properties"] == {
        "fill": "#646464",
        "fill-opacity": 1.0,
        "stroke": "#000000",
        "stroke-opacity": 1.0,
        "stroke-width": pytest.approx(css_px(0.28), abs=1e-3),
    }
    area = QgsGeometry.fromPolygonXY(
        [[QgsPointXY(x, y) for x, y in ring] for ring in features[0]["geometry"]["coordinates"]]
    )
    rings = features[0]["geometry"]["coordinates"]
    # The outer ring lies 3 extents beyond the 100 m extent on every side: its edge is never in view.
    outer_x = [x for x, _ in rings[0]]
    assert max(outer_x) - min(outer_x) > 6 * (max(x for x, _ in rings[1]) - min(x for x, _ in rings[1]))
    # One hole: the union of the two overlapping squares (2600005..2600090 east).
    assert len(rings) == 2
    assert area.isGeosValid()
    assert INVERTED in report.layers[0].approximations


# --- scale-dependent visibility ----------------------------------------------------------------------


def scale_limited(name: str, minimum: float, maximum: float = 0.0):
    layer = styled("Polygon", SQUARE, QgsFillSymbol.createSimple({"color": "255,0,0"}), name)
    layer.setScaleBasedVisibility(True)
    layer.setMinimumScale(minimum)
    layer.setMaximumScale(maximum)
    return layer


def test_layer_hidden_at_the_export_scale_is_left_out_and_reported():
    # The 100 m extent fills 800 px of 25.4 / 96 mm at 1:472 (100 m / 211.67 mm = 1:472.4).
    shown = scale_limited("Gezeigt", 1000)
    hidden = scale_limited("Nur nah", 200)
    zoomed_out_only = scale_limited("Nur fern", 0, 5000)
    report = write_snapshot(io.StringIO(), [shown, hidden, zoomed_out_only], context(*EXTENT), metadata())
    assert [layer.title for layer in report.layers] == ["Gezeigt"]
    summary = report.summary()
    assert "Nur nah: left out (hidden at the export scale 1:472; QGIS shows it only from 1:200 in)" in summary
    assert "Nur fern: left out (hidden at the export scale 1:472; QGIS shows it only up to 1:5000)" in summary
    snapshot = build_snapshot([shown, hidden], context(*EXTENT), metadata())
    assert [resource["title"] for resource in snapshot["resources"]] == ["Gezeigt"]
    assert [entry["label"] for entry in snapshot["views"][0]["spec"]["legend"]] == ["Gezeigt"]


def test_all_layers_hidden_is_an_error_that_says_what_to_do():
    with pytest.raises(ExportError, match="hidden at the export scale 1:472"):
        build_snapshot([scale_limited("Nur nah", 200)], context(*EXTENT), metadata())


def test_report_lists_the_approximations_per_layer():
    beside = QgsMarkerLineSymbolLayer()  # a marker line's offset is not drawn
    beside.setOffset(1.0)
    report = write_snapshot(
        io.StringIO(), [styled("Polygon", SQUARE, fill_symbol(beside), "Wege")], context(*EXTENT), metadata()
    )
    assert report.summary() == f"Wege: 1 feature ({OFFSETS})"


def test_marker_sized_on_the_ground_keeps_its_ground_size():
    symbol = QgsMarkerSymbol.createSimple({"size": "30", "size_unit": "RenderMetersInMapUnits"})
    style, _ = style_of(styled("Point", "Point(2600050 1200050)", symbol))
    # A circle 30 m across on the ground: radius 15 m at any zoom (Leaflet's metres).
    assert style["radius"] == pytest.approx(15.0, abs=0.05)


def test_random_markers_per_polygon_are_their_average_colour_over_the_polygon():
    random_fill = QgsRandomMarkerFillSymbolLayer(100)
    random_fill.setSubSymbol(QgsMarkerSymbol.createSimple({"size": "10", "color": "255,0,0"}))
    style, notes = style_of(styled("Polygon", SQUARE, fill_symbol(random_fill)))
    # The 100 m extent fills 800 px: 1 px = 0.125 m, the 80 m square is 640 px a side = 409600 px².
    # 100 markers of 10 mm = 37.795 px: 100 x pi/4 x 37.795² = 112193 px², 0.2739 of the square.
    assert style["fill"] == "#ff0000"
    assert style["fill-opacity"] == pytest.approx(0.274, abs=0.001)
    assert MARKERS_INSIDE not in notes


def test_a_dashed_polygon_outline_is_a_mark_not_reported():
    symbol = QgsFillSymbol.createSimple({"color": "255,0,0", "outline_style": "dash"})
    style, notes = style_of(styled("Polygon", SQUARE, symbol))
    # Its dashes are a mark (tests/test_symbology_outlines.py); flat, past the budget, it is solid.
    assert style["stroke-opacity"] == 0.0
    assert style[MARKS_KEY].fallback["stroke-opacity"] == 1.0
    assert notes == []


def test_hatch_brush_falls_back_to_its_average_colour():
    symbol = QgsFillSymbol.createSimple({"color": "0,0,255", "style": "horizontal", "outline_style": "no"})
    style, _ = style_of(styled("Polygon", SQUARE, symbol))
    # The hatch lines are a mark (tests/test_pattern_marks.py): the polygon itself paints no area.
    assert style["fill-opacity"] == 0.0
    # Where they cannot be drawn: Qt's horizontal hatch paints one 1-px line in every 8 px, 1/8 of the area.
    fallback = style[MARKS_KEY].fallback
    assert (fallback["fill"], fallback["fill-opacity"]) == ("#0000ff", 0.125)
