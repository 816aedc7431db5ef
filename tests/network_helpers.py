"""Local network pieces for the proxy and certificate tests: a forwarding proxy, a TLS front, a CA.

``forwarding_proxy`` is an HTTP proxy as offices run them: requests arrive with absolute URLs, may
need a proxy login (``Proxy-Authorization``), and host names are resolved by the proxy only (here:
from a table), so a name under ``.test`` reaches the local server only through it.
``tls_front`` terminates HTTPS in front of a local server, like the platform's reverse proxy
(``X-Forwarded-Proto: https``). ``make_certificate_authority`` issues the certificates it shows.
"""

from __future__ import annotations

import base64
import contextlib
import datetime
import http.client
import ipaddress
import select
import socket
import ssl
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, Optional
from urllib.parse import urlsplit

# Headers that belong to one hop, never forwarded (RFC 9110, 7.6.1).
HOP_BY_HOP = {
    "connection",
    "keep-alive",
    "proxy-authenticate",
    "proxy-authorization",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "proxy-connection",
}


def _forward(
    handler: BaseHTTPRequestHandler, host: str, port: int, path: str, extra_headers: dict[str, str]
) -> int:
    """Send the handler's request on to host:port and its answer back; returns the status."""
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else None
    headers = {name: value for name, value in handler.headers.items() if name.lower() not in HOP_BY_HOP}
    headers.update(extra_headers)
    connection = http.client.HTTPConnection(host, port, timeout=60)
    try:
        connection.request(handler.command, path, body=body, headers=headers)
        answer = connection.getresponse()
        payload = answer.read()
        handler.send_response(answer.status, answer.reason)
        for name, value in answer.getheaders():
            if name.lower() not in HOP_BY_HOP and name.lower() != "content-length":
                handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)
        return answer.status
    finally:
        connection.close()


@dataclass
class ProxyLog:
    """What the proxy saw: one ``(method, absolute URL, status)`` per request, and refused logins."""

    requests: list[tuple[str, str, int]] = field(default_factory=list)
    refused: int = 0


@contextlib.contextmanager
def forwarding_proxy(
    hosts: dict[str, tuple[str, int]], login: Optional[tuple[str, str]] = None
) -> Iterator[tuple[str, int, ProxyLog]]:
    """An HTTP proxy on 127.0.0.1 that knows only the host names in ``hosts``; yields (host, port, log)."""
    log = ProxyLog()
    expected = "Basic " + base64.b64encode(":".join(login).encode()).decode() if login else None

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def _refused(self) -> bool:
            if expected and self.headers.get("Proxy-Authorization") != expected:
                log.refused += 1
                self.send_response(407)
                self.send_header("Proxy-Authenticate", 'Basic realm="office proxy"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return True
            return False

        def do_CONNECT(self) -> None:  # noqa: N802 - an https:// request: a tunnel to host:port
            if self._refused():
                return
            name, _, _ = self.path.rpartition(":")
            if name not in hosts:
                self.send_error(502, "unknown host")
                return
            upstream = socket.create_connection(hosts[name], timeout=60)
            self.send_response(200, "Connection established")
            self.end_headers()
            log.requests.append(("CONNECT", self.path, 200))
            _relay(self.connection, upstream)
            self.close_connection = True

        def _handle(self) -> None:
            if self._refused():
                return
            target = urlsplit(self.path)
            if target.hostname not in hosts:
                self.send_error(502, "unknown host")
                return
            host, port = hosts[target.hostname]
            path = target.path + (f"?{target.query}" if target.query else "")
            status = _forward(self, host, port, path, {})
            log.requests.append((self.command, self.path, status))

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _handle  # noqa: N815

    with _serving(ThreadingHTTPServer(("127.0.0.1", 0), Handler)) as server:
        yield "127.0.0.1", server.server_address[1], log


def _relay(client: socket.socket, upstream: socket.socket) -> None:
    """Copy bytes both ways until either side closes (the inside of a CONNECT tunnel)."""
    sockets = [client, upstream]
    try:
        while True:
            readable, _, _ = select.select(sockets, [], [], 60)
            if not readable:
                return
            for source in readable:
                data = source.recv(65536)
                if not data:
                    return
                (upstream if source is client else client).sendall(data)
    finally:
        upstream.close()


@contextlib.contextmanager
def tls_front(backend_url: str, certificate: Path, key: Path) -> Iterator[str]:
    """HTTPS on 127.0.0.1 in front of ``backend_url`` (plain http); yields ``https://localhost:PORT``."""
    backend = urlsplit(backend_url)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args) -> None:
            pass

        def _handle(self) -> None:
            _forward(self, backend.hostname, backend.port, self.path, {"X-Forwarded-Proto": "https"})

        do_GET = do_POST = do_PATCH = do_PUT = do_DELETE = do_HEAD = _handle  # noqa: N815

    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(certificate, key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    with _serving(server):
        yield f"https://localhost:{server.server_address[1]}"


@contextlib.contextmanager
def _serving(server: ThreadingHTTPServer) -> Iterator[ThreadingHTTPServer]:
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(10)


@dataclass(frozen=True)
class CertificateAuthority:
    """A throw-away root CA and a server certificate it issued for localhost (and 127.0.0.1)."""

    ca_pem: str
    server_certificate: Path
    server_key: Path


def make_certificate_authority(
    folder: Path, name: str = "Test Office Root CA", with_ip_address: bool = True
) -> CertificateAuthority:
    """Issue a root CA and a server certificate for localhost (and 127.0.0.1) into ``folder`` (PEM files)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    now = datetime.datetime.now(datetime.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    server_key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(server_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost")]
                + ([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))] if with_ip_address else [])
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    certificate_path, key_path = folder / "server.pem", folder / "server-key.pem"
    certificate_path.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        server_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return CertificateAuthority(
        ca.public_bytes(serialization.Encoding.PEM).decode("ascii"), certificate_path, key_path
    )
