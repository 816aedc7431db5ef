"""Processing enum values under their QGIS 3.22 names and their QGIS ≥ 3.36 / QGIS 4 names."""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)


def _pick(new_enum: str, new_member: str, old_value):
    """The member of ``Qgis.<new_enum>`` where QGIS has it, otherwise the 3.22 value."""
    enum = getattr(Qgis, new_enum, None)
    return getattr(enum, new_member) if enum is not None else old_value


def _old(owner, enum_name: str, member: str):
    """A 3.22 scoped enum member, or None where QGIS no longer has it (it is only used as a fallback)."""
    enum = getattr(owner, enum_name, None)
    return getattr(enum, member, None) if enum is not None else None


ANY_MAP_LAYER = _pick("ProcessingSourceType", "MapLayer", _old(QgsProcessing, "SourceType", "TypeMapLayer"))
INTEGER = _pick("ProcessingNumberParameterType", "Integer",
                _old(QgsProcessingParameterNumber, "Type", "Integer"))
FILE = _pick("ProcessingFileParameterBehavior", "File", _old(QgsProcessingParameterFile, "Behavior", "File"))
ADVANCED = _pick("ProcessingParameterFlag", "Advanced",
                 _old(QgsProcessingParameterDefinition, "Flag", "FlagAdvanced"))
