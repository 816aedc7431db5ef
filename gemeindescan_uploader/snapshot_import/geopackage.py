"""Layer plans written into one GeoPackage, in EPSG:4326 as the snapshot holds them, replaced atomically."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFeedback,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ..errors import Cancelled, ExportError
from ..qgis_compat import field_type as compat_field_type
from ..qgis_compat import on_existing_file
from .vector_resources import VectorLayerPlan, attribute_value

WGS84 = "EPSG:4326"
_WKB_NAMES = {
    ("point", False): "Point",
    ("point", True): "MultiPoint",
    ("line", False): "LineString",
    ("line", True): "MultiLineString",
    ("polygon", False): "Polygon",
    ("polygon", True): "MultiPolygon",
}


def _field_variant(field_type: str) -> Any:
    """The Qt type of a field kind."""
    qt_name = {"bool": "Bool", "int": "LongLong", "double": "Double"}.get(field_type, "String")
    return compat_field_type(qt_name)


def _wkb_type(plan: VectorLayerPlan) -> Any:
    return QgsWkbTypes.parseType(_WKB_NAMES[(plan.kind, plan.multi)])


def write_geopackage(plans: list[VectorLayerPlan], path: str, feedback: Optional[QgsFeedback] = None) -> None:
    """Write every plan as a layer of the GeoPackage ``path`` (a new file replaces an old one at the end).

    Written beside the target under a temporary name first, so that a failure or a cancel leaves the
    previous file (or none) and never a half-written GeoPackage.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.stem}-{uuid.uuid4().hex[:8]}.gpkg")
    total = max(1, sum(len(plan.features) for plan in plans))
    done = 0
    try:
        for index, plan in enumerate(plans):
            done = _write_layer(plan, partial, first=index == 0, feedback=feedback, done=done, total=total)
        os.replace(partial, target)
    finally:
        for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm"), Path(f"{partial}-journal")):
            if leftover.exists():
                leftover.unlink()


def _write_layer(
    plan: VectorLayerPlan, path: Path, first: bool, feedback: Optional[QgsFeedback], done: int, total: int
) -> int:
    fields = QgsFields()
    for name, field_type in plan.fields:
        fields.append(QgsField(name, _field_variant(field_type)))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = plan.table
    options.fileEncoding = "UTF-8"
    action = "CreateOrOverwriteFile" if first else "CreateOrOverwriteLayer"
    options.actionOnExistingFile = on_existing_file(action)
    writer = QgsVectorFileWriter.create(
        str(path),
        fields,
        _wkb_type(plan),
        QgsCoordinateReferenceSystem(WGS84),
        QgsCoordinateTransformContext(),
        options,
    )
    try:
        if writer.hasError():
            raise ExportError(
                f"The GeoPackage {path.name} could not be written: {writer.errorMessage()}",
                detail=writer.errorMessage(),
            )
        types = dict(plan.fields)
        for feature_plan in plan.features:
            feature = QgsFeature(fields)
            values = dict(feature_plan.attributes, **feature_plan.style_columns)
            feature.setAttributes([attribute_value(values.get(name), types[name]) for name, _ in plan.fields])
            if feature_plan.geometry is not None:
                geometry = feature_plan.geometry
                if plan.multi and not geometry.isMultipart():
                    geometry = type(geometry)(geometry)
                    geometry.convertToMultiType()
                feature.setGeometry(geometry)
            if not writer.addFeature(feature):
                raise ExportError(
                    f"A feature of “{plan.title}” could not be written to the GeoPackage.",
                    detail=writer.errorMessage(),
                )
            done += 1
            if feedback is not None and not done % 256:
                if feedback.isCanceled():
                    raise Cancelled("Opening the snapshot was cancelled.")
                feedback.setProgress(100.0 * done / total)
    finally:
        del writer  # closes the layer
    return done
