"""Shared fixtures: the plugin imported as QGIS imports it, and a QGIS interface that keeps real widgets."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtWidgets import QMenu, QToolBar

# The local Gemeindescan server fixtures (gemeindescan_server, start_local_server): tests/local_server.py;
# the panel's (plugin, store_login, sample_map, make_dock): tests/panel_helpers.py.
pytest_plugins = ["local_server", "panel_helpers"]

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
PLUGIN_NAME = "GemeindescanUploader"


@pytest.fixture(scope="session")
def plugin_module(tmp_path_factory):
    """The repository imported as a QGIS plugin package named ``GemeindescanUploader``."""
    plugins_dir = tmp_path_factory.mktemp("plugins")
    (plugins_dir / PLUGIN_NAME).symlink_to(REPO_ROOT, target_is_directory=True)
    sys.path.insert(0, str(plugins_dir))
    try:
        yield importlib.import_module(PLUGIN_NAME)
    finally:
        sys.path.remove(str(plugins_dir))


@pytest.fixture()
def iface(qgis_iface):
    """pytest-qgis's interface, with toolbar, Web menu and docks that really hold what is added.

    pytest-qgis leaves those calls as no-ops; here they act on its real main window,
    so a test can see whether unload() removes everything initGui() added.
    """
    main_window = qgis_iface.mainWindow()
    toolbar = QToolBar("Plugins", main_window)
    web_menu = QMenu("&Web", main_window)
    submenus: dict[str, QMenu] = {}

    def add_to_web_menu(title, action):
        if title not in submenus:
            submenus[title] = web_menu.addMenu(title)
        submenus[title].addAction(action)

    def remove_from_web_menu(title, action):
        submenu = submenus.get(title)
        if submenu is None:
            return
        submenu.removeAction(action)
        if not submenu.actions():
            web_menu.removeAction(submenu.menuAction())
            del submenus[title]

    qgis_iface.addToolBarIcon = toolbar.addAction
    qgis_iface.removeToolBarIcon = toolbar.removeAction
    qgis_iface.addPluginToWebMenu = add_to_web_menu
    qgis_iface.removePluginWebMenu = remove_from_web_menu
    qgis_iface.addDockWidget = main_window.addDockWidget
    qgis_iface.removeDockWidget = main_window.removeDockWidget
    qgis_iface.plugin_toolbar = toolbar
    qgis_iface.web_menu = web_menu
    yield qgis_iface
    for name in (
        "addToolBarIcon",
        "removeToolBarIcon",
        "addPluginToWebMenu",
        "removePluginWebMenu",
        "addDockWidget",
        "removeDockWidget",
        "plugin_toolbar",
        "web_menu",
    ):
        delattr(qgis_iface, name)
