"""The plugin's Python ``logging`` records where analysts look: QGIS's Log Messages panel and Processing.

The client, ``publish.py`` and the exporter log to the logger ``gemeindescan`` and know nothing of
QGIS. Inside QGIS the plugin installs ``MessageLogHandler`` (tab "Gemeindescan" of the Log Messages
panel); while a Processing algorithm runs, ``logging_to_feedback`` also sends the records of its
thread to the algorithm's log. Every text passes ``redact_secrets`` first: a log never shows a
password, session id or CSRF token, even if a record were to carry one by mistake.
"""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from typing import Iterator, Optional

from qgis.core import Qgis, QgsMessageLog, QgsProcessingFeedback

from .redaction import redact, register_secret
from .translation import localized

LOGGER_NAME = "gemeindescan"
#: The tab of the Log Messages panel.
LOG_TAG = "Gemeindescan"
FORMAT = "%(levelname)s %(name)s: %(message)s"

_SECRET_PATTERNS = (
    # Cookies and form fields by name: sessionid=…, csrftoken=…, csrfmiddlewaretoken=…, password=…
    re.compile(
        r"(?i)\b(sessionid|csrftoken|csrfmiddlewaretoken|password|passwd)(['\"]?\s*[=:]\s*['\"]?)"
        r"[^\s;&,'\"]+"
    ),
    # Headers that carry a secret: X-CSRFToken, Cookie, Authorization, Proxy-Authorization.
    re.compile(
        r"(?i)\b(x-csrftoken|set-cookie|cookie|proxy-authorization|authorization)(['\"]?\s*:\s*['\"]?)"
        r"[^\n'\"]+"
    ),
    # A login inside an address: scheme://user:password@host.
    re.compile(r"(\b[a-z][a-z0-9+.-]*://[^/\s:@]+)(:)[^/\s@]+(?=@)"),
)


def add_secret(value: Optional[str]) -> None:
    """Blank ``value`` out of every log text and message from now on (a password, a proxy password)."""
    # One registry for the whole plugin (redaction.py): errors, logs and messages redact the same secrets.
    register_secret(value)


def redact_secrets(text: str) -> str:
    """``text`` with known secrets, cookie and token values, passwords and address logins replaced by ***."""
    text = redact(text)
    for pattern in _SECRET_PATTERNS:
        text = pattern.sub(r"\1\2***", text)
    return text


class _RedactingFormatter(logging.Formatter):
    """The record with its traceback, if any, and secrets blanked out."""

    def format(self, record: logging.LogRecord) -> str:
        return redact_secrets(super().format(record))


def _qgis_level(levelno: int):
    if levelno >= logging.ERROR:
        return Qgis.MessageLevel.Critical
    if levelno >= logging.WARNING:
        return Qgis.MessageLevel.Warning
    return Qgis.MessageLevel.Info


class MessageLogHandler(logging.Handler):
    """Writes records to the "Gemeindescan" tab of QGIS's Log Messages panel (thread-safe in QGIS)."""

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.setFormatter(_RedactingFormatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        """Log one record."""
        try:
            QgsMessageLog.logMessage(self.format(record), LOG_TAG, _qgis_level(record.levelno))
        except Exception:  # noqa: BLE001 - logging must never break the work it describes
            self.handleError(record)


_installed: Optional[MessageLogHandler] = None
_level_before: int = logging.NOTSET


def install_message_log_handler() -> MessageLogHandler:
    """Route the plugin's records to the Log Messages panel (again calls are harmless)."""
    global _installed, _level_before
    logger = logging.getLogger(LOGGER_NAME)
    if _installed is None:
        _installed = MessageLogHandler()
        _level_before = logger.level
        logger.addHandler(_installed)
        # DEBUG reaches the handlers, which choose: the panel shows INFO and up, Processing's log all.
        logger.setLevel(logging.DEBUG)
    return _installed


def remove_message_log_handler() -> None:
    """Undo ``install_message_log_handler`` (on plugin unload)."""
    global _installed
    if _installed is not None:
        logger = logging.getLogger(LOGGER_NAME)
        logger.removeHandler(_installed)
        logger.setLevel(_level_before)
        _installed = None


class _FeedbackHandler(logging.Handler):
    """Writes the records of one thread to a Processing feedback (the algorithm dialog's log)."""

    def __init__(self, feedback: QgsProcessingFeedback, thread_id: int) -> None:
        super().__init__(logging.DEBUG)
        self.feedback = feedback
        self.thread_id = thread_id
        self.setFormatter(_RedactingFormatter("%(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        """Log one record of the algorithm's thread."""
        if record.thread != self.thread_id:
            return
        try:
            text = self.format(_in_qgis_language(record))
            if record.levelno >= logging.ERROR:
                self.feedback.reportError(text, False)
            elif record.levelno >= logging.WARNING:
                self.feedback.pushWarning(text)
            elif record.levelno >= logging.INFO:
                self.feedback.pushInfo(text)
            else:
                self.feedback.pushDebugInfo(text)
        except Exception:  # noqa: BLE001 - logging must never break the algorithm
            self.handleError(record)


def _in_qgis_language(record: logging.LogRecord) -> logging.LogRecord:
    """The record with its catalogue messages (e.g. the pipeline's progress lines) in QGIS's language."""
    arguments = record.args if isinstance(record.args, tuple) else ()
    if not any(callable(getattr(argument, "translated", None)) for argument in arguments):
        return record
    # A copy: the other handlers (the Log Messages panel) keep the English the support reads.
    copy = logging.makeLogRecord(record.__dict__)
    copy.args = tuple(localized(argument) for argument in arguments)
    return copy


@contextlib.contextmanager
def logging_to_feedback(feedback: Optional[QgsProcessingFeedback]) -> Iterator[None]:
    """While the block runs, also send this thread's plugin records to ``feedback``."""
    if feedback is None:
        yield
        return
    logger = logging.getLogger(LOGGER_NAME)
    handler = _FeedbackHandler(feedback, threading.get_ident())
    level_before = logger.level
    logger.addHandler(handler)
    if logger.getEffectiveLevel() > logging.DEBUG:
        logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level_before)
