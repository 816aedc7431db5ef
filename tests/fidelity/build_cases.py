"""Build the map-fidelity cases (case.json + GeoPackage + .qml per folder) for ../shared/fidelity.

Each case is one renderer or symbol layer kind from the README's approximation table, drawn on small
synthetic layers around Zürich (EPSG:2056). ``make fidelity`` builds them, exports each with the plugin's
exporter (``export_cases.py``) and scores the snapshot against QGIS with the fidelity harness.
"""

from __future__ import annotations

import argparse
import json
import math
import shutil
from pathlib import Path
from typing import Callable

from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsEllipseSymbolLayer,
    QgsFeature,
    QgsField,
    QgsFields,
    QgsFilledMarkerSymbolLayer,
    QgsFillSymbol,
    QgsFontMarkerSymbolLayer,
    QgsGeometry,
    QgsGeometryGeneratorSymbolLayer,
    QgsGradientFillSymbolLayer,
    QgsGraduatedSymbolRenderer,
    QgsHashedLineSymbolLayer,
    QgsInvertedPolygonRenderer,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPointPatternFillSymbolLayer,
    QgsPointXY,
    QgsProject,
    QgsRandomMarkerFillSymbolLayer,
    QgsRasterFillSymbolLayer,
    QgsRasterMarkerSymbolLayer,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsShapeburstFillSymbolLayer,
    QgsSimpleFillSymbolLayer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSVGFillSymbolLayer,
    QgsSvgMarkerSymbolLayer,
    QgsSymbol,
    QgsUnitTypes,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QPointF, QVariant
from qgis.PyQt.QtGui import QColor, QImage, QPainter

SWISS = QgsCoordinateReferenceSystem("EPSG:2056")
WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")
# Zürich, about 1.6 km × 1.1 km: the viewer shows it at zoom 15 on an 800 × 800 px map.
E0, N0 = 2682200, 1247000
WIDTH, HEIGHT = 1600, 1100
SVG_MARKER = "/usr/share/qgis/svg/symbol/blue-marker.svg"
SVG_FILL = "/usr/share/qgis/svg/backgrounds/background_square.svg"
MM = (
    QgsUnitTypes.RenderUnit.RenderMillimeters
    if hasattr(QgsUnitTypes, "RenderUnit")
    else QgsUnitTypes.RenderMillimeters
)


# --- geometries ------------------------------------------------------------------------------------


def _polygons() -> list[QgsGeometry]:
    """Twelve blocks, 4 × 3, 320 m × 280 m with 60 m streets, slightly skewed to be less regular."""
    blocks = []
    for row in range(3):
        for col in range(4):
            x, y = E0 + 80 + col * 380, N0 + 80 + row * 340
            ring = [
                QgsPointXY(x, y),
                QgsPointXY(x + 320, y + 20),
                QgsPointXY(x + 300, y + 280),
                QgsPointXY(x - 10, y + 260),
                QgsPointXY(x, y),
            ]
            blocks.append(QgsGeometry.fromPolygonXY([ring]))
    return blocks


def _lines() -> list[QgsGeometry]:
    """Six roads: three west-east, three south-north, gently bent."""
    lines = []
    for index in range(3):
        y = N0 + 200 + index * 350
        lines.append(
            QgsGeometry.fromPolylineXY(
                [QgsPointXY(E0 + 60 + step * 185, y + 40 * math.sin(step + index)) for step in range(9)]
            )
        )
    for index in range(3):
        x = E0 + 300 + index * 500
        lines.append(
            QgsGeometry.fromPolylineXY(
                [QgsPointXY(x + 50 * math.sin(step * 0.8 + index), N0 + 60 + step * 140) for step in range(8)]
            )
        )
    return lines


def _points() -> list[QgsGeometry]:
    """Twenty points on a 5 × 4 grid, every other row shifted by half a step."""
    points = []
    for row in range(4):
        for col in range(5):
            x = E0 + 160 + col * 320 + (160 if row % 2 else 0) * 0.5
            points.append(QgsGeometry.fromPointXY(QgsPointXY(x, N0 + 150 + row * 260)))
    return points


GEOMETRIES = {"polygon": _polygons, "line": _lines, "point": _points}
WKB = {"polygon": QgsWkbTypes.Polygon, "line": QgsWkbTypes.LineString, "point": QgsWkbTypes.Point}


def write_layer(path: Path, name: str, kind: str) -> None:
    """A GeoPackage layer ``name`` of ``kind`` with ``id``, ``cls`` (0..3) and ``value`` (0..100) fields."""
    fields = QgsFields()
    fields.append(QgsField("id", QVariant.Int))
    fields.append(QgsField("cls", QVariant.String))
    fields.append(QgsField("value", QVariant.Double))
    fields.append(QgsField("dx", QVariant.Double))
    fields.append(QgsField("dy", QVariant.Double))
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(
        str(path), fields, WKB[kind], SWISS, QgsProject.instance().transformContext(), options
    )
    for index, geometry in enumerate(GEOMETRIES[kind]()):
        feature = QgsFeature(fields)
        feature.setGeometry(geometry)
        feature.setAttributes([index, "abcd"[index % 4], (index * 37) % 101, 30.0 + index, 20.0 - index])
        writer.addFeature(feature)
    del writer


# --- symbols ---------------------------------------------------------------------------------------


def simple_fill(fill: str, stroke: str = "#333333", width: float = 0.3) -> QgsSimpleFillSymbolLayer:
    layer = QgsSimpleFillSymbolLayer(QColor(fill), strokeColor=QColor(stroke), strokeWidth=width)
    return layer


def outline(stroke: str = "#333333", width: float = 0.4) -> QgsSimpleLineSymbolLayer:
    return QgsSimpleLineSymbolLayer(QColor(stroke), width)


def _symbol_with_layers(symbol, *layers):
    """``symbol`` holding exactly ``layers`` instead of its default layer."""
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def fill_symbol(*layers) -> QgsFillSymbol:
    return _symbol_with_layers(QgsFillSymbol(), *layers)


def line_symbol(*layers) -> QgsLineSymbol:
    return _symbol_with_layers(QgsLineSymbol(), *layers)


def marker_symbol(*layers) -> QgsMarkerSymbol:
    return _symbol_with_layers(QgsMarkerSymbol(), *layers)


def circle(fill: str, size: float, stroke: str = "#222222", width: float = 0.3) -> QgsSimpleMarkerSymbolLayer:
    layer = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.decodeShape("circle")[0], size)
    layer.setColor(QColor(fill))
    layer.setStrokeColor(QColor(stroke))
    layer.setStrokeWidth(width)
    return layer


def raster_image(path: Path) -> str:
    """A 64 × 64 PNG: an orange disc with a dark ring on transparency (for raster marker and fill)."""
    image = QImage(64, 64, QImage.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.setBrush(QColor("#e67e22"))
    painter.setPen(QColor("#5d2e0c"))
    painter.drawEllipse(QPointF(32, 32), 26, 26)
    painter.end()
    image.save(str(path))
    return str(path)


# --- the cases -------------------------------------------------------------------------------------


def case_single_fill(folder: Path):
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(simple_fill("#7fb3d5", "#1b4f72", 0.5)))


def case_categorized_fill(folder: Path):
    colours = {"a": "#e74c3c", "b": "#f1c40f", "c": "#2ecc71", "d": "#9b59b6"}
    categories = [
        QgsRendererCategory(value, fill_symbol(simple_fill(colour, "#222222", 0.26)), value)
        for value, colour in colours.items()
    ]
    return "polygon", QgsCategorizedSymbolRenderer("cls", categories)


def case_graduated_points(folder: Path):
    ranges = []
    for index, (low, high, colour, size) in enumerate(
        [(0, 33, "#fee0d2", 2.0), (33, 66, "#fc9272", 3.5), (66, 101, "#de2d26", 5.0)]
    ):
        ranges.append(QgsRendererRange(low, high, marker_symbol(circle(colour, size)), f"class {index}"))
    return "point", QgsGraduatedSymbolRenderer("value", ranges)


def case_rule_based_lines(folder: Path):
    root = QgsRuleBasedRenderer.Rule(None)
    major = QgsSimpleLineSymbolLayer(QColor("#c0392b"), 1.2)
    root.appendChild(QgsRuleBasedRenderer.Rule(line_symbol(major), 0, 0, '"id" < 3', "major"))
    minor = QgsSimpleLineSymbolLayer(QColor("#2980b9"), 0.6)
    root.appendChild(QgsRuleBasedRenderer.Rule(line_symbol(minor), 0, 0, "ELSE", "minor"))
    root.children()[1].setIsElse(True)
    return "line", QgsRuleBasedRenderer(root)


def case_dashed_offset_lines(folder: Path):
    dashed = QgsSimpleLineSymbolLayer(QColor("#8e44ad"), 0.8)
    dashed.setPenStyle(2)  # Qt.DashLine
    casing = QgsSimpleLineSymbolLayer(QColor("#d35400"), 0.5)
    casing.setOffset(1.0)
    return "line", QgsSingleSymbolRenderer(line_symbol(dashed, casing))


def case_gradient_shapeburst(folder: Path):
    gradient = QgsGradientFillSymbolLayer(QColor("#1abc9c"), QColor("#ffffff"))
    burst = QgsShapeburstFillSymbolLayer(QColor("#e67e22"), QColor("#ffffff"))
    categories = [
        QgsRendererCategory("a", fill_symbol(gradient, outline()), "gradient a"),
        QgsRendererCategory("b", fill_symbol(burst, outline()), "shapeburst b"),
        QgsRendererCategory("", fill_symbol(simple_fill("#95a5a6")), "others"),
    ]
    return "polygon", QgsCategorizedSymbolRenderer("cls", categories)


def case_line_pattern_fill(folder: Path):
    pattern = QgsLinePatternFillSymbolLayer()
    pattern.setSubSymbol(line_symbol(QgsSimpleLineSymbolLayer(QColor("#c0392b"), 0.5)))
    pattern.setDistance(2.0)
    pattern.setLineAngle(45)
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(pattern, outline("#641e16", 0.5)))


def case_point_pattern_fill(folder: Path):
    pattern = QgsPointPatternFillSymbolLayer()
    pattern.setSubSymbol(marker_symbol(circle("#27ae60", 1.6, "#27ae60", 0)))
    pattern.setDistanceX(3.0)
    pattern.setDistanceY(3.0)
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(pattern, outline("#145a32", 0.5)))


def case_random_marker_fill(folder: Path):
    random_fill = QgsRandomMarkerFillSymbolLayer(60, seed=7)
    random_fill.setSubSymbol(marker_symbol(circle("#2e86c1", 1.4, "#2e86c1", 0)))
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(random_fill, outline("#1b4f72", 0.4)))


def case_centroid_fill(folder: Path):
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker_symbol(circle("#e74c3c", 3.0)))
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(outline("#34495e", 0.5), centroid))


def case_svg_fill(folder: Path):
    svg = QgsSVGFillSymbolLayer(SVG_FILL, 6.0)
    svg.setSvgFillColor(QColor("#f39c12"))
    svg.setSvgStrokeColor(QColor("#7e5109"))
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(simple_fill("#fdebd0", "#7e5109", 0.4), svg))


def case_raster_fill(folder: Path):
    raster = QgsRasterFillSymbolLayer(raster_image(folder / "tile.png"))
    raster.setWidth(4.0)
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(raster, outline("#5d2e0c", 0.4)))


def case_marker_line(folder: Path):
    markers = QgsMarkerLineSymbolLayer(True, 4.0)
    markers.setSubSymbol(marker_symbol(circle("#16a085", 2.0, "#0e6655", 0.2)))
    return "line", QgsSingleSymbolRenderer(line_symbol(markers))


def case_hashed_line(folder: Path):
    hashed = QgsHashedLineSymbolLayer(True, 1.5)
    hashed.setSubSymbol(line_symbol(QgsSimpleLineSymbolLayer(QColor("#6c3483"), 0.4)))
    hashed.setHashLength(3.0)
    base = QgsSimpleLineSymbolLayer(QColor("#6c3483"), 0.4)
    return "line", QgsSingleSymbolRenderer(line_symbol(base, hashed))


def case_arrow_line(folder: Path):
    arrow = QgsArrowSymbolLayer()
    arrow.setArrowWidth(1.5)
    arrow.setArrowStartWidth(1.5)
    arrow.setHeadLength(3)
    arrow.setHeadThickness(2)
    arrow.setSubSymbol(fill_symbol(simple_fill("#2874a6", "#1b4f72", 0.2)))
    return "line", QgsSingleSymbolRenderer(line_symbol(arrow))


def case_svg_marker(folder: Path):
    svg = QgsSvgMarkerSymbolLayer(SVG_MARKER, 6.0)
    return "point", QgsSingleSymbolRenderer(marker_symbol(svg))


def case_font_marker(folder: Path):
    font = QgsFontMarkerSymbolLayer("DejaVu Sans", "★", 6.0, QColor("#c0392b"))
    return "point", QgsSingleSymbolRenderer(marker_symbol(font))


def case_raster_marker(folder: Path):
    raster = QgsRasterMarkerSymbolLayer(raster_image(folder / "marker.png"), 5.0)
    return "point", QgsSingleSymbolRenderer(marker_symbol(raster))


def case_ellipse_filled_markers(folder: Path):
    ellipse = QgsEllipseSymbolLayer()
    ellipse.setSymbolWidth(5.0)
    ellipse.setSymbolHeight(3.0)
    ellipse.setColor(QColor("#48c9b0"))
    ellipse.setStrokeColor(QColor("#0e6251"))
    filled = QgsFilledMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.decodeShape("square")[0], 4.0)
    filled.setSubSymbol(fill_symbol(simple_fill("#f5b041", "#784212", 0.3)))
    categories = [
        QgsRendererCategory("a", marker_symbol(ellipse), "ellipse"),
        QgsRendererCategory("b", marker_symbol(filled), "filled"),
        QgsRendererCategory("", marker_symbol(circle("#5d6d7e", 3.0)), "others"),
    ]
    return "point", QgsCategorizedSymbolRenderer("cls", categories)


def case_geometry_generator(folder: Path):
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "centroid($geometry)"})
    generator.setSymbolType(QgsSymbol.Marker)
    generator.setSubSymbol(marker_symbol(circle("#8e44ad", 4.0)))
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(outline("#4a235a", 0.5), generator))


def case_inverted_polygons(folder: Path):
    inner = QgsSingleSymbolRenderer(fill_symbol(simple_fill("#566573", "#566573", 0)))
    return "polygon", QgsInvertedPolygonRenderer(inner)


def case_symbol_levels(folder: Path):
    casing = QgsSimpleLineSymbolLayer(QColor("#1c2833"), 1.6)
    core = QgsSimpleLineSymbolLayer(QColor("#f4d03f"), 0.8)
    casing.setRenderingPass(0)
    core.setRenderingPass(1)
    renderer = QgsSingleSymbolRenderer(line_symbol(casing, core))
    renderer.setUsingSymbolLevels(True)
    return "line", renderer


def case_scale_hidden_layer(folder: Path):
    """Two layers: blocks always visible, points hidden at the export scale (visible below 1:2000)."""
    return "polygon", QgsSingleSymbolRenderer(fill_symbol(simple_fill("#d5dbdb", "#7b7d7d", 0.3)))


def case_vector_field_mask(folder: Path):
    field = (
        QgsApplication.symbolLayerRegistry()
        .symbolLayerMetadata("VectorField")
        .createSymbolLayer({"x_attribute": "dx", "y_attribute": "dy", "scale": "0.5"})
    )
    field.setSubSymbol(line_symbol(QgsSimpleLineSymbolLayer(QColor("#1f618d"), 0.6)))
    mask = QgsApplication.symbolLayerRegistry().symbolLayerMetadata("MaskMarker").createSymbolLayer({})
    return "point", QgsSingleSymbolRenderer(marker_symbol(circle("#5dade2", 2.5), field, mask))


def case_hatch_brush_fill(folder: Path):
    categories = []
    for value, (brush, colour) in zip(
        "abcd",
        [("b_diagonal", "#1f618d"), ("cross", "#b03a2e"), ("dense4", "#117a65"), ("horizontal", "#7d3c98")],
    ):
        fill = QgsFillSymbol.createSimple({"color": colour, "style": brush, "outline_color": "#333333"})
        categories.append(QgsRendererCategory(value, fill, brush))
    return "polygon", QgsCategorizedSymbolRenderer("cls", categories)


def case_dashed_polygon_outlines(folder: Path):
    dashed = QgsFillSymbol.createSimple(
        {"color": "#a9cce3", "outline_color": "#1b4f72", "outline_width": "0.6", "outline_style": "dash"}
    )
    custom = outline("#922b21", 0.8)
    custom.setUseCustomDashPattern(True)
    custom.setCustomDashVector([3.0, 1.5, 0.5, 1.5])
    inner = outline("#196f3d", 0.8)
    inner.setOffset(1.5)  # inwards
    outer = outline("#7d3c98", 0.5)
    outer.setOffset(-1.0)  # outwards, dotted
    outer.setPenStyle(3)  # Qt.DotLine
    pen_less = simple_fill("#f5b7b1")
    pen_less.setStrokeStyle(0)  # Qt.NoPen: the custom dashes are the only outline
    categories = [
        QgsRendererCategory("a", dashed, "dashed outline"),
        QgsRendererCategory("b", fill_symbol(pen_less, custom), "custom dashes"),
        QgsRendererCategory("c", fill_symbol(simple_fill("#abebc6"), inner), "inner offset"),
        QgsRendererCategory("d", fill_symbol(simple_fill("#d7bde2", "#4a235a", 0.3), outer), "outer dots"),
    ]
    return "polygon", QgsCategorizedSymbolRenderer("cls", categories)


def case_offset_markers(folder: Path):
    shifted = circle("#f39c12", 3.0)
    shifted.setOffset(QPointF(3.0, -2.0))
    turned = QgsSimpleMarkerSymbolLayer(QgsSimpleMarkerSymbolLayer.decodeShape("square")[0], 3.0)
    turned.setColor(QColor("#2874a6"))
    turned.setOffset(QPointF(0.0, 3.0))
    turned.setAngle(45)
    return "point", QgsSingleSymbolRenderer(marker_symbol(circle("#7b7d7d", 1.5), shifted, turned))


CASES: dict[str, Callable[[Path], tuple]] = {
    "01_single_fill": case_single_fill,
    "02_categorized_fill": case_categorized_fill,
    "03_graduated_points": case_graduated_points,
    "04_rule_based_lines": case_rule_based_lines,
    "05_dashed_offset_lines": case_dashed_offset_lines,
    "06_gradient_shapeburst": case_gradient_shapeburst,
    "07_line_pattern_fill": case_line_pattern_fill,
    "08_point_pattern_fill": case_point_pattern_fill,
    "09_random_marker_fill": case_random_marker_fill,
    "10_centroid_fill": case_centroid_fill,
    "11_svg_fill": case_svg_fill,
    "12_raster_fill": case_raster_fill,
    "13_marker_line": case_marker_line,
    "14_hashed_line": case_hashed_line,
    "15_arrow_line": case_arrow_line,
    "16_svg_marker": case_svg_marker,
    "17_font_marker": case_font_marker,
    "18_raster_marker": case_raster_marker,
    "19_ellipse_filled_markers": case_ellipse_filled_markers,
    "20_geometry_generator": case_geometry_generator,
    "21_inverted_polygons": case_inverted_polygons,
    "22_symbol_levels": case_symbol_levels,
    "23_scale_hidden_layer": case_scale_hidden_layer,
    "24_vector_field_mask": case_vector_field_mask,
    "25_hatch_brush_fill": case_hatch_brush_fill,
    "26_dashed_polygon_outlines": case_dashed_polygon_outlines,
    "27_offset_markers": case_offset_markers,
}


def bounds_4326() -> list[float]:
    """The cases' extent in WGS 84 (west, south, east, north): the layers' area."""
    rect = QgsGeometry.fromPolygonXY(
        [
            [
                QgsPointXY(E0, N0),
                QgsPointXY(E0 + WIDTH, N0),
                QgsPointXY(E0 + WIDTH, N0 + HEIGHT),
                QgsPointXY(E0, N0 + HEIGHT),
            ]
        ]
    )
    rect.transform(QgsCoordinateTransform(SWISS, WGS84, QgsProject.instance()))
    box = rect.boundingBox()
    return [round(value, 6) for value in (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())]


def save_style(
    folder: Path, name: str, kind: str, renderer, style_name: str, hidden_below: float | None = None
) -> dict:
    """Write ``name`` to the case's GeoPackage, style it and save the .qml; the case.json layer entry."""
    gpkg = folder / "input.gpkg"
    write_layer(gpkg, name, kind)
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid(), gpkg
    layer.setRenderer(renderer)
    if hidden_below is not None:
        # Visible only when zoomed in further than 1:hidden_below (QGIS's "minimum" scale).
        layer.setScaleBasedVisibility(True)
        layer.setMinimumScale(hidden_below)
        layer.setMaximumScale(0)
    message, ok = layer.saveNamedStyle(str(folder / style_name))
    assert ok, message
    return {"source": "input.gpkg", "layername": name, "name": name, "style": style_name}


def build(out: Path) -> list[str]:
    """Write every case folder under ``out``; return the case ids."""
    bounds = bounds_4326()
    for case_id, make in CASES.items():
        folder = out / case_id
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        kind, renderer = make(folder)
        layers = [save_style(folder, case_id[3:], kind, renderer, "style.qml")]
        if case_id == "23_scale_hidden_layer":
            points = QgsSingleSymbolRenderer(marker_symbol(circle("#c0392b", 4.0)))
            layers.append(
                save_style(folder, "hidden_points", "point", points, "hidden.qml", hidden_below=2000)
            )
        case = {"name": case_id[3:], "bounds_4326": bounds, "layers": layers}
        (folder / "case.json").write_text(json.dumps(case, indent=1), encoding="utf-8")
    return list(CASES)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the case folders")
    args = parser.parse_args()
    app = QgsApplication([], False)
    app.initQgis()
    try:
        for case_id in build(args.out):
            print(case_id)
    finally:
        app.exitQgis()


if __name__ == "__main__":
    main()
