"""What QGIS itself paints: the tests that check the exporter against QGIS's own rendering share this."""

from __future__ import annotations

from qgis.core import QgsMapRendererSequentialJob, QgsMapSettings, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage


def render_layers(
    layers: list[QgsVectorLayer],
    extent: QgsRectangle,
    size_px: int,
    dpi: float = 96,
    background: str | QColor = "white",
) -> QImage:
    """``layers`` (top first) drawn by QGIS in their first layer's CRS over ``extent``, a square image."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[0].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(size_px, size_px))
    settings.setOutputDpi(dpi)
    settings.setBackgroundColor(QColor(background))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    return job.renderedImage()
