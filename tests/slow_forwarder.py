"""A TCP forwarder in front of the local server that holds back every answer, and counts requests.

``SlowForwarder(target_url, delay=2.0)`` listens on a free port of 127.0.0.1; each answer from the
server reaches the client ``delay`` seconds after the request that caused it was sent (keep-alive
connections included). ``requests`` counts the requests that went through. Used as a context manager.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from typing import Optional
from urllib.parse import urlsplit

CHUNK = 65536


class SlowForwarder:
    """Forward 127.0.0.1:<port> to the target server, answering each request ``delay`` seconds late."""

    def __init__(self, target_url: str, delay: float = 2.0) -> None:
        target = urlsplit(target_url)
        self.target = (target.hostname, target.port)
        self.delay = delay
        self.requests = 0
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self._stopped = threading.Event()
        self._sockets: list[socket.socket] = []
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> SlowForwarder:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._stopped.set()
        self._thread.join(5)
        self._listener.close()
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            upstream = socket.create_connection(self.target)
            self._sockets += [client, upstream]
            # The time the last request bytes were sent; None once its answer has started.
            pending: dict[str, Optional[float]] = {"since": None}
            threading.Thread(target=self._requests, args=(client, upstream, pending), daemon=True).start()
            threading.Thread(target=self._answers, args=(upstream, client, pending), daemon=True).start()

    def _requests(self, client: socket.socket, upstream: socket.socket, pending: dict) -> None:
        try:
            while True:
                data = client.recv(CHUNK)
                if not data:
                    break
                if pending["since"] is None:
                    with self._lock:
                        self.requests += 1
                pending["since"] = time.monotonic()
                upstream.sendall(data)
        except OSError:
            pass
        finally:
            _shutdown(upstream)

    def _answers(self, upstream: socket.socket, client: socket.socket, pending: dict) -> None:
        try:
            while True:
                data = upstream.recv(CHUNK)
                if not data:
                    break
                since = pending["since"]
                if since is not None:
                    wait = self.delay - (time.monotonic() - since)
                    if wait > 0:
                        time.sleep(wait)
                    pending["since"] = None
                client.sendall(data)
        except OSError:
            pass
        finally:
            _shutdown(client)


def _shutdown(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_WR)
