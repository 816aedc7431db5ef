"""The plugin's log records reach QGIS's Log Messages panel and Processing's log, never with a secret."""

from __future__ import annotations

import json
import logging
import threading

import pytest
from qgis.core import QgsApplication, QgsProcessingFeedback
from snapshot_samples import sample_snapshot

import gemeindescan_uploader.export.symbol_style as symbol_style
from gemeindescan_uploader.client import GemeindescanClient
from gemeindescan_uploader.credentials import Credentials
from gemeindescan_uploader.errors import LoginFailed
from gemeindescan_uploader.pipeline import PublishTarget, publish_file
from gemeindescan_uploader.qgis_log import (
    LOG_TAG,
    install_message_log_handler,
    logging_to_feedback,
    redact_secrets,
    remove_message_log_handler,
)

log = logging.getLogger("gemeindescan")


@pytest.fixture()
def message_log(qgis_app):
    """The texts written to the "Gemeindescan" tab while the test runs, with the handler installed."""
    texts: list[str] = []

    def received(message, tag, level):
        if tag == LOG_TAG:
            texts.append(message)

    QgsApplication.messageLog().messageReceived.connect(received)
    install_message_log_handler()
    try:
        yield texts
    finally:
        remove_message_log_handler()
        QgsApplication.messageLog().messageReceived.disconnect(received)


class CookieKeepingClient(GemeindescanClient):
    """A client that remembers the session id and CSRF token it held, so the test can look for them."""

    secrets: list[str] = []

    def logout(self) -> None:
        for name in ("sessionid", "csrftoken"):
            value = self.session.cookie(name)
            if value:
                CookieKeepingClient.secrets.append(value)
        super().logout()


def test_a_publish_is_logged_in_the_gemeindescan_tab_without_any_secret(
    message_log, gemeindescan_server, tmp_path
):
    server = gemeindescan_server
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(sample_snapshot()), encoding="utf-8")
    target = PublishTarget(server.url, server.workspace_id, 261, "Logged", "Tests")
    CookieKeepingClient.secrets = []
    result = publish_file(
        path, target, Credentials(server.username, server.password), client_factory=CookieKeepingClient
    )
    with pytest.raises(LoginFailed):
        publish_file(path, target, Credentials(server.username, "a-wrong-password-123"))
    QgsApplication.processEvents()

    text = "\n".join(message_log)
    assert f"Logged in to {server.url}/ as {server.username}" in text  # the client's own record
    assert f"Published snapshot {result.snapshot_pk}" in text
    secrets = [server.password, "a-wrong-password-123", *CookieKeepingClient.secrets]
    assert len(CookieKeepingClient.secrets) == 2
    for secret in secrets:
        assert secret not in text


def test_secrets_a_record_carries_by_mistake_are_blanked_out(message_log):
    log.warning("POST /account/login/ csrfmiddlewaretoken=Ab12Cd34Ef56&username=anna&password=hunter2!x")
    log.warning(
        "headers: {'Cookie': 'sessionid=s3ss10n1d0000; csrftoken=t0k3nt0k3n', " "'X-CSRFToken': 'zz9zz9zz9'}"
    )
    log.warning("proxy http://anna:pr0xy-pa55@proxy.example.org:3128 refused")
    QgsApplication.processEvents()
    text = "\n".join(message_log)
    for secret in ("Ab12Cd34Ef56", "hunter2!x", "s3ss10n1d0000", "t0k3nt0k3n", "zz9zz9zz9", "pr0xy-pa55"):
        assert secret not in text
    assert "username=anna" in text and "http://anna:***@proxy.example.org:3128" in text
    assert redact_secrets("nothing secret here") == "nothing secret here"


def test_an_unexpected_error_in_the_task_leaves_its_traceback_in_the_log(message_log, monkeypatch, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    import gemeindescan_uploader.tasks as tasks
    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata

    def broken_export(*args, **kwargs):
        raise ZeroDivisionError("a bug deep in the exporter")

    # The task prepares on the main thread and writes in its own: the bug strikes while writing.
    monkeypatch.setattr(tasks, "prepare_export", lambda *args: object())
    monkeypatch.setattr(tasks, "write_checked", broken_export)
    context = ExportContext.for_extent(QgsRectangle(0, 0, 1, 1), QgsCoordinateReferenceSystem("EPSG:2056"))
    task = tasks.PublishTask([], context, SnapshotMetadata(title="t"), ExportOptions(), tmp_path / "s.json")
    assert task.run() is False
    QgsApplication.processEvents()
    text = "\n".join(message_log)
    assert "Traceback (most recent call last)" in text
    assert "ZeroDivisionError: a bug deep in the exporter" in text
    assert "details are in the Gemeindescan log" in task.error.message


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[tuple[str, str]] = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(("info", info))

    def pushDebugInfo(self, info):  # noqa: N802
        self.lines.append(("debug", info))

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(("warning", warning))

    def reportError(self, error, fatal=False):  # noqa: N802
        self.lines.append(("error", error))


def test_processing_feedback_gets_the_records_of_its_own_thread_only(qgis_app):
    feedback = RecordingFeedback()
    with logging_to_feedback(feedback):
        log.debug("GET /graphql/ -> 200")
        log.info("Logged in as anna")
        log.warning("Symbol layer odd could not be read")
        other = threading.Thread(target=lambda: log.info("another algorithm's record"))
        other.start()
        other.join()
    log.info("after the algorithm")
    assert feedback.lines == [
        ("debug", "GET /graphql/ -> 200"),
        ("info", "Logged in as anna"),
        ("warning", "Symbol layer odd could not be read"),
    ]


def test_the_publish_algorithm_shows_the_client_log_in_its_feedback(
    qgis_processing, gemeindescan_server, tmp_path, monkeypatch
):
    import processing

    from gemeindescan_uploader.processing.provider import GemeindescanProvider

    server = gemeindescan_server
    provider = GemeindescanProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", server.password)
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(sample_snapshot()), encoding="utf-8")
    feedback = RecordingFeedback()
    try:
        processing.run(
            "gemeindescan:publishsnapshot",
            {
                "INPUT": str(path),
                "SERVER": server.url,
                "AUTHCFG": "",
                "WORKSPACE": server.workspace_id,
                "BFS_NUMBER": 261,
                "TITLE": "Feedback",
                "TOPIC": "Tests",
            },
            feedback=feedback,
        )
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
    texts = [text for _, text in feedback.lines]
    assert f"Logged in to {server.url}/ as {server.username}" in texts
    assert any(
        text.startswith("POST /graphql/ -> 200") or text.startswith("GET /account/login/ -> 200")
        for text in texts
    ), texts
    assert not any(server.password in text for text in texts)


def test_a_symbol_layer_that_fails_leaves_a_log_line_and_the_export_goes_on(monkeypatch, caplog, qgis_app):
    from qgis.core import QgsFillSymbol

    def failing(symbol_layer, evaluator):
        raise RuntimeError("this symbol layer cannot be read")

    monkeypatch.setitem(symbol_style._LAYER_LOOKS, "SimpleFill", failing)
    symbol = QgsFillSymbol.createSimple({"color": "200,30,40,255"})
    evaluator = symbol_style.Evaluator(_render_context(), None)
    with caplog.at_level(logging.WARNING, logger="gemeindescan"):
        look = symbol_style.symbol_look(symbol, evaluator)
        symbol_style.symbol_look(symbol, evaluator)  # the next feature: no second line
    assert look.fill is not None and look.fill.colour == "#c81e28"
    records = [record for record in caplog.records if "SimpleFill" in record.getMessage()]
    assert len(records) == 1
    assert records[0].exc_info and "cannot be read" in str(records[0].exc_info[1])


def _render_context():
    from qgis.core import QgsRenderContext

    return QgsRenderContext()
