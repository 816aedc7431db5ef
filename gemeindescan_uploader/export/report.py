"""What an export did: features written per layer, features left out and why, layers refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .. import messages
from ..messages import Joined, Message, counted
from ..snapshot_format import WMS

# Why a feature is left out, in the words the report prints.
NOT_DRAWN = "not drawn"  # untranslated: a key
EMPTY_GEOMETRY = "empty or no geometry"  # untranslated: a key
OUTSIDE_EXTENT = "outside the extent"  # untranslated: a key
NOT_TRANSFORMABLE = "not transformable to WGS 84"  # untranslated: a key
# The same reasons as counted in the report line, in the catalogue's translatable words.
_REASON_TEMPLATES = {
    NOT_DRAWN: messages.REPORT_NOT_DRAWN,
    EMPTY_GEOMETRY: messages.REPORT_EMPTY_GEOMETRY,
    OUTSIDE_EXTENT: messages.REPORT_OUTSIDE_EXTENT,
    NOT_TRANSFORMABLE: messages.REPORT_NOT_TRANSFORMABLE,
}


@dataclass
class LayerReport:
    """One exported layer: its resource, the features written and those left out by reason."""

    title: str
    resource_name: str
    mediatype: str
    written: int = 0
    left_out: dict[str, int] = field(default_factory=dict)
    repaired: int = 0
    # What QGIS draws that the viewer cannot (dashes, offsets, symbol levels...), one phrase each.
    approximations: list[str] = field(default_factory=list)

    def leave_out(self, reason: str) -> None:
        """Count one feature left out for ``reason``."""
        self.left_out[reason] = self.left_out.get(reason, 0) + 1

    def summary(self) -> str:
        """``Parcels: 120 features (3 outside the extent; 1 repaired)``."""
        if self.mediatype == WMS:
            return Message(messages.REPORT_LAYER_WMS, layer=self.title)
        details = [
            Message(_REASON_TEMPLATES[reason], count=count)
            for reason, count in sorted(self.left_out.items())
            if count
        ]
        if self.repaired:
            details.append(Message(messages.REPORT_REPAIRED, count=self.repaired))
        details += self.approximations
        features = counted(
            self.written, messages.REPORT_LAYER_ONE_FEATURE, messages.REPORT_LAYER_FEATURES, layer=self.title
        )
        if not details:
            return features
        return Message(messages.REPORT_LAYER_WITH_DETAILS, features=features, details=Joined("; ", details))


@dataclass
class ExportReport:
    """The whole export: one LayerReport per layer written, refused layers with reasons, the file."""

    layers: list[LayerReport] = field(default_factory=list)
    refused: list[tuple[str, str]] = field(default_factory=list)
    # Layers QGIS hides at the export scale (scale-dependent visibility): (title, reason).
    hidden: list[tuple[str, str]] = field(default_factory=list)
    path: Optional[str] = None
    size_bytes: int = 0
    #: What the platform could not show, found while writing (validate_snapshot's sentences); [] when fine.
    problems: list[str] = field(default_factory=list)

    @property
    def features_written(self) -> int:
        """Features written over all layers."""
        return sum(layer.written for layer in self.layers)

    @property
    def features_left_out(self) -> int:
        """Features left out over all layers, whatever the reason."""
        return sum(sum(layer.left_out.values()) for layer in self.layers)

    def summary(self) -> str:
        """One line for the user: features per layer, what was left out and why, refused layers."""
        parts = [layer.summary() for layer in self.layers]
        parts += [
            Message(messages.REPORT_LAYER_REFUSED, layer=title, reason=reason)
            for title, reason in self.refused
        ]
        parts += [
            Message(messages.REPORT_LAYER_LEFT_OUT, layer=title, reason=reason)
            for title, reason in self.hidden
        ]
        return Joined("; ", parts) if parts else Message(messages.REPORT_NOTHING_EXPORTED)
