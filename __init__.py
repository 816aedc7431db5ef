"""QGIS entry point of the Gemeindescan Uploader plugin."""

import os
import sys


def _expose_core_package() -> None:
    """Make the core package importable as ``gemeindescan_uploader``.

    The core runs on its own too (command line, qgis_process, tests) under that
    name; giving it one name everywhere keeps a single copy of its modules and
    error classes in memory, whatever folder name QGIS installed the plugin under.
    """
    plugin_dir = os.path.dirname(os.path.abspath(__file__))
    if plugin_dir not in sys.path:
        sys.path.append(plugin_dir)


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Create the plugin instance for QGIS."""
    _expose_core_package()
    from .plugin import GemeindescanUploaderPlugin

    return GemeindescanUploaderPlugin(iface)
