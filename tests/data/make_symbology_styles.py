"""How the symbology test styles (``tests/data/*.qml``) were made; rerun only to change one of them.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python tests/data/make_symbology_styles.py``. Each style is built
with PyQGIS on a memory layer and saved with ``saveNamedStyle`` (symbology only). The expected outputs in
``tests/data/expected/symbology/`` are written by hand from the numbers below, not produced by the exporter.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsArrowSymbolLayer,
    QgsCategorizedSymbolRenderer,
    QgsCentroidFillSymbolLayer,
    QgsEllipseSymbolLayer,
    QgsFilledMarkerSymbolLayer,
    QgsFillSymbol,
    QgsGeometryGeneratorSymbolLayer,
    QgsGradientFillSymbolLayer,
    QgsGraduatedSymbolRenderer,
    QgsHashedLineSymbolLayer,
    QgsInterpolatedLineColor,
    QgsInterpolatedLineSymbolLayer,
    QgsInterpolatedLineWidth,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsMapLayer,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsMaskMarkerSymbolLayer,
    QgsPointPatternFillSymbolLayer,
    QgsProperty,
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
    QgsSymbolLayer,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice
from qgis.PyQt.QtGui import QColor, QImage

DATA = Path(__file__).resolve().parent
MM = QgsUnitTypes.RenderUnit.RenderMillimeters


def fill(color: str, outline: str = "0,0,0,255", width: str = "0.28", **extra: str) -> QgsFillSymbol:
    return QgsFillSymbol.createSimple(
        {
            "color": color,
            "outline_color": outline,
            "outline_width": width,
            "outline_width_unit": "MM",
            **extra,
        }
    )


def line(color: str, width: str, unit: str = "MM", **extra: str) -> QgsLineSymbol:
    return QgsLineSymbol.createSimple(
        {"line_color": color, "line_width": width, "line_width_unit": unit, **extra}
    )


def marker(
    color: str, size: str = "2", outline: str = "0,0,0,255", width: str = "0.28", **extra: str
) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": color,
            "size": size,
            "size_unit": "MM",
            "outline_color": outline,
            "outline_width": width,
            "outline_width_unit": "MM",
            **extra,
        }
    )


def with_layers(symbol: QgsSymbol, *layers: QgsSymbolLayer) -> QgsSymbol:
    """``symbol`` with its symbol layers replaced by ``layers`` (bottom to top)."""
    while symbol.symbolLayerCount():
        symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def save(name: str, geometry: str, renderer, opacity: float = 1.0) -> None:
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:2056", name, "memory")
    layer.setRenderer(renderer)
    layer.setOpacity(opacity)
    path = DATA / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path), categories=QgsMapLayer.Symbology | QgsMapLayer.Rendering)
    assert ok, message
    path.write_text(trimmed(path.read_text(encoding="utf-8")), encoding="utf-8")


def trimmed(qml: str) -> str:
    """The style without what QGIS writes twice (legacy ``<prop>`` copies) or empty (data-defined sets)."""
    qml = re.sub(r"\n\s*<prop [^>]*/>", "", qml)
    empty_set = (
        r'\n\s*<data_defined_properties>\s*<Option type="Map">\s*' r"(?:<Option [^>]*/>\s*){3}</Option>\s*"
    )
    return re.sub(empty_set + r"</data_defined_properties>", "", qml)


def single_fill() -> None:
    symbol = fill("31,120,180,204", "51,51,51,255", "0.56")
    symbol.setOpacity(0.5)
    save("single_fill", "Polygon", QgsSingleSymbolRenderer(symbol), opacity=0.8)


def categorized() -> None:
    categories = [
        QgsRendererCategory("Wohnen", fill("230,0,0,255"), "Wohnen"),
        QgsRendererCategory("Grünfläche", fill("0,170,0,255", outline_style="no"), "Grünfläche (öffentlich)"),
        QgsRendererCategory(None, fill("128,128,128,128"), "Unbekannt"),
        QgsRendererCategory("Industrie", fill("255,255,0,255"), "Industrie", False),
        QgsRendererCategory("Gewerbe", fill("0,0,255,255"), "Andere"),
        QgsRendererCategory("Mischzone", fill("255,165,0,255"), "Andere"),
    ]
    save("categorized", "Polygon", QgsCategorizedSymbolRenderer("nutzung", categories))


def graduated() -> None:
    ranges = [
        QgsRendererRange(0, 100, line("0,0,255,255", "0.28"), "0 – 100"),
        QgsRendererRange(100, 500, line("255,128,0,255", "0.84"), "100 – 500"),
        QgsRendererRange(500, 1000, line("255,0,0,255", "1.4"), "500 – 1000"),
        QgsRendererRange(1000, 2000, line("0,0,0,255", "2"), "1000 – 2000", False),
    ]
    save("graduated", "LineString", QgsGraduatedSymbolRenderer("verkehr", ranges))


def rule_based() -> None:
    root = QgsRuleBasedRenderer.Rule(None)
    big = QgsRuleBasedRenderer.Rule(None, 0, 0, '"flaeche" > 1000', "Gross")
    big.appendChild(QgsRuleBasedRenderer.Rule(fill("0,100,0,255"), 0, 0, "\"art\" = 'Wald'", "Wald"))
    big.appendChild(
        QgsRuleBasedRenderer.Rule(
            fill("160,160,160,255", outline_style="no"), 0, 0, "", "Andere gross", "", True
        )
    )
    root.appendChild(big)
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("255,255,150,255"), 0, 0, '"flaeche" <= 1000', "Klein"))
    root.appendChild(
        QgsRuleBasedRenderer.Rule(fill("0,0,255,255"), 25000, 100000, "\"art\" = 'See'", "Nur Übersicht")
    )
    switched_off = QgsRuleBasedRenderer.Rule(fill("255,0,255,255"), 0, 0, "\"art\" = 'Aus'", "Abgeschaltet")
    switched_off.setActive(False)
    root.appendChild(switched_off)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            fill("255,255,255,255", "255,0,0,255", "0.84", style="no"), 0, 0, '"markiert" = 1', "Markiert"
        )
    )
    root.appendChild(QgsRuleBasedRenderer.Rule(fill("200,200,255,255"), 0, 0, "", "Rest", "", True))
    save("rule_based", "Polygon", QgsRuleBasedRenderer(root))


def data_defined() -> None:
    symbol = marker("0,0,255,255")
    symbol_layer = symbol.symbolLayer(0)
    symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyFillColor, QgsProperty.fromField("farbe"))
    symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertySize, QgsProperty.fromField("groesse"))
    symbol_layer.setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromField("rand"))
    save("data_defined", "Point", QgsSingleSymbolRenderer(symbol))


# Images whose ink is known by construction: the upper half of their square, in one colour.
# An SVG square with its upper half filled in the marker's fill colour (no stroke), embedded.
HALF_SQUARE_SVG = (
    "base64:"
    + base64.b64encode(
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10">'
        b'<rect x="0" y="0" width="10" height="5" fill="param(fill) #000000" stroke="none"/></svg>'
    ).decode()
)


def half_red_png() -> str:
    """A 4 x 4 PNG, upper two rows opaque red, lower two transparent, embedded."""
    image = QImage(4, 4, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    for x in range(4):
        for y in range(2):
            image.setPixelColor(x, y, QColor(255, 0, 0))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return "base64:" + bytes(data.toBase64()).decode()


def fill_symbol_layers() -> None:
    gradient = QgsGradientFillSymbolLayer(QColor(10, 20, 30), QColor(255, 255, 255))
    shapeburst = QgsShapeburstFillSymbolLayer(QColor(40, 50, 60), QColor(255, 255, 255))
    line_pattern = QgsLinePatternFillSymbolLayer()
    line_pattern.setSubSymbol(line("70,80,90,255", "0.28"))
    point_pattern = QgsPointPatternFillSymbolLayer()
    point_pattern.setSubSymbol(marker("100,110,120,255"))
    centroid = QgsCentroidFillSymbolLayer()
    centroid.setSubSymbol(marker("130,140,150,255"))
    random_markers = QgsRandomMarkerFillSymbolLayer(10)
    random_markers.setSubSymbol(marker("160,170,180,255"))
    svg_fill = QgsSVGFillSymbolLayer(HALF_SQUARE_SVG)
    svg_fill.setSvgFillColor(QColor(190, 200, 210))
    raster_fill = QgsRasterFillSymbolLayer(half_red_png())
    raster_fill.setOpacity(0.5)
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "buffer($geometry, 10)"})
    generator.setSymbolType(QgsSymbol.Fill)
    generator.setSubSymbol(fill("220,20,60,255", "0,0,0,255", "0.56"))
    outline = QgsSimpleLineSymbolLayer(QColor(0, 0, 255), 0.84)
    marker_line = QgsMarkerLineSymbolLayer()
    marker_line.setSubSymbol(marker("255,0,255,255", "1.4"))
    disabled = QgsSimpleFillSymbolLayer(QColor(255, 0, 0))
    disabled.setEnabled(False)
    hashed = QgsHashedLineSymbolLayer()
    hashed.setSubSymbol(line("0,255,0,255", "0.56"))
    arrow = QgsArrowSymbolLayer()
    arrow.setArrowWidth(1.12)
    arrow.setArrowWidthUnit(MM)
    arrow.setSubSymbol(fill("255,200,0,255", outline_style="no"))

    def simple(color: str, **extra: str) -> QgsSymbolLayer:
        symbol = fill(color, **extra)  # keep the symbol alive while its layer is cloned
        return symbol.symbolLayer(0).clone()

    kinds = [
        ("gradient", [gradient]),
        ("shapeburst", [shapeburst]),
        ("linepattern", [line_pattern]),
        ("pointpattern", [point_pattern]),
        ("centroid", [centroid]),
        ("randommarker", [random_markers]),
        ("svgfill", [svg_fill]),
        ("rasterfill", [raster_fill]),
        ("generator", [generator]),
        ("outline", [simple("255,255,255,255", outline="35,35,35,255", width="0.26"), outline]),
        ("markerline", [simple("1,2,3,255", style="no", outline_style="no"), marker_line]),
        ("disabled", [simple("0,128,128,255"), disabled]),
        ("nobrush_nopen", [simple("10,10,10,255", outline="20,20,20,255", style="no", outline_style="no")]),
        ("hashed", [hashed]),
        ("arrow", [arrow]),
    ]
    categories = [
        QgsRendererCategory(kind, with_layers(QgsFillSymbol(), *layers), kind) for kind, layers in kinds
    ]
    save("fill_symbol_layers", "Polygon", QgsCategorizedSymbolRenderer("art", categories))


def line_symbol_layers() -> None:
    marker_line = QgsMarkerLineSymbolLayer()
    marker_line.setSubSymbol(marker("0,128,0,255", "2.8"))
    hashed = QgsHashedLineSymbolLayer()
    hashed.setSubSymbol(line("128,0,128,255", "0.28"))
    arrow = QgsArrowSymbolLayer()
    arrow.setArrowWidth(0.84)
    arrow.setArrowWidthUnit(MM)
    arrow.setSubSymbol(fill("0,0,128,255", outline_style="no"))
    interpolated = QgsInterpolatedLineSymbolLayer()
    interpolated.setInterpolatedColor(QgsInterpolatedLineColor(QColor(10, 20, 30)))
    widths = QgsInterpolatedLineWidth()
    widths.setIsVariableWidth(False)
    widths.setFixedStrokeWidth(0.56)
    interpolated.setInterpolatedWidth(widths)
    interpolated.setWidthUnit(MM)
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "buffer($geometry, 5)"})
    generator.setSymbolType(QgsSymbol.Fill)
    generator.setSubSymbol(fill("50,60,70,255", outline_style="no"))
    by_width = line("90,90,90,255", "0.28")
    by_width.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertyStrokeWidth, QgsProperty.fromField("breite")
    )
    kinds = [
        ("simple_mm", line("255,0,0,255", "0.56")),
        ("points", line("0,0,255,255", "2", "Point")),
        ("pixels", line("0,255,0,255", "3", "Pixel")),
        ("inches", line("255,0,255,255", "0.1", "Inch")),
        ("mapunits", line("0,255,255,255", "5.6", "MapUnit")),
        ("metres", line("255,255,0,255", "8.4", "RenderMetersInMapUnits")),
        ("dashed", line("255,0,0,128", "0.28", line_style="dash")),
        ("nopen", line("0,0,0,255", "0.28", line_style="no")),
        ("markerline", with_layers(QgsLineSymbol(), marker_line)),
        ("hashed", with_layers(QgsLineSymbol(), hashed)),
        ("arrow", with_layers(QgsLineSymbol(), arrow)),
        ("interpolated", with_layers(QgsLineSymbol(), interpolated)),
        ("generator", with_layers(QgsLineSymbol(), generator)),
        ("dd_width", by_width),
        ("", line("200,200,200,255", "0.28")),
    ]
    categories = [QgsRendererCategory(kind, symbol, kind or "Sonstige") for kind, symbol in kinds]
    save("line_symbol_layers", "LineString", QgsCategorizedSymbolRenderer("art", categories))


def marker_symbol_layers() -> None:
    cross = marker("0,255,0,255", "4", "0,0,255,255", "0.56", name="cross")
    svg = QgsSvgMarkerSymbolLayer(HALF_SQUARE_SVG, 6)
    svg.setFillColor(QColor(10, 20, 30))
    svg.setStrokeColor(QColor(40, 50, 60))
    svg.setStrokeWidth(0.28)
    ellipse = QgsEllipseSymbolLayer()
    ellipse.setSymbolWidth(4)
    ellipse.setSymbolHeight(2)
    ellipse.setFillColor(QColor(100, 110, 120))
    ellipse.setStrokeColor(QColor(0, 0, 0))
    ellipse.setStrokeWidth(0.28)
    filled = QgsFilledMarkerSymbolLayer()
    filled.setSize(3)
    filled.setSubSymbol(fill("130,140,150,255", "0,0,0,255", "0.56"))
    raster = QgsRasterMarkerSymbolLayer(half_red_png())
    raster.setSize(5)
    raster.setOpacity(0.4)
    mask = QgsMaskMarkerSymbolLayer()
    mask.setSubSymbol(marker("255,255,255,255", "8"))
    generator = QgsGeometryGeneratorSymbolLayer.create({"geometryModifier": "translate($geometry, 10, 0)"})
    generator.setSymbolType(QgsSymbol.Marker)
    generator.setSubSymbol(marker("200,0,200,255"))
    disabled = QgsSimpleMarkerSymbolLayer(size=6, color=QColor(255, 0, 0))
    disabled.setEnabled(False)

    def simple(color: str, size: str = "2", **extra: str) -> QgsSymbolLayer:
        symbol = marker(color, size, **extra)  # keep the symbol alive while its layer is cloned
        return symbol.symbolLayer(0).clone()

    kinds = [
        ("circle", marker("255,0,0,255")),
        ("cross", cross),
        ("svg", with_layers(QgsMarkerSymbol(), svg)),
        ("ellipse", with_layers(QgsMarkerSymbol(), ellipse)),
        ("filled", with_layers(QgsMarkerSymbol(), filled)),
        ("raster", with_layers(QgsMarkerSymbol(), raster)),
        ("mask", with_layers(QgsMarkerSymbol(), simple("160,170,180,255"), mask)),
        (
            "two_layers",
            with_layers(
                QgsMarkerSymbol(),
                simple("255,255,255,255", "4"),
                simple("0,0,0,255", "1", outline="255,0,0,255", width="0.56"),
            ),
        ),
        ("mapunits", marker("0,0,255,255", "28", size_unit="MapUnit")),
        ("generator", with_layers(QgsMarkerSymbol(), generator)),
        ("disabled", with_layers(QgsMarkerSymbol(), simple("0,0,128,255"), disabled)),
    ]
    categories = [QgsRendererCategory(kind, symbol, kind) for kind, symbol in kinds]
    save("marker_symbol_layers", "Point", QgsCategorizedSymbolRenderer("art", categories))


if __name__ == "__main__":
    application = QgsApplication([], False)
    application.initQgis()
    for build in (
        single_fill,
        categorized,
        graduated,
        rule_based,
        data_defined,
        fill_symbol_layers,
        line_symbol_layers,
        marker_symbol_layers,
    ):
        build()
    print("styles written to", DATA)
