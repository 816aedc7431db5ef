"""Pipeline errors as Processing errors: the analyst's sentence, with the details in the log."""

from __future__ import annotations

from qgis.core import QgsProcessingException, QgsProcessingFeedback

from ..errors import GemeindescanError, InvalidSnapshot


def processing_error(error: GemeindescanError,
                     feedback: QgsProcessingFeedback | None) -> QgsProcessingException:
    """The Processing error for a pipeline error: the analyst's sentence, with the details in the log."""
    if feedback is not None:
        for problem in getattr(error, "problems", []) if isinstance(error, InvalidSnapshot) else []:
            feedback.reportError(problem, False)
        if error.detail:
            feedback.pushDebugInfo(error.detail)
    return QgsProcessingException(error.message)
