"""Snapshot styles as QGIS symbology: a categorized renderer with one category per distinct style.

The categories classify on the style columns each feature keeps (``"fill" || '|' || ...``), so the
features keep the look they had on the web map, and the exporter, which leaves those columns out of the
properties (the style owns their names), writes the same style back. The inverse of the exporter's
reading of symbols (export/symbol_style.py): widths in CSS px (25.4 / 96 mm) become millimetres, circle radii
in metres become marker diameters in metres at map scale, opacities go into the symbol opacity (stored
exactly in styles) with the colour alpha carrying only the ratio between fill and stroke.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsSymbol,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..export.context import CSS_PIXEL_MM
from ..qgis_compat import CIRCLE_SHAPE, render_unit
from .styles import Style

MILLIMETERS = render_unit("Millimeters")
METERS_IN_MAP_UNITS = render_unit("MetersInMapUnits")


def category_expression(columns: tuple[str, ...]) -> str:
    """The expression whose value is a feature's category key: its style columns joined by ``|``."""
    return " || '|' || ".join(f"coalesce(\"{column}\", '')" for column in columns)


def categorized_renderer(
    kind: str, columns: tuple[str, ...], categories: list[tuple[str, str, Style]]
) -> QgsCategorizedSymbolRenderer:
    """A renderer with one category ``(key, label, style)`` per distinct style, in the given order."""
    renderer_categories = [
        QgsRendererCategory(key, symbol_for(style, kind), label) for key, label, style in categories
    ]
    return QgsCategorizedSymbolRenderer(category_expression(columns), renderer_categories)


def symbol_for(style: Style, kind: str) -> QgsSymbol:
    """The QGIS symbol that the exporter reads back as ``style``."""
    if kind == "line":
        return _line_symbol(style)
    if kind == "point":
        return _marker_symbol(style)
    return _fill_symbol(style)


def _colour(hex_colour: str, alpha: float) -> QColor:
    colour = QColor(hex_colour)
    colour.setAlphaF(min(1.0, max(0.0, alpha)))
    return colour


def _opacities(fill_opacity: float, stroke_opacity: float) -> tuple[float, float, float]:
    """``(symbol opacity, fill alpha, stroke alpha)`` whose products give the two opacities.

    QGIS 3.22 saves colour alphas in 8 bits but the symbol opacity as a decimal: the larger opacity
    goes into the symbol, so the common case (equal opacities) survives saving exactly.
    """
    symbol_opacity = max(fill_opacity, stroke_opacity)
    if symbol_opacity <= 0:
        return 0.0, 1.0, 1.0
    return symbol_opacity, fill_opacity / symbol_opacity, stroke_opacity / symbol_opacity


def _fill_symbol(style: Style) -> QgsFillSymbol:
    symbol_opacity, fill_alpha, stroke_alpha = _opacities(style.fill_opacity, style.stroke_opacity)
    symbol = QgsFillSymbol.createSimple({})
    layer = symbol.symbolLayer(0)
    layer.setColor(_colour(style.fill, fill_alpha))
    layer.setStrokeColor(_colour(style.stroke, stroke_alpha))
    _set_stroke(layer, style, layer.setStrokeWidth, layer.setStrokeWidthUnit, layer.setStrokeStyle)
    symbol.setOpacity(symbol_opacity)
    return symbol


def _line_symbol(style: Style) -> QgsLineSymbol:
    symbol = QgsLineSymbol.createSimple({})
    layer = symbol.symbolLayer(0)
    layer.setColor(_colour(style.stroke, 1.0))
    _set_stroke(layer, style, layer.setWidth, layer.setWidthUnit, layer.setPenStyle)
    symbol.setOpacity(style.stroke_opacity)
    return symbol


def _marker_symbol(style: Style) -> QgsMarkerSymbol:
    symbol_opacity, fill_alpha, stroke_alpha = _opacities(style.fill_opacity, style.stroke_opacity)
    symbol = QgsMarkerSymbol.createSimple({})
    layer = symbol.symbolLayer(0)
    layer.setShape(CIRCLE_SHAPE)
    layer.setFillColor(_colour(style.fill, fill_alpha))
    layer.setStrokeColor(_colour(style.stroke, stroke_alpha))
    _set_stroke(layer, style, layer.setStrokeWidth, layer.setStrokeWidthUnit, layer.setStrokeStyle)
    if style.radius_m is not None:
        # A Leaflet circle has its radius on the ground: a diameter in metres, drawn at the map's scale.
        layer.setSize(2.0 * style.radius_m)
        layer.setSizeUnit(METERS_IN_MAP_UNITS)
    else:
        layer.setSize((style.marker_px or 0.0) * CSS_PIXEL_MM)
        layer.setSizeUnit(MILLIMETERS)
    symbol.setOpacity(symbol_opacity)
    return symbol


def _set_stroke(layer, style: Style, set_width, set_unit, set_pen_style) -> None:
    """Stroke width in millimetres; a zero width draws no stroke (in QGIS it would be a hairline)."""
    set_width(style.stroke_width * CSS_PIXEL_MM)
    set_unit(MILLIMETERS)
    if style.stroke_width <= 0:
        set_pen_style(Qt.PenStyle.NoPen)
