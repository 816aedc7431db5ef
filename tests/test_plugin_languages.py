"""With QGIS set to German, French or Italian, the plugin, its algorithms and its errors speak it."""

from __future__ import annotations

import json

import pytest
from conftest import REPO_ROOT
from qgis.core import (
    Qgis,
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
    """A Processing feedback that keeps the errors and the progress lines shown in the algorithm's log."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []
        self.infos: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803 (QGIS API)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushInfo(self, info: str) -> None:  # noqa: N802 (QGIS API)
        self.infos.append(info)
        super().pushInfo(info)


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


# A publish that stopped halfway, and a file the platform cannot show, in each language
# (i18n/gemeindescan_<language>.ts, checked by reading). {pk} is the snapshot the publish created.
HALFWAY = {
    "de": {
        "logging_in": "Anmeldung bei {server} als analyst",
        "upload_gateway": (
            "Der Gemeindescan-Server hat beim Hochladen der Snapshot-Datei nicht geantwortet: Das "
            "vorgeschaltete Gateway antwortete mit HTTP 502 (Server ausgefallen oder überlastet). "
            "Versuchen Sie es später erneut."
        ),
        "created": "Der Snapshot {pk} wurde ohne seine Datei erstellt.",
        "processing_retry": (
            "Für einen neuen Versuch führen Sie den Algorithmus erneut mit SNAPSHOT={pk} aus."
        ),
        "panel_retry": "Veröffentlichen Sie erneut in den Snapshot {pk}, um ihn zu vervollständigen.",
        "create_gateway": (
            "Der Gemeindescan-Server hat beim Erstellen des Snapshots nicht geantwortet: Das "
            "vorgeschaltete Gateway antwortete mit HTTP 504 (Server ausgefallen oder überlastet). "
            "Versuchen Sie es später erneut."
        ),
        "unknown": (
            "Ob der Server den Snapshot erstellt hat, ist nicht bekannt: Veröffentlichen Sie erneut "
            "mit demselben Titel, Thema, derselben Gemeinde und demselben Arbeitsbereich; so wird ein "
            "vorhandener Snapshot vervollständigt, ohne dass ein zweiter entsteht."
        ),
        "too_large": "Der Server hat die Datei abgelehnt: Sie ist zu gross für diesen Server (",
        "not_showable": "Die Datei kaputt.json ist kein Snapshot, den die Plattform anzeigen kann: ",
        "problems": [
            "Layer 'bauzonen', Objekt 1: fill 'red' ist keine Farbe #rrggbb.",
            "Die Karte hat keine Legende (mindestens ein Eintrag ist nötig).",
        ],
    },
    "fr": {
        "logging_in": "Connexion à {server} (utilisateur analyst)",
        "upload_gateway": (
            "Le serveur Gemeindescan n'a pas répondu lors de l'envoi du fichier du snapshot: la "
            "passerelle placée devant lui a répondu HTTP 502 (serveur arrêté ou surchargé). Réessayez "
            "plus tard."
        ),
        "created": "Le snapshot {pk} a été créé sans son fichier.",
        "processing_retry": "Pour réessayer, relancez l'algorithme avec SNAPSHOT={pk}.",
        "panel_retry": "Publiez à nouveau vers le snapshot {pk} pour le compléter.",
        "create_gateway": (
            "Le serveur Gemeindescan n'a pas répondu lors de la création du snapshot: la passerelle "
            "placée devant lui a répondu HTTP 504 (serveur arrêté ou surchargé). Réessayez plus tard."
        ),
        "unknown": (
            "On ne sait pas si le serveur a créé le snapshot: publiez à nouveau avec le même titre, "
            "le même thème, la même commune et le même espace de travail; un snapshot déjà créé est "
            "alors complété, sans qu'un deuxième soit créé."
        ),
        "too_large": "Le serveur a refusé le fichier: il est trop volumineux pour ce serveur (",
        "not_showable": "Le fichier kaputt.json n'est pas un snapshot que la plateforme peut afficher: ",
        "problems": [
            "Couche 'bauzonen', entité 1: fill 'red' n'est pas une couleur #rrggbb.",
            "La carte n'a pas de légende (au moins une entrée est nécessaire).",
        ],
    },
    "it": {
        "logging_in": "Accesso a {server} come analyst",
        "upload_gateway": (
            "Il server Gemeindescan non ha risposto durante il caricamento del file dello snapshot: "
            "il gateway posto davanti a esso ha risposto HTTP 502 (server spento o sovraccarico). "
            "Riprova più tardi."
        ),
        "created": "Lo snapshot {pk} è stato creato senza il suo file.",
        "processing_retry": "Per riprovare, esegui di nuovo l'algoritmo con SNAPSHOT={pk}.",
        "panel_retry": "Pubblica di nuovo nello snapshot {pk} per completarlo.",
        "create_gateway": (
            "Il server Gemeindescan non ha risposto durante la creazione dello snapshot: il gateway "
            "posto davanti a esso ha risposto HTTP 504 (server spento o sovraccarico). Riprova più "
            "tardi."
        ),
        "unknown": (
            "Non si sa se il server abbia creato lo snapshot: pubblica di nuovo con lo stesso titolo, "
            "tema, comune e area di lavoro; uno snapshot già creato viene così completato, senza "
            "crearne un secondo."
        ),
        "too_large": "Il server ha rifiutato il file: è troppo grande per questo server (",
        "not_showable": "Il file kaputt.json non è uno snapshot che la piattaforma può mostrare: ",
        "problems": [
            "Layer 'bauzonen', elemento 1: fill 'red' non è un colore #rrggbb.",
            "La mappa non ha una legenda (serve almeno una voce).",
        ],
    },
}


@pytest.fixture(scope="module")
def halfway_server(tmp_path_factory):
    """A server of its own: publishes that stop halfway leave records without a file on it."""
    from local_server import start_local_server

    with start_local_server(tmp_path_factory.mktemp("languages-halfway")) as local:
        yield local


@pytest.fixture()
def broken_proxy(halfway_server):
    from fault_proxy import fault_proxy

    with fault_proxy(halfway_server.url) as running:
        yield running


def publish_through(server_url: str, workspace_id: str, snapshot, title: str, feedback=None) -> None:
    """Run "Publish snapshot" on ``snapshot`` (a file) as the analyst's Processing dialog does."""
    import processing

    processing.run(
        "gemeindescan:publishsnapshot",
        {
            "INPUT": str(snapshot),
            "SERVER": server_url,
            "AUTHCFG": "",
            "WORKSPACE": workspace_id,
            "BFS_NUMBER": 261,
            "TITLE": title,
            "TOPIC": "Raumplanung",
        },
        feedback=feedback,
    )


def records_titled(server, title: str) -> list[str]:
    from gemeindescan_uploader.client import GemeindescanClient

    with GemeindescanClient(server.url) as reader:
        return [
            item.snapshot_pk
            for item in reader.workspace(server.workspace_id).snapshots
            if item.title == title
        ]


@pytest.mark.parametrize("language", sorted(HALFWAY))
def test_a_failed_upload_names_the_snapshot_and_the_retry_in_the_language(
    plugin_in, language, halfway_server, broken_proxy, tmp_path, monkeypatch
):
    from qgis.core import QgsProcessingException

    expected = HALFWAY[language]
    plugin_in(language)
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", halfway_server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", halfway_server.password)
    title = f"Upload ohne Antwort ({language})"
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(json.dumps(sample_snapshot(title=title)), encoding="utf-8")
    broken_proxy.break_step("upload", "gateway_502")
    feedback = ErrorsSeen()
    with pytest.raises(QgsProcessingException) as caught:
        publish_through(broken_proxy.url, halfway_server.workspace_id, snapshot, title, feedback)
    [pk] = records_titled(halfway_server, title)
    # The pipeline's progress lines in the algorithm's log speak the language too.
    assert expected["logging_in"].format(server=broken_proxy.url + "/") in feedback.infos, feedback.infos
    # What failed, which snapshot now exists without its file, and how to complete it: all translated.
    assert str(caught.value) == " ".join(
        (
            expected["upload_gateway"],
            expected["created"].format(pk=pk),
            expected["processing_retry"].format(pk=pk),
        )
    )


@pytest.mark.parametrize("language", sorted(HALFWAY))
def test_a_lost_answer_to_the_create_says_in_the_language_how_to_complete_it(
    plugin_in, language, halfway_server, broken_proxy, tmp_path, monkeypatch
):
    from qgis.core import QgsProcessingException

    expected = HALFWAY[language]
    plugin_in(language)
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", halfway_server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", halfway_server.password)
    title = f"Verlorene Antwort ({language})"
    snapshot = tmp_path / "snapshot.json"
    snapshot.write_text(json.dumps(sample_snapshot(title=title)), encoding="utf-8")
    # The gateway answers 504 although the server created the record, and then stays down: nobody can know.
    broken_proxy.break_step("create", "lost_answer_then_down")
    with pytest.raises(QgsProcessingException) as caught:
        publish_through(broken_proxy.url, halfway_server.workspace_id, snapshot, title)
    assert len(records_titled(halfway_server, title)) == 1
    assert str(caught.value) == f"{expected['create_gateway']} {expected['unknown']}"


@pytest.mark.parametrize("language", sorted(HALFWAY))
def test_what_the_platform_cannot_show_is_listed_in_the_language(
    plugin_in, language, halfway_server, tmp_path, monkeypatch
):
    from qgis.core import QgsProcessingException

    expected = HALFWAY[language]
    plugin_in(language)
    monkeypatch.setenv("GEMEINDESCAN_USERNAME", halfway_server.username)
    monkeypatch.setenv("GEMEINDESCAN_PASSWORD", halfway_server.password)
    broken = sample_snapshot(title="Kaputt")
    broken["resources"][0]["data"]["features"][0]["properties"]["fill"] = "red"
    broken["views"][0]["spec"]["legend"] = []
    snapshot = tmp_path / "kaputt.json"
    snapshot.write_text(json.dumps(broken), encoding="utf-8")
    feedback = ErrorsSeen()
    with pytest.raises(QgsProcessingException) as caught:
        publish_through(halfway_server.url, halfway_server.workspace_id, snapshot, "Kaputt", feedback)
    # The first problem in the error, every problem in the algorithm's log; nothing reached the server.
    assert expected["not_showable"] + expected["problems"][0] in [str(caught.value), *feedback.errors]
    assert [error for error in feedback.errors if error in expected["problems"]] == expected["problems"]
    assert records_titled(halfway_server, "Kaputt") == []


@pytest.mark.parametrize("language", sorted(HALFWAY))
def test_the_panel_names_a_refused_file_and_the_retry_in_the_language(
    plugin_in, language, sample_map, make_dock, store_login, tmp_path, tmp_path_factory, qgis_iface
):
    from local_server import start_local_server
    from panel_helpers import fill_panel, press_publish

    expected = HALFWAY[language]
    plugin_in(language)
    dock = make_dock()
    qgis_iface.messageBar().clear_messages()
    # A proxy that refuses uploads over 2 kB: the snapshot record is created, its file refused (413).
    with start_local_server(tmp_path_factory.mktemp("languages-413"), max_upload_bytes=2000) as limited:
        fill_panel(dock, limited, store_login(limited.username, limited.password), tmp_path)
        press_publish(dock)
    pk = dock.last_error.snapshot_pk
    [shown] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert expected["too_large"] in shown
    assert f"{expected['created'].format(pk=pk)} {expected['panel_retry'].format(pk=pk)}" in shown
