"""``python -m gemeindescan_uploader export``: a saved project exported by headless QGIS in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsRasterLayer,
    QgsRectangle,
    QgsReferencedRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from gemeindescan_uploader.validation import validate_snapshot
from tests.export_cases import EXTENT, parcels_layer
from tests.export_helpers import DATA_DIR, memory_layer
from tests.schema import assert_valid_snapshot

REPO_ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _to_geopackage(layer: QgsVectorLayer, path: Path, style: str) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    saved = QgsVectorLayer(str(path), layer.name(), "ogr")
    message, ok = saved.loadNamedStyle(str(DATA_DIR / style))
    assert saved.isValid() and ok, message
    return saved


def _tiff(path: Path) -> QgsRasterLayer:
    from osgeo import gdal

    dataset = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Byte)
    dataset.SetGeoTransform((2600000, 25, 0, 1200100, 0, -25))
    dataset.SetProjection(QgsCoordinateReferenceSystem("EPSG:2056").toWkt())
    dataset = None
    return QgsRasterLayer(str(path), "Orthofoto", "gdal")


@pytest.fixture()
def project_file(tmp_path):
    """A .qgs with parcels (visible), streets (visible, top), a hidden layer and a GeoTIFF; saved extent."""
    project = QgsProject()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:2056"))
    project.setTitle("Testprojekt Bümpliz")
    metadata = project.metadata()
    metadata.setAuthor("Anna Analystin")
    project.setMetadata(metadata)
    parcels = _to_geopackage(parcels_layer(), tmp_path / "parcels.gpkg", "golden_polygon_red.qml")
    streets = _to_geopackage(
        memory_layer(
            "Straßen", "LineString", "EPSG:2056", [], [("LineString(2600000 1200050, 2600100 1200050)", [])]
        ),
        tmp_path / "streets.gpkg",
        "golden_line_blue.qml",
    )
    hidden = _to_geopackage(parcels_layer("Versteckt"), tmp_path / "hidden.gpkg", "golden_polygon_red.qml")
    raster = _tiff(tmp_path / "ortho.tif")
    for layer in (raster, hidden, parcels, streets):  # each added on top of the previous
        project.addMapLayer(layer, False)
        project.layerTreeRoot().insertLayer(0, layer)
    project.layerTreeRoot().findLayer(hidden.id()).setItemVisibilityChecked(False)
    project.viewSettings().setDefaultViewExtent(
        QgsReferencedRectangle(QgsRectangle(*EXTENT), QgsCoordinateReferenceSystem("EPSG:2056"))
    )
    path = tmp_path / "project.qgs"
    assert project.write(str(path))
    project.clear()
    return path


def run_cli(*arguments: str) -> subprocess.CompletedProcess:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "gemeindescan_uploader", "export", *arguments]
    return subprocess.run(
        command, cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_export_of_the_visible_vector_layers_at_the_saved_extent(project_file, tmp_path):
    output = tmp_path / "out" / "snapshot.json"
    output.parent.mkdir()
    result = run_cli("--project", str(project_file), "--output", str(output), "--keyword", "Test")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Parzellen: 3 features (1 outside the extent); Straßen: 1 feature; written to")
    assert lines[0].endswith(" kB)")  # a small file's size, not "0.0 MiB"
    snapshot = json.loads(output.read_text(encoding="utf-8"))
    assert snapshot["title"] == "Testprojekt Bümpliz"
    assert snapshot["keywords"] == ["Test"]
    assert snapshot["contributors"] == [{"title": "Anna Analystin", "role": "author"}]
    assert snapshot["views"][0]["resources"] == ["parzellen", "strassen"]  # bottom first
    assert snapshot["views"][0]["spec"]["bounds"] == ["geo:46.951082,7.438632", "geo:46.951983,7.439947"]
    assert_valid_snapshot(snapshot)
    assert validate_snapshot(snapshot) == []


def test_an_export_does_not_load_the_publishing_client(project_file, tmp_path):
    # requests, gql and graphql-core take about a third of a second to import: every export would wait.
    output = tmp_path / "snapshot.json"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-X", "importtime", "-m", "gemeindescan_uploader", "export"]
    result = subprocess.run(
        [*command, "--project", str(project_file), "--output", str(output)],
        cwd=REPO_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "gemeindescan_uploader.export.features" in imported  # importtime did list the modules
    assert "gemeindescan_uploader.client" not in imported
    assert not {"requests", "gemeindescan_uploader._vendor.gql"} & imported


def test_named_layers_in_any_order_with_an_extent_in_wgs84_and_clipping(project_file, tmp_path):
    output = tmp_path / "snapshot.json"
    result = run_cli(
        "--project",
        str(project_file),
        "--layer",
        "Straßen",
        "--layer",
        "Versteckt",
        "--extent",
        "7.4386,46.9510,7.4395,46.9516",
        "--extent-crs",
        "EPSG:4326",
        "--clip",
        "--precision",
        "5",
        "--title",
        "Ausschnitt",
        "--output",
        str(output),
    )
    assert result.returncode == 0, result.stderr
    snapshot = json.loads(output.read_text(encoding="utf-8"))
    assert snapshot["views"][0]["resources"] == ["versteckt", "strassen"]
    assert snapshot["views"][0]["spec"]["bounds"] == ["geo:46.95100,7.43860", "geo:46.95160,7.43950"]
    for resource in snapshot["resources"]:
        for feature in resource["data"]["features"]:
            text = json.dumps(feature["geometry"]["coordinates"])
            assert all(
                len(number.split(".")[-1]) <= 5
                for number in text.replace("[", "").replace("]", "").split(", ")
            )
    assert_valid_snapshot(snapshot)


def test_saved_canvas_extent_is_read_from_the_project_xml(project_file, tmp_path):
    """A project without a default view extent (as hand-made or older ones) still has its mapcanvas."""
    tree = ElementTree.parse(project_file)
    view_settings = tree.getroot().find("ProjectViewSettings")
    view_settings.remove(view_settings.find("DefaultViewExtent"))
    tree.getroot().append(
        ElementTree.fromstring(
            '<mapcanvas name="theMapCanvas"><units>meters</units><extent><xmin>2600000</xmin>'
            "<ymin>1200000</ymin><xmax>2600050</xmax><ymax>1200050</ymax></extent><destinationsrs>"
            "<spatialrefsys><authid>EPSG:2056</authid></spatialrefsys></destinationsrs></mapcanvas>"
        )
    )
    tree.write(project_file, encoding="utf-8", xml_declaration=True)
    output = tmp_path / "snapshot.json"
    result = run_cli("--project", str(project_file), "--layer", "Parzellen", "--output", str(output))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Parzellen: 1 feature (3 outside the extent)")


def test_unknown_layer_exits_with_the_invalid_input_code(project_file, tmp_path):
    output = tmp_path / "snapshot.json"
    result = run_cli("--project", str(project_file), "--layer", "Gibt es nicht", "--output", str(output))
    assert result.returncode == 2
    assert "no layer named “Gibt es nicht”" in result.stderr and "Parzellen" in result.stderr
    assert not output.exists()


def test_plain_raster_is_refused_and_an_existing_file_is_left_alone(project_file, tmp_path):
    output = tmp_path / "snapshot.json"
    output.write_text("previous", encoding="utf-8")
    result = run_cli(
        "--project",
        str(project_file),
        "--layer",
        "Orthofoto",
        "--layer",
        "Parzellen",
        "--output",
        str(output),
    )
    assert result.returncode == 11
    assert "“Orthofoto” is a raster layer that is not a WMS" in result.stderr
    assert output.read_text(encoding="utf-8") == "previous"
    assert not [path for path in tmp_path.iterdir() if path.name.endswith(".part")]


def test_a_named_layer_whose_file_is_gone_is_named_as_the_problem(project_file, tmp_path):
    """Not "no saved extent": the extent is worked out from the layers, and this one cannot load."""
    tree = ElementTree.parse(project_file)
    view_settings = tree.getroot().find("ProjectViewSettings")
    view_settings.remove(view_settings.find("DefaultViewExtent"))
    tree.write(project_file, encoding="utf-8", xml_declaration=True)
    (tmp_path / "parcels.gpkg").rename(tmp_path / "moved.gpkg")
    result = run_cli(
        "--project", str(project_file), "--layer", "Parzellen", "--output", str(tmp_path / "snapshot.json")
    )
    assert result.returncode == 11, result.stderr
    assert "“Parzellen” could not be loaded" in result.stderr and "Traceback" not in result.stderr


def test_a_snapshot_the_platform_cannot_show_fails_the_export(project_file, tmp_path):
    # An extent in South America: its bounds have a sign, which the snapshot format cannot carry.
    result = run_cli(
        "--project",
        str(project_file),
        "--extent=-70,-40,-69,-39",
        "--extent-crs",
        "EPSG:4326",
        "--output",
        str(tmp_path / "snapshot.json"),
    )
    assert result.returncode == 10, result.stderr
    assert "south of the equator or west of Greenwich" in result.stderr


def test_an_output_folder_that_does_not_exist_is_a_clear_error(project_file, tmp_path):
    result = run_cli("--project", str(project_file), "--output", str(tmp_path / "fehlt" / "snapshot.json"))
    assert result.returncode == 11, result.stderr
    assert "cannot be written: No such file or directory" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_extent_in_a_project_without_crs_asks_for_its_crs(project_file, tmp_path):
    project = QgsProject()
    assert project.read(str(project_file))
    project.setCrs(QgsCoordinateReferenceSystem())
    assert project.write(str(project_file))
    project.clear()
    result = run_cli(
        "--project",
        str(project_file),
        "--extent",
        "2600000,1200000,2600100,1200100",
        "--output",
        str(tmp_path / "snapshot.json"),
    )
    assert result.returncode == 2, result.stderr
    assert "The project has no CRS to read --extent in; give it with --extent-crs." in result.stderr


@pytest.mark.parametrize("with_crs", [False, True], ids=["no-crs", "crs-but-no-view"])
def test_a_project_written_by_a_script_exports_its_layers_extent(tmp_path, with_crs):
    """QgsProject.write() from a script saves no view (and maybe no CRS): the layers' extents are used."""
    project = QgsProject()
    if with_crs:
        project.setCrs(QgsCoordinateReferenceSystem("EPSG:2056"))
    parcels = _to_geopackage(parcels_layer(), tmp_path / "parcels.gpkg", "golden_polygon_red.qml")
    project.addMapLayer(parcels)
    path = tmp_path / "script.qgs"
    assert project.write(str(path))
    project.clear()
    output = tmp_path / "snapshot.json"
    result = run_cli("--project", str(path), "--output", str(output))
    assert result.returncode == 0, result.stderr
    # All four squares: the extent is theirs, 2600010–2600220 E, 1200010–1200220 N (LV95).
    assert result.stdout.startswith("Parzellen: 4 features; written to"), result.stdout
    south_west, north_east = json.loads(output.read_text(encoding="utf-8"))["views"][0]["spec"]["bounds"]
    # swisstopo's reference point 2600000/1200000 is 46.951083 N, 7.438633 E; 10 m further north-east
    # adds about 0.00009° latitude and 0.00013° longitude, 220 m about 0.00198° and 0.00289°.
    south, west = (float(value) for value in south_west[4:].split(","))
    north, east = (float(value) for value in north_east[4:].split(","))
    assert south == pytest.approx(46.951083 + 0.00009, abs=2e-5)
    assert west == pytest.approx(7.438633 + 0.00013, abs=2e-5)
    assert north == pytest.approx(46.951083 + 0.00198, abs=2e-5)
    assert east == pytest.approx(7.438633 + 0.00289, abs=2e-5)
