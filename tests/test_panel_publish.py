"""The panel end to end on the local server: filled through its widgets, Publish pressed, task awaited."""

from __future__ import annotations

import json
from pathlib import Path

from panel_helpers import fill_panel, press_publish
from qgis.core import Qgis, QgsProject
from qgis.PyQt.QtCore import Qt

from gemeindescan_uploader.client import GemeindescanClient


def success_items(qgis_iface):
    bar = qgis_iface.messageBar()
    return [item for item in bar.items() if item.level() == Qgis.MessageLevel.Success]


def test_publish_from_the_panel_then_update_then_as_new(
    gemeindescan_server, sample_map, make_dock, store_login, tmp_path, qgis_iface
):
    server = gemeindescan_server
    dock = make_dock()
    authcfg = store_login(server.username, server.password)
    fill_panel(dock, server, authcfg, tmp_path)
    assert dock.ui.municipalityCombo.currentText() == "Zürich (ZH) · 261"
    assert dock.state.settings.bfs_number == 261
    assert dock.state.checked_layer_ids, "the visible layers are checked by default"
    assert dock.ui.publishButton.isEnabled(), dock.ui.publishButton.toolTip()
    assert dock.ui.publishButton.text() == "Publish as a new snapshot"

    press_publish(dock)
    assert dock.last_error is None, dock.last_error and (dock.last_error.message, dock.last_error.detail)
    pk = dock.state.settings.snapshot_pk
    assert pk
    kept = tmp_path / "kept" / "zonen-zuerich.json"
    written = json.loads(kept.read_text(encoding="utf-8"))
    with GemeindescanClient(server.url) as client:
        stored = client.snapshot(pk)
        workspace = client.workspace(server.workspace_id)
    assert stored.data == written
    assert stored.bfs_number == 261 and stored.title == "Zonen Zürich" and stored.topic == "Raumplanung"
    assert pk in [item.snapshot_pk for item in workspace.snapshots]
    assert {resource["title"] for resource in written["resources"] if resource.get("title")} >= {
        "Zones",
        "Roads",
        "Population",
    }
    assert any(pk in item.text() for item in success_items(qgis_iface))
    assert pk in dock.ui.historyLabel.text()
    assert "Zones: 20 features" in dock.ui.reportLabel.text()

    # The next Publish updates the same snapshot: the button says so.
    assert dock.ui.publishButton.text() == f"Publish — updates {pk}"
    dock.ui.titleEdit.setText("Zonen Zürich, neu")
    press_publish(dock)
    assert dock.last_error is None
    assert dock.state.settings.snapshot_pk == pk
    with GemeindescanClient(server.url) as client:
        assert client.snapshot(pk, with_data=False).title == "Zonen Zürich, neu"
        listed = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
    assert listed.count(pk) == 1

    # "Publish as a new snapshot" is an explicit choice and creates a second one.
    press_publish(dock, as_new=True)
    assert dock.last_error is None
    second = dock.state.settings.snapshot_pk
    assert second and second != pk
    with GemeindescanClient(server.url) as client:
        listed = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
    assert pk in listed and second in listed
    assert dock.ui.publishButton.text() == f"Publish — updates {second}"
    assert [record.snapshot_pk for record in dock.state.settings.history][-3:] == [pk, pk, second]


def test_settings_survive_saving_and_reopening_the_project(
    gemeindescan_server, sample_map, make_dock, store_login, tmp_path
):
    server = gemeindescan_server
    dock = make_dock()
    authcfg = store_login(server.username, server.password)
    fill_panel(dock, server, authcfg, tmp_path, title="Bleibt", topic="Gespeichert")
    dock.ui.backgroundCombo.setCurrentIndex(0)  # none
    roads = next(
        row for row in range(dock.ui.layersList.count()) if dock.ui.layersList.item(row).text() == "Roads"
    )
    dock.ui.layersList.item(roads).setCheckState(Qt.CheckState.Unchecked)
    project = QgsProject.instance()
    path = Path(project.fileName())
    assert project.write(str(path))
    text = path.read_text(encoding="utf-8")
    assert server.password not in text and "sessionid" not in text
    checked_before = list(dock.state.checked_layer_ids)

    project.clear()
    assert dock.ui.titleEdit.text() == ""
    assert project.read(str(path))
    ui = dock.ui
    assert ui.serverEdit.text() == server.url
    assert ui.workspaceEdit.text() == server.workspace_id
    assert ui.titleEdit.text() == "Bleibt" and ui.topicEdit.text() == "Gespeichert"
    assert ui.descriptionEdit.toPlainText() == "Aus dem Panel"
    assert ui.keywordsEdit.text() == "Zonen, Test"
    assert ui.backgroundCombo.currentIndex() == 0
    assert dock.state.settings.bfs_number == 261
    assert ui.municipalityCombo.currentText() == "Zürich (ZH) · 261"
    assert dock.state.checked_layer_ids == checked_before and len(checked_before) == 2
    assert dock.state.settings.authcfg == authcfg
    assert not project.isDirty(), "showing the saved settings must not mark the project as changed"
