"""Opening a snapshot: GeoPackage and styles (any thread), then the layers in the project (main thread).

``prepare_snapshot`` does the heavy part with qgis.core only, safe in a QgsTask or a Processing run: it writes
the vector resources into a GeoPackage and stores each layer's symbology there as its default style.
``add_to_project`` then builds the layer tree on the main thread: one layer per resource in the snapshot's
order under a group named after the snapshot, WMS layers, the background note, metadata and the settings
that make Publish update the same snapshot.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsDefaultValue,
    QgsExpression,
    QgsFeedback,
    QgsLayerTreeGroup,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from .. import messages
from ..errors import ExportError
from ..export.names import UniqueNames
from ..messages import Message
from ..snapshot_format import VECTOR_TILES, WMS
from ..translation import localized
from .background import BACKGROUND_PROPERTY, background_note, mapbox_tile_layer
from .geopackage import WGS84, write_geopackage
from .legend_labels import labelled_categories
from .metadata import apply_project_metadata, layer_metadata
from .project_settings import store_publish_target
from .reading import VECTOR_MEDIATYPES, SnapshotContents
from .report import OpenedLayerReport, OpenReport
from .source import SnapshotOrigin
from .styles import Style
from .symbology import categorized_renderer
from .vector_resources import VectorLayerPlan, plan_vector_resource
from .wms_layers import wms_layer


@dataclass
class PreparedVectorLayer:
    """A layer written into the GeoPackage, with what its renderer is made of."""

    resource: dict
    title: str
    table: str
    kind: str
    columns: tuple[str, ...]
    categories: list[tuple[str, str, Style]]  # (key, label, style) in legend order
    default_columns: dict[str, str]  # style column -> text of the layer's most common style

    def style(self, layer: QgsVectorLayer) -> None:
        """Give ``layer`` its categories, and new features the most common style (or none would draw them)."""
        layer.setRenderer(categorized_renderer(self.kind, self.columns, self.categories))
        fields = layer.fields()
        for column, text in self.default_columns.items():
            index = fields.lookupField(column)
            if index >= 0:
                layer.setDefaultValueDefinition(index, QgsDefaultValue(QgsExpression.quotedString(text)))


@dataclass
class PreparedSnapshot:
    """A snapshot turned into a GeoPackage, ready to be added to a project."""

    contents: SnapshotContents
    geopackage: str
    vector_layers: list[PreparedVectorLayer] = field(default_factory=list)
    report: OpenReport = field(default_factory=OpenReport)
    # WMS layers made ahead (they wait for the service's capabilities), by id() of their resource.
    wms_layers: dict[int, QgsRasterLayer] = field(default_factory=dict)

    def layer_uri(self, prepared: PreparedVectorLayer) -> str:
        """The OGR data source of one of the GeoPackage's layers."""
        return f"{self.geopackage}|layername={prepared.table}"


@dataclass
class OpenedSnapshot:
    """What ``add_to_project`` added: the group, the layers (bottom first) and the map bounds."""

    group: QgsLayerTreeGroup
    layers: list[QgsMapLayer]
    extent: Optional[QgsRectangle]  # in EPSG:4326
    report: OpenReport


def prepare_snapshot(
    contents: SnapshotContents,
    geopackage: str,
    feedback: Optional[QgsFeedback] = None,
    connect_wms: bool = True,
) -> PreparedSnapshot:
    """Write the snapshot's vector resources into ``geopackage``, each with its symbology as default style.

    With ``connect_wms`` the WMS layers are made here too: they wait for the service's capabilities, which
    must not happen on the main thread. They are handed to the main thread for ``add_to_project``.
    """
    prepared = PreparedSnapshot(contents, str(Path(geopackage).resolve()))
    prepared.report.skipped = list(contents.skipped)
    tables = UniqueNames()
    plans_by_resource: dict[int, list[VectorLayerPlan]] = {}
    for resource in contents.resources:
        if resource.get("mediatype") in VECTOR_MEDIATYPES:
            plans_by_resource[id(resource)] = plan_vector_resource(
                resource, tables.claim(str(resource.get("name") or resource.get("title") or "layer"))
            )
    plans = [plan for resource_plans in plans_by_resource.values() for plan in resource_plans]
    if plans:
        write_geopackage(plans, prepared.geopackage, feedback)
    # The legend lists the top layer first: label from the top down so that each entry names one layer.
    used_entries: set[int] = set()
    labels = {}
    for plan in reversed(plans):
        labels[id(plan)] = labelled_categories(
            plan.styles, plan.kind, contents.legend, plan.title, used_entries
        )
    for plan in plans:
        layer = PreparedVectorLayer(
            plan.resource,
            plan.title,
            plan.table,
            plan.kind,
            plan.style_columns,
            [(key, label, plan.styles[key]) for key, label in labels[id(plan)]],
            plan.most_common_style_columns(),
        )
        prepared.vector_layers.append(layer)
        _store_default_style(prepared, layer)
        if plan.renamed_fid:
            prepared.report.notes.append(Message(messages.OPEN_FID_RENAMED, layer=plan.title))
    _report_in_order(prepared, plans_by_resource)
    if connect_wms:
        main_thread = QCoreApplication.instance().thread() if QCoreApplication.instance() else None
        for resource in contents.resources:
            if resource.get("mediatype") == WMS:
                layer = wms_layer(resource, _title(resource))
                if main_thread is not None:
                    layer.moveToThread(main_thread)
                prepared.wms_layers[id(resource)] = layer
    return prepared


def _title(resource: dict) -> str:
    return str(resource.get("title") or resource.get("name") or "")


def _store_default_style(prepared: PreparedSnapshot, layer: PreparedVectorLayer) -> None:
    """Save the layer's symbology in the GeoPackage, so that it opens styled wherever it is loaded."""
    vector = QgsVectorLayer(prepared.layer_uri(layer), layer.title, "ogr")
    if not vector.isValid():
        raise ExportError(
            Message(messages.OPEN_LAYER_NOT_READ_BACK, layer=layer.title, path=prepared.geopackage)
        )
    layer.style(vector)
    # untranslated: the style's name in the GeoPackage, the same for everyone who opens it
    error = vector.saveStyleToDatabase(layer.table, "Style from the Gemeindescan snapshot", True, "")
    if error:
        raise ExportError(Message(messages.OPEN_STYLE_NOT_STORED, layer=layer.title), detail=error)


def _report_in_order(prepared: PreparedSnapshot, plans_by_resource: dict[int, list[VectorLayerPlan]]) -> None:
    for resource in prepared.contents.resources:
        for plan in plans_by_resource.get(id(resource), []):
            prepared.report.layers.append(plan.report)


def add_to_project(
    prepared: PreparedSnapshot,
    project: QgsProject,
    origin: Optional[SnapshotOrigin] = None,
    mapbox_token: str = "",
) -> OpenedSnapshot:
    """Add the snapshot's layers to ``project`` under a group named after it (main thread only)."""
    contents = prepared.contents
    vectors = {}
    for layer in prepared.vector_layers:
        vectors.setdefault(id(layer.resource), []).append(layer)
    layers: list[QgsMapLayer] = []
    background: Optional[str] = None
    for resource in contents.resources:
        mediatype = resource.get("mediatype")
        title = _title(resource)
        resource_layers: list[QgsMapLayer] = []
        if mediatype in VECTOR_MEDIATYPES:
            resource_layers = [_vector_layer(prepared, item) for item in vectors.get(id(resource), [])]
        elif mediatype == WMS:
            layer = prepared.wms_layers.get(id(resource)) or wms_layer(resource, title)
            if layer.isValid():
                resource_layers = [layer]
                prepared.report.layers.append(OpenedLayerReport(title, note=Message(messages.OPENED_WMS)))
            else:
                prepared.report.layers.append(
                    OpenedLayerReport(
                        title,
                        note=Message(messages.OPENED_WMS_UNREACHABLE, url=resource.get("path")),
                    )
                )
        elif mediatype == VECTOR_TILES:
            background = str(resource.get("path") or "")
            tiles = mapbox_tile_layer(
                background, mapbox_token, title or localized(Message(messages.BACKGROUND_MAP))
            )
            if tiles is not None and tiles.isValid():
                resource_layers = [tiles]
            else:
                prepared.report.notes.append(background_note(background))
        for layer in resource_layers:
            layer.setMetadata(layer_metadata(contents, resource, layer.name()))
        layers += resource_layers

    group = project.layerTreeRoot().insertGroup(0, contents.title)
    if background:
        group.setCustomProperty(BACKGROUND_PROPERTY, background)
        if not mapbox_token:
            # An empty group is the layer tree's way to show a line of text where the background would be.
            group.addGroup(localized(background_note(background)))
    project.addMapLayers(layers, False)
    for layer in layers:  # bottom first: each next layer goes on top
        group.insertLayer(0, layer)
    apply_project_metadata(project, contents)
    extent = _bounds(contents)
    if extent is not None:
        project.viewSettings().setDefaultViewExtent(
            QgsReferencedRectangle(extent, QgsCoordinateReferenceSystem(WGS84))
        )
    if origin is not None:
        store_publish_target(
            project, origin.snapshot_pk, origin.workspace_id, origin.bfs_number, origin.server_url
        )
    return OpenedSnapshot(group, layers, extent, prepared.report)


def _vector_layer(prepared: PreparedSnapshot, prepared_layer: PreparedVectorLayer) -> QgsVectorLayer:
    layer = QgsVectorLayer(prepared.layer_uri(prepared_layer), prepared_layer.title, "ogr")
    if not layer.isValid():
        raise ExportError(
            Message(messages.OPEN_LAYER_UNREADABLE, layer=prepared_layer.title, path=prepared.geopackage)
        )
    # Set again rather than relying on the stored style: QGIS 3.22 stores colour alphas in 8 bits only.
    prepared_layer.style(layer)
    description = prepared_layer.resource.get("description")
    if isinstance(description, str) and description:
        layer.setAbstract(description)
    return layer


def _bounds(contents: SnapshotContents) -> Optional[QgsRectangle]:
    if contents.bounds is None:
        return None
    west, south, east, north = contents.bounds
    return QgsRectangle(west, south, east, north)


def open_snapshot_in_project(
    data: dict,
    geopackage: str,
    project: QgsProject,
    origin: Optional[SnapshotOrigin] = None,
    mapbox_token: str = "",
    feedback: Optional[QgsFeedback] = None,
) -> OpenedSnapshot:
    """Prepare and add in one go (main thread: the command line and tests)."""
    from .reading import snapshot_contents

    where = Message(messages.OPEN_THE_SNAPSHOT, pk=origin.snapshot_pk) if origin is not None else ""
    prepared = prepare_snapshot(snapshot_contents(data, where), geopackage, feedback)
    return add_to_project(prepared, project, origin, mapbox_token)
