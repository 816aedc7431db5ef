"""Pattern fills reach the viewer as their lines and dots: a marks resource above the polygons.

A 300 m square (100300..100600, 5000300..5000600 in Web Mercator) inside a 900 m extent, which the viewer
shows at zoom 17: 1.1943286 m per px (2π × 6378137 / 256 / 2^17), world pixel x = (X + πR) / 1.1943286,
y = (πR - Y) / 1.1943286 with πR = 20037508.34 m. The square's edges are then at x 16861196.240 (left)
and 16861447.427 (right), y 12590260.971 (top) and 12590512.158 (bottom): 251.187 px a side. Sizes are
given in QGIS pixels, which are the viewer's px whatever the millimetre.
"""

from __future__ import annotations

import io
import json
import math

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsField,
    QgsFillSymbol,
    QgsGeometry,
    QgsGradientFillSymbolLayer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPointPatternFillSymbolLayer,
    QgsPointXY,
    QgsProject,
    QgsRandomMarkerFillSymbolLayer,
    QgsRectangle,
    QgsSimpleLineSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSVGFillSymbolLayer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor, QTransform

from gemeindescan_uploader.export.marks import TOO_MANY_MARKS
from gemeindescan_uploader.export.package import build_snapshot, write_snapshot
from tests.export_helpers import context, memory_layer, metadata, symbol_with_layers
from tests.qgis_render import render_layers

PIXELS = (
    QgsUnitTypes.RenderUnit.RenderPixels if hasattr(QgsUnitTypes, "RenderUnit") else QgsUnitTypes.RenderPixels
)
HALF_WORLD = math.pi * 6378137
UNIT = 2 * HALF_WORLD / 256 / 2**17
LEFT, RIGHT = (100300 + HALF_WORLD) / UNIT, (100600 + HALF_WORLD) / UNIT
TOP, BOTTOM = (HALF_WORLD - 5000600) / UNIT, (HALF_WORLD - 5000300) / UNIT
SQUARE = "Polygon((100300 5000300, 100600 5000300, 100600 5000600, 100300 5000600, 100300 5000300))"
VIEW = context(100000, 5000000, 100900, 5000900, crs="EPSG:3857")
# Coordinates are written with 6 decimals (0.11 m, 0.09 px here).
PX_TOLERANCE = 0.15


def polygons(symbol, wkt: str = SQUARE):
    layer = memory_layer("Hatched", "Polygon", "EPSG:3857", [QgsField("id", QVariant.Int)], [(wkt, [1])])
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def exported(layer) -> tuple[dict, list[dict]]:
    """The layer's one feature and the features of its marks resource."""
    snapshot = build_snapshot([layer], VIEW, metadata())
    resources = {resource["name"]: resource for resource in snapshot["resources"]}
    return resources["hatched"]["data"]["features"][0], resources["hatched.marks"]["data"]["features"]


def off_grid(value: float, period: float) -> float:
    """How far ``value`` is from the nearest whole multiple of ``period``."""
    return abs(value - period * round(value / period))


def in_world_px(geometry: dict) -> QgsGeometry:
    """A GeoJSON geometry from the snapshot (WGS 84) in world pixels at zoom 17."""
    parsed = QgsGeometry.fromWkt(_wkt(geometry))
    to_mercator = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        QgsCoordinateReferenceSystem("EPSG:3857"),
        QgsProject.instance(),
    )
    parsed.transform(to_mercator)
    # Mercator metres to world px: x = (X + πR) / unit, y = (πR - Y) / unit.
    parsed.transform(QTransform(1 / UNIT, 0, 0, -1 / UNIT, HALF_WORLD / UNIT, HALF_WORLD / UNIT))
    return parsed


def _wkt(geometry: dict) -> str:
    def ring(points):
        return "(" + ",".join(f"{x} {y}" for x, y in points) + ")"

    kind, coordinates = geometry["type"], geometry["coordinates"]
    if kind == "MultiLineString":
        return "MULTILINESTRING(" + ",".join(ring(line) for line in coordinates) + ")"
    if kind == "LineString":
        return "LINESTRING" + ring(coordinates)
    if kind == "Polygon":
        return "POLYGON(" + ",".join(ring(r) for r in coordinates) + ")"
    return "MULTIPOLYGON(" + ",".join("(" + ",".join(ring(r) for r in p) + ")" for p in coordinates) + ")"


def _render_on_viewer_map(layer):
    """QGIS's rendering of ``layer`` on the viewer's own map: 800 × 800 px at 96 dpi from world pixel
    (16860922, 12589987) at zoom 17 (see test_patterns.py); corners x = px × unit - πR, y = πR - px × unit."""
    origin_x, origin_y = 16860922, 12589987
    extent = QgsRectangle(
        origin_x * UNIT - HALF_WORLD,
        HALF_WORLD - (origin_y + 800) * UNIT,
        (origin_x + 800) * UNIT - HALF_WORLD,
        HALF_WORLD - origin_y * UNIT,
    )
    return render_layers([layer], extent, 800)


def line_pattern(angle: float, distance_px: float, width_px: float, colour: str = "#ff0000"):
    line = QgsSimpleLineSymbolLayer(QColor(colour), width_px)
    line.setWidthUnit(PIXELS)
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setSubSymbol(symbol_with_layers(QgsLineSymbol(), line))
    pattern.setLineAngle(angle)
    pattern.setDistance(distance_px)
    pattern.setDistanceUnit(PIXELS)
    return pattern


def test_line_pattern_lines_are_strips_from_the_polygons_bottom_left_corner():
    # Horizontal lines every int(12) = 12 px, 4 px wide, from the bottom edge rounded: 12590512.158 ->
    # 12590512. Centres 12590512 - 12k for k = 0..21 touch the square (the last, at ...260, reaches
    # 1.03 px into it; the first covers 510..512.158 of it: 2.158 px). Area: 251.187 px wide ×
    # (20 × 4 + 2.158 + 1.029) = 251.187 × 83.187 = 20895.6 px².
    feature, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), line_pattern(0, 12, 4))))
    assert feature["properties"]["fill-opacity"] == 0.0  # QGIS paints no area between the lines
    assert len(marks) == 1
    style = marks[0]["properties"]
    assert (style["fill"], style["fill-opacity"], style["stroke-opacity"]) == ("#ff0000", 1.0, 0.0)
    strips = in_world_px(marks[0]["geometry"])
    assert strips.constGet().numGeometries() == 22
    assert strips.area() == pytest.approx(251.187 * 83.187, rel=2e-3)
    # Every full strip lies 4 px high around a centre 12590512 - 12k.
    for part in strips.asGeometryCollection()[1:-1]:
        box = part.boundingBox()
        assert box.height() == pytest.approx(4.0, abs=PX_TOLERANCE)
        assert off_grid(box.center().y() - 12590512, 12) < PX_TOLERANCE


def test_thin_line_pattern_lines_are_stroked_lines_ending_inside_the_polygon():
    # 1.5 px lines (thinner than 2 px: the viewer would drop a strip's short sides) at 45°, 10 px apart:
    # a tile of int(10 / cos 45°) = 14 px square, lines x/14 + y/14 = k: 45° lines 9.9 px apart. Each is
    # shortened by 0.75 px at both ends, so its round cap ends at the square's edge.
    feature, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), line_pattern(45, 10, 1.5))))
    style = marks[0]["properties"]
    assert (style["stroke"], style["stroke-width"], style["fill-opacity"]) == ("#ff0000", 1.5, 0.0)
    lines = in_world_px(marks[0]["geometry"])
    anchor_x, anchor_y = 16861196, 12590512  # the left and bottom edges rounded
    for line in lines.asMultiPolyline():
        (x0, y0), (x1, y1) = (line[0].x(), line[0].y()), (line[-1].x(), line[-1].y())
        assert (x1 - x0) == pytest.approx(-(y1 - y0), abs=PX_TOLERANCE)  # rising at 45° (y down)
        assert off_grid((x0 - anchor_x) + (y0 - anchor_y), 14) < 0.2
        for x, y in ((x0, y0), (x1, y1)):
            inset = min(x - LEFT, RIGHT - x, y - TOP, BOTTOM - y)
            # 0.75 px back along a 45° line is 0.53 px from the edge it crosses.
            assert inset == pytest.approx(0.75 / math.sqrt(2), abs=PX_TOLERANCE)


def test_qt_hatch_lines_are_laid_out_from_the_viewer_maps_corner():
    # The viewer shows the extent with its top-left corner at world pixel (16860922, 12589987) (see
    # test_patterns.py). Qt's horizontal hatch paints pixel row 3 of every 8: lines at y = 12589987 +
    # 3.5 + 8k, 1 px wide. Inside the square (y 12590260.97..12590512.16): 12590262.5 to 12590510.5,
    # 32 lines, each 251.187 - 2 × 0.5 px long.
    symbol = QgsFillSymbol.createSimple({"color": "#0000ff", "style": "horizontal", "outline_style": "no"})
    feature, marks = exported(polygons(symbol))
    assert feature["properties"]["fill-opacity"] == 0.0
    style = marks[0]["properties"]
    assert (style["stroke"], style["stroke-opacity"], style["stroke-width"]) == ("#0000ff", 1.0, 1.0)
    lines = in_world_px(marks[0]["geometry"]).asMultiPolyline()
    rows = sorted(line[0].y() for line in lines)
    assert len(rows) == 32
    assert rows[0] == pytest.approx(12590262.5, abs=PX_TOLERANCE)
    assert rows[-1] == pytest.approx(12590510.5, abs=PX_TOLERANCE)
    assert abs(lines[0][-1].x() - lines[0][0].x()) == pytest.approx(250.187, abs=PX_TOLERANCE)


def test_point_pattern_dots_sit_on_the_grid_from_the_polygons_corner():
    # Distance 10 px: a tile of 20 px with markers at 0 and 10 across and down, i.e. a 10 px grid from
    # the corner (16861196, 12590512). Centres within 2 px (the dot's radius) of the square: x
    # 16861196..16861446 and y 12590262..12590512, 26 × 26 = 676 dots, each a disc of 4 px.
    dot = QgsMarkerSymbol.createSimple(
        {"size": "4", "size_unit": "Pixel", "color": "#00aa00", "outline_style": "no"}
    )
    pattern = QgsPointPatternFillSymbolLayer()
    pattern.setSubSymbol(dot)
    for setter in (pattern.setDistanceX, pattern.setDistanceY):
        setter(10)
    pattern.setDistanceXUnit(PIXELS)
    pattern.setDistanceYUnit(PIXELS)
    feature, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), pattern)))
    assert feature["properties"]["fill-opacity"] == 0.0
    style = marks[0]["properties"]
    assert (style["fill"], style["fill-opacity"], style["stroke-opacity"]) == ("#00aa00", 1.0, 0.0)
    dots = in_world_px(marks[0]["geometry"]).asGeometryCollection()
    assert len(dots) == 676
    # Whole discs have π × 2² = 12.57 px² (less 6-decimal rounding), cut ones at most 10.2 (the row at
    # 12590262 reaches 1.03 px past the top edge).
    inner = [dot for dot in dots if dot.area() > 11.5]
    assert len(inner) == 24 * 24
    for disc in inner:
        centre = disc.centroid().asPoint()
        assert off_grid(centre.x() - 16861196, 10) < PX_TOLERANCE
        assert off_grid(centre.y() - 12590512, 10) < PX_TOLERANCE


def test_too_fine_a_pattern_falls_back_to_its_average_colour_and_is_reported():
    # A polygon 5 km high (4186 px at zoom 17) with lines every 2 px would need about 2094 strips, more
    # than 2000: the feature gets the pattern's average colour, 1 px of line in every 2 px: opacity 0.5.
    big = "Polygon((100300 5000300, 100600 5000300, 100600 5005300, 100300 5005300, 100300 5000300))"
    layer = polygons(symbol_with_layers(QgsFillSymbol(), line_pattern(0, 2, 1)), big)
    stream = io.StringIO()
    report = write_snapshot(stream, [layer], VIEW, metadata())
    resources = {resource["name"]: resource for resource in json.loads(stream.getvalue())["resources"]}
    properties = resources["hatched"]["data"]["features"][0]["properties"]
    assert (properties["fill"], properties["fill-opacity"]) == ("#ff0000", 0.5)
    assert resources["hatched.marks"]["data"]["features"] == []
    assert str(TOO_MANY_MARKS) in [str(note) for note in report.layers[0].approximations]


def test_a_solid_fill_makes_no_marks_resource():
    symbol = QgsFillSymbol.createSimple({"color": "#0000ff", "outline_style": "no"})
    snapshot = build_snapshot([polygons(symbol)], VIEW, metadata())
    assert [resource["name"] for resource in snapshot["resources"]] == ["hatched"]


def test_random_markers_land_where_qgis_draws_them_on_the_viewers_map():
    # QGIS draws a random marker fill at QgsGeometry.randomPointsInPolygon(count, seed) of the polygon in
    # its map's pixels. Render the square with QGIS on the viewer's own map (800 × 800 px from world
    # pixel (16860922, 12589987) at zoom 17, see test_patterns.py): every exported dot's centre must fall
    # on a pixel QGIS painted.
    marker = QgsMarkerSymbol.createSimple(
        {"size": "3", "size_unit": "Pixel", "color": "#000000", "outline_style": "no"}
    )
    random_fill = QgsRandomMarkerFillSymbolLayer(25, seed=11)
    random_fill.setSubSymbol(marker)
    layer = polygons(symbol_with_layers(QgsFillSymbol(), random_fill))
    feature, marks = exported(layer)
    assert feature["properties"]["fill-opacity"] == 0.0
    dots = in_world_px(marks[0]["geometry"]).asGeometryCollection()
    assert len(dots) == 25  # a 3 px marker each; 25 in 251 px square rarely touch (one part each)
    origin_x, origin_y = 16860922, 12589987
    image = _render_on_viewer_map(layer)
    for dot in dots:
        centre = dot.centroid().asPoint()
        x, y = int(centre.x() - origin_x), int(centre.y() - origin_y)
        assert QColor(image.pixel(x, y)).red() < 64, (x, y)


def test_random_markers_without_a_seed_stay_their_average_colour():
    # Seed 0: QGIS picks new places at every redraw, nothing to reproduce: no marks resource.
    marker = QgsMarkerSymbol.createSimple({"size": "3", "size_unit": "Pixel", "color": "#000000"})
    random_fill = QgsRandomMarkerFillSymbolLayer(25, seed=0)
    random_fill.setSubSymbol(marker)
    snapshot = build_snapshot([polygons(symbol_with_layers(QgsFillSymbol(), random_fill))], VIEW, metadata())
    assert [resource["name"] for resource in snapshot["resources"]] == ["hatched"]


def test_gradient_is_bands_from_its_first_colour_at_the_top_to_its_second_at_the_bottom():
    # QGIS's default gradient runs from the middle of the box's top (colour 1) to its bottom (colour 2).
    # Black to white changes each channel by 255: ceil(255 / 6) = 43 bands would be needed, at most 32
    # are drawn, each 251.187 / 32 = 7.85 px high; the top one black (ramp sample 0 of 33), the bottom
    # one white (sample 32), greys growing lighter between.
    gradient = QgsGradientFillSymbolLayer(QColor("#000000"), QColor("#ffffff"))
    feature, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), gradient)))
    assert feature["properties"]["fill-opacity"] == 0.0
    assert len(marks) == 32
    colours = [mark["properties"]["fill"] for mark in marks]
    assert (colours[0], colours[-1]) == ("#000000", "#ffffff")
    assert colours == sorted(colours)  # same grey in all channels: lighter is larger
    first, last = in_world_px(marks[0]["geometry"]), in_world_px(marks[-1]["geometry"])
    assert first.boundingBox().yMinimum() == pytest.approx(TOP, abs=PX_TOLERANCE)
    # Each opaque band reaches 0.5 px under the next, so no background shows in the seam.
    assert first.boundingBox().height() == pytest.approx(251.187 / 32 + 0.5, abs=PX_TOLERANCE)
    assert last.boundingBox().yMaximum() == pytest.approx(BOTTOM, abs=PX_TOLERANCE)


def test_a_pattern_under_an_outline_stops_at_the_outlines_inner_edge():
    # A 4 px outline above the line pattern covers 2 px inside the edge: the strips end 2 px in, so the
    # pattern spans 251.187 - 4 = 247.187 px across.
    outline = QgsSimpleLineSymbolLayer(QColor("#000000"), 4)
    outline.setWidthUnit(PIXELS)
    symbol = symbol_with_layers(QgsFillSymbol(), line_pattern(0, 12, 4), outline)
    _, marks = exported(polygons(symbol))
    strips = in_world_px(marks[0]["geometry"])
    assert strips.boundingBox().width() == pytest.approx(251.187 - 4, abs=PX_TOLERANCE)
    assert strips.boundingBox().xMinimum() == pytest.approx(LEFT + 2, abs=PX_TOLERANCE)


def test_svg_fill_tiles_lie_where_qgis_draws_them_on_the_viewers_map():
    # A 22 px SVG tile (a square with margins) repeats from the polygon's box corner, as QGIS's texture.
    # Along a column 30 px into the square, QGIS's ink and the traced tiles' must agree pixel by pixel
    # (a pixel is inked when its centre lies in a traced shape), but for anti-aliased edge pixels.
    svg = QgsSVGFillSymbolLayer("/usr/share/qgis/svg/backgrounds/background_square.svg", 22, 0)
    svg.setPatternWidthUnit(PIXELS)
    svg.setSvgFillColor(QColor("#000000"))
    svg.setSvgStrokeColor(QColor("#000000"))
    layer = polygons(symbol_with_layers(QgsFillSymbol(), svg))
    _, marks = exported(layer)
    assert marks and {mark["properties"]["fill"] for mark in marks} == {"#000000"}
    shapes = [in_world_px(mark["geometry"]) for mark in marks]
    image = _render_on_viewer_map(layer)
    origin_x, origin_y = 16860922, 12589987
    x = int(LEFT - origin_x) + 30
    differing = 0
    rows = range(int(TOP - origin_y) + 1, int(BOTTOM - origin_y))
    for y in rows:
        qgis_ink = QColor(image.pixel(x, y)).red() < 128
        centre = QgsGeometry.fromPointXY(QgsPointXY(origin_x + x + 0.5, origin_y + y + 0.5))
        ours = any(shape.contains(centre) for shape in shapes)
        differing += qgis_ink != ours
    assert differing <= len(rows) * 0.03


def test_a_thin_svg_tile_stroke_keeps_the_colour_qgis_blends_it_to():
    # QGIS draws the 22 px tile into a 22 px image: the square's edge lies at 37.064 / 580 × 22 = 1.406 px,
    # its 0.756 px stroke spans 1.028..1.784, all inside pixel 1, which also gets 0.216 px of fill.
    # Pixel 1's colour: (0.756 × #7e5109 + 0.216 × #f39c12) / 0.972 = (152, 97.6, 11.0), #98620b,
    # far lighter than the stroke colour a tile traced 48 px wide and shrunk would keep.
    svg = QgsSVGFillSymbolLayer("/usr/share/qgis/svg/backgrounds/background_square.svg", 22, 0)
    svg.setPatternWidthUnit(PIXELS)
    svg.setSvgFillColor(QColor("#f39c12"))
    svg.setSvgStrokeColor(QColor("#7e5109"))
    svg.setSvgStrokeWidth(0.756)
    svg.setSvgStrokeWidthUnit(PIXELS)
    _, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), svg)))
    colours = [QColor(mark["properties"]["fill"]) for mark in marks]
    assert "#f39c12" in [colour.name() for colour in colours]
    edge = [colour for colour in colours if colour.name() != "#f39c12"]
    assert len(edge) == 1
    assert (edge[0].red(), edge[0].green(), edge[0].blue()) == pytest.approx((152, 97.6, 11.0), abs=4)


def test_an_svg_fill_draws_its_outline_sub_symbol_around_the_tiles():
    # QGIS strokes the polygon with the SVG fill's line sub-symbol after the tiles: a 3 px blue line,
    # so the tiles stop 1.5 px inside the square's edges.
    svg = QgsSVGFillSymbolLayer("/usr/share/qgis/svg/backgrounds/background_square.svg", 22, 0)
    svg.setPatternWidthUnit(PIXELS)
    outline = QgsSimpleLineSymbolLayer(QColor("#0000ff"), 3)
    outline.setWidthUnit(PIXELS)
    svg.setSubSymbol(QgsLineSymbol([outline]))
    feature, marks = exported(polygons(symbol_with_layers(QgsFillSymbol(), svg)))
    style = feature["properties"]
    assert (style["stroke"], style["stroke-opacity"], style["stroke-width"]) == ("#0000ff", 1.0, 3.0)
    tiles = QgsGeometry.unaryUnion([in_world_px(mark["geometry"]) for mark in marks]).boundingBox()
    assert tiles.xMinimum() >= LEFT + 1.5 - PX_TOLERANCE
    assert tiles.xMaximum() <= RIGHT - 1.5 + PX_TOLERANCE
