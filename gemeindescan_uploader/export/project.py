"""What a saved QGIS project says about an export: its layers by name, visible layers, saved map extent."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
import zipfile
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)

from .. import messages
from ..errors import ExportError, InvalidInput
from ..messages import Message


def read_project(path: str, project: Optional[QgsProject] = None) -> QgsProject:
    """The project at ``path`` loaded (layers keep their project styles); ExportError if it cannot be read."""
    project = project or QgsProject.instance()
    if not project.read(path):
        raise ExportError(Message(messages.PROJECT_UNREADABLE, path=path), project.error())
    return project


def layers_by_name(project: QgsProject, names: list[str]) -> list[QgsMapLayer]:
    """The project's layers with the given names (or layer ids), in the order given."""
    layers = []
    for name in names:
        matches = project.mapLayersByName(name)
        if not matches and project.mapLayer(name) is not None:
            matches = [project.mapLayer(name)]
        if not matches:
            known = ", ".join(sorted(layer.name() for layer in project.mapLayers().values()))
            raise InvalidInput(
                Message(
                    messages.PROJECT_HAS_NO_SUCH_LAYER, layer=name, known=known or Message(messages.NO_LAYERS)
                )
            )
        if len(matches) > 1:
            ids = ", ".join(layer.id() for layer in matches)
            raise InvalidInput(Message(messages.PROJECT_HAS_SEVERAL_SUCH_LAYERS, layer=name, ids=ids))
        layers.append(matches[0])
    return layers


def visible_vector_layers(project: QgsProject) -> list[QgsMapLayer]:
    """The vector layers the project shows (checked, in checked groups), top of the layer tree first."""
    layers = []
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if isinstance(layer, QgsVectorLayer) and layer.isSpatial() and node.isVisible():
            layers.append(layer)
    return layers


def saved_extent(
    project: QgsProject, path: str, layers: list[QgsMapLayer]
) -> tuple[QgsRectangle, QgsCoordinateReferenceSystem]:
    """The map extent the project was saved with, and its CRS.

    Projects saved by QGIS 3.x desktop keep it as the default view extent; older or hand-made ones only
    in the ``mapcanvas`` element of the .qgs XML. Without either, the layers' combined extent is used.
    """
    default_view = project.viewSettings().defaultViewExtent()
    if not default_view.isEmpty() and default_view.crs().isValid():
        return QgsRectangle(default_view), default_view.crs()
    from_xml = _canvas_extent_from_xml(path)
    if from_xml is not None:
        return from_xml
    return _layers_extent(project, layers)


def _canvas_extent_from_xml(path: str) -> Optional[tuple[QgsRectangle, QgsCoordinateReferenceSystem]]:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                name = next((item for item in archive.namelist() if item.endswith(".qgs")), None)
                if name is None:
                    return None
                root = ElementTree.fromstring(archive.read(name))
        else:
            root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError, zipfile.BadZipFile):
        return None
    canvas = root.find("./mapcanvas[@name='theMapCanvas']")
    if canvas is None:
        canvas = root.find("./mapcanvas")
    if canvas is None or canvas.find("extent") is None:
        return None
    extent = canvas.find("extent")
    try:
        values = [float(extent.findtext(key, "")) for key in ("xmin", "ymin", "xmax", "ymax")]
    except ValueError:
        return None
    authid = canvas.findtext("./destinationsrs/spatialrefsys/authid", "")
    wkt = canvas.findtext("./destinationsrs/spatialrefsys/wkt", "")
    crs = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem.fromWkt(wkt)
    rectangle = QgsRectangle(*values)
    if rectangle.isEmpty() or not crs.isValid():
        return None
    return rectangle, crs


def _layers_extent(
    project: QgsProject, layers: list[QgsMapLayer]
) -> tuple[QgsRectangle, QgsCoordinateReferenceSystem]:
    """The union of the layers' extents, each taken in its own CRS, in the project's CRS.

    A project written by a script (``QgsProject.write()``) may have neither a view nor a CRS: the union
    is then taken in the first layer's CRS.
    """
    usable = [layer for layer in layers if layer is not None and layer.isValid() and layer.crs().isValid()]
    crs = project.crs()
    if not crs.isValid() and usable:
        crs = usable[0].crs()
    combined = QgsRectangle()
    combined.setMinimal()
    for layer in usable:
        extent = layer.extent()
        if extent.isNull():
            continue
        if layer.crs() != crs:
            transform = QgsCoordinateTransform(layer.crs(), crs, project.transformContext())
            try:
                extent = transform.transformBoundingBox(extent)
            except QgsCsException:
                continue
        combined.combineExtentWith(extent)
    if crs.isValid() and combined.xMinimum() <= combined.xMaximum() and combined.isEmpty():
        # One point, or points on a line: a map needs some area around them.
        combined.grow(0.001 if crs.isGeographic() else 100.0)
    if combined.isEmpty() or not crs.isValid():
        raise InvalidInput(Message(messages.PROJECT_HAS_NO_EXTENT))
    return combined, crs
