"""Load, unload and load again in one QGIS session, as Plugin Reloader and an in-place upgrade do.

A copy of the plugin sits in a temporary plugins folder under its own name; QGIS's own loader
(qgis.utils) loads it, starts it and unloads it. Nothing of the first load may stay in
``sys.modules``, and a source file changed in between must be what the second load runs.
"""

from __future__ import annotations

import shutil
import sys

import pytest
import qgis.utils
from conftest import REPO_ROOT

sys.path.insert(0, str(REPO_ROOT / "scripts"))
from package import plugin_files  # noqa: E402 (the files a user's zip holds: the plugin as installed)

COPY_NAME = "GemeindescanUploaderReloadCopy"


@pytest.fixture()
def plugin_copy(tmp_path, iface):
    """The plugin's files under ``<tmp>/plugins/<COPY_NAME>``, known to qgis.utils for the test only."""
    plugins_dir = tmp_path / "plugins"
    for relative in plugin_files():
        target = plugins_dir / COPY_NAME / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO_ROOT / relative, target)
    saved_paths = list(qgis.utils.plugin_paths)
    qgis.utils.plugin_paths[:] = [str(plugins_dir)]
    sys.path.insert(0, str(plugins_dir))
    qgis.utils.updateAvailablePlugins()
    try:
        yield plugins_dir / COPY_NAME
    finally:
        if COPY_NAME in qgis.utils.active_plugins:
            qgis.utils.unloadPlugin(COPY_NAME)
        sys.path.remove(str(plugins_dir))
        qgis.utils.plugin_paths[:] = saved_paths
        qgis.utils.updateAvailablePlugins()


def modules_of(package: str) -> set[str]:
    return {name for name in sys.modules if name == package or name.startswith(package + ".")}


def load_and_start() -> None:
    assert qgis.utils.loadPlugin(COPY_NAME)
    assert qgis.utils.startPlugin(COPY_NAME)


def test_unload_leaves_no_module_and_a_reload_runs_the_changed_source(plugin_copy):
    load_and_start()
    first_load = modules_of(COPY_NAME)
    # The core and the widgets came along under the plugin's own name, not as top-level packages.
    assert f"{COPY_NAME}.gemeindescan_uploader.processing.provider" in first_load
    assert f"{COPY_NAME}.ui.dock" in first_load
    core = sys.modules[f"{COPY_NAME}.gemeindescan_uploader"]
    assert core.__file__.startswith(str(plugin_copy))
    assert core.__version__ != "9.9.9-reloaded"

    assert qgis.utils.unloadPlugin(COPY_NAME)
    assert modules_of(COPY_NAME) == set(), "left behind after unload"

    # An upgrade in place: a changed core file (a different length, so no stale bytecode is trusted).
    init_file = plugin_copy / "gemeindescan_uploader" / "__init__.py"
    text = init_file.read_text(encoding="utf-8")
    init_file.write_text(
        text.replace(f'__version__ = "{core.__version__}"', '__version__ = "9.9.9-reloaded"'),
        encoding="utf-8",
    )
    load_and_start()
    reloaded = sys.modules[f"{COPY_NAME}.gemeindescan_uploader"]
    assert reloaded is not core
    assert reloaded.__version__ == "9.9.9-reloaded"
    provider = qgis.utils.plugins[COPY_NAME].provider
    assert provider.versionInfo() == "9.9.9-reloaded"
    assert qgis.utils.unloadPlugin(COPY_NAME)
    assert modules_of(COPY_NAME) == set()


def test_the_plugin_adds_no_top_level_names(plugin_copy):
    before = set(sys.modules)
    path_before = list(sys.path)
    load_and_start()
    try:
        added = {name.split(".")[0] for name in set(sys.modules) - before}
        # Only the plugin's own package (and what it imports from QGIS, Qt and the standard library).
        assert not added & {"gemeindescan_uploader", "ui", "plugin"}, added
        assert sys.path == path_before
    finally:
        qgis.utils.unloadPlugin(COPY_NAME)
