"""Pattern fills drawn as marks (see marks.py): a polygon's hatch lines or dot grid as extra geometry.

The polygon feature keeps its outline and any solid fill; the pattern QGIS paints inside it becomes one
piece above it, laid out by patterns.py in the viewer's world pixels and cut at the polygon's edge. A
pattern that would make more than MAX_PATTERN_PIECES strips or dots in one polygon is not drawn: the
feature falls back to the pattern's average colour (``TooManyPieces``, reported).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Optional, Union

from qgis.core import QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtGui import QTransform

from ..qgis_compat import WKB_TYPE
from .marks import MarkPlace, Piece, TooManyPieces, simplestyle
from .patterns import (
    THIN_LINE_PX,
    DotGrid,
    Hatch,
    WorldPixels,
    dot_count,
    gradient_bands,
    grid_dots,
    hatch_count,
    hatch_lines,
    hatch_strips,
    polygon_parts,
    random_dots,
    shapeburst_bands,
    texture_anchor,
)
from .symbol_marks import Stroke

# Strips or dots in one polygon: a fine pattern on a large polygon at a small scale must not fill the file.
MAX_PATTERN_PIECES = 2000
_POLYGON = QgsWkbTypes.geometryType(WKB_TYPE.Polygon)
_INSET_SEGMENTS = 4
# Bands of a gradient or shapeburst: each at least this wide (px), at most this many per polygon.
MIN_BAND_PX = 2.0
MAX_BANDS = 32
# Opaque bands reach this far (px) under the next one: the viewer's anti-aliased seams show no background.
_SEAM_OVERLAP_PX = 0.5


@dataclass(frozen=True)
class PatternMark:
    """A pattern fill drawn inside the polygon: ``pattern``'s strips or dots (``dot_size`` px wide) in
    ``fill``, dots outlined in ``outline``.

    ``view_origin``: the world pixel where the tiles start for Qt's hatch brushes (the viewer map's
    top-left corner); None for QGIS's line and point patterns, which start at the polygon's corner.
    """

    pattern: Union[Hatch, DotGrid]
    fill: Stroke
    outline: Stroke = Stroke("#000000", 0.0)
    outline_width: float = 0.0
    dot_size: float = 0.0
    view_origin: Optional[tuple[float, float]] = None
    # Kept this far (px) inside the polygon's edge: an outline drawn over the pattern covers the rest.
    inset_px: float = 0.0

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The pattern inside ``geometry`` (a polygon in Web Mercator) as one piece (none if empty)."""
        if QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON:
            return []
        world, polygon = _valid_in_world_pixels(geometry, place)
        box = polygon.boundingBox()
        anchor = self.view_origin if self.view_origin is not None else texture_anchor(box)
        polygon = _inset(polygon, self.inset_px)
        if polygon.isEmpty():
            return []
        if isinstance(self.pattern, Hatch):
            if hatch_count(box, self.pattern) > MAX_PATTERN_PIECES:
                raise TooManyPieces
            if self.pattern.width < THIN_LINE_PX:
                return self._lines(hatch_lines(polygon, self.pattern, anchor), world)
            drawn = hatch_strips(polygon, self.pattern, anchor)
        else:
            if dot_count(box, self.pattern) > MAX_PATTERN_PIECES:
                raise TooManyPieces
            drawn = grid_dots(polygon, self.pattern, anchor, self.dot_size)
        if drawn.isNull() or drawn.isEmpty() or QgsWkbTypes.geometryType(drawn.wkbType()) != _POLYGON:
            return []
        return [(world.to_mercator(drawn), _area_style(self.fill, self.outline, self.outline_width))]

    def _lines(self, lines: QgsGeometry, world: WorldPixels) -> list[Piece]:
        """Thin hatch lines as stroked lines in the pattern's colour."""
        if lines.isNull() or lines.isEmpty():
            return []
        style = simplestyle(None, 0.0, self.fill.colour, self.fill.opacity, self.pattern.width)
        return [(world.to_mercator(lines), style)]

    def faded(self, factor: float) -> PatternMark:
        """The same pattern, ``factor`` times as opaque."""
        return replace(self, fill=self.fill.faded(factor), outline=self.outline.faded(factor))

    def under_outline(self, width_px: float) -> PatternMark:
        """The same pattern under an outline ``width_px`` wide: it stops at the outline's inner edge."""
        return replace(self, inset_px=max(self.inset_px, width_px / 2.0))


@dataclass(frozen=True)
class RandomMarkersMark:
    """A random marker fill with a fixed seed: its markers as discs where QGIS draws them.

    ``count`` markers per polygon, or with ``density_px2`` ``count`` per that many px² of it (rounded up);
    laid out on the viewer map's pixels from ``view_origin``, as QGIS lays them on its map's.
    """

    count: int
    seed: int
    fill: Stroke
    outline: Stroke
    outline_width: float
    dot_size: float
    view_origin: tuple[float, float]
    density_px2: Optional[float] = None
    clip: bool = False

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The markers in ``geometry`` (a polygon in Web Mercator) as one piece (none if empty)."""
        if QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON:
            return []
        world = WorldPixels(place.unit)
        polygon = world.to_px(geometry)
        if polygon.isMultipart():
            # QGIS draws a feature's parts as their union.
            polygon = QgsGeometry.unaryUnion(polygon.asGeometryCollection())
        count = self.count
        if self.density_px2 is not None:
            count = (
                max(0, math.ceil(count * polygon.area() / self.density_px2)) if self.density_px2 > 0 else 0
            )
        if count > MAX_PATTERN_PIECES:
            raise TooManyPieces
        drawn = random_dots(polygon, count, self.seed, self.view_origin, self.dot_size, self.clip)
        if drawn.isNull() or drawn.isEmpty():
            return []
        return [(world.to_mercator(drawn), _area_style(self.fill, self.outline, self.outline_width))]

    def faded(self, factor: float) -> RandomMarkersMark:
        """The same markers, ``factor`` times as opaque."""
        return replace(self, fill=self.fill.faded(factor), outline=self.outline.faded(factor))


@dataclass(frozen=True)
class ShadingMark:
    """A gradient or shapeburst fill drawn as bands of its colours.

    ``ramp``: the fill's colours at evenly spaced shares 0..1 (first to last). A linear gradient runs from
    ``start`` to ``end``, given as shares of the polygon's bounding box (x east, y south, as QGIS's
    reference points); without them it is a shapeburst from the edge inwards to ``max_distance_px``
    (None: to the deepest point). ``colour_steps``: how many bands the colours need to change by less
    than the eye tells apart.
    """

    ramp: tuple[Stroke, ...]
    colour_steps: int
    start: Optional[tuple[float, float]] = None
    end: Optional[tuple[float, float]] = None
    max_distance_px: Optional[float] = None
    # Kept this far (px) inside the polygon's edge: an outline drawn over the shading covers the rest.
    inset_px: float = 0.0

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The bands inside ``geometry`` (a polygon in Web Mercator), one piece each, drawn in order."""
        if QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON:
            return []
        world, polygon = _valid_in_world_pixels(geometry, place)
        opaque = all(colour.opacity >= 1.0 for colour in self.ramp)
        if self.start is not None and self.end is not None:
            box = polygon.boundingBox()
            start = (
                box.xMinimum() + self.start[0] * box.width(),
                box.yMinimum() + self.start[1] * box.height(),
            )
            end = (box.xMinimum() + self.end[0] * box.width(), box.yMinimum() + self.end[1] * box.height())
            span = math.hypot(end[0] - start[0], end[1] - start[1])
            overlap = _SEAM_OVERLAP_PX if opaque else 0.0
            bands = gradient_bands(polygon, start, end, self._steps(span), overlap)
        else:
            depth = self.max_distance_px
            span = depth if depth is not None else polygon.poleOfInaccessibility(0.25)[1]
            bands = shapeburst_bands(polygon, depth, self._steps(span), nested=opaque)
        inside = _inset(polygon, self.inset_px)
        pieces = []
        for share, band in bands:
            if self.inset_px > 0:
                band = polygon_parts(band.intersection(inside))
                if band.isEmpty():
                    continue
            colour = self.ramp[round(share * (len(self.ramp) - 1))]
            style = simplestyle(colour.colour, colour.opacity, None, 0.0, 0.0)
            pieces.append((world.to_mercator(band), style))
        return pieces

    def _steps(self, span_px: float) -> int:
        """Bands over ``span_px``: enough for the colours, at least MIN_BAND_PX wide, at most MAX_BANDS."""
        return max(1, min(MAX_BANDS, self.colour_steps, int(span_px / MIN_BAND_PX)))

    def faded(self, factor: float) -> ShadingMark:
        """The same shading, ``factor`` times as opaque."""
        return replace(self, ramp=tuple(colour.faded(factor) for colour in self.ramp))

    def under_outline(self, width_px: float) -> ShadingMark:
        """The same shading under an outline ``width_px`` wide: it stops at the outline's inner edge."""
        return replace(self, inset_px=max(self.inset_px, width_px / 2.0))


@dataclass(frozen=True)
class SvgTilesMark:
    """An SVG fill drawn as its traced tile repeated over the polygon, one piece per colour.

    ``patches``: (WKB in units of the tile's width around its centre, y up; colour) per traced colour.
    QGIS renders the tile into an image of whole pixels (``tile_px`` wide, truncated, and ``aspect`` times
    as high) and repeats it from the polygon's box corner as its other texture fills.
    """

    patches: tuple[tuple[bytes, Stroke], ...]
    tile_px: float
    aspect: float
    inset_px: float = 0.0

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The tiles inside ``geometry`` (a polygon in Web Mercator), one piece per colour."""
        width, height = int(self.tile_px), int(self.tile_px * self.aspect)
        if QgsWkbTypes.geometryType(geometry.wkbType()) != _POLYGON or width < 1 or height < 1:
            return []
        world = WorldPixels(place.unit)
        polygon = world.to_px(geometry)
        if not polygon.isGeosValid():
            polygon = polygon.makeValid()
        box = polygon.boundingBox()
        anchor = texture_anchor(box)
        columns = range(
            math.floor((box.xMinimum() - anchor[0]) / width), math.ceil((box.xMaximum() - anchor[0]) / width)
        )
        rows = range(
            math.floor((box.yMinimum() - anchor[1]) / height),
            math.ceil((box.yMaximum() - anchor[1]) / height),
        )
        if len(columns) * len(rows) > MAX_PATTERN_PIECES:
            raise TooManyPieces
        inside = _inset(polygon, self.inset_px)
        pieces = []
        for wkb, colour in self.patches:
            shape = QgsGeometry()
            shape.fromWkb(wkb)
            tiles = []
            for column in columns:
                for row in rows:
                    tile = QgsGeometry(shape)
                    # Tile units (y up, around the tile's centre) to world pixels (y down).
                    centre_x = anchor[0] + (column + 0.5) * width
                    centre_y = anchor[1] + (row + 0.5) * height
                    tile.transform(QTransform(width, 0.0, 0.0, -width, centre_x, centre_y))
                    tiles.append(tile)
            drawn = polygon_parts(QgsGeometry.unaryUnion(tiles).intersection(inside))
            if not drawn.isEmpty():
                pieces.append((world.to_mercator(drawn), _area_style(colour, colour.faded(0.0), 0.0)))
        return pieces

    def faded(self, factor: float) -> SvgTilesMark:
        """The same tiles, ``factor`` times as opaque."""
        return replace(self, patches=tuple((wkb, colour.faded(factor)) for wkb, colour in self.patches))

    def under_outline(self, width_px: float) -> SvgTilesMark:
        """The same tiles under an outline ``width_px`` wide: they stop at the outline's inner edge."""
        return replace(self, inset_px=max(self.inset_px, width_px / 2.0))


def _valid_in_world_pixels(geometry: QgsGeometry, place: MarkPlace) -> tuple[WorldPixels, QgsGeometry]:
    """The viewer's world pixels at the mark's zoom, and ``geometry`` in them (repaired if invalid)."""
    world = WorldPixels(place.unit)
    polygon = world.to_px(geometry)
    if not polygon.isGeosValid():
        polygon = polygon.makeValid()
    return world, polygon


def _area_style(fill: Stroke, outline: Stroke, outline_width: float) -> dict:
    """Strips or dots filled with ``fill``, outlined only when ``outline_width`` is more than 0."""
    stroke = outline.colour if outline_width > 0 else None
    return simplestyle(fill.colour, fill.opacity, stroke, outline.opacity, outline_width)


def _inset(polygon: QgsGeometry, inset_px: float) -> QgsGeometry:
    """``polygon`` shrunk by ``inset_px`` (itself when 0)."""
    if inset_px <= 0:
        return polygon
    return polygon.buffer(-inset_px, _INSET_SEGMENTS)
