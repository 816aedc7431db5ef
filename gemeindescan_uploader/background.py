"""Run a function in a QgsTask and get its result (or its error) back on the main thread.

For the short network calls of the panel (log in, municipalities, workspace lookup): the
function runs in the task thread and must touch no widget and no live layer; ``done`` and
``failed`` are emitted from ``finished()``, on the main thread.
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsTask
from qgis.PyQt.QtCore import QObject, pyqtSignal

from . import messages
from .errors import Cancelled, GemeindescanError
from .messages import Message

LOG_TAG = "Gemeindescan"


class BackgroundTask(QgsTask):
    """A QgsTask around one function: ``done(result)`` or ``failed(GemeindescanError)``."""

    done = pyqtSignal(object)
    failed = pyqtSignal(object)

    def __init__(self, description: str, work: Callable[[], Any]) -> None:
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.result: Any = None
        self.error: Optional[GemeindescanError] = None

    def run(self) -> bool:
        """Runs in the task thread."""
        try:
            self.result = self.work()
            return True
        except GemeindescanError as error:
            self.error = error
        except Exception as error:  # noqa: BLE001 - a bug must reach the user as a message, not kill QGIS
            self.error = GemeindescanError(
                Message(messages.SOMETHING_UNEXPECTED),
                detail=repr(error),
            )
        QgsMessageLog.logMessage(
            f"{self.description()}: {self.error.message} {self.error.detail}",
            LOG_TAG,
            Qgis.MessageLevel.Warning,
        )
        return False

    def finished(self, result: bool) -> None:  # noqa: FBT001 (QgsTask's signature)
        """Back on the main thread: hand over the result or the error."""
        if result:
            self.done.emit(self.result)
        else:
            self.failed.emit(self.error or Cancelled(Message(messages.CANCELLED)))


class BackgroundRunner(QObject):
    """Starts background tasks and holds them until they end, so Python never frees a running task."""

    def __init__(self, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.running: set[QgsTask] = set()

    def start(
        self,
        task: QgsTask,
        on_done: Optional[Callable[[Any], None]] = None,
        on_failed: Optional[Callable[[GemeindescanError], None]] = None,
    ) -> QgsTask:
        """Queue ``task`` in QGIS's task manager, its ``done``/``succeeded`` and ``failed`` connected."""
        done_signal = getattr(task, "done", None) or getattr(task, "succeeded", None)
        if on_done is not None and done_signal is not None:
            done_signal.connect(on_done)
        if on_failed is not None:
            task.failed.connect(on_failed)
        self.running.add(task)
        task.taskCompleted.connect(lambda: self.running.discard(task))
        task.taskTerminated.connect(lambda: self.running.discard(task))
        QgsApplication.taskManager().addTask(task)
        return task

    def run(
        self,
        description: str,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[GemeindescanError], None],
    ) -> BackgroundTask:
        """Run ``work()`` in the background; then ``on_done(result)`` or ``on_failed(error)``."""
        task = BackgroundTask(description, work)
        self.start(task, on_done, on_failed)
        return task

    def cancel_all(self) -> None:
        """Cancel every task still running (e.g. when the panel goes away); their results are dropped."""
        for task in list(self.running):
            for signal in (getattr(task, "done", None), getattr(task, "succeeded", None), task.failed):
                if signal is not None:
                    with contextlib.suppress(TypeError):  # nothing connected
                        signal.disconnect()
            task.cancel()
