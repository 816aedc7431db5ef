"""The plugin loads into QGIS, shows its action and dock, and unloads without leaving anything behind."""

from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QDialog, QDockWidget


def our_docks(iface):
    return [
        dock
        for dock in iface.mainWindow().findChildren(QDockWidget)
        if dock.objectName() == "GemeindescanUploaderDock"
    ]


def web_menu_actions(iface):
    return [
        action.text() for menu_action in iface.web_menu.actions() for action in menu_action.menu().actions()
    ]


def test_init_gui_adds_action_menu_entry_and_hidden_dock(plugin_module, iface):
    plugin = plugin_module.classFactory(iface)
    plugin.initGui()
    try:
        assert [action.text() for action in iface.plugin_toolbar.actions()] == ["Gemeindescan Uploader"]
        assert web_menu_actions(iface) == ["Gemeindescan Uploader", "Open snapshot…"]
        assert not plugin.action.icon().isNull()
        docks = our_docks(iface)
        assert len(docks) == 1
        assert not docks[0].isVisible()
    finally:
        plugin.unload()


def test_action_toggles_the_dock(plugin_module, iface):
    plugin = plugin_module.classFactory(iface)
    plugin.initGui()
    try:
        iface.mainWindow().show()
        plugin.action.trigger()
        assert plugin.dock.isVisible()
        assert plugin.action.isChecked()
        plugin.action.trigger()
        assert not plugin.dock.isVisible()
        assert not plugin.action.isChecked()
    finally:
        plugin.unload()
        iface.mainWindow().hide()


def test_load_and_unload_twice_leaves_nothing_behind(plugin_module, iface, qgis_app):
    for _ in range(2):
        plugin = plugin_module.classFactory(iface)
        plugin.initGui()
        plugin.open_action.trigger()  # the dialog made on first use goes with the plugin too
        assert plugin.dock.open_dialog.isVisible()
        plugin.unload()
        qgis_app.processEvents()
        # deleteLater() needs a trip through the event loop before widgets are gone.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert iface.plugin_toolbar.actions() == []
        assert iface.web_menu.actions() == []
        assert our_docks(iface) == []
        assert plugin.action is None and plugin.dock is None
        assert plugin.open_action is None
        assert [
            widget
            for widget in iface.mainWindow().findChildren(QDialog)
            if widget.objectName() == "OpenSnapshotDialog"
        ] == []


def our_providers():
    from qgis.core import QgsApplication

    return [
        provider
        for provider in QgsApplication.processingRegistry().providers()
        if provider.id() == "gemeindescan"
    ]


def test_init_gui_registers_the_processing_provider_and_unload_removes_it(plugin_module, iface, qgis_app):
    for _ in range(2):
        plugin = plugin_module.classFactory(iface)
        plugin.initGui()
        try:
            assert len(our_providers()) == 1
            algorithm_ids = sorted(algorithm.id() for algorithm in our_providers()[0].algorithms())
            assert algorithm_ids == [
                "gemeindescan:exportsnapshot",
                "gemeindescan:opensnapshot",
                "gemeindescan:publishsnapshot",
            ]
        finally:
            plugin.unload()
        assert our_providers() == []
        assert plugin.provider is None


def test_processing_alone_as_qgis_process_loads_it(plugin_module, qgis_app):
    """qgis_process creates the plugin without an interface and calls only initProcessing()."""
    plugin = plugin_module.classFactory(None)
    plugin.initProcessing()
    plugin.initProcessing()  # idempotent: Processing may call it again after initGui
    try:
        assert len(our_providers()) == 1
    finally:
        plugin.unload()
    assert our_providers() == []


def message_log_handlers():
    import logging

    return [
        handler
        for handler in logging.getLogger("gemeindescan").handlers
        if type(handler).__name__ == "MessageLogHandler"
    ]


def test_the_log_handler_comes_with_the_plugin_and_goes_with_it(plugin_module, iface):
    for _ in range(2):
        plugin = plugin_module.classFactory(iface)
        plugin.initGui()
        plugin.initProcessing()  # Processing may call it again: still one handler
        try:
            assert len(message_log_handlers()) == 1
        finally:
            plugin.unload()
        assert message_log_handlers() == []
