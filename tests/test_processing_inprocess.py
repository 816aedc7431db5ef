"""The algorithms in QGIS's own Processing framework: declared parameters and outputs, batch-style runs."""

from __future__ import annotations

import json

import pytest
from qgis.core import (
    QgsApplication,
    QgsProcessingOutputFile,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterFileDestination,
)
from snapshot_samples import sample_snapshot

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.processing.provider import GemeindescanProvider

EXPORT_PARAMETERS = [
    "LAYERS",
    "EXTENT",
    "TITLE",
    "DESCRIPTION",
    "KEYWORDS",
    "CROP",
    "CLIP",
    "PRECISION",
    "OUTPUT",
]
PUBLISH_PARAMETERS = [
    "INPUT",
    "LAYERS",
    "EXTENT",
    "SERVER",
    "AUTHCFG",
    "WORKSPACE",
    "BFS_NUMBER",
    "TITLE",
    "TOPIC",
    "SNAPSHOT",
]


@pytest.fixture()
def provider(qgis_processing):
    provider = GemeindescanProvider()
    registry = QgsApplication.processingRegistry()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


def algorithm(algorithm_id: str):
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


def test_export_declares_the_issue_parameters_and_outputs(provider):
    export = algorithm("gemeindescan:exportsnapshot")
    names = [parameter.name() for parameter in export.parameterDefinitions()]
    assert names == EXPORT_PARAMETERS
    assert isinstance(export.parameterDefinition("OUTPUT"), QgsProcessingParameterFileDestination)
    outputs = {output.name(): output for output in export.outputDefinitions()}
    assert isinstance(outputs["OUTPUT"], QgsProcessingOutputFile)
    assert isinstance(outputs["REPORT"], QgsProcessingOutputString)
    assert "Crop" in export.shortHelpString()


def test_publish_declares_the_issue_parameters_and_model_friendly_outputs(provider):
    publish = algorithm("gemeindescan:publishsnapshot")
    names = [parameter.name() for parameter in publish.parameterDefinitions()]
    assert names[: len(PUBLISH_PARAMETERS)] == PUBLISH_PARAMETERS
    assert isinstance(publish.parameterDefinition("AUTHCFG"), QgsProcessingParameterAuthConfig)
    assert not any("PASSWORD" in name or "USERNAME" in name for name in names)
    outputs = {output.name(): type(output) for output in publish.outputDefinitions()}
    assert outputs == {
        "SNAPSHOT_PK": QgsProcessingOutputString,
        "SNAPSHOT_URL": QgsProcessingOutputString,
        "WORKSPACE_URL": QgsProcessingOutputString,
        "DATA_FILE_URL": QgsProcessingOutputString,
        "OUTPUT": QgsProcessingOutputFile,
    }
    assert "QGIS_AUTH_PASSWORD_FILE" in publish.shortHelpString()


def test_each_run_gets_a_fresh_instance(provider):
    first, second = algorithm("gemeindescan:publishsnapshot"), algorithm("gemeindescan:publishsnapshot")
    assert first is not second
    assert type(first.createInstance()) is type(first)


def test_batch_of_two_publishes_creates_two_snapshots(provider, gemeindescan_server, tmp_path, monkeypatch):
    """What the batch dialog does: the same algorithm, one run per row, each with its own parameters."""
    import processing

    server = gemeindescan_server
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", server.password)
    rows = []
    for title in ("Bauzonen Nord", "Bauzonen Süd"):
        path = tmp_path / f"{title}.json"
        path.write_text(json.dumps(sample_snapshot(title=title)), encoding="utf-8")
        rows.append(
            {
                "INPUT": str(path),
                "SERVER": server.url,
                "AUTHCFG": "",
                "WORKSPACE": server.workspace_id,
                "BFS_NUMBER": 261,
                "TITLE": title,
                "TOPIC": "Batch",
            }
        )
    results = [processing.run("gemeindescan:publishsnapshot", row) for row in rows]
    pks = [result["SNAPSHOT_PK"] for result in results]
    assert len(set(pks)) == 2
    with GemeindescanClient(server.url) as client:
        for row, result in zip(rows, results):
            stored = client.snapshot(result["SNAPSHOT_PK"])
            assert stored.title == row["TITLE"]
            with open(row["INPUT"], encoding="utf-8") as stream:
                assert stored.data == json.load(stream)
            assert result["OUTPUT"] == row["INPUT"]


def test_a_run_whose_upload_failed_is_completed_by_a_retry_with_snapshot(provider, tmp_path, monkeypatch):
    """The retry the error message asks for updates the snapshot the failed run created: no duplicate."""
    import processing
    from local_server import start_local_server
    from qgis.core import QgsProcessingException

    big, small = tmp_path / "big.json", tmp_path / "small.json"
    big.write_text(json.dumps(sample_snapshot(padding=1_500_000)), encoding="utf-8")
    small.write_text(json.dumps(sample_snapshot(title="Zweiter Versuch")), encoding="utf-8")
    with start_local_server(tmp_path / "server", max_upload_bytes=1_000_000) as server:
        monkeypatch.setenv("GEMEINDESCAN_USERNAME", server.username)
        monkeypatch.setenv("GEMEINDESCAN_PASSWORD", server.password)
        row = {
            "SERVER": server.url,
            "AUTHCFG": "",
            "WORKSPACE": server.workspace_id,
            "BFS_NUMBER": 261,
            "TITLE": "Zweiter Versuch",
            "TOPIC": "Retry",
        }
        with pytest.raises(QgsProcessingException) as caught:
            processing.run("gemeindescan:publishsnapshot", {**row, "INPUT": str(big)})
        message = str(caught.value)
        assert "too large" in message
        with GemeindescanClient(server.url) as client:
            created = [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots]
        assert len(created) == 1
        assert f"run the algorithm again with SNAPSHOT={created[0]}" in message

        retried = processing.run(
            "gemeindescan:publishsnapshot", {**row, "INPUT": str(small), "SNAPSHOT": created[0]}
        )
        assert retried["SNAPSHOT_PK"] == created[0]
        with GemeindescanClient(server.url) as client:
            assert [item.snapshot_pk for item in client.workspace(server.workspace_id).snapshots] == created
            assert client.snapshot(created[0]).data == json.loads(small.read_text(encoding="utf-8"))


def test_an_export_in_a_background_processing_task_writes_what_was_prepared(provider, tmp_path):
    """As the toolbox runs it: prepared on the main thread, run in a task thread while the layers go away."""
    import sys

    from conftest import REPO_ROOT
    from qgis.core import QgsProcessingAlgRunnerTask, QgsProcessingContext, QgsProcessingFeedback
    from qgis.PyQt.QtCore import QEventLoop, QTimer

    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import sample_project

    project = sample_project.build_sample_project(tmp_path / "sample")
    layer_ids = [layer.id() for layer in sample_project.project_layers(project)]
    context = QgsProcessingContext()
    context.setProject(project)
    reference = tmp_path / "reference.json"
    parameters = {"LAYERS": layer_ids, "TITLE": "Im Hintergrund", "OUTPUT": str(reference)}
    _, ok = algorithm("gemeindescan:exportsnapshot").run(parameters, context, QgsProcessingFeedback())
    assert ok

    output = tmp_path / "background.json"
    feedback = QgsProcessingFeedback()
    task = QgsProcessingAlgRunnerTask(
        algorithm("gemeindescan:exportsnapshot"), {**parameters, "OUTPUT": str(output)}, context, feedback
    )  # prepares here
    for layer_id in layer_ids:  # gone before the task thread starts: only the prepared copies are left
        project.removeMapLayer(layer_id)
    outcome = {}
    loop = QEventLoop()

    def executed(successful, results):
        outcome.update(successful=successful, results=results)
        loop.quit()

    task.executed.connect(executed)
    QTimer.singleShot(60_000, loop.quit)
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    assert outcome.get("successful"), outcome
    assert output.read_bytes() == reference.read_bytes()
    project.clear()
