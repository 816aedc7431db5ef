"""Layers QGIS hides at the export scale (scale-dependent visibility) stay out of the snapshot."""

from __future__ import annotations

from qgis.core import QgsMapLayer

from .. import messages
from ..errors import ExportError
from ..messages import Message
from .context import ExportContext
from .report import ExportReport


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
        raise ExportError(Message(messages.ALL_LAYERS_HIDDEN, scale=f"{context.scale:.0f}"))
    return shown


def hidden_reason(layer: QgsMapLayer, scale: float) -> str:
    """``hidden at the export scale 1:7063; QGIS shows it only from 1:2000 in``."""
    ranges = []
    # QGIS's "minimum" scale is the most zoomed-out one (largest denominator), "maximum" the most zoomed-in.
    if layer.minimumScale() > 0 and scale >= layer.minimumScale():
        ranges.append(Message(messages.HIDDEN_FROM_SCALE, scale=f"{layer.minimumScale():.0f}"))
    if layer.maximumScale() > 0 and scale < layer.maximumScale():
        ranges.append(Message(messages.HIDDEN_UP_TO_SCALE, scale=f"{layer.maximumScale():.0f}"))
    if len(ranges) == 2:
        shown = Message(messages.HIDDEN_BOTH_RANGES, first=ranges[0], second=ranges[1])
    else:
        shown = ranges[0] if ranges else ""
    return Message(messages.HIDDEN_AT_SCALE, scale=f"{scale:.0f}", ranges=shown)
