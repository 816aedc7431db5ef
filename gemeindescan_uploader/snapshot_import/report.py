"""What opening a snapshot did: features per layer, repairs, what was left out or ignored, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field


@dataclass
class OpenedLayerReport:
    """One layer made from a snapshot resource."""

    title: str
    features: int = 0
    styles: int = 0
    repaired: int = 0
    unreadable: int = 0  # features whose geometry could not be read: left out
    without_geometry: int = 0  # kept, as features without geometry
    ignored_style_keys: Counter = field(default_factory=Counter)
    note: str = ""  # e.g. a WMS layer that could not be reached

    def summary(self) -> str:
        """``Zonen: 20 features, 3 styles (1 invalid geometry repaired; ...)``."""
        if self.note:
            return f"{self.title}: {self.note}"
        text = f"{self.title}: {self.features} features, {self.styles} style{'s' if self.styles != 1 else ''}"
        notes = []
        if self.repaired:
            notes.append(f"{self.repaired} invalid geometr{'ies' if self.repaired != 1 else 'y'} repaired")
        if self.unreadable:
            notes.append(f"{self.unreadable} with unreadable geometry left out")
        if self.without_geometry:
            notes.append(f"{self.without_geometry} without geometry")
        if self.ignored_style_keys:
            keys = ", ".join(f"{key} ({count}×)" for key, count in sorted(self.ignored_style_keys.items()))
            notes.append(f"style keys ignored: {keys}")
        return text + (f" ({'; '.join(notes)})" if notes else "")


@dataclass
class OpenReport:
    """All layers of one opened snapshot, and the resources that could not be opened."""

    layers: list[OpenedLayerReport] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ignored_style_keys(self) -> list[str]:
        """Every style key ignored in any layer."""
        return sorted({key for layer in self.layers for key in layer.ignored_style_keys})

    def summary(self) -> str:
        """One line for the analyst: each layer, then what was left out."""
        parts = [layer.summary() for layer in self.layers]
        parts += [f"not opened: {reason}" for reason in self.skipped]
        parts += self.notes
        return "; ".join(parts)
