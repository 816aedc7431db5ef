"""The kinds of marks (see marks.py): offset lines, polygon outlines (dashed or offset), markers drawn as
polygons of their shape, arrows.

Sizes are CSS px; a mark's pieces are laid out in Web Mercator, ``place.unit`` metres per px, so they
show as many px wide in the viewer as QGIS paints them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Optional

from qgis.core import QgsCircularString, QgsExpression, QgsGeometry, QgsPoint, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtGui import QTransform

from ..qgis_compat import (
    CIRCLE_SHAPE,
    DIAMOND_SHAPE,
    FLAT_CAP,
    MITRE_JOIN,
    SQUARE_SHAPE,
    TRIANGLE_SHAPE,
    WKB_TYPE,
)
from .dashes import DashPattern, cut_into_dashes
from .marks import MarkPlace, Piece, simplestyle

# Vertices of a circle marker's polygon: at 16 px a chord then strays 0.03 px from the circle.
CIRCLE_VERTICES = 36
# QGIS offsets lines with GEOS: mitred joins, the mitre cut at twice the offset (QgsSymbolLayerUtils).
_OFFSET_SEGMENTS = 8
_MITRE_LIMIT = 2.0
_POINT = QgsWkbTypes.geometryType(WKB_TYPE.Point)
_LINE = QgsWkbTypes.geometryType(WKB_TYPE.LineString)
_POLYGON = QgsWkbTypes.geometryType(WKB_TYPE.Polygon)


@dataclass(frozen=True)
class Stroke:
    """A stroke or fill colour with its opacity (0 for none)."""

    colour: str
    opacity: float

    def faded(self, factor: float) -> Stroke:
        """The same colour, ``factor`` times as opaque."""
        return Stroke(self.colour, self.opacity * factor)


@dataclass(frozen=True)
class OffsetLine:
    """A line drawn ``offset_px`` to the right of the feature's line (QGIS: positive is right of the
    line's direction), in its own colour and width, and dashes when it has them."""

    offset_px: float
    stroke: Stroke
    width_px: float
    dashes: Optional[DashPattern] = None

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The offset copy of each line (a polygon's rings) of ``geometry``."""
        lines = []
        for line in _polylines(geometry):
            if len(line) < 2:
                continue
            # GEOS offsets to the left for positive distances in a y-up CRS: QGIS's right is negative.
            moved = QgsGeometry.fromPolylineXY(line).offsetCurve(
                -self.offset_px * place.unit, _OFFSET_SEGMENTS, MITRE_JOIN, _MITRE_LIMIT
            )
            for part in _polylines(moved):
                points = [(point.x(), point.y()) for point in part]
                if len(points) < 2:
                    continue
                if self.dashes is None:
                    lines.append(points)
                else:
                    lines += cut_into_dashes(points, self.dashes, place.unit)
        if not lines:
            return []
        geometry = QgsGeometry.fromMultiPolylineXY([[QgsPointXY(x, y) for x, y in line] for line in lines])
        style = simplestyle(None, 0.0, self.stroke.colour, self.stroke.opacity, self.width_px)
        return [(geometry, style)]

    def faded(self, factor: float) -> OffsetLine:
        """The same line, ``factor`` times as opaque."""
        return replace(self, stroke=self.stroke.faded(factor))


@dataclass(frozen=True)
class RingOutline:
    """A polygon's outline as a line symbol layer of its fill symbol draws it: each ring (of ``rings``:
    ``"all"``, ``"exterior"`` or ``"interior"``) moved ``offset_px`` into the polygon's area (QGIS moves
    holes towards the area too; measured by rendering), in its colour and width, cut into dashes from
    each ring's first vertex on, where QGIS starts the pattern (measured)."""

    offset_px: float
    stroke: Stroke
    width_px: float
    dashes: Optional[DashPattern] = None
    rings: str = "all"

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The (moved, dashed) rings of each polygon of ``geometry``."""
        lines = []
        for polygon in _polygons(geometry):
            for index, ring in enumerate(polygon):
                if self.rings == ("interior" if index == 0 else "exterior"):
                    continue
                points = [(point.x(), point.y()) for point in ring]
                if len(points) < 4:
                    continue
                if self.offset_px:
                    # Inwards shrinks the outer ring and grows a hole.
                    grow = self.offset_px * place.unit * (1 if index else -1)
                    moved = moved_rings(points, grow)
                else:
                    moved = [points]
                for line in moved:
                    lines += [line] if self.dashes is None else cut_into_dashes(line, self.dashes, place.unit)
        if not lines:
            return []
        geometry = QgsGeometry.fromMultiPolylineXY([[QgsPointXY(x, y) for x, y in line] for line in lines])
        return [(geometry, simplestyle(None, 0.0, self.stroke.colour, self.stroke.opacity, self.width_px))]

    def faded(self, factor: float) -> RingOutline:
        """The same outline, ``factor`` times as opaque."""
        return replace(self, stroke=self.stroke.faded(factor))


@dataclass(frozen=True)
class MovedArea:
    """A simple fill drawn ``offset_px`` (CSS px east and north) away from the polygon, as QGIS moves it:
    the moved polygon in its fill and stroke, and its ``outline`` (dashes) if it has one."""

    offset_px: tuple[float, float]
    fill: Stroke
    stroke: Stroke
    width_px: float
    outline: Optional[RingOutline] = None

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The moved polygon, then its outline's pieces."""
        moved = QgsGeometry(geometry)
        # Not QgsGeometry.translate(): tests/test_translations.py would take it for Qt's translate().
        moved.transform(
            QTransform.fromTranslate(self.offset_px[0] * place.unit, self.offset_px[1] * place.unit)
        )
        width = self.width_px if self.stroke.opacity > 0 else 0.0
        style = simplestyle(
            self.fill.colour, self.fill.opacity, self.stroke.colour, self.stroke.opacity, width
        )
        pieces = [(moved, style)]
        if self.outline is not None:
            pieces += self.outline.pieces(moved, place)
        return pieces

    def faded(self, factor: float) -> MovedArea:
        """The same area, ``factor`` times as opaque."""
        outline = self.outline.faded(factor) if self.outline is not None else None
        return replace(self, fill=self.fill.faded(factor), stroke=self.stroke.faded(factor), outline=outline)


def moved_rings(ring: list[tuple[float, float]], grow: float) -> list[list[tuple[float, float]]]:
    """The closed ``ring`` moved ``grow`` map units outwards (negative: inwards), as QGIS offsets a ring:
    the outer ring(s) of the area it encloses buffered with mitred joins (none when it vanishes); each
    runs the way ``ring`` does and starts at the vertex nearest its start, so dashes begin where QGIS's
    do."""
    area = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring]])
    buffered = area.buffer(grow, _OFFSET_SEGMENTS, FLAT_CAP, MITRE_JOIN, _MITRE_LIMIT)
    moved = []
    for polygon in _polygons(buffered):
        outer = [(point.x(), point.y()) for point in polygon[0]][:-1]
        if len(outer) < 3:
            continue
        if (_signed_area(outer) > 0) != (_signed_area(ring) > 0):
            outer.reverse()
        start = min(range(len(outer)), key=lambda i: math.dist(outer[i], ring[0]))
        outer = outer[start:] + outer[:start]
        moved.append(outer + outer[:1])
    return moved


def _signed_area(ring: list[tuple[float, float]]) -> float:
    """Twice the ring's area, positive when it runs counter-clockwise (y up)."""
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]))


def _polygons(geometry: QgsGeometry) -> list:
    """The polygons (lists of rings of QgsPointXY) of a polygon geometry; nothing for other kinds."""
    if geometry.isEmpty() or QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON:
        return []
    if QgsWkbTypes.isMultiType(geometry.wkbType()):
        return geometry.asMultiPolygon()
    return [geometry.asPolygon()]


@dataclass(frozen=True)
class MarkerShape:
    """One marker's outline (WKB polygons in units of its size, centred on its anchor, y up), its size in
    CSS px, and how it is painted."""

    outline: bytes
    size_px: float
    fill: Stroke
    stroke: Stroke
    stroke_width_px: float = 0.0

    def placed(self, x: float, y: float, unit: float) -> QgsGeometry:
        """The outline at Web Mercator ``(x, y)``, ``size_px`` × ``unit`` metres wide."""
        geometry = QgsGeometry()
        geometry.fromWkb(self.outline)
        scale = self.size_px * unit
        geometry.transform(QTransform(scale, 0.0, 0.0, scale, x, y))
        return geometry

    def style(self) -> dict:
        """The simplestyle properties of the shape's pieces."""
        return simplestyle(
            self.fill.colour,
            self.fill.opacity,
            self.stroke.colour,
            self.stroke.opacity,
            self.stroke_width_px if self.stroke.opacity > 0 else 0.0,
        )

    def faded(self, factor: float) -> MarkerShape:
        """The same shape, ``factor`` times as opaque."""
        return replace(self, fill=self.fill.faded(factor), stroke=self.stroke.faded(factor))


def shape_outline(shape, angle_degrees: float = 0.0) -> Optional[bytes]:
    """The outline of a QGIS simple marker shape drawn exactly (None: a shape to trace from its picture).

    As QgsSimpleMarkerSymbolLayerBase draws them inscribed in the size × size square: the circle, the
    square, the diamond (corners at the middle of the square's sides), the triangle (apex at the top
    middle, base along the bottom side). ``angle_degrees`` turns clockwise, as QGIS's marker angle does.
    """
    if shape == CIRCLE_SHAPE:
        steps = range(CIRCLE_VERTICES)
        ring = [
            (
                0.5 * math.cos(2 * math.pi * i / CIRCLE_VERTICES),
                0.5 * math.sin(2 * math.pi * i / CIRCLE_VERTICES),
            )
            for i in steps
        ]
    elif shape == SQUARE_SHAPE:
        ring = [(-0.5, -0.5), (0.5, -0.5), (0.5, 0.5), (-0.5, 0.5)]
    elif shape == DIAMOND_SHAPE:
        ring = [(0.0, -0.5), (0.5, 0.0), (0.0, 0.5), (-0.5, 0.0)]
    elif shape == TRIANGLE_SHAPE:
        ring = [(-0.5, -0.5), (0.5, -0.5), (0.0, 0.5)]
    else:
        return None
    polygon = QgsGeometry.fromPolygonXY([[QgsPointXY(x, y) for x, y in ring + ring[:1]]])
    if angle_degrees:
        polygon.rotate(angle_degrees, QgsPointXY(0.0, 0.0))  # QgsGeometry.rotate turns clockwise
    return bytes(polygon.asWkb())


@dataclass(frozen=True)
class MarkersAt:
    """Marker shapes placed where QGIS puts a marker symbol for the feature.

    ``where``: ``"points"`` (each point of a point feature), ``"centroid"`` or ``"surface"`` (a polygon's
    centroid or point on surface: on each part with ``all_parts``, else on the largest part), or
    ``"expression"`` (the points a geometry generator's ``expression`` makes, in the layer's CRS).
    ``offset_px``: how far from each point the shapes are drawn, CSS px east and north.
    """

    where: str
    shapes: tuple[MarkerShape, ...]
    all_parts: bool = True
    expression: str = ""
    offset_px: tuple[float, float] = (0.0, 0.0)

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """Each shape at each of the feature's marker points."""
        pieces = []
        styles = [shape.style() for shape in self.shapes]
        east, north = self.offset_px[0] * place.unit, self.offset_px[1] * place.unit
        for x, y in self._anchors(geometry, place):
            for shape, style in zip(self.shapes, styles):
                pieces.append((shape.placed(x + east, y + north, place.unit), style))
        return pieces

    def faded(self, factor: float) -> MarkersAt:
        """The same markers, ``factor`` times as opaque."""
        return replace(self, shapes=tuple(shape.faded(factor) for shape in self.shapes))

    def _anchors(self, geometry: QgsGeometry, place: MarkPlace) -> list[tuple[float, float]]:
        """Where the markers go, in Web Mercator."""
        if self.where == "points":
            return _points_of(geometry)
        if self.where == "expression":
            return _points_of(_generated(self.expression, place))
        parts = [QgsGeometry(part.clone()) for part in geometry.constParts()]
        if QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON or not parts:
            return []
        if not self.all_parts:
            parts = [max(parts, key=lambda part: part.area())]
        anchors = []
        for part in parts:
            point = part.pointOnSurface() if self.where == "surface" else part.centroid()
            if not point.isEmpty():
                anchors.append((point.asPoint().x(), point.asPoint().y()))
        return anchors


def _generated(expression_text: str, place: MarkPlace) -> QgsGeometry:
    """The geometry a geometry generator's expression makes for the feature, in Web Mercator."""
    expression = QgsExpression(expression_text)
    expression.prepare(place.expression_context)
    value = expression.evaluate(place.expression_context)
    if not isinstance(value, QgsGeometry) or value.isEmpty():
        return QgsGeometry()
    generated = QgsGeometry(value)
    try:
        generated.transform(place.to_mercator)
    except Exception:  # noqa: BLE001 - a point PROJ cannot move is simply not drawn
        return QgsGeometry()
    return generated


def _points_of(geometry: QgsGeometry) -> list[tuple[float, float]]:
    """The points of a (multi)point geometry; nothing for other kinds."""
    if geometry.isEmpty() or QgsWkbTypes.geometryType(geometry.wkbType()) != _POINT:
        return []
    return [(vertex.x(), vertex.y()) for vertex in geometry.vertices()]


def _polylines(geometry: QgsGeometry) -> list:
    """The lines of a line geometry, or the rings of a polygon geometry, as lists of QgsPointXY."""
    if geometry.isEmpty():
        return []
    kind = QgsWkbTypes.geometryType(geometry.wkbType())
    multi = QgsWkbTypes.isMultiType(geometry.wkbType())
    if kind == _LINE:
        return geometry.asMultiPolyline() if multi else [geometry.asPolyline()]
    if kind == _POLYGON:
        return [ring for polygon in _polygons(geometry) for ring in polygon]
    return []


@dataclass(frozen=True)
class ArrowMark:
    """QGIS's arrow symbol layer: a body ``width_px`` wide along each arrow's path and a triangular head
    ``head_length_px`` long and twice ``head_thickness_px`` wide at its base (as QGIS paints it, measured),
    in the fill and outline of the arrow's fill symbol.

    The paths are QGIS's: with ``repeated``, one arrow per segment, or curved, per run of three points
    (the circular arc through them); otherwise one arrow from the first to the last point (curved: the arc
    through the first, the middle and the last point). ``heads``: at the ``"end"``, the ``"start"`` or
    ``"both"``.
    """

    width_px: float
    head_length_px: float
    head_thickness_px: float
    curved: bool
    repeated: bool
    heads: str
    fill: Stroke
    outline: Stroke
    outline_px: float

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The arrows' bodies (lines) and heads (triangles) along each line of ``geometry``."""
        bodies, heads = [], []
        for line in _polylines(geometry):
            points = [(point.x(), point.y()) for point in line]
            for path in arrow_paths(points, self.curved, self.repeated):
                body, path_heads = self._arrow(path, place.unit)
                if body:
                    bodies.append(body)
                heads += path_heads
        if not bodies and not heads:
            return []
        pieces: list[Piece] = []
        if bodies:
            body = QgsGeometry.fromMultiPolylineXY([[QgsPointXY(x, y) for x, y in line] for line in bodies])
            if self.outline.opacity > 0 and self.outline_px > 0:
                # The outline shows as a band of its width around the fill: a wider line below the fill's.
                outer = simplestyle(
                    None, 0.0, self.outline.colour, self.outline.opacity, self.width_px + self.outline_px
                )
                pieces.append((body, outer))
                inner_width = max(self.width_px - self.outline_px, 0.0)
            else:
                inner_width = self.width_px
            pieces.append(
                (QgsGeometry(body), simplestyle(None, 0.0, self.fill.colour, self.fill.opacity, inner_width))
            )
        if heads:
            triangles = QgsGeometry.fromMultiPolygonXY(
                [[[QgsPointXY(x, y) for x, y in triangle + triangle[:1]]] for triangle in heads]
            )
            style = simplestyle(
                self.fill.colour,
                self.fill.opacity,
                self.outline.colour,
                self.outline.opacity,
                self.outline_px,
            )
            pieces.append((triangles, style))
        return pieces

    def faded(self, factor: float) -> ArrowMark:
        """The same arrow, ``factor`` times as opaque."""
        return replace(self, fill=self.fill.faded(factor), outline=self.outline.faded(factor))

    def _arrow(self, path: list[tuple[float, float]], unit: float):
        """One arrow's body (shortened under its heads) and head triangles, in Web Mercator."""
        line = QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in path])
        length = line.length()
        head = self.head_length_px * unit
        half = self.head_thickness_px * unit
        start, end = 0.0, length
        heads = []
        if self.heads in ("end", "both") and length > 0:
            heads.append(_head(line, length, max(length - head, 0.0), half))
            end = max(length - head, 0.0)
        if self.heads in ("start", "both") and length > 0:
            heads.append(_head(line, 0.0, min(head, length), half))
            start = min(head, length)
        # Leaflet's round caps reach half the width beyond the ends QGIS cuts square: stop short by that.
        start += self.width_px * unit / 2
        end -= self.width_px * unit / 2
        if end <= start:
            return None, heads
        # Kept in a name while its vertices are read: a temporary curve would be freed under the iterator.
        body = QgsGeometry(line.constGet().curveSubstring(start, end))
        return [(point.x(), point.y()) for point in body.asPolyline()], heads


def _head(line: QgsGeometry, tip_at: float, base_at: float, half_width: float) -> list[tuple[float, float]]:
    """A head triangle: its tip ``tip_at`` along ``line``, its base square to the line ``base_at``."""
    tip = line.interpolate(tip_at).asPoint()
    base = line.interpolate(base_at).asPoint()
    dx, dy = tip.x() - base.x(), tip.y() - base.y()
    norm = math.hypot(dx, dy) or 1.0
    across_x, across_y = -dy / norm * half_width, dx / norm * half_width
    return [
        (tip.x(), tip.y()),
        (base.x() + across_x, base.y() + across_y),
        (base.x() - across_x, base.y() - across_y),
    ]


def arrow_paths(
    points: list[tuple[float, float]], curved: bool, repeated: bool
) -> list[list[tuple[float, float]]]:
    """The paths QGIS draws one arrow along each (see ArrowMark), arcs segmentized."""
    if len(points) < 2:
        return []
    if repeated:
        if not curved:
            return [[a, b] for a, b in zip(points, points[1:])]
        groups = [points[index : index + 3] for index in range(0, len(points) - 1, 2)]
    elif curved and len(points) >= 3:
        groups = [[points[0], points[len(points) // 2], points[-1]]]
    else:
        groups = [[points[0], points[-1]]]
    return [_arc(group) if len(group) == 3 else group for group in groups]


def _arc(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The circular arc through three points, as short straight pieces (a straight line if collinear)."""
    (x0, y0), (x1, y1), (x2, y2) = points
    if (
        abs((x1 - x0) * (y2 - y0) - (y1 - y0) * (x2 - x0))
        < 1e-9 * max(1.0, math.hypot(x2 - x0, y2 - y0)) ** 2
    ):
        return [points[0], points[2]]
    arc = QgsCircularString(QgsPoint(x0, y0), QgsPoint(x1, y1), QgsPoint(x2, y2))
    segmented = QgsGeometry(arc.curveToLine())
    return [(point.x(), point.y()) for point in segmented.asPolyline()]


@dataclass(frozen=True)
class VectorLines:
    """A vector field marker (Cartesian): from each point a line to the point moved by the feature's
    ``x_attribute`` and ``y_attribute`` values (y up, as QGIS draws it), ``px_per_value`` CSS px each."""

    x_attribute: str
    y_attribute: str
    px_per_value: float
    stroke: Stroke
    width_px: float

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The feature's vector lines (none where a value is missing)."""
        try:
            dx = float(place.feature.attribute(self.x_attribute) or 0.0)
            dy = float(place.feature.attribute(self.y_attribute) or 0.0)
        except (KeyError, TypeError, ValueError):
            return []
        scale = self.px_per_value * place.unit
        lines = [
            [QgsPointXY(x, y), QgsPointXY(x + dx * scale, y + dy * scale)]
            for x, y in _points_of(geometry)
            if dx or dy
        ]
        if not lines:
            return []
        style = simplestyle(None, 0.0, self.stroke.colour, self.stroke.opacity, self.width_px)
        return [(QgsGeometry.fromMultiPolylineXY(lines), style)]

    def faded(self, factor: float) -> VectorLines:
        """The same lines, ``factor`` times as opaque."""
        return replace(self, stroke=self.stroke.faded(factor))
