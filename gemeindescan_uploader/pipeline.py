"""The one export → check → publish pipeline that the command line, Processing and the dock's task share.

Plain Python: each step reports to a ``progress.Progress`` (QGIS feedback and tasks are adapted by
``as_progress``) and stops with ``Cancelled`` when it is cancelled. Publishing a file needs no QGIS, so
the command line runs the same ``publish_file`` as Processing and the panel. The exported file always
stays on disk, whether publishing succeeds or not.
"""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, Union

from . import messages
from .credentials import Credentials
from .errors import Cancelled
from .messages import Message
from .progress import Progress, StepProgress, as_progress, raise_if_cancelled
from .validation import check_snapshot_file, raise_problems

if TYPE_CHECKING:
    from qgis.core import QgsMapLayer

    from .client import GemeindescanClient
    from .export.context import ExportContext
    from .export.options import ExportOptions, SnapshotMetadata
    from .export.prepare import PreparedExport
    from .export.report import ExportReport
    from .publish import PublishResult, SnapshotTarget

log = logging.getLogger("gemeindescan")

# The client (gql, graphql-core, requests) is imported when something is published: an export alone,
# on the command line or in Processing, does not pay the half second it takes to load.
ClientFactory = Optional[Callable[..., "GemeindescanClient"]]


def _client_factory(client_factory: ClientFactory) -> Callable[..., GemeindescanClient]:
    """``client_factory``, or by default: inside QGIS a client with QGIS's proxy and certificates."""
    if client_factory is not None:
        return client_factory
    qgis_core = sys.modules.get("qgis.core")
    if qgis_core is not None and qgis_core.QgsApplication.instance() is not None:
        from .network import qgis_client

        return qgis_client
    # Plain Python (the command line's publish): there are no QGIS settings to follow.
    from .client import GemeindescanClient

    return GemeindescanClient


# Shares of the progress bar (percent). Export and publish: exporting dominates, the rest publishes.
EXPORT_SPAN = (0.0, 75.0)
PUBLISH_SPAN = (75.0, 100.0)
# Within a publish: checking the file, logging in (password hashing on the server), the upload.
CHECK_SHARE, LOGIN_SHARE, UPLOAD_SHARE = (0.0, 0.1), (0.1, 0.25), (0.25, 1.0)

# Files this process wrote and checked while writing, with their (modification time, size) then: a model
# that exports and then publishes the file does not read it again, unless it changed in between.
_checked_files: dict[str, tuple[int, int]] = {}


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
    feedback: Any = None,
) -> ExportReport:
    """Export the layers to ``path``, checked while written; InvalidSnapshot if the platform cannot show it.

    Reads the live layers: call it on the main thread, or prepare first and use ``write_checked``.
    """
    from .export.prepare import prepare_export

    return write_checked(prepare_export(layers, context, metadata, options), path, feedback)


def write_checked(
    prepared: PreparedExport, path: Union[str, os.PathLike], feedback: Any = None
) -> ExportReport:
    """Write a prepared export to ``path`` (any thread), checking every object before it is written.

    The file is never read back: the exporter made every object, so it checks each one as it goes. A
    file with problems stays on disk for a look, and InvalidSnapshot names them.
    """
    from .export.package import export_prepared

    progress = as_progress(feedback)
    path = Path(path)
    progress.info(Message(messages.PROGRESS_EXPORTING, count=len(prepared.layers), path=path))
    with StepProgress(progress, *EXPORT_SPAN) as step:
        report = export_prepared(prepared, str(path), step)
    raise_if_cancelled(progress)
    progress.info(report.summary())
    raise_problems(report.problems, path)
    _remember_checked(path)
    progress.info(Message(messages.PROGRESS_CHECKED_WHILE_WRITING, name=path.name))
    return report


def publish_file(
    path: Union[str, os.PathLike],
    target: PublishTarget,
    credentials: Union[Credentials, Callable[..., Credentials]],
    feedback: Any = None,
    client_factory: ClientFactory = None,
    check: bool = True,
    span: tuple[float, float] = (0.0, 100.0),
) -> PublishResult:
    """Check the file (unless ``check`` is False), log in, create or update the snapshot, upload, log out.

    ``credentials`` may be a function of the client, asked only once everything that can be checked
    without the server is checked (the command line asks for the password there). Progress runs
    through ``span`` of the bar. The file is checked as a stream: a file of any size is never held in
    memory.
    """
    from .publish import publish

    progress = as_progress(feedback)
    path = Path(path)
    raise_if_cancelled(progress)
    with _client_factory(client_factory)(target.server_url, frontend_url=target.frontend_url) as client:
        checked = check_target(client, target)
        if check and _was_checked(path):
            progress.info(Message(messages.PROGRESS_CHECKED_BEFORE, name=path.name))
        elif check:
            # The server stores anything it is sent, and a broken file breaks the snapshot page.
            with StepProgress(progress, *_share(span, CHECK_SHARE)):
                check_snapshot_file(path)
        raise_if_cancelled(progress)
        login = credentials(client) if callable(credentials) else credentials
        progress.info(
            Message(messages.PROGRESS_LOGGING_IN, server=client.server_url, username=login.username)
        )
        with StepProgress(progress, *_share(span, LOGIN_SHARE)):
            client.login(login.username, login.password)
        try:
            raise_if_cancelled(progress, messages.LOGIN_CANCELLED)
            if target.snapshot_pk:
                action = Message(
                    messages.PROGRESS_UPDATING,
                    pk=target.snapshot_pk,
                    workspace=target.workspace,
                    name=path.name,
                )
            else:
                action = Message(messages.PROGRESS_CREATING, workspace=target.workspace, name=path.name)
            progress.info(action)
            with StepProgress(progress, *_share(span, UPLOAD_SHARE)) as step:
                result = publish(
                    client,
                    path,
                    checked,
                    progress=_upload_progress(step),
                    check_file=False,
                    allow_other_workspace=target.allow_other_workspace,
                )
        finally:
            _logout_quietly(client)
    progress.info(Message(messages.PROGRESS_PUBLISHED, pk=result.snapshot_pk, url=result.snapshot_url))
    return result


def export_and_publish(
    layers: Sequence[QgsMapLayer],
    context: ExportContext,
    metadata: SnapshotMetadata,
    options: ExportOptions,
    path: Union[str, os.PathLike],
    target: PublishTarget,
    credentials: Credentials,
    feedback: Any = None,
    client_factory: ClientFactory = None,
) -> PipelineResult:
    """The whole job from live layers (main thread): export to ``path`` (it stays on disk), check, publish."""
    from .export.prepare import prepare_export

    # A title the server would refuse should not cost the analyst a whole export first.
    with _client_factory(client_factory)(target.server_url, frontend_url=target.frontend_url) as client:
        check_target(client, target)
    prepared = prepare_export(layers, context, metadata, options)
    return publish_prepared(prepared, path, target, credentials, feedback, client_factory)


def publish_prepared(
    prepared: PreparedExport,
    path: Union[str, os.PathLike],
    target: PublishTarget,
    credentials: Credentials,
    feedback: Any = None,
    client_factory: ClientFactory = None,
) -> PipelineResult:
    """The whole job from a prepared export (any thread): write and check the file, then publish it."""
    progress = as_progress(feedback)
    result = PipelineResult(snapshot_file=Path(path))
    with _client_factory(client_factory)(target.server_url, frontend_url=target.frontend_url) as client:
        check_target(client, target)
    result.export_report = write_checked(prepared, path, progress)
    # write_checked has checked every object it wrote; reading a large file again would only cost time.
    result.publish_result = publish_file(
        path, target, credentials, progress, client_factory, check=False, span=PUBLISH_SPAN
    )
    return result


def check_target(client: GemeindescanClient, target: PublishTarget) -> SnapshotTarget:
    """The checked target; InvalidInput for one the server would refuse (before anything is exported)."""
    from .publish import check_publish_inputs

    return check_publish_inputs(
        client, target.title, target.topic, target.bfs_number, target.workspace, target.snapshot_pk
    )


def _file_state(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_mtime_ns, status.st_size


def _remember_checked(path: Path) -> None:
    """Note that ``path`` was checked as it was written, as it is now."""
    _checked_files[str(path.resolve())] = _file_state(path)


def _was_checked(path: Path) -> bool:
    """Whether ``path`` is a file this process wrote and checked, unchanged since."""
    try:
        return _checked_files.get(str(path.resolve())) == _file_state(path)
    except OSError:
        return False  # gone: the check says so in words


def _share(span: tuple[float, float], share: tuple[float, float]) -> tuple[float, float]:
    """The part ``share`` (fractions) of the progress ``span`` (percent)."""
    start, end = span
    return start + (end - start) * share[0], start + (end - start) * share[1]


def _upload_progress(step: Progress) -> Callable[[int, int], None]:
    """An upload progress callback that moves the step's bar and stops the upload when cancelled."""

    def progress(bytes_sent: int, total: int) -> None:
        if step.is_cancelled():
            # Raised inside the streaming body: requests aborts the PATCH. publish() adds which snapshot
            # was created without its file, so that the next publish can update it.
            raise Cancelled(Message(messages.UPLOAD_CANCELLED))
        step.set_progress(100.0 * bytes_sent / total if total else 100.0)

    return progress


def _logout_quietly(client: GemeindescanClient) -> None:
    """Log out; a failed logout does not undo a publish, so it only goes to the log."""
    try:
        client.logout()
    except Exception as error:  # noqa: BLE001 (logout is best effort)
        log.warning("Logout failed: %s", error)
