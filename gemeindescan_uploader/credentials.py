"""Username and password for the Gemeindescan server, from a QGIS authentication configuration.

QGIS keeps passwords encrypted in its authentication database (``qgis-auth.db``),
unlocked by the master password. Processing, qgis_process and projects only ever
name a configuration by its id (``authcfg``), so no password lands in Processing
history, models or logs. For unattended runs QGIS reads the master password from
the file named by the ``QGIS_AUTH_PASSWORD_FILE`` environment variable.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import messages
from .errors import InvalidInput
from .messages import Message

if TYPE_CHECKING:
    from qgis.core import QgsAuthMethodConfig

# The fallback for automation without a QGIS profile (see credentials_from_environment).
USERNAME_VARIABLE = "GEMEINDESCAN_USERNAME"
PASSWORD_VARIABLE = "GEMEINDESCAN_PASSWORD"
# The auth method whose configuration holds a plain username and password.
BASIC_METHOD = "Basic"


class CredentialsUnavailable(InvalidInput):
    """No usable username and password: unknown configuration, locked database or wrong method."""


@dataclass(frozen=True)
class Credentials:
    """A Gemeindescan login; the password never appears in ``repr`` (and so never in a log or traceback)."""

    username: str
    password: str = field(repr=False)

    def __post_init__(self) -> None:
        # Whatever happens later, the Gemeindescan log never shows this password.
        try:
            from .qgis_log import add_secret
        except ImportError:  # plain Python (the command line's publish): there is no QGIS log
            return
        add_secret(self.password)


def credentials_from_authcfg(authcfg: str) -> Credentials:
    """The username and password stored in the QGIS authentication configuration ``authcfg``.

    Call it on the main thread: in the QGIS desktop a locked database makes QGIS
    ask for the master password in a dialog.
    """
    authcfg = (authcfg or "").strip()
    if not authcfg:
        raise CredentialsUnavailable(Message(messages.NO_AUTHCFG_CHOSEN))
    # Imported here: the command line uses Credentials without QGIS.
    from qgis.core import QgsApplication

    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise CredentialsUnavailable(
            Message(messages.AUTH_SYSTEM_DISABLED),
            detail=manager.disabledMessage(),
        )
    if authcfg not in manager.configIds():
        raise CredentialsUnavailable(
            Message(messages.NO_SUCH_AUTHCFG, authcfg=authcfg),
            detail=f"known ids: {', '.join(manager.configIds()) or 'none'}",
        )
    config, loaded = _load_config(manager, authcfg)
    if not manager.masterPasswordIsSet():
        raise CredentialsUnavailable(
            Message(messages.AUTH_DATABASE_LOCKED),
            detail=f"authentication database: {manager.authenticationDatabasePath()}",
        )
    if not loaded:
        raise CredentialsUnavailable(
            Message(messages.AUTHCFG_UNREADABLE, authcfg=authcfg),
            detail="loadAuthenticationConfig failed; is the master password the one the database was "
            "created with?",
        )
    if config.method() != BASIC_METHOD:
        raise CredentialsUnavailable(
            Message(messages.AUTHCFG_WRONG_METHOD, authcfg=authcfg, method=config.method()),
        )
    username = config.config("username")
    password = config.config("password")
    if not username or not password:
        raise CredentialsUnavailable(
            Message(messages.AUTHCFG_INCOMPLETE, authcfg=authcfg),
        )
    return Credentials(username, password)


def credentials_from_environment() -> Credentials:
    """The username and password in GEMEINDESCAN_USERNAME and GEMEINDESCAN_PASSWORD (for automation)."""
    username = os.environ.get(USERNAME_VARIABLE, "").strip()
    password = os.environ.get(PASSWORD_VARIABLE, "")
    if not username or not password:
        raise CredentialsUnavailable(
            Message(
                messages.NO_LOGIN_GIVEN,
                username_variable=USERNAME_VARIABLE,
                password_variable=PASSWORD_VARIABLE,
            ),
        )
    return Credentials(username, password)


def resolve_credentials(authcfg: str | None) -> Credentials:
    """The login from ``authcfg`` when one is given, otherwise from the environment."""
    if authcfg and authcfg.strip():
        return credentials_from_authcfg(authcfg)
    return credentials_from_environment()


def _load_config(manager, authcfg: str) -> tuple[QgsAuthMethodConfig, bool]:
    """Load a configuration with its secrets; the binding returns ``(ok, config)`` on some QGIS versions."""
    from qgis.core import QgsAuthMethodConfig

    config = QgsAuthMethodConfig()
    answer = manager.loadAuthenticationConfig(authcfg, config, True)
    if isinstance(answer, tuple):
        loaded, config = answer[0], answer[1]
    else:
        loaded = bool(answer)
    return config, bool(loaded)
