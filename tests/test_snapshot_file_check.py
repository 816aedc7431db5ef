"""Checking snapshot files as a stream: the same verdict as parsing them whole, in bounded memory."""

from __future__ import annotations

import json
import tracemalloc

import pytest
from snapshot_samples import sample_snapshot

import gemeindescan_uploader.json_stream as json_stream
from gemeindescan_uploader.errors import InvalidSnapshot
from gemeindescan_uploader.validation import check_snapshot_file, validate_snapshot


def problems_of(path) -> list[str]:
    try:
        check_snapshot_file(path)
    except InvalidSnapshot as error:
        return error.problems
    return []


def broken_snapshots() -> list[dict]:
    """Snapshots with feature and skeleton problems, for comparing the streamed check with the whole one."""
    cases = []
    snapshot = sample_snapshot(features=12)
    features = snapshot["resources"][0]["data"]["features"]
    features[0]["properties"]["fill"] = "red"
    features[3]["geometry"]["coordinates"] = [2600000, 1200000]  # metres where degrees belong
    del features[5]["properties"]["stroke"]
    cases.append(snapshot)
    many = sample_snapshot(features=20)
    for feature in many["resources"][0]["data"]["features"]:
        feature["properties"]["fill-opacity"] = 2  # more than MAX_FEATURE_PROBLEMS
    cases.append(many)
    skeleton = sample_snapshot()
    skeleton["views"][0]["spec"]["bounds"] = ["geo:-33.9,18.4", "geo:-33.8,18.5"]
    skeleton["sources"] = []
    cases.append(skeleton)
    late_mediatype = sample_snapshot(features=3)
    resource = late_mediatype["resources"][0]
    resource["data"]["features"][1]["properties"]["stroke"] = "blue"
    resource["mediatype"] = resource.pop("mediatype")  # written after the features
    cases.append(late_mediatype)
    return cases


@pytest.mark.parametrize("snapshot", broken_snapshots())
@pytest.mark.parametrize("chunk", [3, 1 << 20])
def test_streamed_check_says_what_the_whole_check_says(snapshot, chunk, tmp_path, monkeypatch):
    # A tiny chunk puts a chunk boundary inside every string, number and feature.
    monkeypatch.setattr(json_stream, "_CHUNK_BYTES", chunk)
    path = tmp_path / "snapshot.json"
    path.write_text(json.dumps(snapshot, indent=1, ensure_ascii=False), encoding="utf-8")
    expected = validate_snapshot(snapshot)
    assert expected, "each case has problems"
    assert problems_of(path) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"views": [', "Expecting value (at character 11)"),
        ('{"title": "a"} {"title": "b"}', "Extra data (at character 15)"),
        ('{"resources": [{"data": {"features": [{"type": "Feature",}]}}]}', "Expecting property name"),
        ("[" * 100_000, "nested too deeply"),
        ('{"resources": [{"data": {"features": [' + "[" * 100_000, "nested too deeply"),
        ("", "Expecting value (at character 0)"),
    ],
    ids=["truncated", "extra-data", "trailing-comma", "deep-array", "deep-feature", "empty"],
)
def test_broken_json_is_refused_with_the_reason_and_no_traceback(text, reason, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidSnapshot, match="is not a valid JSON file") as refused:
        check_snapshot_file(path)
    assert reason in refused.value.problems[0]


def test_utf16_and_byte_order_mark_files_are_read_as_json_reads_them(tmp_path):
    text = json.dumps(sample_snapshot(title="Zürich – Bümpliz"), ensure_ascii=False)
    for encoding in ("utf-8-sig", "utf-16"):
        path = tmp_path / f"{encoding}.json"
        path.write_bytes(text.encode(encoding))
        check_snapshot_file(path)


def test_a_large_file_is_checked_in_bounded_memory(tmp_path):
    """About 16 MB of features; the check must hold one feature and a chunk or two, not the file."""
    snapshot = sample_snapshot(features=1)
    feature = json.dumps(snapshot["resources"][0]["data"]["features"][0], separators=(",", ":"))
    resource = snapshot["resources"][0]
    resource["data"]["features"] = "@@FEATURES@@"
    head, tail = json.dumps(snapshot, separators=(",", ":")).split('"@@FEATURES@@"')
    path = tmp_path / "large.json"
    with path.open("w", encoding="utf-8") as stream:
        stream.write(head + "[")
        stream.write(",".join([feature] * 10_000))
        for _ in range(4):
            stream.write("," + ",".join([feature] * 10_000))
        stream.write("]" + tail)
    size = path.stat().st_size
    assert size > 15_000_000
    tracemalloc.start()
    try:
        check_snapshot_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    print(f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file")
    assert peak < 6_000_000, f"peak {peak / 1e6:.1f} MB for a {size / 1e6:.0f} MB file"
