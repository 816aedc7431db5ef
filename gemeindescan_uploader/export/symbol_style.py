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
import math
from dataclasses import dataclass, replace
from typing import Callable, Optional

from qgis.core import (
    QgsArrowSymbolLayer,
    QgsCsException,
    QgsExpressionContext,
    QgsGeometry,
    QgsLineSymbolLayer,
    QgsPointXY,
    QgsRenderContext,
    QgsSimpleMarkerSymbolLayerBase,
    QgsSymbol,
    QgsSymbolLayer,
    QgsVectorFieldSymbolLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from .. import messages
from ..messages import Message
from ..qgis_compat import (
    CIRCLE_SHAPE,
    DENSITY_BASED_COUNT,
    DIAMOND_SHAPE,
    FILL_SYMBOL,
    GRADIENT_ON_FEATURE,
    GRADIENT_PAD,
    GRADIENT_TWO_COLOURS,
    LINE_SYMBOL,
    LINEAR_GRADIENT,
    MARKER_SYMBOL,
    SHAPEBURST_TWO_COLOURS,
    SQUARE_SHAPE,
    TRIANGLE_SHAPE,
    marker_line_at_interval,
    render_unit,
    single_colour_method,
    symbol_layer_property,
    symbol_property,
)
from .colors import NEUTRAL_GREY, alpha, hex_colour, opacity
from .dashes import (
    QT_DASH_PATTERNS,
    DashPattern,
    HashMarks,
    hash_marks,
    is_dashed_simple_line,
    marker_dots,
    pen_dashes,
    simple_line_dashes,
)
from .marker_image import image_ink, marker_ink, marker_outline, svg_tile_ink, svg_tile_outline
from .pattern_marks import PatternMark, RandomMarkersMark, ShadingMark, SvgTilesMark
from .patterns import QT_BRUSH_HATCHES, line_pattern_hatch, point_pattern_grid
from .symbol_marks import (
    CIRCLE_VERTICES,
    ArrowMark,
    MarkersAt,
    MarkerShape,
    MovedArea,
    OffsetLine,
    RingOutline,
    Stroke,
    VectorLines,
    shape_outline,
)
from .units import HAIRLINE_PX, to_css_px

log = logging.getLogger("gemeindescan")
_FALLBACKS_LOGGED: set[tuple[str, int]] = set()

_NO_PEN = Qt.PenStyle.NoPen
_NO_BRUSH = Qt.BrushStyle.NoBrush
_MARKER, _LINE, _FILL = MARKER_SYMBOL, LINE_SYMBOL, FILL_SYMBOL


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
    # The marker is sized on the ground (map units, metres at scale): its circle keeps that ground size.
    size_on_ground: bool = False
    # The fill is a pattern's average colour: it lets the fill below show through instead of replacing it.
    blends: bool = False
    # The stroke's dashes or hash marks (None: solid), drawn as pieces by line layers.
    dashes: Optional[DashPattern | HashMarks] = None
    # What is drawn as extra geometry above the feature (see marks.py), bottom first.
    marks: tuple = ()

    def over(self, below: Look) -> Look:
        """This look drawn on top of ``below``: visible parts replace, invisible ones let ``below`` show.

        A stroke on top of a wider one (a road's core on its casing) takes the colour of the top one and
        the width of the wider one: the viewer draws one stroke, as wide as what QGIS paints.
        """
        if self.blends and _visible(self.fill) and _visible(below.fill):
            fill = _composite(self.fill, below.fill)
        else:
            fill = self.fill if _shows(self.fill, below.fill) else below.fill
        if _shows(self.stroke, below.stroke):
            stroke, width, dashes = self.stroke, self.stroke_width, self.dashes
            if _visible(self.stroke) and _visible(below.stroke):
                if _hashes_on_their_line(self, below):
                    dashes = replace(self.dashes, with_line=True)
                elif dashes != below.dashes:  # one fills the other's gaps: QGIS shows an unbroken line
                    dashes = None
                    width = max(_unbroken_width(self), _unbroken_width(below))
                else:
                    width = max(width, below.stroke_width)
        else:
            stroke, width, dashes = below.stroke, below.stroke_width, below.dashes
        largest = max(
            (look for look in (self, below) if look.size is not None),
            key=lambda look: look.size,
            default=None,
        )
        marks = _under_outline(below.marks, self) + self.marks
        if largest is None:
            return Look(fill, stroke, width, dashes=dashes, marks=marks)
        return Look(fill, stroke, width, largest.size, largest.size_on_ground, dashes=dashes, marks=marks)

    def faded(self, factor: float) -> Look:
        """The look with every opacity multiplied by ``factor`` (symbol or sub-symbol opacity)."""
        if factor == 1.0:
            return self
        return replace(
            self,
            fill=self.fill.faded(factor) if self.fill else None,
            stroke=self.stroke.faded(factor) if self.stroke else None,
            marks=tuple(mark.faded(factor) for mark in self.marks),
        )


def _under_outline(marks: tuple, upper: Look) -> tuple:
    """``marks`` of a lower symbol layer under the outline of ``upper``: fills drawn as marks stop at the
    outline's inner edge, as QGIS paints the outline over them (the viewer draws marks on top)."""
    if not marks or not _visible(upper.stroke):
        return marks
    return tuple(
        mark.under_outline(upper.stroke_width) if hasattr(mark, "under_outline") else mark for mark in marks
    )


def _hashes_on_their_line(upper: Look, below: Look) -> bool:
    """Hash marks over a solid line of their colour and width: one stroke draws both."""
    return (
        isinstance(upper.dashes, HashMarks)
        and below.dashes is None
        and upper.stroke == below.stroke
        and abs(upper.stroke_width - below.stroke_width) < 0.5
    )


def _unbroken_width(look: Look) -> float:
    """The stroke width of ``look`` drawn as an unbroken line (a marker line: as wide as its ink)."""
    if look.dashes is not None and look.dashes.solid_width is not None:
        return look.dashes.solid_width
    return look.stroke_width


def _visible(paint: Paint | None) -> bool:
    return paint is not None and paint.alpha > 0


def _composite(upper: Paint, lower: Paint) -> Paint:
    """``upper`` painted over ``lower`` (source-over): the colour the eye averages them to."""
    alpha = upper.alpha + lower.alpha * (1.0 - upper.alpha)
    top, bottom = QColor(upper.colour), QColor(lower.colour)
    weights = (upper.alpha / alpha, lower.alpha * (1.0 - upper.alpha) / alpha)
    channels = [
        round(a * weights[0] + b * weights[1])
        for a, b in zip((top.red(), top.green(), top.blue()), (bottom.red(), bottom.green(), bottom.blue()))
    ]
    return Paint(hex_colour(QColor(*channels)), alpha)


def _shows(upper: Paint | None, lower: Paint | None) -> bool:
    """Whether ``upper`` replaces ``lower``: it exists and is visible, or there is nothing below."""
    return upper is not None and (upper.alpha > 0 or lower is None)


class Evaluator:
    """Reads symbol (layer) values, applying data-defined overrides when a feature context is given."""

    def __init__(self, render_context: QgsRenderContext, expression_context: QgsExpressionContext | None):
        self.render_context = render_context
        self.expression_context = expression_context
        # The type (marker, line, fill) of the symbol whose layers are being read.
        self.symbol_type = None
        # What QGIS draws that the viewer cannot, for the export report (see APPROXIMATIONS).
        self.approximations: set[str] = set()
        # With symbol levels: read only the symbol's layers of this rendering pass (None: all of them).
        self.rendering_pass: Optional[int] = None
        # Whether the layer's features can show dash patterns (line layers, as dash pieces).
        self.draws_dashes = False
        # Whether symbol layers that paint elsewhere than the feature are drawn as marks (marks.py).
        self.draws_marks = False
        # The world pixel where the viewer map starts, from which Qt's hatch brushes are laid out.
        self.viewer_origin: tuple[float, float] = (0.0, 0.0)
        # How deep in sub-symbols the layers being read are (0: the feature's own symbol).
        self.depth = -1

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

    def length_px(
        self, symbol_layer: QgsSymbolLayer, member: str, value: float, unit, map_unit_scale=None
    ) -> float:
        """The size property ``member`` (data-defined if active, else ``value``) as CSS px."""
        return self.px(self.number(symbol_layer, member, value), unit, map_unit_scale)

    def feature_area_px(self) -> float:
        """The area of the feature being styled on the exported map, in square CSS px (0: no feature)."""
        if self.expression_context is None or not self.expression_context.hasFeature():
            return 0.0
        geometry = QgsGeometry(self.expression_context.feature().geometry())
        if geometry.isEmpty():
            return 0.0
        transform = self.render_context.coordinateTransform()
        if transform.isValid():
            try:
                geometry.transform(transform)
            except QgsCsException:
                return 0.0
        units_per_px = self.render_context.mapToPixel().mapUnitsPerPixel()
        return geometry.area() / (units_per_px * units_per_px) if units_per_px > 0 else 0.0

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
    outer_type, evaluator.symbol_type = evaluator.symbol_type, symbol.type()
    evaluator.depth += 1
    try:
        # Rendering passes belong to the feature's symbol, not to sub-symbols.
        look = _layers_look(symbol, evaluator, evaluator.rendering_pass if outer_type is None else None)
    finally:
        evaluator.symbol_type = outer_type
        evaluator.depth -= 1
    if look.fill is None and look.stroke is None and look.size is None:
        # Every layer disabled (or only masks, or all drawn as marks): nothing on the feature itself;
        # keep the colour, invisibly.
        look = Look(fill=Paint(hex_colour(symbol.color()), 0.0), marks=look.marks)
    return look.faded(evaluator.symbol_opacity(symbol))


def _layers_look(symbol: QgsSymbol, evaluator: Evaluator, rendering_pass: Optional[int]) -> Look:
    """The enabled symbol layers of ``symbol`` (of ``rendering_pass`` only, if given) bottom to top."""
    look = Look()
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if rendering_pass is not None and symbol_layer.renderingPass() != rendering_pass:
            continue
        if not evaluator.enabled(symbol_layer):
            continue
        _note_approximations(symbol_layer, evaluator)
        try:
            if _shape_as_mark(evaluator) and _moved_marker(symbol_layer):
                layer_look = _moved_marker_look(symbol_layer, evaluator)
            else:
                layer_look = _layer_look(symbol_layer, evaluator)
        except Exception:  # noqa: BLE001 - an odd symbol layer must never stop an export
            _log_fallback(symbol_layer)
            layer_look = _colour_only(symbol_layer, evaluator)
        if layer_look is not None:
            if layer_look.marks and _is_offset_line(symbol_layer):
                look = replace(look, marks=look.marks + layer_look.marks)
                continue  # drawn beside the feature: the feature's own stroke stays as it is
            if _is_offset_line(symbol_layer) and _visible(look.stroke):
                continue  # drawn beside the stroke below, which stays where the feature is
            look = layer_look.over(look)
    return look


def _is_offset_line(symbol_layer: QgsSymbolLayer) -> bool:
    """A line symbol layer drawn parallel to the feature, at a distance from it."""
    offset = getattr(symbol_layer, "offset", None)
    if offset is None or symbol_layer.layerType() not in ("SimpleLine", "MarkerLine", "HashLine"):
        return False
    value = offset()
    return not hasattr(value, "x") and value != 0


def _offset_line_as_mark(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> bool:
    """Whether an offset simple line of a line layer's symbol is drawn as a mark beside the line."""
    return (
        evaluator.draws_marks
        and evaluator.depth == 0
        and evaluator.symbol_type == _LINE
        and symbol_layer.layerType() == "SimpleLine"
        and _is_offset_line(symbol_layer)
    )


def _outline_as_mark(evaluator: Evaluator) -> bool:
    """Whether a dashed or offset outline of a polygon layer's fill symbol is drawn as a mark."""
    return evaluator.draws_marks and evaluator.depth == 0 and evaluator.symbol_type == _FILL


def _ring_mark_line(symbol_layer: QgsSymbolLayer) -> bool:
    """A simple line of a fill symbol that draws its rings dashed or moved (a mark, see RingOutline)."""
    return symbol_layer.layerType() == "SimpleLine" and (
        is_dashed_simple_line(symbol_layer) or _is_offset_line(symbol_layer)
    )


def _moved_fill(symbol_layer: QgsSymbolLayer) -> bool:
    """A simple fill drawn with an offset (the whole fill moved; a mark, see MovedArea)."""
    if symbol_layer.layerType() != "SimpleFill":
        return False
    offset = symbol_layer.offset()
    return offset.x() != 0 or offset.y() != 0


def _dashed_fill_outline(symbol_layer: QgsSymbolLayer) -> bool:
    """A simple fill whose outline is a dashed Qt pen (drawn as a mark, see RingOutline)."""
    return symbol_layer.layerType() == "SimpleFill" and symbol_layer.strokeStyle() in QT_DASH_PATTERNS


def _markers_as_marks(evaluator: Evaluator) -> bool:
    """Whether markers a polygon or line symbol puts inside or beside the feature are drawn as marks."""
    return evaluator.draws_marks and evaluator.depth == 0 and evaluator.symbol_type != _MARKER


def _shape_as_mark(evaluator: Evaluator) -> bool:
    """Whether a point layer's marker whose shape is not a disc is drawn as a polygon of its shape."""
    return evaluator.draws_marks and evaluator.depth == 0 and evaluator.symbol_type == _MARKER


def _arrow_as_mark(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> bool:
    """Whether an arrow of a line layer's symbol is drawn as a mark: body and heads."""
    return (
        evaluator.draws_marks
        and evaluator.depth == 0
        and evaluator.symbol_type == _LINE
        and _plain_arrow(symbol_layer)
    )


def _plain_arrow(symbol_layer: QgsSymbolLayer) -> bool:
    """A whole arrow (not one of its halves), not offset."""
    return (
        symbol_layer.layerType() == "ArrowLine"
        and symbol_layer.arrowType() == QgsArrowSymbolLayer.ArrowType.ArrowPlain
        and symbol_layer.offset() == 0
    )


def symbol_makes_marks(symbol: QgsSymbol | None, kind: str) -> bool:
    """Whether a feature symbol of a ``kind`` layer has a symbol layer drawn as marks (see marks.py):
    offset lines and arrows on line layers, centroid fills and dashed or offset outlines on polygons,
    generated markers on both,
    markers whose shape is not a disc (SVG, font, ellipses, filled shapes), markers with an offset and
    vector fields on point layers."""
    if symbol is None:
        return False
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        layer_type = symbol_layer.layerType()
        if kind == "line" and layer_type == "SimpleLine" and _is_offset_line(symbol_layer):
            return True
        if kind == "line" and _plain_arrow(symbol_layer):
            return True
        if kind == "polygon" and (layer_type == "CentroidFill" or _draws_a_pattern(symbol_layer)):
            return True
        if kind == "polygon" and (
            _ring_mark_line(symbol_layer) or _dashed_fill_outline(symbol_layer) or _moved_fill(symbol_layer)
        ):
            return True
        if kind in ("polygon", "line") and _generates_markers(symbol_layer):
            return True
        if kind == "point" and layer_type in _SHAPED_MARKERS and _shaped(symbol_layer):
            return True
        if kind == "point" and (_cartesian_field(symbol_layer) or _moved_marker(symbol_layer)):
            return True
    return False


def _draws_a_pattern(symbol_layer: QgsSymbolLayer) -> bool:
    """Whether a fill layer paints a pattern drawn as its lines or dots (see pattern_marks.py)."""
    layer_type = symbol_layer.layerType()
    if layer_type == "SimpleFill":
        return symbol_layer.brushStyle() in QT_BRUSH_HATCHES
    if layer_type in ("GradientFill", "ShapeburstFill", "SVGFill"):
        return True
    if layer_type == "RandomMarkerFill":
        return symbol_layer.seed() != 0  # seed 0: new places at every redraw, nothing to reproduce
    return layer_type in ("LinePatternFill", "PointPatternFill")


def _moved_marker(symbol_layer: QgsSymbolLayer) -> bool:
    """A marker symbol layer drawn with an offset from its point (drawn as a mark on point layers)."""
    if symbol_layer.type() != _MARKER or symbol_layer.layerType() in ("MaskMarker", "VectorField"):
        return False
    offset = symbol_layer.offset()
    return offset.x() != 0 or offset.y() != 0


def _moved_marker_look(sl, ev: Evaluator) -> Look:
    """A point layer's marker with an offset: its shapes (as in ``marker_shapes``) moved as QGIS moves
    them, the offset (x right, y down) turned clockwise with the marker's angle (measured); the point's
    own circle stays, invisibly, for the attributes."""
    ev.depth += 1  # the marker's own kind must not make a mark of its own
    try:
        shapes = tuple(_layer_shapes(sl, ev))
    finally:
        ev.depth -= 1
    if not shapes:
        return Look(fill=Paint(hex_colour(sl.color()), 0.0))
    offset = sl.offset()
    right = ev.px(offset.x(), sl.offsetUnit(), sl.offsetMapUnitScale())
    down = ev.px(offset.y(), sl.offsetUnit(), sl.offsetMapUnitScale())
    angle = math.radians(sl.angle())
    turned_right = right * math.cos(angle) - down * math.sin(angle)
    turned_down = right * math.sin(angle) + down * math.cos(angle)
    marks = (MarkersAt("points", shapes, offset_px=(round(turned_right, 3), round(-turned_down, 3))),)
    return Look(fill=Paint(shapes[0].fill.colour, 0.0), marks=marks)


def _generates_markers(symbol_layer: QgsSymbolLayer) -> bool:
    sub = symbol_layer.subSymbol()
    return symbol_layer.layerType() == "GeometryGenerator" and sub is not None and sub.type() == _MARKER


# Point markers drawn as polygons of their shape on point layers (raster images stay discs of their
# average colour: a photo traced into a few flat colours looks no closer).
_SHAPED_MARKERS = ("SvgMarker", "FontMarker", "EllipseMarker", "FilledMarker")
_HEAD_SINGLE = QgsArrowSymbolLayer.HeadType.HeadSingle
_HEAD_REVERSED = QgsArrowSymbolLayer.HeadType.HeadReversed


def _shaped(symbol_layer: QgsSymbolLayer) -> bool:
    """Whether a marker of _SHAPED_MARKERS is not a disc (a circle ellipse of equal sides, a circle
    filled marker are drawn as discs)."""
    layer_type = symbol_layer.layerType()
    if layer_type == "EllipseMarker":
        # Only the ellipse itself is drawn as its shape; rectangles, crosses... stay discs.
        return _ellipse_is_circle(symbol_layer) and symbol_layer.symbolWidth() != symbol_layer.symbolHeight()
    if layer_type == "FilledMarker":
        return symbol_layer.shape() != CIRCLE_SHAPE
    return True


# Report lines for what the viewer cannot draw (simplestyle has no dashes, offsets or markers in polygons).
DASHES = Message(messages.APPROX_DASHES)
DASHES_UNALIGNED = Message(messages.APPROX_DASHES_UNALIGNED)
OFFSETS = Message(messages.APPROX_OFFSETS)
MARKERS_INSIDE = Message(messages.APPROX_MARKERS_INSIDE)
VECTOR_FIELD = Message(messages.APPROX_VECTOR_FIELD)
_SOLID_PENS = (Qt.PenStyle.SolidLine, Qt.PenStyle.NoPen)
# Share of the pixels Qt's pattern brushes paint: 1-px lines in an 8 x 8 px tile (one line 8/64, a cross
# 15/64), and the dense patterns as Qt documents them.
_BRUSH_SHARE = {
    Qt.BrushStyle.HorPattern: 8 / 64,
    Qt.BrushStyle.VerPattern: 8 / 64,
    Qt.BrushStyle.BDiagPattern: 8 / 64,
    Qt.BrushStyle.FDiagPattern: 8 / 64,
    Qt.BrushStyle.CrossPattern: 15 / 64,
    Qt.BrushStyle.DiagCrossPattern: 15 / 64,
    Qt.BrushStyle.Dense1Pattern: 0.94,
    Qt.BrushStyle.Dense2Pattern: 0.88,
    Qt.BrushStyle.Dense3Pattern: 0.63,
    Qt.BrushStyle.Dense4Pattern: 0.50,
    Qt.BrushStyle.Dense5Pattern: 0.37,
    Qt.BrushStyle.Dense6Pattern: 0.12,
    Qt.BrushStyle.Dense7Pattern: 0.06,
}
# Colours sampled along a gradient's or shapeburst's ramp, and the change of one channel (0..255) between
# neighbouring bands that the eye does not tell apart.
RAMP_SAMPLES = 33
_UNSEEN_CHANNEL_STEP = 6
_GROUND_UNITS = (render_unit("MapUnits"), render_unit("MetersInMapUnits"))
# Share of its square a filled marker shape paints (QGIS draws them inscribed in the size x size square).
_SHAPE_AREA_SHARE = {CIRCLE_SHAPE: math.pi / 4, SQUARE_SHAPE: 1.0, DIAMOND_SHAPE: 0.5, TRIANGLE_SHAPE: 0.5}


def _note_approximations(symbol_layer: QgsSymbolLayer, evaluator: Evaluator) -> None:
    """Remember dashes and offsets of ``symbol_layer``, which the viewer draws solid and in place."""
    kind = symbol_layer.layerType()
    outline_mark = _outline_as_mark(evaluator)
    if kind == "SimpleLine" and (
        symbol_layer.penStyle() not in _SOLID_PENS or symbol_layer.useCustomDashPattern()
    ):
        if not (evaluator.draws_dashes or outline_mark) or not is_dashed_simple_line(symbol_layer):
            evaluator.approximations.add(DASHES)
        elif symbol_layer.alignDashPattern() or symbol_layer.tweakDashPatternOnCorners():
            evaluator.approximations.add(DASHES_UNALIGNED)
    outline_style = getattr(symbol_layer, "strokeStyle", None)  # dashed outlines of fills and markers
    drawn_dashes = outline_mark and _dashed_fill_outline(symbol_layer)
    if outline_style is not None and outline_style() not in _SOLID_PENS and not drawn_dashes:
        evaluator.approximations.add(DASHES)
    offset = getattr(symbol_layer, "offset", None)
    drawn_offset = (
        _offset_line_as_mark(symbol_layer, evaluator)
        or (outline_mark and kind in ("SimpleLine", "SimpleFill"))
        or (_shape_as_mark(evaluator) and _moved_marker(symbol_layer))
    )
    if offset is not None and not drawn_offset:
        value = offset()
        moved = (value.x() != 0 or value.y() != 0) if hasattr(value, "x") else value != 0
        if moved:
            evaluator.approximations.add(OFFSETS)
    if kind == "CentroidFill" and not _markers_as_marks(evaluator):
        evaluator.approximations.add(MARKERS_INSIDE)


def _log_fallback(symbol_layer: QgsSymbolLayer) -> None:
    """Say once per symbol layer, with the traceback, that the snapshot shows only its colour."""
    key = (symbol_layer.layerType(), id(symbol_layer))
    if key in _FALLBACKS_LOGGED:
        return  # once is enough: the same layer fails again for every feature
    if len(_FALLBACKS_LOGGED) > 1000:
        _FALLBACKS_LOGGED.clear()
    _FALLBACKS_LOGGED.add(key)
    log.warning(
        "Symbol layer %s could not be read; the snapshot shows only its colour.", key[0], exc_info=True
    )


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
    """Fill and outline; a hatch or dot brush is its average colour (the share of pixels Qt paints)."""
    fill = _paint(ev.colour(sl, "FillColor", sl.color()), sl.brushStyle() != _NO_BRUSH)
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.number(sl, "StrokeWidth", sl.strokeWidth())
    brush_share = _BRUSH_SHARE.get(sl.brushStyle())
    stroke_paint = _paint(stroke, sl.strokeStyle() != _NO_PEN)
    width_px = _stroke_px(ev.px(width, sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale()))
    hatches = QT_BRUSH_HATCHES.get(sl.brushStyle())
    brush_paint = fill
    fill = fill.faded(brush_share) if brush_share is not None else fill
    marks = ()
    if _outline_as_mark(ev) and _dashed_fill_outline(sl):
        # The dashes are a mark along the rings; the polygon itself gets no stroke.
        dashes = pen_dashes(sl.strokeStyle(), width_px)
        marks = (RingOutline(0.0, Stroke(stroke_paint.colour, stroke_paint.alpha), width_px, dashes),)
        stroke_paint = stroke_paint.faded(0.0)
    if _outline_as_mark(ev) and _moved_fill(sl):
        # QGIS paints the whole fill moved (x right, y down on screen, measured): a mark, nothing in place.
        offset = sl.offset()
        right = ev.px(offset.x(), sl.offsetUnit(), sl.offsetMapUnitScale())
        down = ev.px(offset.y(), sl.offsetUnit(), sl.offsetMapUnitScale())
        area = MovedArea(
            (round(right, 3), round(-down, 3)),
            Stroke(fill.colour, fill.alpha),
            Stroke(stroke_paint.colour, stroke_paint.alpha),
            width_px,
            marks[0] if marks else None,
        )
        return Look(
            fill=fill.faded(0.0), stroke=stroke_paint.faded(0.0), stroke_width=width_px, marks=(area,)
        )
    if hatches and _patterns_as_marks(ev):
        # The hatch lines themselves, from the viewer map's corner as Qt lays its brush from the map's;
        # Qt strokes the outline over the brush.
        outline = Look(stroke=stroke_paint, stroke_width=width_px)
        lines = tuple(
            PatternMark(hatch, Stroke(brush_paint.colour, brush_paint.alpha), view_origin=ev.viewer_origin)
            for hatch in hatches
        )
        if brush_paint.alpha > 0:
            marks = _under_outline(lines, outline) + marks
        return replace(outline, marks=marks)
    return Look(
        fill=fill,
        stroke=stroke_paint,
        stroke_width=width_px,
        blends=brush_share is not None,
        marks=marks,
    )


def _gradient_fill(sl, ev: Evaluator) -> Look:
    """A gradient across the feature: on polygon layers a linear one on the feature's box as bands of its
    colours; otherwise its colour half way (the average of a linear two-colour gradient)."""
    two_colours = sl.gradientColorType() == GRADIENT_TWO_COLOURS
    if _patterns_as_marks(ev) and _gradient_as_bands(sl):
        ramp, steps = _ramp_samples(sl, ev, two_colours)
        start, end = sl.referencePoint1(), sl.referencePoint2()
        return Look(marks=(ShadingMark(ramp, steps, (start.x(), start.y()), (end.x(), end.y())),))
    return Look(fill=_ramp_paint(sl, ev, 0.5, two_colours))


def _gradient_as_bands(sl) -> bool:
    """Whether a gradient fill is a plain linear one between two points of the feature's box (the
    default): radial, conical, repeated, turned, viewport or centroid-based ones keep their average."""
    return (
        sl.gradientType() == LINEAR_GRADIENT
        and sl.coordinateMode() == GRADIENT_ON_FEATURE
        and sl.gradientSpread() == GRADIENT_PAD
        and sl.angle() == 0
        and not sl.referencePoint1IsCentroid()
        and not sl.referencePoint2IsCentroid()
        and sl.offset().isNull()
    )


def _shapeburst_fill(sl, ev: Evaluator) -> Look:
    """A shapeburst shades from the outline (colour 1) to the middle (colour 2): on polygon layers as
    nested bands of its colours. Otherwise its average: in a square or disc the area within t of the
    outline grows as 1 - (1 - t)^2, so the average lies a third of the way."""
    two_colours = sl.colorType() == SHAPEBURST_TWO_COLOURS
    if _patterns_as_marks(ev) and not sl.ignoreRings() and sl.offset().isNull():
        ramp, steps = _ramp_samples(sl, ev, two_colours)
        depth = None
        if not sl.useWholeShape():
            depth = ev.px(sl.maxDistance(), sl.distanceUnit(), sl.distanceMapUnitScale())
        return Look(marks=(ShadingMark(ramp, steps, max_distance_px=depth),))
    return Look(fill=_ramp_paint(sl, ev, 1.0 / 3.0, two_colours))


def _ramp_samples(sl, ev: Evaluator, two_colours: bool) -> tuple[tuple[Stroke, ...], int]:
    """The fill's colours at RAMP_SAMPLES even shares, and how many bands show them smoothly."""
    paints = [_ramp_paint(sl, ev, index / (RAMP_SAMPLES - 1), two_colours) for index in range(RAMP_SAMPLES)]
    colours = [QColor(paint.colour) for paint in paints]
    # The largest change of one channel over the ramp, in steps the eye does not tell apart.
    change = sum(
        max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))
        for a, b in zip(colours, colours[1:])
    )
    steps = max(1, math.ceil(change / _UNSEEN_CHANNEL_STEP))
    return tuple(Stroke(paint.colour, paint.alpha) for paint in paints), steps


def _ramp_paint(sl, ev: Evaluator, share: float, two_colours: bool) -> Paint:
    """The colour ``share`` of the way along the fill's two colours (or its colour ramp)."""
    if not two_colours and sl.colorRamp() is not None:
        return _paint(sl.colorRamp().color(share))
    first = ev.colour(sl, "FillColor", sl.color())
    second = ev.colour(sl, "SecondaryColor", sl.color2())
    mixed = QColor.fromRgbF(*[a + (b - a) * share for a, b in zip(first.getRgbF(), second.getRgbF())])
    return _paint(mixed)


def _pattern_look(paint: Paint | None, coverage: float) -> Look | None:
    """A pattern flattened to its average colour: its paint faded to ``coverage`` (share of the area painted).

    Seen from a little distance a pattern is its average colour; a full-strength fill would paint the
    blank between the lines or markers as well.
    """
    if paint is None or coverage <= 0:
        return None
    return Look(fill=paint.faded(min(1.0, coverage)), blends=True)


def _line_pattern_fill(sl, ev: Evaluator) -> Look | None:
    """Hatching: lines ``distance`` apart, each as wide as its line symbol."""
    sub = _sub_look(sl, ev)
    paint = sub.stroke or _main_paint(sub)
    distance = ev.length_px(sl, "LineDistance", sl.distance(), sl.distanceUnit(), sl.distanceMapUnitScale())
    if _patterns_as_marks(ev):
        # The lines themselves, as QGIS's texture tile lays them out from the polygon's corner.
        offset = ev.px(sl.offset(), sl.offsetUnit(), sl.offsetMapUnitScale())
        angle = ev.number(sl, "LineAngle", sl.lineAngle())
        hatch = line_pattern_hatch(distance, angle, offset, sub.stroke_width or HAIRLINE_PX)
        if hatch is None or not _visible(paint):
            return None
        return Look(marks=(PatternMark(hatch, Stroke(paint.colour, paint.alpha)),))
    if distance <= 0:
        return Look(fill=paint)
    return _pattern_look(paint, sub.stroke_width / distance)


def _point_pattern_fill(sl, ev: Evaluator) -> Look | None:
    """A grid of markers, one per ``distance x`` by ``distance y`` cell."""
    sub = _sub_look(sl, ev)
    distance_x = ev.length_px(sl, "DistanceX", sl.distanceX(), sl.distanceXUnit(), sl.distanceXMapUnitScale())
    distance_y = ev.length_px(sl, "DistanceY", sl.distanceY(), sl.distanceYUnit(), sl.distanceYMapUnitScale())
    if distance_x <= 0 or distance_y <= 0 or not sub.size:
        return None
    if _patterns_as_marks(ev):
        return _point_pattern_mark(sl, ev, sub, distance_x, distance_y)
    # A marker paints about the disc inscribed in its square (exact for circles, the common case).
    return _pattern_look(_main_paint(sub), math.pi / 4 * sub.size**2 / (distance_x * distance_y))


def _point_pattern_mark(sl, ev: Evaluator, sub: Look, distance_x: float, distance_y: float) -> Look | None:
    """The markers themselves, as discs where QGIS's texture tile places them from the polygon's corner."""
    grid = point_pattern_grid(
        distance_x,
        distance_y,
        ev.length_px(
            sl, "DisplacementX", sl.displacementX(), sl.displacementXUnit(), sl.displacementXMapUnitScale()
        ),
        ev.length_px(
            sl, "DisplacementY", sl.displacementY(), sl.displacementYUnit(), sl.displacementYMapUnitScale()
        ),
        ev.length_px(sl, "OffsetX", sl.offsetX(), sl.offsetXUnit(), sl.offsetXMapUnitScale()),
        ev.length_px(sl, "OffsetY", sl.offsetY(), sl.offsetYUnit(), sl.offsetYMapUnitScale()),
    )
    if grid is None:
        return None
    fill, outline, outline_width = _dot_paints(sub)
    return Look(marks=(PatternMark(grid, fill, outline, outline_width, dot_size=sub.size),))


def _dot_paints(sub: Look) -> tuple[Stroke, Stroke, float]:
    """A marker's fill, outline and outline width (0 without one) for dots drawn as marks."""
    fill = sub.fill if sub.fill is not None else Paint(NEUTRAL_GREY, 0.0)
    if not _visible(sub.stroke):
        return Stroke(fill.colour, fill.alpha), Stroke(fill.colour, 0.0), 0.0
    return Stroke(fill.colour, fill.alpha), Stroke(sub.stroke.colour, sub.stroke.alpha), sub.stroke_width


def _patterns_as_marks(ev: Evaluator) -> bool:
    """Whether a polygon symbol's pattern fills are drawn as their lines and dots (marks)."""
    return ev.draws_marks and ev.depth == 0 and ev.symbol_type == _FILL


def _random_marker_fill(sl, ev: Evaluator) -> Look | None:
    """Random markers: their average colour, the markers' disc area over the area they are spread on
    (the density area, or for a fixed count per polygon the feature's own area on the map)."""
    sub = _sub_look(sl, ev)
    if not sub.size:
        return None
    density_px2 = None
    if sl.countMethod() == DENSITY_BASED_COUNT:
        # The density area is in the layer's area unit squared (e.g. mm²): one side of its square in px.
        side = ev.px(math.sqrt(max(sl.densityArea(), 0.0)), sl.densityAreaUnit(), sl.densityAreaUnitScale())
        density_px2 = side * side
    if _patterns_as_marks(ev) and sl.seed():
        # A fixed seed: QGIS's own random points, drawn where it draws them.
        fill, outline, outline_width = _dot_paints(sub)
        mark = RandomMarkersMark(
            sl.pointCount(),
            sl.seed(),
            fill,
            outline,
            outline_width,
            sub.size,
            ev.viewer_origin,
            density_px2,
            sl.clipPoints(),
        )
        return Look(marks=(mark,))
    marker_area = sl.pointCount() * math.pi / 4 * sub.size**2
    spread_over = density_px2 if density_px2 is not None else ev.feature_area_px()
    if spread_over <= 0:
        return None
    return _pattern_look(_main_paint(sub), marker_area / spread_over)


def _markers_elsewhere(sl, ev: Evaluator) -> Look | None:
    """A centroid fill puts a marker inside the polygon: drawn as a mark of the marker's shape on polygon
    layers; otherwise nothing (a polygon feature cannot show it), never an area in its colour."""
    if not _markers_as_marks(ev):
        return None
    shapes = marker_shapes(sl.subSymbol(), ev)
    if not shapes:
        return None
    where = "surface" if sl.pointOnSurface() else "centroid"
    return Look(marks=(MarkersAt(where, shapes, all_parts=sl.pointOnAllParts()),))


def marker_shapes(symbol: QgsSymbol | None, ev: Evaluator) -> tuple[MarkerShape, ...]:
    """The shapes of a marker symbol's enabled layers, bottom first, faded by the symbol's opacity:
    simple and filled markers drawn exactly, other kinds traced from QGIS's rendering of them."""
    if symbol is None:
        return ()
    ev.depth += 1
    try:
        shapes: list[MarkerShape] = []
        for index in range(symbol.symbolLayerCount()):
            symbol_layer = symbol.symbolLayer(index)
            if not ev.enabled(symbol_layer):
                continue
            try:
                shapes += _layer_shapes(symbol_layer, ev)
            except Exception:  # noqa: BLE001 - an odd marker must never stop an export
                _log_fallback(symbol_layer)
    finally:
        ev.depth -= 1
    opacity_factor = ev.symbol_opacity(symbol)
    return tuple(shape.faded(opacity_factor) for shape in shapes)


def _layer_shapes(sl, ev: Evaluator) -> list[MarkerShape]:
    """One marker layer as shapes (none for kinds that paint nothing, such as masks)."""
    kind = sl.layerType()
    if kind == "MaskMarker":
        return []
    if kind == "SimpleMarker":
        outline = shape_outline(sl.shape(), sl.angle())
        if outline is not None:
            look = _simple_marker(sl, ev)
            return [_exact_shape(outline, _marker_size(sl, ev), look)]
    if kind == "FilledMarker":
        outline = shape_outline(sl.shape(), sl.angle())
        if outline is not None:
            return [_exact_shape(outline, _marker_size(sl, ev), _sub_look(sl, ev))]
    if kind == "EllipseMarker" and _ellipse_is_circle(sl):
        look = _ellipse_marker(sl, ev)
        return [_exact_shape(_ellipse_outline(sl, ev), 1.0, look)]
    return list(_traced_shapes(sl, ev))


def _exact_shape(outline: bytes, size_px: float, look: Look) -> MarkerShape:
    """A shape drawn exactly, in the fill and outline of ``look``."""
    return MarkerShape(
        outline,
        size_px,
        _stroke_of(look.fill),
        _stroke_of(look.stroke),
        look.stroke_width if _visible(look.stroke) else 0.0,
    )


def _stroke_of(paint: Paint | None) -> Stroke:
    return Stroke(paint.colour, paint.alpha) if paint is not None else Stroke(NEUTRAL_GREY, 0.0)


def _ellipse_outline(sl, ev: Evaluator) -> bytes:
    """An ellipse marker's outline in px (y up), turned clockwise by its angle."""
    half_width = (
        ev.length_px(sl, "Width", sl.symbolWidth(), sl.symbolWidthUnit(), sl.symbolWidthMapUnitScale()) / 2
    )
    half_height = (
        ev.length_px(sl, "Height", sl.symbolHeight(), sl.symbolHeightUnit(), sl.symbolHeightMapUnitScale())
        / 2
    )
    ring = [
        QgsPointXY(
            half_width * math.cos(2 * math.pi * step / CIRCLE_VERTICES),
            half_height * math.sin(2 * math.pi * step / CIRCLE_VERTICES),
        )
        for step in range(CIRCLE_VERTICES + 1)
    ]
    polygon = QgsGeometry.fromPolygonXY([ring])
    if sl.angle():
        polygon.rotate(sl.angle(), QgsPointXY(0.0, 0.0))
    return bytes(polygon.asWkb())


def _traced_shapes(sl, ev: Evaluator) -> tuple[MarkerShape, ...]:
    """A marker QGIS renders as a picture (SVG, glyph, image, odd shapes): its painted pixels traced,
    one shape per dominant colour."""
    size = _marker_size(sl, ev)
    fill, stroke, stroke_px = _evaluated_marker_colours(sl, ev)
    patches = marker_outline(sl, size, stroke_px, fill, stroke)
    return tuple(
        MarkerShape(
            patch.wkb,
            size,
            Stroke(hex_colour(patch.colour), patch.opacity),
            Stroke(hex_colour(patch.colour), 0.0),
        )
        for patch in patches
    )


def _evaluated_marker_colours(sl, ev: Evaluator) -> tuple[Optional[QColor], Optional[QColor], float]:
    """The fill and stroke colour and stroke width (px) of a marker layer, data-defined if active."""
    kind = sl.layerType()
    fill = None
    if kind == "FontMarker":
        fill = ev.colour(sl, "FillColor", sl.color())
    elif hasattr(sl, "fillColor") and kind != "RasterMarker":
        fill = ev.colour(sl, "FillColor", sl.fillColor())
    stroke, stroke_px = None, 0.0
    if hasattr(sl, "strokeWidth") and hasattr(sl, "strokeColor"):
        stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
        stroke_px = ev.length_px(
            sl, "StrokeWidth", sl.strokeWidth(), sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale()
        )
    return fill, stroke, stroke_px


def _svg_fill(sl, ev: Evaluator) -> Look | None:
    """Tiled SVGs: the average colour of one rendered tile, faded to the share of the tile it paints,
    with the outline QGIS draws around them (the layer's line sub-symbol)."""
    tiles = _svg_tiles(sl, ev)
    outline = _sub_look(sl, ev) if sl.subSymbol() is not None else Look()
    if tiles is None or not _visible(outline.stroke):
        return tiles
    # QGIS strokes the polygon's rings with the sub-symbol after painting the tiles.
    marks = _under_outline(tiles.marks, outline)
    return replace(tiles, stroke=outline.stroke, stroke_width=outline.stroke_width, marks=marks)


def _svg_tiles(sl, ev: Evaluator) -> Look | None:
    """The tiles of an SVG fill alone: traced as marks, or their average colour."""
    fill = ev.colour(sl, "FillColor", sl.svgFillColor())
    stroke = ev.colour(sl, "StrokeColor", sl.svgStrokeColor())
    if _patterns_as_marks(ev) and sl.angle() == 0:
        mark = _svg_tiles_mark(sl, ev, fill, stroke)
        if mark is not None:
            return Look(marks=(mark,))
    ink = svg_tile_ink(sl.svgFilePath(), fill, stroke, sl.svgStrokeWidth())
    if ink is None:
        return Look(fill=_paint(fill), blends=True)
    return _pattern_look(Paint(hex_colour(ink.colour), ink.opacity), ink.coverage)


def _svg_tiles_mark(sl, ev: Evaluator, fill: QColor, stroke: QColor) -> SvgTilesMark | None:
    """The SVG fill's tile traced and repeated as QGIS tiles it (None: nothing to trace)."""
    tile_px = ev.px(sl.patternWidth(), sl.patternWidthUnit(), sl.patternWidthMapUnitScale())
    if tile_px < 1:
        return None
    stroke_px = ev.px(sl.svgStrokeWidth(), sl.svgStrokeWidthUnit(), sl.svgStrokeWidthMapUnitScale())
    outline = svg_tile_outline(sl.svgFilePath(), fill, stroke, stroke_px, tile_px)
    if outline is None:
        return None
    patches = tuple((patch.wkb, Stroke(hex_colour(patch.colour), patch.opacity)) for patch in outline.patches)
    return SvgTilesMark(patches, tile_px, outline.aspect)


def _raster_fill(sl, ev: Evaluator) -> Look | None:
    """Tiled images: the image's average colour at its opacity, faded to the share of the tile it paints."""
    ink = image_ink(sl.imageFilePath(), sl.opacity())
    if ink is None:
        return Look(fill=Paint(NEUTRAL_GREY, sl.opacity()), blends=True)
    return _pattern_look(Paint(hex_colour(ink.colour), ink.opacity), ink.coverage)


def _geometry_generator(sl, ev: Evaluator) -> Look | None:
    """The generated geometry's symbol, where the feature's own geometry can show it.

    Generated points (e.g. a polygon's centroid) cannot be drawn by a line or polygon feature, and
    generated lines (e.g. a boundary) only as the polygon's outline: neither becomes a filled area.
    """
    sub = sl.subSymbol()
    sub_type = sub.type() if sub is not None else None
    look = _sub_look(sl, ev)
    if sub_type == _MARKER and ev.symbol_type != _MARKER:
        if _markers_as_marks(ev):
            shapes = marker_shapes(sub, ev)
            return (
                Look(marks=(MarkersAt("expression", shapes, expression=sl.geometryExpression()),))
                if shapes
                else None
            )
        ev.approximations.add(MARKERS_INSIDE)
        return None
    if sub_type == _LINE and ev.symbol_type == _FILL:
        return Look(stroke=look.stroke, stroke_width=look.stroke_width)
    return look


# --- lines -------------------------------------------------------------------------------------------


_RING_FILTERS = {
    QgsLineSymbolLayer.RenderRingFilter.ExteriorRingOnly: "exterior",
    QgsLineSymbolLayer.RenderRingFilter.InteriorRingsOnly: "interior",
}


def _simple_line(sl, ev: Evaluator) -> Look:
    """Its colour and width, and on line layers its dashes (elsewhere drawn solid, reported)."""
    colour = ev.colour(sl, "StrokeColor", sl.color())
    width_px = _stroke_px(ev.length_px(sl, "StrokeWidth", sl.width(), sl.widthUnit(), sl.widthMapUnitScale()))
    if _offset_line_as_mark(sl, ev):
        # Drawn beside the line as a mark, dashed like QGIS's; nothing of it on the feature itself.
        paint = _paint(colour, sl.penStyle() != _NO_PEN)
        offset_px = ev.length_px(sl, "Offset", sl.offset(), sl.offsetUnit(), sl.offsetMapUnitScale())
        dashes = simple_line_dashes(sl, width_px, ev.px)
        return Look(marks=(OffsetLine(offset_px, Stroke(paint.colour, paint.alpha), width_px, dashes),))
    if _outline_as_mark(ev) and _ring_mark_line(sl):
        # The fill symbol's outline drawn dashed or moved as a mark; the polygon itself gets no stroke.
        paint = _paint(colour, sl.penStyle() != _NO_PEN)
        offset_px = ev.length_px(sl, "Offset", sl.offset(), sl.offsetUnit(), sl.offsetMapUnitScale())
        outline = RingOutline(
            offset_px,
            Stroke(paint.colour, paint.alpha),
            width_px,
            simple_line_dashes(sl, width_px, ev.px),
            _RING_FILTERS.get(sl.ringFilter(), "all"),
        )
        return Look(stroke=paint.faded(0.0), stroke_width=width_px, marks=(outline,))
    return Look(
        stroke=_paint(colour, sl.penStyle() != _NO_PEN),
        stroke_width=width_px,
        dashes=simple_line_dashes(sl, width_px, ev.px) if ev.draws_dashes else None,
    )


def _marker_line(sl, ev: Evaluator) -> Look:
    """A line of markers: the marker's colour, in a line with the markers' ink (markers ``interval``
    apart); markers on vertices or ends only: as wide as the marker."""
    sub = _sub_look(sl, ev)
    paint = _main_paint(sub) or _paint(sl.color())
    size = sub.size if sub.size else HAIRLINE_PX
    interval = ev.length_px(sl, "Interval", sl.interval(), sl.intervalUnit(), sl.intervalMapUnitScale())
    width = size
    at_interval = marker_line_at_interval(sl)
    if at_interval and interval > size:
        # As much ink per length as the markers: a disc of diameter ``size`` every ``interval``.
        width = math.pi / 4 * size * size / interval
    if at_interval and ev.draws_dashes and sub.size:
        # Line layers draw the markers as round dots, as wide as the marker with its outline.
        dot = sub.size + (sub.stroke_width if _visible(sub.stroke) else 0.0)
        offset = ev.px(sl.offsetAlongLine(), sl.offsetAlongLineUnit(), sl.offsetAlongLineMapUnitScale())
        dots = marker_dots(interval, offset, dot, width)
        if dots is not None:
            return Look(stroke=paint, stroke_width=dot, dashes=dots)
    return Look(stroke=paint, stroke_width=width)


def _hashed_line(sl, ev: Evaluator) -> Look:
    """Hash strokes across the line: their colour, as a line with the same ink (hash length x hash width
    every ``interval``, at most the hash length wide)."""
    sub = _sub_look(sl, ev)
    paint = sub.stroke or _main_paint(sub) or _paint(sl.color())
    width = sub.stroke_width or HAIRLINE_PX
    length = ev.px(sl.hashLength(), sl.hashLengthUnit(), sl.hashLengthMapUnitScale())
    interval = ev.length_px(sl, "Interval", sl.interval(), sl.intervalUnit(), sl.intervalMapUnitScale())
    hash_width = width
    at_interval = marker_line_at_interval(sl)
    if at_interval and interval > 0 and length > 0:
        width = min(length, length * width / interval)
    if at_interval and ev.draws_dashes:
        # Line layers draw the hashes themselves: short lines across the feature, as wide as QGIS's.
        offset = ev.px(sl.offsetAlongLine(), sl.offsetAlongLineUnit(), sl.offsetAlongLineMapUnitScale())
        marks = hash_marks(sl, interval, length, offset, width)
        if marks is not None:
            return Look(stroke=paint, stroke_width=hash_width, dashes=marks)
    return Look(stroke=paint, stroke_width=width)


def _arrow(sl, ev: Evaluator) -> Look:
    """An arrow is a filled shape: on line layers drawn as a mark (body and heads); elsewhere its fill
    colour, as wide as the arrow's body."""
    if _arrow_as_mark(sl, ev):
        return Look(marks=(_arrow_mark(sl, ev),))
    paint = _main_paint(_sub_look(sl, ev)) or _paint(sl.color())
    width = ev.number(sl, "ArrowWidth", sl.arrowWidth())
    return Look(
        stroke=paint, stroke_width=_stroke_px(ev.px(width, sl.arrowWidthUnit(), sl.arrowWidthUnitScale()))
    )


def _arrow_mark(sl, ev: Evaluator) -> ArrowMark:
    """The arrow with its sizes in px and its fill symbol's fill and outline."""
    sub = _sub_look(sl, ev)
    end_width = ev.length_px(sl, "ArrowWidth", sl.arrowWidth(), sl.arrowWidthUnit(), sl.arrowWidthUnitScale())
    start_width = ev.length_px(
        sl, "ArrowStartWidth", sl.arrowStartWidth(), sl.arrowStartWidthUnit(), sl.arrowStartWidthUnitScale()
    )
    head_type = sl.headType()
    heads = {_HEAD_SINGLE: "end", _HEAD_REVERSED: "start"}.get(head_type, "both")
    return ArrowMark(
        width_px=(start_width + end_width) / 2,  # a tapering body as its average width
        head_length_px=ev.length_px(
            sl, "ArrowHeadLength", sl.headLength(), sl.headLengthUnit(), sl.headLengthUnitScale()
        ),
        head_thickness_px=ev.length_px(
            sl, "ArrowHeadThickness", sl.headThickness(), sl.headThicknessUnit(), sl.headThicknessUnitScale()
        ),
        curved=sl.isCurved(),
        repeated=sl.isRepeated(),
        heads=heads,
        fill=_stroke_of(sub.fill or _paint(sl.color())),
        outline=_stroke_of(sub.stroke),
        outline_px=sub.stroke_width if _visible(sub.stroke) else 0.0,
    )


def _interpolated_line(sl, ev: Evaluator) -> Look:
    """A colour/width ramped line: its single colour (or the ramp's first), its fixed (or largest) width."""
    colouring = sl.interpolatedColor()
    colour = colouring.singleColor()
    ramp_items = colouring.colorRampShader().colorRampItemList()
    if colouring.coloringMethod() != single_colour_method() and ramp_items:
        colour = ramp_items[0].color
    widths = sl.interpolatedWidth()
    width = widths.maximumWidth() if widths.isVariableWidth() else widths.fixedStrokeWidth()
    return Look(
        stroke=_paint(colour), stroke_width=_stroke_px(ev.px(width, sl.widthUnit(), sl.widthMapUnitScale()))
    )


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
        size=_marker_size(sl, ev) * _disc_factor(sl.shape()),
        size_on_ground=_on_ground(sl.sizeUnit()),
    )


def _disc_factor(shape) -> float:
    """Diameter of the disc with a filled shape's area, per unit of the shape's size (1 for circles).

    The viewer draws every marker as a circle: a square or diamond of the same size would show more
    (or less) ink than QGIS paints. Shapes not listed keep their size.
    """
    area_share = _SHAPE_AREA_SHARE.get(shape)
    return math.sqrt(4.0 * area_share / math.pi) if area_share is not None else 1.0


def _svg_marker(sl, ev: Evaluator) -> Look:
    return _image_marker(sl, ev, ev.colour(sl, "FillColor", sl.fillColor()))


def _font_marker(sl, ev: Evaluator) -> Look:
    return _image_marker(sl, ev, ev.colour(sl, "FillColor", sl.color()))


def _image_marker(sl, ev: Evaluator, fill: QColor | None) -> Look:
    """SVG, font and raster markers: a disc with the rendered marker's average colour and painted area.

    The outline is part of the rendering, so the disc has none; a marker that draws nothing (a missing
    file) keeps its size, invisibly.
    """
    size = _marker_size(sl, ev)
    stroke_px = 0.0
    stroke = None
    if hasattr(sl, "strokeWidth"):
        stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
        stroke_px = ev.length_px(
            sl, "StrokeWidth", sl.strokeWidth(), sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale()
        )
    if _shape_as_mark(ev) and sl.layerType() in _SHAPED_MARKERS:
        shapes = _traced_shapes(sl, ev)
        if shapes:
            # The circle stays for its attributes (and the popup), invisibly: the mark shows the shape.
            return Look(fill=Paint(shapes[0].fill.colour, 0.0), marks=(MarkersAt("points", shapes),))
    ink = marker_ink(sl, size, stroke_px, fill, stroke)
    if ink is None:
        return Look(
            fill=Paint(hex_colour(fill) if fill is not None else NEUTRAL_GREY, 0.0),
            size=size,
            size_on_ground=_on_ground(sl.sizeUnit()),
        )
    return Look(
        fill=Paint(hex_colour(ink.colour), ink.opacity),
        size=ink.disc_diameter(size),
        size_on_ground=_on_ground(sl.sizeUnit()),
    )


def _ellipse_marker(sl, ev: Evaluator) -> Look:
    fill = ev.colour(sl, "FillColor", sl.fillColor())
    stroke = ev.colour(sl, "StrokeColor", sl.strokeColor())
    width = ev.number(sl, "StrokeWidth", sl.strokeWidth())
    symbol_width = ev.length_px(
        sl, "Width", sl.symbolWidth(), sl.symbolWidthUnit(), sl.symbolWidthMapUnitScale()
    )
    symbol_height = ev.length_px(
        sl, "Height", sl.symbolHeight(), sl.symbolHeightUnit(), sl.symbolHeightMapUnitScale()
    )
    # An ellipse of w x h has the area of a disc of diameter sqrt(w h); other shapes keep the larger side.
    circular = _ellipse_is_circle(sl)
    if _shape_as_mark(ev) and _shaped(sl):
        ev.depth += 1  # read as a marker inside the mark, not as the point's own disc
        try:
            shape = _exact_shape(_ellipse_outline(sl, ev), 1.0, _ellipse_marker(sl, ev))
        finally:
            ev.depth -= 1
        return Look(fill=Paint(shape.fill.colour, 0.0), marks=(MarkersAt("points", (shape,)),))
    return Look(
        fill=_paint(fill),
        stroke=_paint(stroke, sl.strokeStyle() != _NO_PEN),
        stroke_width=_stroke_px(ev.px(width, sl.strokeWidthUnit(), sl.strokeWidthMapUnitScale())),
        size=math.sqrt(symbol_width * symbol_height) if circular else max(symbol_width, symbol_height),
        size_on_ground=_on_ground(sl.symbolWidthUnit()),
    )


def _ellipse_is_circle(sl) -> bool:
    """Whether the ellipse marker's shape is the ellipse itself ("circle"), not a rectangle, cross..."""
    shape = getattr(sl, "shape", None)
    if shape is not None and hasattr(type(sl), "Shape"):
        return shape() == type(sl).Shape.Circle
    return getattr(sl, "symbolName", lambda: "circle")() == "circle"


def _filled_marker(sl, ev: Evaluator) -> Look:
    if _shape_as_mark(ev) and _shaped(sl):
        outline = shape_outline(sl.shape(), sl.angle())
        if outline is not None:
            shape = _exact_shape(outline, _marker_size(sl, ev), _sub_look(sl, ev))
            return Look(fill=Paint(shape.fill.colour, 0.0), marks=(MarkersAt("points", (shape,)),))
    sub = _sub_look(sl, ev)
    return replace(
        sub, size=_marker_size(sl, ev) * _disc_factor(sl.shape()), size_on_ground=_on_ground(sl.sizeUnit())
    )


def _on_ground(unit) -> bool:
    """Whether a size unit measures the ground (map units, metres at scale) rather than the screen."""
    return unit in _GROUND_UNITS


def _raster_marker(sl, ev: Evaluator) -> Look:
    return _image_marker(sl, ev, None)


def _mask_marker(sl, ev: Evaluator) -> None:
    """Mask markers only cut holes into labels; nothing of them is visible."""
    return None


def _vector_field(sl, ev: Evaluator) -> Look | None:
    """A vector field draws a line away from the point, which a circle cannot show: on point layers a
    mark (Cartesian fields), otherwise not drawn (reported)."""
    if _shape_as_mark(ev) and _cartesian_field(sl):
        sub = _sub_look(sl, ev)
        stroke = sub.stroke if sub.stroke is not None else _paint(sl.color())
        return Look(
            marks=(
                VectorLines(
                    sl.xAttribute(),
                    sl.yAttribute(),
                    ev.px(sl.scale(), sl.distanceUnit(), sl.distanceMapUnitScale()),
                    _stroke_of(stroke),
                    sub.stroke_width or HAIRLINE_PX,
                ),
            )
        )
    ev.approximations.add(VECTOR_FIELD)
    return None


def _cartesian_field(symbol_layer: QgsSymbolLayer) -> bool:
    """A vector field marker whose lines come from x and y attributes."""
    return (
        symbol_layer.layerType() == "VectorField"
        and symbol_layer.vectorFieldType() == QgsVectorFieldSymbolLayer.VectorFieldType.Cartesian
        and bool(symbol_layer.xAttribute() or symbol_layer.yAttribute())
    )


_LAYER_LOOKS: dict[str, Callable[[QgsSymbolLayer, Evaluator], Optional[Look]]] = {
    "SimpleFill": _simple_fill,
    "GradientFill": _gradient_fill,
    "ShapeburstFill": _shapeburst_fill,
    "LinePatternFill": _line_pattern_fill,
    "PointPatternFill": _point_pattern_fill,
    "CentroidFill": _markers_elsewhere,
    "RandomMarkerFill": _random_marker_fill,
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
    """Whether any part of the symbol (layers, sub-symbols, the symbol itself) is data-defined, or
    depends on the feature in another way (random markers counted per polygon)."""
    if symbol.dataDefinedProperties().hasActiveProperties():
        return True
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if symbol_layer.dataDefinedProperties().hasActiveProperties():
            return True
        if (
            symbol_layer.layerType() == "RandomMarkerFill"
            and symbol_layer.countMethod() != DENSITY_BASED_COUNT
        ):
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
    size_on_ground: bool = False
    dashes: Optional[DashPattern | HashMarks] = None
    # Drawn as extra geometry above the feature (marks.py), at their final opacities.
    marks: tuple = ()


def swatch(look: Look, kind: str, layer_opacity: float) -> Swatch:
    """Flatten ``look`` for a ``kind`` ("point", "line", "polygon") layer at the layer's opacity.

    Missing parts borrow the other part's colour at opacity 0 so every colour field is valid; lines have
    no fill (a geometry generator's buffer fill on a line layer stands in for a missing stroke).
    """
    fill, stroke, width, dashes = look.fill, look.stroke, look.stroke_width, look.dashes
    if kind == "line":
        if (stroke is None or stroke.alpha == 0) and fill is not None and fill.alpha > 0:
            stroke, width, dashes = fill, HAIRLINE_PX, None
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
        size_on_ground=look.size_on_ground,
        dashes=dashes if kind == "line" and stroke.alpha > 0 else None,
        marks=tuple(mark.faded(layer_opacity) for mark in look.marks),
    )
