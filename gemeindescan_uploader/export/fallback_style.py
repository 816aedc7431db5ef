"""Stand-in for the symbology module until it lands: one style per renderer symbol, colours only.

Same interface as ``symbology.LayerStyler`` and ``legend.legend_entries``; replaced at merge time.
"""

from __future__ import annotations

from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsRenderContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt import sip

from .context import ExportContext


def _kind(layer: QgsVectorLayer) -> str:
    geometry_type = layer.geometryType()
    if geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
        return "point"
    return "line" if geometry_type == QgsWkbTypes.GeometryType.LineGeometry else "polygon"


def _style(symbol, kind: str, context: ExportContext) -> dict:
    color = symbol.color()
    opacity = round(color.alphaF() * symbol.opacity(), 3)
    if kind == "point":
        return {"radius": round(2.0 * context.metres_per_millimetre, 3), "color": "#000000", "weight": 1,
                "opacity": 1, "fillColor": color.name(), "fillOpacity": opacity}
    if kind == "line":
        return {"fill": color.name(), "fill-opacity": 0, "stroke": color.name(), "stroke-opacity": opacity,
                "stroke-width": 1}
    return {"fill": color.name(), "fill-opacity": opacity, "stroke": "#000000", "stroke-opacity": 1,
            "stroke-width": 1}


class LayerStyler:
    """Gives each feature the colour of the renderer symbol QGIS draws it with (fallback)."""

    def __init__(self, layer: QgsVectorLayer, context: ExportContext) -> None:
        self._layer = layer
        self._context = context
        self._renderer = layer.renderer().clone() if layer.renderer() else None
        self._render_context = QgsRenderContext()
        self._render_context.setRendererScale(context.scale)
        self._render_context.setExpressionContext(
            QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer)))
        self._styles: dict[int, dict] = {}
        self.geometry_kind = _kind(layer)

    def required_fields(self) -> set[str]:
        """Attribute names the renderer needs."""
        if self._renderer is None:
            return set()
        return set(self._renderer.usedAttributes(self._render_context))

    def __enter__(self) -> LayerStyler:
        if self._renderer is not None:
            self._renderer.startRender(self._render_context, self._layer.fields())
        return self

    def __exit__(self, *exc) -> None:
        if self._renderer is not None:
            self._renderer.stopRender(self._render_context)

    def style_for(self, feature) -> dict | None:
        """The feature's style properties, or None when QGIS would not draw it."""
        if self._renderer is None:
            return None
        self._render_context.expressionContext().setFeature(feature)
        symbol = self._renderer.symbolForFeature(feature, self._render_context)
        if symbol is None:
            return None
        # The renderer hands out the same few symbols during one render: one style dict each.
        key = sip.unwrapinstance(symbol)
        style = self._styles.get(key)
        if style is None:
            style = self._styles[key] = _style(symbol, self.geometry_kind, self._context)
        return style


def legend_entries(layer: QgsVectorLayer, context: ExportContext, *, primary: bool = True,
                   shape: str | None = None) -> list[dict]:
    """One legend entry per renderer legend item (fallback: colours only)."""
    kind = _kind(layer)
    shape = shape or {"point": "circle", "line": "line"}.get(kind, "square")
    entries = []
    renderer = layer.renderer()
    for item in (renderer.legendSymbolItems() if renderer else []):
        symbol = item.symbol()
        if symbol is None:
            continue
        color = symbol.color()
        entries.append({"label": item.label() or layer.name(), "size": 1, "shape": shape, "primary": primary,
                        "fillColor": color.name(), "fillOpacity": round(color.alphaF() * symbol.opacity(), 3),
                        "strokeColor": "#000000", "strokeWidth": 1, "strokeOpacity": 1})
    return entries
