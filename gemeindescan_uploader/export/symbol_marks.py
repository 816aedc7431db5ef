"""The kinds of marks (see marks.py): offset lines and markers drawn as polygons of their shape.

Sizes are CSS px; a mark's pieces are laid out in Web Mercator, ``place.unit`` metres per px, so they
show as many px wide in the viewer as QGIS paints them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Optional

from qgis.core import QgsExpression, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtGui import QTransform

from ..qgis_compat import CIRCLE_SHAPE, DIAMOND_SHAPE, MITRE_JOIN, SQUARE_SHAPE, TRIANGLE_SHAPE, WKB_TYPE
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
    """

    where: str
    shapes: tuple[MarkerShape, ...]
    all_parts: bool = True
    expression: str = ""

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """Each shape at each of the feature's marker points."""
        pieces = []
        styles = [shape.style() for shape in self.shapes]
        for x, y in self._anchors(geometry, place):
            for shape, style in zip(self.shapes, styles):
                pieces.append((shape.placed(x, y, place.unit), style))
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
        polygons = geometry.asMultiPolygon() if multi else [geometry.asPolygon()]
        return [ring for polygon in polygons for ring in polygon]
    return []
