"""Golden tests: a layer plus a ``.qml`` style in, the per-feature styles and the legend out."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from gemeindescan_uploader.export.dashes import DASH_PATTERN
from gemeindescan_uploader.export.legend import legend_entries
from gemeindescan_uploader.export.marks import MARKS_KEY
from gemeindescan_uploader.export.symbology import LayerStyler
from tests.structural import assert_matches
from tests.symbology_layers import build_layer, case_context, case_names, load_case

# Widths and radii are rounded to 3 decimals, expected values are typed with 4.
TOLERANCE = {"rel": 1e-6, "abs_tol": 1e-3}


@pytest.mark.parametrize("name", case_names())
def test_feature_styles_match_the_style(name):
    case = load_case(name)
    layer = build_layer(case)
    with LayerStyler(layer, case_context(case)) as styler:
        styles = [styler.style_for(feature) for feature in layer.getFeatures()]
    # The memory provider keeps insertion order; the attributes only label a difference.
    actual = [
        {"attributes": row["attributes"], "style": _plain(style)}
        for row, style in zip(case["features"], styles)
    ]
    assert len(styles) == len(case["features"])
    assert_matches(actual, case["features"], **TOLERANCE)


def _plain(style: dict | None) -> dict | None:
    """The style as JSON would hold it: a dash pattern (or hash marks) as its fields, unset ones left out.

    A style with marks is compared by its flat fallback (the look these goldens work out, written when
    the marks cannot be); the marks themselves are checked in test_symbology_marks.py.
    """
    if style is not None and MARKS_KEY in style:
        style = style[MARKS_KEY].fallback
    if style is None or DASH_PATTERN not in style:
        return style
    fields = asdict(style[DASH_PATTERN]).items()
    plain = {
        name: list(value) if isinstance(value, tuple) else value
        for name, value in fields
        if value is not None
    }
    return {**style, DASH_PATTERN: plain}


@pytest.mark.parametrize("name", case_names())
def test_legend_matches_the_style(name):
    case = load_case(name)
    layer = build_layer(case)
    assert_matches(legend_entries(layer, case_context(case)), case["legend"], **TOLERANCE)
