"""Structural comparison of JSON-like data with a tolerance for numbers (golden-file tests)."""

from __future__ import annotations

import math
from typing import Any


def differences(
    actual: Any, expected: Any, *, rel: float = 1e-6, abs_tol: float = 1e-6, path: str = "$"
) -> list[str]:
    """Where ``actual`` differs from ``expected``: keys, lengths, text exactly, numbers within tolerance."""
    if isinstance(expected, bool) or isinstance(actual, bool):
        return [] if actual is expected else [f"{path}: {actual!r} != {expected!r}"]
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        close = math.isclose(actual, expected, rel_tol=rel, abs_tol=abs_tol)
        return [] if close else [f"{path}: {actual!r} != {expected!r}"]
    if isinstance(expected, dict) and isinstance(actual, dict):
        found = []
        for key in sorted(set(expected) | set(actual), key=str):
            if key not in actual:
                found.append(f"{path}.{key}: missing")
            elif key not in expected:
                found.append(f"{path}.{key}: unexpected {actual[key]!r}"[:200])
            else:
                found += differences(
                    actual[key], expected[key], rel=rel, abs_tol=abs_tol, path=f"{path}.{key}"
                )
        return found
    if isinstance(expected, list) and isinstance(actual, list):
        if len(actual) != len(expected):
            return [f"{path}: {len(actual)} items != {len(expected)} expected"]
        found = []
        for index, (left, right) in enumerate(zip(actual, expected)):
            found += differences(left, right, rel=rel, abs_tol=abs_tol, path=f"{path}[{index}]")
        return found
    return [] if actual == expected else [f"{path}: {actual!r} != {expected!r}"[:300]]


def assert_matches(actual: Any, expected: Any, *, rel: float = 1e-6, abs_tol: float = 1e-6) -> None:
    """Fail with every difference listed (at most 30) when ``actual`` does not match ``expected``."""
    found = differences(actual, expected, rel=rel, abs_tol=abs_tol)
    assert not found, "\n".join(found[:30]) + (f"\n… and {len(found) - 30} more" if len(found) > 30 else "")
