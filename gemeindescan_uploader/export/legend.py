"""The view's legend: one entry per legend item QGIS shows for a layer, in QGIS's order, with its labels.

The items come from the layer's own legend (the nodes QGIS's layer tree shows, including the user's
renamed labels and re-ordered items kept in the project's layer tree). Items QGIS hides at the export scale,
unchecked items (categories or rules switched off, and the children of a switched-off rule) and items that
carry no symbol swatch (data-defined size legends, embedded widgets) are left out. A rule that only groups
children is shown by QGIS as a label without symbol; it becomes an entry with both opacities 0.
"""

from __future__ import annotations

from qgis.core import (
    QgsDefaultVectorLayerLegend,
    QgsLayerTreeLayer,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsSymbolLegendNode,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt

from ..qgis_compat import geometry_kind, legend_node_role
from ..snapshot_format import LEGEND_SHAPES
from .context import ExportContext
from .symbol_style import Evaluator, Look, swatch, symbol_look
from .units import export_render_context

_SHAPE_FOR_KIND = {"point": "circle", "line": "line", "polygon": "square"}
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK_STATE = Qt.ItemDataRole.CheckStateRole
_UNCHECKED = Qt.CheckState.Unchecked


def legend_entries(
    layer: QgsVectorLayer, context: ExportContext, *, primary: bool = True, shape: str | None = None
) -> list[dict]:
    """The legend entries QGIS shows for ``layer`` at the export scale, styled as the features are."""
    kind = geometry_kind(layer) or "polygon"
    if shape is not None and shape not in LEGEND_SHAPES:
        raise ValueError(f"legend shape must be one of {LEGEND_SHAPES}, not {shape!r}")
    shape = shape or _SHAPE_FOR_KIND[kind]
    render_context = export_render_context(context, layer)
    evaluator = Evaluator(render_context, None)

    tree_layer = _tree_layer(layer)
    legend = layer.legend() or QgsDefaultVectorLayerLegend(layer)
    nodes = legend.createLayerTreeModelLegendNodes(tree_layer)
    QgsMapLayerLegendUtils.applyLayerNodeProperties(tree_layer, nodes)

    rule_key_role = legend_node_role("RuleKeyRole")
    parent_key_role = legend_node_role("ParentRuleKeyRole")
    hidden_keys: set[str] = set()
    shown = []
    for node in nodes:
        if not isinstance(node, QgsSymbolLegendNode):
            continue
        key = node.data(rule_key_role)
        parent_key = node.data(parent_key_role)
        if (
            (parent_key and parent_key in hidden_keys)
            or not node.isScaleOK(context.scale)
            or node.data(_CHECK_STATE) in (_UNCHECKED, 0)
        ):  # PyQt6 may hand back the plain int
            if key:
                hidden_keys.add(key)
            continue
        symbol = node.symbol()
        look = symbol_look(symbol, evaluator) if symbol is not None else None
        shown.append((str(node.data(_DISPLAY) or ""), look))

    largest = max((look.size or 0.0 for _, look in shown if look is not None), default=0.0)
    entries = []
    for label, look in shown:
        flat = swatch(look or Look(), kind, layer.opacity())
        visible = look is not None
        size = (look.size or 0.0) / largest if kind == "point" and visible and largest > 0 else 1.0
        entries.append(
            {
                "label": label,
                "size": round(min(1.0, max(0.0, size)), 3),
                "shape": shape,
                "primary": bool(primary),
                "fillColor": flat.fill,
                "fillOpacity": flat.fill_opacity if visible else 0.0,
                "strokeColor": flat.stroke,
                "strokeWidth": flat.stroke_width,
                "strokeOpacity": flat.stroke_opacity if visible else 0.0,
            }
        )
    # The legend nodes point into the tree node: release them before the tree node goes.
    del nodes
    return entries


def _tree_layer(layer: QgsVectorLayer) -> QgsLayerTreeLayer:
    """A fresh layer-tree node carrying the project's legend settings (user labels, item order).

    A fresh node rather than the project's own, so the legend nodes can be made in a QgsTask thread
    without attaching objects to the main thread's layer tree.
    """
    node = QgsLayerTreeLayer(layer)
    root = QgsProject.instance().layerTreeRoot()
    found = root.findLayer(layer.id()) if root is not None else None
    if found is not None:
        for key in found.customProperties():
            if key.startswith("legend/"):
                node.setCustomProperty(key, found.customProperty(key))
    return node
