"""The pipeline's Progress on QGIS: a QgsTask's or a (Processing) feedback's bar, log and Cancel."""

from __future__ import annotations

from typing import Any, Union

from qgis.core import QgsFeedback, QgsTask

from .progress import Progress


class QgisProgress(Progress):
    """Progress reported to a ``QgsFeedback`` (``QgsProcessingFeedback`` included) or a ``QgsTask``.

    Both may be asked from the task's worker thread: ``setProgress`` and ``isCanceled`` are meant for it.
    Step texts go to the plugin's log, which ``qgis_log`` shows in the Gemeindescan tab of QGIS's
    message log and, while an algorithm runs (``logging_to_feedback``), in Processing's log.
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
