"""Update the Qt translation sources (i18n/*.ts) from the code, and compile them to .qm files.

``update`` runs pylupdate5 (Debian: pyqt5-dev-tools) over the plugin's Python and .ui files: new texts
appear in each .ts as unfinished, texts no longer in the code are dropped. ``compile`` runs lrelease
(Debian: qttools5-dev-tools) and writes ``i18n/gemeindescan_<language>.qm``, which the plugin loads.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import tempfile
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
_TRAILING_COMMA = re.compile(r",(\s*\n\s*)\)")


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
    with tempfile.TemporaryDirectory() as work:
        # pylupdate5 reads the code from a copy laid out like the repository (so the <location> lines
        # of the .ts stay "../gemeindescan_uploader/…"), with what its parser trips over smoothed out.
        work_dir = Path(work)
        for relative in source_files(root):
            copy = work_dir / relative
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_text(
                readable_for_pylupdate((root / relative).read_text(encoding="utf-8")), encoding="utf-8"
            )
        copies = []
        for target in targets:
            copies.append(work_dir / "i18n" / target.name)
            copies[-1].parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                shutil.copy(target, copies[-1])
        subprocess.run(
            [
                PYLUPDATE,
                "-noobsolete",
                *map(str, source_files(root)),
                "-ts",
                *(str(copy.relative_to(work_dir)) for copy in copies),
            ],
            cwd=work_dir,
            check=True,
            capture_output=True,
        )
        for copy, target in zip(copies, targets):
            shutil.copy(copy, target)


def readable_for_pylupdate(source: str) -> str:
    """``source`` without the trailing comma ``ruff format`` puts after a call's last argument.

    pylupdate5 silently skips ``tr("…",)``: a text formatted that way would never reach the .ts
    files. Only commas at the end of a line before a closing parenthesis go; line numbers stay.
    """
    return _TRAILING_COMMA.sub(r"\1)", source)


def compile_translations(sources: list[Path], output_dir: Path) -> list[Path]:
    """Compile each .ts in ``sources`` to ``output_dir/<same name>.qm``; return the .qm paths."""
    output_dir.mkdir(parents=True, exist_ok=True)
    compiled = []
    for source in sources:
        target = output_dir / (source.stem + ".qm")
        subprocess.run(
            [LRELEASE, "-silent", str(source), "-qm", str(target)], check=True, capture_output=True
        )
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
