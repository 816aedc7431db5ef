"""Polygon outlines drawn as marks: dashed outlines and outlines moved by an offset (RingOutline).

Every layer is in Web Mercator (EPSG:3857) around Zürich, exported with a 3000 m × 3000 m extent, which
the viewer shows at zoom 15 (see tests/test_symbology_marks.py): one CSS px is 4.777314 Mercator metres.
Polygons are laid out in whole px from the origin (X0, Y0), so the expected dashes are counted in px along
each ring by hand; sizes are in pixel units (1 px = 1 CSS px), so a 2 px pen dashes 4 × 2 = 8 px, gaps
2 × 2 = 4 px (Qt's DashLine, qpen.cpp). The output's degrees are turned back into px from the origin
with the WGS 84 ↔ Web Mercator formulas; 6 decimals of a degree are within 0.04 px here.
"""

from __future__ import annotations

import io
import json
import math

import pytest
from qgis.core import (
    QgsFillSymbol,
    QgsLineSymbolLayer,
    QgsMarkerLineSymbolLayer,
    QgsRectangle,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.marks import TOO_MANY_MARKS
from gemeindescan_uploader.export.package import write_snapshot
from gemeindescan_uploader.export.symbol_style import OFFSETS
from tests.export_helpers import context, metadata, symbol_with_layers
from tests.qgis_render import render_layers
from tests.test_symbology_marks import EXTENT, METRES_PER_PX, X0, Y0, export, layer_of, marks_of

R = 6378137.0
PIXELS = QgsUnitTypes.RenderPixels
TOLERANCE = 0.05  # px


def at(x_px: float, y_px: float) -> str:
    """A WKT coordinate ``x_px``, ``y_px`` CSS px east and north of the origin."""
    return f"{X0 + x_px * METRES_PER_PX} {Y0 + y_px * METRES_PER_PX}"


def ring_wkt(*points: tuple[float, float]) -> str:
    return "(" + ", ".join(at(x, y) for x, y in points + points[:1]) + ")"


# A 29 × 16 px rectangle starting at its south-west corner going east, with a 6 × 3 px hole starting at
# its own south-west corner going east. The outer ring is 90 px long: a pattern continued into the hole
# would start it 90 mod 12 = 6 px into a dash, the restart QGIS does (measured below) starts it fresh.
OUTER = ((0, 0), (29, 0), (29, 16), (0, 16))
HOLE = ((10, 4), (16, 4), (16, 7), (10, 7))
POLYGON = f"Polygon({ring_wkt(*OUTER)}, {ring_wkt(*HOLE)})"


def in_px(lines: list) -> list[list[tuple[float, float]]]:
    """GeoJSON lines (degrees) as px from the origin."""
    return [
        [
            (
                (math.radians(lon) * R - X0) / METRES_PER_PX,
                (R * math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) - Y0) / METRES_PER_PX,
            )
            for lon, lat in line
        ]
        for line in lines
    ]


def assert_lines(actual: list, expected: list) -> None:
    assert len(actual) == len(expected), actual
    for line, expected_line in zip(actual, expected):
        assert len(line) == len(expected_line), (line, expected_line)
        for point, expected_point in zip(line, expected_line):
            assert point == pytest.approx(expected_point, abs=TOLERANCE), (line, expected_line)


def dashed_fill(pen=Qt.PenStyle.DashLine) -> QgsSimpleFillSymbolLayer:
    fill = QgsSimpleFillSymbolLayer(QColor("#80c080"), Qt.BrushStyle.SolidPattern, QColor("#a02020"), pen, 2)
    fill.setStrokeWidthUnit(PIXELS)
    return fill


def outline(offset_px: float = 0.0, pen=Qt.PenStyle.SolidLine, width_px: float = 1.0):
    line = QgsSimpleLineSymbolLayer(QColor("#2040a0"), width_px)
    line.setWidthUnit(PIXELS)
    line.setOffset(offset_px)
    line.setOffsetUnit(PIXELS)
    line.setPenStyle(pen)
    return line


def test_a_dashed_fill_outline_is_a_mark_of_each_rings_dashes_from_its_first_vertex():
    snapshot = export(layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), dashed_fill())))
    (feature,) = snapshot["resources"][0]["data"]["features"]
    # The polygon keeps its fill; its stroke is the mark's dashes, so it has none of its own.
    assert (feature["properties"]["fill"], feature["properties"]["fill-opacity"]) == ("#80c080", 1.0)
    assert feature["properties"]["stroke-opacity"] == 0.0
    (mark,) = marks_of(snapshot, "layer")
    assert mark["properties"] == {
        "fill": "#a02020",
        "fill-opacity": 0.0,
        "stroke": "#a02020",
        "stroke-opacity": 1.0,
        "stroke-width": 2.0,
    }
    # Dashes at 0-8, 12-20, 24-32, ... px along each ring (8 on, 4 off). Outer ring: corners at 29, 45,
    # 74 and 90 px along. 24-32 turns the first corner (29 → 3 px up the east side); 36-44 is 7-15 up;
    # 48-56 is 3-11 px west of the north-east corner (x 26-18); 60-68 x 14-6; 72-80 turns the north-west
    # corner (x 2, then down to y 10); 84-90 ends at the start.
    # Hole (6 + 3 + 6 + 3 = 18 px): 0-8 turns its south-east corner (16, 4) to 2 px up; the gap 8-12
    # turns the north-east corner to x 13; 12-18 runs to the north-west corner and down to the start.
    assert_lines(
        in_px(mark["geometry"]["coordinates"]),
        [
            [(0, 0), (8, 0)],
            [(12, 0), (20, 0)],
            [(24, 0), (29, 0), (29, 3)],
            [(29, 7), (29, 15)],
            [(26, 16), (18, 16)],
            [(14, 16), (6, 16)],
            [(2, 16), (0, 16), (0, 10)],
            [(0, 6), (0, 0)],
            [(10, 4), (16, 4), (16, 6)],
            [(13, 7), (10, 7), (10, 4)],
        ],
    )


def test_an_offset_outline_moves_every_ring_into_the_polygon():
    symbol = symbol_with_layers(QgsFillSymbol(), outline(offset_px=1.0))
    snapshot = export(layer_of("Polygon", [POLYGON], symbol))
    (feature,) = snapshot["resources"][0]["data"]["features"]
    assert feature["properties"]["stroke-opacity"] == 0.0
    (mark,) = marks_of(snapshot, "layer")
    assert (mark["properties"]["stroke"], mark["properties"]["stroke-width"]) == ("#2040a0", 1.0)
    # 1 px inwards: the outer ring shrinks to (1, 1)-(28, 15), the hole grows to (9, 3)-(17, 8) (QGIS
    # moves a hole's ring away from the hole, measured below). Mitred square corners (a right angle's
    # mitre is √2 × the offset, under QGIS's limit of 2). Each starts at the corner its first vertex moved
    # to and runs the same way.
    assert_lines(
        in_px(mark["geometry"]["coordinates"]),
        [
            [(1, 1), (28, 1), (28, 15), (1, 15), (1, 1)],
            [(9, 3), (17, 3), (17, 8), (9, 8), (9, 3)],
        ],
    )


def test_a_dashed_offset_outline_of_the_outer_ring_only():
    line = outline(offset_px=-1.0, pen=Qt.PenStyle.DashLine)
    line.setRingFilter(QgsLineSymbolLayer.RenderRingFilter.ExteriorRingOnly)
    snapshot = export(layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), line)))
    (mark,) = marks_of(snapshot, "layer")
    # -1 px: outwards, the ring (-1, -1)-(30, 17): sides 31, 18, 31, 18 px, corners at 31, 49, 80 and 98
    # px along. A 1 px pen dashes 4 on, 2 off: dashes start every 6 px, 0 to 96, 17 of them. The 6th
    # (30-34) turns the south-east corner: (29, -1), (30, -1), (30, 2). The 14th (78-82) starts 29 px
    # along the north side, x = 30 - 29 = 1, turns the north-west corner, ends 2 px down. The last (96-100)
    # is cut at the ring's end: 16 px down the west side (y 1) to the start. The hole is not drawn.
    dashes = in_px(mark["geometry"]["coordinates"])
    assert len(dashes) == 17
    assert_lines(
        [dashes[0], dashes[1], dashes[5], dashes[13], dashes[16]],
        [
            [(-1, -1), (3, -1)],
            [(5, -1), (9, -1)],
            [(29, -1), (30, -1), (30, 2)],
            [(1, 17), (-1, 17), (-1, 15)],
            [(-1, 1), (-1, -1)],
        ],
    )


def test_a_curved_polygon_gets_the_dashes_of_its_segmentized_rings():
    # A circle of radius 10 px (a CurvePolygon, as GeoPackages may hold): 62.8 px around, 8 on, 4 off, so
    # 6 dashes (starting every 12 px up to 60) on the rings QGIS straightens it into (asPolygon segmentizes).
    curved = f"CurvePolygon(CircularString({at(10, 0)}, {at(-10, 0)}, {at(10, 0)}))"
    snapshot = export(layer_of("MultiSurface", [curved], symbol_with_layers(QgsFillSymbol(), dashed_fill())))
    (mark,) = marks_of(snapshot, "layer")
    assert len(mark["geometry"]["coordinates"]) == 6


def test_a_moved_fill_is_the_polygon_moved_by_its_offset():
    fill = dashed_fill(Qt.PenStyle.SolidLine)
    fill.setOffset(QPointF(3, 2))
    fill.setOffsetUnit(PIXELS)
    snapshot = export(layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), fill)))
    (feature,) = snapshot["resources"][0]["data"]["features"]
    # Nothing in place: QGIS paints the whole fill moved.
    assert (feature["properties"]["fill-opacity"], feature["properties"]["stroke-opacity"]) == (0.0, 0.0)
    (mark,) = marks_of(snapshot, "layer")
    assert mark["properties"] == {
        "fill": "#80c080",
        "fill-opacity": 1.0,
        "stroke": "#a02020",
        "stroke-opacity": 1.0,
        "stroke-width": 2.0,
    }
    # (3, 2): 3 px right (east) and 2 px down (south), rings and hole alike.
    assert mark["geometry"]["type"] == "Polygon"
    assert_lines(
        in_px(mark["geometry"]["coordinates"]),
        [
            [(3, -2), (32, -2), (32, 14), (3, 14), (3, -2)],
            [(13, 2), (19, 2), (19, 5), (13, 5), (13, 2)],
        ],
    )


def test_a_moved_fill_with_a_dashed_outline_carries_its_dashes_along():
    fill = dashed_fill()
    fill.setOffset(QPointF(3, 2))
    fill.setOffsetUnit(PIXELS)
    area, dashes = marks_of(
        export(layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), fill))), "layer"
    )
    assert (area["properties"]["fill-opacity"], area["properties"]["stroke-opacity"]) == (1.0, 0.0)
    # The dashes of the first test, 3 px east and 2 px south: the first runs from (3, -2) to (11, -2).
    lines = in_px(dashes["geometry"]["coordinates"])
    assert len(lines) == 10
    assert_lines(lines[:1], [[(3, -2), (11, -2)]])


def test_drawn_outlines_are_not_reported_and_the_others_still_are():
    # Dashed and offset outlines are drawn: no report line.
    drawn = layer_of(
        "Polygon",
        [POLYGON],
        symbol_with_layers(QgsFillSymbol(), dashed_fill(), outline(offset_px=2.0, pen=Qt.PenStyle.DotLine)),
        "Drawn",
    )
    # A marker line's offset inside a fill symbol is still drawn on the outline itself.
    markers = QgsMarkerLineSymbolLayer()
    markers.setOffset(1.0)
    reported = layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), markers), "Reported")
    report = write_snapshot(io.StringIO(), [drawn, reported], context(*EXTENT, crs="EPSG:3857"), metadata())
    assert report.summary() == f"Drawn: 1 feature; Reported: 1 feature ({OFFSETS})"


def test_past_the_budget_the_outline_is_solid_and_reported(monkeypatch):
    from gemeindescan_uploader.export import marks as marks_module

    monkeypatch.setattr(marks_module, "MAX_MARK_POSITIONS_PER_FEATURE", 5)
    layer = layer_of("Polygon", [POLYGON], symbol_with_layers(QgsFillSymbol(), dashed_fill()))
    stream = io.StringIO()
    report = write_snapshot(stream, [layer], context(*EXTENT, crs="EPSG:3857"), metadata())
    # The ten dashes have 22 positions: the feature gets its flat look, a solid 2 px outline, as before.
    (feature,) = json.loads(stream.getvalue())["resources"][0]["data"]["features"]
    assert (feature["properties"]["stroke-opacity"], feature["properties"]["stroke-width"]) == (1.0, 2.0)
    assert report.layers[0].approximations == [TOO_MANY_MARKS]


def render(symbol, wkt: str):
    """QGIS's rendering of one polygon in a 200 × 200 px view, 1 m per px, map x = column."""
    return render_layers([layer_of("Polygon", [wkt], symbol)], QgsRectangle(0, 0, 200, 200), 200)


def inked(image, row: int, columns: range) -> str:
    """The pixels of the outline's colour (#a02020 or #2040a0, not the fill's #80c080) as "#"."""
    colours = [QColor(image.pixel(x, row)) for x in columns]
    return "".join("#" if colour.green() < 100 and colour.lightness() < 150 else "." for colour in colours)


SQUARE_WITH_HOLE = "Polygon((20 20, 180 20, 180 180, 20 180, 20 20), (80 80, 120 80, 120 120, 80 120, 80 80))"


def test_qgis_moves_outer_rings_and_holes_into_the_polygon():
    """The sign rule of RingOutline, checked against QGIS: a +10 px offset line along the middle row."""
    image = render(symbol_with_layers(QgsFillSymbol(), outline(10.0, width_px=2.0)), SQUARE_WITH_HOLE)
    row = inked(image, 100, range(200))
    # Outer ring at x 20 and 180, hole at x 80 and 120: the 2 px lines lie 10 px towards the polygon's area.
    assert [x for x in range(200) if row[x] == "#"] == [29, 30, 69, 70, 129, 130, 169, 170]


def test_qgis_moves_a_fill_right_and_down_by_its_offset():
    """The rule of MovedArea, checked against QGIS: a fill offset (20, 10) px, 1 m per px."""
    fill = dashed_fill(Qt.PenStyle.NoPen)
    fill.setOffset(QPointF(20, 10))
    fill.setOffsetUnit(PIXELS)
    image = render(
        symbol_with_layers(QgsFillSymbol(), fill), "Polygon((50 50, 150 50, 150 150, 50 150, 50 50))"
    )
    painted = [(x, y) for x in range(200) for y in range(200) if QColor(image.pixel(x, y)).red() < 200]
    # The square covers columns and rows 50-149 in place: 20 to the right, 10 down.
    assert (min(x for x, _ in painted), max(x for x, _ in painted)) == (70, 169)
    assert (min(y for _, y in painted), max(y for _, y in painted)) == (60, 159)


def test_qgis_starts_a_fill_outlines_dashes_at_each_rings_first_vertex():
    """The dash rule of RingOutline, checked against QGIS: 2 px pen, 8 px dashes and 4 px gaps (square
    caps add 1 px at each end: 10 px inked, 2 px blank), along the south sides of both rings."""
    image = render(symbol_with_layers(QgsFillSymbol(), dashed_fill()), SQUARE_WITH_HOLE)
    # Outer ring from (20, 20) east (image row 180), its dashes start at x 20 (ink from 19).
    assert inked(image, 180, range(15, 45)) == "....##########..##########..##"
    # The hole's from (80, 80) east (row 120): the pattern starts afresh at x 80, not 640 px into it.
    assert inked(image, 120, range(75, 105)) == "....##########..##########..##"
