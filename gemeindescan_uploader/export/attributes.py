"""Feature attributes as JSON: dates as ISO text, NULL as null, NaN as null, binary fields left out."""

from __future__ import annotations

import json
import math
from typing import Any, Callable

from qgis.core import QgsFields
from qgis.PyQt.QtCore import QByteArray, QDate, QDateTime, Qt, QTime, QVariant


def type_id(field_type: Any) -> int:
    """Qt's type id of a field type (QVariant.Type on PyQt5, QMetaType.Type on PyQt6: same numbers)."""
    return field_type.value if hasattr(field_type, "value") else int(field_type)


# Qt type ids (stable between Qt 5 and 6). Binary blobs mean nothing in a web map and bloat the file.
_BINARY_TYPES = {12}  # QByteArray
_DATE_TYPES = {14, 15, 16}  # QDate, QTime, QDateTime: converted per field, cheaper than json's hook
# Days whose ISO text is remembered per field encoder: a field of all different days must not grow it.
_DAYS_REMEMBERED = 4096


def exported_fields(fields: QgsFields, reserved: frozenset[str] = frozenset()) -> list[tuple[int, str]]:
    """``(index, name)`` of the fields written as feature properties, in layer order.

    Binary fields and names in ``reserved`` (names the style owns or the schema forbids) are left out.
    """
    kept = []
    for index in range(fields.count()):
        field = fields.at(index)
        if type_id(field.type()) in _BINARY_TYPES or field.name() in reserved:
            continue
        kept.append((index, field.name()))
    return kept


def json_value(value: Any) -> Any:
    """A value JSON can carry: NULL → None, NaN/infinity → None, Qt dates → ISO 8601 text."""
    if value is None or isinstance(value, (str, bool, int)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, QVariant):
        # PyQt5 hands out NULL as an invalid QVariant; anything else inside is unwrapped first.
        return None if value.isNull() else json_value(value.value())
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None
    if isinstance(value, (QByteArray, bytes, bytearray, memoryview)):
        return None
    if isinstance(value, (list, tuple)):
        return [json_value(item) for item in value]
    if isinstance(value, dict):
        return {str(key): json_value(item) for key, item in value.items()}
    if hasattr(value, "isoformat"):  # datetime.date/time from providers that give Python objects
        return value.isoformat()
    return str(value)


def _iso(value: Any) -> Any:
    return value.toString(Qt.DateFormat.ISODate) if value.isValid() else None


def _unwrap(value: QVariant) -> Any:
    # PyQt5 hands out NULL as an invalid QVariant; anything else inside is unwrapped first.
    return None if value.isNull() else json_value(value.value())


# The types feature attributes commonly have that json cannot write, with their converters.
_CONVERTERS: dict[type, Callable[[Any], Any]] = {QDate: _iso, QDateTime: _iso, QTime: _iso, QVariant: _unwrap}


def _unusual_value(value: Any) -> Any:
    """json's hook for values it cannot write itself (NULL, dates, ...): their JSON-safe stand-in."""
    converter = _CONVERTERS.get(type(value))
    if converter is not None:
        return converter(value)
    converted = json_value(value)
    return str(value) if converted is value else converted


def _make_encoder() -> Callable[[Any], str]:
    """Compact, non-ASCII-escaping JSON encoding that raises ValueError on NaN and infinity."""
    encoder = json.JSONEncoder(
        ensure_ascii=False,
        separators=(",", ":"),
        allow_nan=False,
        check_circular=False,
        default=_unusual_value,
    )
    make_c_encoder = getattr(json.encoder, "c_make_encoder", None)
    if make_c_encoder is None:
        return encoder.encode
    # JSONEncoder.encode builds a new C encoder on every call; this runs once per feature, so build it
    # once (same arguments as JSONEncoder.iterencode passes for these settings).
    c_encoder = make_c_encoder(
        None, _unusual_value, json.encoder.encode_basestring, None, ":", ",", False, False, False
    )

    def encode(value: Any) -> str:
        return "".join(c_encoder(value, 0))

    return encode


# Plain values (text, numbers) go straight through the C encoder; only unusual ones reach Python.
_encode = _make_encoder()


def encode_properties(properties: dict) -> str:
    """Compact JSON of a properties dict; NaN and infinity become null (JSON has no words for them)."""
    try:
        return _encode(properties)
    except ValueError:  # a float NaN or infinity, rare enough to pay for a second pass
        return _encode({key: json_value(value) for key, value in properties.items()})


def properties_encoder(fields: QgsFields, exported: list[tuple[int, str]]) -> Callable[[list], str]:
    """A function turning ``feature.attributes()`` into the JSON object of the ``exported`` fields."""
    names = [name for _, name in exported]
    indexes = [index for index, _ in exported]
    dates = [
        position for position, index in enumerate(indexes) if type_id(fields.at(index).type()) in _DATE_TYPES
    ]
    everything = indexes == list(range(fields.count()))
    iso = Qt.DateFormat.ISODate
    # A layer has few distinct days: each one's text is made once (its day number costs less to ask for).
    days: dict[int, str] = {}

    def encode(values: list) -> str:
        if not everything:
            values = [values[index] for index in indexes]
        for position in dates:
            value = values[position]
            if not value:  # NULL (an invalid QVariant) and invalid dates become null
                values[position] = None
            elif type(value) is QDate:
                day = value.toJulianDay()
                text = days.get(day)
                if text is None:
                    if len(days) >= _DAYS_REMEMBERED:
                        days.clear()
                    text = days[day] = value.toString(iso)
                values[position] = text
            else:  # a time or a date and time
                values[position] = value.toString(iso)
        properties = dict(zip(names, values))
        try:  # encode_properties inlined: this runs once per feature
            return _encode(properties)
        except ValueError:
            return encode_properties(properties)

    return encode
