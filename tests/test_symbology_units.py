"""Sizes and widths at the export scale, field needs, renderer kinds and legend options of the styler."""

from __future__ import annotations

import math
import threading

import pytest
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsHeatmapRenderer,
    QgsLayerTreeLayer,
    QgsMapLayerLegendUtils,
    QgsMarkerSymbol,
    QgsPointDisplacementRenderer,
    QgsPointXY,
    QgsProject,
    QgsProperty,
    QgsRectangle,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
)

from gemeindescan_uploader.errors import UnsupportedLayer
from gemeindescan_uploader.export.context import ExportContext
from gemeindescan_uploader.export.legend import legend_entries
from gemeindescan_uploader.export.symbology import LayerStyler
from gemeindescan_uploader.export.units import export_render_context, map_units_per_pixel, to_css_px
from tests.structural import assert_matches
from tests.symbology_layers import EXTENT, SWISS, build_layer, case_context, load_case

RenderUnit = QgsUnitTypes.RenderUnit


def memory_layer(geometry: str, fields: str = "", name: str = "Test") -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2056{fields}", name, "memory")
    assert layer.isValid()
    return layer


def add_point(layer: QgsVectorLayer, *values) -> QgsFeature:
    feature = QgsFeature(layer.fields())
    feature.setAttributes(list(values))
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(2600500, 1200250)))
    assert layer.dataProvider().addFeatures([feature])[0]
    return next(layer.getFeatures())


@pytest.mark.parametrize(
    "value, unit, expected_px",
    [
        # A CSS px is 1/96 inch = 25.4 / 96 mm; at 1:10000 it covers 2.6458 m of ground.
        (0.56, RenderUnit.RenderMillimeters, 0.56 * 96 / 25.4),
        (2.0, RenderUnit.RenderPoints, 2 * 96 / 72),
        (0.1, RenderUnit.RenderInches, 0.1 * 96),
        (3.0, RenderUnit.RenderPixels, 3.0),
        (5.6, RenderUnit.RenderMapUnits, 5.6 / (10 * 25.4 / 96)),
        (8.4, RenderUnit.RenderMetersInMapUnits, 8.4 / (10 * 25.4 / 96)),
    ],
)
def test_every_render_unit_becomes_css_pixels_at_the_export_scale(value, unit, expected_px):
    context = ExportContext.for_extent(EXTENT, SWISS, scale=10000)
    render_context = export_render_context(context)
    assert to_css_px(render_context, value, unit) == pytest.approx(expected_px, rel=1e-6)


def test_map_units_in_degrees_follow_the_ground_scale():
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    extent = QgsRectangle(7.40, 46.90, 7.50, 46.95)
    headless = ExportContext.for_extent(extent, wgs84)
    assert map_units_per_pixel(headless) == pytest.approx(extent.width() / 800)
    zoomed_in = ExportContext.for_extent(extent, wgs84, scale=headless.scale / 2)
    render_context = export_render_context(zoomed_in)
    # Half the scale denominator: one degree-pixel of the headless view is two pixels now.
    assert to_css_px(render_context, extent.width() / 800, RenderUnit.RenderMapUnits) == pytest.approx(2.0)
    # 100 m eastwards at the view's centre latitude, in degrees of longitude, then in degree-pixels.
    degrees = 100 / (111319.49 * math.cos(math.radians(extent.center().y())))
    metres = to_css_px(render_context, 100, RenderUnit.RenderMetersInMapUnits)
    assert metres == pytest.approx(degrees / map_units_per_pixel(zoomed_in), rel=0.01)


def test_headless_point_radius_is_the_marker_at_the_viewers_zoom():
    layer = memory_layer("Point")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"size": "2", "color": "1,2,3"})))
    feature = add_point(layer)
    context = ExportContext.for_extent(EXTENT, SWISS)
    with LayerStyler(layer, context) as styler:
        style = styler.style_for(feature)
    # 1000 m at 46.9547° N would fill 800 px at zoom 16.38; the viewer shows zoom 16, where an L.Circle
    # radius of 2π·6371 km·cos(46.9547°) / (256·2^16) = 1.62862 m is one CSS px. 2 mm = 7.5591 px wide.
    assert context.viewer_zoom == 16
    assert style["radius"] == pytest.approx(2 * 96 / 25.4 / 2 * 1.62862, abs=1e-3)
    assert style["fillColor"] == "#010203"


def test_reference_scale_grows_symbols_when_zoomed_in():
    layer = memory_layer("Polygon")
    renderer = QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"outline_width": "0.56"}))
    renderer.setReferenceScale(20000)
    layer.setRenderer(renderer)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)))
    # Drawn at half its reference scale, the 0.56 mm outline is twice as wide: 1.12 mm = 4.2331 CSS px.
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        assert styler.style_for(feature)["stroke-width"] == pytest.approx(1.12 * 96 / 25.4, abs=1e-3)


def test_required_fields_are_those_of_classes_rules_and_overrides():
    layer = memory_layer(
        "Point", "&field=art:string&field=farbe:string&field=groesse:double" "&field=unused:int"
    )
    symbol = QgsMarkerSymbol.createSimple({})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyFillColor, QgsProperty.fromField("farbe")
    )
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertySize, QgsProperty.fromExpression('"groesse" * 2')
    )
    layer.setRenderer(QgsCategorizedSymbolRenderer("art", [QgsRendererCategory("a", symbol, "A")]))
    context = ExportContext.for_extent(EXTENT, SWISS, scale=10000)
    assert LayerStyler(layer, context).required_fields() == {"art", "farbe", "groesse"}

    root = QgsRuleBasedRenderer.Rule(None)
    root.appendChild(QgsRuleBasedRenderer.Rule(QgsMarkerSymbol.createSimple({}), 0, 0, '"groesse" > 3'))
    layer.setRenderer(QgsRuleBasedRenderer(root))
    assert LayerStyler(layer, context).required_fields() == {"groesse"}


def test_a_table_without_geometry_is_refused():
    table = QgsVectorLayer("None?field=name:string", "Tabelle", "memory")
    with pytest.raises(UnsupportedLayer):
        LayerStyler(table, ExportContext.for_extent(EXTENT, SWISS, scale=10000))


def test_renderers_that_draw_no_symbols_leave_every_feature_out():
    layer = memory_layer("Point")
    layer.setRenderer(QgsHeatmapRenderer())
    feature = add_point(layer)
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        assert styler.style_for(feature) is None


def test_point_displacement_styles_features_with_its_embedded_renderer():
    layer = memory_layer("Point", "&field=art:string")
    categories = [QgsRendererCategory("a", QgsMarkerSymbol.createSimple({"color": "10,20,30"}), "A")]
    displacement = QgsPointDisplacementRenderer()
    displacement.setEmbeddedRenderer(QgsCategorizedSymbolRenderer("art", categories))
    layer.setRenderer(displacement)
    feature = add_point(layer, "a")
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        assert styler.style_for(feature)["fillColor"] == "#0a141e"


def test_styles_of_a_data_defined_symbol_are_not_shared_between_features():
    layer = memory_layer("Polygon", "&field=farbe:string")
    symbol = QgsFillSymbol.createSimple({"color": "0,0,0"})
    symbol.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyFillColor, QgsProperty.fromField("farbe")
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    features = []
    for colour in ("#ff0000", "#00ff00", "#ff0000"):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([colour])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)))
        features.append(feature)
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        fills = [styler.style_for(feature)["fill"] for feature in features]
    assert fills == ["#ff0000", "#00ff00", "#ff0000"]


def test_legend_shape_and_primary_can_be_set_per_layer():
    layer = memory_layer("Polygon", name="Zonen")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple({"color": "1,2,3"})))
    context = ExportContext.for_extent(EXTENT, SWISS, scale=10000)
    [entry] = legend_entries(layer, context, primary=False, shape="circle")
    assert (entry["label"], entry["shape"], entry["primary"], entry["fillColor"]) == (
        "Zonen",
        "circle",
        False,
        "#010203",
    )
    with pytest.raises(ValueError):
        legend_entries(layer, context, shape="star")


def test_legend_uses_the_labels_the_user_gave_in_the_layer_tree():
    layer = memory_layer("Polygon", "&field=art:string", name="Zonen")
    layer.setRenderer(
        QgsCategorizedSymbolRenderer(
            "art",
            [
                QgsRendererCategory("a", QgsFillSymbol.createSimple({}), "A"),
                QgsRendererCategory("b", QgsFillSymbol.createSimple({}), "B"),
            ],
        )
    )
    project = QgsProject.instance()
    project.addMapLayer(layer)
    try:
        tree_layer: QgsLayerTreeLayer = project.layerTreeRoot().findLayer(layer.id())
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(tree_layer, 1, "Bäche")
        labels = [
            entry["label"]
            for entry in legend_entries(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000))
        ]
    finally:
        project.removeMapLayer(layer.id())
    assert labels == ["A", "Bäche"]


def test_radius_follows_the_viewers_zoom_not_the_canvas_scale():
    layer = memory_layer("Point")
    layer.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple({"size": "3", "size_unit": "MM"})))
    feature = add_point(layer)
    for scale in (1000, 25000):
        # The canvas scale does not change how the viewer shows the bounds: 3 mm = 11.339 px at zoom 16.
        with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=scale)) as styler:
            radius = styler.style_for(feature)["radius"]
            assert math.isclose(radius, 3 * 96 / 25.4 / 2 * 1.62862, abs_tol=1e-3)


def test_styles_and_legend_come_out_the_same_in_a_worker_thread():
    case = load_case("rule_based")
    layer = build_layer(case)
    context = case_context(case)
    results: dict = {}

    def export_styles():
        try:
            with LayerStyler(layer, context) as styler:
                results["styles"] = [styler.style_for(feature) for feature in layer.getFeatures()]
            results["legend"] = legend_entries(layer, context)
        except Exception as error:  # noqa: BLE001 - reported to the main thread
            results["error"] = error

    worker = threading.Thread(target=export_styles)
    worker.start()
    worker.join(timeout=60)
    assert "error" not in results, results.get("error")
    assert_matches(results["styles"], [row["style"] for row in case["features"]], abs_tol=1e-3)
    assert_matches(results["legend"], case["legend"], abs_tol=1e-3)


def test_a_symbol_with_every_layer_disabled_is_invisible():
    layer = memory_layer("Polygon")
    symbol = QgsFillSymbol.createSimple({"color": "10,20,30"})
    symbol.symbolLayer(0).setEnabled(False)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)))
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        style = styler.style_for(feature)
    assert (style["fill"], style["fill-opacity"], style["stroke-opacity"]) == ("#0a141e", 0.0, 0.0)


def test_data_defined_symbol_opacity_is_in_percent():
    layer = memory_layer("Polygon", "&field=deckkraft:double")
    symbol = QgsFillSymbol.createSimple({"color": "10,20,30", "outline_style": "no"})
    symbol.setDataDefinedProperty(QgsSymbol.PropertyOpacity, QgsProperty.fromField("deckkraft"))
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    feature = QgsFeature(layer.fields())
    feature.setAttributes([40.0])
    feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(2600400, 1200200, 2600450, 1200250)))
    with LayerStyler(layer, ExportContext.for_extent(EXTENT, SWISS, scale=10000)) as styler:
        assert styler.style_for(feature)["fill-opacity"] == pytest.approx(0.4)
