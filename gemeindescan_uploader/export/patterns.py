"""Pattern fills as geometry: the hatch lines and dot grids QGIS paints inside a polygon.

QGIS 3.22 paints line and point pattern fills with a texture brush: one tile of whole pixels, repeated
from the polygon's bounding box at its left and bottom edges, each rounded to a whole pixel (measured:
moving a polygon moves its pattern, moving the map by less than half a pixel does not). Qt's hatch
brushes (the simple fill's line styles) are 8 × 8 px tiles repeated from the map's top-left corner.
Both are laid out here in Leaflet's world pixels at the viewer's zoom (x east, y south; the viewer's
pixels are whole numbers there), so a line or dot lands on the viewer's pixel where QGIS paints it on a
map of the same extent and pixel size. ``WorldPixels`` converts from and to Web Mercator.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Union

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QTransform

from ..qgis_compat import WKB_TYPE
from .context import MERCATOR_HALF_WORLD_M

# QGIS gives up on a texture tile larger than this (px, with its margin of one tile on each side).
_MAX_TILE_PX = 10000
# Qt's hatch brushes: 1-px lines in an 8 × 8 px tile (qbrush.cpp), measured on QGIS's map image:
# horizontal lines on pixel row 3, vertical ones on column 4, "/" through pixels with x + y = 7 and "\"
# through pixels with x = y (mod 8).
QT_BRUSH_TILE_PX = 8
_QT_ROW, _QT_COLUMN = 3.5, 4.5  # centre lines of the painted row and column
# A 1-px staircase paints 1/8 of the tile; a smooth line 1 px wide across it paints 1/8 × √2: drawn
# 1/√2 px wide it carries the same ink.
_QT_DIAGONAL_WIDTH = 1 / math.sqrt(2)
_POLYGON = QgsWkbTypes.geometryType(WKB_TYPE.Polygon)
_LINE = QgsWkbTypes.geometryType(WKB_TYPE.LineString)
# The viewer (Leaflet, smoothFactor 1) drops a ring's corners within 1 px of the corner before: strips
# and discs narrower than this are drawn as stroked lines, whose two ends it keeps.
THIN_LINE_PX = 2.0
# Segments per quarter circle where an inward buffer rounds a polygon's inner corners.
_BUFFER_SEGMENTS = 4
# Discs are drawn as regular polygons of this many corners, with the disc's area.
DISC_CORNERS = 12


@dataclass(frozen=True)
class Hatch:
    """Parallel lines ``width`` px wide; their centre lines are the points p (px from the pattern's
    anchor) with ``normal · p = phase + k × spacing`` for whole k."""

    normal: tuple[float, float]
    spacing: float
    phase: float
    width: float


@dataclass(frozen=True)
class DotGrid:
    """Dot centres at ``positions`` (px from a tile's corner), in tiles of ``tile`` whole px repeated
    from the pattern's anchor."""

    tile: tuple[int, int]
    positions: tuple[tuple[float, float], ...]


Pattern = Union[Hatch, DotGrid]


class WorldPixels:
    """Web Mercator metres to Leaflet's world pixels and back (y grows southwards), at the zoom where a
    pixel is ``metres_per_px`` Mercator metres."""

    def __init__(self, metres_per_px: float) -> None:
        self.metres_per_px = metres_per_px
        scale = 1.0 / self.metres_per_px
        offset = MERCATOR_HALF_WORLD_M * scale
        self._to_px = QTransform(scale, 0.0, 0.0, -scale, offset, offset)
        self._to_mercator = QTransform(
            self.metres_per_px, 0.0, 0.0, -self.metres_per_px, -MERCATOR_HALF_WORLD_M, MERCATOR_HALF_WORLD_M
        )

    def to_px(self, mercator: QgsGeometry) -> QgsGeometry:
        """A copy of a Web Mercator geometry in world pixels."""
        geometry = QgsGeometry(mercator)
        geometry.transform(self._to_px)
        return geometry

    def to_mercator(self, pixels: QgsGeometry) -> QgsGeometry:
        """A copy of a world-pixel geometry in Web Mercator metres."""
        geometry = QgsGeometry(pixels)
        geometry.transform(self._to_mercator)
        return geometry


def _near(angle: float, target: float) -> bool:
    return abs(angle - target) < 1e-9


def _round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def line_pattern_hatch(
    distance_px: float, angle_deg: float, offset_px: float, width_px: float
) -> Optional[Hatch]:
    """The lines of a QGIS line pattern fill as its 3.22 texture paints them (None: it paints none).

    The tile is whole pixels: a slanted line's tile is distance / cos(angle) high and distance /
    sin(angle) wide, truncated, with the lines from corner to corner, so the angle and spacing drawn are
    those of the truncated tile (e.g. 7.56 px at 45° gives a 10 × 10 tile: lines 7.07 px apart). The
    offset moves the lines across themselves, for slanted lines by whole pixels of the tile's height.
    """
    if distance_px <= 0:
        return None
    angle = math.fmod(angle_deg, 360.0)
    if angle < 0:
        angle += 360.0
    offset = math.fmod(offset_px, distance_px)
    if offset > distance_px / 2.0:
        offset -= distance_px
    if _near(angle, 0.0) or _near(angle, 180.0) or _near(angle, 360.0):
        return _straight_hatch((0.0, 1.0), int(distance_px), offset, width_px)
    if _near(angle, 90.0) or _near(angle, 270.0):
        return _straight_hatch((1.0, 0.0), int(distance_px), offset, width_px)
    # C++ int conversion truncates towards zero, as int() does.
    height = int(distance_px / math.cos(math.radians(angle)))
    width = int(distance_px / math.sin(math.radians(angle)))
    if height == 0 or width == 0 or 3 * max(abs(height), abs(width)) > _MAX_TILE_PX:
        return None
    drawn = math.atan2(height, width)  # the angle of the tile's diagonal
    height, width = abs(height), abs(width)
    offset = _round_half_up(offset / math.cos(drawn)) * math.cos(drawn) if offset else 0.0
    diagonal = math.hypot(width, height)
    # Lines x/W + y/H = k (rising to the right on screen, y down) or x/W - y/H = k (falling).
    rising = angle < 90.0 or 180.0 < angle < 270.0
    normal = (height / diagonal, (width if rising else -width) / diagonal)
    # QGIS moves every line by the offset towards -(sin a, cos a) of the drawn angle (y down).
    shift = (-offset * math.sin(drawn), -offset * math.cos(drawn))
    phase = normal[0] * shift[0] + normal[1] * shift[1]
    return Hatch(normal, width * height / diagonal, phase, width_px)


def _straight_hatch(
    normal: tuple[float, float], spacing: int, offset: float, width: float
) -> Optional[Hatch]:
    """Horizontal or vertical lines every ``spacing`` whole px, moved down or right by ``offset``."""
    if spacing <= 0 or 3 * spacing > _MAX_TILE_PX:
        return None
    return Hatch(normal, float(spacing), offset, width)


_DIAGONAL = 1 / math.sqrt(2)
QT_BRUSH_HATCHES: dict[object, tuple[Hatch, ...]] = {
    Qt.BrushStyle.HorPattern: (Hatch((0.0, 1.0), QT_BRUSH_TILE_PX, _QT_ROW, 1.0),),
    Qt.BrushStyle.VerPattern: (Hatch((1.0, 0.0), QT_BRUSH_TILE_PX, _QT_COLUMN, 1.0),),
    Qt.BrushStyle.CrossPattern: (
        Hatch((0.0, 1.0), QT_BRUSH_TILE_PX, _QT_ROW, 1.0),
        Hatch((1.0, 0.0), QT_BRUSH_TILE_PX, _QT_COLUMN, 1.0),
    ),
    # Pixel centres (x + ½, y + ½) with x + y = 7 (mod 8) lie on x + y = 0 (mod 8); with x = y on x - y = 0.
    Qt.BrushStyle.BDiagPattern: (
        Hatch((_DIAGONAL, _DIAGONAL), QT_BRUSH_TILE_PX * _DIAGONAL, 0.0, _QT_DIAGONAL_WIDTH),
    ),
    Qt.BrushStyle.FDiagPattern: (
        Hatch((_DIAGONAL, -_DIAGONAL), QT_BRUSH_TILE_PX * _DIAGONAL, 0.0, _QT_DIAGONAL_WIDTH),
    ),
    Qt.BrushStyle.DiagCrossPattern: (
        Hatch((_DIAGONAL, _DIAGONAL), QT_BRUSH_TILE_PX * _DIAGONAL, 0.0, _QT_DIAGONAL_WIDTH),
        Hatch((_DIAGONAL, -_DIAGONAL), QT_BRUSH_TILE_PX * _DIAGONAL, 0.0, _QT_DIAGONAL_WIDTH),
    ),
}


def point_pattern_grid(
    distance_x: float,
    distance_y: float,
    displacement_x: float = 0.0,
    displacement_y: float = 0.0,
    offset_x: float = 0.0,
    offset_y: float = 0.0,
) -> Optional[DotGrid]:
    """The markers of a QGIS point pattern fill (all in px) as its 3.22 texture places them (None: none).

    The tile is two distances wide and high, truncated to whole pixels; its markers sit at its corner,
    half a (untruncated) tile across, and displaced by the displacements, all moved by the offsets.
    """
    width, height = 2.0 * distance_x, 2.0 * distance_y
    if int(width) <= 0 or int(height) <= 0 or width > _MAX_TILE_PX or height > _MAX_TILE_PX:
        return None
    dx, dy = math.fmod(offset_x, width), math.fmod(offset_y, height)
    corners = (
        (0.0, 0.0),
        (displacement_x, height / 2.0),
        (width / 2.0, -displacement_y),
        (width / 2.0 + displacement_x, height / 2.0 - displacement_y),
    )
    return DotGrid((int(width), int(height)), tuple((x + dx, y + dy) for x, y in corners))


def texture_anchor(bounding_box: QgsRectangle) -> tuple[float, float]:
    """Where QGIS starts a polygon's texture tiles: its box's left and bottom edges, to whole px."""
    return float(_round_half_up(bounding_box.xMinimum())), float(_round_half_up(bounding_box.yMaximum()))


def hatch_count(bounding_box: QgsRectangle, hatch: Hatch) -> int:
    """How many lines of ``hatch`` cross ``bounding_box`` (px) at most."""
    low, high = _across(bounding_box, hatch, (0.0, 0.0))
    return max(0, int((high - low) / hatch.spacing) + 2)


def dot_count(bounding_box: QgsRectangle, grid: DotGrid) -> int:
    """About how many dots of ``grid`` fall in ``bounding_box`` (px)."""
    tiles = (bounding_box.width() / grid.tile[0] + 1) * (bounding_box.height() / grid.tile[1] + 1)
    return int(tiles * len(grid.positions)) + 1


def _across(box: QgsRectangle, hatch: Hatch, anchor: tuple[float, float]) -> tuple[float, float]:
    """The range of ``normal · (p - anchor)`` over the corners of ``box``."""
    nx, ny = hatch.normal
    values = [
        nx * (x - anchor[0]) + ny * (y - anchor[1])
        for x in (box.xMinimum(), box.xMaximum())
        for y in (box.yMinimum(), box.yMaximum())
    ]
    return min(values), max(values)


def hatch_strips(polygon: QgsGeometry, hatch: Hatch, anchor: tuple[float, float]) -> QgsGeometry:
    """The lines of ``hatch`` inside ``polygon`` (world px) as strips ``hatch.width`` wide.

    Strips end exactly at the polygon's edge, as QGIS's texture does. Lines as wide as their spacing fill
    the polygon. The viewer drops a ring's corners closer than 1 px to the one before (Leaflet's
    smoothFactor), so strips narrower than THIN_LINE_PX are drawn with ``hatch_lines`` instead.
    """
    if hatch.width >= hatch.spacing:
        return QgsGeometry(polygon)
    # Half the width across the line, on each side of its centre line.
    across_x, across_y = hatch.normal[0] * hatch.width / 2.0, hatch.normal[1] * hatch.width / 2.0
    strips = []
    for (x0, y0), (x1, y1) in _centre_lines(polygon.boundingBox(), hatch, anchor):
        corners = [(x0 + across_x, y0 + across_y), (x1 + across_x, y1 + across_y)]
        corners += [(x1 - across_x, y1 - across_y), (x0 - across_x, y0 - across_y), corners[0]]
        strips.append([[QgsPointXY(x, y) for x, y in corners]])
    if not strips:
        return QgsGeometry()
    return _of_type(QgsGeometry.fromMultiPolygonXY(strips).intersection(polygon), _POLYGON)


def hatch_lines(polygon: QgsGeometry, hatch: Hatch, anchor: tuple[float, float]) -> QgsGeometry:
    """The centre lines of ``hatch`` inside ``polygon`` (world px), each shortened by half the line width
    at both ends: the round caps the viewer strokes them with end at the polygon's edge."""
    lines = [
        [QgsPointXY(*start), QgsPointXY(*end)]
        for start, end in _centre_lines(polygon.boundingBox(), hatch, anchor)
    ]
    if not lines:
        return QgsGeometry()
    clipped = _of_type(QgsGeometry.fromMultiPolylineXY(lines).intersection(polygon), _LINE)
    half = hatch.width / 2.0
    pieces = []
    for part in clipped.asGeometryCollection() if not clipped.isNull() else []:
        for line in part.asMultiPolyline() if part.isMultipart() else [part.asPolyline()]:
            start, end = line[0], line[-1]
            length = start.distance(end)
            if length <= hatch.width:
                continue  # a sliver at a corner, narrower than the line is wide
            share = half / length
            pieces.append(
                [
                    QgsPointXY(
                        start.x() + (end.x() - start.x()) * share, start.y() + (end.y() - start.y()) * share
                    ),
                    QgsPointXY(
                        end.x() - (end.x() - start.x()) * share, end.y() - (end.y() - start.y()) * share
                    ),
                ]
            )
    return QgsGeometry.fromMultiPolylineXY(pieces) if pieces else QgsGeometry()


def _centre_lines(
    box: QgsRectangle, hatch: Hatch, anchor: tuple[float, float]
) -> list[tuple[tuple[float, float], tuple[float, float]]]:
    """The centre lines of ``hatch`` that may touch ``box`` (ends beyond it), as (start, end) points."""
    low, high = _across(box, hatch, anchor)
    half_width = hatch.width / 2.0
    first = math.ceil((low - half_width - hatch.phase) / hatch.spacing)
    last = math.floor((high + half_width - hatch.phase) / hatch.spacing)
    nx, ny = hatch.normal
    along = (-ny, nx)
    centre = box.center()
    reach = math.hypot(box.width(), box.height()) / 2.0 + hatch.width
    lines = []
    for k in range(first, last + 1):
        across = hatch.phase + k * hatch.spacing
        # The point of the line nearest to the box's centre, and the line through the box around it.
        foot_x, foot_y = anchor[0] + nx * across, anchor[1] + ny * across
        t = (centre.x() - foot_x) * along[0] + (centre.y() - foot_y) * along[1]
        mid_x, mid_y = foot_x + along[0] * t, foot_y + along[1] * t
        lines.append(
            (
                (mid_x - along[0] * reach, mid_y - along[1] * reach),
                (mid_x + along[0] * reach, mid_y + along[1] * reach),
            )
        )
    return lines


def grid_dots(
    polygon: QgsGeometry, grid: DotGrid, anchor: tuple[float, float], diameter: float
) -> QgsGeometry:
    """The dots of ``grid`` (discs ``diameter`` px wide) inside ``polygon`` (world px), cut at its edge
    as QGIS's texture is."""
    if diameter <= 0:
        return QgsGeometry()
    box = polygon.boundingBox()
    radius = diameter / 2.0
    tile_w, tile_h = grid.tile
    min_x = min(x for x, _ in grid.positions)
    max_x = max(x for x, _ in grid.positions)
    min_y = min(y for _, y in grid.positions)
    max_y = max(y for _, y in grid.positions)
    first_col = math.floor((box.xMinimum() - radius - max_x - anchor[0]) / tile_w)
    last_col = math.ceil((box.xMaximum() + radius - min_x - anchor[0]) / tile_w)
    first_row = math.floor((box.yMinimum() - radius - max_y - anchor[1]) / tile_h)
    last_row = math.ceil((box.yMaximum() + radius - min_y - anchor[1]) / tile_h)
    discs = []
    for col in range(first_col, last_col + 1):
        for row in range(first_row, last_row + 1):
            for x, y in grid.positions:
                cx, cy = anchor[0] + col * tile_w + x, anchor[1] + row * tile_h + y
                if (
                    box.xMinimum() - radius <= cx <= box.xMaximum() + radius
                    and box.yMinimum() - radius <= cy <= box.yMaximum() + radius
                ):
                    discs.append([disc_ring(cx, cy, radius)])
    if not discs:
        return QgsGeometry()
    return _of_type(QgsGeometry.fromMultiPolygonXY(discs).intersection(polygon), _POLYGON)


def random_dots(
    polygon: QgsGeometry, count: int, seed: int, origin: tuple[float, float], diameter: float, clip: bool
) -> QgsGeometry:
    """The markers of a QGIS random marker fill in ``polygon`` (world px) as discs ``diameter`` px wide.

    QGIS draws them at ``QgsGeometry.randomPointsInPolygon(count, seed)`` of the polygon as it holds it
    while drawing: in the map's pixels, from its top-left corner (``origin``); an invalid polygon
    buffered by 0 first. The same call on the same polygon gives the same points. Markers overlap the
    polygon's edge unless ``clip``.
    """
    if count <= 0 or diameter <= 0:
        return QgsGeometry()
    on_map = QgsGeometry(polygon)
    on_map.transform(QTransform.fromTranslate(-origin[0], -origin[1]))
    if not on_map.isGeosValid():
        on_map = on_map.buffer(0, 0)
    radius = diameter / 2.0
    discs = [
        QgsGeometry.fromPolygonXY([disc_ring(point.x() + origin[0], point.y() + origin[1], radius)])
        for point in on_map.randomPointsInPolygon(count, seed)
    ]
    if not discs:
        return QgsGeometry()
    # Markers may overlap: their union is what they paint.
    dots = QgsGeometry.unaryUnion(discs)
    return _of_type(dots.intersection(polygon), _POLYGON) if clip else dots


def gradient_bands(
    polygon: QgsGeometry,
    start: tuple[float, float],
    end: tuple[float, float],
    steps: int,
    overlap: float = 0.0,
) -> list[tuple[float, QgsGeometry]]:
    """A linear gradient from ``start`` to ``end`` (world px) inside ``polygon`` as ``steps`` bands square
    to it, each with the share of the way (0..1) its colour is taken at: its middle; the padding before
    ``start`` and after ``end`` at 0 and 1 (Qt's pad spread). With ``overlap`` (px) each band reaches that
    far under the next, so that no background shows in the anti-aliased seam between opaque bands."""
    length = math.hypot(end[0] - start[0], end[1] - start[1])
    if length <= 0 or steps < 1:
        return [(0.5, QgsGeometry(polygon))]
    hatch = Hatch(((end[0] - start[0]) / length, (end[1] - start[1]) / length), length, 0.0, 0.0)
    low, high = _across(polygon.boundingBox(), hatch, start)
    spans = [(0.0, low - 1.0, 0.0)] if low < 0 else []
    spans += [((i + 0.5) / steps, length * i / steps, length * (i + 1) / steps) for i in range(steps)]
    if high > length:
        spans.append((1.0, length, high + 1.0))
    bands = []
    for index, (share, near, far) in enumerate(spans):
        if index < len(spans) - 1:
            far += overlap
        band = _of_type(_band(polygon.boundingBox(), hatch, start, near, far).intersection(polygon), _POLYGON)
        if not band.isNull() and not band.isEmpty():
            bands.append((share, band))
    return bands


def _band(
    box: QgsRectangle, hatch: Hatch, anchor: tuple[float, float], near: float, far: float
) -> QgsGeometry:
    """The part of the plane between ``normal · (p - anchor) = near`` and ``= far`` around ``box``."""
    nx, ny = hatch.normal
    along = (-ny, nx)
    centre = box.center()
    reach = math.hypot(box.width(), box.height()) + 1.0
    t = (centre.x() - anchor[0]) * along[0] + (centre.y() - anchor[1]) * along[1]
    corners = [
        QgsPointXY(
            anchor[0] + nx * across + along[0] * (t + side * reach),
            anchor[1] + ny * across + along[1] * (t + side * reach),
        )
        for across, side in ((near, -1), (near, 1), (far, 1), (far, -1), (near, -1))
    ]
    return QgsGeometry.fromPolygonXY([corners])


def shapeburst_bands(
    polygon: QgsGeometry, max_distance: Optional[float], steps: int, nested: bool = True
) -> list[tuple[float, QgsGeometry]]:
    """A shapeburst inside ``polygon`` (world px) as ``steps`` areas, outermost first, each with the share
    (0..1) of the way from the edge to ``max_distance`` (None: the deepest point) its colour is taken at;
    beyond ``max_distance`` the colour at 1. ``nested``: each area reaches to the middle and covers the one
    before where it is drawn over it (no seams between opaque bands); otherwise rings (for see-through
    colours, which must not be painted twice)."""
    if max_distance is None:
        _, max_distance = polygon.poleOfInaccessibility(0.25)
    if max_distance <= 0 or steps < 1:
        return [(0.0, QgsGeometry(polygon))]
    bands = []
    for index in range(steps + 1):
        depth = max_distance * index / steps
        area = QgsGeometry(polygon) if index == 0 else polygon.buffer(-depth, _BUFFER_SEGMENTS)
        if area.isNull() or area.isEmpty():
            break
        bands.append((min(1.0, (index + 0.5) / steps), area))
    if not nested:
        inner = [area for _, area in bands[1:]] + [QgsGeometry()]
        bands = [
            (share, area.difference(next_area) if not next_area.isNull() else area)
            for (share, area), next_area in zip(bands, inner)
        ]
    return bands


def polygon_parts(geometry: QgsGeometry) -> QgsGeometry:
    """The polygons of an intersection (touching edges leave lines and points); empty if none."""
    parts = _of_type(geometry, _POLYGON)
    return parts if not parts.isNull() else QgsGeometry()


def _of_type(geometry: QgsGeometry, kind) -> QgsGeometry:
    """The parts of an intersection of one kind (strips touching the edge leave lines and points)."""
    if geometry.isNull() or geometry.type() == kind:
        return geometry
    parts = [part for part in geometry.asGeometryCollection() if part.type() == kind]
    if not parts:
        return QgsGeometry()
    return QgsGeometry.collectGeometry(parts)


def disc_ring(cx: float, cy: float, radius: float) -> list[QgsPointXY]:
    """A closed regular polygon with the area of the disc of ``radius``: DISC_CORNERS corners, fewer for
    small discs so that corners stay more than 1 px apart (the viewer would drop them)."""
    corners = max(4, min(DISC_CORNERS, int(2 * math.pi * radius / 1.2)))
    step = 2 * math.pi / corners
    # A regular n-gon of circumradius R has the area n/2 R² sin(2π/n): grown to the disc's area.
    grown = radius * math.sqrt(step / math.sin(step))
    ring = [
        QgsPointXY(cx + grown * math.cos(i * step), cy + grown * math.sin(i * step)) for i in range(corners)
    ]
    return ring + [ring[0]]
