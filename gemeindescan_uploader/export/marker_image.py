"""What an image marker (SVG, raster image, font glyph) looks like: its average colour and how much it covers.

The viewer can only draw a disc. A disc in the marker's fill colour the size of the marker's square paints
far more than QGIS does (an SVG pin, a star glyph or a round picture cover part of their square) and in a
colour the marker may not even have. So the marker is rendered once with QGIS, in its own colours, and the
disc gets the average colour of the painted pixels and the area they cover.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

from qgis.core import (
    QgsApplication,
    QgsGeometry,
    QgsMarkerSymbol,
    QgsPropertyCollection,
    QgsRectangle,
    QgsRenderContext,
    QgsSymbolLayer,
)
from qgis.PyQt.QtCore import QPointF, QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter, QTransform

from ..qgis_compat import RENDER_ANTIALIASING, render_unit

# The marker's square is drawn SAMPLE_PX wide, in an image three times as wide: glyphs and SVGs with
# another aspect ratio overflow their nominal square.
SAMPLE_PX = 48
_IMAGE_PX = 3 * SAMPLE_PX
# A pixel counts as painted from half the marker's own opacity on: anti-aliased edges then even out, and
# a marker drawn at 40 % opacity still covers its area (at 40 %).
_PAINTED_SHARE = 0.5
# Distinct marker renderings remembered (data-defined markers may differ per feature).
_CACHE_SIZE = 256
_cache: dict[tuple, Optional[MarkerInk]] = {}


@dataclass(frozen=True)
class MarkerInk:
    """The painted part of a marker: average colour, its opacity, and the share of the square covered."""

    colour: QColor
    opacity: float
    coverage: float

    def disc_diameter(self, size_px: float) -> float:
        """Diameter of the disc with the painted area of a ``size_px`` marker (same area, same ink)."""
        return size_px * math.sqrt(4.0 * self.coverage / math.pi)


def marker_ink(
    symbol_layer: QgsSymbolLayer,
    size_px: float,
    stroke_px: float = 0.0,
    fill: Optional[QColor] = None,
    stroke: Optional[QColor] = None,
) -> Optional[MarkerInk]:
    """Render the marker layer alone, its size scaled to SAMPLE_PX, and measure its ink (None: nothing drawn).

    ``fill``/``stroke`` are the colours already evaluated for the feature (data-defined), ``stroke_px``
    its outline width in the same pixels as ``size_px``.
    """
    if size_px <= 0:
        return None
    key = (
        symbol_layer.layerType(),
        repr(sorted(symbol_layer.properties().items())),
        round(stroke_px / size_px, 4),
        _rgba(fill),
        _rgba(stroke),
    )
    if key in _cache:
        return _cache[key]
    layer = _sample_layer(symbol_layer, size_px, stroke_px, fill, stroke)
    ink = _measure(_render(layer))
    _remember(key, ink)
    return ink


def _sample_layer(
    symbol_layer: QgsSymbolLayer,
    size_px: float,
    stroke_px: float,
    fill: Optional[QColor],
    stroke: Optional[QColor],
) -> QgsSymbolLayer:
    """A copy of the marker layer drawn SAMPLE_PX wide, in the feature's evaluated colours, unmoved."""
    layer = symbol_layer.clone()
    # Data-defined values were evaluated by the caller; without a feature they must not apply here.
    layer.setDataDefinedProperties(QgsPropertyCollection())
    layer.setSize(SAMPLE_PX)
    layer.setSizeUnit(render_unit("Pixels"))
    layer.setOffset(QPointF(0, 0))
    if hasattr(layer, "setStrokeWidth"):
        layer.setStrokeWidth(stroke_px * SAMPLE_PX / size_px)
        layer.setStrokeWidthUnit(render_unit("Pixels"))
    if fill is not None:
        # A font glyph is painted in color(); SVG markers take fillColor().
        if layer.layerType() == "FontMarker":
            layer.setColor(fill)
        else:
            layer.setFillColor(fill)
    if stroke is not None and hasattr(layer, "setStrokeColor"):
        layer.setStrokeColor(stroke)
    return layer


def svg_tile_ink(path: str, fill: QColor, stroke: QColor, stroke_width: float) -> Optional[MarkerInk]:
    """The ink of one SVG fill tile (None: the SVG cannot be drawn)."""
    key = ("svg-tile", path, _rgba(fill), _rgba(stroke), round(stroke_width, 4))
    if key not in _cache:
        image, _ = QgsApplication.svgCache().svgAsImage(path, SAMPLE_PX, fill, stroke, stroke_width, 1.0)
        _remember(key, _measure(_centred(image)) if image is not None and not image.isNull() else None)
    return _cache[key]


@dataclass(frozen=True)
class TileOutline:
    """One SVG fill tile traced: its patches (units of the tile's width around its centre, y up) and
    its height in tile widths."""

    patches: tuple[InkPatch, ...]
    aspect: float


def svg_tile_outline(
    path: str, fill: QColor, stroke: QColor, stroke_px: float, tile_px: float
) -> Optional[TileOutline]:
    """One SVG fill tile traced into polygons, one per dominant colour (None: the SVG cannot be drawn or
    paints nothing); ``stroke_px`` and ``tile_px`` in the pixels the fill is drawn in."""
    # QGIS draws the tile into an image of whole pixels and repeats it: traced at that size, the
    # anti-aliased stroke keeps the lighter colour QGIS blends it to (a 0.8 px stroke drawn 48 px wide
    # would come out as a band of full stroke colour). Larger tiles are traced SAMPLE_PX wide.
    size = max(1, min(int(tile_px), SAMPLE_PX))
    width = stroke_px * size / tile_px if tile_px > 0 else stroke_px
    key = ("svg-tile-outline", path, _rgba(fill), _rgba(stroke), round(width, 4), size)
    if key not in _cache:
        image, _ = QgsApplication.svgCache().svgAsImage(path, size, fill, stroke, width, 1.0)
        outline = None
        if image is not None and not image.isNull() and image.width() > 0:
            centred = _centred(image)
            centre = (
                _tile_origin(image.width()) + image.width() / 2.0,
                _tile_origin(image.height()) + image.height() / 2.0,
            )
            patches = _trace(centred, image.width(), centre)
            outline = TileOutline(patches, image.height() / image.width()) if patches else None
        _remember(key, outline)
    return _cache[key]


def image_ink(path: str, opacity: float) -> Optional[MarkerInk]:
    """The ink of one raster fill tile at ``opacity`` (None: the image cannot be read)."""
    key = ("image-tile", path, round(opacity, 4))
    if key not in _cache:
        image, _ = QgsApplication.imageCache().pathAsImage(path, QSize(SAMPLE_PX, SAMPLE_PX), True, opacity)
        _remember(key, _measure(_centred(image)) if image is not None and not image.isNull() else None)
    return _cache[key]


def _centred(tile: QImage) -> QImage:
    """``tile`` (at most SAMPLE_PX square) in the middle of a transparent measuring image."""
    image = QImage(_IMAGE_PX, _IMAGE_PX, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    try:
        painter.drawImage(_tile_origin(tile.width()), _tile_origin(tile.height()), tile)
    finally:
        painter.end()
    return image


def _tile_origin(extent: int) -> int:
    """Where a tile ``extent`` pixels long starts in the measuring image (whole pixels, so none blur)."""
    return (_IMAGE_PX - extent) // 2


def _remember(key: tuple, ink: Optional[MarkerInk]) -> None:
    if len(_cache) >= _CACHE_SIZE:
        _cache.clear()
    _cache[key] = ink


def _rgba(colour: Optional[QColor]) -> Optional[int]:
    return colour.rgba() if colour is not None else None


def _render(layer: QgsSymbolLayer) -> QImage:
    """The marker drawn at the centre of a transparent image."""
    symbol = QgsMarkerSymbol()
    symbol.deleteSymbolLayer(0)
    symbol.appendSymbolLayer(layer)  # takes ownership (the list constructor does not)
    image = QImage(_IMAGE_PX, _IMAGE_PX, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    try:
        context = QgsRenderContext.fromQPainter(painter)
        context.setFlag(RENDER_ANTIALIASING, True)
        symbol.startRender(context)
        symbol.renderPoint(QPointF(_IMAGE_PX / 2.0, _IMAGE_PX / 2.0), None, context)
        symbol.stopRender(context)
    finally:
        painter.end()
    return image


def _measure(image: QImage) -> Optional[MarkerInk]:
    """Average colour (alpha-weighted), ink opacity over the painted pixels, their share of the square."""
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    data = bytes(bits)
    # Format_ARGB32_Premultiplied is stored as B, G, R, A bytes on little- and as A, R, G, B on big-endian.
    alphas = data[3::4] if _little_endian() else data[0::4]
    total_alpha = sum(alphas)
    if total_alpha == 0:
        return None
    if _little_endian():
        blue, green, red = sum(data[0::4]), sum(data[1::4]), sum(data[2::4])
    else:
        red, green, blue = sum(data[1::4]), sum(data[2::4]), sum(data[3::4])
    threshold = max(1, _PAINTED_SHARE * max(alphas))
    painted = [alpha for alpha in alphas if alpha >= threshold]
    # Premultiplied channels: the alpha-weighted average colour is the channel sum over the alpha sum.
    colour = QColor(*(min(255, round(255 * channel / total_alpha)) for channel in (red, green, blue)))
    # All the ink spread evenly over the painted pixels, so the disc carries as much ink as the marker.
    opacity = min(1.0, total_alpha / (255.0 * len(painted)))
    return MarkerInk(colour, opacity, len(painted) / float(SAMPLE_PX * SAMPLE_PX))


def _little_endian() -> bool:
    import sys

    return sys.byteorder == "little"


@dataclass(frozen=True)
class InkPatch:
    """The painted pixels of one colour of a rendered marker, as polygons.

    ``wkb``: a (Multi)Polygon in units of the marker's size, centred on the marker's anchor, y up.
    """

    wkb: bytes
    colour: QColor
    opacity: float


# A rendered marker is traced into at most this many colours (each its own polygon); the other colours'
# pixels join the nearest of them. Colours are told apart after rounding each channel to 8 levels; one
# covering 3 % of the painted pixels is kept (a pin's highlight, a shadow's faint rim at its opacity).
MAX_TRACED_COLOURS = 4
_MIN_COLOUR_SHARE = 0.03
_QUANTUM = 32
_TRACED_SHARE = 0.10


def marker_outline(
    symbol_layer: QgsSymbolLayer,
    size_px: float,
    stroke_px: float = 0.0,
    fill: Optional[QColor] = None,
    stroke: Optional[QColor] = None,
) -> tuple[InkPatch, ...]:
    """Render the marker layer alone (as ``marker_ink``) and trace its painted pixels into polygons, one
    per dominant colour (empty: nothing painted)."""
    if size_px <= 0:
        return ()
    key = (
        "outline",
        symbol_layer.layerType(),
        repr(sorted(symbol_layer.properties().items())),
        round(stroke_px / size_px, 4),
        _rgba(fill),
        _rgba(stroke),
    )
    if key not in _cache:
        image = _render(_sample_layer(symbol_layer, size_px, stroke_px, fill, stroke))
        centre = _IMAGE_PX / 2.0
        _remember(key, _trace(image, SAMPLE_PX, (centre, centre)))
    return _cache[key]


def _trace(image: QImage, unit_px: float, centre: tuple[float, float]) -> tuple[InkPatch, ...]:
    """The painted pixels of ``image`` grouped by dominant colour, each group as polygons in units of
    ``unit_px`` around ``centre`` (image pixels)."""
    pixels = _painted_pixels(image)
    if not pixels:
        return ()
    bins: dict[tuple[int, ...], int] = {}
    for _, _, rgb, alpha_value in pixels:
        # Opacity counts as a fourth channel: a half-transparent shadow is not the grey beside it.
        quantised = tuple(channel // _QUANTUM for channel in (*rgb, alpha_value))
        bins[quantised] = bins.get(quantised, 0) + 1
    ranked = sorted(bins.items(), key=lambda item: -item[1])
    chosen = [
        colour for colour, count in ranked[:MAX_TRACED_COLOURS] if count >= _MIN_COLOUR_SHARE * len(pixels)
    ]
    chosen = chosen or [ranked[0][0]]
    centres = [tuple((channel + 0.5) * _QUANTUM for channel in colour) for colour in chosen]
    groups: list[list] = [[] for _ in chosen]
    for pixel in pixels:
        rgba = (*pixel[2], pixel[3])
        nearest = min(
            range(len(centres)), key=lambda index: sum((a - b) ** 2 for a, b in zip(rgba, centres[index]))
        )
        groups[nearest].append(pixel)
    patches = (_patch(group, unit_px, centre) for group in groups if group)
    return tuple(patch for patch in patches if patch is not None)


def _painted_pixels(image: QImage) -> list[tuple[int, int, tuple[int, int, int], int]]:
    """(column, row, un-premultiplied rgb, alpha) of each pixel painted from a tenth of the top opacity
    on: a soft shadow's rim counts, the faintest anti-aliased edge does not."""
    bits = image.constBits()
    bits.setsize(image.sizeInBytes())
    data = bytes(bits)
    little = _little_endian()
    alphas = data[3::4] if little else data[0::4]
    top = max(alphas)
    if top == 0:
        return []
    threshold = max(1, _TRACED_SHARE * top)
    width = image.width()
    pixels = []
    for index, alpha_value in enumerate(alphas):
        if alpha_value < threshold:
            continue
        offset = 4 * index
        if little:
            blue, green, red = data[offset], data[offset + 1], data[offset + 2]
        else:
            red, green, blue = data[offset + 1], data[offset + 2], data[offset + 3]
        rgb = tuple(min(255, round(255 * channel / alpha_value)) for channel in (red, green, blue))
        pixels.append((index % width, index // width, rgb, alpha_value))
    return pixels


def _patch(pixels: list, unit_px: float, centre: tuple[float, float]) -> Optional[InkPatch]:
    """One colour's pixels as polygons (runs of pixels per row, merged), with their average colour."""
    total_alpha = sum(pixel[3] for pixel in pixels)
    colour = QColor(
        *(round(sum(pixel[2][channel] * pixel[3] for pixel in pixels) / total_alpha) for channel in range(3))
    )
    rows: dict[int, list[int]] = {}
    for column, row, _, _ in pixels:
        rows.setdefault(row, []).append(column)
    boxes = []
    for row, columns in rows.items():
        columns.sort()
        start = previous = columns[0]
        for column in columns[1:] + [None]:
            if column is not None and column == previous + 1:
                previous = column
                continue
            boxes.append(QgsGeometry.fromRect(QgsRectangle(start, row, previous + 1, row + 1)))
            if column is not None:
                start = previous = column
    # Pixel squares joined, only points on straight runs dropped: smoothing each colour's steps apart
    # would open slivers between neighbouring colours (the pieces tile the marker exactly).
    shape = QgsGeometry.unaryUnion(boxes).simplify(0.01)
    if shape.isEmpty():
        return None
    # Image pixels (y down) to units of the marker's size around its anchor (y up).
    shape.transform(
        QTransform(1.0 / unit_px, 0.0, 0.0, -1.0 / unit_px, -centre[0] / unit_px, centre[1] / unit_px)
    )
    opacity = min(1.0, total_alpha / (255.0 * len(pixels)))
    return InkPatch(bytes(shape.asWkb()), colour, opacity)
