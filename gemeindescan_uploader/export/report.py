"""What an export did: features written per layer, features left out and why, layers refused."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..snapshot_format import WMS


def tr(text: str) -> str:
    """``text`` in the user's language (the export's report lines and messages)."""
    return QCoreApplication.translate("GemeindescanExport", text)


# Why a feature is left out, in the words the report prints.
NOT_DRAWN = "not drawn"
EMPTY_GEOMETRY = "empty or no geometry"
OUTSIDE_EXTENT = "outside the extent"
NOT_TRANSFORMABLE = "not transformable to WGS 84"


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
            return f"{self.title}: WMS"
        details = [f"{count} {reason}" for reason, count in sorted(self.left_out.items()) if count]
        if self.repaired:
            details.append(f"{self.repaired} invalid repaired")
        details += self.approximations
        text = f"{self.title}: {self.written} feature{'' if self.written == 1 else 's'}"
        return text + (f" ({'; '.join(details)})" if details else "")


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
        parts += [f"{title}: refused ({reason})" for title, reason in self.refused]
        parts += [f"{title}: left out ({reason})" for title, reason in self.hidden]
        return "; ".join(parts) if parts else "nothing exported"
