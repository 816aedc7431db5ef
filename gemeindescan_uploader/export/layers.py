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

from ..errors import UnsupportedLayer
from ..qgis_compat import WKB_TYPE, geometry_kind
from ..snapshot_format import CIRCLES, GEOJSON, WMS

_NO_GEOMETRY = WKB_TYPE.NoGeometry

# What each kind of layer becomes in the snapshot.


def layer_label(layer: Optional[QgsMapLayer]) -> str:
    """The layer's name as the layer tree shows it (or a stand-in for a missing layer)."""
    return layer.name() if layer is not None else "(missing layer)"


def mediatype_for(layer: QgsMapLayer) -> str:
    """The resource media type ``layer`` is exported as; UnsupportedLayer with the reason if none."""
    if layer is None or not layer.isValid():
        raise UnsupportedLayer(
            f"Layer “{layer_label(layer)}” could not be loaded (its data source is missing or unreadable).")
    if isinstance(layer, QgsVectorLayer):
        kind = geometry_kind(layer)
        if layer.wkbType() == _NO_GEOMETRY:
            raise UnsupportedLayer(
                f"Layer “{layer.name()}” is a table without geometry; a snapshot can only show map layers.")
        if kind is None:
            raise UnsupportedLayer(
                f"Layer “{layer.name()}” has no single geometry type (points, lines or polygons); "
                "split it by geometry type to export it.")
        if not layer.crs().isValid():
            # Without a CRS the coordinates cannot be turned into WGS 84: they would be written as they
            # are (e.g. LV95 metres as degrees) and the layer would vanish from the map.
            raise UnsupportedLayer(
                f"Layer “{layer.name()}” has no coordinate reference system; set it in the layer's "
                "properties (Source) to export it.")
        renderer = layer.renderer()
        if renderer is not None and renderer.type() == "heatmapRenderer":
            # A heatmap has no symbol per feature: every feature would be left out and the legend empty.
            raise UnsupportedLayer(
                f"Layer “{layer.name()}” is drawn as a heatmap, which a snapshot cannot show; give it "
                "a symbol (e.g. single symbol or categorized) to export its points.")
        return CIRCLES if kind == "point" else GEOJSON
    if isinstance(layer, QgsRasterLayer):
        if layer.providerType() == "wms":
            uri = QgsDataSourceUri()
            uri.setEncodedUri(layer.source())
            if uri.param("type") == "xyz" or uri.hasParam("tileMatrixSet"):
                raise UnsupportedLayer(
                    f"Layer “{layer.name()}” is a tile service (XYZ or WMTS); "
                    "a snapshot can carry WMS layers but not tile services.")
            return WMS
        raise UnsupportedLayer(
            f"Layer “{layer.name()}” is a raster layer that is not a WMS; a snapshot can carry vector "
            "layers and WMS layers only.")
    raise UnsupportedLayer(
        f"Layer “{layer.name()}” is of a kind a snapshot cannot carry (only vector and WMS layers).")


def bottom_to_top(layers: Iterable[QgsMapLayer], project: Optional[QgsProject] = None) -> list[QgsMapLayer]:
    """``layers`` in drawing order, lowest first, as the snapshot's view lists them.

    Layers in the project's layer tree follow its rendering order (the custom layer order when
    one is set); layers not in the project keep the order given and are drawn above them.
    """
    layers = list(layers)
    if project is None:
        project = next((layer.project() for layer in layers if layer is not None and layer.project()),
                       QgsProject.instance())
    # layerOrder() lists the top layer first; the snapshot wants the lowest first.
    drawing_order = list(reversed(project.layerTreeRoot().layerOrder()))
    position = {layer.id(): index for index, layer in enumerate(drawing_order)}
    in_tree = [layer for layer in layers if layer is not None and layer.id() in position]
    elsewhere = [layer for layer in layers if layer is None or layer.id() not in position]
    return sorted(in_tree, key=lambda layer: position[layer.id()]) + elsewhere
