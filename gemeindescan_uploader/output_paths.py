"""Refuse an output path that would overwrite the analyst's work: the project, a layer's data, the input.

One function for every interface (command line, Processing, panel): ``check_output_path``.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional, Union
from urllib.parse import unquote, urlsplit

from . import messages
from .errors import InvalidInput
from .messages import Message

if TYPE_CHECKING:
    from qgis.core import QgsMapLayer, QgsProject

PathLike = Union[str, os.PathLike]

# Files SQLite (GeoPackage, SpatiaLite) keeps beside a database while it is open or was not closed cleanly.
_DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")
# The files that make up a shapefile (and QGIS's own sidecars): overwriting any of them breaks the layer.
_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")


def check_output_path(
    output: PathLike,
    project: Optional[QgsProject] = None,
    layers: Iterable[QgsMapLayer] = (),
    inputs: Iterable[PathLike] = (),
) -> Path:
    """``output`` if writing a snapshot there destroys nothing; InvalidInput naming what it would destroy.

    Protected: the project file (and its auxiliary storage), every layer's data source in the project and
    in ``layers`` with its companions (``-wal``/``-shm``, shapefile parts), and the ``inputs`` (the file
    being published).
    """
    output = Path(output)
    if output.is_dir():
        raise InvalidInput(
            Message(messages.OUTPUT_IS_FOLDER, output=output, example=output / "snapshot.json")
        )
    target = _comparable(output)
    for path, what in _protected(project, layers, inputs):
        if target == _comparable(path) or _same_file(output, path):
            raise InvalidInput(Message(messages.OUTPUT_WOULD_DESTROY, name=output.name, what=what))
    return output


def _protected(
    project: Optional[QgsProject], layers: Iterable[QgsMapLayer], inputs: Iterable[PathLike]
) -> Iterable[tuple[Path, str]]:
    """Every protected file with a few words saying what it is."""
    for path in inputs:
        yield Path(path), Message(messages.PROTECTED_INPUT)
    if project is not None and project.fileName():
        project_file = Path(project.fileName())
        yield project_file, Message(messages.PROTECTED_PROJECT)
        yield project_file.with_suffix(".qgd"), Message(messages.PROTECTED_AUXILIARY_STORAGE)
    all_layers = list(layers)
    if project is not None:
        all_layers += list(project.mapLayers().values())
    for layer in all_layers:
        source = layer_data_path(layer)
        if source is None:
            continue
        what = Message(messages.PROTECTED_LAYER_DATA, layer=layer.name())
        yield source, what
        for companion in _DATABASE_COMPANIONS:
            companion_what = Message(messages.PROTECTED_LAYER_DATABASE, layer=layer.name())
            yield source.with_name(source.name + companion), companion_what
        if source.suffix.lower() == ".shp":
            for suffix in _SHAPEFILE_PARTS:
                yield source.with_suffix(suffix), what


def layer_data_path(layer: QgsMapLayer) -> Optional[Path]:
    """The local file a layer reads its data from, or None (memory layers, web services)."""
    from qgis.core import QgsProviderRegistry

    source = layer.source()
    decoded = QgsProviderRegistry.instance().decodeUri(layer.providerType(), source) or {}
    path = decoded.get("path") or ""
    if not path:
        # Providers not loaded (a bare QgsApplication) decode nothing: read the common forms directly.
        database = re.search(r"dbname='((?:[^'\\]|\\.)*)'", source)
        if database:
            path = database.group(1)
        elif source.startswith("file:"):
            path = unquote(urlsplit(source).path)
        else:
            path = source.split("|", 1)[0]
    path = str(path).strip()
    if not path or "://" in path or path.startswith(("memory", "dbname=")):
        return None
    candidate = Path(path)
    return candidate if candidate.is_absolute() or candidate.exists() else None


def _comparable(path: Path) -> str:
    """A path as the file system sees it: absolute, links resolved, case folded where case is ignored."""
    return os.path.normcase(os.path.realpath(path))


def _same_file(first: Path, second: Path) -> bool:
    """Whether two existing paths are one file (hard links, mounts)."""
    try:
        return first.exists() and second.exists() and os.path.samefile(first, second)
    except OSError:
        return False
