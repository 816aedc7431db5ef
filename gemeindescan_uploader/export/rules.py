"""Which symbols a rule-based renderer draws for a feature, with QGIS's own ELSE and scale semantics.

QGIS 3.22's ``symbolsForFeature`` adds every ELSE rule's symbol whether or not another rule matched, and
``legendKeysForFeature`` lets an ELSE rule fire when the only matching rule is hidden at the map scale, so
neither tells exactly what the map shows. QGIS's drawing code (``Rule::renderFeature``) does: a rule whose
filter matches draws its symbol if it is checked and visible at the scale; a matching rule that is switched
off or out of scale still counts as "matched", so its ELSE siblings stay quiet. This module walks the
cloned renderer's rules the same way, asking each rule's own ``isFilterOK`` and ``isScaleOK``.
"""

from __future__ import annotations

from qgis.core import QgsFeature, QgsRenderContext, QgsRuleBasedRenderer, QgsSymbol

_RENDERED, _INACTIVE, _FILTERED = "rendered", "inactive", "filtered"


class RuleWalker:
    """Symbols a rule-based renderer draws for a feature, in drawing order (later ones on top)."""

    def __init__(self, renderer: QgsRuleBasedRenderer, scale: float) -> None:
        self._root = renderer.rootRule()
        self._scale = scale

    def symbols_for(self, feature: QgsFeature, context: QgsRenderContext) -> list[QgsSymbol]:
        """The symbols QGIS draws ``feature`` with; empty when it is not drawn."""
        symbols: list[QgsSymbol] = []
        self._visit(self._root, True, feature, context, symbols)
        return symbols

    def _visit(
        self, rule, started: bool, feature: QgsFeature, context: QgsRenderContext, symbols: list[QgsSymbol]
    ) -> str:
        if not rule.isFilterOK(feature, context):
            return _FILTERED
        # QGIS only starts (and so only draws) checked rules visible at the scale, below started parents.
        started = started and rule.active() and (rule is self._root or rule.isScaleOK(self._scale))
        symbol = rule.symbol()
        rendered = False
        if symbol is not None and started:
            symbols.append(symbol)
            rendered = True
        matched = False
        children = rule.children()
        for child in children:
            if not child.isElse():
                result = self._visit(child, started, feature, context, symbols)
                matched = matched or result in (_RENDERED, _INACTIVE)
                rendered = rendered or result == _RENDERED
        if not matched:
            for child in children:
                if child.isElse():
                    result = self._visit(child, started, feature, context, symbols)
                    matched = matched or result in (_RENDERED, _INACTIVE)
                    rendered = rendered or result == _RENDERED
        if not rule.active() or (symbol is not None and not rendered) or (matched and not rendered):
            return _INACTIVE
        return _RENDERED if rendered else _FILTERED
