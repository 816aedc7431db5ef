"""The view being exported: extent, its CRS and the map scale at which styles are evaluated."""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass, field
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsCsException,
    QgsDistanceArea,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsScaleCalculator,
)

from ..qgis_compat import metres_unit

# The viewer draws in CSS pixels of 1/96 inch, as QGIS's canvas does at 96 dpi (OGC's 0.28 mm pixel would
# draw every millimetre 5.5 % short, putting dashes and marker dots out of step with QGIS).
VIEWER_DPI = 96.0
CSS_PIXEL_MM = 25.4 / VIEWER_DPI
# The Gemeindescan viewer's map box (CSS px) assumed for every snapshot: headless exports size styles as
# if the bounds filled its width, and circle radii are sized for the zoom at which the viewer shows them.
VIEWER_WIDTH_PX = 800
VIEWER_HEIGHT_PX = 800
# Leaflet's Web Mercator: a 256 px world at zoom 0, never beyond mapbox.js's default maximum zoom 18.
TILE_PX = 256
VIEWER_MAX_ZOOM = 18
# Leaflet turns an L.Circle's radius in metres into degrees of latitude on its sphere of 6371 km
# (L.CRS.Earth.R), not on the Web Mercator sphere of 6378.137 km.
LEAFLET_EARTH_RADIUS_M = 6371000.0
# Half the Web Mercator world's width (m): π × 6378137, where Leaflet's world pixel 0 lies (x and y).
MERCATOR_HALF_WORLD_M = math.pi * 6378137.0
_WGS84 = "EPSG:4326"


@dataclass
class ExportContext:
    """Where and at which scale the map is exported; shared by the feature, style and legend steps."""

    extent: QgsRectangle
    extent_crs: QgsCoordinateReferenceSystem
    scale: float
    transform_context: QgsCoordinateTransformContext = field(default_factory=QgsCoordinateTransformContext)
    _viewer: Optional[tuple[int, float]] = field(default=None, init=False, repr=False, compare=False)

    @classmethod
    def for_extent(
        cls,
        extent: QgsRectangle,
        extent_crs: QgsCoordinateReferenceSystem,
        scale: float | None = None,
        transform_context: QgsCoordinateTransformContext | None = None,
    ) -> ExportContext:
        """A context for ``extent``; headless (no scale given), the scale at which it fills 800 px."""
        if transform_context is None:
            transform_context = QgsProject.instance().transformContext()
        if scale is None:
            scale = viewer_scale(extent, extent_crs)
        return cls(QgsRectangle(extent), QgsCoordinateReferenceSystem(extent_crs), scale, transform_context)

    @property
    def map_units_per_pixel(self) -> float:
        """Size of one viewer pixel in the extent CRS's units."""
        return self.extent.width() / VIEWER_WIDTH_PX if self.extent.width() > 0 else 1.0

    @property
    def metres_per_millimetre(self) -> float:
        """Ground metres covered by one millimetre on screen at the export scale."""
        return self.scale / 1000.0

    @property
    def viewer_zoom(self) -> int:
        """The whole zoom level at which the viewer shows the extent (see ``viewer_zoom``)."""
        return self._viewer_view()[0]

    @property
    def circle_metres_per_pixel(self) -> float:
        """Metres of an L.Circle radius that the viewer draws one CSS px long at the extent's centre."""
        zoom, latitude = self._viewer_view()
        return 2 * math.pi * LEAFLET_EARTH_RADIUS_M * math.cos(math.radians(latitude)) / (TILE_PX * 2**zoom)

    @property
    def viewer_origin(self) -> tuple[int, int]:
        """The world pixel (at ``viewer_zoom``) of the viewer map's top-left corner."""
        west, south, east, north = wgs84_bounds(self.extent, self.extent_crs, self.transform_context)
        return viewer_pixel_origin(west, south, east, north, self.viewer_zoom)

    def _viewer_view(self) -> tuple[int, float]:
        if self._viewer is None:
            west, south, east, north = wgs84_bounds(self.extent, self.extent_crs, self.transform_context)
            self._viewer = (viewer_zoom(west, south, east, north), (south + north) / 2.0)
        return self._viewer


def viewer_scale(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> float:
    """Scale denominator at which ``extent`` fills VIEWER_WIDTH_PX CSS pixels."""
    if crs.isValid() and crs.isGeographic():
        # QgsScaleCalculator (3.22) underestimates degree extents at Swiss latitudes by about 0.7x;
        # the viewer (Web Mercator) shows the ground distance along the middle parallel.
        scale = ground_width_metres(extent, crs) * 1000.0 / (VIEWER_WIDTH_PX * CSS_PIXEL_MM)
    else:
        units = crs.mapUnits() if crs.isValid() else metres_unit()
        scale = QgsScaleCalculator(VIEWER_DPI, units).calculate(extent, VIEWER_WIDTH_PX)
    return scale if scale > 0 else 1.0


def ground_width_metres(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> float:
    """Ellipsoidal distance across the middle of ``extent``, west to east, in metres."""
    distance = QgsDistanceArea()
    distance.setSourceCrs(crs, QgsProject.instance().transformContext())
    distance.setEllipsoid("EPSG:7030")  # WGS 84
    middle = extent.center().y()
    return distance.measureLine(QgsPointXY(extent.xMinimum(), middle), QgsPointXY(extent.xMaximum(), middle))


def wgs84_bounds(
    extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, transform_context: QgsCoordinateTransformContext
) -> tuple[float, float, float, float]:
    """``extent`` in WGS 84 as (west, south, east, north); unchanged if it cannot be transformed."""
    box = QgsRectangle(extent)
    wgs84 = QgsCoordinateReferenceSystem(_WGS84)
    if crs.isValid() and crs != wgs84:
        with contextlib.suppress(QgsCsException):
            box = QgsCoordinateTransform(crs, wgs84, transform_context).transformBoundingBox(extent)
    return box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()


def viewer_zoom(west: float, south: float, east: float, north: float) -> int:
    """The zoom at which Leaflet's ``fitBounds`` shows these WGS 84 bounds in the viewer's map box.

    Leaflet's ``getBoundsZoom``: the zoom where the bounds just fit, rounded to 2 decimals ("within 1 %
    of a snap level"), then down to a whole level (zoomSnap 1), at most 18.
    """
    width = abs(_mercator_x(east) - _mercator_x(west))
    height = abs(_mercator_y(north) - _mercator_y(south))
    if width <= 0 and height <= 0:
        return VIEWER_MAX_ZOOM
    fits = min(
        VIEWER_WIDTH_PX / width if width > 0 else math.inf,
        VIEWER_HEIGHT_PX / height if height > 0 else math.inf,
    )
    zoom = math.floor(round(math.log2(fits), 2))
    return max(0, min(VIEWER_MAX_ZOOM, zoom))


def viewer_pixel_origin(west: float, south: float, east: float, north: float, zoom: int) -> tuple[int, int]:
    """The world pixel (at ``zoom``) of the viewer map's top-left corner after ``fitBounds``.

    Leaflet centres the bounds' projected middle in the map box and rounds its pixel origin
    (``_getNewPixelOrigin``) to whole pixels, half up as JavaScript's ``Math.round``.
    """
    world = 2**zoom
    middle_x = (_mercator_x(west) + _mercator_x(east)) / 2.0 * world
    # Leaflet's y grows southwards from the world's north edge; _mercator_y northwards from the equator.
    middle_y = TILE_PX * world / 2.0 - (_mercator_y(north) + _mercator_y(south)) / 2.0 * world
    return (
        math.floor(middle_x - VIEWER_WIDTH_PX / 2.0 + 0.5),
        math.floor(middle_y - VIEWER_HEIGHT_PX / 2.0 + 0.5),
    )


def _mercator_x(longitude: float) -> float:
    """Web Mercator x in pixels of the 256 px zoom-0 world."""
    return TILE_PX * (longitude + 180.0) / 360.0


def _mercator_y(latitude: float) -> float:
    """Web Mercator y in pixels of the 256 px zoom-0 world (north up, Leaflet's 85.05° clamp)."""
    latitude = max(-85.0511287798, min(85.0511287798, latitude))
    radians = math.radians(latitude)
    return TILE_PX * math.log(math.tan(math.pi / 4 + radians / 2)) / (2 * math.pi)
