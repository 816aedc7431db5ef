"""Seed data: municipalities from data/municipalities.csv, two users, two workspaces, two snapshots."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction

from gemeindescan_server.models import Municipality, Snapshot, Workspace

MUNICIPALITIES_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"

USERNAME = "analyst"
PASSWORD = "gemeindescan-test-password"
SECOND_USERNAME = "newcomer"
SECOND_PASSWORD = "newcomer-test-password"

# A minimal Spatial Data Package, stored for the seeded snapshot that already has a file.
EXISTING_SNAPSHOT_DATA = {
    "profile": "spatial-data-package",
    "name": "existing-snapshot",
    "title": "Existing snapshot",
    "views": [{"name": "main", "spec": {"bounds": [8.448, 47.320, 8.625, 47.435]}}],
    "resources": [],
}


def load_municipalities(csv_path: Path = MUNICIPALITIES_CSV) -> int:
    """Insert every municipality of the CSV; the count inserted."""
    # Half the size of the box around the centre in the CSV, in degrees (about 2.8 km by 2.3 km).
    half_lat, half_lon = 0.0125, 0.015
    with csv_path.open(encoding="utf-8", newline="") as handle:
        rows = [row for row in csv.DictReader(handle) if row["bfs_number"].strip()]
    Municipality.objects.bulk_create(
        Municipality(
            bfs_number=int(row["bfs_number"]),
            name=row["name"],
            canton=row["canton"],
            min_lat=round(float(row["lat"]) - half_lat, 6),
            min_lon=round(float(row["lon"]) - half_lon, 6),
            max_lat=round(float(row["lat"]) + half_lat, 6),
            max_lon=round(float(row["lon"]) + half_lon, 6),
        )
        for row in rows
    )
    return len(rows)


@transaction.atomic
def seed() -> dict:
    """Fill an empty database (once); the facts a test needs about what is there."""
    user_model = get_user_model()
    if not user_model.objects.filter(username=USERNAME).exists():
        load_municipalities()
        analyst = user_model.objects.create_user(USERNAME, "analyst@example.org", PASSWORD)
        user_model.objects.create_user(SECOND_USERNAME, "newcomer@example.org", SECOND_PASSWORD)
        # Created first, so it is the "oldest workspace" the workspaceid cookie names.
        with_snapshots = Workspace.objects.create(
            title="Gemeindescan Zürich", description="A workspace that already holds snapshots."
        )
        Workspace.objects.create(title="Plugin tests", description="An empty workspace to publish to.")
        existing = Snapshot.objects.create(
            title="Existing snapshot", topic="Mobility", municipality_id=261, owner=analyst
        )
        existing.data_file.save(
            f"{existing.pk}.json", ContentFile(json.dumps(EXISTING_SNAPSHOT_DATA).encode("utf-8"))
        )
        second = Snapshot.objects.create(
            title="Snapshot without a file", topic="Housing", municipality_id=230, owner=analyst
        )
        with_snapshots.snapshots.add(existing, second)
    with_snapshots, empty = Workspace.objects.order_by("created")[:2]
    existing, without_file = with_snapshots.snapshots.order_by("created")[:2]
    return {
        "username": USERNAME,
        "password": PASSWORD,
        "second_username": SECOND_USERNAME,
        "second_password": SECOND_PASSWORD,
        "workspace_id": empty.pk,
        "workspace_with_snapshots_id": with_snapshots.pk,
        "existing_snapshot_pk": existing.pk,
        "snapshot_without_file_pk": without_file.pk,
        "existing_snapshot_data": EXISTING_SNAPSHOT_DATA,
        "municipality_count": Municipality.objects.count(),
    }
