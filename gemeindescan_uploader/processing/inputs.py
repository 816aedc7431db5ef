"""Turning Processing parameter values into the pipeline's inputs (layers, extent, metadata, options)."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsMapLayer,
    QgsProcessingContext,
    QgsProcessingException,
    QgsRectangle,
)

from ..export.context import ExportContext
from ..export.options import ExportOptions, SnapshotMetadata
from ..translation import Gemeindescan

DEFAULT_TITLE = "Gemeindescan snapshot"  # untranslated: the default title


def export_context_for(
    layers: list[QgsMapLayer],
    extent: QgsRectangle,
    extent_crs: QgsCoordinateReferenceSystem,
    context: QgsProcessingContext,
) -> ExportContext:
    """The export context for the given extent, or for all layers together when the extent is empty."""
    if extent is None or extent.isNull() or extent.isEmpty():
        extent_crs = _default_crs(layers, context)
        extent = combined_extent(layers, extent_crs, context)
    if extent.isNull() or extent.isEmpty():
        raise QgsProcessingException(
            Gemeindescan.tr("The layers have no extent (are they empty?); give a map extent.")
        )
    return ExportContext.for_extent(extent, extent_crs, transform_context=context.transformContext())


def combined_extent(
    layers: list[QgsMapLayer], crs: QgsCoordinateReferenceSystem, context: QgsProcessingContext
) -> QgsRectangle:
    """The rectangle in ``crs`` that holds every layer's extent."""
    combined = QgsRectangle()
    combined.setMinimal()
    for layer in layers:
        extent = layer.extent()
        if extent.isNull():
            continue
        if layer.crs() != crs and layer.crs().isValid():
            transform = QgsCoordinateTransform(layer.crs(), crs, context.transformContext())
            extent = transform.transformBoundingBox(extent)
        combined.combineExtentWith(extent)
    return combined


def snapshot_metadata(
    title: str, description: str = "", keywords: str = "", topic: str = "", bfs_number: int | None = None
) -> SnapshotMetadata:
    """Snapshot metadata from the text parameters; keywords are comma-separated."""
    keyword_list = [word.strip() for word in (keywords or "").split(",") if word.strip()]
    fields = {
        "title": (title or "").strip() or DEFAULT_TITLE,
        "description": (description or "").strip(),
        "keywords": keyword_list,
    }
    if topic:
        fields["topic"] = topic
    if bfs_number:
        fields["bfs_number"] = int(bfs_number)
    return SnapshotMetadata(**fields)


def export_options(crop: bool, clip: bool, precision: int) -> ExportOptions:
    """Export options from the CROP, CLIP and PRECISION parameters."""
    return ExportOptions(crop=bool(crop), clip=bool(clip), precision=int(precision))


def _default_crs(layers: list[QgsMapLayer], context: QgsProcessingContext) -> QgsCoordinateReferenceSystem:
    """The project's CRS when the layers come from a project, otherwise the first layer's."""
    project = context.project()
    # qgis_process runs with an empty project whose CRS is only the default; layers given as files
    # then say better what the map is drawn in.
    if project is not None and project.count() > 0 and project.crs().isValid():
        return project.crs()
    for layer in layers:
        if layer.crs().isValid():
            return layer.crs()
    return QgsCoordinateReferenceSystem("EPSG:4326")
