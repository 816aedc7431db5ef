"""A small dialog that picks a stored Gemeindescan login or stores a new one as a QGIS Basic configuration.

It opens only when the analyst asks for it: that is the first moment the panel touches QGIS's
authentication database (and QGIS may ask for the master password).
"""

from __future__ import annotations

import os
from typing import Optional

from qgis.core import QgsApplication, QgsAuthMethodConfig
from qgis.PyQt import uic
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ..gemeindescan_uploader.credentials import BASIC_METHOD
from ..gemeindescan_uploader.translation import Gemeindescan

FORM, _ = uic.loadUiType(os.path.join(os.path.dirname(__file__), "forms", "login_dialog.ui"))


def basic_logins() -> dict[str, str]:
    """The stored Basic configurations, id → name (reading names needs no master password)."""
    manager = QgsApplication.authManager()
    configs = manager.availableAuthMethodConfigs()
    return {
        config_id: config.name() for config_id, config in configs.items() if config.method() == BASIC_METHOD
    }


def store_basic_login(name: str, username: str, password: str) -> str:
    """Store a username and password as a Basic configuration; returns its id ("" if QGIS refused)."""
    config = QgsAuthMethodConfig(BASIC_METHOD)
    config.setName(name)
    config.setConfig("username", username)
    config.setConfig("password", password)
    stored = QgsApplication.authManager().storeAuthenticationConfig(config)
    ok = stored[0] if isinstance(stored, tuple) else stored
    return config.id() if ok else ""


class LoginDialog(QDialog, FORM):
    """Choose the login the panel publishes with; ``authcfg`` holds the chosen configuration id."""

    def __init__(
        self, current_authcfg: str = "", server_url: str = "", parent: Optional[QWidget] = None
    ) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.authcfg = ""
        self.login_name = ""
        self.server_url = server_url
        logins = basic_logins()
        for config_id, name in sorted(logins.items(), key=lambda item: item[1].casefold()):
            self.existingCombo.addItem(f"{name} ({config_id})", config_id)
        if logins:
            index = self.existingCombo.findData(current_authcfg)
            self.existingCombo.setCurrentIndex(max(index, 0))
            self.existingRadio.setChecked(True)
        else:
            self.existingRadio.setEnabled(False)
            self.existingCombo.setEnabled(False)
        self.existingCombo.activated.connect(lambda _index: self.existingRadio.setChecked(True))
        self.usernameEdit.textEdited.connect(lambda _text: self.newRadio.setChecked(True))
        self.buttonBox.accepted.connect(self.accept)
        self.buttonBox.rejected.connect(self.reject)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(Gemeindescan.tr("Use this login"))

    def accept(self) -> None:
        """Take the stored login, or store the new one; stay open with a message if something is missing."""
        if self.existingRadio.isChecked():
            self.authcfg = self.existingCombo.currentData() or ""
            self.login_name = self.existingCombo.currentText()
            if self.authcfg:
                super().accept()
            return
        username, password = self.usernameEdit.text().strip(), self.passwordEdit.text()
        if not username or not password:
            self.errorLabel.setText(Gemeindescan.tr("Give a username and a password."))
            return
        name = self.nameEdit.text().strip() or Gemeindescan.tr("Gemeindescan {username}").format(
            username=username
        )
        self.authcfg = store_basic_login(name, username, password)
        self.passwordEdit.clear()
        if not self.authcfg:
            self.errorLabel.setText(
                Gemeindescan.tr(
                    "QGIS could not store the login. Is the master password of its "
                    "authentication database set (Settings → Options → Authentication)?"
                )
            )
            return
        self.login_name = f"{name} ({self.authcfg})"
        super().accept()
