"""Symbol sizes to viewer units: CSS pixels (1/96 inch) and ground metres for circle radii.

The export draws nothing; it only needs a render context that answers "how big is this on the exported
map?" exactly as QGIS would: a scale factor of 96 / 25.4 painter units per millimetre (so painter units
are CSS pixels), the export scale as renderer scale, and a map-to-pixel transform whose pixel covers
``scale × 25.4 / 96 mm`` of ground. ``QgsRenderContext.convertToPainterUnits`` then converts every QGIS render
unit (millimetres, points, inches, pixels, map units, metres at scale) the way the map canvas does.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsMapSettings,
    QgsMapToPixel,
    QgsMapUnitScale,
    QgsRenderContext,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize

from ..qgis_compat import reverse_transform_direction
from .context import CSS_PIXEL_MM, VIEWER_DPI, VIEWER_WIDTH_PX, ExportContext, viewer_scale

# QGIS's default marker diameter, used when a point symbol has no marker layer to take a size from.
DEFAULT_MARKER_MM = 2.0
# A zero-width QPen is a cosmetic pen: Qt draws it one device pixel wide.
HAIRLINE_PX = 1.0


def map_units_per_pixel(context: ExportContext) -> float:
    """Extent-CRS units covered by one CSS pixel at ``context.scale``.

    At the headless scale the extent fills 800 px; at any other scale the pixel grows in proportion,
    which holds for degrees as well as for projected units.
    """
    return context.map_units_per_pixel * context.scale / viewer_scale(context.extent, context.extent_crs)


def export_render_context(context: ExportContext, layer: QgsVectorLayer | None = None) -> QgsRenderContext:
    """A render context for the export view, with global/project/layer/map expression scopes.

    Painter units are CSS pixels (scale factor 96 / 25.4 px per mm), the renderer scale is ``context.scale``.
    """
    extent = context.extent
    width_px = VIEWER_WIDTH_PX
    aspect = extent.height() / extent.width() if extent.width() > 0 else 0.0
    # An endless extent (inf) has no aspect ratio: one pixel high rather than a crash in round().
    height_px = 1
    if math.isfinite(aspect):
        height_px = max(1, min(100 * VIEWER_WIDTH_PX, round(VIEWER_WIDTH_PX * aspect)))
    settings = QgsMapSettings()
    settings.setDestinationCrs(context.extent_crs)
    settings.setOutputSize(QSize(width_px, height_px))
    settings.setOutputDpi(VIEWER_DPI)
    settings.setExtent(extent)
    settings.setTransformContext(context.transform_context)
    settings.setEllipsoid("WGS84")
    render_context = QgsRenderContext.fromMapSettings(settings)
    centre = extent.center()
    render_context.setMapToPixel(
        QgsMapToPixel(map_units_per_pixel(context), centre.x(), centre.y(), width_px, height_px, 0.0)
    )
    render_context.setRendererScale(context.scale)
    render_context.setScaleFactor(1.0 / CSS_PIXEL_MM)
    render_context.setMapExtent(extent)

    scopes = QgsExpressionContextUtils.globalProjectLayerScopes(layer) if layer is not None else []
    expression_context = QgsExpressionContext(scopes)
    map_scope = QgsExpressionContextUtils.mapSettingsScope(settings)
    # The map settings only know the 800 px scale; the export may run at the canvas scale.
    map_scope.setVariable("map_scale", context.scale)
    expression_context.appendScope(map_scope)
    render_context.setExpressionContext(expression_context)

    if layer is not None and layer.crs().isValid() and layer.crs() != context.extent_crs:
        transform = QgsCoordinateTransform(layer.crs(), context.extent_crs, context.transform_context)
        render_context.setCoordinateTransform(transform)
        try:
            render_context.setExtent(transform.transformBoundingBox(extent, reverse_transform_direction()))
        except QgsCsException:
            render_context.setExtent(extent)
    else:
        render_context.setExtent(extent)
    return render_context


def to_css_px(render_context: QgsRenderContext, value: float, unit, map_unit_scale=None) -> float:
    """A QGIS size in any render unit as CSS pixels (1/96 inch), at the export scale."""
    if value is None:
        return 0.0
    scale = map_unit_scale if map_unit_scale is not None else QgsMapUnitScale()
    return float(render_context.convertToPainterUnits(float(value), unit, scale))


def radius_metres(diameter_px: float, context: ExportContext, on_ground: bool = False) -> float:
    """The L.Circle radius in metres for a marker ``diameter_px`` CSS px wide at the export scale.

    A marker sized on the screen stays as many CSS px wide in the viewer, which shows the bounds at a
    whole zoom level (50–100 % of the size at which they would fill the map box): the radius follows that
    zoom, not the export scale. A marker sized on the ground (``on_ground``) keeps its ground size.
    """
    if on_ground:
        return diameter_px * CSS_PIXEL_MM * context.metres_per_millimetre / 2.0
    return diameter_px / 2.0 * context.circle_metres_per_pixel
