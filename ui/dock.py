"""The Gemeindescan dock panel (placeholder until the publishing panel lands)."""

from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..gemeindescan_uploader.translation import Gemeindescan


class GemeindescanDock(QgsDockWidget):
    """Dock panel from which the analyst publishes a snapshot."""

    def __init__(self, parent=None) -> None:
        super().__init__(Gemeindescan.tr("Gemeindescan Uploader"), parent)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(QLabel(Gemeindescan.tr("Publishing from this panel is coming soon."), body))
        layout.addStretch(1)
        self.setWidget(body)
