"""What opening a snapshot did: features per layer, repairs, what was left out or ignored, and why."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .. import messages
from ..messages import Joined, Message


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
            return Joined(": ", (self.title, self.note))
        layer = self.title
        text = Message(
            messages.OPENED_LAYER_ONE_STYLE if self.styles == 1 else messages.OPENED_LAYER_STYLES,
            layer=layer,
            count=self.features,
            styles=self.styles,
        )
        notes = []
        if self.repaired:
            repaired = messages.OPENED_ONE_REPAIRED if self.repaired == 1 else messages.OPENED_REPAIRED
            notes.append(Message(repaired, count=self.repaired))
        if self.unreadable:
            notes.append(Message(messages.OPENED_UNREADABLE, count=self.unreadable))
        if self.without_geometry:
            notes.append(Message(messages.OPENED_WITHOUT_GEOMETRY, count=self.without_geometry))
        if self.ignored_style_keys:
            keys = Joined(
                ", ",
                (Joined(" ", (key, f"({count}×)")) for key, count in sorted(self.ignored_style_keys.items())),
            )
            notes.append(Message(messages.OPENED_IGNORED_KEYS, keys=keys))
        if not notes:
            return text
        return Message(messages.REPORT_LAYER_WITH_DETAILS, features=text, details=Joined("; ", notes))


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
        parts += [Message(messages.OPENED_SKIPPED, reason=reason) for reason in self.skipped]
        parts += self.notes
        return Joined("; ", parts)
