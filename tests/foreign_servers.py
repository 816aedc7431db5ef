"""Web servers on 127.0.0.1 that are not Gemeindescan servers: what an analyst meets with a wrong address."""

from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Iterator

NOT_FOUND_PAGE = b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1></body></html>"


class _WebsiteHandler(BaseHTTPRequestHandler):
    """An ordinary website: every page unknown (404), and no form posts or uploads (405), like nginx."""

    def _answer(self, status: int, cookie: str = "") -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(status)
        if cookie:
            self.send_header("Set-Cookie", cookie)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(NOT_FOUND_PAGE)))
        self.end_headers()
        self.wfile.write(NOT_FOUND_PAGE)

    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.server.login_page and self.path == "/account/login/":
            self._answer(200, cookie="csrftoken=" + "t" * 64 + "; Path=/")
        else:
            self._answer(404)

    def do_POST(self):  # noqa: N802 (http.server's name)
        self._answer(405)

    def do_PATCH(self):  # noqa: N802 (http.server's name)
        self._answer(405)

    def log_message(self, *args) -> None:
        """Keep the test output quiet."""


class _RedirectHandler(BaseHTTPRequestHandler):
    """A server that sends every request elsewhere, as http:// to https:// or an old domain to a new one."""

    def _redirect(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self.send_response(301)
        self.send_header("Location", self.server.target.rstrip("/") + self.path)
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = do_PATCH = _redirect  # noqa: N815 (http.server's names)

    def log_message(self, *args) -> None:
        """Keep the test output quiet."""


@contextlib.contextmanager
def _serve(handler: type[BaseHTTPRequestHandler], **attributes: object) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    for name, value in attributes.items():
        setattr(server, name, value)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def plain_website(login_page: bool = False) -> contextlib.AbstractContextManager[str]:
    """A web server that is not Gemeindescan; yields its address.

    With ``login_page`` it serves a copy of the login page (with its CSRF cookie), as a cache or a
    static mirror would, but still refuses the form post.
    """
    return _serve(_WebsiteHandler, login_page=login_page)


def redirecting_server(target: str) -> contextlib.AbstractContextManager[str]:
    """A web server that answers every request with a 301 to the same path under ``target``."""
    return _serve(_RedirectHandler, target=target)
