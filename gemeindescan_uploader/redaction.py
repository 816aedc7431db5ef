"""Secrets the plugin must never write anywhere: passwords, session ids, CSRF tokens.

Every secret is registered here the moment the plugin learns it; ``redact`` blanks all of them
(and the forms a server may echo them in: URL-encoded, HTML-escaped, JSON-escaped) from any text.
Errors redact their message and detail through it, and ``RedactingFilter`` does the same for logs.
A client forgets its secrets when it closes (QGIS runs for days, and a password such as "Zürich"
must not blank that word from every later message); ``secrets_kept`` holds them to the end of a
command line run, whose last words are written after the client has closed.
"""

from __future__ import annotations

import contextlib
import html
import json
import logging
import threading
from collections import Counter
from typing import Iterator
from urllib.parse import quote, quote_plus

#: What a secret is replaced with.
MASK = "***"
# Shorter values would blank ordinary words; the server's ids and tokens are 32 to 64 characters.
_MIN_LENGTH = 3

_lock = threading.Lock()
_secrets: Counter[str] = Counter()
_holds = 0
_deferred: list[str] = []


def register_secret(value: object) -> list[str]:
    """Remember a secret (and its encoded forms) so that ``redact`` removes it; the forms, for forgetting."""
    text = str(value or "")
    if len(text) < _MIN_LENGTH:
        return []
    forms = {
        text,
        quote(text, safe=""),
        quote_plus(text),
        html.escape(text),
        html.escape(text, quote=False),
        json.dumps(text)[1:-1],
        json.dumps(text, ensure_ascii=False)[1:-1],
    }
    registered = [form for form in forms if len(form) >= _MIN_LENGTH]
    with _lock:
        _secrets.update(registered)
    return registered


def forget_secrets(forms: list[str]) -> None:
    """Stop redacting what ``register_secret`` returned (later, if ``secrets_kept`` holds them)."""
    with _lock:
        if _holds:
            _deferred.extend(forms)
            return
        _secrets.subtract(forms)
        for form in [form for form, count in _secrets.items() if count <= 0]:
            del _secrets[form]


@contextlib.contextmanager
def secrets_kept() -> Iterator[None]:
    """Within the block, secrets stay redacted even after their client closed; forgotten at its end."""
    global _holds
    with _lock:
        _holds += 1
    try:
        yield
    finally:
        with _lock:
            _holds -= 1
            pending = list(_deferred) if not _holds else []
            if not _holds:
                _deferred.clear()
        if pending:
            forget_secrets(pending)


def redact(text: object) -> str:
    """``text`` with every registered secret blanked out."""
    result = str(text)
    with _lock:
        # Longest first, so that a secret containing another is blanked whole.
        secrets = sorted(_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in result:
            result = result.replace(secret, MASK)
    return result


class RedactingFilter(logging.Filter):
    """A logging filter that blanks registered secrets from every record it passes."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Render the record's message with its arguments, redacted."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        redacted = redact(message)
        # A record without secrets keeps its catalogue messages, so that Processing's log can show them in
        # QGIS's language (qgis_log); any other record is rendered here, once, as it was checked.
        if redacted != message or not _holds_catalogue_message(record.args):
            record.msg, record.args = redacted, None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def _holds_catalogue_message(arguments: object) -> bool:
    """Whether log arguments include a catalogue message (one that can render itself in a language)."""
    return isinstance(arguments, tuple) and any(
        callable(getattr(item, "translated", None)) for item in arguments
    )


def install_log_redaction(logger: logging.Logger) -> None:
    """Redact every record of ``logger`` (and of its handlers), once."""
    if not any(isinstance(item, RedactingFilter) for item in logger.filters):
        logger.addFilter(RedactingFilter())
