"""Plain Django views: login with the workspace cookie, the cookie-only logout, CSRF page, frontend."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.utils.html import escape
from django.views import csrf

from gemeindescan_server.csrf_reasons import platform_csrf_reason
from gemeindescan_server.models import Snapshot, Workspace


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """Django's 403 "CSRF verification failed" page, with Django 3.1's reasons."""
    return csrf.csrf_failure(request, reason=platform_csrf_reason(reason))


def workspace_cookie_value(user) -> str | None:
    """``<workspace id>/<its first snapshot>`` of the oldest workspace holding one of the user's snapshots."""
    workspace = Workspace.objects.filter(snapshots__owner=user).order_by("created").first()
    if workspace is None:
        return None
    first = workspace.snapshots.order_by("created").first()
    return f"{workspace.pk}/{first.pk}"


class PlatformLoginView(auth_views.LoginView):
    """Django's LoginView; on success it also sets the platform's ``workspaceid`` cookie."""

    template_name = "registration/login.html"

    def form_valid(self, form) -> HttpResponse:
        response = super().form_valid(form)
        value = workspace_cookie_value(form.get_user())
        if value is not None:
            # The "/" is not a legal cookie character, so Python's cookie module sends the value
            # quoted: workspaceid="ACC01/R4RPGC", as the platform does.
            response.set_cookie("workspaceid", value)
        return response


def logout(request: HttpRequest) -> HttpResponse:
    """Delete the session and workspace cookies but keep the session valid on the server.

    The platform's logout only drops the cookies; a copied session id keeps working.
    """
    response = HttpResponseRedirect("/")
    response.delete_cookie("sessionid")
    response.delete_cookie("workspaceid")
    return response


def _page(title: str, body: str) -> HttpResponse:
    return HttpResponse(
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{escape(title)}</title></head>"
        f"<body>{body}</body></html>"
    )


def home(request: HttpRequest) -> HttpResponse:
    """The landing page logout redirects to."""
    return _page("Gemeindescan (local test server)", "<h1>Gemeindescan (local test server)</h1>")


def snapshot_page(request: HttpRequest, snapshot_pk: str, workspace_id: str | None = None) -> HttpResponse:
    """A stand-in for the frontend's snapshot page, so that the links the plugin prints resolve."""
    snapshot = get_object_or_404(Snapshot, pk=snapshot_pk)
    if workspace_id is not None:
        get_object_or_404(Workspace, pk=workspace_id, snapshots=snapshot)
    file_link = (
        f"<p><a href='{escape(snapshot.data_file.url)}'>snapshot file</a></p>" if snapshot.data_file else ""
    )
    return _page(
        snapshot.title,
        f"<h1>{escape(snapshot.title)}</h1><p>{escape(snapshot.topic)} — "
        f"{escape(snapshot.municipality.fullname)}</p>{file_link}",
    )
