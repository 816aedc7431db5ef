"""Update the Qt translation sources (i18n/*.ts) from the code, and compile them to .qm files.

``update`` runs pylupdate5 (Debian: pyqt5-dev-tools) over the plugin's Python and .ui files: new texts
appear in each .ts as unfinished, texts no longer in the code are dropped. ``compile`` runs lrelease
(Debian: qttools5-dev-tools) and writes ``i18n/gemeindescan_<language>.qm``, which the plugin loads.
"""

from __future__ import annotations

import argparse
import os
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = ROOT / "i18n"
LANGUAGES = ("de", "fr", "it")
PYLUPDATE = os.environ.get("PYLUPDATE", "pylupdate5")
LRELEASE = os.environ.get("LRELEASE", "lrelease")
# Where the texts an analyst sees live; the command line speaks English and the vendored packages
# and tests are not ours to translate.
SOURCE_ROOTS = ("plugin.py", "ui", "gemeindescan_uploader")
SKIPPED_PARTS = {"_vendor", "cli", "__pycache__"}


def ts_files(directory: Path = I18N_DIR) -> list[Path]:
    """The translation sources, one per language."""
    return [directory / f"gemeindescan_{language}.ts" for language in LANGUAGES]


def source_files(root: Path = ROOT) -> list[Path]:
    """The Python and .ui files whose texts are translated, relative to ``root``, sorted."""
    files = []
    for name in SOURCE_ROOTS:
        path = root / name
        candidates = path.rglob("*") if path.is_dir() else [path]
        for candidate in candidates:
            relative = candidate.relative_to(root)
            if candidate.suffix in (".py", ".ui") and not SKIPPED_PARTS & set(relative.parts):
                files.append(relative)
    return sorted(files)


def update(targets: list[Path], root: Path = ROOT) -> None:
    """Bring ``targets`` (.ts files) in line with the texts in the code under ``root``."""
    sources = [str(path) for path in source_files(root)]
    # Relative paths keep the <location> lines in the .ts free of this machine's folders.
    relative_targets = [os.path.relpath(target, root) for target in targets]
    subprocess.run([PYLUPDATE, "-noobsolete", *sources, "-ts", *relative_targets], cwd=root, check=True,
                   capture_output=True)


def compile_translations(sources: list[Path], output_dir: Path) -> list[Path]:
    """Compile each .ts in ``sources`` to ``output_dir/<same name>.qm``; return the .qm paths."""
    output_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        target = output_dir / (source.stem + ".qm")
        subprocess.run([LRELEASE, "-silent", str(source), "-qm", str(target)], check=True,
                       capture_output=True)
        compiled.append(target)
    return compiled


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("steps", nargs="+", choices=["update", "compile"], help="what to do, in order")
    args = parser.parse_args()
    for step in args.steps:
        if step == "update":
            update(ts_files())
        else:
            for path in compile_translations(ts_files(), I18N_DIR):
                print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
