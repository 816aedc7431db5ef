"""A reverse proxy in front of the local Gemeindescan server that breaks one step of a publish on demand.

The steps are the four requests of a publish (``login page``, ``login``, ``create`` for the snapshot
mutation, ``upload``), ``logout``, and ``read`` for every other request. ``proxy.break_step(step,
fault)`` makes that step fail in one of the ways a real network or gateway fails; ``proxy.heal()`` lets
everything through again. The proxy also remembers every session id and CSRF token that passed, so that a test
can look for them where they must never be.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable, Iterator, Optional
from urllib.parse import urlsplit

# nginx's pages, as a gateway in front of the platform sends them.
GATEWAY_PAGE = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n<center><h1>{status} "
    "{reason}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)
CSRF_JSON = b'{"detail":"CSRF Failed: CSRF token missing or incorrect."}'
CSRF_PAGE = (
    b"<!DOCTYPE html><html><head><title>403 Forbidden</title></head><body><h1>Forbidden (403)</h1>"
    b"<p>CSRF verification failed. Request aborted.</p><p>CSRF token missing or incorrect.</p>"
    b"</body></html>"
)

#: The ways a step can fail.
FAULTS = (
    "silent",
    "gateway_502",
    "server_500",
    "lost_answer",
    "lost_answer_then_down",
    "reset",
    "too_large",
    "csrf",
    "null_data_file",
    "call",
    "slow_read",
    "stall",
)
#: How fast ``slow_read`` takes in an upload (bytes per second).
SLOW_READ_RATE = 3_000_000
HOLD_SECONDS = 30.0


@dataclass
class Fault:
    """One broken step: what fails and (for ``call``) what to do before passing the request on."""

    step: str
    kind: str
    action: Optional[Callable[[], None]] = None


@dataclass
class FaultProxy:
    """The proxy's state, shared with its handler threads."""

    upstream: str
    url: str = ""
    fault: Optional[Fault] = None
    down: bool = False
    steps_seen: list[str] = field(default_factory=list)
    secrets_seen: set[str] = field(default_factory=set)
    released: threading.Event = field(default_factory=threading.Event)

    def break_step(self, step: str, kind: str, action: Optional[Callable[[], None]] = None) -> None:
        """Make ``step`` fail as ``kind`` from now on."""
        assert kind in FAULTS, kind
        self.released.clear()
        self.fault, self.down = Fault(step, kind, action), False

    def heal(self) -> None:
        """Let every request through again, and release the requests held without an answer."""
        self.fault, self.down = None, False
        self.released.set()


def step_of(method: str, path: str, body: bytes) -> str:
    """Which step of a publish a request is."""
    if path.startswith("/account/login/"):
        return "login page" if method == "GET" else "login"
    if path.startswith("/account/logout/"):
        return "logout"
    if path.startswith("/api/v1/snapshots/"):
        return "upload"
    if path.startswith("/graphql/") and b"snapshotmutation" in body:
        return "create"
    return "read"


class _ProxyHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: FaultProxy

    def _handle(self) -> None:
        state = self.server.state
        if "://" in self.path:
            # Asked as a forward proxy ("GET http://host/path"): serve it like any other request, for the
            # upstream server (which only answers to its own host name).
            self.path = "/" + self.path.split("://", 1)[1].split("/", 1)[-1]
            del self.headers["Host"]
            self.headers["Host"] = urlsplit(state.upstream).netloc
        path = self.path
        length = int(self.headers.get("Content-Length") or 0)
        fault = state.fault
        step_guess = step_of(self.command, path, b"")
        if fault and fault.step == step_guess == "upload" and fault.kind == "reset":
            # Read a little of the body, then break the connection with a reset (RST), mid-upload.
            self.rfile.read(min(length, 32 * 1024))
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
            return
        if fault and fault.step == step_guess == "upload" and fault.kind == "stall":
            # Stop reading: the client's buffers fill and its sending stalls, as with a dead server.
            state.released.wait(HOLD_SECONDS)
            self.close_connection = True
            return
        if fault and fault.step == step_guess == "upload" and fault.kind == "slow_read":
            # A slow link: the body trickles in, but it keeps moving; then the server stores it.
            received, started = 0, time.monotonic()
            while received < length:
                received += len(self.rfile.read(min(64 * 1024, length - received)) or b"x" * length)
                ahead = received / SLOW_READ_RATE - (time.monotonic() - started)
                if ahead > 0:
                    time.sleep(ahead)
            state.steps_seen.append("upload")
            return self._answer(
                200, b'{"data_file":"http://127.0.0.1/media/data-files/slow.json"}', "application/json"
            )
        if fault and fault.step == step_guess == "upload" and fault.kind == "call":
            # Act while the client is still sending (e.g. cancel mid-upload), before the body is read.
            state.fault = None
            fault.action()
            fault = None
        body = self.rfile.read(length) if length else b""
        if len(body) < length:
            # The client gave up in the middle of its body: nothing to pass on.
            self.close_connection = True
            return
        step = step_of(self.command, path, body)
        state.steps_seen.append(step)
        self._remember_secrets(self.headers.get("Cookie", ""))
        if state.down:
            return self._gateway(502)
        if fault is None or fault.step != step:
            return self._forward(body)
        kind = fault.kind
        if kind == "silent":
            state.released.wait(HOLD_SECONDS)
            self.close_connection = True
            return None
        if kind == "gateway_502":
            return self._gateway(502)
        if kind == "server_500":
            return self._answer(500, b"<html><body><h1>Server Error (500)</h1></body></html>", "text/html")
        if kind in ("lost_answer", "lost_answer_then_down"):
            # The server did the work; the gateway lost its answer.
            self._forward(body, relay=False)
            if kind == "lost_answer_then_down":
                state.down = True
            return self._gateway(504)
        if kind == "too_large":
            return self._gateway(413)
        if kind == "csrf":
            if step == "upload":
                return self._answer(403, CSRF_JSON, "application/json")
            return self._answer(403, CSRF_PAGE, "text/html")
        if kind == "null_data_file":
            return self._answer(200, b'{"data_file":null}', "application/json")
        if kind == "call":
            fault.action()
            return self._forward(body)
        raise AssertionError(kind)

    do_GET = do_POST = do_PATCH = _handle  # noqa: N815 (http.server's names)

    def _forward(self, body: bytes, relay: bool = True) -> None:
        upstream = urlsplit(self.server.state.upstream)
        connection = http.client.HTTPConnection(upstream.hostname, upstream.port, timeout=60)
        headers = {name: value for name, value in self.headers.items() if name.lower() != "connection"}
        try:
            connection.request(self.command, self.path, body=body, headers=headers)
            response = connection.getresponse()
            payload = response.read()
            header_items = response.getheaders()
        finally:
            connection.close()
        for name, value in header_items:
            if name.lower() == "set-cookie":
                self._remember_secrets(value)
        if not relay:
            return
        self.send_response(response.status, response.reason)
        for name, value in header_items:
            if name.lower() not in ("connection", "transfer-encoding", "content-length", "server", "date"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _gateway(self, status: int) -> None:
        reason = {413: "Request Entity Too Large", 502: "Bad Gateway", 504: "Gateway Time-out"}[status]
        self._answer(status, GATEWAY_PAGE.format(status=status, reason=reason).encode(), "text/html")

    def _answer(self, status: int, payload: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def _remember_secrets(self, header: str) -> None:
        for _name, value in re.findall(r"(sessionid|csrftoken)=([^;,\s]+)", header):
            value = value.strip('"')
            if value:  # a deleted cookie has an empty value
                self.server.state.secrets_seen.add(value)

    def log_message(self, *args) -> None:
        """Keep the test output quiet."""


@contextlib.contextmanager
def fault_proxy(upstream: str, tls_context: Optional[ssl.SSLContext] = None) -> Iterator[FaultProxy]:
    """A fault proxy on a free port of 127.0.0.1 in front of ``upstream`` (over TLS with ``tls_context``)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ProxyHandler, bind_and_activate=False)
    # A small receive buffer, as on a slow link: what the proxy does not read soon stalls the sender.
    server.socket.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    server.server_bind()
    server.server_activate()
    server.daemon_threads = True
    scheme = "http"
    if tls_context is not None:
        server.socket = tls_context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    state = FaultProxy(upstream=upstream, url=f"{scheme}://127.0.0.1:{server.server_address[1]}")
    server.state = state
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.heal()
        server.shutdown()
        server.server_close()


def closed_port() -> int:
    """A port of 127.0.0.1 where nothing listens."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
