"""The plugin in the analyst's language: QGIS's language setting, the Qt translator, translated texts."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .messages import CONTEXT, translated

#: Compiled translations are ``<i18n folder>/gemeindescan_<locale>.qm`` (made by ``make translations``).
FILE_PREFIX = "gemeindescan_"


class Gemeindescan:
    """The plugin's translation context.

    pylupdate5 files every ``Gemeindescan.tr("…")`` under the context "Gemeindescan", the same context
    the core's message catalogue uses, so each text is translated once for the whole plugin.
    """

    @staticmethod
    def tr(text: str) -> str:
        """``text`` in the language QGIS runs in (English when there is no translation)."""
        return QCoreApplication.translate(CONTEXT, text)


def localized(text: str) -> str:
    """A catalogue message from the core in QGIS's language; any other text unchanged."""
    return translated(text, Gemeindescan.tr)


def qgis_locale(settings: Optional[QgsSettings] = None) -> str:
    """The locale QGIS shows its own texts in, e.g. ``de_CH``, read as QGIS itself reads it at start."""
    settings = settings if settings is not None else QgsSettings()
    # As QGIS's main(): the language chosen in Options → General when "Override system locale" is
    # ticked, otherwise the system's.
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = settings.value("locale/userLocale", "", type=str)
        if chosen:
            return chosen
    return QLocale.system().name()


class PluginTranslator:
    """The plugin's Qt translator, installed into the application while the plugin is loaded."""

    def __init__(self, directory: str) -> None:
        self._directory = directory
        self._translator: Optional[QTranslator] = None

    @property
    def installed(self) -> bool:
        """Whether a translation is installed (not for English, or a language without translation)."""
        return self._translator is not None

    def install(self, locale: Optional[str] = None) -> bool:
        """Install the translation for ``locale`` (default: QGIS's); False if there is none."""
        if self._translator is not None:
            return True
        translator = QTranslator()
        # load() tries gemeindescan_de_CH.qm, then gemeindescan_de.qm.
        if not translator.load(FILE_PREFIX + (locale or qgis_locale()), self._directory):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True

    def remove(self) -> None:
        """Remove the translation again (on unload), so a reloaded plugin starts clean."""
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
