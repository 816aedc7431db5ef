"""Per-feature styles from the layer's own renderer: the symbol QGIS draws, as viewer style properties.

The renderer decides (single, categorized incl. "all other values" and NULL, graduated with QGIS's class
breaks, rule-based with nested rules/ELSE/scale ranges, and any other renderer): a clone of it is started
at the export scale and asked for each feature's symbol (``symbolForFeature``, or ``symbolsForFeature``
for renderers that may give several). Rule-based renderers are walked rule by rule with QGIS's drawing
semantics (see ``rules.py``, 3.22's ``symbolsForFeature`` mishandles ELSE rules). When a feature gets
several symbols (several rules match), they are drawn in rule order, so later symbols lie on top: their
looks are layered the same way as symbol layers (a visible fill or stroke of a later symbol replaces an
earlier one), rather than picking one symbol.
"""

from __future__ import annotations

from typing import Any, Callable

from qgis.core import QgsFeature, QgsFeatureRenderer, QgsFeatureRequest, QgsVectorLayer

from .. import messages
from ..errors import UnsupportedLayer
from ..messages import Message
from ..qgis_compat import MORE_SYMBOLS_PER_FEATURE, geometry_kind
from .attributes import type_id
from .context import CSS_PIXEL_MM, ExportContext
from .dashes import DASH_PATTERN, symbol_has_dashes
from .marks import MARKS_KEY, MarkSet
from .rules import RuleWalker
from .symbol_style import (
    Evaluator,
    Look,
    Swatch,
    swatch,
    symbol_has_data_defined,
    symbol_look,
    symbol_makes_marks,
)
from .units import DEFAULT_MARKER_MM, export_render_context, radius_metres

# Renderers whose symbols are owned by the renderer and live from startRender to stopRender, so a
# symbol's identity can key the style cache. Others may hand out temporary symbols per feature.
_STABLE_SYMBOL_RENDERERS = {
    "singleSymbol",
    "categorizedSymbol",
    "graduatedSymbol",
    "RuleRenderer",
    "nullSymbol",
    "pointDisplacement",
    "pointCluster",
    "invertedPolygonRenderer",
    "25dRenderer",
}

INVERTED = Message(messages.APPROX_INVERTED)

# Qt type ids of the fields whose value alone can pick a category's symbol: whole numbers and text.
# QGIS matches categories by the value's text, which for these types is one text per Python value.
_CLASS_FIELD_TYPES = frozenset({2, 3, 4, 5, 10})  # int, uint, long long, unsigned long long, QString
# Class values remembered with their style; a field with a different value per feature must not make
# this grow without end.
_VALUE_CACHE_SIZE = 65536
_MISSING = object()


def style_properties(swatch_: Swatch, kind: str, context: ExportContext) -> dict[str, Any]:
    """Feature properties for the viewer: simplestyle for lines/polygons, L.Circle options for points."""
    if kind == "point":
        diameter_px = swatch_.size if swatch_.size is not None else DEFAULT_MARKER_MM / CSS_PIXEL_MM
        return {
            "radius": round(radius_metres(diameter_px, context, swatch_.size_on_ground), 3),
            "color": swatch_.stroke,
            "weight": swatch_.stroke_width,
            "opacity": swatch_.stroke_opacity,
            "fillColor": swatch_.fill,
            "fillOpacity": swatch_.fill_opacity,
        }
    properties = {
        "fill": swatch_.fill,
        "fill-opacity": swatch_.fill_opacity,
        "stroke": swatch_.stroke,
        "stroke-opacity": swatch_.stroke_opacity,
        "stroke-width": swatch_.stroke_width,
    }
    if swatch_.dashes is not None:  # for the feature writer, which cuts the line and drops the key
        properties[DASH_PATTERN] = swatch_.dashes
    return properties


def _with_marks(style: dict, marks: tuple, fallback: dict) -> dict:
    """``style`` carrying its marks for the marks writer, with the flat style to use if they cannot be
    drawn (see marks.py)."""
    style[MARKS_KEY] = MarkSet(marks, fallback)
    return style


class LayerStyler:
    """Gives each feature the style properties of the symbol QGIS draws it with."""

    def __init__(self, layer: QgsVectorLayer, context: ExportContext) -> None:
        kind = geometry_kind(layer)
        renderer = layer.renderer()
        if kind is None or renderer is None:
            raise UnsupportedLayer(
                Message(messages.LAYER_NOTHING_TO_DRAW, layer=layer.name()),
                detail=f"geometry type {layer.geometryType()!r}, renderer {renderer!r}",
            )
        self._layer = layer
        self._context = context
        self._kind = kind
        self._fields = layer.fields()
        self._layer_opacity = layer.opacity()
        self._renderer: QgsFeatureRenderer = renderer.clone()
        self._render_context = export_render_context(context, layer)
        if hasattr(self._renderer, "referenceScale"):
            # Symbols scale with the map when the layer has a reference scale (QGIS ≥ 3.22).
            self._render_context.setSymbologyReferenceScale(self._renderer.referenceScale())
        self._static_evaluator = Evaluator(self._render_context, None)
        self._feature_evaluator = Evaluator(self._render_context, self._render_context.expressionContext())
        # Symbol layers drawn elsewhere than the feature become marks (see marks.py); only layers whose
        # symbols have such layers pay for it.
        self._marked = self._renderer.type() != "invertedPolygonRenderer" and any(
            symbol_makes_marks(symbol, kind) for symbol in self._renderer.symbols(self._render_context)
        )
        self._static_evaluator.draws_marks = self._feature_evaluator.draws_marks = self._marked
        if self._marked and kind == "polygon":
            origin = context.viewer_origin
            self._static_evaluator.viewer_origin = self._feature_evaluator.viewer_origin = origin
        # Line layers draw dashes as dash pieces (see dashes.py); only they pay for it.
        self._dashed = kind == "line" and any(
            symbol_has_dashes(symbol) for symbol in self._renderer.symbols(self._render_context)
        )
        self._static_evaluator.draws_dashes = self._feature_evaluator.draws_dashes = self._dashed
        # An inverted polygon renderer paints around the polygons (see inverted.py).
        self._inverted = self._renderer.type() == "invertedPolygonRenderer"
        self._many_symbols = bool(self._renderer.capabilities() & MORE_SYMBOLS_PER_FEATURE)
        self._rules = (
            RuleWalker(self._renderer, context.scale) if self._renderer.type() == "RuleRenderer" else None
        )
        self._cacheable = self._renderer.type() in _STABLE_SYMBOL_RENDERERS
        # symbol wrapper id (or tuple of ids) -> (wrapper(s) kept alive so ids stay unique,
        # style, or None when data-defined)
        self._cache: dict[Any, tuple[Any, dict | None]] = {}
        # A categorized renderer on a plain field with no data-defined symbol: the class value decides
        # the style, so it is looked up by that value instead of asking the renderer for every feature.
        self._class_index = self._value_keyed_field()
        self._by_value: dict[tuple, dict | None] = {}
        self._started = False

    def _value_keyed_field(self) -> int:
        """Index of the field whose value alone decides each feature's style, or -1."""
        renderer = self._renderer
        # Marks are laid out with the feature in the expression context: they ask the renderer each time.
        if renderer.type() != "categorizedSymbol" or self._many_symbols or self._marked:
            return -1
        index = self._fields.lookupField(renderer.classAttribute())  # as the renderer finds its field
        if index < 0 or type_id(self._fields.at(index).type()) not in _CLASS_FIELD_TYPES:
            return -1  # an expression, or values whose text QGIS makes differently from Python
        if any(symbol_has_data_defined(symbol) for symbol in renderer.symbols(self._render_context)):
            return -1
        return index

    @property
    def geometry_kind(self) -> str:
        """``"point"``, ``"line"`` or ``"polygon"``: which style properties the features get."""
        return self._kind

    def required_fields(self) -> set[str]:
        """Attribute names the renderer, its rules and the data-defined overrides read."""
        names = set(self._renderer.usedAttributes(self._render_context))
        field_names = set(self._fields.names())
        if QgsFeatureRequest.ALL_ATTRIBUTES in names:
            return field_names
        return names & field_names

    def __enter__(self) -> LayerStyler:
        """Start the cloned renderer at the export scale."""
        self._renderer.startRender(self._render_context, self._fields)
        self._started = True
        return self

    def __exit__(self, *exc: object) -> None:
        """Stop the renderer and forget the cached styles (their symbols die with the render)."""
        if self._started:
            self._renderer.stopRender(self._render_context)
            self._started = False
        self._cache.clear()
        self._by_value.clear()

    def rendering_passes(self) -> list[int]:
        """The symbol levels QGIS draws one after the other (empty when the layer does not use them)."""
        if not self._renderer.usingSymbolLevels():
            return []
        symbols = self._renderer.symbols(self._render_context)
        return sorted(
            {
                symbol.symbolLayer(index).renderingPass()
                for symbol in symbols
                for index in range(symbol.symbolLayerCount())
            }
        )

    def style_for(self, feature: QgsFeature, rendering_pass: int | None = None) -> dict | None:
        """The feature's style properties (of one symbol level only, if given), or None when QGIS would
        not draw it."""
        style = self._style_for(feature, rendering_pass)
        return dict(style) if style is not None else None

    def shared_style_for(
        self, feature: QgsFeature, values: list, rendering_pass: int | None = None
    ) -> dict | None:
        """``style_for`` of a feature whose attributes are ``values``; features drawn alike may get the
        same dict: read it, never change it."""
        if self._class_index >= 0:
            value = values[self._class_index]
            if type(value) is int or type(value) is str:  # NULL and the like go the long way
                key = (value, rendering_pass)
                style = self._by_value.get(key, _MISSING)
                if style is _MISSING:
                    if len(self._by_value) >= _VALUE_CACHE_SIZE:
                        self._by_value.clear()
                    style = self._by_value[key] = self._style_for(feature, rendering_pass)
                return style
        return self._style_for(feature, rendering_pass)

    def _style_for(self, feature: QgsFeature, rendering_pass: int | None) -> dict | None:
        """The feature's style; a cached one is handed out as it is."""
        self._static_evaluator.rendering_pass = self._feature_evaluator.rendering_pass = rendering_pass
        render_context = self._render_context
        render_context.expressionContext().setFeature(feature)
        if self._many_symbols:
            if self._rules is not None:
                symbols = self._rules.symbols_for(feature, render_context)
            else:
                symbols = self._renderer.symbolsForFeature(feature, render_context)
            if not symbols:
                return None
            if len(symbols) > 1:
                return self._style_of_many(symbols, rendering_pass)
            symbol = symbols[0]
        else:
            symbol = self._renderer.symbolForFeature(feature, render_context)
            if symbol is None:
                return None
        if not self._cacheable:
            return self._symbol_style(symbol, self._feature_evaluator)
        key = (id(symbol), rendering_pass)
        cached = self._cache.get(key)
        if cached is None:
            static = None
            if not symbol_has_data_defined(symbol):
                static = self._symbol_style(symbol, self._static_evaluator)
            cached = self._cache[key] = (symbol, static)
        if cached[1] is not None:
            return cached[1]
        return self._symbol_style(symbol, self._feature_evaluator)

    def _symbol_style(self, symbol, evaluator: Evaluator) -> dict:
        """The style of one symbol."""
        if not self._marked:  # the plain path: no closure per feature
            return self._style(symbol_look(symbol, evaluator))
        return self._marked_style(lambda: self._style(symbol_look(symbol, evaluator)), evaluator)

    def _marked_style(self, make: Callable[[], dict], evaluator: Evaluator) -> dict:
        """``make()``'s style; when it has marks, with the flat style (marks off) as their fallback."""
        style = make()
        if not self._marked:
            return style
        marks = style.pop(MARKS_KEY, None)
        if not marks:
            return style
        # The fallback's own report lines (e.g. "offsets ignored") apply only if it is used, which the
        # marks writer reports then.
        noted = set(evaluator.approximations)
        evaluator.draws_marks = False
        try:
            fallback = make()
        finally:
            evaluator.draws_marks = True
            evaluator.approximations.intersection_update(noted)
        return _with_marks(style, marks, fallback)

    def _style_of_many(self, symbols: list, rendering_pass: int | None) -> dict:
        """Several symbols drawn in order: later ones lie on top."""
        key = (tuple(id(symbol) for symbol in symbols), rendering_pass)
        cached = self._cache.get(key) if self._cacheable else None
        if cached is None:
            static = None
            if self._cacheable and not any(symbol_has_data_defined(symbol) for symbol in symbols):
                static = self._layered(symbols, self._static_evaluator)
                self._cache[key] = (list(symbols), static)
        else:
            static = cached[1]
        if static is not None:
            return static
        return self._layered(symbols, self._feature_evaluator)

    def _layered(self, symbols: list, evaluator: Evaluator) -> dict:
        """Style of symbols drawn one over the other."""

        def make() -> dict:
            look = Look()
            for symbol in symbols:
                look = symbol_look(symbol, evaluator).over(look)
            return self._style(look)

        return self._marked_style(make, evaluator)

    def _style(self, look: Look) -> dict:
        """Style properties of a look for this layer (its marks, if any, under MARKS_KEY)."""
        swatch_ = swatch(look, self._kind, self._layer_opacity)
        properties = style_properties(swatch_, self._kind, self._context)
        if swatch_.marks:
            properties[MARKS_KEY] = swatch_.marks
        return properties

    @property
    def marked(self) -> bool:
        """Whether some feature may get marks in its style (key ``MARKS_KEY``, see marks.py)."""
        return self._marked

    @property
    def expression_context(self):
        """The layer's expression context, set to the feature last styled."""
        return self._render_context.expressionContext()

    @property
    def dashed(self) -> bool:
        """Whether some feature may get a dash pattern in its style (key ``DASH_PATTERN``)."""
        return self._dashed

    def note_approximation(self, text: str) -> None:
        """Add a line to what the export report says the viewer cannot draw for this layer."""
        self._static_evaluator.approximations.add(text)

    @property
    def inverted(self) -> bool:
        """Whether the layer is drawn by an inverted polygon renderer (the map around its polygons)."""
        return self._inverted

    @property
    def approximations(self) -> list[str]:
        """What QGIS draws for this layer that the viewer cannot (for the export report), sorted."""
        notes = self._static_evaluator.approximations | self._feature_evaluator.approximations
        if self._inverted:
            notes.add(INVERTED)
        return sorted(notes)
