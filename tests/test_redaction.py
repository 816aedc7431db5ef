"""Secrets never leave the plugin: every form a server may echo them in is blanked, and only while needed."""

from __future__ import annotations

import logging

from gemeindescan_uploader.errors import ServerError
from gemeindescan_uploader.redaction import (
    MASK,
    RedactingFilter,
    forget_secrets,
    redact,
    register_secret,
    secrets_kept,
)

PASSWORD = 'Grün & "sicher" 100%'


def test_every_echoed_form_of_a_password_is_blanked():
    forms = register_secret(PASSWORD)
    try:
        echoes = [
            PASSWORD,  # as typed
            "Gr%C3%BCn+%26+%22sicher%22+100%25",  # a form body (application/x-www-form-urlencoded)
            "Gr%C3%BCn%20%26%20%22sicher%22%20100%25",  # a URL
            "Grün &amp; &quot;sicher&quot; 100%",  # an HTML page repeating the form
            'Grün & \\"sicher\\" 100%',  # a JSON answer
        ]
        for echo in echoes:
            assert redact(f"password={echo}&next=/") == f"password={MASK}&next=/", echo
        # Errors redact on the way in, message and detail alike.
        error = ServerError(f"The server said {PASSWORD}", detail=f"POST -> 500: {echoes[1]}")
        assert PASSWORD not in error.message and echoes[1] not in error.detail
        error.message += f" ({PASSWORD})"
        assert PASSWORD not in error.message
    finally:
        forget_secrets(forms)
    assert redact(PASSWORD) == PASSWORD


def test_log_records_are_redacted_with_their_arguments():
    forms = register_secret("session-id-0123456789")
    try:
        record = logging.LogRecord(
            "gemeindescan", logging.DEBUG, __file__, 1, "cookie %s", ("session-id-0123456789",), None
        )
        assert RedactingFilter().filter(record)
        assert record.getMessage() == f"cookie {MASK}"
    finally:
        forget_secrets(forms)


def test_a_closed_client_forgets_its_secrets_unless_a_command_line_run_keeps_them():
    with secrets_kept():
        forms = register_secret("kept-until-the-end")
        forget_secrets(forms)  # the client closed
        assert redact("kept-until-the-end") == MASK
    assert redact("kept-until-the-end") == "kept-until-the-end"


def test_short_values_are_not_secrets_that_would_blank_ordinary_words():
    assert register_secret("ab") == []
    assert redact("ab abc") == "ab abc"
