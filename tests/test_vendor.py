"""The vendored GraphQL client: pinned, licensed, Python 3.9-compatible, and immune to other copies."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from email.parser import Parser
from pathlib import Path

from conftest import REPO_ROOT
from packaging.specifiers import SpecifierSet

VENDOR = REPO_ROOT / "gemeindescan_uploader" / "_vendor"


def pinned_requirements() -> dict[str, str]:
    pins = {}
    for line in (REPO_ROOT / "requirements-vendor.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, version = line.split("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def vendored_metadata() -> list[dict]:
    return [
        dict(Parser().parsestr((info / "METADATA").read_text(encoding="utf-8")).items())
        for info in sorted(VENDOR.glob("*.dist-info"))
    ]


def test_vendored_packages_are_exactly_the_pins():
    vendored = {meta["Name"].lower().replace("_", "-"): meta["Version"] for meta in vendored_metadata()}
    assert vendored == pinned_requirements()


# Vendored for newer Pythons only; the code that imports them checks the version first.
NEWER_PYTHON_ONLY = {"truststore": "3.10"}


def test_every_vendored_package_admits_python_3_9():
    for meta in vendored_metadata():
        requires = SpecifierSet(meta.get("Requires-Python", ""))
        newer = NEWER_PYTHON_ONLY.get(meta["Name"].lower())
        if newer:
            assert requires.contains(f"{newer}.0"), f"{meta['Name']} requires Python {requires}"
            continue
        assert requires.contains("3.9.0"), f"{meta['Name']} requires Python {requires}"


def test_newer_python_packages_are_imported_behind_a_version_check():
    for name, version in NEWER_PYTHON_ONLY.items():
        major, minor = version.split(".")
        importers = []
        for path in (REPO_ROOT / "gemeindescan_uploader").rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            imports_it = f"_vendor.{name}" in source or f"_vendor import {name}" in source
            if "_vendor" not in path.parts and imports_it:
                importers.append(path)
        assert importers, f"nothing imports the vendored {name}"
        for path in importers:
            assert f"sys.version_info >= ({major}, {minor})" in path.read_text(encoding="utf-8"), path


def test_every_vendored_package_carries_its_licence():
    for info in sorted(VENDOR.glob("*.dist-info")):
        licence_files = [path for path in info.iterdir() if path.name != "METADATA"]
        assert licence_files, f"no licence file for {info.name}"


def test_no_vendored_module_imports_a_top_level_gql_or_graphql():
    for source in VENDOR.rglob("*.py"):
        for line in source.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            assert not stripped.startswith(
                ("import gql", "import graphql", "from gql", "from graphql")
            ), f"{source.relative_to(REPO_ROOT)}: {stripped}"


def test_client_imports_with_a_conflicting_graphql_first_on_sys_path(tmp_path: Path):
    # Debian's python3-graphql-core 2 or another plugin's copy would sit on sys.path like this.
    for name in ("graphql", "gql"):
        (tmp_path / name).mkdir()
        conflicting = f"raise ImportError('the conflicting {name} was imported')"
        (tmp_path / name / "__init__.py").write_text(conflicting)
    script = textwrap.dedent(
        """
        import sys
        from gemeindescan_uploader._vendor.gql import Client, gql
        from gemeindescan_uploader._vendor.gql.transport.requests import RequestsHTTPTransport
        document = gql("query Municipalities { municipalities(first: 1) { edges { node { name } } } }")
        leaked = sorted(name for name in sys.modules if name.split(".")[0] in ("gql", "graphql"))
        assert not leaked, leaked
        print("ok", type(document).__name__)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": f"{tmp_path}:{REPO_ROOT}", "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok DocumentNode"
