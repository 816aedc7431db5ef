"""DRF session authentication worded as on the platform."""

from __future__ import annotations

from rest_framework import exceptions
from rest_framework.authentication import SessionAuthentication

from gemeindescan_server.csrf_reasons import platform_csrf_reason


class PlatformSessionAuthentication(SessionAuthentication):
    """DRF's session authentication with the CSRF messages of Django 3.1 (the platform's)."""

    def enforce_csrf(self, request) -> None:
        """DRF's CSRF check; its failure reasons reworded as Django 3.1 words them."""
        try:
            super().enforce_csrf(request)
        except exceptions.PermissionDenied as denied:
            detail = str(denied.detail)
            prefix = "CSRF Failed: "
            if detail.startswith(prefix):
                detail = prefix + platform_csrf_reason(detail[len(prefix) :])
            raise exceptions.PermissionDenied(detail) from denied
