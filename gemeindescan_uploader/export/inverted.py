"""Inverted polygon layers: the area around the polygons, as QGIS's inverted polygon renderer paints it.

QGIS fills everything on the map except the polygons, one pass per symbol, and outlines the holes. A
GeoJSON polygon can carry that: per symbol, one feature whose outer ring lies well beyond the viewer's
view (so its edge never shows) and whose holes are the union of the polygons drawn with that symbol.
"""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsCoordinateTransform, QgsCsException, QgsFeatureRequest, QgsGeometry, QgsRectangle

from ..snapshot_format import GEOJSON
from ..validation import style_problem
from .attributes import encode_properties
from .context import ExportContext
from .features import geometry_check
from .geometry import GeometryWriter
from .report import NOT_DRAWN, NOT_TRANSFORMABLE, LayerReport

# The viewer shows at most twice the bounds' width and height (it fits them at a whole zoom level), so
# an outer ring this many bounds-widths beyond them on every side is never seen.
_MARGIN = 3.0


def write_inverted_features(
    write: Callable[[str], object],
    layer,
    styler,
    context: ExportContext,
    options,
    report: LayerReport,
    counter,
    checked,
) -> None:
    """Write one feature per symbol: the map around the layer's polygons drawn with that symbol.

    Same arguments as ``features.write_layer_features``: ``layer`` is a ``PreparedLayer`` (read through
    its feature source), ``styler`` its entered ``LayerStyler``; each feature is checked into ``checked``.
    """
    to_extent = None
    if layer.crs != context.extent_crs:
        to_extent = QgsCoordinateTransform(layer.crs, context.extent_crs, context.transform_context)
    holes: dict[str, tuple[dict, list[QgsGeometry]]] = {}
    seen = 0
    for feature in layer.source.getFeatures(QgsFeatureRequest()):
        seen += 1
        style = styler.style_for(feature)
        if style is None:
            report.leave_out(NOT_DRAWN)
            continue
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            continue
        if to_extent is not None:
            try:
                geometry.transform(to_extent)
            except QgsCsException:
                report.leave_out(NOT_TRANSFORMABLE)
                continue
        key = encode_properties(style)
        holes.setdefault(key, (style, []))[1].append(geometry.makeValid())
    counter.advance(seen)
    writer = GeometryWriter(
        context.extent_crs, layer.geometry_type, context, crop=False, clip=False, precision=options.precision
    )
    check_position = geometry_check(writer)
    outer = QgsGeometry.fromRect(_beyond_view(context.extent, context.extent_crs.isGeographic()))
    parts = []
    for style, geometries in holes.values():
        around, reason = writer.geojson(outer.difference(QgsGeometry.unaryUnion(geometries)))
        if around is None:
            continue
        parts.append(f'{{"type":"Feature","properties":{encode_properties(style)},"geometry":{around}}}')
        checked.counted(style_problem(style, GEOJSON) or check_position(around))
    write(",".join(parts))
    report.written = len(parts)
    report.repaired = writer.repaired


def _beyond_view(extent: QgsRectangle, in_degrees: bool) -> QgsRectangle:
    """``extent`` grown by _MARGIN times its size on every side (in degrees, no further than the world)."""
    grow_x, grow_y = extent.width() * _MARGIN, extent.height() * _MARGIN
    grown = QgsRectangle(
        extent.xMinimum() - grow_x,
        extent.yMinimum() - grow_y,
        extent.xMaximum() + grow_x,
        extent.yMaximum() + grow_y,
    )
    if in_degrees:
        grown = grown.intersect(QgsRectangle(-180, -85, 180, 85))
    return grown
