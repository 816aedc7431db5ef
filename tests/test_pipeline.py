"""The shared pipeline in process, against the local server: progress, cancellation, refusals, logins."""

from __future__ import annotations

import json

import pytest
from qgis.core import QgsFeedback, QgsProcessingFeedback
from snapshot_samples import sample_snapshot

from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.credentials import (
    Credentials,
    CredentialsUnavailable,
    credentials_from_authcfg,
    resolve_credentials,
)
from gemeindescan_uploader.errors import Cancelled, InvalidSnapshot, LoginFailed
from gemeindescan_uploader.pipeline import PublishTarget, publish_file
from gemeindescan_uploader.progress import StepProgress, as_progress


class RecordingFeedback(QgsProcessingFeedback):
    """A Processing feedback that remembers progress values and texts."""

    def __init__(self) -> None:
        super().__init__()
        self.values: list[float] = []
        self.texts: list[str] = []
        self.progressChanged.connect(self.values.append)

    def pushInfo(self, info: str) -> None:  # noqa: N802
        self.texts.append(info)


@pytest.fixture()
def snapshot_file(tmp_path):
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(sample_snapshot()), encoding="utf-8")
    return path


def target_for(server, **changes) -> PublishTarget:
    fields = {
        "server_url": server.url,
        "workspace": server.workspace_id,
        "bfs_number": 261,
        "title": "Pipeline",
        "topic": "Tests",
    }
    fields.update(changes)
    return PublishTarget(**fields)


def login_for(server) -> Credentials:
    return Credentials(server.username, server.password)


def workspace_pks(server) -> list[str]:
    with GemeindescanClient(server.url) as client:
        return [snapshot.snapshot_pk for snapshot in client.workspace(server.workspace_id).snapshots]


def test_publish_reports_rising_progress_to_the_end_and_the_snapshot_reads_back(
    gemeindescan_server, snapshot_file
):
    from gemeindescan_uploader.qgis_log import logging_to_feedback

    feedback = RecordingFeedback()
    # As the algorithms run it: the pipeline's step texts reach Processing's log through the plugin's log.
    with logging_to_feedback(feedback):
        result = publish_file(
            snapshot_file, target_for(gemeindescan_server), login_for(gemeindescan_server), feedback
        )
    assert feedback.values == sorted(feedback.values)
    assert feedback.values[-1] == 100.0
    assert any("Logging in" in text for text in feedback.texts)
    assert any(result.snapshot_pk in text for text in feedback.texts)
    assert not any(gemeindescan_server.password in text for text in feedback.texts)
    with GemeindescanClient(gemeindescan_server.url) as client:
        stored = client.snapshot(result.snapshot_pk)
    assert stored.data == json.loads(snapshot_file.read_text(encoding="utf-8"))


def test_update_keeps_the_snapshot_and_changes_its_title(gemeindescan_server, snapshot_file):
    server = gemeindescan_server
    created = publish_file(snapshot_file, target_for(server), login_for(server))
    before = workspace_pks(server)
    update = target_for(server, title="Pipeline, neu", snapshot_pk=created.snapshot_pk)
    updated = publish_file(snapshot_file, update, login_for(server))
    assert updated.snapshot_pk == created.snapshot_pk
    assert workspace_pks(server) == before
    with GemeindescanClient(server.url) as client:
        assert client.snapshot(created.snapshot_pk, with_data=False).title == "Pipeline, neu"


def test_cancelled_before_publishing_sends_nothing(gemeindescan_server, snapshot_file):
    feedback = QgsFeedback()
    feedback.cancel()
    before = workspace_pks(gemeindescan_server)
    with pytest.raises(Cancelled):
        publish_file(snapshot_file, target_for(gemeindescan_server), login_for(gemeindescan_server), feedback)
    assert workspace_pks(gemeindescan_server) == before


def test_cancel_during_the_upload_stops_it(gemeindescan_server, tmp_path):
    big = tmp_path / "big.json"
    big.write_text(json.dumps(sample_snapshot(padding=2_000_000)), encoding="utf-8")
    feedback = QgsFeedback()
    upload_start = 25.0  # the upload's share of a publish begins at a quarter of the bar

    def cancel_once_bytes_flow(percent: float) -> None:
        if percent > upload_start:
            feedback.cancel()

    feedback.progressChanged.connect(cancel_once_bytes_flow)
    with pytest.raises(Cancelled, match="during the upload") as cancelled:
        publish_file(big, target_for(gemeindescan_server), login_for(gemeindescan_server), feedback)
    assert feedback.progress() < 100.0
    # The record was created before the upload: the error names it so that a retry updates it.
    assert cancelled.value.snapshot_pk in workspace_pks(gemeindescan_server)
    assert f"Publish again to snapshot {cancelled.value.snapshot_pk}" in cancelled.value.user_message()


def test_a_broken_file_is_refused_before_login(gemeindescan_server, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"views": [', encoding="utf-8")
    before = workspace_pks(gemeindescan_server)
    with pytest.raises(InvalidSnapshot, match="not a valid JSON file"):
        publish_file(broken, target_for(gemeindescan_server), Credentials("nobody", "never-sent"))
    assert workspace_pks(gemeindescan_server) == before


def test_wrong_password_is_login_failed(gemeindescan_server, snapshot_file):
    with pytest.raises(LoginFailed):
        publish_file(
            snapshot_file, target_for(gemeindescan_server), Credentials(gemeindescan_server.username, "wrong")
        )


def test_step_progress_maps_progress_into_its_span_and_follows_a_qgis_feedback_cancel():
    parent = QgsFeedback()
    with StepProgress(as_progress(parent), 40.0, 60.0) as step:
        step.set_progress(50.0)
        assert parent.progress() == pytest.approx(50.0)
        parent.cancel()
        assert step.is_cancelled()
    assert parent.progress() == pytest.approx(60.0)


def test_credentials_never_show_the_password():
    credentials = Credentials("analyst", "s3cret-value")
    assert "s3cret-value" not in repr(credentials)
    assert "s3cret-value" not in str(credentials)


def test_login_from_the_environment_when_no_authcfg(monkeypatch):
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", "analyst")
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", "from-env")
    assert resolve_credentials("") == Credentials("analyst", "from-env")
    monkeypatch.delenv("GEMEINDESCAN_PASSWORD")
    with pytest.raises(CredentialsUnavailable, match="GEMEINDESCAN_PASSWORD"):
        resolve_credentials(None)


def test_unknown_authcfg_is_named_in_the_error(qgis_app):
    with pytest.raises(CredentialsUnavailable, match="authentication configuration with the id 'zzz9999'"):
        credentials_from_authcfg("zzz9999")


@pytest.fixture()
def sample_layers(tmp_path, qgis_app):
    import sys

    from conftest import REPO_ROOT

    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import sample_project

    project = sample_project.build_sample_project(tmp_path / "sample")
    yield sample_project, sample_project.project_layers(project)
    project.clear()


def test_export_and_publish_keeps_the_file_and_publishes_it(gemeindescan_server, sample_layers, tmp_path):
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import export_and_publish

    sample_project, layers = sample_layers
    context = ExportContext.for_extent(sample_project.sample_extent(), sample_project.LV95)
    feedback = RecordingFeedback()
    path = tmp_path / "kept.json"
    metadata = SnapshotMetadata(title="Pipeline export")
    result = export_and_publish(
        layers,
        context,
        metadata,
        ExportOptions(),
        path,
        target_for(gemeindescan_server),
        login_for(gemeindescan_server),
        feedback,
    )
    assert result.published and result.snapshot_file == path
    assert result.export_report.features_written == 43
    assert feedback.values == sorted(feedback.values) and feedback.values[-1] == 100.0
    with GemeindescanClient(gemeindescan_server.url) as client:
        assert client.snapshot(result.publish_result.snapshot_pk).data == json.loads(path.read_text("utf-8"))


def test_a_layer_a_snapshot_cannot_carry_stops_before_sending(gemeindescan_server, tmp_path, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle, QgsVectorLayer

    from gemeindescan_uploader.errors import ExportError
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import export_and_publish

    table = QgsVectorLayer("None?field=name:string", "A table", "memory")
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    context = ExportContext.for_extent(QgsRectangle(8.5, 47.3, 8.6, 47.4), wgs84)
    before = workspace_pks(gemeindescan_server)
    with pytest.raises(ExportError) as refused:
        export_and_publish(
            [table],
            context,
            SnapshotMetadata(title="Table"),
            ExportOptions(),
            tmp_path / "t.json",
            target_for(gemeindescan_server),
            Credentials("x", "unsent"),
        )
    assert "A table" in refused.value.message
    assert workspace_pks(gemeindescan_server) == before


@pytest.mark.parametrize(
    "change",
    [
        {"title": "t" * 151},
        {"topic": "p" * 101},
        {"bfs_number": "Zürich"},
        {"workspace": "not a/work/space"},
        {"snapshot_pk": "8OK 4XB"},
        {"server_url": "gemeindescan.ch"},
    ],
)
def test_a_target_the_server_would_refuse_stops_before_the_export(
    gemeindescan_server, sample_layers, tmp_path, change
):
    from gemeindescan_uploader.errors import InvalidInput
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import export_and_publish

    sample_project, layers = sample_layers
    context = ExportContext.for_extent(sample_project.sample_extent(), sample_project.LV95)
    path = tmp_path / "never-written.json"
    with pytest.raises(InvalidInput):
        export_and_publish(
            layers,
            context,
            SnapshotMetadata(title="Refused"),
            ExportOptions(),
            path,
            target_for(gemeindescan_server, **change),
            Credentials("x", "unsent"),
        )
    assert not path.exists()


def test_the_check_while_writing_says_what_reading_the_file_back_would_say(tmp_path, qgis_app):
    """LV95 metres in a layer that claims WGS 84: every feature is off the globe, and the file is kept."""
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import export_checked
    from gemeindescan_uploader.validation import check_snapshot_file, validate_snapshot
    from tests.export_helpers import context, memory_layer

    rows = [(f"Point({2600000 + index} 1200000)", []) for index in range(8)]
    layer = memory_layer("Falsches KBS", "Point", "EPSG:4326", [], rows, "golden_point_green.qml")
    path = tmp_path / "wrong-crs.json"
    with pytest.raises(InvalidSnapshot, match="not longitude/latitude") as refused:
        export_checked(
            [layer],
            context(7.43, 46.95, 7.44, 46.96, crs="EPSG:4326"),
            SnapshotMetadata(title="KBS"),
            ExportOptions(crop=False),
            path,
        )
    written = json.loads(path.read_text("utf-8"))
    assert refused.value.problems == validate_snapshot(written)
    assert refused.value.problems[-1].endswith("3 more features with problems.")
    with pytest.raises(InvalidSnapshot) as read_back:
        check_snapshot_file(path)
    assert read_back.value.problems == refused.value.problems


def test_the_check_while_writing_numbers_the_wrong_features_as_reading_back_does(tmp_path, qgis_app):
    """Degrees, metres, degrees, metres: the fine features between the wrong ones are counted too."""
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.pipeline import export_checked
    from gemeindescan_uploader.validation import validate_snapshot
    from tests.export_helpers import context, memory_layer

    rows = [("Point(7.435 46.955)", []), ("Point(2600000 1200000)", [])] * 2
    layer = memory_layer("Gemischt", "Point", "EPSG:4326", [], rows, "golden_point_green.qml")
    path = tmp_path / "mixed.json"
    with pytest.raises(InvalidSnapshot) as refused:
        export_checked(
            [layer],
            context(7.43, 46.95, 7.44, 46.96, crs="EPSG:4326"),
            SnapshotMetadata(title="KBS"),
            ExportOptions(crop=False),
            path,
        )
    assert refused.value.problems == [
        f"Layer 'gemischt', feature {number}: its coordinates are not longitude/latitude in degrees "
        "(is the layer's CRS right?)."
        for number in (2, 4)
    ]
    assert refused.value.problems == validate_snapshot(json.loads(path.read_text("utf-8")))


def test_a_file_this_process_exported_is_not_read_again_to_publish_it(
    gemeindescan_server, sample_layers, tmp_path, monkeypatch
):
    from gemeindescan_uploader import pipeline
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata

    sample_project, layers = sample_layers
    context = ExportContext.for_extent(sample_project.sample_extent(), sample_project.LV95)
    path = tmp_path / "exported.json"
    pipeline.export_checked(layers, context, SnapshotMetadata(title="Einmal geprüft"), ExportOptions(), path)
    checks = []
    monkeypatch.setattr(pipeline, "check_snapshot_file", checks.append)
    publish_file(path, target_for(gemeindescan_server), login_for(gemeindescan_server))
    assert checks == [], "checked while written, unchanged since: no second reading"
    path.write_text(path.read_text("utf-8").replace("Einmal geprüft", "Von Hand geändert"), "utf-8")
    publish_file(path, target_for(gemeindescan_server), login_for(gemeindescan_server))
    assert checks == [path], "changed after the export: checked again"
