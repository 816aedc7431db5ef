"""Pattern fills as geometry: QGIS 3.22's line and point pattern tiles and Qt's hatch brushes.

Expected values are worked out by hand beside each test from how QGIS builds its texture tile
(qgsfillsymbollayer.cpp, 3.22): a slanted line pattern's tile is int(distance / cos a) px high and
int(distance / sin a) px wide with the lines from corner to corner; a point pattern's tile is
int(2 × distance) px with markers at its corner and half way across. The last tests render with QGIS and
find its lines where the model puts them.
"""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsPointXY,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.context import viewer_pixel_origin
from gemeindescan_uploader.export.patterns import (
    QT_BRUSH_HATCHES,
    DotGrid,
    Hatch,
    WorldPixels,
    dot_count,
    gradient_bands,
    grid_dots,
    hatch_count,
    hatch_strips,
    line_pattern_hatch,
    point_pattern_grid,
    shapeburst_bands,
    texture_anchor,
)
from tests.export_helpers import context
from tests.qgis_render import render_layers

SQRT2 = math.sqrt(2)
# 2 mm at 96 dpi: 2 / 25.4 × 96 = 7.559 px.
TWO_MM_96DPI = 2 / 25.4 * 96


def square(size: float, x0: float = 0.0, y0: float = 0.0) -> QgsGeometry:
    return QgsGeometry.fromRect(QgsRectangle(x0, y0, x0 + size, y0 + size))


def test_45_degree_lines_are_the_diagonals_of_a_whole_pixel_tile():
    # 7.559 / cos 45° = 10.69 -> 10 px high, 7.559 / sin 45° -> 10 px wide: lines x/10 + y/10 = k, whose
    # spacing is 10 × 10 / √200 = 7.071 px (not 7.559), through the tile's corner (phase 0).
    hatch = line_pattern_hatch(TWO_MM_96DPI, 45, 0, 1.5)
    assert hatch.normal == pytest.approx((1 / SQRT2, 1 / SQRT2))
    assert hatch.spacing == pytest.approx(7.0711, abs=1e-4)
    assert hatch.phase == pytest.approx(0.0)
    assert hatch.width == 1.5


def test_30_degree_lines_take_the_angle_of_the_truncated_tile():
    # 7.559 / cos 30° = 8.73 -> 8 high, 7.559 / sin 30° = 15.12 -> 15 wide: lines x/15 + y/8 = k, normal
    # (8, 15) / 17, spacing 8 × 15 / 17 = 7.0588 px; the drawn angle is atan(8/15) = 28.07°.
    hatch = line_pattern_hatch(TWO_MM_96DPI, 30, 0, 1.0)
    assert hatch.normal == pytest.approx((8 / 17, 15 / 17))
    assert hatch.spacing == pytest.approx(120 / 17)


def test_lines_falling_to_the_right_have_the_mirrored_normal():
    # 135°: int(7.559 / cos 135°) = -10, int(7.559 / sin 135°) = 10: lines x/10 - y/10 = k (y down).
    hatch = line_pattern_hatch(TWO_MM_96DPI, 135, 0, 1.0)
    assert hatch.normal == pytest.approx((1 / SQRT2, -1 / SQRT2))
    assert hatch.spacing == pytest.approx(7.0711, abs=1e-4)
    # 315° draws the same lines, 225° those of 45°.
    assert line_pattern_hatch(TWO_MM_96DPI, 315, 0, 1.0).normal == pytest.approx(hatch.normal)
    assert line_pattern_hatch(TWO_MM_96DPI, 225, 0, 1.0).normal == pytest.approx((1 / SQRT2, 1 / SQRT2))


def test_horizontal_and_vertical_lines_are_whole_pixels_apart_and_offset_down_or_right():
    # int(7.559) = 7 px; an offset of 1 px moves the lines 1 px down (angle 0) or right (angle 90).
    horizontal = line_pattern_hatch(TWO_MM_96DPI, 0, 1.0, 1.0)
    assert (horizontal.normal, horizontal.spacing, horizontal.phase) == ((0.0, 1.0), 7.0, 1.0)
    vertical = line_pattern_hatch(TWO_MM_96DPI, 90, 1.0, 1.0)
    assert (vertical.normal, vertical.spacing, vertical.phase) == ((1.0, 0.0), 7.0, 1.0)
    # An offset past half the distance wraps back: 5 - 7.559 = -2.559.
    assert line_pattern_hatch(TWO_MM_96DPI, 0, 5.0, 1.0).phase == pytest.approx(5.0 - TWO_MM_96DPI)


def test_a_slanted_offset_moves_the_lines_by_whole_pixels_of_the_tile_height():
    # 45°, offset 2 px: 2 / cos 45° = 2.83 -> 3 px of tile height = 3 × cos 45° = 2.121 px across,
    # towards -(sin 45°, cos 45°) = up and left: n · shift = -2.121.
    hatch = line_pattern_hatch(TWO_MM_96DPI, 45, 2.0, 1.0)
    assert hatch.phase == pytest.approx(-3 / SQRT2)


def test_lines_closer_than_a_pixel_paint_nothing():
    # 0.5 / cos 45° = 0.71 -> a tile 0 px high: QGIS makes no texture.
    assert line_pattern_hatch(0.5, 45, 0, 0.2) is None
    assert line_pattern_hatch(0.9, 0, 0, 0.2) is None
    assert line_pattern_hatch(0.0, 30, 0, 0.2) is None


def test_point_grid_tiles_are_two_distances_truncated_with_markers_half_way():
    # 3 mm at 96 dpi = 11.339 px: a tile of int(22.677) = 22 px with markers at 0 and 11.339.
    distance = 3 / 25.4 * 96
    grid = point_pattern_grid(distance, distance)
    assert grid.tile == (22, 22)
    assert grid.positions == pytest.approx([(0, 0), (0, distance), (distance, 0), (distance, distance)])


def test_point_grid_displacement_moves_every_other_row_and_column_and_offset_moves_all():
    # Displacement x 4 px shifts the markers of the half-height row; displacement y 2 px lifts the
    # half-width column; offset (1, 3) moves all: (0,0), (4,10), (10,-2), (14,8), each + (1, 3).
    grid = point_pattern_grid(10, 10, 4, 2, 1, 3)
    assert grid.tile == (20, 20)
    assert grid.positions == pytest.approx([(1, 3), (5, 13), (11, 1), (15, 11)])
    # An offset beyond a tile wraps: fmod(25, 20) = 5.
    assert point_pattern_grid(10, 10, 0, 0, 25, 0).positions[0] == pytest.approx((5, 0))
    assert point_pattern_grid(0.4, 10) is None


def test_texture_anchor_is_the_left_and_bottom_edge_rounded():
    # Measured with QGIS: moving a polygon's left edge from 13.3 to 13.6 px moves its lines 13 -> 14;
    # its bottom edge (largest y, y down) 146.4 -> 146 and 146.7 -> 147; its top edge does nothing.
    assert texture_anchor(QgsRectangle(13.6, 10.0, 100.0, 146.4)) == (14.0, 146.0)
    assert texture_anchor(QgsRectangle(13.3, 6.4, 100.0, 146.7)) == (13.0, 147.0)


def test_qt_hatches_are_one_pixel_lines_eight_pixels_apart_at_the_measured_rows():
    # Horizontal: pixel row 3 of 8 -> strip y 3..4 (centre 3.5); vertical: column 4 (centre 4.5).
    assert QT_BRUSH_HATCHES[Qt.BrushStyle.HorPattern] == (Hatch((0.0, 1.0), 8, 3.5, 1.0),)
    assert QT_BRUSH_HATCHES[Qt.BrushStyle.VerPattern] == (Hatch((1.0, 0.0), 8, 4.5, 1.0),)
    assert len(QT_BRUSH_HATCHES[Qt.BrushStyle.CrossPattern]) == 2
    assert len(QT_BRUSH_HATCHES[Qt.BrushStyle.DiagCrossPattern]) == 2
    assert Qt.BrushStyle.Dense4Pattern not in QT_BRUSH_HATCHES  # dots: stays its average colour


def test_horizontal_strips_cover_the_painted_rows_inside_the_polygon():
    # A 16 px square: rows 3..4 and 11..12 -> two strips of 16 × 1 px.
    strips = hatch_strips(square(16), QT_BRUSH_HATCHES[Qt.BrushStyle.HorPattern][0], (0.0, 0.0))
    assert strips.area() == pytest.approx(32.0)
    assert strips.constGet().numGeometries() == 2
    assert strips.boundingBox().yMinimum() == pytest.approx(3.0)
    assert strips.boundingBox().yMaximum() == pytest.approx(12.0)


def test_diagonal_strips_carry_one_eighth_of_the_area_as_qt_paints():
    # "/" lines x + y = 0, 8, 16, 24, 32, each ±0.5 in x + y (1/√2 px wide). Inside a 16 px square:
    # x + y = 8 and 24 cover (8.5² - 7.5²) / 2 = 8 px² each, the diagonal 16 covers
    # 256 - 15.5² / 2 - 15.5² / 2 = 15.75, the corner lines 0.5² / 2 = 0.125 each: 32 = 256 / 8.
    strips = hatch_strips(square(16), QT_BRUSH_HATCHES[Qt.BrushStyle.BDiagPattern][0], (0.0, 0.0))
    assert strips.area() == pytest.approx(32.0, abs=1e-6)


def test_strips_follow_the_anchor_and_lines_as_wide_as_their_spacing_fill_the_polygon():
    # Anchored 2 px lower, the horizontal rows move to 5..6 and 13..14.
    strips = hatch_strips(square(16), Hatch((0.0, 1.0), 8, 3.5, 1.0), (0.0, 2.0))
    assert strips.boundingBox().yMinimum() == pytest.approx(5.0)
    assert strips.boundingBox().yMaximum() == pytest.approx(14.0)
    assert hatch_strips(square(16), Hatch((0.0, 1.0), 2, 0, 2.0), (0.0, 0.0)).area() == pytest.approx(256)


def test_dots_are_discs_cut_at_the_polygon_edge():
    # Dots every 11 px on a 44 px square from its corner: 5 × 5 centres, 9 inside, 12 halves on the
    # edges, 4 quarters at the corners: 16 discs of 4 px, 16 × π × 2² = 201.06 px².
    grid = DotGrid((22, 22), ((0, 0), (0, 11), (11, 0), (11, 11)))
    dots = grid_dots(square(44), grid, (0.0, 0.0), 4.0)
    assert dots.area() == pytest.approx(16 * math.pi * 4, rel=1e-9)
    assert dots.constGet().numGeometries() == 25


def test_counts_bound_the_pieces_before_they_are_made():
    # 16 px square, lines 8 px apart: rows at 3.5 and 11.5 -> at most 16 / 8 + 2 = 4.
    assert hatch_count(QgsRectangle(0, 0, 16, 16), Hatch((0.0, 1.0), 8, 3.5, 1.0)) == 4
    # 44 px square, 22 px tiles with 4 dots: (2 + 1)² tiles × 4 + 1 = 37 (25 are drawn).
    assert dot_count(QgsRectangle(0, 0, 44, 44), DotGrid((22, 22), ((0, 0),) * 4)) == 37


def test_world_pixels_put_mercator_origin_in_the_middle_of_the_world():
    # Zoom 0: the world is 256 px of 2π × 6378137 m = 156543.034 m each; (0, 0) m is pixel (128, 128)
    # and the north-east corner (πR, πR) is (256, 0).
    world = WorldPixels(2 * math.pi * 6378137 / 256)
    assert world.metres_per_px == pytest.approx(156543.0339, abs=1e-4)
    half = math.pi * 6378137
    point = world.to_px(QgsGeometry.fromPointXY(QgsPointXY(half, half))).asPoint()
    assert (point.x(), point.y()) == pytest.approx((256, 0))
    back = world.to_mercator(QgsGeometry.fromPointXY(QgsPointXY(128, 128))).asPoint()
    assert (back.x(), back.y()) == pytest.approx((0, 0), abs=1e-6)


def test_viewer_pixel_origin_centres_the_bounds_in_the_800_px_map():
    # Zoom 1 (a 512 px world), bounds around (0°, 0°): middle at pixel (256, 256), top-left 400 px
    # up and left of it.
    assert viewer_pixel_origin(-10, -10, 10, 10, 1) == (-144, -144)
    # Zoom 2 (1024 px): longitudes 0..90 span pixels 512..768, middle 640 -> 240.
    assert viewer_pixel_origin(0, -10, 90, 10, 2) == (240, 112)


# --- QGIS draws its lines where the model puts them ------------------------------------------------

_PX = 10.0  # map units per pixel of the test map


def _rendered_rows(angle: float, offset_px: float, left: float, bottom: float) -> tuple[list, tuple]:
    """Render a polygon with a 2 mm line pattern at 96 dpi; the line centres along pixel row 75."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:3857", "hatched", "memory")
    feature = QgsFeature()
    # Map y = 1500 - 10 × device y: the polygon's bottom edge at device y ``bottom``.
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(left * _PX, (150 - bottom) * _PX, 1400, 1400)))
    layer.dataProvider().addFeatures([feature])
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setSubSymbol(QgsLineSymbol.createSimple({"color": "0,0,0", "width": "0.3"}))
    pattern.setDistance(2.0)
    pattern.setLineAngle(angle)
    pattern.setOffset(offset_px / 96 * 25.4)
    symbol = QgsFillSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(pattern)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    image = render_layers([layer], QgsRectangle(0, 0, 1500, 1500), 150)
    ink = [255 - QColor(image.pixel(x, 75)).red() for x in range(150)]
    centres, run = [], []
    for x, value in enumerate(ink + [0]):
        if value > 10:
            run.append((x, value))
        elif run:
            # Pixel x covers x..x+1: its centre is x + 0.5.
            centres.append(sum((px + 0.5) * v for px, v in run) / sum(v for _, v in run))
            run = []
    return centres, (left, bottom)


def _model_rows(hatch: Hatch, anchor: tuple[float, float], y: float, xs: list[float]) -> list[float]:
    """Where the model's line nearest to each x crosses row ``y``."""
    nx, ny = hatch.normal
    result = []
    for x in xs:
        across = nx * (x - anchor[0]) + ny * (y - anchor[1])
        k = round((across - hatch.phase) / hatch.spacing)
        result.append(x + (hatch.phase + k * hatch.spacing - across) / nx)
    return result


@pytest.mark.parametrize(
    ("angle", "offset", "left", "bottom"),
    [(30, 0.0, 10.0, 150.0), (30, 0.0, 13.6, 146.4), (45, 2.0, 10.3, 146.7), (120, 1.5, 12.0, 148.0)],
)
def test_qgis_paints_its_line_pattern_where_the_model_puts_it(angle, offset, left, bottom):
    rendered, _ = _rendered_rows(angle, offset, left, bottom)
    assert len(rendered) >= 5
    hatch = line_pattern_hatch(TWO_MM_96DPI, angle, offset, 1.0)
    anchor = texture_anchor(QgsRectangle(left, 0, 150, bottom))
    expected = _model_rows(hatch, anchor, 75.5, rendered)
    assert rendered == pytest.approx(expected, abs=0.15)


def test_strips_touching_the_polygon_at_a_corner_leave_only_polygons():
    # The diamond |x - 8| + |y - 8| <= 8 and vertical strips x 0..1, 8..9, 16..17 (centres 0.5 + 8k):
    # x 0..1 holds the integral of 2x = 1 px², x 8..9 the integral of 2(16 - x) = 15 px², and x 16..17 only
    # touches the right corner (16, 8): that point must not come along.
    diamond = QgsGeometry.fromWkt("POLYGON((0 8, 8 0, 16 8, 8 16, 0 8))")
    strips = hatch_strips(diamond, Hatch((1.0, 0.0), 8, 0.5, 1.0), (0.0, 0.0))
    assert strips.type() == diamond.type()  # polygons only
    assert strips.area() == pytest.approx(16.0)
    assert strips.constGet().numGeometries() == 2


def test_export_context_knows_where_the_viewer_map_starts():
    # The 900 m square at (100000, 5000000) in Web Mercator is shown at zoom 17 (1.1943286 m/px), its
    # middle (100450, 5000450) at world pixel ((100450 + πR) / 1.1943286, (πR - 5000450) / 1.1943286)
    # = (16861321.83, 12590386.56) with πR = 20037508.34 m; the map's corner 400 px up and left of it,
    # rounded: (16860922, 12589987).
    view = context(100000, 5000000, 100900, 5000900, crs="EPSG:3857")
    assert view.viewer_zoom == 17
    assert view.viewer_origin == (16860922, 12589987)


def test_gradient_bands_are_strips_square_to_the_gradient_with_their_middle_share():
    # From (5, 0) to (5, 10) across a 10 px square in 5 steps: bands y 0..2, 2..4, ... of 10 × 2 = 20 px²,
    # coloured at the middle of their share: 0.1, 0.3, 0.5, 0.7, 0.9.
    bands = gradient_bands(square(10), (5.0, 0.0), (5.0, 10.0), 5)
    assert [share for share, _ in bands] == pytest.approx([0.1, 0.3, 0.5, 0.7, 0.9])
    assert [band.area() for _, band in bands] == pytest.approx([20.0] * 5)
    assert bands[0][1].boundingBox().yMaximum() == pytest.approx(2.0)


def test_gradient_bands_pad_before_and_after_with_the_end_colours():
    # From (5, 2) to (5, 8) in 3 steps: y 0..2 before the start at share 0, bands 2..4, 4..6, 6..8 at
    # 1/6, 1/2, 5/6, and y 8..10 after the end at share 1; each 20 px².
    bands = gradient_bands(square(10), (5.0, 2.0), (5.0, 8.0), 3)
    assert [share for share, _ in bands] == pytest.approx([0.0, 1 / 6, 0.5, 5 / 6, 1.0])
    assert [band.area() for _, band in bands] == pytest.approx([20.0] * 5)


def test_shapeburst_bands_are_nested_inward_buffers_to_the_deepest_point():
    # A 10 px square is 5 px deep at its centre: 5 steps of 1 px: the square (100 px²) at share 0.1, then
    # 8 × 8, 6 × 6, 4 × 4, 2 × 2 at 0.3, 0.5, 0.7, 0.9; 5 px in nothing is left.
    bands = shapeburst_bands(square(10), None, 5)
    assert [share for share, _ in bands] == pytest.approx([0.1, 0.3, 0.5, 0.7, 0.9])
    assert [band.area() for _, band in bands] == pytest.approx([100, 64, 36, 16, 4], abs=1.5)


def test_shapeburst_bands_beyond_the_maximum_distance_take_the_last_colour():
    # Shaded over 2 px in 2 steps: the square at 0.25, 8 × 8 at 0.75, and from 2 px in (6 × 6) at 1.
    bands = shapeburst_bands(square(10), 2.0, 2)
    assert [share for share, _ in bands] == pytest.approx([0.25, 0.75, 1.0])
    assert [band.area() for _, band in bands] == pytest.approx([100, 64, 36])


def test_see_through_shapeburst_bands_are_rings_and_opaque_gradient_bands_overlap_the_next():
    # Rings: 100 - 64, 64 - 36, 36 - 16, 16 - 4 and 4 px² (no area painted twice).
    rings = shapeburst_bands(square(10), None, 5, nested=False)
    assert [band.area() for _, band in rings] == pytest.approx([36, 28, 20, 12, 4], abs=1.5)
    # With 0.5 px overlap the 2 px bands of a 10 px square reach 2.5 px (25 px²), the last stays 20.
    bands = gradient_bands(square(10), (5.0, 0.0), (5.0, 10.0), 5, overlap=0.5)
    assert [band.area() for _, band in bands] == pytest.approx([25.0] * 4 + [20.0])
