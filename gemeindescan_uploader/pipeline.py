"""The one export → validate → publish pipeline that Processing, the command line and the dock's task share.

Each step reports progress to a ``QgsFeedback`` (a ``QgsProcessingFeedback`` also gets
one line of text per step) and stops with ``Cancelled`` when it is cancelled. The
exported file always stays on disk, whether publishing succeeds or not.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, Union

from qgis.core import Qgis, QgsFeedback, QgsMapLayer, QgsMessageLog
from qgis.PyQt.QtCore import Qt

from .client import GemeindescanClient
from .credentials import Credentials
from .errors import Cancelled
from .network import qgis_client
from .publish import PublishResult, SnapshotTarget, check_publish_inputs, publish, read_snapshot_file
from .qgis_log import LOG_TAG

if TYPE_CHECKING:
    from .export.context import ExportContext
    from .export.options import ExportOptions, SnapshotMetadata
    from .export.report import ExportReport


# Shares of the progress bar (percent). Export and publish: exporting dominates, the rest publishes.
EXPORT_SPAN = (0.0, 70.0)
EXPORT_CHECK_SPAN = (70.0, 75.0)
PUBLISH_SPAN = (75.0, 100.0)
# Within a publish: re-reading the file, logging in (password hashing on the server), the upload.
CHECK_SHARE, LOGIN_SHARE, UPLOAD_SHARE = (0.0, 0.1), (0.1, 0.25), (0.25, 1.0)


@dataclass(frozen=True)
class PublishTarget:
    """Where and as what a snapshot is published: server, workspace, municipality, title, topic."""

    server_url: str
    workspace: str
    bfs_number: Union[int, str]
    title: str
    topic: str
    #: Update this snapshot instead of creating a new one.
    snapshot_pk: Optional[str] = None
    #: The website for the links shown to the user (default: the server address).
    frontend_url: Optional[str] = None
    #: Update ``snapshot_pk`` even though it is not in ``workspace`` (the panel asked; SnapshotElsewhere).
    allow_other_workspace: bool = False


@dataclass
class PipelineResult:
    """What one run of the pipeline produced: the kept file, the export report, the published snapshot."""

    snapshot_file: Path
    export_report: Optional[ExportReport] = None
    publish_result: Optional[PublishResult] = None

    @property
    def published(self) -> bool:
        """Whether the snapshot reached the server."""
        return self.publish_result is not None


def export_checked(
    layers: Sequence[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: ExportOptions,
    path: Union[str, os.PathLike],
    feedback: Optional[QgsFeedback] = None,
) -> ExportReport:
    """Export the layers to ``path`` and check the written file; InvalidSnapshot if it cannot be shown."""
    # Imported here: publishing a file that exists needs no exporter.
    from .export.package import export_snapshot

    path = Path(path)
    report_step(feedback, f"Exporting {len(layers)} layer(s) to {path}")
    with StepFeedback(feedback, *EXPORT_SPAN) as step:
        report = export_snapshot(list(layers), context, metadata, options, str(path), feedback=step)
    raise_if_cancelled(feedback)
    report_step(feedback, report.summary())
    with StepFeedback(feedback, *EXPORT_CHECK_SPAN):
        read_snapshot_file(path)
    report_step(feedback, f"Checked the snapshot file {path.name}: it is a snapshot the platform can show.")
    return report


def publish_file(
    path: Union[str, os.PathLike],
    target: PublishTarget,
    credentials: Credentials,
    feedback: Optional[QgsFeedback] = None,
    client_factory: Callable[..., GemeindescanClient] = qgis_client,
    check: bool = True,
    span: tuple[float, float] = (0.0, 100.0),
) -> PublishResult:
    """Check the snapshot file (unless ``check`` is False), log in, create or update the snapshot, upload.

    Progress runs through ``span`` of the feedback's bar.
    """
    path = Path(path)
    raise_if_cancelled(feedback)
    if check:
        # The server stores anything it is sent, and a broken file breaks the snapshot page.
        with StepFeedback(feedback, *_share(span, CHECK_SHARE)):
            read_snapshot_file(path)
    raise_if_cancelled(feedback)
    with client_factory(target.server_url, frontend_url=target.frontend_url) as client:
        checked = check_target(client, target)
        report_step(feedback, f"Logging in to {client.server_url} as {credentials.username}")
        with StepFeedback(feedback, *_share(span, LOGIN_SHARE)):
            client.login(credentials.username, credentials.password)
        raise_if_cancelled(feedback, "Publishing was cancelled while logging in; nothing was created on "
                                     "the server.")
        action = f"Updating snapshot {target.snapshot_pk}" if target.snapshot_pk else "Creating a snapshot"
        report_step(feedback, f"{action} in workspace {target.workspace} and uploading {path.name}")
        try:
            with StepFeedback(feedback, *_share(span, UPLOAD_SHARE)) as step:
                result = publish(client, path, checked, progress=_upload_progress(step), check_file=False,
                                 allow_other_workspace=target.allow_other_workspace)
        finally:
            _logout_quietly(client)
    report_step(feedback, f"Published snapshot {result.snapshot_pk}: {result.snapshot_url}")
    return result


def export_and_publish(
    layers: Sequence[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: ExportOptions,
    path: Union[str, os.PathLike],
    target: PublishTarget,
    credentials: Credentials,
    feedback: Optional[QgsFeedback] = None,
    client_factory: Callable[..., GemeindescanClient] = qgis_client,
) -> PipelineResult:
    """The whole job: export the layers to ``path``, check the file (it stays on disk), publish it."""
    result = PipelineResult(snapshot_file=Path(path))
    # A title the server would refuse should not cost the analyst a whole export first.
    with client_factory(target.server_url, frontend_url=target.frontend_url) as client:
        check_target(client, target)
    result.export_report = export_checked(layers, context, metadata, options, path, feedback)
    # export_checked has just checked the file; reading a large one twice would only cost time.
    result.publish_result = publish_file(path, target, credentials, feedback, client_factory, check=False,
                                         span=PUBLISH_SPAN)
    return result


def check_target(client: GemeindescanClient, target: PublishTarget) -> SnapshotTarget:
    """The checked target; InvalidInput for one the server would refuse (before anything is exported)."""
    return check_publish_inputs(client, target.title, target.topic, target.bfs_number, target.workspace,
                                target.snapshot_pk)


def raise_if_cancelled(feedback: Optional[QgsFeedback], message: str = "Publishing was cancelled.") -> None:
    """Stop the pipeline with Cancelled (and ``message``, which says when) when the user cancelled."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(message)


def report_step(feedback: Optional[QgsFeedback], text: str) -> None:
    """One line of progress text: in the Processing log when there is one, always in the QGIS message log."""
    push_info = getattr(feedback, "pushInfo", None)
    if callable(push_info):
        push_info(text)
    QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Info)


class StepFeedback(QgsFeedback):
    """A feedback for one step that maps its 0–100 % onto a span of the parent's bar and follows its cancel.

    Used as a context manager: on exit the parent's bar stands at the end of the span.
    """

    def __init__(self, parent: Optional[QgsFeedback], start: float, end: float) -> None:
        super().__init__()
        self.parent_feedback = parent
        self.start, self.end = start, end
        if parent is not None:
            if parent.isCanceled():
                self.cancel()
            # Direct connections: in a QgsTask the parent lives on the main thread, this step on the
            # worker thread, which has no event loop to deliver queued signals.
            parent.canceled.connect(self.cancel, Qt.ConnectionType.DirectConnection)
            self.progressChanged.connect(self._forward_progress, Qt.ConnectionType.DirectConnection)

    def __enter__(self) -> StepFeedback:
        self.setProgress(0.0)
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.parent_feedback is not None:
            if exc_info[0] is None:
                self.parent_feedback.setProgress(self.end)
            self.parent_feedback.canceled.disconnect(self.cancel)

    def pushInfo(self, text: str) -> None:  # noqa: N802 (QgsProcessingFeedback's name)
        """Pass step texts on to a Processing feedback."""
        report_step(self.parent_feedback, text)

    def _forward_progress(self, percent: float) -> None:
        if self.parent_feedback is not None:
            self.parent_feedback.setProgress(self.start + (self.end - self.start) * percent / 100.0)


def _share(span: tuple[float, float], share: tuple[float, float]) -> tuple[float, float]:
    """The part ``share`` (fractions) of the progress ``span`` (percent)."""
    start, end = span
    return start + (end - start) * share[0], start + (end - start) * share[1]


def _upload_progress(step: StepFeedback) -> Callable[[int, int], None]:
    """An upload progress callback that moves the step's bar and stops the upload when cancelled."""

    def progress(bytes_sent: int, total: int) -> None:
        if step.isCanceled():
            # Raised inside the streaming body: requests aborts the PATCH. publish() adds which snapshot
            # was created without its file, so that the next publish can update it.
            raise Cancelled("Publishing was cancelled during the upload.")
        step.setProgress(100.0 * bytes_sent / total if total else 100.0)

    return progress


def _logout_quietly(client: GemeindescanClient) -> None:
    """Log out; a failed logout does not undo a publish, so it only goes to the log."""
    try:
        client.logout()
    except Exception as error:  # noqa: BLE001 (logout is best effort)
        QgsMessageLog.logMessage(f"Logout failed: {error}", LOG_TAG, Qgis.MessageLevel.Warning)
