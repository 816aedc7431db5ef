"""Pipeline errors as Processing errors: the analyst's sentence, with the details in the log."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..errors import GemeindescanError, InvalidSnapshot
from ..translation import Gemeindescan, localized


def processing_error(
    error: GemeindescanError, feedback: QgsProcessingFeedback | None
) -> QgsProcessingException:
    """The Processing error for a pipeline error: the analyst's sentence, with the details in the log."""
    if feedback is not None:
        if isinstance(error, InvalidSnapshot):
            for problem in error.problems:
                feedback.reportError(localized(problem), False)
        if error.detail:
            feedback.pushDebugInfo(error.detail)
    # A publish that failed after creating the record: retrying as an update avoids a duplicate.
    return QgsProcessingException(localized(error.user_message(processing_update_hint)))


def processing_update_hint(snapshot_pk: str) -> str:
    """The retry advice in Processing's words."""
    return Gemeindescan.tr("To retry, run the algorithm again with SNAPSHOT={pk}.").format(pk=snapshot_pk)
