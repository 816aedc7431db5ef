"""Marks: what QGIS draws beside, inside or instead of a feature, written as extra geometry.

One feature carries one flat simplestyle, so a symbol layer that paints elsewhere than the feature's own
geometry (an offset line, a marker at a polygon's centroid, the shape of an SVG or font marker) cannot be
shown by the feature. Such a symbol layer gives its ``Look`` a **mark**: an object whose ``pieces``
turn one feature's geometry (in Web Mercator) into extra ``(geometry in Web Mercator, simplestyle dict)``
pieces, sized in CSS px at the zoom the viewer shows the snapshot (``MarkPlace.unit`` Mercator metres per
px, as dashes.py cuts dashes).

Where the pieces go: a separate ``application/geo+json`` resource right after the layer's resource, named
``<layer resource>.marks`` and carrying ``"symbolMarksOf": "<layer resource>"`` (``MARKS_OF`` in
snapshot_format.py). Why not extra features in the layer's own resource:

- point layers are ``simplestyle-extended`` resources, whose features must be Points (``L.Circle``);
  a star or a pin is a polygon, which only a geo+json resource may hold;
- the viewer draws resources in the view's order, so the marks lie above all of the layer's features
  and under the next layer, as QGIS draws a symbol's upper layers over the layer below;
- opening a snapshot in QGIS (``snapshot_import/``) recognises the resource by ``MARKS_OF`` and leaves
  it out: the layer's own features keep their attributes and the round trip gains no stray features;
- the schema lets a resource carry properties of its own (Frictionless), and ``validate_snapshot``
  checks the marks' features like any geo+json feature.

Only layers whose symbols make marks (``LayerStyler.marked``) pay for any of this; the marks resource is
then always written (empty when nothing was drawn). The marks of a layer are bounded
(``MAX_MARK_POSITIONS_PER_LAYER`` coordinates, ``MAX_MARK_POSITIONS_PER_FEATURE`` per feature): a feature
past that gets the flat approximation of before (``MarkSet.fallback``) and the export report says so.
When the first feature's marks times the layer's feature count exceed twice the budget, every feature
is flat (a million points of SVG pins look as before, not a first few thousand pinned).

To add a mark kind: a frozen dataclass with ``pieces(geometry, place) -> list[Piece]`` and
``faded(factor) -> mark`` (symbol and layer opacity), returned in ``Look(marks=(...,))`` by a symbol
layer's handler in symbol_style.py when ``Evaluator.draws_marks`` is set; ``symbol_makes_marks`` there
lists which symbol layers make marks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Callable, Optional, Protocol

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsExpressionContext,
    QgsFeature,
    QgsGeometry,
    QgsWkbTypes,
)

from .. import messages
from ..messages import Message
from ..qgis_compat import WKB_TYPE
from ..snapshot_format import GEOJSON
from ..validation import CheckedFeatures, style_problem
from .colors import opacity
from .context import ExportContext
from .dashes import MERCATOR_METRES_PER_PX_Z0
from .features import position_problem
from .geometry import GeometryWriter

# The style key that carries a feature's marks from the styler to the marks writer, which takes it out.
MARKS_KEY = "symbol-marks"
MARKS_SUFFIX = ".marks"
# A file stays small enough for a browser: past these counts features fall back to their flat look.
MAX_MARK_POSITIONS_PER_LAYER = 300_000
MAX_MARK_POSITIONS_PER_FEATURE = 20_000
MERCATOR = "EPSG:3857"
_STYLE_CACHE_SIZE = 4096

TOO_MANY_MARKS = Message(messages.APPROX_MARKS_TOO_MANY)

#: One extra drawn piece: a geometry in Web Mercator and its simplestyle properties.
Piece = tuple[QgsGeometry, dict]


class TooManyPieces(Exception):
    """A mark would make more pieces than a feature may have: the feature gets its flat look."""


@dataclass
class MarkPlace:
    """What a mark needs to know of the feature it is drawn for."""

    #: Web Mercator metres per CSS px at the viewer's zoom.
    unit: float
    feature: QgsFeature
    #: The layer's expression context with the feature set (for geometry generators).
    expression_context: QgsExpressionContext
    #: Layer CRS → Web Mercator.
    to_mercator: QgsCoordinateTransform


class Mark(Protocol):
    """A symbol layer drawn as extra geometry."""

    def pieces(self, geometry: QgsGeometry, place: MarkPlace) -> list[Piece]:
        """The pieces drawn for a feature of ``geometry`` (Web Mercator)."""

    def faded(self, factor: float) -> Mark:
        """The same mark with every opacity multiplied by ``factor``."""


@dataclass(frozen=True)
class MarkSet:
    """A feature's marks (bottom first) and the style it gets instead when they cannot be drawn."""

    marks: tuple
    fallback: dict


def simplestyle(
    fill: Optional[str], fill_opacity: float, stroke: Optional[str], stroke_opacity: float, width: float
) -> dict:
    """The five simplestyle keys of a piece (a missing colour borrows the other one, invisibly)."""
    fill_colour = fill or stroke or "#000000"
    stroke_colour = stroke or fill_colour
    return {
        "fill": fill_colour,
        "fill-opacity": opacity(fill_opacity if fill else 0.0),
        "stroke": stroke_colour,
        "stroke-opacity": opacity(stroke_opacity if stroke else 0.0),
        "stroke-width": round(max(0.0, width), 3),
    }


def mercator_metres_per_px(context: ExportContext) -> float:
    """Web Mercator metres per CSS px at the zoom the viewer shows the export's bounds."""
    return MERCATOR_METRES_PER_PX_Z0 / 2**context.viewer_zoom


def marks_resource_name(layer_resource: str) -> str:
    """The name of the resource holding the marks of ``layer_resource``."""
    return layer_resource + MARKS_SUFFIX


class LayerMarks:
    """Collects the marks of one layer's features while they are written, for the resource after it."""

    def __init__(self, layer, context: ExportContext, options, note: Callable[[str], None]) -> None:
        self._note = note
        self._unit = mercator_metres_per_px(context)
        mercator = QgsCoordinateReferenceSystem(MERCATOR)
        self._to_mercator = QgsCoordinateTransform(layer.crs, mercator, context.transform_context)
        self._writers = {
            kind: GeometryWriter(
                mercator,
                QgsWkbTypes.geometryType(wkb),
                context,
                crop=options.crop,
                clip=False,
                precision=options.precision,
            )
            for kind, wkb in (("line", WKB_TYPE.LineString), ("polygon", WKB_TYPE.Polygon))
        }
        self._budget = MAX_MARK_POSITIONS_PER_LAYER
        # -1 when the provider cannot count cheaply; used once, to see whether the layer can fit at all.
        self._feature_count = layer.feature_count
        self._estimated = False
        self._features: list[str] = []
        self._styles: dict[tuple, tuple[str, str]] = {}
        self.checked = CheckedFeatures(GEOJSON)

    def styler(self, styler):
        """``styler`` with marks taken out of each style and drawn here (same interface)."""
        return _MarkingStyler(styler, self)

    def text(self) -> str:
        """The marks' features, comma-separated, in drawing order."""
        return ",".join(self._features)

    def take(
        self, style: Optional[dict], feature: QgsFeature, expression_context: QgsExpressionContext
    ) -> Optional[dict]:
        """The style without its marks, which are drawn for ``feature`` (or its flat fallback)."""
        if style is None:
            return None
        mark_set = style.pop(MARKS_KEY, None)
        if mark_set is None:
            return style
        pieces = self._pieces(mark_set.marks, feature, expression_context)
        if pieces is None:
            return dict(mark_set.fallback)
        for geometry, piece_style in pieces:
            self._write(geometry, piece_style)
        return style

    def _pieces(
        self, marks: tuple, feature: QgsFeature, expression_context: QgsExpressionContext
    ) -> Optional[list[Piece]]:
        """The pieces of all marks of ``feature`` (None: too many, draw the flat look instead)."""
        if self._budget <= 0:  # spent: the rest of a large layer costs no more than before
            self._note(TOO_MANY_MARKS)
            return None
        geometry = QgsGeometry(feature.geometry())
        if geometry.isEmpty():
            return []
        try:
            geometry.transform(self._to_mercator)
        except QgsCsException:
            return []
        place = MarkPlace(self._unit, feature, expression_context, self._to_mercator)
        pieces: list[Piece] = []
        try:
            for mark in marks:
                pieces += mark.pieces(geometry, place)
        except TooManyPieces:
            self._note(TOO_MANY_MARKS)
            return None
        positions = sum(piece.constGet().nCoordinates() for piece, _ in pieces)
        if not self._estimated and pieces:
            self._estimated = True
            if positions * self._feature_count > 2 * self._budget:
                # Far more than fits (a large layer): all features flat, rather than a first few marked.
                self._budget = 0
        if positions > MAX_MARK_POSITIONS_PER_FEATURE or positions > self._budget:
            self._note(TOO_MANY_MARKS)
            if positions <= MAX_MARK_POSITIONS_PER_FEATURE:
                self._budget = 0  # the layer's share is used up: the features after this one are flat
            return None
        self._budget -= positions
        return pieces

    def _write(self, geometry: QgsGeometry, style: dict) -> None:
        kind = "polygon" if QgsWkbTypes.geometryType(geometry.wkbType()) == _POLYGON else "line"
        geometry_json, _ = self._writers[kind].geojson(geometry)
        if geometry_json is None:
            return
        key = tuple(style.items())
        encoded = self._styles.get(key)
        if encoded is None:
            if len(self._styles) >= _STYLE_CACHE_SIZE:  # data-defined styles may differ per feature
                self._styles.clear()
            encoded = (json.dumps(style, separators=(",", ":")), style_problem(style, GEOJSON))
            self._styles[key] = encoded
        self.checked.counted(encoded[1] or position_problem(geometry_json))
        self._features.append(f'{{"type":"Feature","properties":{encoded[0]},"geometry":{geometry_json}}}')


_POLYGON = QgsWkbTypes.geometryType(WKB_TYPE.Polygon)


class _MarkingStyler:
    """A layer styler whose styles lose their marks to a ``LayerMarks`` (everything else passes through)."""

    def __init__(self, styler, marks: LayerMarks) -> None:
        self._styler = styler
        self._marks = marks

    def style_for(self, feature: QgsFeature, rendering_pass: Optional[int] = None) -> Optional[dict]:
        """The feature's style; its marks go to the layer's marks."""
        style = self._styler.style_for(feature, rendering_pass)
        return self._marks.take(style, feature, self._styler.expression_context)

    def shared_style_for(
        self, feature: QgsFeature, values: list, rendering_pass: Optional[int] = None
    ) -> Optional[dict]:
        """``style_for`` for the feature writer: a style without marks may be the styler's shared one."""
        style = self._styler.shared_style_for(feature, values, rendering_pass)
        if style is None or MARKS_KEY not in style:
            return style
        # Taking the marks changes the style: a copy, the shared one keeps them for the next feature.
        return self._marks.take(dict(style), feature, self._styler.expression_context)

    def __getattr__(self, name: str):
        return getattr(self._styler, name)
