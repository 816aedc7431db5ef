"""The panel's "Open snapshot…" button end to end: open a snapshot by link, Publish then updates it."""

from __future__ import annotations

from pathlib import Path

from panel_helpers import press_publish, type_into, wait_for
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QDialogButtonBox

from gemeindescan_uploader.client import GemeindescanClient, SnapshotFields, WorkspaceReference

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"
ZURICH = 261


def test_open_snapshot_from_the_panel_then_publish_updates_it(
    gemeindescan_server, make_dock, store_login, qgis_iface, qgis_new_project, tmp_path
):
    server = gemeindescan_server
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Schulen vom Server", "Bildung", ZURICH),
            WorkspaceReference(server.workspace_id),
        )
        client.upload(record.snapshot_pk, SNAPSHOTS / "circles.json")
        listed_before = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
    pk = record.snapshot_pk
    qgis_iface.mapCanvas().resize(800, 600)
    dock = make_dock()
    dock.show()  # the analyst presses the button in the open panel
    dock.set_login(store_login(server.username, server.password))
    assert dock.ui.publishButton.text() == "Publish as a new snapshot"

    QTest.mouseClick(dock.ui.openSnapshotButton, Qt.MouseButton.LeftButton)
    dialog = dock.open_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.fromLinkRadio.setChecked(True)
    dialog.linkEdit.setText(f"{server.frontend_url.rstrip('/')}/{server.workspace_id}/{pk}/")
    dialog.temporaryRadio.setChecked(True)
    QTest.mouseClick(dialog.buttonBox.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton)
    wait_for(lambda: dialog.task is None, what="the snapshot to open")
    shown = dialog.messageBar.currentItem()
    assert shown is None, shown.text()
    assert not dialog.isVisible()

    # The open panel shows the opened snapshot as the Publish target, with its workspace and server.
    assert dock.ui.publishButton.text() == f"Publish — updates {pk}"
    assert dock.ui.snapshotCombo.currentData() == pk
    # The entry is cut off in a narrow panel; the tooltip has it in full.
    assert dock.ui.snapshotCombo.toolTip().endswith(dock.ui.snapshotCombo.currentText())
    assert dock.ui.workspaceEdit.text() == server.workspace_id
    assert dock.ui.serverEdit.text() == server.url.rstrip("/")
    assert dock.state.settings.bfs_number == ZURICH
    # The shown panel fetches the new server's municipalities and shows the snapshot's.
    wanted = server.url.rstrip("/") + "/"
    wait_for(
        lambda: dock.municipality_server == wanted and len(dock.municipalities) > 0,
        what="the municipalities of the snapshot's server",
    )
    assert dock.ui.municipalityCombo.currentText() == "Zürich (ZH) · 261"
    (layer,) = QgsProject.instance().mapLayersByName("Schulen")
    assert dock.state.checked_layer_ids == [layer.id()]

    # The analyst names the update and publishes it from the panel: the same snapshot changes.
    type_into(dock.ui.titleEdit, "Schulen, korrigiert")
    type_into(dock.ui.topicEdit, "Bildung")
    dock.ui.outputFolderWidget.setFilePath(str(tmp_path / "kept"))
    assert dock.ui.publishButton.isEnabled(), dock.ui.publishButton.toolTip()
    press_publish(dock)
    assert dock.last_error is None, dock.last_error and (dock.last_error.message, dock.last_error.detail)
    assert dock.state.settings.snapshot_pk == pk
    with GemeindescanClient(server.url) as client:
        stored = client.snapshot(pk)
        listed_after = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
    assert stored.title == "Schulen, korrigiert" and stored.bfs_number == ZURICH
    resources = stored.data["resources"]
    assert [item.get("title") for item in resources if item["name"] != "background"] == ["Schulen"]
    assert sorted(listed_after) == sorted(listed_before), "an update, not a second snapshot"
    assert dock.ui.publishButton.text() == f"Publish — updates {pk}"
