"""WSGI entry point: Django, wrapped in what a reverse proxy in front of the platform would do."""

from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gemeindescan_server.settings")

from gemeindescan_server.proxy import ProxyLimits  # noqa: E402

application = ProxyLimits(get_wsgi_application())
