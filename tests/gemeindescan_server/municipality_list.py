"""The municipalities the local server holds, read without Django (the tests compare against them too).

From the list the platform itself loads (../shared/municipalities/gemeinden.csv, 2,175 bare names) where
it is present, else from the small typed subset in data/municipalities.csv (a user's clone has no ../shared).
"""

from __future__ import annotations

import csv
import os
import re
from collections import defaultdict
from pathlib import Path
from statistics import fmean

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"
# The platform's own list, beside the repository (CI and developer machines; not in a user's clone).
SHARED_MUNICIPALITIES_CSV = (
    Path(__file__).resolve().parents[3] / "shared" / "municipalities" / "gemeinden.csv"
)


#: Set to "small" (run.py --small-municipality-list) to seed the 380 of the typed subset even where the
#: platform's list is present: for tests that page through the list slowly and need no real size.
LIST_VARIABLE = "GEMEINDESCAN_SERVER_MUNICIPALITIES"


def municipality_rows() -> list[dict]:
    """Every municipality to seed: bfs_number, bare name, canton, and a centre (lat, lon)."""
    typed = _typed_subset()
    if os.environ.get(LIST_VARIABLE) == "small":
        return list(typed.values())
    if not SHARED_MUNICIPALITIES_CSV.is_file():
        if os.environ.get("CI") == "true":
            # In CI ../shared is always there: a missing list must fail, not shrink the tests silently.
            raise RuntimeError(f"{SHARED_MUNICIPALITIES_CSV} is missing")
        return list(typed.values())
    by_canton: dict[str, list[dict]] = defaultdict(list)
    for row in typed.values():
        by_canton[row["canton"]].append(row)
    rows = []
    with SHARED_MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        for record in csv.DictReader(handle):
            bfs_number = int(record["gemeinde.BFS_NUMMER"])
            canton = record["kanton.KUERZEL"]
            known = typed.get(bfs_number)
            # The list has no coordinates: a typed centre where there is one, else the canton's mean.
            neighbours = by_canton.get(canton) or list(typed.values())
            lat = known["lat"] if known else round(fmean(row["lat"] for row in neighbours), 3)
            lon = known["lon"] if known else round(fmean(row["lon"] for row in neighbours), 3)
            rows.append(
                {
                    "bfs_number": bfs_number,
                    "name": record["gemeinde.NAME"],
                    "canton": canton,
                    "lat": lat,
                    "lon": lon,
                }
            )
    return rows


def _typed_subset() -> dict[int, dict]:
    """The small typed list, by BfS number, with the names bare as the platform stores them."""
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["bfs_number"].strip()]
    subset = {}
    for row in rows:
        # The official names carry their canton ("Wil (ZH)"); the platform adds it only in fullname.
        name = re.sub(rf"\s*\({re.escape(row['canton'])}\)$", "", row["name"])
        subset[int(row["bfs_number"])] = {
            "bfs_number": int(row["bfs_number"]),
            "name": name,
            "canton": row["canton"],
            "lat": float(row["lat"]),
            "lon": float(row["lon"]),
        }
    return subset
