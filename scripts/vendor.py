"""Rebuild gemeindescan_uploader/_vendor/ exactly from requirements-vendor.txt.

Downloads the pinned pure-Python wheels, copies their packages and licences,
and rewrites their imports to relative ones, so nothing lands in sys.modules
under top-level names such as ``gql`` or ``graphql`` (Debian ships graphql-core 2
as ``graphql``, and other plugins may carry their own copies).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENDOR = ROOT / "gemeindescan_uploader" / "_vendor"
REQUIREMENTS = ROOT / "requirements-vendor.txt"

# Imports built from strings that no import statement shows.
STRING_IMPORTS = {
    'import_module(f"anyio._backends._{asynclib_name}")': (
        'import_module(f".._backends._{asynclib_name}", __package__)'
    ),
}
LICENCE_FILE = re.compile(r"(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


# Pins that need a newer Python than 3.9, with the version to fetch them for; the code that imports
# them checks sys.version_info first.
NEWER_PYTHON = {"truststore": "3.10"}


def download_wheels(dest: Path) -> list[Path]:
    """Fetch the pinned wheels, without dependencies, as built for Python 3.9 (NEWER_PYTHON: for theirs)."""
    groups: dict[str, list[str]] = {}
    for line in REQUIREMENTS.read_text(encoding="utf-8").splitlines():
        requirement = line.split("#")[0].strip()
        if requirement:
            name = requirement.split("==")[0].strip().lower()
            groups.setdefault(NEWER_PYTHON.get(name, "3.9"), []).append(requirement)
    for python_version, requirements in sorted(groups.items()):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--no-deps",
                "--only-binary=:all:",
                "--python-version",
                python_version,
                "--dest",
                str(dest),
                *requirements,
            ],
            check=True,
        )
    return sorted(dest.glob("*.whl"))


def unpack_wheel(wheel: Path, names: set[str]) -> None:
    """Copy a wheel's importable top-level names, METADATA and licences into VENDOR."""
    with zipfile.ZipFile(wheel) as archive:
        for member in archive.namelist():
            top = member.split("/")[0]
            if top.endswith(".dist-info"):
                keep = member.endswith("/METADATA") or LICENCE_FILE.search(member.split("/")[-1])
                if keep and not member.endswith("/"):
                    target = VENDOR / top / Path(member).name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(member))
                continue
            if member.endswith("/"):
                continue
            names.add(top[:-3] if top.endswith(".py") else top)
            target = VENDOR / member
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(archive.read(member))


def rewrite_imports(path: Path, names: set[str]) -> None:
    """Turn absolute imports of vendored names into relative ones."""
    package_depth = len(path.relative_to(VENDOR).parts) - 1
    dots = "." * (package_depth + 1)
    alternatives = "|".join(sorted(names, key=len, reverse=True))
    from_import = re.compile(rf"^(\s*)from ({alternatives})((?:\.\w+)*) import ", re.MULTILINE)
    plain_import = re.compile(rf"^(\s*)import ({alternatives})(\s+as\s+\w+)?[ \t]*(#.*)?$", re.MULTILINE)
    dotted_import = re.compile(rf"^\s*import ({alternatives})[.,]", re.MULTILINE)

    source = path.read_text(encoding="utf-8")
    if dotted_import.search(source):
        raise SystemExit(f"{path}: 'import a.b' or 'import a, b' of a vendored name; extend the rewriter")
    source = from_import.sub(lambda m: f"{m[1]}from {dots}{m[2]}{m[3]} import ", source)
    source = plain_import.sub(
        lambda m: f"{m[1]}from {dots} import {m[2]}{m[3] or ''}{'  ' + m[4] if m[4] else ''}", source
    )
    for old, new in STRING_IMPORTS.items():
        source = source.replace(old, new)
    path.write_text(source, encoding="utf-8")


def main() -> None:
    shutil.rmtree(VENDOR, ignore_errors=True)
    VENDOR.mkdir(parents=True)
    names: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        wheels = download_wheels(Path(tmp))
        for wheel in wheels:
            unpack_wheel(wheel, names)
    for source in VENDOR.rglob("*.py"):
        rewrite_imports(source, names)
    (VENDOR / "__init__.py").write_text(
        '"""Third-party packages, vendored by scripts/vendor.py from requirements-vendor.txt."""\n'
    )
    shutil.copyfile(REQUIREMENTS, VENDOR / "vendor.txt")
    print(f"vendored {len(wheels)} wheels into {VENDOR.relative_to(ROOT)}: {', '.join(sorted(names))}")


if __name__ == "__main__":
    main()
