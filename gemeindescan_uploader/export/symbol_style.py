"""What a QGIS symbol looks like, reduced to what the viewer can draw: one fill, one stroke, one size.

Every symbol layer kind gets an approximation (see the README's "Symbology approximations" table):
symbol layers are read bottom to top and a higher layer's fill or stroke replaces a lower one's, unless it
is invisible (fully transparent), so an outline-only overlay keeps the fill below it. Sub-symbols
(centroid and pattern fills, marker and hashed lines, arrows, filled markers, geometry generators) are
read the same way and lend their colour to the layer that holds them. Data-defined colour, size, width,
opacity and "enabled" overrides are evaluated when an expression context with a feature is given.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Callable, Optional

from qgis.core import (
    QgsExpressionContext,
    QgsRenderContext,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSymbol,
    QgsSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..qgis_compat import single_colour_method, symbol_layer_property, symbol_property
from .colors import NEUTRAL_GREY, alpha, hex_colour, opacity
from .units import HAIRLINE_PX, to_css_px

log = logging.getLogger("gemeindescan")
_FALLBACKS_LOGGED: set[tuple[str, int]] = set()

_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush


@dataclass(frozen=True)
class Paint:
    """A colour and its opacity so far (colour alpha × symbol and sub-symbol opacities)."""

    colour: str
    alpha: float

    def faded(self, factor: float) -> Paint:
        """The same colour with its opacity multiplied by ``factor``."""
        return Paint(self.colour, self.alpha * factor)


@dataclass(frozen=True)
class Look:
    """A symbol as the viewer can draw it; ``size`` is a marker diameter in CSS px (None: no marker)."""

    fill: Optional[Paint] = None
    stroke: Optional[Paint] = None
    stroke_width: float = 0.0
    size: Optional[float] = None

    def over(self, below: Look) -> Look:
        """This look drawn on top of ``below``: visible parts replace, invisible ones let ``below`` show."""
        fill = self.fill if _shows(self.fill, below.fill) else below.fill
        if _shows(self.stroke, below.stroke):
            stroke, width = self.stroke, self.stroke_width
        else:
            stroke, width = below.stroke, below.stroke_width
        sizes = [size for size in (self.size, below.size) if size is not None]
        return Look(fill, stroke, width, max(sizes) if sizes else None)

    def faded(self, factor: float) -> Look:
        """The look with every opacity multiplied by ``factor`` (symbol or sub-symbol opacity)."""
        if factor == 1.0:
            return self
        return replace(
            self,
            fill=self.fill.faded(factor) if self.fill else None,
            stroke=self.stroke.faded(factor) if self.stroke else None,
        )


def _shows(upper: Paint | None, lower: Paint | None) -> bool:
    """Whether ``upper`` replaces ``lower``: it exists and is visible, or there is nothing below."""
    return upper is not None and (upper.alpha > 0 or lower is None)


class Evaluator:
    """Reads symbol (layer) values, applying data-defined overrides when a feature context is given."""

    def __init__(self, render_context: QgsRenderContext, expression_context: QgsExpressionContext | None):
        self.render_context = render_context
        self.expression_context = expression_context

    def colour(self, symbol_layer: QgsSymbolLayer, member: str, default: QColor) -> QColor:
        """The colour property ``member`` (e.g. "FillColor"), data-defined if active."""
        properties = self._active(symbol_layer, member)
        if properties is None:
            return default
        value = properties.valueAsColor(symbol_layer_property(member), self.expression_context, default)
        colour = value[0] if isinstance(value, tuple) else value
        return colour if colour.isValid() else default

    def number(self, symbol_layer: QgsSymbolLayer, member: str, default: float) -> float:
        """The numeric property ``member`` (e.g. "StrokeWidth"), data-defined if active."""
        properties = self._active(symbol_layer, member)
        if properties is None:
            return default
        value = properties.valueAsDouble(symbol_layer_property(member), self.expression_context, default)
        number = value[0] if isinstance(value, tuple) else value
        return default if number is None else number

    def enabled(self, symbol_layer: QgsSymbolLayer) -> bool:
        """Whether the symbol layer draws (its checkbox and its data-defined "enabled")."""
        if not symbol_layer.enabled():
            return False
        properties = self._active(symbol_layer, "LayerEnabled")
        if properties is None:
            return True
        value = properties.valueAsBool(symbol_layer_property("LayerEnabled"), self.expression_context, True)
        return bool(value[0] if isinstance(value, tuple) else value)

    def symbol_opacity(self, symbol: QgsSymbol) -> float:
        """The symbol's opacity 0..1, data-defined (in percent, as QGIS has it) if active."""
        opacity = symbol.opacity()
        if self.expression_context is None:
            return opacity
        properties = symbol.dataDefinedProperties()
        key = symbol_property("Opacity")
        if not properties.isActive(key):
            return opacity
        value = properties.valueAsDouble(key, self.expression_context, opacity * 100.0)
        percent = value[0] if isinstance(value, tuple) else value
        return min(1.0, max(0.0, percent / 100.0))

    def px(self, value: float, unit, map_unit_scale=None) -> float:
        """A size in a QGIS render unit as CSS px at the export scale."""
        return to_css_px(self.render_context, value, unit, map_unit_scale)

    def _active(self, symbol_layer: QgsSymbolLayer, member: str):
        """The layer's property collection if ``member`` is data-defined and a feature is being styled."""
        if self.expression_context is None:
            return None
        properties = symbol_layer.dataDefinedProperties()
        return properties if properties.isActive(symbol_layer_property(member)) else None


def symbol_look(symbol: QgsSymbol | None, evaluator: Evaluator) -> Look:
    """The look of ``symbol``: its enabled layers bottom to top, faded by the symbol's opacity."""
    if symbol is None:
        return Look()
    look = Look()
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if not evaluator.enabled(symbol_layer):
            continue
        try:
            layer_look = _layer_look(symbol_layer, evaluator)
        except Exception:  # noqa: BLE001 - an odd symbol layer must never stop an export
            _log_fallback(symbol_layer)
            layer_look = _colour_only(symbol_layer, evaluator)
        if layer_look is not None:
            look = layer_look.over(look)
    if look.fill is None and look.stroke is None and look.size is None:
        # Every layer disabled (or only masks): QGIS paints nothing; keep the colour, invisibly.
        look = Look(fill=Paint(hex_colour(symbol.color()), 0.0))
    return look.faded(evaluator.symbol_opacity(symbol))


def _log_fallback(symbol_layer: QgsSymbolLayer) -> None:
    """Say once per symbol layer, with the traceback, that the snapshot shows only its colour."""
    key = (symbol_layer.layerType(), id(symbol_layer))
    if key in _FALLBACKS_LOGGED:
        return  # once is enough: the same layer fails again for every feature
    if len(_FALLBACKS_LOGGED) > 1000:
        _FALLBACKS_LOGGED.clear()
    _FALLBACKS_LOGGED.add(key)
    log.warning("Symbol layer %s could not be read; the snapshot shows only its colour.", key[0],
                exc_info=True)


def _sub_look(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> Look:
    """The look of the layer's sub-symbol (empty look if it has none)."""
    return symbol_look(symbol_layer.subSymbol(), evaluator)


def _main_paint(look: Look) -> Paint | None:
    """The colour a sub-symbol lends to its parent: its fill if visible, else its stroke."""
    if look.fill is not None and (look.fill.alpha > 0 or look.stroke is None):
        return look.fill
    return look.stroke if look.stroke is not None else look.fill


def _paint(colour: QColor, visible: bool = True) -> Paint:
    """A paint from a QColor; ``visible`` False gives opacity 0 (no brush, no pen)."""
    return Paint(hex_colour(colour), alpha(colour) if visible else 0.0)


def _stroke_px(width_px: float) -> float:
    """A zero width is Qt's cosmetic hairline, one pixel wide."""
    return width_px if width_px > 0 else HAIRLINE_PX


def _colour_only(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> Look:
    """Fallback for unknown symbol layer kinds: their colour as fill (layer type decides in the caller)."""
    colour = evaluator.colour(symbol_layer, "FillColor", symbol_layer.color())
    return Look(fill=_paint(colour), stroke=_paint(colour), stroke_width=HAIRLINE_PX)


# --- fills -------------------------------------------------------------------------------------------

def _simple_fill(sl, ev: Evaluator) -> Look:
    fill = ev.colour(sl, "FillColor", sl.color())
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.number(sl, "StrokeWidth", sl.strokeWidth())
    return Look(
        fill=_paint(fill, sl.brushStyle() != _NO_BRUSH),
        stroke=_paint(stroke, sl.strokeStyle() != _NO_PEN),
        stroke_width=_stroke_px(ev.px(width, sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale())),
    )


def _main_colour_fill(sl, ev: Evaluator) -> Look:
    """Gradient and shapeburst fills: their first (main) colour."""
    return Look(fill=_paint(ev.colour(sl, "FillColor", sl.color())))


def _sub_symbol_fill(sl, ev: Evaluator) -> Look:
    """Pattern, centroid and random-marker fills: the polygon in the colour of their line or marker."""
    paint = _main_paint(_sub_look(sl, ev))
    if paint is None:
        paint = _paint(ev.colour(sl, "FillColor", sl.color()))
    return Look(fill=paint)


def _svg_fill(sl, ev: Evaluator) -> Look:
    return Look(fill=_paint(ev.colour(sl, "FillColor", sl.svgFillColor())))


def _raster_fill(sl, ev: Evaluator) -> Look:
    """Images have no colour: neutral grey at the image's opacity."""
    return Look(fill=Paint(NEUTRAL_GREY, sl.opacity()))


def _geometry_generator(sl, ev: Evaluator) -> Look:
    return _sub_look(sl, ev)


# --- lines -------------------------------------------------------------------------------------------

def _simple_line(sl, ev: Evaluator) -> Look:
    colour = ev.colour(sl, "StrokeColor", sl.color())
    width = ev.number(sl, "StrokeWidth", sl.width())
    return Look(
        stroke=_paint(colour, sl.penStyle() != _NO_PEN),
        stroke_width=_stroke_px(ev.px(width, sl.widthUnit(), sl.widthMapUnitScale())),
    )


def _marker_line(sl, ev: Evaluator) -> Look:
    """A line of markers: the marker's colour, as wide as the marker."""
    sub = _sub_look(sl, ev)
    paint = _main_paint(sub) or _paint(sl.color())
    return Look(stroke=paint, stroke_width=sub.size if sub.size else HAIRLINE_PX)


def _hashed_line(sl, ev: Evaluator) -> Look:
    """A line of hash strokes: the hash line's colour and width."""
    sub = _sub_look(sl, ev)
    paint = sub.stroke or _main_paint(sub) or _paint(sl.color())
    return Look(stroke=paint, stroke_width=sub.stroke_width or HAIRLINE_PX)


def _arrow(sl, ev: Evaluator) -> Look:
    """An arrow is a filled shape: its fill colour, as wide as the arrow's body."""
    paint = _main_paint(_sub_look(sl, ev)) or _paint(sl.color())
    width = ev.number(sl, "ArrowWidth", sl.arrowWidth())
    return Look(stroke=paint, stroke_width=_stroke_px(ev.px(width, sl.arrowWidthUnit(),
                                                                 sl.arrowWidthUnitScale())))


def _interpolated_line(sl, ev: Evaluator) -> Look:
    """A colour/width ramped line: its single colour (or the ramp's first), its fixed (or largest) width."""
    colouring = sl.interpolatedColor()
    colour = colouring.singleColor()
    ramp_items = colouring.colorRampShader().colorRampItemList()
    if colouring.coloringMethod() != single_colour_method() and ramp_items:
        colour = ramp_items[0].color
    widths = sl.interpolatedWidth()
    width = widths.maximumWidth() if widths.isVariableWidth() else widths.fixedStrokeWidth()
    return Look(stroke=_paint(colour), stroke_width=_stroke_px(ev.px(width, sl.widthUnit(),
                                                                          sl.widthMapUnitScale())))


# --- markers -----------------------------------------------------------------------------------------

def _marker_size(sl, ev: Evaluator) -> float:
    size = ev.number(sl, "Size", sl.size())
    return ev.px(size, sl.sizeUnit(), sl.sizeMapUnitScale())


def _simple_marker(sl, ev: Evaluator) -> Look:
    # color() is the stroke colour for open shapes; the brush colour is fillColor().
    fill = ev.colour(sl, "FillColor", sl.fillColor())
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.number(sl, "StrokeWidth", sl.strokeWidth())
    # Open shapes (cross, line, arrowhead...) have no brush; Qt strokes them with the stroke colour.
    filled = QgsSimpleMarkerSymbolLayerBase.shapeIsFilled(sl.shape())
    return Look(
        fill=_paint(fill, filled),
        stroke=_paint(stroke, sl.strokeStyle() != _NO_PEN),
        stroke_width=_stroke_px(ev.px(width, sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale())),
        size=_marker_size(sl, ev),
    )


def _svg_marker(sl, ev: Evaluator) -> Look:
    return _outlined_marker(sl, ev, sl.fillColor())


def _font_marker(sl, ev: Evaluator) -> Look:
    return _outlined_marker(sl, ev, sl.color())


def _outlined_marker(sl, ev: Evaluator, fill_colour: QColor) -> Look:
    """SVG and font markers: fill, outline and size; unlike Qt's pens, a 0 width draws no outline at all."""
    fill = ev.colour(sl, "FillColor", fill_colour)
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.px(ev.number(sl, "StrokeWidth", sl.strokeWidth()), sl.strokeWidthUnit(),
                  sl.strokeWidthMapUnitScale())
    return Look(fill=_paint(fill), stroke=_paint(stroke, width > 0), stroke_width=width,
                size=_marker_size(sl, ev))


def _ellipse_marker(sl, ev: Evaluator) -> Look:
    fill = ev.colour(sl, "FillColor", sl.fillColor())
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.number(sl, "StrokeWidth", sl.strokeWidth())
    symbol_width = ev.px(ev.number(sl, "Width", sl.symbolWidth()), sl.symbolWidthUnit(),
                         sl.symbolWidthMapUnitScale())
    symbol_height = ev.px(ev.number(sl, "Height", sl.symbolHeight()), sl.symbolHeightUnit(),
                          sl.symbolHeightMapUnitScale())
    return Look(
        fill=_paint(fill),
        stroke=_paint(stroke, sl.strokeStyle() != _NO_PEN),
        stroke_width=_stroke_px(ev.px(width, sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale())),
        size=max(symbol_width, symbol_height),
    )


def _filled_marker(sl, ev: Evaluator) -> Look:
    sub = _sub_look(sl, ev)
    return replace(sub, size=_marker_size(sl, ev))


def _raster_marker(sl, ev: Evaluator) -> Look:
    return Look(fill=Paint(NEUTRAL_GREY, sl.opacity()), size=_marker_size(sl, ev))


def _mask_marker(sl, ev: Evaluator) -> None:
    """Mask markers only cut holes into labels; nothing of them is visible."""
    return None


def _vector_field(sl, ev: Evaluator) -> Look:
    sub = _sub_look(sl, ev)
    return Look(stroke=sub.stroke or _main_paint(sub), stroke_width=sub.stroke_width or HAIRLINE_PX)


_LAYER_LOOKS: dict[str, Callable[[QgsSymbolLayer, Evaluator], Optional[Look]]] = {
    "SimpleFill": _simple_fill,
    "GradientFill": _main_colour_fill,
    "ShapeburstFill": _main_colour_fill,
    "LinePatternFill": _sub_symbol_fill,
    "PointPatternFill": _sub_symbol_fill,
    "CentroidFill": _sub_symbol_fill,
    "RandomMarkerFill": _sub_symbol_fill,
    "SVGFill": _svg_fill,
    "RasterFill": _raster_fill,
    "GeometryGenerator": _geometry_generator,
    "SimpleLine": _simple_line,
    "MarkerLine": _marker_line,
    "HashLine": _hashed_line,
    "ArrowLine": _arrow,
    "InterpolatedLine": _interpolated_line,
    "SimpleMarker": _simple_marker,
    "SvgMarker": _svg_marker,
    "FontMarker": _font_marker,
    "EllipseMarker": _ellipse_marker,
    "FilledMarker": _filled_marker,
    "RasterMarker": _raster_marker,
    "MaskMarker": _mask_marker,
    "VectorField": _vector_field,
}


def _layer_look(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> Look | None:
    """The look of one symbol layer; unknown kinds give their colour."""
    handler = _LAYER_LOOKS.get(symbol_layer.layerType())
    if handler is None:
        return _colour_only(symbol_layer, evaluator)
    return handler(symbol_layer, evaluator)


def symbol_has_data_defined(symbol: QgsSymbol) -> bool:
    """Whether any part of the symbol (layers, sub-symbols, the symbol itself) is data-defined."""
    if symbol.dataDefinedProperties().hasActiveProperties():
        return True
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if symbol_layer.dataDefinedProperties().hasActiveProperties():
            return True
        sub = symbol_layer.subSymbol()
        if sub is not None and symbol_has_data_defined(sub):
            return True
    return False


@dataclass(frozen=True)
class Swatch:
    """A look flattened for output: both colours always present, opacities final (3 decimals)."""

    fill: str
    fill_opacity: float
    stroke: str
    stroke_opacity: float
    stroke_width: float
    size: Optional[float]


def swatch(look: Look, kind: str, layer_opacity: float) -> Swatch:
    """Flatten ``look`` for a ``kind`` ("point", "line", "polygon") layer at the layer's opacity.

    Missing parts borrow the other part's colour at opacity 0 so every colour field is valid; lines have
    no fill (a geometry generator's buffer fill on a line layer stands in for a missing stroke).
    """
    fill, stroke, width = look.fill, look.stroke, look.stroke_width
    if kind == "line":
        if (stroke is None or stroke.alpha == 0) and fill is not None and fill.alpha > 0:
            stroke, width = fill, HAIRLINE_PX
        fill = None
    if fill is None and stroke is None:
        fill = stroke = Paint(NEUTRAL_GREY, 0.0)
    if fill is None:
        fill = Paint(stroke.colour, 0.0)
    if stroke is None:
        stroke, width = Paint(fill.colour, 0.0), 0.0
    if kind == "line":
        fill = Paint(stroke.colour, 0.0)
    return Swatch(
        fill=fill.colour,
        fill_opacity=opacity(fill.alpha * layer_opacity),
        stroke=stroke.colour,
        stroke_opacity=opacity(stroke.alpha * layer_opacity),
        stroke_width=round(width, 3),
        size=look.size,
    )
