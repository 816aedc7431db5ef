"""The styles agree with what QGIS really paints: each feature rendered alone at the export scale."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.context import CSS_PIXEL_MM, VIEWER_DPI
from gemeindescan_uploader.export.symbology import LayerStyler
from tests.qgis_render import render_layers
from tests.symbology_layers import build_layer, case_context, load_case

BACKGROUND = QColor(1, 2, 3)
SIZE_PX = 200


def painted_centre(layer: QgsVectorLayer, feature, scale: float) -> str:
    """Colour QGIS paints at the feature's centre when the feature is drawn alone at ``scale``."""
    alone = QgsVectorLayer(f"{layer.source().split('?')[0]}?crs=EPSG:2056", "alone", "memory")
    alone.dataProvider().addAttributes(layer.fields().toList())
    alone.updateFields()
    alone.dataProvider().addFeatures([feature])
    alone.setRenderer(layer.renderer().clone())
    centre = feature.geometry().centroid().asPoint()
    half = SIZE_PX * CSS_PIXEL_MM / 1000 * scale / 2
    extent = QgsRectangle(centre.x() - half, centre.y() - half, centre.x() + half, centre.y() + half)
    # The extent is the export scale's: SIZE_PX CSS px of ground at ``scale``.
    assert abs(extent.width() * 1000 / (SIZE_PX * CSS_PIXEL_MM) - scale) / scale < 1e-3
    image = render_layers([alone], extent, SIZE_PX, VIEWER_DPI, BACKGROUND)
    return image.pixelColor(SIZE_PX // 2, SIZE_PX // 2).name()


@pytest.mark.parametrize(
    "name, colour_key, opacity_key",
    [
        ("categorized", "fill", "fill-opacity"),
        ("rule_based", "fill", "fill-opacity"),
        ("data_defined", "fillColor", "fillOpacity"),
    ],
)
def test_drawn_and_left_out_features_match_a_rendered_map(name, colour_key, opacity_key):
    case = load_case(name)
    layer = build_layer(case)
    context = case_context(case)
    checked = 0
    with LayerStyler(layer, context) as styler:
        for feature in layer.getFeatures():
            style = styler.style_for(feature)
            painted = painted_centre(layer, feature, context.scale)
            if style is None:
                assert painted == BACKGROUND.name(), f"{feature.attributes()} is painted {painted}"
                checked += 1
            elif style[opacity_key] == 1.0:
                assert painted == style[colour_key], f"{feature.attributes()}: {painted} != {style}"
                checked += 1
    assert checked >= 2
