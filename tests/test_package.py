"""`make package` builds a zip that installs into a QGIS profile, loads and starts there."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile

import pytest
from conftest import PLUGIN_NAME, REPO_ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def plugin_zip(tmp_path_factory):
    output = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "scripts/package.py", "--name", PLUGIN_NAME, "--output", str(output)],
        cwd=REPO_ROOT,
        check=True,
        capture_output=True,
    )
    return output / f"{PLUGIN_NAME}.zip"


def test_zip_has_one_top_folder_and_no_development_files(plugin_zip):
    names = zipfile.ZipFile(plugin_zip).namelist()
    assert {name.split("/")[0] for name in names} == {PLUGIN_NAME}
    inside = [name.split("/", 1)[1] for name in names]
    for required in (
        "metadata.txt",
        "__init__.py",
        "plugin.py",
        "LICENSE",
        "ui/icons/icon.png",
        "gemeindescan_uploader/_vendor/gql/__init__.py",
        "i18n/gemeindescan_de.qm",
        "i18n/gemeindescan_fr.qm",
        "i18n/gemeindescan_it.qm",
    ):
        assert required in inside
    for name in inside:
        assert not name.startswith(("tests/", "scripts/", ".git", ".venv", ".ci/")), name
        assert "__pycache__" not in name and not name.endswith(".pyc"), name
        assert "/_tests/" not in name, name  # vendored packages' own test suites
        assert name not in ("Makefile", "pyproject.toml", "requirements-dev.txt"), name


def test_zip_installs_into_a_profile_and_loads_there(plugin_zip, tmp_path):
    plugins_dir = tmp_path / "profiles" / "default" / "python" / "plugins"
    plugins_dir.mkdir(parents=True)
    zipfile.ZipFile(plugin_zip).extractall(plugins_dir)
    # A fresh QGIS process (through pytest-qgis) that sees only the unzipped plugin, not this checkout.
    (tmp_path / "test_installed_plugin.py").write_text(
        textwrap.dedent(
            f"""
        import sys
        import qgis.utils
        from qgis.core import QgsSettings
        from qgis.PyQt.QtCore import QCoreApplication

        def test_installed_plugin_starts(qgis_iface):
            # QGIS set to German: the translation compiled into the zip is loaded.
            QgsSettings().setValue("locale/overrideFlag", True)
            QgsSettings().setValue("locale/userLocale", "de_CH")
            qgis.utils.plugin_paths[:] = [{str(plugins_dir)!r}]
            sys.path.insert(0, {str(plugins_dir)!r})
            qgis.utils.updateAvailablePlugins()
            assert "{PLUGIN_NAME}" in qgis.utils.available_plugins
            assert qgis.utils.pluginMetadata("{PLUGIN_NAME}", "name") == "Gemeindescan Uploader"
            assert qgis.utils.loadPlugin("{PLUGIN_NAME}")
            assert qgis.utils.startPlugin("{PLUGIN_NAME}")
            core = sys.modules["{PLUGIN_NAME}.gemeindescan_uploader"]
            assert core.__file__.startswith({str(plugins_dir / PLUGIN_NAME)!r})
            # The core belongs to the plugin: no top-level name another plugin could collide with.
            assert "gemeindescan_uploader" not in sys.modules and "ui" not in sys.modules
            assert QCoreApplication.translate("Gemeindescan", "Export snapshot") == "Snapshot exportieren"
            assert qgis.utils.unloadPlugin("{PLUGIN_NAME}")
        """
        )
    )
    environment = {**os.environ, "PYTHONPATH": ""}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            "test_installed_plugin.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout


def test_untracked_files_in_plugin_folders_stay_out(tmp_path):
    stray = REPO_ROOT / "ui" / "stray-notes-not-in-git.txt"
    stray.write_text("a developer's scratch file")
    try:
        subprocess.run(
            [sys.executable, "scripts/package.py", "--name", PLUGIN_NAME, "--output", str(tmp_path)],
            cwd=REPO_ROOT,
            check=True,
            capture_output=True,
        )
    finally:
        stray.unlink()
    names = zipfile.ZipFile(tmp_path / f"{PLUGIN_NAME}.zip").namelist()
    assert f"{PLUGIN_NAME}/ui/icons/icon.png" in names
    assert f"{PLUGIN_NAME}/ui/{stray.name}" not in names
