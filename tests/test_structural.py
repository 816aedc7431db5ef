"""The golden-file comparison itself: it must catch what differs and forgive rounding."""

import pytest
from structural import assert_matches, differences


def test_numbers_within_tolerance_match():
    assert differences({"a": [1.0, 2.0000000001]}, {"a": [1, 2]}) == []


def test_every_kind_of_difference_is_reported():
    found = differences(
        {"a": 1.1, "b": "x", "c": [1], "extra": 0, "t": True},
        {"a": 1.0, "b": "y", "c": [1, 2], "missing": 0, "t": 1},
    )
    assert found == [
        "$.a: 1.1 != 1.0",
        "$.b: 'x' != 'y'",
        "$.c: 1 items != 2 expected",
        "$.extra: unexpected 0",
        "$.missing: missing",
        "$.t: True != 1",
    ]


def test_assert_matches_fails_with_the_differences():
    with pytest.raises(AssertionError, match=r"\$\.a"):
        assert_matches({"a": 1}, {"a": 2})
