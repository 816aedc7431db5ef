"""What the Gemeindescan algorithms share: their toolbox group and how Processing makes new instances."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm

from ..translation import Gemeindescan


class GemeindescanAlgorithm(QgsProcessingAlgorithm):
    """Base of the provider's algorithms; each one lives in the toolbox group "Snapshots"."""

    def createInstance(self) -> GemeindescanAlgorithm:  # noqa: N802 (QGIS API name)
        """A fresh instance (Processing makes one per run, batch row and model step)."""
        return type(self)()

    def group(self) -> str:
        """Group in the toolbox."""
        return Gemeindescan.tr("Snapshots")

    def groupId(self) -> str:  # noqa: N802 (QGIS API name)
        """Group id."""
        return "snapshots"


def search_words(text: str) -> list[str]:
    """The comma-separated words of a translated tag list (so the toolbox also finds "exportieren")."""
    return [word.strip() for word in text.split(",") if word.strip()]
