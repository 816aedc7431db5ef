"""The one place for Qt/QGIS names that differ between QGIS 3.22 (PyQt5) and QGIS ≥ 3.30 / QGIS 4 (PyQt6).

QGIS moved many enums into scoped ones (``QgsWkbTypes.Type`` → ``Qgis.WkbType``,
``QgsUnitTypes.DistanceMeters`` → ``Qgis.DistanceUnit.Meters``) and QGIS 4 drops the old names.
Every such look-up goes through ``scoped_or_flat`` or ``new_or_old`` here; the rest of the plugin
imports the values (tests/test_portability.py enforces it).
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeatureRenderer,
    QgsGeometry,
    QgsGradientFillSymbolLayer,
    QgsInterpolatedLineColor,
    QgsLayerTreeModelLegendNode,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRandomMarkerFillSymbolLayer,
    QgsRenderContext,
    QgsShapeburstFillSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant


def scoped_or_flat(owner: Any, enum_name: str, member: str, flat_name: str) -> Any:
    """``owner.<enum_name>.<member>`` where this QGIS has the scoped enum, else ``owner.<flat_name>``."""
    scoped = getattr(owner, enum_name, None)
    value = getattr(scoped, member, None) if scoped is not None else None
    return value if value is not None else getattr(owner, flat_name)


def new_or_old(new_enum: str, member: str, old_owner: Any, old_enum: str, old_member: str) -> Any:
    """``Qgis.<new_enum>.<member>`` (QGIS ≥ 3.30 and 4), else ``old_owner.<old_enum>.<old_member>`` (3.22)."""
    enum = getattr(Qgis, new_enum, None)
    value = getattr(enum, member, None) if enum is not None else None
    if value is not None:
        return value
    return getattr(getattr(old_owner, old_enum), old_member)


# -- geometry ------------------------------------------------------------------------------------

#: The WKB type enum: ``Qgis.WkbType`` from QGIS 3.30 on (and in QGIS 4), ``QgsWkbTypes.Type`` before.
WKB_TYPE: Any = getattr(Qgis, "WkbType", None) or QgsWkbTypes.Type


def _geometry_type_values(qgis4_name: str, qgis3_name: str) -> list[Any]:
    """Every spelling of one geometry type that this QGIS knows."""
    values = []
    scoped = getattr(Qgis, "GeometryType", None)
    if scoped is not None and hasattr(scoped, qgis4_name):
        values.append(getattr(scoped, qgis4_name))
    if hasattr(QgsWkbTypes, qgis3_name):
        values.append(getattr(QgsWkbTypes, qgis3_name))
    return values


_GEOMETRY_KINDS = (
    ("point", _geometry_type_values("Point", "PointGeometry")),
    ("line", _geometry_type_values("Line", "LineGeometry")),
    ("polygon", _geometry_type_values("Polygon", "PolygonGeometry")),
)


def geometry_kind(layer: QgsVectorLayer) -> str | None:
    """``"point"``, ``"line"`` or ``"polygon"`` for the layer's geometry type; None for tables."""
    geometry_type = layer.geometryType()
    for kind, values in _GEOMETRY_KINDS:
        if any(geometry_type == value for value in values):
            return kind
    return None


def reverse_transform_direction() -> Any:
    """``Qgis.TransformDirection.Reverse`` on QGIS 4, ``QgsCoordinateTransform.ReverseTransform`` on 3.22."""
    scoped = getattr(Qgis, "TransformDirection", None)
    if scoped is not None and hasattr(scoped, "Reverse"):
        return scoped.Reverse
    return QgsCoordinateTransform.ReverseTransform


def metres_unit() -> Any:
    """``Qgis.DistanceUnit.Meters`` (QGIS ≥ 3.30 and 4), ``QgsUnitTypes.DistanceMeters`` on 3.22."""
    scoped = getattr(Qgis, "DistanceUnit", None)
    return scoped.Meters if scoped is not None else QgsUnitTypes.DistanceMeters


# -- writing layers ------------------------------------------------------------------------------


def field_type(name: str) -> Any:
    """A field's Qt type by name (``"LongLong"``): from QVariant on PyQt5, QMetaType.Type on PyQt6."""
    return getattr(QVariant, name) if hasattr(QVariant, name) else getattr(QMetaType.Type, name)


def on_existing_file(member: str) -> Any:
    """``QgsVectorFileWriter.ActionOnExistingFile.<member>``, scoped or flat."""
    return scoped_or_flat(QgsVectorFileWriter, "ActionOnExistingFile", member, member)


# -- symbology -----------------------------------------------------------------------------------


def render_unit(member: str) -> Any:
    """``Qgis.RenderUnit.<member>`` (QGIS ≥ 3.30 and 4) or ``QgsUnitTypes.Render<member>`` (3.22)."""
    scoped = getattr(getattr(Qgis, "RenderUnit", None), member, None)
    return scoped if scoped is not None else getattr(QgsUnitTypes, "Render" + member)


#: The circle marker shape (``Qgis.MarkerShape.Circle`` from QGIS 3.24 on).
CIRCLE_SHAPE: Any = (
    getattr(getattr(Qgis, "MarkerShape", None), "Circle", None) or QgsSimpleMarkerSymbolLayer.Circle
)


#: GEOS's mitre join for offset curves (``Qgis.JoinStyle`` from 3.22 on, ``QgsGeometry.JoinStyle`` before).
MITRE_JOIN: Any = new_or_old("JoinStyle", "Miter", QgsGeometry, "JoinStyle", "JoinStyleMiter")
#: GEOS's flat end cap for buffers (``Qgis.EndCapStyle`` from 3.22 on, ``QgsGeometry.EndCapStyle`` before).
FLAT_CAP: Any = new_or_old("EndCapStyle", "Flat", QgsGeometry, "EndCapStyle", "CapFlat")

#: Symbol types (``Qgis.SymbolType`` from QGIS 3.20 on, ``QgsSymbol.SymbolType`` before).
MARKER_SYMBOL: Any = new_or_old("SymbolType", "Marker", QgsSymbol, "SymbolType", "Marker")
LINE_SYMBOL: Any = new_or_old("SymbolType", "Line", QgsSymbol, "SymbolType", "Line")
FILL_SYMBOL: Any = new_or_old("SymbolType", "Fill", QgsSymbol, "SymbolType", "Fill")

#: Filled marker shapes (``Qgis.MarkerShape`` from QGIS 3.24 on).
SQUARE_SHAPE: Any = (
    getattr(getattr(Qgis, "MarkerShape", None), "Square", None) or QgsSimpleMarkerSymbolLayer.Square
)
DIAMOND_SHAPE: Any = (
    getattr(getattr(Qgis, "MarkerShape", None), "Diamond", None) or QgsSimpleMarkerSymbolLayer.Diamond
)
TRIANGLE_SHAPE: Any = (
    getattr(getattr(Qgis, "MarkerShape", None), "Triangle", None) or QgsSimpleMarkerSymbolLayer.Triangle
)

#: Render context flag for anti-aliasing (``Qgis.RenderContextFlag`` from QGIS 3.22 with scoped enums).
RENDER_ANTIALIASING: Any = (
    getattr(getattr(Qgis, "RenderContextFlag", None), "Antialiasing", None) or QgsRenderContext.Antialiasing
)


#: "Two colours" (not a colour ramp) for gradient and shapeburst fills (``Qgis.GradientColorSource``, 3.24+).
GRADIENT_TWO_COLOURS: Any = new_or_old(
    "GradientColorSource", "SimpleTwoColor", QgsGradientFillSymbolLayer, "GradientColorType", "SimpleTwoColor"
)
SHAPEBURST_TWO_COLOURS: Any = new_or_old(
    "GradientColorSource",
    "SimpleTwoColor",
    QgsShapeburstFillSymbolLayer,
    "ShapeburstColorType",
    "SimpleTwoColor",
)
#: A linear gradient on the feature's bounding box, padded beyond its ends (``Qgis.Gradient*``, 3.24+).
LINEAR_GRADIENT: Any = new_or_old(
    "GradientType", "Linear", QgsGradientFillSymbolLayer, "GradientType", "Linear"
)
GRADIENT_ON_FEATURE: Any = new_or_old(
    "SymbolCoordinateReference", "Feature", QgsGradientFillSymbolLayer, "GradientCoordinateMode", "Feature"
)
GRADIENT_PAD: Any = new_or_old("GradientSpread", "Pad", QgsGradientFillSymbolLayer, "GradientSpread", "Pad")
#: Random marker fills counting markers per area (``Qgis.PointCountMethod``, 3.24+).
DENSITY_BASED_COUNT: Any = new_or_old(
    "PointCountMethod", "DensityBased", QgsRandomMarkerFillSymbolLayer, "CountMethod", "DensityBasedCount"
)


def marker_line_at_interval(symbol_layer: Any) -> bool:
    """Whether a marker or hashed line repeats its markers at a fixed interval.

    QGIS ≥ 3.24 has placement flags (``placements()``, ``Qgis.MarkerLinePlacement``), 3.22 one placement.
    """
    placements = getattr(symbol_layer, "placements", None)
    interval = getattr(getattr(Qgis, "MarkerLinePlacement", None), "Interval", None)
    if placements is not None and interval is not None:
        return bool(placements() & interval)
    return symbol_layer.placement() == type(symbol_layer).Interval


def symbol_layer_property(member: str) -> Any:
    """A ``QgsSymbolLayer`` data-defined property key, e.g. ``symbol_layer_property("FillColor")``."""
    return scoped_or_flat(QgsSymbolLayer, "Property", member, "Property" + member)


def symbol_property(member: str) -> Any:
    """A ``QgsSymbol`` data-defined property key, e.g. ``symbol_property("Opacity")``."""
    return scoped_or_flat(QgsSymbol, "Property", member, "Property" + member)


def single_colour_method() -> Any:
    """The interpolated line's "single colour" method (a scoped enum member on QGIS 4)."""
    return scoped_or_flat(QgsInterpolatedLineColor, "ColoringMethod", "SingleColor", "SingleColor")


#: The renderer capability "more symbols per feature" (``QgsFeatureRenderer.Capability`` on QGIS 4).
MORE_SYMBOLS_PER_FEATURE: Any = scoped_or_flat(
    QgsFeatureRenderer, "Capability", "MoreSymbolsPerFeature", "MoreSymbolsPerFeature"
)


def legend_node_role(name: str) -> Any:
    """A legend node data role such as ``"RuleKeyRole"``: flat on QGIS 3.22, ``CustomRole.RuleKey`` on 4."""
    return scoped_or_flat(QgsLayerTreeModelLegendNode, "CustomRole", name.replace("Role", ""), name)


# -- Processing ----------------------------------------------------------------------------------

ANY_MAP_LAYER: Any = new_or_old(
    "ProcessingSourceType", "MapLayer", QgsProcessing, "SourceType", "TypeMapLayer"
)
INTEGER: Any = new_or_old(
    "ProcessingNumberParameterType", "Integer", QgsProcessingParameterNumber, "Type", "Integer"
)
FILE: Any = new_or_old(
    "ProcessingFileParameterBehavior", "File", QgsProcessingParameterFile, "Behavior", "File"
)
ADVANCED: Any = new_or_old(
    "ProcessingParameterFlag", "Advanced", QgsProcessingParameterDefinition, "Flag", "FlagAdvanced"
)
