"""Wires the Gemeindescan Uploader into QGIS: translation, toolbar action, Web menu entry, dock, provider."""

import os
import sys

import qgis.utils
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .gemeindescan_uploader.qgis_log import install_message_log_handler, remove_message_log_handler
from .gemeindescan_uploader.translation import Gemeindescan, PluginTranslator
from .ui.dock import GemeindescanDock

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))
#: The plugin's package name: its folder name in the profile (``GemeindescanUploader`` from the zip).
PLUGIN_PACKAGE = __name__.rpartition(".")[0]


class GemeindescanUploaderPlugin:
    """Owns everything the plugin adds to QGIS, and removes all of it again on unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.action = None
        self.dock = None
        self.provider = None
        self.open_action = None
        self.translator = PluginTranslator(os.path.join(PLUGIN_DIR, "i18n"))
        self.menu_title = ""

    def initProcessing(self) -> None:  # noqa: N802 (QGIS API name; qgis_process calls it without initGui)
        """Register the Processing provider "Gemeindescan" (export and publish algorithms), start the log."""
        install_message_log_handler()
        from .gemeindescan_uploader.processing.provider import GemeindescanProvider

        # Before the provider: the algorithms read their names and labels when they are loaded.
        self.translator.install()
        if self.provider is None:
            self.provider = GemeindescanProvider(os.path.join(PLUGIN_DIR, "ui", "icons", "icon.png"))
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802 (QGIS API name)
        """Add the toolbar action, the Web menu entry, the (hidden) dock panel and the Processing provider."""
        self.initProcessing()
        icon = QIcon(os.path.join(PLUGIN_DIR, "ui", "icons", "icon.png"))
        self.action = QAction(icon, Gemeindescan.tr("Gemeindescan Uploader"), self.iface.mainWindow())
        self.action.setObjectName("gemeindescanUploaderAction")
        self.action.setToolTip(Gemeindescan.tr("Publish the map view as a Gemeindescan snapshot"))
        self.action.setCheckable(True)

        self.dock = GemeindescanDock(self.iface, self.iface.mainWindow())
        self.dock.setObjectName("GemeindescanUploaderDock")
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        # The dock's own toggle keeps the action's checked state in step with the panel.
        self.dock.setToggleVisibilityAction(self.action)

        self.iface.addToolBarIcon(self.action)
        # Kept: removing the entry needs the very title it was added under.
        self.menu_title = Gemeindescan.tr("&Gemeindescan Uploader")
        self.iface.addPluginToWebMenu(self.menu_title, self.action)

        self.open_action = QAction(icon, Gemeindescan.tr("Open snapshot…"), self.iface.mainWindow())
        self.open_action.setObjectName("gemeindescanOpenSnapshotAction")
        self.open_action.setToolTip(
            Gemeindescan.tr("Open a Gemeindescan snapshot (file or link) as styled QGIS layers")
        )
        # The panel owns the dialog, so the Web menu entry and the panel's button show the same one.
        self.open_action.triggered.connect(self.dock.show_open_snapshot)
        self.iface.addPluginToWebMenu(self.menu_title, self.open_action)

    def unload(self) -> None:
        """Remove every action, menu entry, dock, provider, log handler and translation this plugin added."""
        remove_message_log_handler()
        if self.open_action is not None:
            self.iface.removePluginWebMenu(self.menu_title, self.open_action)
            self.open_action.deleteLater()
            self.open_action = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.action is not None:
            self.iface.removePluginWebMenu(self.menu_title, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.teardown()
            self.iface.removeDockWidget(self.dock)
            self.dock.deleteLater()
            self.dock = None
        self.translator.remove()
        if qgis.utils.plugins.get(PLUGIN_PACKAGE) is self:
            _forget_modules_qgis_misses()


def _forget_modules_qgis_misses() -> None:
    """Drop the plugin's modules that QGIS's unload would leave in ``sys.modules``.

    After ``unload()`` QGIS deletes the modules its import hook saw being imported; a package that
    was only passed through (``ui`` in ``from .ui.dock import …``) is not among them, and a reload
    would run the old one. Only modules QGIS will not delete itself are dropped here.
    """
    tracked = getattr(qgis.utils, "_plugin_modules", {}).get(PLUGIN_PACKAGE)
    if tracked is None:
        return
    for name in [name for name in sys.modules if name.startswith(PLUGIN_PACKAGE + ".")]:
        if name not in tracked:
            del sys.modules[name]
