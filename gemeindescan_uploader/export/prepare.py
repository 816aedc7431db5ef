"""What an export reads from QGIS's live objects, copied on the main thread so a worker needs none of them.

``prepare_export`` runs where the layers live (the main thread): it orders the layers as the project
draws them, decides each one's media type, takes a feature source (``QgsVectorLayerFeatureSource``: a
snapshot of the provider and the edit buffer), clones the renderer (inside ``LayerStyler``), builds the
legend and the WMS resource, and copies names, CRS, fields, extent and the project's author. The worker
(a QgsTask, a Processing thread) then writes the file from this ``PreparedExport`` alone: removing or
editing a layer meanwhile changes nothing in the export.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsMapLayer,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from .. import messages
from ..errors import ExportError, InvalidInput, UnsupportedLayer
from ..messages import Joined, Message
from ..snapshot_format import MAPBOX_STYLE, MAPBOX_STYLE_EXAMPLE, MAX_PRECISION, WMS
from .context import ExportContext
from .layers import bottom_to_top, layer_label, mediatype_for
from .legend import legend_entries
from .options import ExportOptions, SnapshotMetadata
from .report import ExportReport
from .symbology import LayerStyler
from .visibility import visible_at_export_scale
from .wms import wms_legend_entry, wms_parameters, wms_resource


@dataclass
class PreparedLayer:
    """One layer as the export needs it, detached from the live layer."""

    layer_id: str
    name: str
    abstract: str
    attribution: str
    mediatype: str
    #: The viewer's legend entries for this layer (one neutral entry for WMS).
    legend: list[dict]
    # Vector layers only:
    source: Optional[QgsVectorLayerFeatureSource] = None
    styler: Optional[LayerStyler] = None
    fields: Optional[QgsFields] = None
    crs: Optional[QgsCoordinateReferenceSystem] = None
    geometry_type: Any = None
    wkb_type: Any = None
    extent: Optional[QgsRectangle] = None
    #: -1 when the provider cannot count cheaply.
    feature_count: int = -1
    # WMS layers only: the resource (name and licence filled in when written) and the service URL.
    wms_resource: Optional[dict] = None
    wms_url: str = ""


@dataclass
class PreparedExport:
    """All an export needs, bottom layer first: safe to hand to another thread."""

    layers: list[PreparedLayer]
    context: ExportContext
    metadata: SnapshotMetadata
    options: ExportOptions
    #: Layers a snapshot cannot carry, as ``(layer name, reason)`` (only with ``skip_unsupported``).
    refused: list[tuple[str, str]] = field(default_factory=list)
    #: The QGIS project's author (the default contributor), '' when none.
    project_author: str = ""
    #: Layers QGIS hides at the export scale, as ``(layer name, reason)``; they are left out.
    hidden: list[tuple[str, str]] = field(default_factory=list)


def prepare_export(
    layers: Iterable[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: Optional[ExportOptions] = None,
) -> PreparedExport:
    """Read what the export needs from the live layers; call on the thread that owns them (the main one)."""
    options = options or ExportOptions()
    check_options(options)
    layers = _still_there(layers)
    plan, refusals, refused = [], [], []
    for layer in bottom_to_top(layers):
        try:
            plan.append((layer, mediatype_for(layer)))
        except UnsupportedLayer as error:
            refusals.append(error)
            refused.append((layer_label(layer), error.message))
    if refusals and not options.skip_unsupported:
        if len(refusals) == 1:
            raise refusals[0]
        raise UnsupportedLayer(Joined(" ", [error.message for error in refusals]))
    if not plan:
        raise ExportError(Message(messages.NO_LAYER_TO_EXPORT))
    visibility = ExportReport()  # collects the layers QGIS hides at the export scale
    plan = visible_at_export_scale(plan, context, visibility)
    prepared = [_prepare_layer(layer, mediatype, context, options) for layer, mediatype in plan]
    return PreparedExport(
        prepared, context, metadata, options, refused, _project_author(layers), visibility.hidden
    )


def _still_there(layers: Iterable[QgsMapLayer]) -> list[QgsMapLayer]:
    """The layers as a list; UnsupportedLayer if one was deleted (removed from the project) meanwhile."""
    layers = list(layers)
    for layer in layers:
        try:
            if layer is not None:
                layer.id()
        except RuntimeError:  # "wrapped C/C++ object ... has been deleted"
            raise UnsupportedLayer(Message(messages.LAYER_REMOVED)) from None
    return layers


def check_options(options: ExportOptions) -> None:
    """Refuse options no snapshot can have (InvalidInput)."""
    if options.background and not MAPBOX_STYLE.match(options.background):
        raise InvalidInput(
            Message(
                messages.BACKGROUND_NOT_MAPBOX, background=options.background, example=MAPBOX_STYLE_EXAMPLE
            )
        )
    if not 0 <= options.precision <= MAX_PRECISION:
        # Negative decimals round every coordinate to 0; beyond 15 doubles only add noise and bulk.
        raise InvalidInput(
            Message(messages.PRECISION_OUT_OF_RANGE, maximum=MAX_PRECISION, precision=options.precision)
        )


def _prepare_layer(
    layer: QgsMapLayer, mediatype: str, context: ExportContext, options: ExportOptions
) -> PreparedLayer:
    prepared = PreparedLayer(
        layer_id=layer.id(),
        name=layer.name(),
        abstract=layer.abstract(),
        attribution=layer.attribution(),
        mediatype=mediatype,
        legend=[],
    )
    if mediatype == WMS:
        prepared.wms_resource = wms_resource(layer, "", {})
        prepared.wms_url = wms_parameters(layer)[0]
        prepared.legend = [wms_legend_entry(layer)]
        return prepared
    assert isinstance(layer, QgsVectorLayer)
    prepared.source = QgsVectorLayerFeatureSource(layer)
    prepared.styler = LayerStyler(layer, context)  # clones the renderer
    prepared.fields = QgsFields(layer.fields())
    prepared.crs = QgsCoordinateReferenceSystem(layer.crs())
    prepared.geometry_type = layer.geometryType()
    prepared.wkb_type = layer.wkbType()
    prepared.extent = QgsRectangle(layer.extent())
    prepared.feature_count = layer.featureCount()
    prepared.legend = legend_entries(
        layer,
        context,
        primary=options.legend_primary.get(layer.id(), True),
        shape=options.legend_shapes.get(layer.id()),
    )
    return prepared


def _project_author(layers: list[QgsMapLayer]) -> str:
    """The author the layers' QGIS project names (the current project for layers outside one)."""
    project = (
        next((layer.project() for layer in layers if layer is not None and layer.project()), None)
        or QgsProject.instance()
    )
    return project.metadata().author().strip()
