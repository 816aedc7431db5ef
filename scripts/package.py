"""Build the zip a user installs in QGIS with "Install from ZIP"."""

from __future__ import annotations

import argparse
import subprocess
import tempfile
import zipfile
from pathlib import Path

from translations import compile_translations, ts_files

ROOT = Path(__file__).resolve().parent.parent
# What a user's QGIS needs; everything else (tests, scripts, build files) stays out.
INCLUDED = [
    "metadata.txt",
    "__init__.py",
    "plugin.py",
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
    "gemeindescan_uploader",
    "ui",
]
# Vendored packages ship their own test suites (sniffio/_tests); a user's QGIS never runs them.
EXCLUDED_PARTS = {"__pycache__", ".pytest_cache", ".ruff_cache", "_tests"}
EXCLUDED_SUFFIXES = {".pyc", ".pyo"}


def tracked_files() -> set[Path] | None:
    """Files git tracks in this checkout, or None outside a git checkout (e.g. an unpacked source archive)."""
    try:
        listing = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {Path(name) for name in listing.decode("utf-8").split("\0") if name}


def plugin_files() -> list[Path]:
    """The files that go into the plugin zip, relative to the repository root."""
    # A developer's stray, untracked files in ui/ or the core must not reach users.
    tracked = tracked_files()
    files = []
    for name in INCLUDED:
        path = ROOT / name
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        for candidate in candidates:
            relative = candidate.relative_to(ROOT)
            if (
                candidate.is_file()
                and not EXCLUDED_PARTS & set(relative.parts)
                and candidate.suffix not in EXCLUDED_SUFFIXES
                and (tracked is None or relative in tracked)
            ):
                files.append(relative)
    return files


def build_zip(name: str, output_dir: Path) -> Path:
    """Write ``<output_dir>/<name>.zip`` with one top folder ``<name>``; return its path."""
    output_dir.mkdir(parents=True, exist_ok=True)
    archive_path = output_dir / f"{name}.zip"
    with (
        zipfile.ZipFile(archive_path, "w", zipfile.ZIP_DEFLATED) as archive,
        tempfile.TemporaryDirectory() as build_dir,
    ):
        for relative in plugin_files():
            archive.write(ROOT / relative, f"{name}/{relative.as_posix()}")
        # Compiled here from the committed .ts files, so a zip never carries stale or missing .qm files.
        for compiled in compile_translations(ts_files(), Path(build_dir)):
            archive.write(compiled, f"{name}/i18n/{compiled.name}")
    return archive_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--name", default="GemeindescanUploader", help="plugin folder name inside the zip")
    parser.add_argument("--output", default="dist", type=Path, help="folder for the zip")
    args = parser.parse_args()
    print(build_zip(args.name, args.output))


if __name__ == "__main__":
    main()
