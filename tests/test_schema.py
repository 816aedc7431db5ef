"""The offline schema validator itself: it accepts a minimal snapshot and catches what the schema forbids."""

from __future__ import annotations

import copy

import pytest

from tests.schema import SCHEMA_DIR, assert_valid_snapshot, require_schema, schema_problems

LICENCE = [
    {
        "name": "CC-BY-4.0",
        "path": "https://creativecommons.org/licenses/by/4.0/",
        "title": "Creative Commons Attribution 4.0",
    }
]
POLYGON_STYLE = {
    "fill": "#ff0000",
    "fill-opacity": 0.5,
    "stroke": "#000000",
    "stroke-opacity": 1,
    "stroke-width": 1,
}


def minimal_snapshot() -> dict:
    return {
        "name": "test",
        "title": "Test",
        "licenses": LICENCE,
        "sources": [{"title": "Test data"}],
        "resources": [
            {
                "name": "parcels",
                "title": "Parcels",
                "mediatype": "application/geo+json",
                "licenses": LICENCE,
                "data": {
                    "type": "FeatureCollection",
                    "features": [
                        {
                            "type": "Feature",
                            "properties": dict(POLYGON_STYLE, owner="Zürich"),
                            "geometry": {
                                "type": "Polygon",
                                "coordinates": [[[8, 47], [8.1, 47], [8.1, 47.1], [8, 47]]],
                            },
                        }
                    ],
                },
            }
        ],
        "views": [
            {
                "name": "map",
                "specType": "gemeindescanSnapshot",
                "resources": ["parcels"],
                "spec": {
                    "title": "Test",
                    "description": "",
                    "attribution": "",
                    "bounds": ["geo:47.000000,8.000000", "geo:47.100000,8.100000"],
                    "legend": [
                        {
                            "label": "Parcels",
                            "size": 1,
                            "shape": "square",
                            "primary": True,
                            "fillColor": "#ff0000",
                            "fillOpacity": 0.5,
                            "strokeColor": "#000000",
                            "strokeWidth": 1,
                            "strokeOpacity": 1,
                        }
                    ],
                },
            }
        ],
    }


def wms_resource() -> dict:
    return {
        "name": "swissimage",
        "title": "SWISSIMAGE",
        "mediatype": "application/vnd.wms",
        "path": "https://wms.geo.admin.ch/",
        "licenses": LICENCE,
        "parameters": {"layers": "ch.swisstopo.swissimage", "format": "image/jpeg", "transparent": False},
    }


def test_minimal_snapshot_is_valid():
    assert_valid_snapshot(minimal_snapshot())


def test_feature_with_fill_set_and_marker_colour_matches_both_branches_and_fails():
    snapshot = minimal_snapshot()
    snapshot["resources"][0]["data"]["features"][0]["properties"]["marker-color"] = "#00ff00"
    assert schema_problems(snapshot)


def test_exponent_notation_and_single_digit_longitude_in_bounds_fail():
    for corner in ("geo:46.5,1e-05", "geo:47,8"):
        snapshot = minimal_snapshot()
        snapshot["views"][0]["spec"]["bounds"][0] = corner
        assert schema_problems(snapshot), corner


def test_resource_without_licence_entries_and_upper_case_name_fail():
    snapshot = minimal_snapshot()
    snapshot["resources"][0]["licenses"] = []
    assert schema_problems(snapshot)
    snapshot = minimal_snapshot()
    snapshot["resources"][0]["name"] = "Parcels"
    assert schema_problems(snapshot)


def test_published_schema_rejects_wms_resource_which_the_test_validator_checks_separately():
    snapshot = minimal_snapshot()
    snapshot["resources"].insert(0, wms_resource())
    snapshot["views"][0]["resources"].insert(0, "swissimage")
    assert any(p.startswith("resources/0: (oneOf)") for p in schema_problems(snapshot, allow_wms=False))
    assert_valid_snapshot(snapshot)
    broken = copy.deepcopy(snapshot)
    del broken["resources"][0]["licenses"]
    assert schema_problems(broken)
    broken = copy.deepcopy(snapshot)
    broken["resources"][1]["data"]["features"][0]["properties"]["fill"] = "red"
    assert schema_problems(broken)


def test_a_missing_schema_skips_on_a_clone_but_fails_in_ci(monkeypatch, tmp_path):
    missing = tmp_path / "snapshot.json"
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_schema(missing)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true"):
        require_schema(missing)
    require_schema(SCHEMA_DIR / "snapshot.json")  # present here: neither skips nor fails
