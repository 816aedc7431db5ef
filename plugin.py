"""Wires the Gemeindescan Uploader into QGIS: toolbar action, Web menu entry, dock, Processing provider."""

import os

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .ui.dock import GemeindescanDock

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
MENU_TITLE = "&Gemeindescan Uploader"


class GemeindescanUploaderPlugin:
    """Owns everything the plugin adds to QGIS, and removes all of it again on unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.action = None
        self.dock = None
        self.provider = None

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name; qgis_process calls it without initGui)
        """Register the Processing provider "Gemeindescan" (export and publish algorithms)."""
        from gemeindescan_uploader.processing.provider import GemeindescanProvider

        if self.provider is None:
            self.provider = GemeindescanProvider(os.path.join(PLUGIN_DIR, "ui", "icons", "icon.png"))
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Add the toolbar action, the Web menu entry, the (hidden) dock panel and the Processing provider."""
        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "ui", "icons", "icon.png"))
        self.action = QAction(icon, "Gemeindescan Uploader", self.iface.mainWindow())
        self.action.setObjectName("gemeindescanUploaderAction")
        self.action.setToolTip("Publish the map view as a Gemeindescan snapshot")
        self.action.setCheckable(True)

        self.dock = GemeindescanDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("GemeindescanUploaderDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # The dock's own toggle keeps the action's checked state in step with the panel.
        self.dock.setToggleVisibilityAction(self.action)

        self.iface.addToolBarIcon(self.action)
        self.iface.addPluginToWebMenu(MENU_TITLE, self.action)

    def unload(self) -> None:
        """Remove every action, menu entry, dock and provider this plugin added."""
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.action is not None:
            self.iface.removePluginWebMenu(MENU_TITLE, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
