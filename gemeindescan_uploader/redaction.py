"""Secrets the plugin must never write anywhere: passwords, session ids, CSRF tokens.

Every secret is registered here the moment the plugin learns it; ``redact`` blanks all of them
(and the forms a server may echo them in: URL-encoded, HTML-escaped, JSON-escaped) from any text.
Errors redact their message and detail through it, and ``RedactingFilter`` does the same for logs.
"""

from __future__ import annotations

import html
import json
import logging
import threading
from urllib.parse import quote, quote_plus

#: What a secret is replaced with.
MASK = "***"
# Shorter values would blank ordinary words; the server's ids and tokens are 32 to 64 characters.
_MIN_LENGTH = 3

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: object) -> None:
    """Remember a secret (and its encoded forms) so that ``redact`` removes it from every text."""
    text = str(value or "")
    if len(text) < _MIN_LENGTH:
        return
    forms = {text, quote(text, safe=""), quote_plus(text), html.escape(text), html.escape(text, quote=False),
             json.dumps(text)[1:-1]}
    with _lock:
        _secrets.update(form for form in forms if len(form) >= _MIN_LENGTH)


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
        record.msg, record.args = redact(message), None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


def install_log_redaction(logger: logging.Logger) -> None:
    """Redact every record of ``logger`` (and of its handlers), once."""
    if not any(isinstance(item, RedactingFilter) for item in logger.filters):
        logger.addFilter(RedactingFilter())
