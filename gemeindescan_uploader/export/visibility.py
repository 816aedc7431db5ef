"""Layers QGIS hides at the export scale (scale-dependent visibility) stay out of the snapshot."""

from __future__ import annotations

from qgis.core import QgsMapLayer

from ..errors import ExportError
from .context import ExportContext
from .report import ExportReport, tr


def visible_at_export_scale(
    plan: list[tuple[QgsMapLayer, str]], context: ExportContext, report: ExportReport
) -> list[tuple[QgsMapLayer, str]]:
    """The planned layers QGIS draws at ``context.scale``; the hidden ones are listed in the report."""
    shown = []
    for layer, mediatype in plan:
        if layer.hasScaleBasedVisibility() and not layer.isInScaleRange(context.scale):
            report.hidden.append((layer.name(), hidden_reason(layer, context.scale)))
        else:
            shown.append((layer, mediatype))
    if plan and not shown:
        raise ExportError(
            tr(
                "Every chosen layer is hidden at the export scale 1:{scale} (scale-dependent visibility). "
                "Zoom to a scale at which QGIS shows them, or change their visibility range in the layer "
                "properties (Rendering)."
            ).format(scale=f"{context.scale:.0f}")
        )
    return shown


def hidden_reason(layer: QgsMapLayer, scale: float) -> str:
    """``hidden at the export scale 1:7063; QGIS shows it only from 1:2000 in``."""
    ranges = []
    # QGIS's "minimum" scale is the most zoomed-out one (largest denominator), "maximum" the most zoomed-in.
    if layer.minimumScale() > 0 and scale >= layer.minimumScale():
        ranges.append(tr("from 1:{scale} in").format(scale=f"{layer.minimumScale():.0f}"))
    if layer.maximumScale() > 0 and scale < layer.maximumScale():
        ranges.append(tr("up to 1:{scale}").format(scale=f"{layer.maximumScale():.0f}"))
    return tr("hidden at the export scale 1:{scale}; QGIS shows it only {ranges}").format(
        scale=f"{scale:.0f}", ranges=tr(" and ").join(ranges)
    )
