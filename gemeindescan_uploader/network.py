"""QGIS's network settings for the client: the proxy and the certificate authorities QGIS uses.

Offices configure their proxy in QGIS (Settings → Options → Network) and their company root
certificates in QGIS's authentication manager, not in environment variables. ``client_options_from_qgis``
reads both for one server address, exactly as QGIS would reach it, into the client's plain
``ConnectionOptions``. Certificates are always verified; the options only add what to trust.
"""

from __future__ import annotations

from typing import Any, Callable, Optional

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkProxy, QNetworkProxyQuery

from .client import ConnectionOptions, GemeindescanClient
from .qgis_log import add_secret
from .translation import Gemeindescan

_HTTP_PROXIES = (QNetworkProxy.ProxyType.HttpProxy, QNetworkProxy.ProxyType.HttpCachingProxy)


def client_options_from_qgis(server_url: str) -> ConnectionOptions:
    """The proxy QGIS uses for ``server_url`` and the certificate authorities QGIS trusts."""
    options = ConnectionOptions(
        extra_ca_certificates=qgis_trusted_certificates(),
        use_os_trust_store=True,
        certificate_advice=Gemeindescan.tr(
            "To trust it, add the certificate of its issuer (your organisation's root certificate) in "
            "QGIS: Settings → Options → Authentication → Manage certificates → Authorities → Import, "
            "then try again."
        ),
        **_proxy_fields(server_url),
    )
    add_secret(options.proxy_password)
    return options


def qgis_client(server_url: str, **kwargs: Any) -> GemeindescanClient:
    """A client for ``server_url`` that goes through QGIS's proxy and trusts what QGIS trusts."""
    return GemeindescanClient(server_url, connection=client_options_from_qgis(server_url), **kwargs)


def qgis_client_factory(server_url: str) -> Callable[..., GemeindescanClient]:
    """``qgis_client`` with QGIS's settings for ``server_url`` read now: call it on the main thread.

    The factory may then make clients in a task. Read in a task thread, the settings can be old: that
    thread's QgsNetworkAccessManager keeps the proxy QGIS had when the thread first used one.
    """
    options = client_options_from_qgis(server_url)
    return lambda url, **kwargs: GemeindescanClient(url, connection=options, **kwargs)


def qgis_trusted_certificates() -> tuple[str, ...]:
    """The certificate authorities QGIS trusts (system roots, imported and extra-file CAs), as PEM."""
    manager = QgsApplication.authManager()
    if manager is None or manager.isDisabled():
        return ()
    pem = bytes(manager.trustedCaCertsPemText()).decode("ascii", errors="ignore").strip()
    return (pem,) if pem else ()


def _proxy_fields(server_url: str) -> dict[str, Any]:
    """``ConnectionOptions`` fields for the proxy QGIS's own network access would use for ``server_url``."""
    manager = QgsNetworkAccessManager.instance()
    factory = manager.proxyFactory()
    answers = factory.queryProxy(QNetworkProxyQuery(QUrl(server_url))) if factory is not None else []
    proxy: Optional[QNetworkProxy] = answers[0] if answers else None
    qgis_decides = (
        manager.useSystemProxy() or manager.fallbackProxy().type() != QNetworkProxy.ProxyType.DefaultProxy
    )
    if proxy is None or proxy.type() == QNetworkProxy.ProxyType.DefaultProxy:
        # An excluded address when QGIS has a proxy (then: no proxy); otherwise QGIS has none configured
        # and the environment keeps its say, as for the command line.
        return {"direct": True} if qgis_decides else {}
    if proxy.type() == QNetworkProxy.ProxyType.NoProxy:
        return {"direct": True}
    if proxy.type() in _HTTP_PROXIES:
        scheme = "http"
    elif proxy.type() == QNetworkProxy.ProxyType.Socks5Proxy:
        scheme = "socks5h"  # the proxy resolves the name, as QGIS's own requests do
    else:
        return {"direct": True}  # an FTP-only proxy carries no HTTP
    return {
        "proxy_url": f"{scheme}://{_host_for_url(proxy.hostName())}:{proxy.port()}",
        "proxy_username": proxy.user(),
        "proxy_password": proxy.password(),
    }


def _host_for_url(host: str) -> str:
    """An IPv6 address in brackets, as URLs write it."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
