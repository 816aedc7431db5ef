"""The QgsTask that runs the pipeline off the main thread, so QGIS never freezes while publishing.

Inputs are read on the main thread and handed in; ``run()`` does the work in the
task thread; the ``succeeded``/``failed`` signals are emitted from ``finished()``,
back on the main thread, where the dock may touch widgets and the message bar.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional, Sequence, Union

from qgis.core import Qgis, QgsFeedback, QgsMapLayer, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import Qt, pyqtSignal

from .credentials import Credentials
from .errors import Cancelled, GemeindescanError
from .pipeline import LOG_TAG, PipelineResult, PublishTarget, export_and_publish, export_checked

log = logging.getLogger("gemeindescan")

if TYPE_CHECKING:
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
        description = "Publishing to Gemeindescan" if target else "Exporting a Gemeindescan snapshot"
        super().__init__(description, QgsTask.Flag.CanCancel)
        if target is not None and credentials is None:
            raise ValueError("publishing needs credentials")
        self.layers = list(layers)
        self.context, self.metadata, self.options = context, metadata, options
        self.path = Path(path)
        self.target, self.credentials = target, credentials
        self.result: Optional[PipelineResult] = None
        self.error: Optional[GemeindescanError] = None
        # The pipeline reports to a QgsFeedback; the task's own bar and cancel button follow it.
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress, Qt.ConnectionType.DirectConnection)

    def cancel(self) -> None:
        """Stop at the next feature or upload chunk; the file written so far is discarded, not half-kept."""
        self.feedback.cancel()
        super().cancel()

    def run(self) -> bool:
        """Runs in the task thread: no widgets here."""
        try:
            if self.target is None:
                report = export_checked(self.layers, self.context, self.metadata, self.options, self.path,
                                        self.feedback)
                self.result = PipelineResult(snapshot_file=self.path, export_report=report)
            else:
                self.result = export_and_publish(self.layers, self.context, self.metadata, self.options,
                                                 self.path, self.target, self.credentials, self.feedback)
            return True
        except GemeindescanError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - an unexpected bug must still reach the user, not kill QGIS
            # The traceback goes to the log (the "Gemeindescan" tab); the analyst reads the sentence.
            log.exception("Unexpected error in the task %r", self.description())
            self.error = GemeindescanError("Publishing stopped because of an unexpected error; "
                                           "the details are in the Gemeindescan log.", detail=repr(error))
        QgsMessageLog.logMessage(f"{self.error.message} {self.error.detail}", LOG_TAG,
                                 Qgis.MessageLevel.Warning)
        return False

    def finished(self, result: bool) -> None:  # noqa: FBT001 (QgsTask's signature)
        """Back on the main thread: tell whoever started the task."""
        if result and self.result is not None:
            self.succeeded.emit(self.result)
            return
        if self.error is None:
            # Cancelled before run() started, or terminated by QGIS.
            self.error = Cancelled("Publishing was cancelled.")
        self.failed.emit(self.error)
