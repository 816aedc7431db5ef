"""CSRF failure reasons as Django 3.1, the platform's version, words them."""

from __future__ import annotations

# Django 4 splits the platform's "CSRF token missing or incorrect." into finer reasons.
_MISSING_OR_INCORRECT = "CSRF token missing or incorrect."


def platform_csrf_reason(reason: str) -> str:
    """The CSRF failure reason worded as Django 3.1 words it."""
    if reason in ("CSRF token missing.", "CSRF token incorrect.") or reason.startswith("CSRF token from "):
        return _MISSING_OR_INCORRECT
    return reason
