"""The panel's widgets follow QGIS: layers (unsupported ones disabled), the view live, counters, files."""

from __future__ import annotations

import json
from pathlib import Path

from panel_helpers import fill_panel, press_publish, type_into
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QPushButton


def layer_rows(dock) -> list[tuple[str, bool, bool, str]]:
    """(text, enabled, checked, tooltip) of each row of the layer list."""
    widget = dock.ui.layersList
    rows = []
    for row in range(widget.count()):
        item = widget.item(row)
        rows.append(
            (
                item.text(),
                bool(item.flags() & Qt.ItemFlag.ItemIsEnabled),
                item.checkState() == Qt.CheckState.Checked,
                item.toolTip(),
            )
        )
    return rows


def test_layers_are_listed_top_first_and_unsupported_ones_disabled_with_the_reason(
    sample_map, make_dock, tmp_path
):
    project = QgsProject.instance()
    table = QgsVectorLayer("None?field=name:string", "Tabelle", "memory")
    project.addMapLayer(table)
    # A small GeoTIFF: a raster that is not a WMS.
    from osgeo import gdal

    raster_path = str(tmp_path / "ortho.tif")
    dataset = gdal.GetDriverByName("GTiff").Create(raster_path, 4, 4, 1)
    dataset.SetGeoTransform([2681600, 100, 0, 1248400, 0, -100])
    dataset = None
    project.addMapLayer(QgsRasterLayer(raster_path, "Orthofoto"))
    dock = make_dock()
    rows = layer_rows(dock)
    names = [row[0] for row in rows]
    # Layer-tree order, top first: the layers added last sit on top.
    assert names[-3:] == ["Population", "Roads", "Zones"]
    by_name = {row[0]: row for row in rows}
    assert by_name["Zones"][1:3] == (True, True)
    raster = by_name["Orthofoto (cannot be published)"]
    assert raster[1:3] == (False, False)
    assert "raster layer that is not a WMS" in raster[3]
    assert "table without geometry" in by_name["Tabelle (cannot be published)"][3]
    assert dock.state.checked_layer_ids == [
        layer.id()
        for layer in [project.mapLayersByName(name)[0] for name in ("Population", "Roads", "Zones")]
    ]


def test_a_hidden_layer_is_not_checked_by_default_and_follows_visibility_until_chosen(sample_map, make_dock):
    project = QgsProject.instance()
    roads = project.mapLayersByName("Roads")[0]
    node = project.layerTreeRoot().findLayer(roads.id())
    dock = make_dock()
    assert roads.id() in dock.state.checked_layer_ids
    node.setItemVisibilityChecked(False)
    assert roads.id() not in dock.state.checked_layer_ids
    assert [row[2] for row in layer_rows(dock)] == [True, False, True]
    # Once the analyst picks, the choice is remembered instead of following visibility.
    dock.ui.layersList.item(1).setCheckState(Qt.CheckState.Checked)
    node.setItemVisibilityChecked(True)
    node.setItemVisibilityChecked(False)
    assert roads.id() in dock.state.checked_layer_ids


def test_the_map_view_follows_the_canvas(sample_map, make_dock, qgis_iface):
    dock = make_dock()
    canvas = qgis_iface.mapCanvas()
    before = dock.ui.extentLabel.text()
    assert before.startswith("current map view · 1:")
    canvas.setExtent(QgsRectangle(2682000, 1247000, 2683000, 1247500))
    after = dock.ui.extentLabel.text()
    scale = f"{round(canvas.scale()):,}".replace(",", "\u202f")
    extent = canvas.extent()
    assert after != before
    assert after == (
        f"current map view · 1:{scale} · {extent.width() / 1000:.1f}\u00a0×\u00a0"
        f"{extent.height() / 1000:.1f}\u00a0km"
    )


def test_counters_turn_red_past_the_limit_and_publish_says_why(sample_map, make_dock):
    dock = make_dock()
    type_into(dock.ui.titleEdit, "x" * 151)
    assert dock.ui.titleCounter.text() == "151/150"
    assert "c62828" in dock.ui.titleCounter.styleSheet()
    assert not dock.ui.publishButton.isEnabled()
    assert "a shorter title (at most 150 characters)" in dock.ui.publishButton.toolTip()
    type_into(dock.ui.titleEdit, "Kurz")
    assert dock.ui.titleCounter.text() == "4/150" and dock.ui.titleCounter.styleSheet() == ""


def test_the_file_is_kept_beside_the_project_or_in_the_profile(plugin, sample_map, qgis_app):
    project = QgsProject.instance()
    assert (
        plugin.layer_choice.default_output_folder(project)
        == Path(project.fileName()).resolve().parent / "gemeindescan"
    )
    unsaved = QgsProject()
    assert (
        plugin.layer_choice.default_output_folder(unsaved)
        == Path(QgsApplication.qgisSettingsDirPath()) / "gemeindescan" / "snapshots"
    )


def test_background_choice_reaches_the_snapshot_and_copy_link_copies(
    gemeindescan_server, sample_map, make_dock, store_login, tmp_path, qgis_iface
):
    server = gemeindescan_server
    dock = make_dock()
    fill_panel(dock, server, store_login(server.username, server.password), tmp_path, title="Mit Hintergrund")
    assert dock.ui.backgroundCombo.currentText() == "Gemeindescan standard"
    press_publish(dock)
    written = json.loads((tmp_path / "kept" / "mit-hintergrund.json").read_text(encoding="utf-8"))
    backgrounds = [resource for resource in written["resources"] if resource["name"] == "background"]
    assert [resource["path"] for resource in backgrounds] == [
        "mapbox://styles/gemeindescan/ck6rp249516tg1iqkmt48o4pz"
    ]
    # The success message's buttons: Copy link puts the snapshot's link on the clipboard.
    pk = dock.state.settings.snapshot_pk
    item = next(item for item in qgis_iface.messageBar().items() if pk in item.text())
    buttons = {button.text(): button for button in item.findChildren(QPushButton)}
    assert set(buttons) >= {"Open snapshot", "Copy link"}
    buttons["Copy link"].click()
    link = QApplication.clipboard().text()
    assert link == f"{server.frontend_url.rstrip('/')}/{server.workspace_id}/{pk}/"
    qgis_iface.messageBar().clearWidgets()

    dock.ui.backgroundCombo.setCurrentIndex(0)  # none
    press_publish(dock)
    written = json.loads((tmp_path / "kept" / "mit-hintergrund.json").read_text(encoding="utf-8"))
    assert [resource for resource in written["resources"] if resource["name"] == "background"] == []


def test_opening_a_snapshot_elsewhere_shows_the_new_target_in_the_open_panel(plugin, sample_map, make_dock):
    import importlib

    from conftest import PLUGIN_NAME

    importer = importlib.import_module(
        f"{PLUGIN_NAME}.gemeindescan_uploader.snapshot_import.project_settings"
    )
    dock = make_dock()
    type_into(dock.ui.titleEdit, "Vorher getippt")
    importer.store_publish_target(
        QgsProject.instance(), "ABC123", "B5BXT", 261, "https://gemeindescan.example/"
    )
    assert dock.ui.publishButton.text() == "Publish — updates ABC123"
    assert dock.ui.workspaceEdit.text() == "B5BXT"
    assert dock.ui.serverEdit.text() == "https://gemeindescan.example/"
    assert dock.state.settings.bfs_number == 261
    assert dock.ui.titleEdit.text() == "Vorher getippt", "what was typed before stays"
