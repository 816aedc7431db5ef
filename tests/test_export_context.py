"""The export scale: what 800 viewer pixels (CSS px of 25.4 / 96 mm) cover, in any CRS."""

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

from gemeindescan_uploader.export.context import ExportContext

LV95 = QgsCoordinateReferenceSystem("EPSG:2056")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# 800 m east-west around Bern in LV95.
BERN_800_M = QgsRectangle(2600000, 1200000, 2600800, 1200800)
SCALE_800_M = 800_000 / (800 * 25.4 / 96)  # 800 m of ground in mm over 800 px in mm


def test_headless_scale_fills_the_viewer_box():
    # 800 px * 25.4 / 96 mm = 211.667 mm of screen for 800 m of ground: 1:3779.5.
    assert ExportContext.for_extent(BERN_800_M, LV95).scale == pytest.approx(SCALE_800_M)


def test_degree_extent_gets_the_ground_scale_of_the_same_area():
    to_wgs84 = QgsCoordinateTransform(LV95, WGS84, QgsProject.instance())
    in_degrees = to_wgs84.transformBoundingBox(BERN_800_M)
    assert ExportContext.for_extent(in_degrees, WGS84).scale == pytest.approx(SCALE_800_M, rel=2e-3)


def test_given_canvas_scale_wins():
    context = ExportContext.for_extent(BERN_800_M, LV95, scale=5000)
    assert context.scale == 5000
    assert context.metres_per_millimetre == 5
