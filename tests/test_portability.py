"""Shipped code stays portable between QGIS 3 (PyQt5) and QGIS 4 (PyQt6)."""

from __future__ import annotations

import re

import pytest
from conftest import REPO_ROOT

# Unscoped enum values such as Qt.AlignLeft; PyQt6 only knows Qt.AlignmentFlag.AlignLeft.
UNSCOPED_QT_ENUM = r"\bQt\.[A-Z]\w*\b(?!\.)(?!\s*\()"
# Patterns that work on PyQt5 only, with the portable spelling to use instead.
PYQT5_ONLY = {
    r"^\s*(from|import) PyQt[56]\b": "import Qt through qgis.PyQt",
    r"\.exec_\(": "call exec() instead of exec_()",
    UNSCOPED_QT_ENUM: "use the scoped enum, e.g. Qt.AlignmentFlag.AlignLeft",
}


# QGIS enums that QGIS 4 only has under new names (Qgis.DistanceUnit.Meters, ...ColoringMethod.SingleColor):
# shipped code reaches them through the one compatibility module instead.
QGIS3_ONLY_ENUM = r"\b(QgsUnitTypes|QgsInterpolatedLineColor)\.[A-Z]\w*"
# A version look-up of a Qt/QGIS name, such as getattr(Qgis, "WkbType", None) or hasattr(QgsWkbTypes, ...).
VERSION_LOOKUP = r"\b(getattr|hasattr)\((Qgis|Qgs\w+|Qt|Q[A-Z]\w*)\b"
COMPAT_MODULE = "gemeindescan_uploader/qgis_compat.py"


def shipped_python_files():
    files = [REPO_ROOT / "__init__.py", REPO_ROOT / "plugin.py"]
    for folder in ("ui", "gemeindescan_uploader"):
        files += [path for path in (REPO_ROOT / folder).rglob("*.py") if "_vendor" not in path.parts]
    return files


@pytest.mark.parametrize("pattern, advice", PYQT5_ONLY.items())
def test_no_pyqt5_only_spelling(pattern, advice):
    offenders = []
    for path in shipped_python_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line):
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert not offenders, f"{advice}:\n" + "\n".join(offenders)


def test_the_check_catches_an_unscoped_enum():
    assert re.search(UNSCOPED_QT_ENUM, "layout.setAlignment(Qt.AlignLeft)")
    assert not re.search(UNSCOPED_QT_ENUM, "layout.setAlignment(Qt.AlignmentFlag.AlignLeft)")


def test_metadata_declares_qt6_support():
    assert "supportsQt6=True" in (REPO_ROOT / "metadata.txt").read_text(encoding="utf-8").splitlines()


def lines_outside_the_compat_module(pattern: str) -> list[str]:
    offenders = []
    for path in shipped_python_files():
        if path.relative_to(REPO_ROOT).as_posix() == COMPAT_MODULE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line) and '"""' not in line:
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    return offenders


def test_no_qgis3_only_enum_outside_the_compat_module():
    offenders = lines_outside_the_compat_module(QGIS3_ONLY_ENUM)
    assert not offenders, f"go through {COMPAT_MODULE}:\n" + "\n".join(offenders)


def test_version_lookups_of_qt_and_qgis_names_live_in_the_compat_module():
    offenders = lines_outside_the_compat_module(VERSION_LOOKUP)
    advice = f"add the look-up to {COMPAT_MODULE} and import it from there"
    assert not offenders, f"{advice}:\n" + "\n".join(offenders)


def test_there_is_one_compat_module():
    names = {
        path.relative_to(REPO_ROOT).as_posix() for path in shipped_python_files() if "compat" in path.name
    }
    assert names == {COMPAT_MODULE}


def test_the_lookup_check_catches_a_getattr_on_qgis():
    assert re.search(VERSION_LOOKUP, 'scoped = getattr(Qgis, "WkbType", None)')
    assert re.search(VERSION_LOOKUP, 'hasattr(QgsWkbTypes, "PointGeometry")')
    assert not re.search(VERSION_LOOKUP, 'getattr(feedback, "pushInfo", None)')
