"""Every golden style and legend entry passes the snapshot profile's own rules for them.

The parts of ``../shared/schemas/snapshot.json`` that constrain feature style properties and legend
entries are checked here on their own; the exporter's tests check whole snapshots.
"""

from __future__ import annotations

import json

import pytest

from gemeindescan_uploader.export.legend import legend_entries
from gemeindescan_uploader.export.symbology import LayerStyler
from tests.conftest import SHARED_DIR
from tests.schema import require_schema
from tests.symbology_layers import build_layer, case_context, case_names, load_case

jsonschema = pytest.importorskip("jsonschema")
SNAPSHOT_SCHEMA = SHARED_DIR / "schemas" / "snapshot.json"


@pytest.fixture(scope="module")
def schemas():
    """Validators for simplestyle properties, L.Circle properties and legend entries."""
    require_schema(SNAPSHOT_SCHEMA)
    snapshot = json.loads(SNAPSHOT_SCHEMA.read_text(encoding="utf-8"))
    geojson, circles = snapshot["properties"]["resources"]["items"]["oneOf"][:2]

    def feature_properties(resource: dict) -> dict:
        return resource["properties"]["data"]["properties"]["features"]["items"]["properties"]["properties"]

    legend = snapshot["properties"]["views"]["items"]["properties"]["spec"]["properties"]["legend"]
    validator = jsonschema.Draft4Validator
    return {
        "simplestyle": validator(feature_properties(geojson)),
        "circle": validator(feature_properties(circles)),
        "legend": validator(legend),
    }


@pytest.mark.parametrize("name", case_names())
def test_styles_and_legend_follow_the_snapshot_profile(name, schemas):
    case = load_case(name)
    layer = build_layer(case)
    context = case_context(case)
    with LayerStyler(layer, context) as styler:
        styles = [styler.style_for(feature) for feature in layer.getFeatures()]
        kind = "circle" if styler.geometry_kind == "point" else "simplestyle"
    for style in filter(None, styles):
        errors = [error.message for error in schemas[kind].iter_errors(style)]
        assert not errors, (style, errors)
    errors = [error.message for error in schemas["legend"].iter_errors(legend_entries(layer, context))]
    assert not errors
