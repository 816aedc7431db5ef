"""Enum look-ups that differ between QGIS 3.22 (PyQt5) and QGIS 4 (PyQt6)."""

from __future__ import annotations

from typing import Any

from qgis.core import (
    Qgis,
    QgsInterpolatedLineColor,
    QgsSymbol,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsWkbTypes,
)


def _scoped_or_flat(owner: Any, enum_name: str, member: str, flat_prefix: str) -> Any:
    """``owner.Enum.Member`` on QGIS 4, ``owner.PrefixMember`` on QGIS 3.22."""
    scoped = getattr(owner, enum_name, None)
    value = getattr(scoped, member, None) if scoped is not None else None
    return value if value is not None else getattr(owner, flat_prefix + member)


def symbol_layer_property(member: str) -> Any:
    """A ``QgsSymbolLayer`` data-defined property key, e.g. ``symbol_layer_property("FillColor")``."""
    return _scoped_or_flat(QgsSymbolLayer, "Property", member, "Property")


def symbol_property(member: str) -> Any:
    """A ``QgsSymbol`` data-defined property key, e.g. ``symbol_property("Opacity")``."""
    return _scoped_or_flat(QgsSymbol, "Property", member, "Property")


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


def metres_unit() -> Any:
    """``Qgis.DistanceUnit.Meters`` (QGIS ≥ 3.30 and 4), ``QgsUnitTypes.DistanceMeters`` on 3.22."""
    scoped = getattr(Qgis, "DistanceUnit", None)
    return scoped.Meters if scoped is not None else QgsUnitTypes.DistanceMeters


def single_colour_method() -> Any:
    """The interpolated line's "single colour" method (a scoped enum member on QGIS 4)."""
    return _scoped_or_flat(QgsInterpolatedLineColor, "ColoringMethod", "SingleColor", "")
