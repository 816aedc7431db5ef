"""Golden tests: a layer plus a ``.qml`` style in, the per-feature styles and the legend out."""

from __future__ import annotations

from dataclasses import asdict

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsGeometry,
    QgsRectangle,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QColor

from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.dashes import DASH_PATTERN
from gemeindescan_uploader.export.legend import legend_entries
from gemeindescan_uploader.export.marks import MARKS_KEY
from gemeindescan_uploader.export.symbology import LayerStyler
from tests.structural import assert_matches
from tests.symbology_layers import SWISS, build_layer, case_context, case_names, load_case

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


@pytest.mark.parametrize("name", case_names())
def test_the_exports_style_lookup_matches_the_style(name):
    # The exporter asks shared_style_for (categorized layers: looked up by the class value), twice per
    # value here, so that the second answer comes from what the first one remembered.
    case = load_case(name)
    layer = build_layer(case)
    with LayerStyler(layer, case_context(case)) as styler:
        features = list(layer.getFeatures())
        styles = [styler.shared_style_for(feature, feature.attributes()) for feature in features * 2]
    for rows in (styles[: len(features)], styles[len(features) :]):
        actual = [
            {"attributes": row["attributes"], "style": _plain(style)}
            for row, style in zip(case["features"], rows)
        ]
        assert_matches(actual, case["features"], **TOLERANCE)


def test_a_categorized_layer_is_styled_by_the_class_value_it_is_given():
    # Whole-number classes, an "all other values" category and NULL: the value decides, not the renderer
    # per feature. Given another feature's values, the style is that of those values.
    layer = QgsVectorLayer("Polygon?crs=EPSG:2056&field=klasse:integer", "Klassen", "memory")
    categories = []
    for value, colour in ((1, "#ff0000"), (2, "#00ff00"), ("", "#0000ff")):
        symbol = QgsSymbol.defaultSymbol(layer.geometryType())
        symbol.setColor(QColor(colour))
        categories.append(QgsRendererCategory(value, symbol, str(value)))
    layer.setRenderer(QgsCategorizedSymbolRenderer("klasse", categories))
    features = []
    for value in (1, 2, 7, None, 2):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("klasse", value)
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)))
        features.append(feature)
    context = ExportContext.for_extent(QgsRectangle(2600000, 1200000, 2601000, 1200500), SWISS, scale=10000)
    with LayerStyler(layer, context) as styler:
        fills = [styler.shared_style_for(feature, feature.attributes())["fill"] for feature in features]
        assert fills == ["#ff0000", "#00ff00", "#0000ff", "#0000ff", "#00ff00"]
        assert [styler.style_for(feature)["fill"] for feature in features] == fills
        assert styler.shared_style_for(features[0], features[1].attributes())["fill"] == "#00ff00"
        # One dict for the features drawn alike, and style_for hands out a copy to change.
        assert styler.shared_style_for(features[1], [2]) is styler.shared_style_for(features[4], [2])
        assert styler.style_for(features[1]) is not styler.style_for(features[1])
