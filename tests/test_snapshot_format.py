"""The snapshot format is described once (gemeindescan_uploader/snapshot_format.py) and used everywhere."""

from __future__ import annotations

import re

import pytest
from conftest import REPO_ROOT
from test_portability import shipped_python_files

from gemeindescan_uploader import snapshot_format
from gemeindescan_uploader.cli import build_parser
from gemeindescan_uploader.client import check_title_and_topic
from gemeindescan_uploader.errors import InvalidInput
from gemeindescan_uploader.validation import validate_snapshot

FORMAT_MODULE = "gemeindescan_uploader/snapshot_format.py"
# Literals that name a fact of the format; written anywhere else they would be a second definition.
FORMAT_LITERALS = [
    r'"application/(geo\+json|vnd\.simplestyle-extended|vnd\.mapbox-vector-tile|vnd\.wms)"',
    r"mapbox://styles/\\w",
    r'\(\s*"fill",\s*"fill-opacity"',
    r'\{\s*"radius",',
    r"maxValue=15\b|<= 15\b|\b150 characters|\b100 characters",
]


@pytest.mark.parametrize("pattern", FORMAT_LITERALS)
def test_format_facts_are_written_only_in_the_format_module(pattern):
    offenders = []
    for path in shipped_python_files():
        if path.relative_to(REPO_ROOT).as_posix() == FORMAT_MODULE:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if re.search(pattern, line):
                offenders.append(f"{path.relative_to(REPO_ROOT)}:{number}: {line.strip()}")
    assert not offenders, f"import it from {FORMAT_MODULE}:\n" + "\n".join(offenders)


def test_the_command_line_offers_the_format_limits():
    export = build_parser().parse_args(["export", "--project", "project.qgs", "--output", "x.json"])
    assert export.precision == snapshot_format.DEFAULT_PRECISION


def test_title_limit_is_the_format_limit():
    check_title_and_topic("t" * snapshot_format.MAX_TITLE_LENGTH, "topic")
    with pytest.raises(InvalidInput):
        check_title_and_topic("t" * (snapshot_format.MAX_TITLE_LENGTH + 1), "topic")


def test_validation_refuses_a_background_that_is_no_mapbox_style():
    snapshot = {
        "resources": [
            {
                "name": "background",
                "mediatype": snapshot_format.VECTOR_TILES,
                "path": "https://tiles.example.org/style.json",
            }
        ]
    }
    problems = validate_snapshot(snapshot)
    assert any(snapshot_format.MAPBOX_STYLE_EXAMPLE in problem for problem in problems), problems
