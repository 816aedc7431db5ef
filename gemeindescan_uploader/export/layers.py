"""Which layers a snapshot can carry, as what, and in which order (bottom to top of the layer tree)."""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import (
    QgsDataSourceUri,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from .. import messages
from ..errors import UnsupportedLayer
from ..messages import Message
from ..qgis_compat import WKB_TYPE, geometry_kind
from ..snapshot_format import CIRCLES, GEOJSON, WMS

_NO_GEOMETRY = WKB_TYPE.NoGeometry

# What each kind of layer becomes in the snapshot.


def layer_label(layer: Optional[QgsMapLayer]) -> str:
    """The layer's name as the layer tree shows it (or a stand-in for a missing layer)."""
    return layer.name() if layer is not None else Message(messages.MISSING_LAYER)


def mediatype_for(layer: QgsMapLayer) -> str:
    """The resource media type ``layer`` is exported as; UnsupportedLayer with the reason if none."""
    if layer is None or not layer.isValid():
        raise UnsupportedLayer(Message(messages.LAYER_NOT_LOADED, layer=layer_label(layer)))
    if isinstance(layer, QgsVectorLayer):
        kind = geometry_kind(layer)
        if layer.wkbType() == _NO_GEOMETRY:
            raise UnsupportedLayer(Message(messages.LAYER_IS_TABLE, layer=layer.name()))
        if kind is None:
            raise UnsupportedLayer(Message(messages.LAYER_MIXED_GEOMETRY, layer=layer.name()))
        if not layer.crs().isValid():
            # Without a CRS the coordinates cannot be turned into WGS 84: they would be written as they
            # are (e.g. LV95 metres as degrees) and the layer would vanish from the map.
            raise UnsupportedLayer(Message(messages.LAYER_WITHOUT_CRS, layer=layer.name()))
        renderer = layer.renderer()
        if renderer is not None and renderer.type() == "heatmapRenderer":
            # A heatmap has no symbol per feature: every feature would be left out and the legend empty.
            raise UnsupportedLayer(Message(messages.LAYER_IS_HEATMAP, layer=layer.name()))
        return CIRCLES if kind == "point" else GEOJSON
    if isinstance(layer, QgsRasterLayer):
        if layer.providerType() == "wms":
            uri = QgsDataSourceUri()
            uri.setEncodedUri(layer.source())
            if uri.param("type") == "xyz" or uri.hasParam("tileMatrixSet"):
                raise UnsupportedLayer(Message(messages.LAYER_IS_TILE_SERVICE, layer=layer.name()))
            return WMS
        raise UnsupportedLayer(Message(messages.LAYER_IS_RASTER, layer=layer.name()))
    raise UnsupportedLayer(Message(messages.LAYER_OF_OTHER_KIND, layer=layer.name()))


def bottom_to_top(layers: Iterable[QgsMapLayer], project: Optional[QgsProject] = None) -> list[QgsMapLayer]:
    """``layers`` in drawing order, lowest first, as the snapshot's view lists them.

    Layers in the project's layer tree follow its rendering order (the custom layer order when
    one is set); layers not in the project keep the order given and are drawn above them.
    """
    layers = list(layers)
    if project is None:
        project = next(
            (layer.project() for layer in layers if layer is not None and layer.project()),
            QgsProject.instance(),
        )
    # layerOrder() lists the top layer first; the snapshot wants the lowest first.
    drawing_order = list(reversed(project.layerTreeRoot().layerOrder()))
    position = {layer.id(): index for index, layer in enumerate(drawing_order)}
    in_tree = [layer for layer in layers if layer is not None and layer.id() in position]
    elsewhere = [layer for layer in layers if layer is None or layer.id() not in position]
    return sorted(in_tree, key=lambda layer: position[layer.id()]) + elsewhere
