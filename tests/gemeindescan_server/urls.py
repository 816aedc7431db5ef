"""URLs as on the platform: trailing slashes required, CommonMiddleware's APPEND_SLASH handles the rest."""

from __future__ import annotations

from django.conf import settings
from django.urls import path, re_path
from django.views.decorators.csrf import csrf_exempt
from django.views.static import serve
from graphene_django.views import GraphQLView

from gemeindescan_server import api, views

urlpatterns = [
    path("", views.home),
    path("account/login/", views.PlatformLoginView.as_view(), name="login"),
    path("account/logout/", views.logout, name="logout"),
    # Only the session cookie authenticates GraphQL: the platform exempts it from CSRF.
    path("graphql/", csrf_exempt(GraphQLView.as_view(graphiql=False))),
    path("api/v1/snapshots/<str:pk>/", api.SnapshotUploadView.as_view()),
    # Uploaded files are public, also with DEBUG off.
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    re_path(r"^(?P<snapshot_pk>[A-Z0-9]{6})/$", views.snapshot_page),
    re_path(r"^(?P<workspace_id>[A-Z0-9]{5})/(?P<snapshot_pk>[A-Z0-9]{6})/$", views.snapshot_page),
]
