"""What a reverse proxy in front of the platform adds: a request size limit answered with 413."""

from __future__ import annotations

from typing import Callable, Iterable

from django.conf import settings

# nginx's own page, so that a client sees what it would see behind the platform's proxy.
TOO_LARGE_PAGE = (
    b"<html>\r\n<head><title>413 Request Entity Too Large</title></head>\r\n<body>\r\n"
    b"<center><h1>413 Request Entity Too Large</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)


class ProxyLimits:
    """WSGI middleware: refuse bodies over MAX_UPLOAD_BYTES before Django sees them."""

    def __init__(self, app: Callable) -> None:
        self.app = app

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        """Answer 413 for a too-large body (by its Content-Length, as nginx does), else pass on."""
        limit = settings.MAX_UPLOAD_BYTES
        if limit is not None:
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > limit:
                # The server drains the unread body after answering, so the client reads this 413
                # instead of a reset connection.
                start_response(
                    "413 Request Entity Too Large",
                    [("Content-Type", "text/html"), ("Content-Length", str(len(TOO_LARGE_PAGE)))],
                )
                return [TOO_LARGE_PAGE]
        return self.app(environ, start_response)
