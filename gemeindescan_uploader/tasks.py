"""The QgsTask that runs the pipeline off the main thread, so QGIS never freezes while publishing.

The constructor (main thread) prepares the export: feature sources, cloned renderers, legend, order,
names and CRS are copied from the live layers there, and QGIS's proxy and certificates are read.
``run()`` (task thread) touches only those copies, so a layer removed or edited during a publish
cannot crash QGIS. The ``succeeded``/``failed`` signals are emitted from ``finished()``, back on the
main thread, where the dock may touch widgets.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Optional, Sequence, Union

from qgis.core import Qgis, QgsMapLayer, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import pyqtSignal

from . import messages
from .credentials import Credentials
from .errors import Cancelled, GemeindescanError
from .export.prepare import PreparedExport, prepare_export
from .messages import Message
from .pipeline import PipelineResult, PublishTarget, publish_prepared, write_checked
from .qgis_log import LOG_TAG
from .qgis_progress import QgisProgress
from .translation import Gemeindescan

log = logging.getLogger("gemeindescan")

if TYPE_CHECKING:
    from .client import GemeindescanClient
    from .export.context import ExportContext
    from .export.options import ExportOptions, SnapshotMetadata


class PublishTask(QgsTask):
    """Export the layers to a file that stays on disk and, given a target, publish it.

    Connect to ``succeeded(PipelineResult)`` and ``failed(GemeindescanError)``; a failure
    that happened after the snapshot was created carries its ``snapshot_pk``, so that the
    caller can remember it and make the next attempt an update.
    """

    succeeded = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(
        self,
        layers: Sequence[QgsMapLayer],
        context: ExportContext,
        metadata: SnapshotMetadata,
        options: ExportOptions,
        path: Union[str, os.PathLike],
        target: Optional[PublishTarget] = None,
        credentials: Optional[Credentials] = None,
    ) -> None:
        if target:
            description = Gemeindescan.tr("Publishing to Gemeindescan")
        else:
            description = Gemeindescan.tr("Exporting a Gemeindescan snapshot")
        super().__init__(description, QgsTask.Flag.CanCancel)
        if target is not None and credentials is None:
            raise ValueError("publishing needs credentials")
        self.path = Path(path)
        self.target, self.credentials = target, credentials
        self.result: Optional[PipelineResult] = None
        self.error: Optional[GemeindescanError] = None
        # Everything the export reads from the live layers, read here on the main thread. A layer that
        # cannot be exported fails the task with its message (through ``failed``), as any other error.
        self.prepared: Optional[PreparedExport] = None
        self._client_factory: Optional[Callable[..., GemeindescanClient]] = None
        try:
            self.prepared = prepare_export(layers, context, metadata, options)
            if target is not None:
                self._client_factory = client_with_qgis_settings(target.server_url)
        except GemeindescanError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - the panel gets `failed`, never a traceback
            log.exception("Unexpected error while preparing the task %r", description)
            self.error = GemeindescanError(Message(messages.PREPARE_FAILED), detail=repr(error))

    def run(self) -> bool:
        """Runs in the task thread: only the prepared copies are touched here, never a live layer."""
        if self.error is not None:
            return False
        # The task's own bar and Cancel (in the panel and QGIS's task manager) are the pipeline's.
        progress = QgisProgress(self)
        try:
            if self.target is None:
                report = write_checked(self.prepared, self.path, progress)
                self.result = PipelineResult(snapshot_file=self.path, export_report=report)
            else:
                self.result = publish_prepared(
                    self.prepared, self.path, self.target, self.credentials, progress, self._client_factory
                )
            return True
        except GemeindescanError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - an unexpected bug must still reach the user, not kill QGIS
            # The traceback goes to the log (the "Gemeindescan" tab); the analyst reads the sentence.
            log.exception("Unexpected error in the task %r", self.description())
            self.error = GemeindescanError(Message(messages.PUBLISH_FAILED_UNEXPECTEDLY), detail=repr(error))
        QgsMessageLog.logMessage(
            f"{self.error.message} {self.error.detail}", LOG_TAG, Qgis.MessageLevel.Warning
        )
        return False

    def finished(self, result: bool) -> None:  # noqa: FBT001 (QgsTask's signature)
        """Back on the main thread: tell whoever started the task."""
        self.prepared = None  # let the feature sources go (they keep the layers' files open)
        if result and self.result is not None:
            self.succeeded.emit(self.result)
            return
        if self.error is None:
            # Cancelled before run() started, or terminated by QGIS.
            self.error = Cancelled(Message(messages.PUBLISH_CANCELLED))
        self.failed.emit(self.error)


def client_with_qgis_settings(server_url: str) -> Callable[..., GemeindescanClient]:
    """A client factory with QGIS's proxy and certificates for ``server_url``, read now (main thread)."""
    from .client import GemeindescanClient
    from .network import client_options_from_qgis

    connection = client_options_from_qgis(server_url)

    def client(url: str, **options: Any) -> GemeindescanClient:
        return GemeindescanClient(url, connection=connection, **options)

    return client
