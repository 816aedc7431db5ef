"""Seed data: the municipalities (municipality_list.py), three users, three workspaces, three snapshots."""

from __future__ import annotations

import json

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.db import transaction

from gemeindescan_server.models import Municipality, Snapshot, Workspace
from gemeindescan_server.municipality_list import municipality_rows

USERNAME = "analyst"
PASSWORD = "gemeindescan-test-password"
SECOND_USERNAME = "newcomer"
SECOND_PASSWORD = "newcomer-test-password"
# A colleague with a workspace and a snapshot of their own: what an update must not overwrite by mistake.
COLLEAGUE_USERNAME = "colleague"
COLLEAGUE_PASSWORD = "colleague-test-password"

# A minimal Spatial Data Package, stored for the seeded snapshot that already has a file.
EXISTING_SNAPSHOT_DATA = {
    "profile": "spatial-data-package",
    "name": "existing-snapshot",
    "title": "Existing snapshot",
    "views": [{"name": "main", "spec": {"bounds": [8.448, 47.320, 8.625, 47.435]}}],
    "resources": [],
}


def load_municipalities() -> int:
    """Insert every municipality; the count inserted."""
    # Half the size of the box around the centre, in degrees (about 2.8 km by 2.3 km).
    half_lat, half_lon = 0.0125, 0.015
    rows = municipality_rows()
    Municipality.objects.bulk_create(
        Municipality(
            bfs_number=row["bfs_number"],
            name=row["name"],
            canton=row["canton"],
            min_lat=round(row["lat"] - half_lat, 6),
            min_lon=round(row["lon"] - half_lon, 6),
            max_lat=round(row["lat"] + half_lat, 6),
            max_lon=round(row["lon"] + half_lon, 6),
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
        colleague = user_model.objects.create_user(
            COLLEAGUE_USERNAME, "colleague@example.org", COLLEAGUE_PASSWORD
        )
        neighbours = Workspace.objects.create(title="Nachbargemeinde", description="A colleague's workspace.")
        theirs = Snapshot.objects.create(
            title="Their snapshot", topic="Verkehr", municipality_id=261, owner=colleague
        )
        theirs.data_file.save(
            f"{theirs.pk}.json", ContentFile(json.dumps(EXISTING_SNAPSHOT_DATA).encode("utf-8"))
        )
        neighbours.snapshots.add(theirs)
    with_snapshots, empty, neighbours = Workspace.objects.order_by("created")[:3]
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
        "colleague_workspace_id": neighbours.pk,
        "colleague_snapshot_pk": neighbours.snapshots.get().pk,
        "municipality_count": Municipality.objects.count(),
    }
