"""GeoJSON geometries as QGIS geometries: read through WKT, Z dropped, invalid ones repaired (qgis.core)."""

from __future__ import annotations

import math
from typing import Any, Optional

from qgis.core import QgsGeometry, QgsWkbTypes

# GeoJSON type -> (geometry kind, nesting depth of its coordinates, WKT keyword)
_TYPES = {
    "Point": ("point", 0, "POINT"),
    "MultiPoint": ("point", 1, "MULTIPOINT"),
    "LineString": ("line", 1, "LINESTRING"),
    "MultiLineString": ("line", 2, "MULTILINESTRING"),
    "Polygon": ("polygon", 2, "POLYGON"),
    "MultiPolygon": ("polygon", 3, "MULTIPOLYGON"),
}


class UnreadableGeometry(ValueError):
    """A GeoJSON geometry that is not one (wrong type, coordinates that are not numbers)."""


def geometry_kind(geometry: Any) -> Optional[str]:
    """``"point"``, ``"line"`` or ``"polygon"`` for a GeoJSON geometry; None for null or unknown ones."""
    if not isinstance(geometry, dict):
        return None
    if geometry.get("type") == "GeometryCollection":
        kinds = {geometry_kind(part) for part in geometry.get("geometries") or []}
        return kinds.pop() if len(kinds) == 1 else None
    entry = _TYPES.get(geometry.get("type"))
    return entry[0] if entry else None


def to_wkt(geometry: dict) -> str:
    """The WKT of a GeoJSON geometry (2D); UnreadableGeometry when it is malformed."""
    kind = geometry.get("type")
    if kind == "GeometryCollection":
        parts = [to_wkt(part) for part in geometry.get("geometries") or []]
        # untranslated: WKT
        return f"GEOMETRYCOLLECTION({','.join(parts)})" if parts else "GEOMETRYCOLLECTION EMPTY"
    if kind not in _TYPES:
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry(f"unknown geometry type {kind!r}")
    _, depth, keyword = _TYPES[kind]
    coordinates = geometry.get("coordinates")
    if coordinates in (None, []):
        return f"{keyword} EMPTY"
    return f"{keyword}{_nested(coordinates, depth)}"


def _nested(coordinates: Any, depth: int) -> str:
    if depth == 0:
        return f"({_position(coordinates)})"
    if not isinstance(coordinates, list) or not coordinates:
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry("coordinates are not a list of positions")
    if depth == 1:
        return "(" + ",".join(_position(position) for position in coordinates) + ")"
    return "(" + ",".join(_nested(part, depth - 1) for part in coordinates) + ")"


def _position(position: Any) -> str:
    if not isinstance(position, list) or len(position) < 2:
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry(f"position {position!r} is not [longitude, latitude]")
    x, y = position[0], position[1]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in (x, y)):
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry(f"position {position!r} is not two numbers")
    # repr keeps every digit of the double: the geometry must come back exactly as it was written.
    return f"{float(x)!r} {float(y)!r}"


def read_geometry(geometry: dict, kind: str) -> tuple[QgsGeometry, bool]:
    """``(QGIS geometry of ``kind``, whether it had to be repaired)``; UnreadableGeometry if malformed."""
    result = QgsGeometry.fromWkt(to_wkt(geometry))
    if result.isNull():
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry("QGIS cannot read the geometry")
    if result.isEmpty() or kind == "point" or result.isGeosValid():
        return result, False
    repaired = result.makeValid()
    parts = [part for part in repaired.asGeometryCollection() if _same_kind(part, kind)]
    if not parts:
        # untranslated: counted in the report, never shown
        raise UnreadableGeometry("invalid, and nothing of it is left after repair")
    return (parts[0] if len(parts) == 1 else QgsGeometry.collectGeometry(parts)), True


def _same_kind(geometry: QgsGeometry, kind: str) -> bool:
    return geometry_kind_of(geometry) == kind


def geometry_kind_of(geometry: QgsGeometry) -> Optional[str]:
    """``"point"``, ``"line"`` or ``"polygon"`` of a QGIS geometry."""
    name = QgsWkbTypes.geometryDisplayString(geometry.type()).lower()
    return name if name in ("point", "line", "polygon") else None
