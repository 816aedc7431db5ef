"""The platform's records, reduced to what the plugin's four requests touch."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from gemeindescan_server.ids import SNAPSHOT_PK_LENGTH, WORKSPACE_ID_LENGTH, random_key

CANTONS = [
    "AG", "AI", "AR", "BE", "BL", "BS", "FR", "GE", "GL", "GR", "JU", "LU", "NE",
    "NW", "OW", "SG", "SH", "SO", "SZ", "TG", "TI", "UR", "VD", "VS", "ZG", "ZH",
]  # fmt: skip


def new_snapshot_pk() -> str:
    """A fresh 6-character snapshot id such as ``R4RPGC``."""
    return random_key(SNAPSHOT_PK_LENGTH)


def new_workspace_id() -> str:
    """A fresh 5-character workspace id such as ``B5BXT``."""
    return random_key(WORKSPACE_ID_LENGTH)


class Municipality(models.Model):
    """A Swiss municipality with its BfS number and the bounding box of its perimeter."""

    bfs_number = models.IntegerField(primary_key=True)
    name = models.CharField(max_length=100)
    canton = models.CharField(max_length=2, choices=[(c, c) for c in CANTONS])
    min_lat = models.FloatField()
    min_lon = models.FloatField()
    max_lat = models.FloatField()
    max_lon = models.FloatField()

    class Meta:
        ordering = ["name"]

    @property
    def fullname(self) -> str:
        """The name with the canton, as the platform shows it: ``Zürich (ZH)``."""
        return f"{self.name} ({self.canton})"

    @property
    def perimeter_bounds(self) -> list[float]:
        """``[minLat, minLon, maxLat, maxLon]``: latitude first, as the platform answers."""
        return [self.min_lat, self.min_lon, self.max_lat, self.max_lon]


class Snapshot(models.Model):
    """A published map: title, topic, municipality and the uploaded snapshot file."""

    NOT_LISTED = "NOT_LISTED"
    PUBLIC = "PUBLIC"

    id = models.CharField(primary_key=True, max_length=SNAPSHOT_PK_LENGTH, default=new_snapshot_pk)
    title = models.CharField(max_length=150)
    topic = models.CharField(max_length=100)
    municipality = models.ForeignKey(Municipality, on_delete=models.PROTECT, related_name="snapshots")
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="snapshots")
    permission = models.CharField(
        max_length=20, default=NOT_LISTED, choices=[(NOT_LISTED, NOT_LISTED), (PUBLIC, PUBLIC)]
    )
    # One folder for everybody's files, named as on the platform; Django's storage adds a random
    # suffix on a name clash.
    data_file = models.FileField(upload_to="data-files/", blank=True, null=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]


class Workspace(models.Model):
    """A collection of snapshots that a link can show together."""

    id = models.CharField(primary_key=True, max_length=WORKSPACE_ID_LENGTH, default=new_workspace_id)
    title = models.CharField(max_length=150)
    description = models.TextField(blank=True)
    snapshots = models.ManyToManyField(Snapshot, related_name="workspaces", blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created"]
