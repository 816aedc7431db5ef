"""Feature geometries as GeoJSON geometry text in WGS 84: cropped or clipped, repaired, flattened, rounded."""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsGeometry,
    QgsRectangle,
    QgsWkbTypes,
)

from ..qgis_compat import WKB_TYPE
from .bounds import WGS84
from .context import ExportContext
from .report import EMPTY_GEOMETRY, NOT_TRANSFORMABLE, OUTSIDE_EXTENT

_WKB = WKB_TYPE
# Geometry types that need no flattening: 2D, without curves. Everything else is normalised first.
_PLAIN_TYPES = frozenset(
    {_WKB.Point, _WKB.LineString, _WKB.Polygon, _WKB.MultiPoint, _WKB.MultiLineString, _WKB.MultiPolygon}
)
_COLLECTION = _WKB.GeometryCollection


class GeometryWriter:
    """Turns the geometries of one layer into GeoJSON geometry text in EPSG:4326.

    Features whose geometry intersects the export extent (touching its edge counts) are kept whole;
    with ``clip`` they are cut to it. Curves are segmentized, Z and M dropped, invalid geometries
    repaired with makeValid (counted in ``repaired``), coordinates rounded to ``precision`` decimals.
    Cropping and clipping happen in the extent's CRS, where the extent is an exact rectangle.
    """

    def __init__(
        self,
        layer_crs: QgsCoordinateReferenceSystem,
        geometry_type: Any,
        context: ExportContext,
        *,
        crop: bool = True,
        clip: bool = False,
        precision: int = 6,
    ) -> None:
        self.precision = int(precision)
        self.repaired = 0
        self._geometry_type = geometry_type
        # ``geometry_type`` is the layer's geometryType(), compared with QgsWkbTypes.geometryType() results.
        self._points = geometry_type == QgsWkbTypes.geometryType(_WKB.Point)
        self._extent = QgsRectangle(context.extent)
        self._crop = crop or clip
        # Points are never cut: a point is either in the extent or not.
        self._clip = clip and not self._points
        same_crs = layer_crs == context.extent_crs
        self._to_extent: Optional[QgsCoordinateTransform] = None
        if self._crop and not same_crs:
            self._to_extent = QgsCoordinateTransform(layer_crs, context.extent_crs, context.transform_context)
        # Clipped geometries are already in the extent's CRS; the others still in the layer's.
        source_crs = context.extent_crs if self._clip and not same_crs else layer_crs
        wgs84 = QgsCoordinateReferenceSystem(WGS84)
        self._to_wgs84: Optional[QgsCoordinateTransform] = None
        if source_crs != wgs84:
            self._to_wgs84 = QgsCoordinateTransform(source_crs, wgs84, context.transform_context)
        self.filter_rect = self._filter_rect(layer_crs, context, same_crs)

    @property
    def reprojects(self) -> bool:
        """Whether geometries go through a transform to WGS 84 (PROJ hands out degrees then)."""
        return self._to_wgs84 is not None

    def request_may_reproject(self, layer_extent: QgsRectangle, layer_wkb_type: Any) -> bool:
        """Whether the feature request may hand out the geometries already in WGS 84 (``geojson_in_wgs84``).

        When no feature needs a crop test (no crop, or the whole layer inside the extent, in the extent's
        CRS, and no clip), the data provider transforms in C++: one Python call per feature less. Not for
        curves: they are segmentized in their own CRS, where the arc's tolerance is in metres.
        """
        if self._to_wgs84 is None or self._clip or QgsWkbTypes.isCurvedType(layer_wkb_type):
            return False
        return not self._crop or (self._to_extent is None and self._extent.contains(layer_extent))

    def geojson_in_wgs84(self, geometry: QgsGeometry) -> tuple[Optional[str], Optional[str]]:
        """``geojson`` for geometries the request already transformed to WGS 84 (nothing to crop)."""
        if geometry.isEmpty():  # a geometry the provider could not transform comes empty too
            return None, EMPTY_GEOMETRY
        geometry = self._plain_and_valid(geometry)
        if geometry is None:
            return None, EMPTY_GEOMETRY
        return geometry.asJson(self.precision), None

    def _filter_rect(self, layer_crs, context: ExportContext, same_crs: bool) -> Optional[QgsRectangle]:
        """The rectangle (layer CRS) the data provider filters with; the exact test follows per feature."""
        if not self._crop:
            return None
        if same_crs:
            return QgsRectangle(self._extent)
        to_layer = QgsCoordinateTransform(context.extent_crs, layer_crs, context.transform_context)
        try:
            rect = to_layer.transformBoundingBox(self._extent)
        except QgsCsException:
            return None  # no pre-filter then; every feature gets the exact test
        # transformBoundingBox samples the edges; a margin keeps features on a bulging edge.
        rect.grow(max(rect.width(), rect.height()) * 0.01)
        return rect

    def geojson(self, geometry: QgsGeometry) -> tuple[Optional[str], Optional[str]]:
        """``(geometry JSON, None)`` for a feature to write, or ``(None, reason)`` for one left out."""
        if geometry.isEmpty():  # also true for a null geometry: one call less per feature
            return None, EMPTY_GEOMETRY
        geometry = self._plain_and_valid(geometry)
        if geometry is None:
            return None, EMPTY_GEOMETRY
        if self._crop:
            if self._to_extent is not None:
                in_extent_crs = QgsGeometry(geometry)
                try:
                    # The abstract geometry's transform: QgsGeometry's returns an enum made per call.
                    in_extent_crs.get().transform(self._to_extent)
                except QgsCsException:
                    return None, NOT_TRANSFORMABLE
            else:
                in_extent_crs = geometry
            extent = self._extent
            bbox = in_extent_crs.boundingBox()
            if not extent.contains(bbox):
                # On the edge or outside: only now pay for the exact (GEOS) test.
                if not extent.intersects(bbox) or not in_extent_crs.intersects(extent):
                    return None, OUTSIDE_EXTENT
                if self._clip:
                    in_extent_crs = self._keep_own_kind(in_extent_crs.clipped(extent))
                    if in_extent_crs.isEmpty():
                        return None, OUTSIDE_EXTENT
            if self._clip:
                geometry = in_extent_crs
        if self._to_wgs84 is not None:
            try:
                geometry.get().transform(self._to_wgs84)
            except QgsCsException:
                return None, NOT_TRANSFORMABLE
        return geometry.asJson(self.precision), None

    def _plain_and_valid(self, geometry: QgsGeometry) -> Optional[QgsGeometry]:
        """``geometry`` flattened and repaired as the viewer needs it; None when nothing is left."""
        if geometry.wkbType() not in _PLAIN_TYPES:
            geometry = self._flatten(geometry)
            if geometry.isEmpty():
                return None
        if not self._points and not geometry.isGeosValid():
            geometry = self._repair(geometry)
            self.repaired += 1
            if geometry.isEmpty():
                return None
        return geometry

    def _flatten(self, geometry: QgsGeometry) -> QgsGeometry:
        """Curves segmentized, Z and M dropped (GeoJSON in the viewer is 2D and straight-edged)."""
        wkb_type = geometry.wkbType()
        if QgsWkbTypes.isCurvedType(wkb_type):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        else:
            geometry = QgsGeometry(geometry)
        inner = geometry.get()
        inner.dropZValue()
        inner.dropMValue()
        if QgsWkbTypes.flatType(geometry.wkbType()) == _COLLECTION:
            geometry = self._keep_own_kind(geometry)
        return geometry

    def _repair(self, geometry: QgsGeometry) -> QgsGeometry:
        """makeValid, keeping only parts of the layer's own kind (a bow-tie polygon stays polygons)."""
        return self._keep_own_kind(geometry.makeValid())

    def _keep_own_kind(self, geometry: QgsGeometry) -> QgsGeometry:
        """Collections reduced to the parts of the layer's geometry type; other types unchanged."""
        if geometry.isNull() or geometry.isEmpty():
            return QgsGeometry()
        if QgsWkbTypes.flatType(geometry.wkbType()) != _COLLECTION:
            if QgsWkbTypes.geometryType(geometry.wkbType()) != self._geometry_type:
                return QgsGeometry()  # e.g. a polygon clipped down to the line it shares with the edge
            return geometry
        if not geometry.convertGeometryCollectionToSubclass(self._geometry_type):
            return QgsGeometry()
        return geometry
