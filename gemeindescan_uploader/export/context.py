"""The view being exported: extent, its CRS and the map scale at which styles are evaluated."""

from __future__ import annotations

from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDistanceArea,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsScaleCalculator,
)

from ..qgis_compat import metres_unit

# OGC's standardized rendering pixel: 0.28 mm, i.e. 25.4 / 0.28 ≈ 90.7 dots per inch.
OGC_PIXEL_MM = 0.28
OGC_DPI = 25.4 / OGC_PIXEL_MM
# The Gemeindescan viewer's map box: headless exports size styles as if the bounds filled it.
VIEWER_WIDTH_PX = 800


@dataclass
class ExportContext:
    """Where and at which scale the map is exported; shared by the feature, style and legend steps."""

    extent: QgsRectangle
    extent_crs: QgsCoordinateReferenceSystem
    scale: float
    transform_context: QgsCoordinateTransformContext = field(default_factory=QgsCoordinateTransformContext)

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


def viewer_scale(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> float:
    """Scale denominator at which ``extent`` fills VIEWER_WIDTH_PX OGC pixels."""
    if crs.isValid() and crs.isGeographic():
        # QgsScaleCalculator (3.22) underestimates degree extents at Swiss latitudes by about 0.7x;
        # the viewer (Web Mercator) shows the ground distance along the middle parallel.
        scale = ground_width_metres(extent, crs) * 1000.0 / (VIEWER_WIDTH_PX * OGC_PIXEL_MM)
    else:
        units = crs.mapUnits() if crs.isValid() else metres_unit()
        scale = QgsScaleCalculator(OGC_DPI, units).calculate(extent, VIEWER_WIDTH_PX)
    return scale if scale > 0 else 1.0


def ground_width_metres(extent: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> float:
    """Ellipsoidal distance across the middle of ``extent``, west to east, in metres."""
    distance = QgsDistanceArea()
    distance.setSourceCrs(crs, QgsProject.instance().transformContext())
    distance.setEllipsoid("EPSG:7030")  # WGS 84
    middle = extent.center().y()
    return distance.measureLine(QgsPointXY(extent.xMinimum(), middle), QgsPointXY(extent.xMaximum(), middle))
