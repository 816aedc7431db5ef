"""``make bench``: the snapshot exporter against QgsVectorFileWriter's plain GeoJSON, same layers, same run.

Builds (once, cached in bench-output/) 10k and 100k polygon layers and a 100k point layer in LV95 with a
10-class categorized renderer, then exports each with the plugin's exporter and with the writer
(reprojected to WGS 84, 6 decimals), each run in its own process so that peak memory is that run's.
Prints time (wall and CPU), ratio, output size and peak memory; the medians of --repeat runs.
Target for 100k polygons: at most 1.3x the writer's time and at most the writer's peak memory + 100 MiB.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = REPO_ROOT / "bench-output"
CASES = [("polygons-10k", "Polygon", 10_000), ("polygons-100k", "Polygon", 100_000),
         ("points-100k", "Point", 100_000)]
TIME_TARGET = 1.3
MEMORY_MARGIN_MIB = 100


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO_ROOT))
    from qgis.core import QgsApplication

    # GUI enabled (offscreen): QGIS's legend nodes make icons, which needs a QGuiApplication.
    app = QgsApplication([], True)
    app.initQgis()
    return app


def build_layer(kind: str, count: int, path: Path) -> None:
    """A GeoPackage of ``count`` octagons or points on a grid near Bern, with a 10-class categorized style."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsGeometry,
        QgsPointXY,
        QgsRendererCategory,
        QgsSymbol,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QDate, QVariant
    from qgis.PyQt.QtGui import QColor

    layer = QgsVectorLayer(f"{kind}?crs=EPSG:2056", path.stem, "memory")
    layer.dataProvider().addAttributes([
        QgsField("nummer", QVariant.Int), QgsField("name", QVariant.String), QgsField("klasse", QVariant.Int),
        QgsField("wert", QVariant.Double), QgsField("erfasst", QVariant.Date)])
    layer.updateFields()
    side = int(math.sqrt(count)) + 1
    features = []
    for index in range(count):
        x = 2600000 + (index % side) * 50
        y = 1200000 + (index // side) * 50
        feature = QgsFeature(layer.fields())
        if kind == "Point":
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 20, y + 20)))
        else:
            ring = [QgsPointXY(x + 20 + 18 * math.cos(step * math.pi / 4),
                               y + 20 + 18 * math.sin(step * math.pi / 4)) for step in range(8)]
            feature.setGeometry(QgsGeometry.fromPolygonXY([ring + [ring[0]]]))
        feature.setAttributes([index, f"Parzelle {index} Zürich", index % 10,
                               (index * 7919 % 100000) / 100.0, QDate(2020, 1 + index % 12, 1 + index % 28)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(),
                                                      options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(error)
    saved = QgsVectorLayer(str(path), path.stem, "ogr")
    geometry_type = QgsWkbTypes.geometryType(saved.wkbType())
    categories = []
    for klasse in range(10):
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor.fromHsv(klasse * 36, 200, 220))
        categories.append(QgsRendererCategory(klasse, symbol, f"Klasse {klasse}"))
    saved.setRenderer(QgsCategorizedSymbolRenderer("klasse", categories))
    saved.saveStyleToDatabase("default", "", True, "")  # the layer's default style, loaded with it
    message, ok = saved.saveNamedStyle(str(path.with_suffix(".qml")))
    if not ok:
        raise RuntimeError(message)


def peak_rss_mib() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_once(mode: str, layer_path: Path, output: Path) -> dict:
    """Export once in this process; the measurements of the export alone (and peak RSS of the process)."""
    app = _start_qgis()  # kept referenced: a collected QgsApplication takes QGIS down with it
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
    )

    layer = QgsVectorLayer(str(layer_path), layer_path.stem, "ogr")
    layer.loadNamedStyle(str(layer_path.with_suffix(".qml")))
    QgsProject.instance().addMapLayer(layer)
    rss_before = peak_rss_mib()
    usage_before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    if mode == "writer":
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GeoJSON"
        options.layerOptions = ["COORDINATE_PRECISION=6"]
        options.ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                            QgsProject.instance())
        error = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(output), QgsProject.instance().transformContext(), options)
        if error[0] != QgsVectorFileWriter.WriterError.NoError:
            raise RuntimeError(error)
        features = layer.featureCount()
    else:
        from gemeindescan_uploader.export.context import ExportContext
        from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
        from gemeindescan_uploader.export.package import export_snapshot

        context = ExportContext.for_extent(layer.extent(), layer.crs())
        report = export_snapshot([layer], context, SnapshotMetadata(title="Bench"), ExportOptions(),
                                 str(output))
        features = report.features_written
    elapsed = time.perf_counter() - started
    usage_after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (usage_after.ru_utime - usage_before.ru_utime) + (usage_after.ru_stime - usage_before.ru_stime)
    del app
    return {"mode": mode, "seconds": elapsed, "cpu_seconds": cpu, "features": features,
            "bytes": output.stat().st_size, "peak_mib": peak_rss_mib(), "base_mib": rss_before}


def measure(mode: str, layer_path: Path) -> dict:
    """One run in a fresh process."""
    output = OUTPUT_DIR / f"{layer_path.stem}.{mode}.{'geojson' if mode == 'writer' else 'json'}"
    result = subprocess.run([sys.executable, __file__, "--run", mode, str(layer_path), str(output)],
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{mode} run failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def median_of(runs: list[dict], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> int:
    """Build the layers if needed, measure both exports per case, print the table; 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per export and case (median reported)")
    parser.add_argument("--case", action="append", choices=[name for name, _, _ in CASES],
                        help="only this case (repeatable; default: all)")
    parser.add_argument("--run", nargs=3, metavar=("MODE", "LAYER", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run:
        mode, layer_path, output = args.run
        print(json.dumps(run_once(mode, Path(layer_path), Path(output))))
        return 0

    OUTPUT_DIR.mkdir(exist_ok=True)
    app = None
    missing = [(name, kind, count) for name, kind, count in CASES
               if not (OUTPUT_DIR / f"{name}.gpkg").exists()]
    if missing:
        app = _start_qgis()
        for name, kind, count in missing:
            print(f"building {name} ...", flush=True)
            build_layer(kind, count, OUTPUT_DIR / f"{name}.gpkg")
        app.exitQgis()

    print(f"{'case':15} {'exporter s':>11} {'writer s':>9} {'ratio':>6} {'cpu ratio':>9} {'exporter MB':>11} "
          f"{'writer MB':>9} {'exporter peak':>13} {'writer peak':>11} {'extra MiB':>9}")
    failed = False
    for name, _kind, _count in CASES:
        if args.case and name not in args.case:
            continue
        layer_path = OUTPUT_DIR / f"{name}.gpkg"
        exporter_runs, writer_runs = [], []
        for _ in range(args.repeat):  # alternate, so that load from elsewhere hits both alike
            writer_runs.append(measure("writer", layer_path))
            exporter_runs.append(measure("exporter", layer_path))
        exporter_s, writer_s = median_of(exporter_runs, "seconds"), median_of(writer_runs, "seconds")
        cpu_ratio = median_of(exporter_runs, "cpu_seconds") / median_of(writer_runs, "cpu_seconds")
        exporter_peak, writer_peak = median_of(exporter_runs, "peak_mib"), median_of(writer_runs, "peak_mib")
        ratio = exporter_s / writer_s
        extra = exporter_peak - writer_peak
        print(f"{name:15} {exporter_s:11.2f} {writer_s:9.2f} {ratio:6.2f} {cpu_ratio:9.2f} "
              f"{exporter_runs[0]['bytes'] / 1e6:11.1f} {writer_runs[0]['bytes'] / 1e6:9.1f} "
              f"{exporter_peak:10.0f} MiB {writer_peak:7.0f} MiB {extra:+9.0f}", flush=True)
        if name == "polygons-100k" and (ratio > TIME_TARGET or extra > MEMORY_MARGIN_MIB):
            failed = True
    print(f"target (polygons-100k): time ratio <= {TIME_TARGET}, "
          f"peak memory <= writer + {MEMORY_MARGIN_MIB} MiB: {'MISSED' if failed else 'met'}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
