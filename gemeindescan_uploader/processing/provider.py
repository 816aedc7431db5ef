"""The Processing provider "Gemeindescan" with the export and publish algorithms."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .. import __version__
from .export_algorithm import ExportSnapshotAlgorithm
from .open_algorithm import OpenSnapshotAlgorithm
from .publish_algorithm import PublishSnapshotAlgorithm


class GemeindescanProvider(QgsProcessingProvider):
    """Provider ``gemeindescan``: ``gemeindescan:exportsnapshot`` and ``gemeindescan:publishsnapshot``."""

    def __init__(self, icon_path: str | None = None) -> None:
        super().__init__()
        # The icon lives with the widgets (ui/), which the core never imports: the plugin passes it.
        self._icon_path = icon_path

    def id(self) -> str:
        """Prefix of the algorithm ids."""
        return "gemeindescan"

    def name(self) -> str:
        """Name in the toolbox."""
        return "Gemeindescan"

    def longName(self) -> str:  # noqa: N802 (QGIS API name)
        """Name with the version, for the toolbox's tooltip."""
        return f"Gemeindescan Uploader {__version__}"  # untranslated: the name

    def versionInfo(self) -> str:  # noqa: N802 (QGIS API name)
        """Version shown in the Processing options."""
        return __version__

    def icon(self) -> QIcon:
        """The plugin's icon, or Processing's default."""
        return QIcon(self._icon_path) if self._icon_path else super().icon()

    def loadAlgorithms(self) -> None:  # noqa: N802 (QGIS API name)
        """Add the two algorithms (called by QGIS on registration and refresh)."""
        self.addAlgorithm(ExportSnapshotAlgorithm())
        self.addAlgorithm(PublishSnapshotAlgorithm())
        self.addAlgorithm(OpenSnapshotAlgorithm())
