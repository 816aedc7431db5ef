"""The REST upload: ``PATCH /api/v1/snapshots/<pk>/`` with the snapshot file as ``data_file``."""

from __future__ import annotations

from django.http import Http404
from rest_framework import exceptions, generics, serializers

from gemeindescan_server.models import Snapshot


class SnapshotDataFileSerializer(serializers.ModelSerializer):
    """Only the file; its content is not looked at (the platform does not validate it)."""

    class Meta:
        model = Snapshot
        fields = ["data_file"]


class SnapshotUploadView(generics.UpdateAPIView):
    """Store an uploaded snapshot file; answers the file's absolute URL as ``data_file``."""

    queryset = Snapshot.objects.all()
    serializer_class = SnapshotDataFileSerializer
    http_method_names = ["patch", "options"]

    def get_object(self) -> Snapshot:
        """The snapshot of the URL; an unknown pk is DRF 3.11's plain ``{"detail": "Not found."}``."""
        try:
            return super().get_object()
        except Http404:
            # DRF 3.15 passes Django's "No Snapshot matches the given query." on; the platform did not.
            raise exceptions.NotFound() from None
