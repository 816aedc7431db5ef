"""How the client reaches the server: its proxy, the certificate authorities it trusts, how long it waits.

Plain Python, like the rest of the client: the QGIS side (``gemeindescan_uploader/network.py``)
reads QGIS's proxy and certificate settings into ``ConnectionOptions``; the command line uses the
defaults (the environment's proxy, the system's certificates). Certificates are always verified.
"""

from __future__ import annotations

import ipaddress
import logging
import ssl
import sys
from dataclasses import dataclass, field
from typing import Any, Optional
from urllib.parse import quote, urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from requests.utils import DEFAULT_CA_BUNDLE_PATH
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

log = logging.getLogger("gemeindescan")


@dataclass(frozen=True)
class ConnectionOptions:
    """A proxy and extra trusted certificate authorities for one server.

    ``proxy_url`` (``http://host:port`` or ``socks5h://host:port``) carries all requests; None leaves
    the choice to the environment (``HTTPS_PROXY``…), unless ``direct`` says to use no proxy at all.
    ``extra_ca_certificates`` are PEM texts trusted in addition to the system's; ``use_os_trust_store``
    verifies with the operating system's store where this Python can (3.10 and later, through
    truststore), so that a company root CA installed in Windows or macOS is trusted.
    ``certificate_advice`` is the sentence a certificate failure ends with (where to add one).
    """

    proxy_url: Optional[str] = None
    proxy_username: str = ""
    proxy_password: str = field(default="", repr=False)
    direct: bool = False
    extra_ca_certificates: tuple[str, ...] = ()
    use_os_trust_store: bool = False
    certificate_advice: str = ""

    @property
    def proxy_with_login(self) -> Optional[str]:
        """The proxy address with its login in it, as requests wants it (never show this one)."""
        if not self.proxy_url or not self.proxy_username:
            return self.proxy_url
        parts = urlsplit(self.proxy_url)
        login = quote(self.proxy_username, safe="") + ":" + quote(self.proxy_password, safe="")
        return urlunsplit((parts.scheme, f"{login}@{parts.netloc}", parts.path, "", ""))

    @property
    def secrets(self) -> tuple[str, ...]:
        """What must never appear in a message or log: the proxy password, plain and URL-quoted."""
        if not self.proxy_password:
            return ()
        return (self.proxy_password, quote(self.proxy_password, safe=""))


def configure_session(http: requests.Session, options: ConnectionOptions, idle_timeout: float = 60.0) -> None:
    """Make ``http`` use the options' proxy, trust their certificate authorities, keep the idle timeout."""
    if options.proxy_url:
        proxy = options.proxy_with_login
        http.proxies = {"http": proxy, "https": proxy}
    elif options.direct:
        # Not even a proxy from the environment: QGIS was told not to use one for this server.
        http.trust_env = False
        http.proxies = {}
    adapter = IdleTimeoutAdapter(idle_timeout)
    if options.extra_ca_certificates or options.use_os_trust_store:
        adapter = IdleTimeoutAdapter(
            idle_timeout, tls_context(options), tls_context(options, for_ip_address=True)
        )
    http.mount("http://", adapter)
    http.mount("https://", adapter)
    # Whatever anyone configured before: certificates are checked.
    http.verify = True


def tls_context(options: ConnectionOptions, for_ip_address: bool = False) -> ssl.SSLContext:
    """A verifying TLS context: the OS store or the system's CA list, plus the extra authorities.

    ``for_ip_address``: the context for a server addressed by its IP address (``https://10.1.2.3``).
    urllib3 1.x gives the TLS layer no server name for an IP address, so a context that checks names
    itself cannot be used (Python refuses: "check_hostname requires server_hostname"; truststore on
    Windows and macOS would check no name at all). This one lets OpenSSL verify the chain
    (``CERT_REQUIRED``) and leaves the name to urllib3, which then matches the certificate's IP
    addresses itself, as it does with its own contexts. Never a context that verifies nothing.
    """
    context = _os_trust_store_context() if options.use_os_trust_store and not for_ip_address else None
    if context is None:
        context = ssl.create_default_context()
        # requests' own list (certifi or the distribution's), as requests would use without a context.
        context.load_verify_locations(cafile=DEFAULT_CA_BUNDLE_PATH)
        if for_ip_address:
            # urllib3 checks the IP address (see above); OpenSSL still verifies the chain.
            context.check_hostname = False
    if options.extra_ca_certificates:
        _load_certificates(context, "\n".join(options.extra_ca_certificates))
    return context


def is_ip_address(host: str) -> bool:
    """Whether ``host`` (as in a URL, IPv6 in brackets or not) is an IP address rather than a name."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


def _load_certificates(context: ssl.SSLContext, pem: str) -> None:
    """Trust the PEM certificates; one that OpenSSL cannot read is skipped (and logged), not fatal."""
    try:
        context.load_verify_locations(cadata=pem)
        return
    except ssl.SSLError:
        pass
    end = "-----END CERTIFICATE-----"  # untranslated: PEM syntax
    for block in pem.split(end):
        if "-----BEGIN CERTIFICATE-----" not in block:
            continue
        try:
            context.load_verify_locations(cadata=block.strip() + "\n" + end + "\n")
        except ssl.SSLError as error:
            log.warning("A trusted certificate could not be read and is left out: %s", error)


def _os_trust_store_context() -> Optional[ssl.SSLContext]:
    """truststore's context (Windows, macOS: the OS verifies; Linux: OpenSSL's store), None before 3.10."""
    if sys.version_info >= (3, 10):
        from .._vendor import truststore

        return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return None


class _IdleConnectionMixin:
    """Keeps the idle timeout on the socket while the request body is sent.

    urllib3 leaves the connect timeout on a new socket until the answer is read, so a large upload
    would be limited by the connect timeout per chunk; the idle timeout applies to every byte instead.
    """

    idle_timeout: Optional[float] = None

    def connect(self) -> None:
        super().connect()
        if self.idle_timeout and self.sock is not None:
            self.sock.settimeout(self.idle_timeout)


class IdleTimeoutAdapter(HTTPAdapter):
    """requests' adapter whose connections use the idle timeout for sending as well as reading.

    ``ssl_context`` (optional) is the TLS context for https connections, direct or through a proxy;
    requests to an IP address go through a second adapter with ``ip_address_context`` (``tls_context``).
    """

    def __init__(
        self,
        idle_timeout: float,
        ssl_context: Optional[ssl.SSLContext] = None,
        ip_address_context: Optional[ssl.SSLContext] = None,
    ) -> None:
        self.idle_timeout = idle_timeout
        self.ssl_context = ssl_context
        self._ip_address_adapter = (
            IdleTimeoutAdapter(idle_timeout, ip_address_context) if ip_address_context else None
        )
        settings = {"idle_timeout": idle_timeout}
        http_connection = type("IdleHTTPConnection", (_IdleConnectionMixin, HTTPConnection), settings)
        https_connection = type("IdleHTTPSConnection", (_IdleConnectionMixin, HTTPSConnection), settings)
        self._pool_classes = {
            "http": type("IdleHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": http_connection}),
            "https": type(
                "IdleHTTPSConnectionPool", (HTTPSConnectionPool,), {"ConnectionCls": https_connection}
            ),
        }
        super().__init__()

    def send(self, request: requests.PreparedRequest, *args: Any, **kwargs: Any) -> requests.Response:
        """Send ``request``, over the IP address context when its host is an IP address."""
        if self._ip_address_adapter is not None and is_ip_address(urlsplit(request.url or "").hostname or ""):
            return self._ip_address_adapter.send(request, *args, **kwargs)
        return super().send(request, *args, **kwargs)

    def close(self) -> None:
        """Release the connections of both adapters."""
        super().close()
        if self._ip_address_adapter is not None:
            self._ip_address_adapter.close()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Pools whose connections keep the idle timeout once connected."""
        if self.ssl_context is not None:
            kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pool_classes

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """The same through an HTTP proxy (SOCKS proxies keep their own connection classes)."""
        if self.ssl_context is not None:
            proxy_kwargs["ssl_context"] = self.ssl_context
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = self._pool_classes
        return manager
