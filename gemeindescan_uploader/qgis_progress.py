"""The pipeline's Progress on QGIS: a QgsTask's or a (Processing) feedback's bar, log and Cancel."""

from __future__ import annotations

from typing import Any, Union

from qgis.core import Qgis, QgsFeedback, QgsMessageLog, QgsTask

from .progress import Progress

LOG_TAG = "Gemeindescan"


class QgisProgress(Progress):
    """Progress reported to a ``QgsFeedback`` (``QgsProcessingFeedback`` included) or a ``QgsTask``.

    Both may be asked from the task's worker thread: ``setProgress`` and ``isCanceled`` are meant for it.
    Step texts go to Processing's log when there is one and to QGIS's message log.
    """

    def __init__(self, target: Union[QgsFeedback, QgsTask, Any]) -> None:
        self.target = target
        self._last_percent = -1.0

    def set_progress(self, percent: float) -> None:
        """Move the bar (only when it moves by 0.1 % or more: each change is a signal across threads)."""
        if abs(percent - self._last_percent) >= 0.1 or percent >= 100.0:
            self._last_percent = percent
            self.target.setProgress(percent)

    def is_cancelled(self) -> bool:
        """The feedback's or task's cancel state."""
        return bool(self.target.isCanceled())

    def info(self, text: str) -> None:
        """Processing's log (if any) and the Gemeindescan tab of QGIS's message log."""
        push_info = getattr(self.target, "pushInfo", None)
        if callable(push_info):
            push_info(text)
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Info)
