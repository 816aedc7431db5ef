"""Every text an analyst sees is marked for translation, and German, French and Italian translate it all."""

from __future__ import annotations

import re
import shutil
import string
import textwrap
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from conftest import REPO_ROOT
from untranslated import (
    bare_tr_calls,
    english_sentences,
    error_class_names,
    marked_texts,
    unmarked_in_python,
    unmarked_in_ui,
)

from scripts import translations as translation_tools

# QGIS-side code: what it shows goes through tr(); Python files of the widgets, plugin and Processing.
QGIS_SIDE = ["plugin.py", "ui", "gemeindescan_uploader/processing", "gemeindescan_uploader/translation.py"]
# Core code whose errors carry catalogue messages (gemeindescan_uploader/messages.py) instead of English text.
CATALOGUED = [
    "gemeindescan_uploader/export",
    "gemeindescan_uploader/processing",
    "gemeindescan_uploader/snapshot_import",
    "gemeindescan_uploader/client",
    "gemeindescan_uploader/errors.py",
    "gemeindescan_uploader/credentials.py",
    "gemeindescan_uploader/background.py",
    "gemeindescan_uploader/output_paths.py",
    "gemeindescan_uploader/validation.py",
    "gemeindescan_uploader/publish.py",
    "gemeindescan_uploader/pipeline.py",
    "gemeindescan_uploader/tasks.py",
    "gemeindescan_uploader/progress.py",
]
# Code that may hold no English sentence outside the catalogue or tr(): everything but the catalogue
# itself, the command line (it speaks English), and the JSON reader (its texts are Python json's own).
SPOKEN_CORE = ["plugin.py", "ui", "gemeindescan_uploader"]
NOT_SPOKEN = {"messages.py", "json_stream.py", "cli", "_vendor"}
LANGUAGES = translation_tools.LANGUAGES
# The platform's own words: where the English says the first, each translation says the second.
# Words only, not URL parts in capitals (https://…/WORKSPACE/PK/ stays as it is).
GLOSSARY = {
    r"\b[Ss]napshot": {"de": "snapshot", "fr": "snapshot", "it": "snapshot"},
    r"\b[Ww]orkspace": {"de": "arbeitsbereich", "fr": "espace de travail", "it": "area di lavoro"},
    r"\b[Mm]unicipalit": {"de": "gemeinde", "fr": "commune", "it": "comun"},
    r"\bBfS number": {"de": "bfs-nummer", "fr": "numéro ofs", "it": "numero ust"},
}


def python_files(names: list[str]) -> list[Path]:
    files = []
    for name in names:
        path = REPO_ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [path for path in files if "_vendor" not in path.parts]


def messages_of(ts_path: Path) -> list[tuple[str, ElementTree.Element]]:
    """(source, translation element) for every message of a .ts file."""
    root = ElementTree.parse(ts_path).getroot()
    return [(message.findtext("source"), message.find("translation")) for message in root.iter("message")]


def placeholders(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_qgis_side_texts_are_marked_for_translation():
    errors_module = REPO_ROOT / "gemeindescan_uploader" / "errors.py"
    errors = error_class_names(errors_module.read_text(encoding="utf-8"))
    findings = []
    for path in python_files(QGIS_SIDE):
        findings += unmarked_in_python(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    for path in python_files(CATALOGUED):
        findings += unmarked_in_python(
            path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)), error_classes=errors
        )
    for path in python_files(["plugin.py", "ui", "gemeindescan_uploader"]):
        findings += bare_tr_calls(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    for path in sorted(REPO_ROOT.glob("ui/**/*.ui")):
        findings += unmarked_in_ui(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    assert not findings, "\n".join(str(finding) for finding in findings)


def test_the_core_says_nothing_to_analysts_outside_the_catalogue():
    """Errors, problem lists, retry hints and progress lines are catalogue templates (or tr() texts)."""
    findings = []
    for path in python_files(SPOKEN_CORE):
        if not NOT_SPOKEN & {*path.relative_to(REPO_ROOT).parts}:
            findings += english_sentences(path.read_text(encoding="utf-8"), str(path.relative_to(REPO_ROOT)))
    assert not findings, "\n".join(str(finding) for finding in findings)


def test_the_sentence_scan_finds_english_outside_the_catalogue():
    source = textwrap.dedent(
        '''
        """A module docstring is for developers."""
        def check(name, problems, error):
            """So is this one."""
            problems.append(f"Layer {name!r}: its name is too long.")
            problems.append(Message(messages.RESOURCE_NAME_TWICE, label=name))
            log.warning("Logout failed: %s", error)
            error.message = "Your session has expired."
            raise ServerError(Message(messages.SERVER_COULD_NOT), detail=f"POST /graphql/ -> {error}")
            if "Connection refused" in str(error):
                return "no geometry."
            detail = "GraphQL errors: " + name
            parts.append(f"Publish again to snapshot {name} to complete it.")
            title = "Background map"  # untranslated: snapshot data
            raise ValueError("publishing needs credentials")
        '''
    )
    findings = english_sentences(source, "sample.py")
    assert sorted(finding.line for finding in findings) == [5, 8, 11, 13]


def test_the_scan_finds_texts_an_analyst_would_see_untranslated():
    source = textwrap.dedent(
        """
        def build(self, dock, feedback, name):
            self.button.setText("Publish")
            self.button.setToolTip(Gemeindescan.tr("Publish the map"))
            QAction(icon, "Open snapshot", parent)
            self.addParameter(QgsProcessingParameterString(self.TITLE, "Title"))
            self.addParameter(QgsProcessingParameterString(self.TOPIC, Gemeindescan.tr("Topic")))
            feedback.pushInfo(f"Snapshot link: {name}")
            Gemeindescan.tr(f"Layer {name}")
            QMessageBox.warning(dock, Gemeindescan.tr("Gemeindescan"), "Could not publish")
            logging.warning("only for the log")
            raise UnsupportedLayer(f"Layer {name} is a table.")
            raise UnsupportedLayer(Message(messages.LAYER_IS_TABLE, layer=name))
            tr("Publish")
        """
    )
    findings = unmarked_in_python(source, "sample.py", error_classes=frozenset({"UnsupportedLayer"}))
    assert sorted(finding.line for finding in findings) == [3, 5, 6, 8, 9, 10, 12]
    assert [finding.line for finding in bare_tr_calls(source, "sample.py")] == [14]
    ui = """<ui version="4.0"><widget class="QPushButton" name="publish">
        <property name="text"><string notr="true">Publish</string></property>
        <property name="objectName"><string notr="true">publish</string></property>
        <property name="toolTip"><string>Publish the map</string></property></widget></ui>"""
    assert [str(finding) for finding in unmarked_in_ui(ui, "panel.ui")] == [
        "panel.ui:0: property text “Publish” is notr"
    ]


@pytest.fixture(scope="module")
def updated_ts_files(tmp_path_factory) -> dict[str, Path]:
    """Copies of i18n/*.ts brought up to date with the code, as `make translations` would."""
    folder = tmp_path_factory.mktemp("i18n")
    copies = []
    for source in translation_tools.ts_files():
        copies.append(folder / source.name)
        shutil.copy(source, copies[-1])
    translation_tools.update(copies)
    return dict(zip(LANGUAGES, copies))


def test_pylupdate_finds_every_marked_text(updated_ts_files):
    """A marked text pylupdate5 cannot read (e.g. ``tr("…",)`` from ruff format) would stay English."""
    extracted = {source for source, _ in messages_of(updated_ts_files["de"])}
    marked = set()
    for path in python_files(["plugin.py", "ui", "gemeindescan_uploader"]):
        marked |= marked_texts(path.read_text(encoding="utf-8"))
    assert marked, "no marked texts found: the scan is broken"
    assert not marked - extracted, sorted(marked - extracted)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_in_the_code_has_a_finished_translation(updated_ts_files, language):
    unfinished = [
        source
        for source, translation in messages_of(updated_ts_files[language])
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not translation.text
    ]
    assert not unfinished, (
        f"{len(unfinished)} texts without a {language} translation (run `make translations` and translate "
        "them in i18n/gemeindescan_{language}.ts):\n" + "\n".join(unfinished)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ts_file_in_the_repository_is_up_to_date(updated_ts_files, language):
    committed = {source for source, _ in messages_of(REPO_ROOT / "i18n" / f"gemeindescan_{language}.ts")}
    current = {source for source, _ in messages_of(updated_ts_files[language])}
    assert committed == current, "run `make translations`"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_every_placeholder(language):
    broken = [
        (source, translation.text)
        for source, translation in messages_of(REPO_ROOT / "i18n" / f"gemeindescan_{language}.ts")
        if translation.text and placeholders(source) != placeholders(translation.text)
    ]
    assert not broken, broken


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_use_the_platforms_words(language):
    missing = []
    for source, translation in messages_of(REPO_ROOT / "i18n" / f"gemeindescan_{language}.ts"):
        for english, words in GLOSSARY.items():
            translated = (translation.text or "").lower()
            if re.search(english, source) and words[language] not in translated:
                missing.append(f"{words[language]!r} missing in: {translation.text}")
    assert not missing, "\n".join(missing)


def test_german_follows_swiss_spelling():
    sharp_s = [
        translation.text
        for _, translation in messages_of(REPO_ROOT / "i18n" / "gemeindescan_de.ts")
        if "ß" in (translation.text or "")
    ]
    assert not sharp_s, sharp_s
