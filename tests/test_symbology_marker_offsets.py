"""Markers with an offset on point layers, drawn as marks where QGIS puts them.

Same setting as tests/test_symbology_marks.py (Web Mercator around Zürich, zoom 15, one CSS px = 4.777314
Mercator metres). Sizes and offsets are in pixel units (1 px = 1 CSS px). QGIS moves a marker by its offset
x to the right and y down on the screen, turned clockwise with the marker's angle (measured below):
right' = x cos a − y sin a, down' = x sin a + y cos a; north is −down'.
"""

from __future__ import annotations

import io
import math

import pytest
from qgis.core import (
    QgsMarkerSymbol,
    QgsRectangle,
    QgsSimpleMarkerSymbolLayer,
    QgsSimpleMarkerSymbolLayerBase,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.package import write_snapshot
from gemeindescan_uploader.export.symbol_style import OFFSETS
from tests.export_helpers import context, metadata, symbol_with_layers
from tests.qgis_render import render_layers
from tests.test_symbology_marks import EXTENT, X0, Y0, bbox, export, layer_of, marks_of
from tests.test_symbology_outlines import in_px

PIXELS = QgsUnitTypes.RenderPixels


def moved_marker(shape, size_px: float, offset: tuple[float, float], angle: float):
    marker = QgsSimpleMarkerSymbolLayer(shape, size_px)
    marker.setSizeUnit(PIXELS)
    marker.setColor(QColor("#d02020"))
    marker.setStrokeStyle(Qt.PenStyle.NoPen)
    marker.setOffset(QPointF(*offset))
    marker.setOffsetUnit(PIXELS)
    marker.setAngle(angle)
    return symbol_with_layers(QgsMarkerSymbol(), marker)


def point_layer(symbol, name: str = "Punkte"):
    return layer_of("Point", [f"Point({X0} {Y0})"], symbol, name)


def test_a_square_moved_by_its_offset_turned_with_its_angle():
    symbol = moved_marker(QgsSimpleMarkerSymbolLayerBase.Square, 6, (4, 2), 90)
    snapshot = export(point_layer(symbol))
    (feature,) = snapshot["resources"][0]["data"]["features"]
    # The point's circle stays for its attributes, invisibly: the mark shows the marker.
    assert (feature["properties"]["fillOpacity"], feature["properties"]["opacity"]) == (0.0, 0.0)
    (mark,) = marks_of(snapshot, "punkte")
    assert (mark["properties"]["fill"], mark["properties"]["fill-opacity"]) == ("#d02020", 1.0)
    # (4, 2) turned 90°: right' = 4 × 0 − 2 × 1 = −2, down' = 4 × 1 + 2 × 0 = 4, i.e. 2 px west and 4 px
    # south. The 6 px square (turned by 90°, still square to the axes) spans x −5..1, y −7..−1.
    assert mark["geometry"]["type"] == "Polygon"
    (points,) = in_px(mark["geometry"]["coordinates"][:1])
    xs, ys = [x for x, _ in points], [y for _, y in points]
    assert (min(xs), min(ys), max(xs), max(ys)) == pytest.approx((-5, -7, 1, -1), abs=0.05)


def test_a_circle_turned_by_30_degrees():
    symbol = moved_marker(QgsSimpleMarkerSymbolLayerBase.Circle, 6, (4, 2), 30)
    (mark,) = marks_of(export(point_layer(symbol)), "punkte")
    # right' = 4 cos 30° − 2 sin 30° = 3.4641 − 1 = 2.4641; down' = 4 sin 30° + 2 cos 30° = 2 + 1.7321 =
    # 3.7321. The circle's 36-gon has vertices every 10° (turned by 30°: still at 0°, 90°, 180° and 270°),
    # so its box is the centre ± 3 px.
    west, south, east, north = bbox(mark["geometry"]["coordinates"])
    (((x0, y0), (x1, y1)),) = in_px([[(west, south), (east, north)]])
    assert (x0, y0, x1, y1) == pytest.approx((2.4641 - 3, -3.7321 - 3, 2.4641 + 3, -3.7321 + 3), abs=0.05)


def test_moved_markers_are_no_longer_reported():
    symbol = moved_marker(QgsSimpleMarkerSymbolLayerBase.Circle, 6, (4, 2), 0)
    report = write_snapshot(
        io.StringIO(), [point_layer(symbol)], context(*EXTENT, crs="EPSG:3857"), metadata()
    )
    assert report.summary() == "Punkte: 1 feature"
    assert OFFSETS not in report.layers[0].approximations


def test_qgis_moves_a_marker_right_and_down_turned_with_its_angle():
    """The rule above, checked against QGIS: an 8 px circle offset (20, 10) px, turned 30°, drawn at
    (12.32, 18.66) px right of and below its point (20 cos 30° − 10 sin 30°, 20 sin 30° + 10 cos 30°)."""
    layer = layer_of(
        "Point", ["Point(100 100)"], moved_marker(QgsSimpleMarkerSymbolLayerBase.Circle, 8, (20, 10), 30)
    )
    # 1 m per px, the point at the image's centre
    image = render_layers([layer], QgsRectangle(0, 0, 200, 200), 200)
    painted = [(x, y) for x in range(200) for y in range(200) if QColor(image.pixel(x, y)).green() < 128]
    centre_x = sum(x + 0.5 for x, _ in painted) / len(painted) - 100
    centre_y = sum(y + 0.5 for _, y in painted) / len(painted) - 100
    turned = math.radians(30)
    assert centre_x == pytest.approx(20 * math.cos(turned) - 10 * math.sin(turned), abs=0.5)
    assert centre_y == pytest.approx(20 * math.sin(turned) + 10 * math.cos(turned), abs=0.5)
