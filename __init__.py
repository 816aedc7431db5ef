"""QGIS entry point of the Gemeindescan Uploader plugin.

Everything below this folder is imported relatively (``from .gemeindescan_uploader import …``), so
the core lives in ``sys.modules`` under this plugin's own name, QGIS removes all of it on unload, and
a second copy of the plugin under another folder name has a core of its own.
"""


def classFactory(iface):  # noqa: N802 (name required by QGIS)
    """Create the plugin instance for QGIS."""
    from .plugin import GemeindescanUploaderPlugin

    return GemeindescanUploaderPlugin(iface)
