"""QGIS's network settings carry the client: its proxy (with the proxy login) and its trusted CAs.

Everything is configured only where an analyst configures it, in QGIS (Settings → Options → Network,
and the authentication manager's certificate authorities); the environment has no proxy and the
system trusts none of the test certificates.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from network_helpers import forwarding_proxy, make_certificate_authority, tls_front
from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtNetwork import QSslCertificate
from snapshot_samples import sample_snapshot

from gemeindescan_uploader.client import GemeindescanClient, SnapshotFields, WorkspaceReference
from gemeindescan_uploader.credentials import Credentials
from gemeindescan_uploader.errors import NetworkError
from gemeindescan_uploader.network import client_options_from_qgis
from gemeindescan_uploader.pipeline import PublishTarget, publish_file

SNAPSHOTS = Path(__file__).resolve().parent / "data" / "snapshots"
PROXIED_HOST = "gemeindescan.office.test"  # .test names resolve nowhere (RFC 6761)
PROXY_USER, PROXY_PASSWORD = "office-user", "proxy-Passw0rd!"
PROXY_KEYS = (
    "proxyEnabled",
    "proxyType",
    "proxyHost",
    "proxyPort",
    "proxyUser",
    "proxyPassword",
    "proxyExcludedUrls",
    "noProxyUrls",
    "authcfg",
)


@pytest.fixture()
def no_environment_proxy(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture()
def qgis_proxy_settings(qgis_app):
    """Write QGIS's proxy settings and apply them as the Options dialog does; restored afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(f"proxy/{key}") for key in PROXY_KEYS}

    def configure(**values):
        for key, value in values.items():
            settings.setValue(f"proxy/{key}", value)
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()

    yield configure
    for key, value in saved.items():
        if value is None:
            settings.remove(f"proxy/{key}")
        else:
            settings.setValue(f"proxy/{key}", value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


@pytest.fixture()
def proxy_login_authcfg(qgis_app):
    """The proxy login as a Basic configuration in QGIS's authentication database (its id)."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-only-master-password", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("office proxy")
    config.setConfig("username", PROXY_USER)
    config.setConfig("password", PROXY_PASSWORD)
    stored = manager.storeAuthenticationConfig(config)
    assert stored[0] if isinstance(stored, tuple) else stored
    yield config.id()
    manager.removeAuthenticationConfig(config.id())


@pytest.fixture()
def snapshot_file(tmp_path):
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(sample_snapshot(title="Durch den Proxy")), encoding="utf-8")
    return path


def target(server_url, server) -> PublishTarget:
    return PublishTarget(server_url, server.workspace_id, 261, "Durch das Büronetz", "Netzwerk")


def test_a_publish_goes_through_the_proxy_configured_in_qgis(
    gemeindescan_server, snapshot_file, no_environment_proxy, qgis_proxy_settings, proxy_login_authcfg
):
    server = gemeindescan_server
    local = server.url.split("://")[1]
    port = int(local.rsplit(":", 1)[1])
    proxied_url = f"http://{PROXIED_HOST}:{port}"
    with forwarding_proxy({PROXIED_HOST: ("127.0.0.1", port)}, login=(PROXY_USER, PROXY_PASSWORD)) as (
        proxy_host,
        proxy_port,
        proxy_log,
    ):
        # Without QGIS's proxy the name leads nowhere.
        with pytest.raises(NetworkError), GemeindescanClient(proxied_url) as outside:
            outside.municipalities("Zürich")
        qgis_proxy_settings(
            proxyEnabled=True,
            proxyType="HttpProxy",
            proxyHost=proxy_host,
            proxyPort=str(proxy_port),
            proxyUser="",
            proxyPassword="",
            authcfg=proxy_login_authcfg,
        )
        result = publish_file(
            snapshot_file, target(proxied_url, server), Credentials(server.username, server.password)
        )
    assert result.snapshot_url.startswith(proxied_url)
    assert proxy_log.refused == 0
    methods = [method for method, _, _ in proxy_log.requests]
    assert {"GET", "POST", "PATCH"} <= set(methods)
    assert all(url.startswith(proxied_url) for _, url, _ in proxy_log.requests)
    with GemeindescanClient(server.url) as client:
        assert client.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_text("utf-8"))


def test_a_wrong_proxy_login_is_refused_by_the_proxy_and_no_password_leaks(
    gemeindescan_server, no_environment_proxy, qgis_proxy_settings
):
    port = int(gemeindescan_server.url.rsplit(":", 1)[1])
    with forwarding_proxy({PROXIED_HOST: ("127.0.0.1", port)}, login=(PROXY_USER, PROXY_PASSWORD)) as (
        proxy_host,
        proxy_port,
        proxy_log,
    ):
        qgis_proxy_settings(
            proxyEnabled=True,
            proxyType="HttpProxy",
            proxyHost=proxy_host,
            proxyPort=str(proxy_port),
            proxyUser=PROXY_USER,
            proxyPassword="not-the-pw-42",
            authcfg="",
        )
        options = client_options_from_qgis(f"http://{PROXIED_HOST}:{port}")
        assert "not-the-pw-42" not in repr(options)
        with (
            GemeindescanClient(f"http://{PROXIED_HOST}:{port}", connection=options) as client,
            pytest.raises(NetworkError) as caught,
        ):
            client.login(gemeindescan_server.username, gemeindescan_server.password)
    assert proxy_log.refused >= 1
    assert "proxy" in caught.value.message and "refused" in caught.value.message
    assert "407" in caught.value.detail
    assert "not-the-pw-42" not in caught.value.message + caught.value.detail


def test_opening_a_snapshot_by_link_goes_through_the_proxy_configured_in_qgis(
    gemeindescan_server, plugin_module, qgis_iface, qgis_app, no_environment_proxy, qgis_proxy_settings
):
    import importlib
    import time

    from qgis.core import QgsProject

    server = gemeindescan_server
    with GemeindescanClient(server.url) as client:
        client.login(server.username, server.password)
        record = client.create_snapshot(
            SnapshotFields.parse("Durch den Proxy geöffnet", "Netzwerk", 261),
            WorkspaceReference(server.workspace_id),
        )
        client.upload(record.snapshot_pk, SNAPSHOTS / "circles.json")
    port = int(server.url.rsplit(":", 1)[1])
    dialog_module = importlib.import_module(f"{plugin_module.__name__}.ui.open_snapshot")
    dialog = dialog_module.OpenSnapshotDialog(qgis_iface)
    try:
        with forwarding_proxy({PROXIED_HOST: ("127.0.0.1", port)}) as (proxy_host, proxy_port, proxy_log):
            qgis_proxy_settings(
                proxyEnabled=True,
                proxyType="HttpProxy",
                proxyHost=proxy_host,
                proxyPort=str(proxy_port),
                proxyUser="",
                proxyPassword="",
                authcfg="",
            )
            dialog.fromLinkRadio.setChecked(True)
            dialog.linkEdit.setText(
                f"http://{PROXIED_HOST}:{port}/{server.workspace_id}/{record.snapshot_pk}/"
            )
            dialog.temporaryRadio.setChecked(True)
            dialog.start()
            deadline = time.monotonic() + 60
            while dialog.task is not None and time.monotonic() < deadline:
                qgis_app.processEvents()
                time.sleep(0.01)
        shown = dialog.messageBar.currentItem()
        assert shown is None, shown.text()
        assert QgsProject.instance().mapLayersByName("Schulen"), "the snapshot's layer was added"
        # The name resolves only through the proxy: the snapshot came through it.
        assert [method for method, _, _ in proxy_log.requests] and all(
            url.startswith(f"http://{PROXIED_HOST}:{port}/") for _, url, _ in proxy_log.requests
        )
    finally:
        dialog.deleteLater()
        QgsProject.instance().clear()


def test_excluded_and_no_proxy_addresses_go_direct(qgis_proxy_settings, no_environment_proxy):
    qgis_proxy_settings(
        proxyEnabled=True,
        proxyType="HttpProxy",
        proxyHost="127.0.0.1",
        proxyPort="3128",
        proxyUser="",
        proxyPassword="",
        authcfg="",
        proxyExcludedUrls=["https://intranet.office.test"],
        noProxyUrls=["https://gis.office.test/"],
    )
    assert client_options_from_qgis("https://gemeindescan.ch/").proxy_url == "http://127.0.0.1:3128"
    for address in ("https://intranet.office.test/", "https://gis.office.test/gemeindescan/"):
        options = client_options_from_qgis(address)
        assert options.proxy_url is None and options.direct, address
    qgis_proxy_settings(proxyEnabled=False)
    unset = client_options_from_qgis("https://gemeindescan.ch/")
    assert unset.proxy_url is None and not unset.direct  # no QGIS proxy: the environment decides


@pytest.fixture()
def https_server(tmp_path):
    """A local server behind a TLS front whose certificate comes from a CA nobody trusts yet."""
    from local_server import start_local_server

    authority = make_certificate_authority(tmp_path / "ca")
    with (
        start_local_server(tmp_path / "server", https=True) as server,
        tls_front(server.url, authority.server_certificate, authority.server_key) as https_url,
    ):
        yield server, https_url, authority


@pytest.fixture()
def trusted_in_qgis(qgis_app):
    """Import a CA into QGIS's authentication manager (Certificate Manager → Authorities), and remove it."""
    manager = QgsApplication.authManager()
    imported = []

    def trust(ca_pem: str) -> None:
        certificate = QSslCertificate(ca_pem.encode("ascii"))
        assert manager.storeCertAuthority(certificate)
        imported.append(certificate)
        manager.rebuildCaCertsCache()
        manager.rebuildTrustedCaCertsCache()

    yield trust
    for certificate in imported:
        manager.removeCertAuthority(certificate)
    manager.rebuildCaCertsCache()
    manager.rebuildTrustedCaCertsCache()


def test_a_ca_known_only_to_qgis_is_trusted(
    https_server, trusted_in_qgis, snapshot_file, no_environment_proxy
):
    server, https_url, authority = https_server
    trusted_in_qgis(authority.ca_pem)
    result = publish_file(
        snapshot_file, target(https_url, server), Credentials(server.username, server.password)
    )
    assert result.data_file_url.startswith(https_url)
    with GemeindescanClient(server.url) as client:
        assert client.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_text("utf-8"))


def test_an_unknown_ca_fails_with_a_message_that_names_the_host_and_the_way_out(
    https_server, snapshot_file, no_environment_proxy
):
    server, https_url, _ = https_server
    with pytest.raises(NetworkError) as caught:
        publish_file(snapshot_file, target(https_url, server), Credentials(server.username, server.password))
    message = caught.value.message
    assert "certificate of localhost is not trusted" in message
    assert "Settings → Options → Authentication" in message
    assert "CERTIFICATE_VERIFY_FAILED" in caught.value.detail


def test_https_through_the_qgis_proxy_checks_the_certificate_against_qgis(
    https_server, trusted_in_qgis, snapshot_file, no_environment_proxy, qgis_proxy_settings
):
    server, https_url, authority = https_server
    front_port = int(https_url.rsplit(":", 1)[1])
    with forwarding_proxy({"localhost": ("127.0.0.1", front_port)}, login=(PROXY_USER, PROXY_PASSWORD)) as (
        proxy_host,
        proxy_port,
        proxy_log,
    ):
        qgis_proxy_settings(
            proxyEnabled=True,
            proxyType="HttpProxy",
            proxyHost=proxy_host,
            proxyPort=str(proxy_port),
            proxyUser=PROXY_USER,
            proxyPassword=PROXY_PASSWORD,
            authcfg="",
        )
        # Through the tunnel the server's certificate is checked all the same: unknown CA, refused.
        with pytest.raises(NetworkError, match="certificate of localhost is not trusted"):
            publish_file(
                snapshot_file, target(https_url, server), Credentials(server.username, server.password)
            )
        trusted_in_qgis(authority.ca_pem)
        result = publish_file(
            snapshot_file, target(https_url, server), Credentials(server.username, server.password)
        )
    assert result.snapshot_url.startswith(https_url)
    assert proxy_log.refused == 0
    assert [method for method, _, _ in proxy_log.requests] and all(
        method == "CONNECT" for method, _, _ in proxy_log.requests
    )


def test_https_to_an_ip_address_checks_the_certificates_ip_address(
    https_server, trusted_in_qgis, snapshot_file, no_environment_proxy
):
    server, https_url, authority = https_server
    trusted_in_qgis(authority.ca_pem)
    ip_url = https_url.replace("://localhost:", "://127.0.0.1:")
    result = publish_file(
        snapshot_file, target(ip_url, server), Credentials(server.username, server.password)
    )
    assert result.data_file_url.startswith(ip_url)
    with GemeindescanClient(server.url) as client:
        assert client.snapshot(result.snapshot_pk).data == json.loads(snapshot_file.read_text("utf-8"))


def test_https_to_an_ip_address_the_certificate_does_not_name_is_refused(
    tmp_path, trusted_in_qgis, no_environment_proxy
):
    from local_server import start_local_server

    # A certificate of a trusted CA, but only for "localhost": addressed as 127.0.0.1 it does not fit.
    authority = make_certificate_authority(tmp_path / "ca", with_ip_address=False)
    trusted_in_qgis(authority.ca_pem)
    with (
        start_local_server(tmp_path / "server", https=True) as server,
        tls_front(server.url, authority.server_certificate, authority.server_key) as https_url,
    ):
        by_name = GemeindescanClient(https_url, connection=client_options_from_qgis(https_url))
        with by_name:
            by_name.login(server.username, server.password)  # the name fits: the CA is trusted
        ip_url = https_url.replace("://localhost:", "://127.0.0.1:")
        with (
            GemeindescanClient(ip_url, connection=client_options_from_qgis(ip_url)) as by_ip,
            pytest.raises(NetworkError) as caught,
        ):
            by_ip.login(server.username, server.password)
    assert caught.value.message.startswith("The certificate of 127.0.0.1 is made out for another address")
    assert "127.0.0.1" in caught.value.detail


def test_an_untrusted_certificate_at_an_ip_address_names_the_way_out(
    https_server, snapshot_file, no_environment_proxy
):
    server, https_url, _ = https_server
    ip_url = https_url.replace("://localhost:", "://127.0.0.1:")
    with pytest.raises(NetworkError) as caught:
        publish_file(snapshot_file, target(ip_url, server), Credentials(server.username, server.password))
    assert "certificate of 127.0.0.1 is not trusted" in caught.value.message
    assert "Settings → Options → Authentication" in caught.value.message


def test_a_certificate_openssl_cannot_read_is_left_out_not_fatal(tmp_path, caplog):
    from gemeindescan_uploader.client.connection import ConnectionOptions, tls_context

    good = make_certificate_authority(tmp_path / "ca").ca_pem
    broken = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n"
    with caplog.at_level("WARNING", logger="gemeindescan"):
        context = tls_context(ConnectionOptions(extra_ca_certificates=(broken, good)))
    subjects = [dict(item[0] for item in ca["subject"]) for ca in context.get_ca_certs()]
    assert {"commonName": "Test Office Root CA"} in subjects
    assert any("left out" in record.getMessage() for record in caplog.records)
