"""The map view's bounds: the extent in WGS 84 as two Geo URIs, latitude first, south-west then north-east."""

from __future__ import annotations

import math

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException

from .. import messages
from ..errors import ExportError, InvalidInput
from ..messages import Message
from .context import ExportContext

WGS84 = "EPSG:4326"


def wgs84_extent(context: ExportContext):
    """The export extent transformed to EPSG:4326 (the bounding box of the transformed rectangle)."""
    if not context.extent_crs.isValid():
        # A transform from no CRS does nothing: the bounds would be the extent's numbers as degrees.
        raise InvalidInput(Message(messages.EXTENT_WITHOUT_CRS))
    target = QgsCoordinateReferenceSystem(WGS84)
    transform = QgsCoordinateTransform(context.extent_crs, target, context.transform_context)
    try:
        return transform.transformBoundingBox(context.extent)
    except QgsCsException as error:
        raise ExportError(Message(messages.EXTENT_NOT_TRANSFORMABLE), str(error)) from error


def geo_uri(latitude: float, longitude: float, decimals: int) -> str:
    """``geo:lat,lon`` in fixed-point notation (never ``1e-05``), as the schema's pattern wants."""
    return f"geo:{latitude:.{decimals}f},{longitude:.{decimals}f}"


def snapshot_bounds(context: ExportContext, precision: int = 6) -> list[str]:
    """``[south-west, north-east]`` Geo URIs covering the export extent.

    Corners are rounded outwards so that the viewer's initial view contains the whole extent;
    at least one decimal is kept because the schema pattern needs two digits after ``geo:47,``.
    """
    extent = wgs84_extent(context)
    decimals = max(1, int(precision))
    factor = 10**decimals
    # A corner already on the grid must not move by one step because of binary floating point.
    tolerance = 1e-6

    def down(value: float) -> float:
        return math.floor(value * factor + tolerance) / factor

    def up(value: float) -> float:
        return math.ceil(value * factor - tolerance) / factor

    south_west = geo_uri(down(extent.yMinimum()), down(extent.xMinimum()), decimals)
    north_east = geo_uri(up(extent.yMaximum()), up(extent.xMaximum()), decimals)
    return [south_west, north_east]
