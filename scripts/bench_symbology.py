"""Per-feature cost of ``LayerStyler.style_for``: 100k polygons, 10-class categorized simple fill.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/bench_symbology.py [features]``. Prints
microseconds per feature for the styler alone and for a bare feature loop (the floor), next to the time
QgsVectorFileWriter takes to write the same layer as GeoJSON.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsRectangle,
    QgsRendererCategory,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from gemeindescan_uploader.export.context import ExportContext  # noqa: E402
from gemeindescan_uploader.export.symbology import LayerStyler  # noqa: E402


def build_layer(count: int) -> QgsVectorLayer:
    """``count`` small squares in EPSG:2056, ten classes of ``zone``."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:2056&field=zone:string&field=id:integer", "bench", "memory")
    features = []
    for index in range(count):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([f"Zone {index % 10}", index])
        x, y = 2600000 + (index % 1000) * 10, 1200000 + (index // 1000) * 10
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, y, x + 8, y + 8)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    categories = [
        QgsRendererCategory(
            f"Zone {index}",
            QgsFillSymbol.createSimple(
                {"color": f"{index * 25},100,{255 - index * 25},200", "outline_width": "0.3"}
            ),
            f"Zone {index}",
        )
        for index in range(10)
    ]
    layer.setRenderer(QgsCategorizedSymbolRenderer("zone", categories))
    return layer


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    layer = build_layer(count)
    context = ExportContext.for_extent(layer.extent(), QgsCoordinateReferenceSystem("EPSG:2056"))
    features = list(layer.getFeatures())

    started = time.perf_counter()
    for _feature in features:
        pass
    floor = time.perf_counter() - started

    with LayerStyler(layer, context) as styler:
        started = time.perf_counter()
        for feature in features:
            styler.style_for(feature)
        styling = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder:
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GeoJSON"
        started = time.perf_counter()
        QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(Path(folder) / "bench.geojson"), QgsCoordinateTransformContext(), options
        )
        writer = time.perf_counter() - started

    print(
        f"{count} features: style_for {styling / count * 1e6:.2f} µs/feature "
        f"({styling:.3f} s), bare loop {floor / count * 1e6:.2f} µs/feature, "
        f"QgsVectorFileWriter GeoJSON {writer:.3f} s ({styling / writer:.1%} of it)"
    )


if __name__ == "__main__":
    application = QgsApplication([], False)
    application.initQgis()
    main()
