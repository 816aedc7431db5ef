"""WMS resources as QGIS WMS layers: the service address, its layers and styles, format and opacity."""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsRasterLayer

# Leaflet asks WMS services for Web Mercator tiles, so a service in a snapshot is known to offer it.
WMS_CRS = "EPSG:3857"


def wms_uri(resource: dict) -> str:
    """The QGIS WMS data source of a ``vnd.wms`` resource (layers and styles in the snapshot's order)."""
    parameters = resource.get("parameters") or {}
    layers = [name.strip() for name in str(parameters.get("layers") or "").split(",")]
    styles = [name.strip() for name in str(parameters.get("styles") or "").split(",")]
    styles = (styles + [""] * len(layers))[: len(layers)]  # QGIS wants one style per layer, "" = default
    uri = QgsDataSourceUri()
    uri.setParam("url", str(resource.get("path") or ""))
    uri.setParam("crs", WMS_CRS)
    uri.setParam("format", str(parameters.get("format") or "image/png"))
    for layer_name, style in zip(layers, styles):  # setParam adds a value; repeated keys keep their order
        uri.setParam("layers", layer_name)
        uri.setParam("styles", style)
    uri.setParam("contextualWMSLegend", "0")
    return bytes(uri.encodedUri()).decode("utf-8")


def wms_layer(resource: dict, title: str) -> QgsRasterLayer:
    """A WMS layer for the resource (not valid when the service cannot be reached)."""
    layer = QgsRasterLayer(wms_uri(resource), title, "wms")
    parameters = resource.get("parameters") or {}
    opacity = parameters.get("opacity")
    if layer.renderer() is not None and isinstance(opacity, (int, float)) and 0 <= opacity <= 1:
        layer.renderer().setOpacity(float(opacity))
    if parameters.get("attribution"):
        layer.setAttribution(str(parameters["attribution"]))
    return layer
