"""An output path never overwrites the analyst's work: the project, a layer's data, the published file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from gemeindescan_uploader.errors import InvalidInput
from gemeindescan_uploader.output_paths import check_output_path, layer_data_path
from tests.export_cases import parcels_layer


def _saved(layer: QgsVectorLayer, path: Path, driver: str) -> QgsVectorLayer:
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver
    error = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsCoordinateTransformContext(), options
    )
    assert error[0] == QgsVectorFileWriter.WriterError.NoError, error
    saved = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert saved.isValid()
    return saved


@pytest.fixture()
def project(tmp_path, qgis_app):
    """A saved project with a GeoPackage layer and a shapefile layer."""
    project = QgsProject()
    project.addMapLayer(_saved(parcels_layer("Parzellen"), tmp_path / "parcels.gpkg", "GPKG"))
    project.addMapLayer(_saved(parcels_layer("Strassen"), tmp_path / "streets.shp", "ESRI Shapefile"))
    assert project.write(str(tmp_path / "project.qgz"))
    yield project
    project.clear()


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("project.qgz", "is the QGIS project itself"),
        ("project.qgd", "is the project's auxiliary storage"),
        ("parcels.gpkg", "is the data of the layer 'Parzellen'"),
        ("parcels.gpkg-wal", "is a database file of the layer 'Parzellen'"),
        ("parcels.gpkg-shm", "is a database file of the layer 'Parzellen'"),
        ("parcels.gpkg-journal", "is a database file of the layer 'Parzellen'"),
        ("streets.shp", "is the data of the layer 'Strassen'"),
        ("streets.dbf", "is the data of the layer 'Strassen'"),
        ("streets.prj", "is the data of the layer 'Strassen'"),
    ],
)
def test_files_of_the_project_are_refused(project, tmp_path, name, says):
    with pytest.raises(InvalidInput) as caught:
        check_output_path(tmp_path / name, project)
    assert says in caught.value.message
    assert "Choose another file name." in caught.value.message


def test_the_same_file_by_another_name_is_refused(project, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for spelling in ("parcels.gpkg", "./sub/../parcels.gpkg", str(tmp_path / "." / "parcels.gpkg")):
        if spelling.startswith("./sub"):
            (tmp_path / "sub").mkdir(exist_ok=True)
        with pytest.raises(InvalidInput):
            check_output_path(spelling, project)
    os.link(tmp_path / "parcels.gpkg", tmp_path / "hard-link.json")
    with pytest.raises(InvalidInput):
        check_output_path(tmp_path / "hard-link.json", project)


def test_the_file_being_published_is_refused(tmp_path):
    published = tmp_path / "snapshot.json"
    published.write_text("{}", encoding="utf-8")
    with pytest.raises(InvalidInput, match="is the file being published"):
        check_output_path(published, inputs=[published])


def test_an_ordinary_output_passes(project, tmp_path):
    assert check_output_path(tmp_path / "snapshot.json", project) == tmp_path / "snapshot.json"
    assert check_output_path(tmp_path / "parcels.json", project)


def test_layers_without_a_file_protect_nothing(qgis_app):
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "Punkte", "memory")
    assert layer_data_path(memory) is None


def test_the_processing_export_refuses_to_overwrite_a_layer(project, tmp_path, qgis_processing):
    """The same refusal in Processing, where the toolbox's file dialog makes this mistake easy."""
    import processing
    from qgis.core import QgsProcessingException, QgsProcessingFeedback

    from gemeindescan_uploader.processing.provider import GemeindescanProvider

    provider = GemeindescanProvider()
    registry = QgsApplication.processingRegistry()
    assert registry.addProvider(provider)
    layer = QgsVectorLayer(f"{tmp_path / 'parcels.gpkg'}", "Parzellen", "ogr")
    QgsProject.instance().addMapLayer(layer)
    before = hashlib.sha256((tmp_path / "parcels.gpkg").read_bytes()).hexdigest()
    feedback = QgsProcessingFeedback()
    try:
        with pytest.raises(QgsProcessingException):
            processing.run(
                "gemeindescan:exportsnapshot",
                {"LAYERS": [layer], "OUTPUT": str(tmp_path / "parcels.gpkg")},
                feedback=feedback,
            )
    finally:
        QgsProject.instance().clear()
        registry.removeProvider(provider)
    # Refused while preparing, on the main thread: Processing shows the reason in the algorithm's log.
    assert "is the data of the layer 'Parzellen'" in feedback.textLog()
    assert hashlib.sha256((tmp_path / "parcels.gpkg").read_bytes()).hexdigest() == before
