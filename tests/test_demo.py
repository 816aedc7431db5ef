"""`make demo`'s script end to end: it must succeed and leave the project, a real preview and the snapshot."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from conftest import REPO_ROOT
from qgis.PyQt.QtGui import QColor, QImage

from gemeindescan_uploader.validation import validate_snapshot

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    output = tmp_path_factory.mktemp("demo-output")
    outside = ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_AUTH_PASSWORD_FILE", "GEMEINDESCAN_PASSWORD")
    environment = {key: value for key, value in os.environ.items() if key not in outside}
    process = subprocess.run(
        [sys.executable, "scripts/demo.py", "--output", str(output)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=240,
        env=environment,
    )
    return process, output


def test_demo_succeeds_and_prints_the_links(demo_run):
    process, _ = demo_run
    assert process.returncode == 0, process.stdout + process.stderr
    link = re.search(r"Snapshot link: +(http://127\.0\.0\.1:\d+/([A-Z0-9]{6})/)", process.stdout)
    assert link, process.stdout
    assert re.search(rf"In its workspace: +http://127\.0\.0\.1:\d+/\w+/{link.group(2)}/", process.stdout)
    assert re.search(rf"Stored file: +http://127\.0\.0\.1:\d+/\S+{link.group(2)}\.json", process.stdout)
    assert f"still snapshot {link.group(2)}, once in the workspace" in process.stdout
    assert "identical to snapshot.json" in process.stdout


def test_demo_leaves_a_valid_snapshot_and_the_project(demo_run):
    _, output = demo_run
    snapshot = json.loads((output / "snapshot.json").read_text(encoding="utf-8"))
    assert validate_snapshot(snapshot) == []
    assert len(snapshot["resources"]) == 3
    assert (output / "demo-project.qgs").stat().st_size > 0
    assert (output / "demo-data.gpkg").stat().st_size > 0


def test_demo_preview_shows_the_styled_map(demo_run, qgis_app):
    _, output = demo_run
    image = QImage(str(output / "preview.png"))
    assert not image.isNull() and image.width() >= 500 and image.height() >= 300
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 5, "the preview is blank"
    # Each zone category's fill (drawn at 80 % opacity over white) appears somewhere in the picture.
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import sample_project

    for fill in sample_project.ZONE_COLOURS.values():
        assert any(close_to(QColor(colour), blended(QColor(fill), 0.8)) for colour in colours), fill


def blended(colour: QColor, opacity: float) -> QColor:
    """``colour`` drawn with ``opacity`` over white."""
    red, green, blue = (
        round(opacity * channel + (1 - opacity) * 255)
        for channel in (colour.red(), colour.green(), colour.blue())
    )
    return QColor(red, green, blue)


def close_to(first: QColor, second: QColor, tolerance: int = 6) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(first.getRgb()[:3], second.getRgb()[:3]))


def test_demo_publishes_from_the_panel_and_leaves_its_picture(demo_run, qgis_app):
    process, output = demo_run
    link = re.search(r"Snapshot link: +http://127\.0\.0\.1:\d+/([A-Z0-9]{6})/", process.stdout)
    assert link
    assert f"Published from the Gemeindescan panel -> snapshot {link.group(1)} updated" in process.stdout
    image = QImage(str(output / "panel.png"))
    assert not image.isNull() and image.width() >= 300 and image.height() >= 600
    colours = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)
    }
    assert len(colours) > 10, "the panel picture is blank"


def test_demo_project_opens_showing_its_map_and_remembers_the_panel(demo_run):
    import xml.etree.ElementTree as ElementTree

    _, output = demo_run
    root = ElementTree.parse(output / "demo-project.qgs").getroot()
    canvas = root.find("./mapcanvas[@name='theMapCanvas']")
    assert canvas is not None, "no saved map view: QGIS would open the project at 1:1 with an empty canvas"
    extent = [float(canvas.findtext(f"extent/{key}")) for key in ("xmin", "ymin", "xmax", "ymax")]
    sys.path.insert(0, str(REPO_ROOT / "scripts"))
    import sample_project

    # The sample's area (LV95 metres around Zürich main station) with the view margin on each side.
    area = sample_project.sample_extent()
    margin = sample_project.VIEW_MARGIN
    assert extent == [
        area.xMinimum() - margin,
        area.yMinimum() - margin,
        area.xMaximum() + margin,
        area.yMaximum() + margin,
    ]
    assert canvas.findtext("destinationsrs/spatialrefsys/authid") == "EPSG:2056"
    panel = root.find("./properties/Gemeindescan")
    assert panel is not None and panel.findtext("bfs_number") == "261"
    assert len(panel.findtext("snapshot_pk")) == 6
