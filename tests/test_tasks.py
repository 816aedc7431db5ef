"""The publishing QgsTask through QGIS's task manager: result and errors arrive on the main thread."""

from __future__ import annotations

import json
import sys
import threading

import pytest
from conftest import REPO_ROOT
from qgis.core import QgsApplication, QgsTask, QgsTaskManager
from qgis.PyQt.QtCore import QEventLoop, QTimer

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.credentials import Credentials
from gemeindescan_uploader.errors import Cancelled, LoginFailed
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
from gemeindescan_uploader.pipeline import PublishTarget
from gemeindescan_uploader.tasks import PublishTask


@pytest.fixture()
def sample(tmp_path, qgis_app):
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import sample_project

    project = sample_project.build_sample_project(tmp_path / "sample")
    context = ExportContext.for_extent(sample_project.sample_extent(), sample_project.LV95)
    yield sample_project.project_layers(project), context
    project.clear()


def run_to_the_end(task: PublishTask, timeout_ms: int = 60_000, dependencies=()) -> dict:
    """Start the task in QGIS's task manager; return what its signals delivered, and on which thread."""
    outcome: dict = {}
    loop = QEventLoop()

    def record(kind):
        def slot(value):
            outcome[kind] = value
            outcome["thread"] = threading.current_thread()
            loop.quit()

        return slot

    task.succeeded.connect(record("succeeded"))
    task.failed.connect(record("failed"))
    QTimer.singleShot(timeout_ms, loop.quit)
    QgsApplication.taskManager().addTask(QgsTaskManager.TaskDefinition(task, list(dependencies)))
    loop.exec()
    return outcome


class WaitingTask(QgsTask):
    """A task that holds its dependants in the queue until released."""

    def __init__(self) -> None:
        super().__init__("waiting")
        self.release = threading.Event()

    def run(self) -> bool:
        return self.release.wait(30)


def target(server, **changes) -> PublishTarget:
    fields = {
        "server_url": server.url,
        "workspace": server.workspace_id,
        "bfs_number": 261,
        "title": "Aus einer Aufgabe",
        "topic": "Tests",
    }
    return PublishTarget(**{**fields, **changes})


def test_task_exports_publishes_and_reports_on_the_main_thread(gemeindescan_server, sample, tmp_path):
    layers, context = sample
    path = tmp_path / "task.json"
    task = PublishTask(
        layers,
        context,
        SnapshotMetadata(title="Aufgabe"),
        ExportOptions(),
        path,
        target(gemeindescan_server),
        Credentials(gemeindescan_server.username, gemeindescan_server.password),
    )
    outcome = run_to_the_end(task)
    assert "failed" not in outcome, outcome.get("failed") and outcome["failed"].detail
    result = outcome["succeeded"]
    assert outcome["thread"] is threading.main_thread()
    assert task.progress() == 100
    with GemeindescanClient(gemeindescan_server.url) as client:
        assert client.snapshot(result.publish_result.snapshot_pk).data == json.loads(path.read_text("utf-8"))


def test_wrong_password_fails_with_login_failed_and_keeps_the_exported_file(
    gemeindescan_server, sample, tmp_path
):
    layers, context = sample
    path = tmp_path / "kept.json"
    task = PublishTask(
        layers,
        context,
        SnapshotMetadata(title="Falsch"),
        ExportOptions(),
        path,
        target(gemeindescan_server),
        Credentials(gemeindescan_server.username, "wrong"),
    )
    outcome = run_to_the_end(task)
    assert isinstance(outcome["failed"], LoginFailed)
    assert json.loads(path.read_text("utf-8"))["resources"], "the exported file stays on disk"


def test_export_only_task_writes_the_file_without_a_server(sample, tmp_path):
    layers, context = sample
    path = tmp_path / "only-export.json"
    outcome = run_to_the_end(
        PublishTask(layers, context, SnapshotMetadata(title="Nur Export"), ExportOptions(), path)
    )
    result = outcome["succeeded"]
    assert result.publish_result is None and not result.published
    assert result.export_report.features_written == 43
    assert path.exists()


def test_a_task_cancelled_before_it_runs_reports_cancelled(sample, tmp_path):
    layers, context = sample
    task = PublishTask(
        layers, context, SnapshotMetadata(title="Abgebrochen"), ExportOptions(), tmp_path / "cancelled.json"
    )
    blocker = WaitingTask()
    QgsApplication.taskManager().addTask(blocker)
    # Queued behind the blocker, so the cancel certainly comes before run().
    QTimer.singleShot(0, task.cancel)
    try:
        outcome = run_to_the_end(task, dependencies=[blocker])
    finally:
        blocker.release.set()
    assert isinstance(outcome["failed"], Cancelled)
    assert not (tmp_path / "cancelled.json").exists()


class PausingTask(PublishTask):
    """A PublishTask that stops at its first progress report (in the task thread) until released.

    The first report comes when the export starts writing, after preparation and before any feature is
    read: whatever the main thread does to the layers meanwhile happens during the run.
    """

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.running = threading.Event()
        self.go_on = threading.Event()

    def setProgress(self, progress: float) -> None:  # noqa: N802 (QgsTask's name)
        if not self.running.is_set():
            self.running.set()
            self.go_on.wait(30)
        super().setProgress(progress)


def when_running(task: PausingTask, action) -> None:
    """Run ``action`` on the main thread once the task's thread is inside run(), then let the task go on."""

    def poll() -> None:
        if not task.running.is_set():
            QTimer.singleShot(10, poll)
            return
        try:
            action()
        finally:
            task.go_on.set()

    QTimer.singleShot(0, poll)


def test_layers_removed_and_edited_during_a_publish_do_not_change_it(gemeindescan_server, sample, tmp_path):
    """Issue 8: the task thread reads only what was prepared on the main thread, never a live layer."""
    from gemeindescan_uploader.export.package import export_snapshot

    layers, context = sample
    metadata = SnapshotMetadata(title="Während der Arbeit geändert")
    reference = tmp_path / "reference.json"
    export_snapshot(layers, context, metadata, ExportOptions(), str(reference))
    population, roads, zones = layers
    project = zones.project()
    path = tmp_path / "task.json"
    task = PausingTask(
        layers,
        context,
        metadata,
        ExportOptions(),
        path,
        target(gemeindescan_server),
        Credentials(gemeindescan_server.username, gemeindescan_server.password),
    )

    def change_the_layers() -> None:
        zones.startEditing()  # edits in the edit buffer, not committed: the prepared source predates them
        first = next(zones.getFeatures())
        assert zones.deleteFeature(first.id())
        assert zones.changeAttributeValue(next(zones.getFeatures()).id(), 1, "Industrie")
        project.removeMapLayer(population.id())  # deletes the layer object
        project.removeMapLayer(roads.id())
        QgsApplication.processEvents()

    when_running(task, change_the_layers)
    outcome = run_to_the_end(task)
    assert "failed" not in outcome, outcome.get("failed") and outcome["failed"].message
    assert len(project.mapLayers()) == 1 and zones.isEditable()
    assert path.read_bytes() == reference.read_bytes(), "the file holds the layers as they were prepared"
    result = outcome["succeeded"]
    assert result.export_report.features_written == 43
    with GemeindescanClient(gemeindescan_server.url) as client:
        stored = client.snapshot(result.publish_result.snapshot_pk).data
    assert stored == json.loads(reference.read_text("utf-8"))
    zones.rollBack()


def test_a_layer_that_cannot_be_exported_fails_the_task_with_its_reason(sample, tmp_path):
    from qgis.core import QgsVectorLayer

    from gemeindescan_uploader.errors import UnsupportedLayer

    layers, context = sample
    table = QgsVectorLayer("None?field=name:string", "Eine Tabelle", "memory")
    task = PublishTask(
        [*layers, table], context, SnapshotMetadata(title="Tabelle"), ExportOptions(), tmp_path / "never.json"
    )
    outcome = run_to_the_end(task)
    assert isinstance(outcome["failed"], UnsupportedLayer)
    assert "Eine Tabelle" in outcome["failed"].message
    assert not (tmp_path / "never.json").exists()


def test_a_layer_deleted_before_the_task_is_made_fails_it_with_a_sentence(sample, tmp_path):
    layers, context = sample
    population = layers[0]
    population.project().removeMapLayer(population.id())  # the Python object now wraps a deleted layer
    task = PublishTask(
        layers, context, SnapshotMetadata(title="Zu spät"), ExportOptions(), tmp_path / "never.json"
    )
    outcome = run_to_the_end(task)
    assert "has been removed from the project; choose the layers again" in outcome["failed"].message
    assert not (tmp_path / "never.json").exists()
