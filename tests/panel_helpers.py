"""Fixtures and helpers for the panel tests: the plugin's ui modules, a stored login, a sample map, typing."""

from __future__ import annotations

import importlib
import sys
import time
from types import SimpleNamespace
from typing import Callable

import pytest
from conftest import PLUGIN_NAME, REPO_ROOT
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QEventLoop, Qt
from qgis.PyQt.QtGui import QKeyEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication
from qgis_profile import MASTER_PASSWORD

sys.path.insert(0, str(REPO_ROOT / "scripts"))
import sample_project  # noqa: E402


@pytest.fixture(scope="session")
def plugin(plugin_module):
    """The plugin's modules as QGIS imports them (the ui imports the core relatively, inside the package)."""
    names = {
        "dock": "ui.dock",
        "rules": "ui.rules",
        "search": "ui.municipality_search",
        "combo": "ui.municipality_combo",
        "login_dialog": "ui.login_dialog",
        "layer_choice": "ui.layer_choice",
        "settings": "gemeindescan_uploader.settings",
        "errors": "gemeindescan_uploader.errors",
        "cache": "gemeindescan_uploader.municipality_cache",
        "client": "gemeindescan_uploader.client",
        "background": "gemeindescan_uploader.background",
    }
    return SimpleNamespace(
        **{key: importlib.import_module(f"{PLUGIN_NAME}.{name}") for key, name in names.items()}
    )


def unlock_auth_database() -> None:
    """Set the (test-only) master password of the test profile's authentication database."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER_PASSWORD, True), "test master password refused"


@pytest.fixture()
def store_login(qgis_app, plugin):
    """``store_login(username, password)`` → authcfg id of a Basic configuration, removed afterwards."""
    stored = []

    def store(username: str, password: str) -> str:
        unlock_auth_database()
        authcfg = plugin.login_dialog.store_basic_login("Panel test", username, password)
        assert authcfg
        stored.append(authcfg)
        return authcfg

    yield store
    for authcfg in stored:
        QgsApplication.authManager().removeAuthenticationConfig(authcfg)


@pytest.fixture()
def sample_map(tmp_path, qgis_iface):
    """The sample project (three styled layers around Zürich) open in QGIS, the canvas showing it."""
    project = QgsProject.instance()
    sample_project.build_sample_project(tmp_path / "map", project)
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(sample_project.LV95)
    canvas.setExtent(sample_project.sample_extent().buffered(50))
    yield project
    project.clear()


@pytest.fixture()
def make_dock(plugin, qgis_iface):
    """``make_dock()`` → a new GemeindescanDock on the current project, torn down after the test."""
    docks = []

    def make():
        dock = plugin.dock.GemeindescanDock(qgis_iface)
        docks.append(dock)
        return dock

    yield make
    for dock in docks:
        dock.teardown()
        dock.deleteLater()
    QCoreApplication.processEvents()


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, what: str = "condition") -> None:
    """Run the event loop until ``condition()`` holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.005)


def key_clicks(widget, text: str) -> None:
    """Key presses for ``text``; QTest.keyClicks only knows ASCII, so other letters go as text events."""
    for character in text:
        if character.isascii():
            QTest.keyClicks(widget, character)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))


def type_into(widget, text: str, finish: bool = True) -> None:
    """Type ``text`` into a line edit as a user does (replacing its content), then Enter."""
    widget.setFocus()
    widget.selectAll()
    QTest.keyClick(widget, Qt.Key.Key_Delete)
    key_clicks(widget, text)
    if finish:
        QTest.keyClick(widget, Qt.Key.Key_Return)


def pick_municipality(dock, typed: str) -> str:
    """Type into the municipality drop-down and take the first suggestion; returns its label."""
    line_edit = dock.ui.municipalityCombo.lineEdit()
    line_edit.setFocus()
    line_edit.selectAll()
    QTest.keyClick(line_edit, Qt.Key.Key_Delete)
    key_clicks(line_edit, typed)
    suggestions = dock.search.matches.stringList()
    assert suggestions, f"no suggestion for {typed!r}"
    popup = dock.search.popup()
    popup.setCurrentIndex(dock.search.matches.index(0, 0))
    QTest.keyClick(popup, Qt.Key.Key_Return)
    return suggestions[0]


def fill_panel(
    dock,
    server,
    authcfg: str,
    tmp_path,
    title: str = "Zonen Zürich",
    topic: str = "Raumplanung",
    server_url: str = "",
) -> None:
    """Fill every field of the panel through its widgets, as an analyst does."""
    ui = dock.ui
    type_into(ui.serverEdit, server_url or server.url)
    dock.set_login(authcfg)  # what the login dialog does once the analyst chose a login
    wait_for(lambda: len(dock.municipalities) > 0, what="the municipalities")
    type_into(ui.workspaceEdit, f"{server.frontend_url.rstrip('/')}/{server.workspace_id}/")
    wait_for(lambda: dock.workspace_info is not None, what="the workspace lookup")
    pick_municipality(dock, "zurich")
    type_into(ui.titleEdit, title)
    type_into(ui.topicEdit, topic)
    ui.descriptionEdit.setFocus()
    key_clicks(ui.descriptionEdit, "Aus dem Panel")
    type_into(ui.keywordsEdit, "Zonen, Test")
    ui.outputFolderWidget.setFilePath(str(tmp_path / "kept"))


def press_publish(dock, as_new: bool = False, timeout: float = 120.0):
    """Press Publish (or the menu's "as a new snapshot") and wait until the task ended."""
    if as_new:
        dock.publish_as_new_action.trigger()
    else:
        QTest.mouseClick(dock.ui.publishButton, Qt.MouseButton.LeftButton)
    assert dock.publish_task is not None, dock.ui.publishButton.toolTip()
    wait_for(lambda: dock.publish_task is None, timeout, what="the publish")
