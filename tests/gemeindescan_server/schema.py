"""The GraphQL schema: municipalities, workspace, snapshot and the snapshot mutation."""

from __future__ import annotations

import json

import graphene
from django.db import DataError
from graphene import relay
from graphene.types.generic import GenericScalar
from graphene_django import DjangoObjectType
from graphene_django.filter import DjangoFilterConnectionField
from graphql import GraphQLString

from gemeindescan_server.filters import MunicipalityFilter
from gemeindescan_server.ids import from_relay_id
from gemeindescan_server.models import Municipality, Snapshot, Workspace


def _coerce_string_as_graphql_core_2(value: object) -> str:
    """graphql-core 2's String input coercion: any JSON scalar in the variables becomes a string."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"String cannot represent a non string value: {value!r}")


# The platform (graphene 2, graphql-core 2) coerces a JSON number in the variables, e.g. a bfsNumber
# of 261, to the String "261"; graphql-core 3 refuses it. Inline literals stay strict in both (400).
GraphQLString.parse_value = _coerce_string_as_graphql_core_2


class MunicipalityNode(DjangoObjectType):
    """A municipality, filterable by name and canton, 100 per page at most."""

    fullname = graphene.String()
    perimeter_bounds = graphene.List(graphene.Float)

    class Meta:
        model = Municipality
        interfaces = (relay.Node,)
        fields = ("bfs_number", "name", "canton")
        # canton stays a String: with an enum, graphene-django 3 would type the canton filter argument
        # as that enum too, and canton:"zh" would be a 400 instead of the platform's 200 with an error.
        convert_choices_to_enum = False
        filterset_class = MunicipalityFilter

    def resolve_fullname(self, info) -> str:
        return self.fullname

    def resolve_perimeter_bounds(self, info) -> list[float]:
        return self.perimeter_bounds


class SnapshotNode(DjangoObjectType):
    """A snapshot with its uploaded file, parsed, as ``data``."""

    pk = graphene.String()
    datafile = graphene.String()
    data = GenericScalar()

    class Meta:
        model = Snapshot
        interfaces = (relay.Node,)
        fields = ("title", "topic", "municipality", "permission", "created")
        convert_choices_to_enum = False

    def resolve_pk(self, info) -> str:
        return self.pk

    def resolve_datafile(self, info) -> str:
        # As graphene-django converts a FileField: the stored name ("data-files/ABC123.json"),
        # "" before any upload; the download URL is MEDIA_URL plus this name.
        return str(self.data_file)

    def resolve_data(self, info) -> object:
        # No validation on upload, so a stored file that is not JSON fails here, with Python's message.
        if not self.data_file:
            return {}
        with self.data_file.open("rb") as stored:
            return json.loads(stored.read().decode("utf-8"))


class WorkspaceNode(DjangoObjectType):
    """A workspace and its snapshots (a plain list, not a connection)."""

    pk = graphene.String()
    snapshots = graphene.List(SnapshotNode)

    class Meta:
        model = Workspace
        interfaces = (relay.Node,)
        fields = ("title", "description")

    def resolve_pk(self, info) -> str:
        return self.pk

    def resolve_snapshots(self, info) -> list[Snapshot]:
        return list(self.snapshots.all())


def _check_length(value: str, max_length: int) -> None:
    # SQLite ignores varchar lengths; PostgreSQL refuses, and the platform passes its message on.
    if len(value) > max_length:
        raise DataError(f"value too long for type character varying({max_length})\n")


class SnapshotMutation(relay.ClientIDMutation):
    """Create a snapshot in a workspace, or update the one named by clientMutationId."""

    class Input:
        title = graphene.String()
        topic = graphene.String()
        bfs_number = graphene.String()
        wshash = graphene.String()

    snapshot = graphene.Field(SnapshotNode)

    @classmethod
    def mutate_and_get_payload(cls, root, info, **input) -> SnapshotMutation:
        user = info.context.user
        if not user.is_authenticated:
            # The platform answers an anonymous caller with a null snapshot and no error.
            return SnapshotMutation(snapshot=None)
        # Missing fields surface as the raw KeyError text, e.g. 'title'.
        title = input["title"]
        topic = input["topic"]
        municipality = Municipality.objects.get(bfs_number=int(input["bfs_number"]))
        _check_length(title, 150)
        _check_length(topic, 100)
        client_mutation_id = input.get("client_mutation_id")
        if client_mutation_id:
            # No ownership check: any logged-in user may update any snapshot.
            _, snapshot_pk = from_relay_id(client_mutation_id)
            snapshot = Snapshot.objects.get(pk=snapshot_pk)
            snapshot.title = title
            snapshot.topic = topic
            snapshot.municipality = municipality
            snapshot.save()
            return SnapshotMutation(snapshot=snapshot)
        _, workspace_id = from_relay_id(input["wshash"])
        workspace = Workspace.objects.get(pk=workspace_id)
        snapshot = Snapshot.objects.create(
            title=title, topic=topic, municipality=municipality, owner=user, permission=Snapshot.NOT_LISTED
        )
        workspace.snapshots.add(snapshot)
        return SnapshotMutation(snapshot=snapshot)


def _node_or_none(model: type, relay_id: str) -> object | None:
    # workspace(id) and snapshot(id) answer null, without an error, for unknown or malformed ids.
    try:
        _, pk = from_relay_id(relay_id)
        return model.objects.get(pk=pk)
    except Exception:
        return None


class Query(graphene.ObjectType):
    municipalities = DjangoFilterConnectionField(MunicipalityNode)
    workspace = graphene.Field(WorkspaceNode, id=graphene.ID(required=True))
    snapshot = graphene.Field(SnapshotNode, id=graphene.ID(required=True))

    def resolve_workspace(self, info, id: str) -> Workspace | None:
        return _node_or_none(Workspace, id)

    def resolve_snapshot(self, info, id: str) -> Snapshot | None:
        return _node_or_none(Snapshot, id)


class Mutation(graphene.ObjectType):
    snapshotmutation = SnapshotMutation.Field()


schema = graphene.Schema(query=Query, mutation=Mutation)
