"""Dashed lines the viewer can draw: each dashed line written as the MultiLineString of its dashes.

The viewer (mapbox.js simplestyle) strokes every line solid. A dashed simple line is therefore cut into
its dashes, at the lengths QGIS paints them in CSS px, measured at the zoom the viewer shows the
snapshot's bounds. The cut happens in Web Mercator, where Leaflet's pixels are Mercator metres scaled
by the zoom, so every dash is as long in the viewer as in QGIS. Only dashed layers take this path;
the others never look at dashes.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsPointXY,
    QgsSymbol,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from .. import messages
from ..messages import Message
from ..qgis_compat import marker_line_at_interval
from .context import TILE_PX, ExportContext
from .geometry import GeometryWriter

# The style key that carries a feature's dash pattern from the styler to the feature writer, which
# takes it out again: it is never written.
DASH_PATTERN = "dash-pattern"
# Qt's built-in pen patterns (dash, gap, ...) in pen widths, as qpen.cpp defines them.
QT_DASH_PATTERNS = {
    Qt.PenStyle.DashLine: (4.0, 2.0),
    Qt.PenStyle.DotLine: (1.0, 2.0),
    Qt.PenStyle.DashDotLine: (4.0, 2.0, 1.0, 2.0),
    Qt.PenStyle.DashDotDotLine: (4.0, 2.0, 1.0, 2.0, 1.0, 2.0),
}
# A file stays small enough to load in a browser: past these counts dashed lines are drawn solid.
MAX_DASHES_PER_FEATURE = 1000
MAX_DASHES_PER_LAYER = 200_000
# Web Mercator metres per CSS px at zoom 0: Leaflet's 256 px world on the sphere of 6378137 m.
MERCATOR_METRES_PER_PX_Z0 = 2 * math.pi * 6378137.0 / TILE_PX
_MERCATOR = "EPSG:3857"
# The shortest dash (px): a zero-length line is not a valid geometry, though its round caps make a dot.
DOT_PX = 0.01
_FLAT_CAP = Qt.PenCapStyle.FlatCap

TOO_MANY_DASHES = Message(messages.APPROX_DASHES_TOO_MANY)


@dataclass(frozen=True)
class DashPattern:
    """Dash and gap lengths in CSS px (dash first), and how far into the pattern each line starts.

    ``solid_width`` is the stroke width to draw with when the line cannot be cut (None: the stroke's
    own), e.g. for a marker line the width of a line with the markers' ink.
    """

    lengths: tuple[float, ...]
    offset: float = 0.0
    solid_width: Optional[float] = None


def simple_line_dashes(
    symbol_layer, width_px: float, to_px: Callable[[float, object, object], float]
) -> Optional[DashPattern]:
    """The dash pattern a simple line layer paints, in CSS px (None: solid or no pen).

    ``to_px(value, unit, map_unit_scale)`` converts a QGIS size to px. Qt pen patterns count in pen
    widths (at least 1 px); QGIS's custom patterns are sizes of their own. Leaflet ends every dash with
    a round cap half the width long, as QGIS's default square cap does; for a flat cap the dash is
    shortened by that much so the same ink shows.
    """
    if symbol_layer.useCustomDashPattern():
        unit, scale = symbol_layer.customDashPatternUnit(), symbol_layer.customDashPatternMapUnitScale()
        lengths = tuple(max(0.0, to_px(value, unit, scale)) for value in symbol_layer.customDashVector())
        if len(lengths) % 2:  # an odd pattern repeats with dashes and gaps swapped (as SVG and Qt do)
            lengths = lengths + lengths
        lengths = tuple(
            max(DOT_PX, length) if index % 2 == 0 else length for index, length in enumerate(lengths)
        )
    else:
        pen_pattern = pen_dashes(symbol_layer.penStyle(), width_px)
        if pen_pattern is None:
            return None
        lengths = pen_pattern.lengths
    if len(lengths) < 2 or sum(lengths) <= 0:
        return None
    if symbol_layer.penCapStyle() == _FLAT_CAP:
        lengths = _without_caps(lengths, width_px)
    offset = to_px(
        symbol_layer.dashPatternOffset(),
        symbol_layer.dashPatternOffsetUnit(),
        symbol_layer.dashPatternOffsetMapUnitScale(),
    )
    return DashPattern(tuple(round(length, 3) for length in lengths), round(offset, 3))


def pen_dashes(pen_style, width_px: float) -> Optional[DashPattern]:
    """The dash pattern in CSS px of a Qt pen style (a fill's outline) ``width_px`` wide (None: not
    dashed). Its square caps are as long as Leaflet's round ones, so the lengths stay Qt's."""
    units = QT_DASH_PATTERNS.get(pen_style)
    if units is None:
        return None
    pen_width = max(width_px, 1.0)
    return DashPattern(tuple(round(value * pen_width, 3) for value in units))


def _without_caps(lengths: tuple[float, ...], cap_px: float) -> tuple[float, ...]:
    """Dashes ``cap_px`` shorter (not below 0), gaps longer by as much: the round caps fill it again."""
    shortened = []
    for index in range(0, len(lengths), 2):
        dash = max(DOT_PX, lengths[index] - cap_px)
        shortened += [dash, lengths[index + 1] + lengths[index] - dash]
    return tuple(shortened)


@dataclass(frozen=True)
class HashMarks:
    """Strokes ``length`` px long across the line every ``interval`` px, the first ``first`` px in.

    ``with_line``: the line itself is drawn too (a line below of the same colour and width).
    """

    interval: float
    first: float
    length: float
    solid_width: Optional[float] = None
    with_line: bool = False


def hash_marks(
    symbol_layer, interval_px: float, length_px: float, offset_along_px: float, ink_width_px: float
) -> Optional[HashMarks]:
    """The hash marks of a hashed line drawn across it (None where they cannot be: hashes at an angle or
    not turned with the line)."""
    if interval_px <= 0 or length_px <= 0:
        return None
    if not symbol_layer.rotateSymbols() or symbol_layer.hashAngle() != 0:
        return None
    return HashMarks(
        round(interval_px, 3),
        round(offset_along_px % interval_px, 3),
        round(length_px, 3),
        round(ink_width_px, 3),
    )


def hashes_across(
    line: list[tuple[float, float]], marks: HashMarks, unit: float
) -> list[list[tuple[float, float]]]:
    """Hash strokes across one polyline, centred on it, at the marks' places along it (``unit`` map
    units per px); each is square to the segment it sits on."""
    interval, half = marks.interval * unit, marks.length * unit / 2.0
    hashes = []
    next_at, travelled = marks.first * unit, 0.0
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        segment = math.hypot(x1 - x0, y1 - y0)
        if segment <= 0:
            continue
        along_x, along_y = (x1 - x0) / segment, (y1 - y0) / segment
        while next_at <= travelled + segment:
            centre_x = x0 + along_x * (next_at - travelled)
            centre_y = y0 + along_y * (next_at - travelled)
            hashes.append(
                [
                    (centre_x + along_y * half, centre_y - along_x * half),
                    (centre_x - along_y * half, centre_y + along_x * half),
                ]
            )
            next_at += interval
        travelled += segment
    return hashes


def marker_dots(
    interval_px: float, offset_along_px: float, dot_px: float, ink_width_px: float
) -> Optional[DashPattern]:
    """Markers every ``interval_px`` as round dots: zero-length dashes that Leaflet's round caps draw as
    discs ``dot_px`` wide; the first one ``offset_along_px`` from the line's start."""
    if interval_px <= DOT_PX or dot_px <= 0:
        return None
    return DashPattern(
        (DOT_PX, round(interval_px - DOT_PX, 3)),
        round(-offset_along_px % interval_px, 3),
        round(ink_width_px, 3),
    )


def is_dashed_simple_line(symbol_layer) -> bool:
    """Whether ``symbol_layer`` is a simple line with a dash pattern the viewer can be given."""
    return symbol_layer.layerType() == "SimpleLine" and (
        symbol_layer.useCustomDashPattern() or symbol_layer.penStyle() in QT_DASH_PATTERNS
    )


def symbol_has_dashes(symbol: QgsSymbol | None) -> bool:
    """Whether a layer of ``symbol`` (or of a sub-symbol) is drawn broken: a dashed simple line, or a
    marker or hashed line with markers at an interval."""
    if symbol is None:
        return False
    for index in range(symbol.symbolLayerCount()):
        symbol_layer = symbol.symbolLayer(index)
        if is_dashed_simple_line(symbol_layer) or symbol_has_dashes(symbol_layer.subSymbol()):
            return True
        if symbol_layer.layerType() in ("MarkerLine", "HashLine") and marker_line_at_interval(symbol_layer):
            return True
    return False


def cut_into_dashes(
    line: list[tuple[float, float]], pattern: DashPattern, unit: float
) -> list[list[tuple[float, float]]]:
    """The dashes of one polyline, the pattern's px lengths ``unit`` map units each, as QPainter lays
    them: the pattern runs on across vertices and starts ``pattern.offset`` into itself."""
    lengths = [length * unit for length in pattern.lengths]
    index, remaining = _pattern_position(lengths, pattern.offset * unit)
    dashes: list[list[tuple[float, float]]] = []
    current: Optional[list[tuple[float, float]]] = [line[0]] if index % 2 == 0 else None
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        segment = math.hypot(x1 - x0, y1 - y0)
        travelled = 0.0
        while segment - travelled > remaining:
            travelled += remaining
            share = travelled / segment
            cut = (x0 + (x1 - x0) * share, y0 + (y1 - y0) * share)
            if current is not None:  # a dash ends here
                current.append(cut)
                dashes.append(current)
                current = None
            else:  # a gap ends: the next dash starts
                current = [cut]
            index = (index + 1) % len(lengths)
            remaining = lengths[index]
        remaining -= segment - travelled
        if current is not None:
            current.append((x1, y1))
    if current is not None and len(current) > 1:
        dashes.append(current)
    return dashes


def _pattern_position(lengths: list[float], offset: float) -> tuple[int, float]:
    """Which dash or gap (index) the line starts in, and how much of it is left, ``offset`` in."""
    offset %= sum(lengths)
    index = 0
    while offset >= lengths[index] and offset > 0:
        offset -= lengths[index]
        index = (index + 1) % len(lengths)
    return index, lengths[index] - offset


class DashedLines:
    """Styles and geometries of a layer with dashed lines: a dashed feature's geometry is its dashes.

    Wraps the styler's ``shared_style_for`` and the geometry writer's ``geojson`` (same signatures, called in
    that order for each feature): the style's dash pattern decides the geometry of the same feature.
    """

    def __init__(
        self,
        style_for: Callable,
        plain: GeometryWriter,
        layer_crs: QgsCoordinateReferenceSystem,
        geometry_type,
        context: ExportContext,
        options,
        note: Callable[[str], None],
    ) -> None:
        self._style_for = style_for
        self._plain = plain.geojson
        self._note = note
        mercator = QgsCoordinateReferenceSystem(_MERCATOR)
        self._to_mercator = QgsCoordinateTransform(layer_crs, mercator, context.transform_context)
        self._pieces = GeometryWriter(
            mercator,
            geometry_type,
            context,
            crop=options.crop,
            clip=options.clip,
            precision=options.precision,
        )
        self._unit = MERCATOR_METRES_PER_PX_Z0 / 2**context.viewer_zoom
        self._dashes: Optional[QgsGeometry] = None
        self._budget = MAX_DASHES_PER_LAYER

    def style_for(self, feature, values: list) -> Optional[dict]:
        """The feature's style without its dash pattern; its dashes are kept for ``geojson``."""
        shared = self._style_for(feature, values)
        self._dashes = None
        style = dict(shared) if shared is not None else None  # the styler's own is left as it is
        pattern = style.pop(DASH_PATTERN, None) if style is not None else None
        if pattern is not None:
            self._dashes = self._cut(feature.geometry(), pattern)
            if self._dashes is None and pattern.solid_width is not None:
                style["stroke-width"] = pattern.solid_width
        return style

    def geojson(self, geometry: QgsGeometry) -> tuple[Optional[str], Optional[str]]:
        """The feature's dashes as GeoJSON (or its line, when solid), or ``(None, reason)``."""
        if self._dashes is None:
            return self._plain(geometry)
        return self._pieces.geojson(self._dashes)

    def _cut(self, geometry: QgsGeometry, pattern: DashPattern | HashMarks) -> Optional[QgsGeometry]:
        """The dashes (or hash marks) of ``geometry`` in Web Mercator; None to draw it unbroken."""
        if geometry.isEmpty():
            return None
        mercator = QgsGeometry(geometry)
        try:
            mercator.transform(self._to_mercator)
        except QgsCsException:
            return None
        # Count before cutting: a long line in a fine pattern must not fill the file.
        expected = mercator.length() / self._unit / _period(pattern) * _pieces_per_period(pattern) + 1
        if expected > min(MAX_DASHES_PER_FEATURE, self._budget):
            self._note(TOO_MANY_DASHES)
            return None
        if QgsWkbTypes.isMultiType(mercator.wkbType()):
            lines = mercator.asMultiPolyline()
        else:
            lines = [mercator.asPolyline()]
        dashes = []
        for line in lines:
            if len(line) < 2:
                continue
            points = [(point.x(), point.y()) for point in line]
            if isinstance(pattern, HashMarks):
                dashes += hashes_across(points, pattern, self._unit)
                if pattern.with_line:
                    dashes.append(points)
            else:
                dashes += cut_into_dashes(points, pattern, self._unit)
        if not dashes:
            return None
        self._budget -= len(dashes)
        return QgsGeometry.fromMultiPolylineXY([[QgsPointXY(x, y) for x, y in dash] for dash in dashes])


def _period(pattern: DashPattern | HashMarks) -> float:
    """The length (px) after which the pattern repeats."""
    return pattern.interval if isinstance(pattern, HashMarks) else sum(pattern.lengths)


def _pieces_per_period(pattern: DashPattern | HashMarks) -> float:
    """Lines written per period: one hash, or one per dash."""
    return 1 if isinstance(pattern, HashMarks) else len(pattern.lengths) / 2
