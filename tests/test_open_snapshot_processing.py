"""``gemeindescan:opensnapshot`` in QGIS's Processing framework (its qgis_process runs: *_server.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
)

from gemeindescan_uploader.processing.provider import GemeindescanProvider

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"


@pytest.fixture()
def open_algorithm(qgis_processing):
    provider = GemeindescanProvider()
    registry = QgsApplication.processingRegistry()
    assert registry.addProvider(provider)
    yield registry.createAlgorithmById("gemeindescan:opensnapshot")
    registry.removeProvider(provider)


def run(algorithm, parameters: dict) -> tuple[dict, QgsProcessingContext]:
    context = QgsProcessingContext()
    project = QgsProject()
    context.setProject(project)
    results, ok = algorithm.run(parameters, context, QgsProcessingFeedback())
    assert ok
    return results, context


def test_a_file_becomes_a_geopackage_whose_layers_load_when_the_run_ends(open_algorithm, tmp_path):
    output = str(tmp_path / "plain.gpkg")
    parameters = {"INPUT": str(SNAPSHOTS / "plain_simplestyle.json"), "OUTPUT": output}
    results, context = run(open_algorithm, parameters)
    assert results["OUTPUT"] == output
    # The mixed resource: three layers, loaded bottom first so that the points end on top.
    to_load = context.layersToLoadOnCompletion()
    assert sorted(details.name for details in to_load.values()) == [
        "Gebiete (lines)",
        "Gebiete (points)",
        "Gebiete (polygons)",
    ]
    assert all(uri.startswith(output) for uri in to_load)
    assert "Gebiete (polygons): 3 features, 2 styles (1 invalid geometry repaired" in results["REPORT"]


def test_wms_and_background_are_named_in_the_report(open_algorithm, tmp_path):
    results, context = run(
        open_algorithm,
        {"INPUT": str(SNAPSHOTS / "wms_background.json"), "OUTPUT": str(tmp_path / "wms.gpkg")},
    )
    assert [details.name for details in context.layersToLoadOnCompletion().values()] == ["Perimeter"]
    assert "Bauzonen (WMS): http://127.0.0.1:PORT/wms, not loaded by this algorithm" in results["REPORT"]
    assert (
        "Background map: mapbox://styles/gemeindescan/ckc4sha4310d21iszp8ri17u2, not loaded by this "
        "algorithm"
    ) in results["REPORT"]


def test_neither_or_both_inputs_are_refused(open_algorithm, tmp_path):
    context = QgsProcessingContext()
    feedback = QgsProcessingFeedback()
    parameters = {"OUTPUT": str(tmp_path / "x.gpkg")}
    with pytest.raises(QgsProcessingException, match="Give a snapshot file or a snapshot link."):
        open_algorithm.processAlgorithm(parameters, context, feedback)
    both = dict(parameters, INPUT=str(SNAPSHOTS / "circles.json"), LINK="https://example.org/ABC123/")
    with pytest.raises(QgsProcessingException, match="not both"):
        open_algorithm.processAlgorithm(both, context, feedback)
