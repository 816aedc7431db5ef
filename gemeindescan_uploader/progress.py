"""Progress and cancellation for the pipeline, in plain Python (no QGIS), so the command line can use it too.

The pipeline and the exporter talk only to a ``Progress``; QGIS's task and Processing feedback reach it
through the adapters in ``qgis_progress.py``. ``as_progress`` accepts either kind, so callers that hold
a ``QgsFeedback`` pass it as they always did.
"""

from __future__ import annotations

import logging
from typing import Any, Optional

from .errors import Cancelled

log = logging.getLogger("gemeindescan")


class Progress:
    """Where a long step reports how far it is and asks whether to stop; this base ignores progress."""

    def set_progress(self, percent: float) -> None:
        """The step is ``percent`` (0–100) done."""

    def is_cancelled(self) -> bool:
        """Whether the user asked to stop."""
        return False

    def info(self, text: str) -> None:
        """One line saying what happens now (the log; Processing's log too when there is one)."""
        log.info("%s", text)


class StepProgress(Progress):
    """One step's 0–100 % mapped onto the span ``start``–``end`` of its parent's bar; cancels with it."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        self.parent = parent
        self.start, self.end = start, end

    def set_progress(self, percent: float) -> None:
        """Move the parent's bar inside the span."""
        self.parent.set_progress(self.start + (self.end - self.start) * min(max(percent, 0.0), 100.0) / 100.0)

    def is_cancelled(self) -> bool:
        """The parent's answer."""
        return self.parent.is_cancelled()

    def info(self, text: str) -> None:
        """Passed to the parent."""
        self.parent.info(text)

    def __enter__(self) -> StepProgress:
        self.set_progress(0.0)
        return self

    def __exit__(self, exc_type: Any, *_: Any) -> None:
        if exc_type is None:  # a failed step leaves the bar where it stopped
            self.parent.set_progress(self.end)


def as_progress(feedback: Any) -> Progress:
    """A Progress for ``feedback``: a Progress as it is, None as a silent one, a QgsFeedback adapted."""
    if feedback is None:
        return Progress()
    if isinstance(feedback, Progress):
        return feedback
    if hasattr(feedback, "isCanceled"):  # a QgsFeedback or QgsTask: QGIS is there, so the adapter loads
        from .qgis_progress import QgisProgress

        return QgisProgress(feedback)
    raise TypeError(f"not a progress or QGIS feedback: {feedback!r}")


def raise_if_cancelled(progress: Optional[Progress], message: str = "Publishing was cancelled.") -> None:
    """Stop with Cancelled when the user cancelled."""
    if progress is not None and progress.is_cancelled():
        raise Cancelled(message)
