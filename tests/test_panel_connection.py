"""The panel's Connection section: the login dialog, Log in / Test connection, no uninvited auth prompt."""

from __future__ import annotations

from foreign_servers import plain_website
from panel_helpers import type_into, wait_for
from qgis.core import QgsApplication, QgsAuthManager, QgsProject, QgsSettings
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from test_panel_failures import closed_port_url


def test_connection(dock, server_url: str, authcfg: str) -> str:
    """Type the address, choose the login, press Log in / Test connection; the status line at the end."""
    type_into(dock.ui.serverEdit, server_url)
    dock.set_login(authcfg)
    QTest.mouseClick(dock.ui.testButton, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.ui.testButton.isEnabled(), what="the login test")
    return dock.ui.connectionStatus.text()


test_connection.__test__ = False  # a helper, not a test


def test_a_good_login_is_confirmed_and_suggests_the_workspace(
    gemeindescan_server, sample_map, make_dock, store_login
):
    server = gemeindescan_server
    dock = make_dock()
    status = test_connection(dock, server.url, store_login(server.username, server.password))
    assert status == f"✓ Logged in as {server.username} on {server.url.rstrip('/')}/"
    assert dock.ui.connectionGroup.title() == f"Connection — {server.username} ✓"
    # The login's workspaceid cookie names the user's oldest workspace with snapshots.
    assert dock.ui.workspaceEdit.text() == server.workspace_with_snapshots_id
    wait_for(lambda: dock.workspace_info is not None, what="the workspace lookup")
    assert dock.ui.workspaceStatus.text() == "“Gemeindescan Zürich”, 2 snapshots"
    listed = [dock.ui.snapshotCombo.itemData(row) for row in range(dock.ui.snapshotCombo.count())]
    assert listed[0] == "" and server.existing_snapshot_pk in listed
    # Picking one makes Publish update it.
    dock.ui.snapshotCombo.setCurrentIndex(listed.index(server.existing_snapshot_pk))
    dock.ui.snapshotCombo.activated.emit(listed.index(server.existing_snapshot_pk))
    assert dock.state.settings.snapshot_pk == server.existing_snapshot_pk
    assert dock.ui.publishButton.text() == f"Publish — updates {server.existing_snapshot_pk}"


def test_wrong_password_is_named(gemeindescan_server, sample_map, make_dock, store_login):
    dock = make_dock()
    status = test_connection(dock, gemeindescan_server.url, store_login(gemeindescan_server.username, "nope"))
    assert status.startswith("✗ Wrong username or password.")
    assert "nope" not in status


def test_an_unreachable_server_is_named(sample_map, make_dock, store_login):
    dock = make_dock()
    url = closed_port_url()
    status = test_connection(dock, url, store_login("analyst", "secret"))
    assert status.startswith(f"✗ The server cannot be reached. Cannot reach the Gemeindescan server at {url}")


def test_tls_failure_is_named(gemeindescan_server, sample_map, make_dock, store_login):
    dock = make_dock()
    # https:// to a server that only speaks plain http: the TLS handshake fails.
    # (By name: an https:// address given as a bare IP trips a ValueError in the TLS layer, noted elsewhere.)
    address = gemeindescan_server.url.replace("http://127.0.0.1", "https://localhost")
    status = test_connection(dock, address, store_login("analyst", "secret"))
    assert status.startswith("✗ The secure connection (TLS) failed.")


def test_a_website_that_is_not_gemeindescan_is_named(sample_map, make_dock, store_login):
    dock = make_dock()
    with plain_website() as website:
        status = test_connection(dock, website, store_login("analyst", "secret"))
    assert status.startswith("✗ This is not a Gemeindescan server.")


def test_the_login_dialog_stores_a_basic_configuration(plugin, qgis_app, store_login):
    store_login("someone", "something")  # unlocks the test profile's database
    dialog = plugin.login_dialog.LoginDialog()
    dialog.newRadio.setChecked(True)
    dialog.usernameEdit.setText("anna")
    dialog.passwordEdit.setText("geheim-123")
    dialog.nameEdit.setText("Gemeindescan Anna")
    dialog.accept()
    try:
        assert dialog.result() == dialog.DialogCode.Accepted
        authcfg = dialog.authcfg
        assert plugin.login_dialog.basic_logins()[authcfg] == "Gemeindescan Anna"
        from gemeindescan_uploader.credentials import credentials_from_authcfg

        credentials = credentials_from_authcfg(authcfg)
        assert (credentials.username, credentials.password) == ("anna", "geheim-123")
        assert dialog.passwordEdit.text() == "", "the password does not linger in the dialog"
        # A second dialog offers it among the stored logins.
        again = plugin.login_dialog.LoginDialog(authcfg)
        assert again.existingRadio.isChecked() and again.existingCombo.currentData() == authcfg
    finally:
        QgsApplication.authManager().removeAuthenticationConfig(dialog.authcfg)


def test_an_incomplete_new_login_keeps_the_dialog_open(plugin, qgis_app):
    dialog = plugin.login_dialog.LoginDialog()
    dialog.newRadio.setChecked(True)
    dialog.usernameEdit.setText("anna")
    dialog.accept()
    assert dialog.authcfg == "" and dialog.errorLabel.text() == "Give a username and a password."


def test_loading_the_plugin_and_a_project_with_a_login_never_asks_for_the_master_password(
    plugin_module, iface, sample_map, monkeypatch, gemeindescan_server
):
    """The master-password prompt must never appear uninvited: no login is read, listed or stored, and
    the master password is not asked for, until the analyst logs in, tests, publishes or chooses a login.

    (Reading the certificate authorities QGIS trusts, for a lookup, needs no master password.)
    """
    project = QgsProject.instance()
    project.writeEntry("Gemeindescan", "authcfg", "abc1234")
    project.writeEntry("Gemeindescan", "server_url", gemeindescan_server.url)
    project.writeEntry("Gemeindescan", "workspace", gemeindescan_server.workspace_id)
    calls = []
    for name in (
        "loadAuthenticationConfig",
        "setMasterPassword",
        "masterPasswordIsSet",
        "availableAuthMethodConfigs",
        "storeAuthenticationConfig",
        "configIds",
    ):
        real = getattr(QgsAuthManager, name)
        monkeypatch.setattr(
            QgsAuthManager,
            name,
            lambda self, *args, _real=real, _name=name: calls.append(_name) or _real(self, *args),
        )
    plugin = plugin_module.classFactory(iface)
    plugin.initGui()
    try:
        iface.mainWindow().show()
        plugin.action.trigger()
        plugin.dock.load_project()
        # Opening the panel looks up the workspace and the municipalities: no login needed for those.
        wait_for(lambda: plugin.dock.workspace_info is not None, what="the workspace lookup")
        wait_for(lambda: plugin.dock.municipality_fetch is None, what="the municipalities")
        assert plugin.dock.ui.loginLabel.text() == "stored login abc1234"
        assert calls == []
        # Pressing Log in is the moment it may be opened.
        QTest.mouseClick(plugin.dock.ui.testButton, Qt.MouseButton.LeftButton)
        assert calls
    finally:
        plugin.unload()
        iface.mainWindow().hide()


def test_the_server_and_login_become_the_defaults_of_new_projects(
    sample_map, make_dock, store_login, gemeindescan_server
):
    dock = make_dock()
    authcfg = store_login("anna", "secret")
    type_into(dock.ui.serverEdit, gemeindescan_server.url)
    dock.set_login(authcfg)
    QgsProject.instance().clear()
    assert dock.ui.serverEdit.text() == gemeindescan_server.url
    assert dock.state.settings.authcfg == authcfg
    assert "secret" not in " ".join(str(QgsSettings().value(key)) for key in QgsSettings().allKeys())


def test_a_pasted_snapshot_link_is_updated_and_another_workspace_starts_a_new_one(
    gemeindescan_server, sample_map, make_dock
):
    server = gemeindescan_server
    dock = make_dock()
    type_into(dock.ui.serverEdit, server.url)
    frontend = server.frontend_url.rstrip("/")
    link = f"{frontend}/{server.workspace_with_snapshots_id}/{server.existing_snapshot_pk}/"
    type_into(dock.ui.workspaceEdit, link)
    assert dock.ui.workspaceEdit.text() == server.workspace_with_snapshots_id
    assert dock.ui.publishButton.text() == f"Publish — updates {server.existing_snapshot_pk}"
    wait_for(lambda: dock.workspace_info is not None, what="the workspace lookup")
    assert dock.ui.snapshotCombo.currentData() == server.existing_snapshot_pk
    type_into(dock.ui.workspaceEdit, server.workspace_id)
    assert dock.state.settings.snapshot_pk == ""
    assert dock.ui.publishButton.text() == "Publish as a new snapshot"
