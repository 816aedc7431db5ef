"""With QGIS set to German, French or Italian, the plugin, its algorithms and its errors speak it."""

from __future__ import annotations

import json

import pytest
from conftest import REPO_ROOT
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeedback,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QLocale
from snapshot_samples import sample_snapshot

from gemeindescan_uploader.translation import qgis_locale
from scripts import translations as translation_tools

LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")

# What an analyst reads in each language (from i18n/gemeindescan_<language>.ts, checked by reading).
EXPECTED = {
    "de": {
        "locale": "de_CH",
        "open": "Snapshot öffnen",
        "export": "Snapshot exportieren",
        "publish": "Snapshot veröffentlichen",
        "group": "Snapshots",
        "bfs": "BfS-Nummer der Gemeinde",
        "workspace": "Arbeitsbereich",
        "extent": "Kartenausschnitt",
        "help": "Arbeitsbereich: die ID des Arbeitsbereichs",
        "tooltip": "Kartenansicht als Gemeindescan-Snapshot veröffentlichen",
        "wrong_login": "Benutzername oder Passwort ist falsch.",
        "report": "Punkte: 1 Objekt (1 ausserhalb des Ausschnitts)",
        "table": "Der Layer «Tabelle» ist eine Tabelle ohne Geometrie; ein Snapshot kann nur Kartenlayer "
        "zeigen.",
    },
    "fr": {
        "locale": "fr_CH",
        "open": "Ouvrir un snapshot",
        "export": "Exporter un snapshot",
        "publish": "Publier un snapshot",
        "group": "Snapshots",
        "bfs": "Numéro OFS de la commune",
        "workspace": "Espace de travail",
        "extent": "Emprise de la carte",
        "help": "Espace de travail: l'identifiant de l'espace de travail",
        "tooltip": "Publier la vue de la carte comme snapshot Gemeindescan",
        "wrong_login": "Le nom d'utilisateur ou le mot de passe est incorrect.",
        "report": "Punkte: 1 entité (hors de l'emprise: 1)",
        "table": "La couche « Tabelle » est une table sans géométrie; un snapshot ne peut afficher que des "
        "couches cartographiques.",
    },
    "it": {
        "locale": "it_CH",
        "open": "Apri snapshot",
        "export": "Esporta snapshot",
        "publish": "Pubblica snapshot",
        "group": "Snapshot",
        "bfs": "Numero UST del comune",
        "workspace": "Area di lavoro",
        "extent": "Estensione della mappa",
        "help": "Area di lavoro: l'ID dell'area di lavoro",
        "tooltip": "Pubblica la vista della mappa come snapshot Gemeindescan",
        "wrong_login": "Il nome utente o la password non sono corretti.",
        "report": "Punkte: 1 elemento (fuori dall'estensione: 1)",
        "table": "Il layer «Tabelle» è una tabella senza geometria; uno snapshot può mostrare solo layer "
        "cartografici.",
    },
}


@pytest.fixture(scope="module", autouse=True)
def compiled_translations():
    """i18n/*.qm compiled from the .ts files, where the plugin loads them (as `make translations` does)."""
    return translation_tools.compile_translations(translation_tools.ts_files(), REPO_ROOT / "i18n")


@pytest.fixture()
def qgis_language():
    """Sets QGIS's language as Options → General does; the settings are restored afterwards."""
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS if settings.contains(key)}

    def choose(locale: str, override: bool = True) -> None:
        settings.setValue("locale/overrideFlag", override)
        settings.setValue("locale/userLocale", locale)

    yield choose
    for key in LOCALE_KEYS:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)


@pytest.fixture()
def plugin_in(plugin_module, iface, qgis_language, qgis_processing):
    """Starts the plugin as QGIS does with QGIS in a given language; unloads it afterwards."""
    started = []

    def start(language: str, with_gui: bool = True):
        qgis_language(EXPECTED[language]["locale"] if language in EXPECTED else language)
        plugin = plugin_module.classFactory(iface if with_gui else None)
        started.append(plugin)
        if with_gui:
            plugin.initGui()
        else:
            plugin.initProcessing()  # what qgis_process calls
        return plugin

    yield start
    for plugin in started:
        plugin.unload()


def algorithm(algorithm_id: str):
    return QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_processing_algorithms_speak_the_language(plugin_in, language):
    expected = EXPECTED[language]
    plugin_in(language)
    export, publish = algorithm("gemeindescan:exportsnapshot"), algorithm("gemeindescan:publishsnapshot")
    assert export.displayName() == expected["export"]
    assert publish.displayName() == expected["publish"]
    assert algorithm("gemeindescan:opensnapshot").displayName() == expected["open"]
    assert export.group() == publish.group() == expected["group"]
    assert publish.parameterDefinition("BFS_NUMBER").description() == expected["bfs"]
    assert publish.parameterDefinition("WORKSPACE").description() == expected["workspace"]
    assert export.parameterDefinition("EXTENT").description() == expected["extent"]
    assert expected["help"] in publish.shortHelpString()
    # The placeholders of the translated help are filled in, not shown to the analyst.
    assert "GEMEINDESCAN_PASSWORD" in publish.shortHelpString() and "{" not in publish.shortHelpString()


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_toolbar_action_speaks_the_language(plugin_in, language):
    plugin = plugin_in(language)
    assert plugin.action.toolTip() == EXPECTED[language]["tooltip"]
    assert plugin.action.text() == "Gemeindescan Uploader"  # the product's name stays


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_wrong_password_is_reported_in_the_language(
    plugin_in, language, gemeindescan_server, tmp_path, monkeypatch
):
    import processing
    from qgis.core import QgsProcessingException

    plugin_in(language)
    server = gemeindescan_server
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(json.dumps(sample_snapshot()), encoding="utf-8")
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", "not-the-password")
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(
            "gemeindescan:publishsnapshot",
            {
                "INPUT": str(snapshot),
                "SERVER": server.url,
                "AUTHCFG": "",
                "WORKSPACE": server.workspace_id,
                "BFS_NUMBER": 261,
                "TITLE": "Bauzonen",
                "TOPIC": "Raumplanung",
            },
        )
    assert str(caught.value) == EXPECTED[language]["wrong_login"]


def point_layer() -> QgsVectorLayer:
    """Two points in LV95: one inside the test extent, one 7 km east of it."""
    layer = QgsVectorLayer("Point?crs=EPSG:2056&field=name:string", "Punkte", "memory")
    features = []
    for x, y in ((2683000, 1247000), (2690000, 1250000)):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        feature.setAttributes(["p"])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("language", sorted(EXPECTED))
def test_export_report_and_refusals_are_in_the_language(plugin_in, language, tmp_path):
    import processing
    from qgis.core import QgsProcessingException

    plugin_in(language)
    points = point_layer()
    result = processing.run(
        "gemeindescan:exportsnapshot",
        {
            "LAYERS": [points],
            "EXTENT": "2682000,2684000,1246000,1248000 [EPSG:2056]",
            "OUTPUT": str(tmp_path / "points.json"),
        },
    )
    assert result["REPORT"] == EXPECTED[language]["report"]

    table = QgsVectorLayer("None?field=name:string", "Tabelle", "memory")
    feedback = ErrorsSeen()
    with pytest.raises(QgsProcessingException) as caught:
        processing.run(
            "gemeindescan:exportsnapshot",
            {"LAYERS": [points, table], "OUTPUT": str(tmp_path / "table.json")},
            feedback=feedback,
        )
    # Refused while preparing (on the main thread): QGIS 3.22 then raises its own generic sentence and
    # shows the algorithm's in the log, where the analyst reads it.
    assert EXPECTED[language]["table"] in [str(caught.value), *feedback.errors]


class ErrorsSeen(QgsProcessingFeedback):
    """A Processing feedback that keeps the errors shown in the algorithm's log."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)


def test_qgis_process_start_alone_loads_the_translation(plugin_in):
    """qgis_process creates the plugin without an interface and only calls initProcessing()."""
    plugin_in("de", with_gui=False)
    assert algorithm("gemeindescan:exportsnapshot").displayName() == "Snapshot exportieren"


def test_unload_removes_the_translation(plugin_module, iface, qgis_language, qgis_processing):
    qgis_language("de_CH")
    plugin = plugin_module.classFactory(iface)
    plugin.initGui()
    assert QCoreApplication.translate("Gemeindescan", "Export snapshot") == "Snapshot exportieren"
    plugin.unload()
    assert QCoreApplication.translate("Gemeindescan", "Export snapshot") == "Export snapshot"
    assert not plugin.translator.installed


def test_english_qgis_gets_the_english_texts(plugin_in):
    plugin = plugin_in("en_US")
    assert not plugin.translator.installed
    assert algorithm("gemeindescan:publishsnapshot").displayName() == "Publish snapshot"


def test_the_language_follows_qgis_settings(qgis_language):
    settings = QgsSettings()
    qgis_language("fr_CH")
    assert qgis_locale(settings) == "fr_CH"
    # Without "Override system locale" QGIS speaks the system's language, whatever userLocale says.
    qgis_language("fr_CH", override=False)
    assert qgis_locale(settings) == QLocale.system().name()


@pytest.mark.slow
def test_qgis_process_speaks_the_language_of_its_profile(tmp_path, gemeindescan_server):
    """The real qgis_process.bin on a profile set to French: help texts and a wrong password in French."""
    from qgis.PyQt.QtCore import QSettings
    from qgis_profile import create_profile

    profile = create_profile(tmp_path / "profile", {})
    ini_path = profile.root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    ini = QSettings(str(ini_path), QSettings.Format.IniFormat)
    ini.setValue("locale/overrideFlag", True)
    ini.setValue("locale/userLocale", "fr_CH")
    ini.sync()

    shown = profile.qgis_process("help", "gemeindescan:publishsnapshot")
    assert shown.returncode == 0, shown.stdout + shown.stderr
    assert "Publier un snapshot" in shown.stdout
    assert "Numéro OFS de la commune" in shown.stdout

    server = gemeindescan_server
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(json.dumps(sample_snapshot()), encoding="utf-8")
    environment = profile.environment(
        GEMEINDESCAN_USERNAME=server.username, GEMEINDESCAN_PASSWORD="not-the-password"
    )
    process, results = profile.run_algorithm(
        "gemeindescan:publishsnapshot",
        [
            ("INPUT", snapshot),
            ("SERVER", server.url),
            ("WORKSPACE", server.workspace_id),
            ("BFS_NUMBER", 261),
            ("TITLE", "Bauzonen"),
            ("TOPIC", "Raumplanung"),
        ],
        environment=environment,
    )
    assert process.returncode != 0 and not results
    assert EXPECTED["fr"]["wrong_login"] in process.stdout + process.stderr


# The panel's words in each language (i18n/gemeindescan_<language>.ts, checked by reading).
PANEL = {
    "de": {
        "connection": "Verbindung",
        "workspace": "Arbeitsbereich",
        "municipality": "Gemeinde",
        "cancel": "Abbrechen",
        "missing": (
            "Es fehlt noch:",
            "der Arbeitsbereich, die Gemeinde, ein Titel, ein Thema, mindestens ein Layer.",
        ),
        "wrong_login": "✗ Falscher Benutzername oder falsches Passwort.",
    },
    "fr": {
        "connection": "Connexion",
        "workspace": "Espace de travail",
        "municipality": "Commune",
        "cancel": "Annuler",
        "missing": (
            "Il manque encore:",
            "l'espace de travail, la commune, un titre, un thème, au moins une couche.",
        ),
        "wrong_login": "✗ Nom d'utilisateur ou mot de passe incorrect.",
    },
    "it": {
        "connection": "Connessione",
        "workspace": "Area di lavoro",
        "municipality": "Comune",
        "cancel": "Annulla",
        "missing": ("Manca ancora:", "l'area di lavoro, il comune, un titolo, un tema, almeno un layer."),
        "wrong_login": "✗ Nome utente o password errati.",
    },
}


@pytest.mark.parametrize("language", sorted(PANEL))
def test_the_panel_speaks_the_language(plugin_in, language):
    expected = PANEL[language]
    ui = plugin_in(language).dock.ui
    assert ui.connectionGroup.title() == expected["connection"]
    assert ui.workspaceCaption.text() == expected["workspace"]
    assert ui.municipalityCaption.text() == expected["municipality"]
    assert ui.cancelButton.text() == expected["cancel"]
    # Nothing filled in yet (server and login may come from the defaults): Publish says what is missing.
    prefix, missing = expected["missing"]
    tooltip = ui.publishButton.toolTip()
    assert tooltip.startswith(prefix) and tooltip.endswith(missing)


@pytest.mark.parametrize("language", sorted(PANEL))
def test_the_panel_names_a_wrong_password_in_the_language(
    plugin_in, language, gemeindescan_server, sample_map, make_dock, store_login
):
    from panel_helpers import type_into, wait_for
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    plugin_in(language)
    dock = make_dock()
    type_into(dock.ui.serverEdit, gemeindescan_server.url)
    dock.set_login(store_login(gemeindescan_server.username, "not-the-password"))
    QTest.mouseClick(dock.ui.testButton, Qt.MouseButton.LeftButton)
    wait_for(lambda: dock.ui.testButton.isEnabled(), what="the login test")
    # The panel's kind of failure, then the client's own sentence: both in the analyst's language.
    assert (
        dock.ui.connectionStatus.text()
        == f"{PANEL[language]['wrong_login']} {EXPECTED[language]['wrong_login']}"
    )
