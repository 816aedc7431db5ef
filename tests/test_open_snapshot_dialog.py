"""The "Open snapshot…" dialog: real widgets, the real task manager, a real local server."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from qgis.core import Qgis, QgsApplication, QgsCoordinateReferenceSystem, QgsProject

from gemeindescan_uploader.client import GemeindescanClient, SnapshotFields, WorkspaceReference
from gemeindescan_uploader.snapshot_import.project_settings import read_publish_target
from gemeindescan_uploader.snapshot_import.reading import snapshot_contents

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"


@pytest.fixture()
def dialog_module(plugin_module):
    import importlib

    return importlib.import_module(f"{plugin_module.__name__}.ui.open_snapshot")


@pytest.fixture()
def dialog(dialog_module, qgis_iface, qgis_new_project):
    qgis_iface.messageBar().clear_messages()
    dialog = dialog_module.OpenSnapshotDialog(qgis_iface)
    yield dialog
    dialog.deleteLater()
    QgsProject.instance().clear()


def wait_for(dialog, qgis_app, seconds: float = 60) -> None:
    """Let the task run and its finished() reach the dialog."""
    deadline = time.monotonic() + seconds
    while dialog.task is not None and time.monotonic() < deadline:
        qgis_app.processEvents()
        time.sleep(0.01)
    assert dialog.task is None, "the open task did not finish in time"


def dialog_message(dialog) -> str:
    item = dialog.messageBar.currentItem()
    return item.text() if item is not None else ""


def test_opening_a_file_adds_the_styled_layers_zooms_and_reports(dialog, qgis_iface, qgis_app, tmp_path):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:2056"))
    dialog.fromFileRadio.setChecked(True)
    dialog.snapshotFileWidget.setFilePath(str(SNAPSHOTS / "circles.json"))
    dialog.chosenFileRadio.setChecked(True)
    dialog.geopackageFileWidget.setFilePath(str(tmp_path / "schulen"))
    dialog.start()
    wait_for(dialog, qgis_app)
    assert dialog_message(dialog) == ""
    # ".gpkg" is added to a name chosen without it.
    assert (tmp_path / "schulen.gpkg").is_file()
    group = QgsProject.instance().layerTreeRoot().findGroup("Schulen")
    assert [child.name() for child in group.children()] == ["Schulen"]
    # The canvas shows the snapshot's bounds (geo:47.35,8.49 to geo:47.39,8.55) in its LV95: centred on
    # 8.52°E 47.37°N, about E 2'681'680 N 1'247'135; 0.04° of latitude × 111.2 km = 4.45 km high (the
    # width follows the canvas's shape).
    extent = canvas.extent()
    assert abs(extent.center().x() - 2681680) < 300 and abs(extent.center().y() - 1247135) < 300
    assert 4300 < extent.height() < 4700
    success = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Success)
    assert success and "Opened “Schulen”: Schulen: 3 features, 2 styles" in success[0]


def test_a_file_that_is_not_a_snapshot_is_explained_in_the_dialog(dialog, qgis_app, tmp_path):
    path = tmp_path / "daten.json"
    path.write_text('{"type": "FeatureCollection", "features": []}', encoding="utf-8")
    dialog.snapshotFileWidget.setFilePath(str(path))
    dialog.temporaryRadio.setChecked(True)
    dialog.start()
    wait_for(dialog, qgis_app)
    assert dialog_message(dialog) == (
        "The file is plain GeoJSON, not a snapshot. Open it with "
        "Layer ▸ Add Layer ▸ Add Vector Layer instead."
    )
    assert QgsProject.instance().count() == 0
    assert dialog.buttonBox.button(dialog.buttonBox.StandardButton.Open).isEnabled()


def test_missing_inputs_are_named_before_anything_runs(dialog):
    dialog.fromLinkRadio.setChecked(True)
    dialog.start()
    assert dialog.task is None
    assert dialog_message(dialog) == "Paste the snapshot's link, or give its id and the server."


def test_opening_by_link_sets_up_publishing_to_that_snapshot(dialog, qgis_app, gemeindescan_server, tmp_path):
    server = gemeindescan_server
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Bern", "Zonen", 351), WorkspaceReference(server.workspace_id)
        )
        client.upload(record.snapshot_pk, SNAPSHOTS / "plain_simplestyle.json")
    QgsProject.instance().write(str(tmp_path / "karte.qgs"))
    dialog.refresh_project_folder()
    assert dialog.besideProjectRadio.isEnabled()
    dialog.besideProjectRadio.setChecked(True)
    dialog.fromLinkRadio.setChecked(True)
    dialog.linkEdit.setText(f"{server.url}/{server.workspace_id}/{record.snapshot_pk}/")
    dialog.start()
    wait_for(dialog, qgis_app)
    assert dialog_message(dialog) == ""
    # Kept beside the project, named after the snapshot.
    assert (tmp_path / "bern-plain.gpkg").is_file()
    assert read_publish_target(QgsProject.instance()) == {
        "snapshot_pk": record.snapshot_pk,
        "workspace": server.workspace_id,
        "bfs_number": "351",
        "server_url": server.url.rstrip("/"),
    }


def test_beside_the_project_never_overwrites_an_earlier_geopackage(dialog_module, tmp_path):
    contents = snapshot_contents(
        {
            "name": "zonen",
            "resources": [{"mediatype": "application/vnd.wms", "path": "x", "parameters": {"layers": "a"}}],
        }
    )
    (tmp_path / "zonen.gpkg").write_bytes(b"")
    (tmp_path / "zonen-2.gpkg").write_bytes(b"")
    assert dialog_module.geopackage_beside_project(str(tmp_path), contents) == str(tmp_path / "zonen-3.gpkg")


def test_the_task_goes_through_the_task_manager(dialog, qgis_app):
    dialog.snapshotFileWidget.setFilePath(str(SNAPSHOTS / "circles.json"))
    dialog.temporaryRadio.setChecked(True)
    dialog.start()
    assert dialog.task in QgsApplication.taskManager().tasks() or dialog.task is None
    wait_for(dialog, qgis_app)
