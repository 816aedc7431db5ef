"""A throw-away QGIS profile for qgis_process: the plugin linked in and enabled, logins in its auth database.

qgis_process (QGIS 3.22) finds its profile through QGIS_CUSTOM_CONFIG_PATH, loads the enabled
plugins from ``profiles/default/python/plugins`` and, without a desktop to ask in, reads the
authentication database's master password from the file named by QGIS_AUTH_PASSWORD_FILE.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from conftest import PLUGIN_NAME, REPO_ROOT

# On Debian 12 the wrapper /usr/bin/qgis_process adds --noversioncheck, which 3.22 refuses.
QGIS_PROCESS = "/usr/bin/qgis_process.bin"
# Guards the throw-away auth database only; never a real one.
MASTER_PASSWORD = "test-only-master-password"
# Variables of the calling shell that would change what the subprocess sees.
ISOLATED_VARIABLES = (
    "QGIS_AUTH_PASSWORD_FILE",
    "QGIS_AUTH_DB_DIR_PATH",
    "GEMEINDESCAN_USERNAME",
    "GEMEINDESCAN_PASSWORD",
    "PYTHONPATH",
)

_STORE_LOGINS = textwrap.dedent(
    """
    import json, sys
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    app = QgsApplication([], False)
    app.initQgis()
    manager = QgsApplication.authManager()
    request = json.loads(sys.stdin.read())
    assert manager.setMasterPassword(request["master_password"], True), "master password refused"
    ids = {}
    for name, (method, settings) in request["configs"].items():
        config = QgsAuthMethodConfig(method)
        config.setName(name)
        for key, value in settings.items():
            config.setConfig(key, value)
        stored = manager.storeAuthenticationConfig(config)
        ok = stored[0] if isinstance(stored, tuple) else stored
        assert ok, f"could not store {name}"
        ids[name] = config.id()
    app.exitQgis()
    print("AUTHCFG_IDS=" + json.dumps(ids))
    """
)


@dataclass
class QgisProfile:
    """A QGIS configuration folder with the plugin enabled and some logins stored."""

    root: Path
    password_file: Path
    authcfg: dict[str, str] = field(default_factory=dict)

    @property
    def plugins_dir(self) -> Path:
        """The profile's Python plugin folder."""
        return self.root / "profiles" / "default" / "python" / "plugins"

    def environment(self, unlocked: bool = True, **extra: str) -> dict[str, str]:
        """Environment for a QGIS subprocess on this profile; ``unlocked`` passes the master password file."""
        environment = {key: value for key, value in os.environ.items() if key not in ISOLATED_VARIABLES}
        environment.update(
            QGIS_CUSTOM_CONFIG_PATH=str(self.root),
            QT_QPA_PLATFORM="offscreen",
            XDG_RUNTIME_DIR=os.environ.get("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}"),
        )
        if unlocked:
            environment["QGIS_AUTH_PASSWORD_FILE"] = str(self.password_file)
        environment.update(extra)
        return environment

    def qgis_process(
        self,
        *arguments: str,
        unlocked: bool = True,
        timeout: float = 180,
        environment: dict[str, str] | None = None,
    ) -> subprocess.CompletedProcess:
        """Run qgis_process.bin with this profile."""
        return subprocess.run(
            [QGIS_PROCESS, *arguments],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=environment or self.environment(unlocked),
            stdin=subprocess.DEVNULL,
        )

    def run_algorithm(
        self,
        algorithm: str,
        parameters: list[tuple[str, object]],
        unlocked: bool = True,
        environment: dict[str, str] | None = None,
        options: tuple[str, ...] = (),
    ) -> tuple[subprocess.CompletedProcess, dict]:
        """``qgis_process --json run`` with NAME=VALUE pairs (a repeated name makes a list).

        ``options`` go before ``--``: 3.22 reads ``--PROJECT_PATH=…`` only there.
        """
        arguments = ["--json", "run", algorithm, *options, "--"] + [
            f"{name}={value}" for name, value in parameters
        ]
        process = self.qgis_process(*arguments, unlocked=unlocked, environment=environment)
        return process, json_results(process.stdout)


def json_results(stdout: str) -> dict:
    """The ``results`` of qgis_process's JSON answer, or {} when it printed none (a failed run)."""
    start = stdout.find("{")
    if start < 0:
        return {}
    try:
        return json.loads(stdout[start:]).get("results") or {}
    except ValueError:
        return {}


def create_profile(root: Path, configs: dict[str, tuple[str, dict[str, str]]]) -> QgisProfile:
    """A profile in ``root`` with the plugin linked and enabled and the given auth configurations stored.

    ``configs`` maps a name to ``(method, settings)``, e.g. ``{"login": ("Basic", {"username": …})}``.
    """
    root.mkdir(parents=True, exist_ok=True)
    password_file = root / "master-password.txt"
    password_file.write_text(MASTER_PASSWORD + "\n", encoding="utf-8")
    password_file.chmod(0o600)
    profile = QgisProfile(root=root, password_file=password_file)
    profile.plugins_dir.mkdir(parents=True, exist_ok=True)
    (profile.plugins_dir / PLUGIN_NAME).symlink_to(REPO_ROOT, target_is_directory=True)

    request = json.dumps({"master_password": MASTER_PASSWORD, "configs": configs})
    stored = subprocess.run(
        [sys.executable, "-c", _STORE_LOGINS],
        input=request,
        capture_output=True,
        text=True,
        timeout=120,
        env=profile.environment(unlocked=False),
    )
    marker = [line for line in stored.stdout.splitlines() if line.startswith("AUTHCFG_IDS=")]
    assert stored.returncode == 0 and marker, stored.stdout + stored.stderr
    profile.authcfg = json.loads(marker[0].split("=", 1)[1])

    # The documented way to enable a plugin for qgis_process (it writes [PythonPlugins] in QGIS3.ini).
    enabled = profile.qgis_process("plugins", "enable", PLUGIN_NAME, unlocked=False)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    return profile
