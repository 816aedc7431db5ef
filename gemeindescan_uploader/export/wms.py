"""WMS layers as ``application/vnd.wms`` resources: a base URL and the options of Leaflet's WMS tile layer."""

from __future__ import annotations

from qgis.core import QgsDataSourceUri, QgsRasterLayer

from ..snapshot_format import WMS

# Image formats that carry transparency; Leaflet asks for opaque tiles unless told otherwise.
_TRANSPARENT_FORMATS = ("image/png", "image/png8", "image/gif", "image/webp")


def wms_parameters(layer: QgsRasterLayer) -> tuple[str, dict]:
    """``(base URL, parameters)`` for a WMS layer, the parameters being what the viewer passes to
    ``L.tileLayer.wms(path, parameters)``: layers, styles, format, transparent, opacity."""
    uri = QgsDataSourceUri()
    uri.setEncodedUri(layer.source())
    # params() gives the same order QGIS itself uses in its GetMap LAYERS and STYLES.
    sublayers = [name for name in uri.params("layers") if name]
    styles = uri.params("styles")
    image_format = uri.param("format") or "image/png"
    parameters: dict = {
        "layers": ",".join(sublayers),
        "format": image_format,
        "transparent": image_format.split(";")[0].strip().lower() in _TRANSPARENT_FORMATS,
    }
    if any(styles):
        parameters["styles"] = ",".join(styles)
    renderer = layer.renderer()
    opacity = renderer.opacity() if renderer is not None else 1.0
    if opacity < 1.0:
        parameters["opacity"] = round(opacity, 3)
    if layer.attribution():
        parameters["attribution"] = layer.attribution()
    return uri.param("url"), parameters


def wms_resource(layer: QgsRasterLayer, name: str, licence: dict) -> dict:
    """The snapshot resource for a WMS layer."""
    path, parameters = wms_parameters(layer)
    resource = {
        "name": name,
        "title": layer.name(),
        "mediatype": WMS,
        "path": path,
        "parameters": parameters,
        "licenses": [dict(licence)],
    }
    if layer.abstract():
        resource["description"] = layer.abstract()
    return resource


def wms_legend_entry(layer: QgsRasterLayer) -> dict:
    """A neutral legend entry naming a WMS layer (its own legend is an image the snapshot cannot hold)."""
    renderer = layer.renderer()
    opacity = renderer.opacity() if renderer is not None else 1.0
    return {
        "label": layer.name(),
        "size": 1,
        "shape": "square",
        "primary": False,
        "fillColor": "#cccccc",
        "fillOpacity": round(0.5 * opacity, 3),
        "strokeColor": "#808080",
        "strokeWidth": 1,
        "strokeOpacity": round(opacity, 3),
    }
