"""``make bench``: the export and publish paths users run, against QGIS's own GeoJSON writer, in one run.

Builds (once, cached in bench-output/) GeoPackages of 100k polygons, 100k points and 1M polygons in LV95
with a 10-class categorized style, each in a saved QGIS project. Then, every run in its own process:

- ``writer``: a process that reads the project and writes the layer with ``QgsVectorFileWriter`` to plain
  GeoJSON (WGS 84, 6 decimals): the baseline, measured in the same run;
- ``cli``: ``python -m gemeindescan_uploader export --project … --output …``, exactly as users run it;
- ``processing``: ``gemeindescan:exportsnapshot`` through ``processing.run`` on the same project;
- ``task``: the panel's ``PublishTask`` (export only) through ``QgsApplication.taskManager()``.

Times are whole processes (start-up, project, export: what a user waits for); peak memory is the
process's peak resident set (``wait4``). Then publishing: ``python -m gemeindescan_uploader publish``
of a small file and of the 1M-polygon export against the local Gemeindescan server.

Targets: cli ≤ 1.3× the writer's time and ≤ the writer's peak + 100 MiB for 100k polygons and points;
the 1M-polygon export's peak within 30 MiB of the 100k one (memory does not grow with the features);
publishing the large file within 30 MiB of publishing the small one.
"""

from __future__ import annotations

import argparse
import compileall
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
OUTPUT_DIR = REPO_ROOT / "bench-output"
# name, geometry, features, runs per mode, modes
CASES = [
    ("polygons-100k", "Polygon", 100_000, ("writer", "cli", "processing", "task")),
    ("points-100k", "Point", 100_000, ("writer", "cli", "processing", "task")),
    ("polygons-1m", "Polygon", 1_000_000, ("writer", "cli")),
]
TIME_TARGET = 1.3
MEMORY_MARGIN_MIB = 100
FLAT_MEMORY_MIB = 30


def _start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(REPO_ROOT))
    from qgis.core import QgsApplication

    # GUI enabled (offscreen), as the command line starts it: legend nodes make icons.
    app = QgsApplication([], True)
    app.initQgis()
    return app


# --- building the cached layers and projects ------------------------------------------------------------


def build_case(kind: str, count: int, gpkg: Path, project_path: Path) -> None:
    """A GeoPackage of ``count`` octagons or points on a grid near Bern, styled, in a saved project."""
    from qgis.core import (
        QgsCategorizedSymbolRenderer,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransformContext,
        QgsFeature,
        QgsField,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsReferencedRectangle,
        QgsRendererCategory,
        QgsSymbol,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )
    from qgis.PyQt.QtCore import QDate, QVariant
    from qgis.PyQt.QtGui import QColor

    fields = QgsFields()
    for name, kind_ in (
        ("nummer", QVariant.Int),
        ("name", QVariant.String),
        ("klasse", QVariant.Int),
        ("wert", QVariant.Double),
        ("erfasst", QVariant.Date),
    ):
        fields.append(QgsField(name, kind_))
    crs = QgsCoordinateReferenceSystem("EPSG:2056")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = gpkg.stem
    wkb = QgsWkbTypes.Type.Point if kind == "Point" else QgsWkbTypes.Type.Polygon
    writer = QgsVectorFileWriter.create(str(gpkg), fields, wkb, crs, QgsCoordinateTransformContext(), options)
    side = int(math.sqrt(count)) + 1
    batch = []
    for index in range(count):  # streamed in batches: a million features never sit in memory at once
        x = 2600000 + (index % side) * 50
        y = 1200000 + (index // side) * 50
        feature = QgsFeature(fields)
        if kind == "Point":
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x + 20, y + 20)))
        else:
            ring = [
                QgsPointXY(
                    x + 20 + 18 * math.cos(step * math.pi / 4), y + 20 + 18 * math.sin(step * math.pi / 4)
                )
                for step in range(8)
            ]
            feature.setGeometry(QgsGeometry.fromPolygonXY([ring + [ring[0]]]))
        feature.setAttributes(
            [
                index,
                f"Parzelle {index} Zürich",
                index % 10,
                (index * 7919 % 100000) / 100.0,
                QDate(2020, 1 + index % 12, 1 + index % 28),
            ]
        )
        batch.append(feature)
        if len(batch) == 10_000:
            writer.addFeatures(batch)
            batch.clear()
    writer.addFeatures(batch)
    del writer  # closes the file

    layer = QgsVectorLayer(f"{gpkg}|layername={gpkg.stem}", gpkg.stem, "ogr")
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    categories = []
    for klasse in range(10):
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor.fromHsv(klasse * 36, 200, 220))
        categories.append(QgsRendererCategory(klasse, symbol, f"Klasse {klasse}"))
    layer.setRenderer(QgsCategorizedSymbolRenderer("klasse", categories))
    project = QgsProject()
    project.setCrs(crs)
    project.setTitle(f"Bench {gpkg.stem}")
    project.addMapLayer(layer)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(layer.extent(), crs))
    if not project.write(str(project_path)):
        raise RuntimeError(f"could not write {project_path}")
    project.clear()


# --- one run in this process (called as a subprocess) -------------------------------------------------


def run_writer(project_path: str, output: str) -> None:
    """The baseline: read the project, write its layer with QgsVectorFileWriter to GeoJSON in WGS 84."""
    app = _start_qgis()
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsVectorFileWriter,
    )

    project = QgsProject.instance()
    project.read(project_path)
    (layer,) = project.mapLayers().values()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GeoJSON"
    options.layerOptions = ["COORDINATE_PRECISION=6"]
    options.ct = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), project)
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, output, project.transformContext(), options)
    if error[0] != QgsVectorFileWriter.WriterError.NoError:
        raise RuntimeError(error)
    app.exitQgis()


def run_processing(project_path: str, output: str) -> None:
    """``gemeindescan:exportsnapshot`` through processing.run, the project's layer at its full extent."""
    app = _start_qgis()
    from qgis.core import QgsApplication, QgsProject

    # QGIS's own Processing plugin, where QGIS keeps it (as in the desktop and qgis_process).
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    import processing  # noqa: I001 (found only once the path is set)
    from processing.core.Processing import Processing

    from gemeindescan_uploader.processing.provider import GemeindescanProvider

    Processing.initialize()
    provider = GemeindescanProvider()  # kept referenced: the registry does not own Python providers
    QgsApplication.processingRegistry().addProvider(provider)
    project = QgsProject.instance()
    project.read(project_path)
    (layer,) = project.mapLayers().values()
    processing.run("gemeindescan:exportsnapshot", {"LAYERS": [layer], "TITLE": "Bench", "OUTPUT": output})
    app.exitQgis()


def run_task(project_path: str, output: str) -> None:
    """The panel's PublishTask, export only, through QGIS's task manager."""
    app = _start_qgis()
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QEventLoop

    from gemeindescan_uploader.export.context import ExportContext
    from gemeindescan_uploader.export.options import ExportOptions, SnapshotMetadata
    from gemeindescan_uploader.tasks import PublishTask

    project = QgsProject.instance()
    project.read(project_path)
    (layer,) = project.mapLayers().values()
    context = ExportContext.for_extent(layer.extent(), layer.crs())
    task = PublishTask([layer], context, SnapshotMetadata(title="Bench"), ExportOptions(), output)
    outcome = {}
    loop = QEventLoop()
    task.succeeded.connect(lambda result: (outcome.setdefault("ok", result), loop.quit()))
    task.failed.connect(lambda error: (outcome.setdefault("error", error), loop.quit()))
    QgsApplication.taskManager().addTask(task)
    loop.exec()
    if "error" in outcome:
        raise RuntimeError(outcome["error"].message)
    app.exitQgis()


# --- measuring ------------------------------------------------------------------------------------------


def measure(command: list[str], environment: dict | None = None) -> dict:
    """Run ``command`` as a process; its wall time, CPU time and peak resident memory (via wait4).

    The peak is the child's own as long as it exceeds this process's size (a few dozen MiB, never QGIS).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=REPO_ROOT, stdout=out, stderr=err, stdin=subprocess.DEVNULL, env=environment
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            out.seek(0)
            raise RuntimeError(
                f"{command[:4]} failed ({process.returncode}):\n{out.read().decode()[-2000:]}"
                f"\n{err.read().decode()[-4000:]}"
            )
    return {
        "seconds": elapsed,
        "cpu_seconds": usage.ru_utime + usage.ru_stime,
        "peak_mib": usage.ru_maxrss / 1024,
    }


def export_command(mode: str, project_path: Path, output: Path) -> list[str]:
    if mode == "cli":
        return [
            sys.executable,
            "-m",
            "gemeindescan_uploader",
            "export",
            "--project",
            str(project_path),
            "--output",
            str(output),
        ]
    return [sys.executable, __file__, "--run", mode, str(project_path), str(output)]


def spread(values: list[float]) -> str:
    return f"{min(values):.2f}–{max(values):.2f}" if len(values) > 1 else f"{values[0]:.2f}"


def bench_exports(case_names: list[str], repeat: int) -> tuple[dict, bool]:
    """Every mode of every case, modes alternating within a round; the table, and whether a target failed."""
    print(
        f"{'case':14} {'mode':10} {'time s (min–max)':>17} {'ratio (min–max)':>16} {'cpu ratio':>9} "
        f"{'peak MiB':>8} {'vs writer':>9} {'output MB':>9}",
        flush=True,
    )
    results: dict = {}
    failed = False
    for name, _kind, _count, modes in CASES:
        if name not in case_names:
            continue
        project_path = OUTPUT_DIR / f"{name}.qgs"
        runs: dict[str, list[dict]] = {mode: [] for mode in modes}
        rounds = repeat if name != "polygons-1m" else 1  # about a minute per 1M export
        for _ in range(rounds):  # alternate, so that load from elsewhere hits every mode alike
            for mode in modes:
                output = OUTPUT_DIR / f"{name}.{mode}.{'geojson' if mode == 'writer' else 'json'}"
                run = measure(export_command(mode, project_path, output))
                run["bytes"] = output.stat().st_size
                runs[mode].append(run)
        writer = runs["writer"]
        writer_s = statistics.median(run["seconds"] for run in writer)
        writer_cpu = statistics.median(run["cpu_seconds"] for run in writer)
        writer_peak = statistics.median(run["peak_mib"] for run in writer)
        for mode in modes:
            seconds = [run["seconds"] for run in runs[mode]]
            # Ratios per round (each mode against the writer of the same round) show the spread honestly.
            ratios = [run["seconds"] / base["seconds"] for run, base in zip(runs[mode], writer)]
            median_s = statistics.median(seconds)
            ratio = median_s / writer_s
            cpu_ratio = statistics.median(run["cpu_seconds"] for run in runs[mode]) / writer_cpu
            peak = statistics.median(run["peak_mib"] for run in runs[mode])
            extra = peak - writer_peak
            print(
                f"{name:14} {mode:10} {median_s:8.2f} ({spread(seconds):>9}) {ratio:5.2f} "
                f"({spread(ratios):>9}) {cpu_ratio:9.2f} {peak:8.0f} {extra:+9.0f} "
                f"{runs[mode][0]['bytes'] / 1e6:9.1f}",
                flush=True,
            )
            results[(name, mode)] = {"seconds": median_s, "ratio": ratio, "peak_mib": peak}
            if (
                mode == "cli"
                and name in ("polygons-100k", "points-100k")
                and (ratio > TIME_TARGET or extra > MEMORY_MARGIN_MIB)
            ):
                failed = True
    return results, failed


def bench_publish(large: Path, repeat: int) -> bool:
    """CLI publish of a small file and of ``large`` to the local server; whether the memory target failed."""
    sys.path.insert(0, str(REPO_ROOT))
    sys.path.insert(0, str(REPO_ROOT / "tests"))
    from snapshot_samples import write_snapshot

    from tests.local_server import start_local_server

    small = write_snapshot(OUTPUT_DIR / "publish-small.json")
    with (
        tempfile.TemporaryDirectory(prefix="bench-server-") as data_dir,
        start_local_server(Path(data_dir)) as server,
    ):
        environment = dict(os.environ, GEMEINDESCAN_PASSWORD=server.password)
        runs: dict[str, list[dict]] = {"small": [], "large": []}
        for _ in range(repeat):
            for label, path in (("small", small), ("large", large)):
                command = [
                    sys.executable,
                    "-m",
                    "gemeindescan_uploader",
                    "publish",
                    str(path),
                    "--server",
                    server.url,
                    "--username",
                    server.username,
                    "--workspace",
                    server.workspace_id,
                    "--bfs",
                    "261",
                    "--title",
                    f"Bench {label}",
                    "--topic",
                    "Bench",
                ]
                runs[label].append(measure(command, environment))
    print(f"\n{'publish':24} {'time s (min–max)':>17} {'peak MiB (min–max)':>19}")
    peaks = {}
    for label, path in (("small", small), ("large", large)):
        seconds = [run["seconds"] for run in runs[label]]
        peak_values = [run["peak_mib"] for run in runs[label]]
        peaks[label] = statistics.median(peak_values)
        print(
            f"{label + f' ({path.stat().st_size / 1e6:.1f} MB)':24} {statistics.median(seconds):8.2f} "
            f"({spread(seconds):>9}) {peaks[label]:8.0f} ({spread(peak_values):>9})",
            flush=True,
        )
    extra = peaks["large"] - peaks["small"]
    print(
        f"large file: {extra:+.0f} MiB peak memory against the small one "
        f"(target: within {FLAT_MEMORY_MIB})"
    )
    return abs(extra) > FLAT_MEMORY_MIB


def main() -> int:
    """Build the cached projects if needed, measure, print the tables; 1 if a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="rounds per case (medians reported)")
    parser.add_argument(
        "--case",
        action="append",
        choices=[name for name, *_ in CASES],
        help="only this case (repeatable; default: all)",
    )
    parser.add_argument("--no-publish", action="store_true", help="skip the publish measurements")
    parser.add_argument("--run", nargs=3, metavar=("MODE", "PROJECT", "OUTPUT"), help=argparse.SUPPRESS)
    parser.add_argument("--build", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        app = _start_qgis()
        ((kind, count),) = [(kind, count) for name, kind, count, _ in CASES if name == args.build]
        build_case(kind, count, OUTPUT_DIR / f"{args.build}.gpkg", OUTPUT_DIR / f"{args.build}.qgs")
        app.exitQgis()
        return 0
    if args.run:
        mode, project_path, output = args.run
        {"writer": run_writer, "processing": run_processing, "task": run_task}[mode](project_path, output)
        return 0

    started = time.perf_counter()
    OUTPUT_DIR.mkdir(exist_ok=True)
    case_names = args.case or [name for name, *_ in CASES]
    missing = [
        (name, kind, count)
        for name, kind, count, _ in CASES
        if name in case_names and not (OUTPUT_DIR / f"{name}.qgs").exists()
    ]
    for name, _kind, _count in missing:
        print(f"building {name} (once, cached in {OUTPUT_DIR.name}/) ...", flush=True)
        # In its own process: this one must stay small. A child's peak memory as wait4 reports it is at
        # least this process's size when it was started (Linux carries it over the exec).
        subprocess.run([sys.executable, __file__, "--build", name], check=True)

    # Users' Python runs the plugin from compiled bytecode after the first import; with
    # PYTHONDONTWRITEBYTECODE set (as on CI machines) every measured process would compile ~40 modules.
    compileall.compile_dir(str(REPO_ROOT / "gemeindescan_uploader"), quiet=1)
    results, failed = bench_exports(case_names, args.repeat)
    if ("polygons-1m", "cli") in results and ("polygons-100k", "cli") in results:
        growth = results[("polygons-1m", "cli")]["peak_mib"] - results[("polygons-100k", "cli")]["peak_mib"]
        print(f"1M polygons: {growth:+.0f} MiB peak memory against 100k (target: within {FLAT_MEMORY_MIB})")
        failed |= abs(growth) > FLAT_MEMORY_MIB
    large = OUTPUT_DIR / "polygons-1m.cli.json"
    if not args.no_publish:
        if not large.exists():
            large = OUTPUT_DIR / "polygons-100k.cli.json"
        if large.exists():
            failed |= bench_publish(large, max(2, args.repeat - 1))
    print(f"\ntargets: {'MISSED' if failed else 'met'} ({time.perf_counter() - started:.0f} s)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
