"""The ``csrftoken`` cookie as Django 3.1 (the platform's version) sends it."""

from __future__ import annotations

from typing import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import (
    CSRF_SECRET_LENGTH,
    CSRF_TOKEN_LENGTH,
    _mask_cipher_secret,
    _unmask_cipher_token,
)


class Django31CsrfCookieMiddleware:
    """Always a 64-character masked ``csrftoken`` cookie, re-sent unchanged until login rotates it.

    Django 4.2 re-sends a known cookie as its bare 32-character secret; Django 3.1 sent the same
    64-character token back, which is what a client of the platform sees. Sits outside Django's
    CsrfViewMiddleware (and the ensure_csrf_cookie of GraphQLView) and rewrites what they set.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        morsel = response.cookies.get(settings.CSRF_COOKIE_NAME)
        if morsel is not None and len(morsel.value) == CSRF_SECRET_LENGTH:
            secret = morsel.value
            incoming = request.COOKIES.get(settings.CSRF_COOKIE_NAME, "")
            try:
                same_secret = len(incoming) == CSRF_TOKEN_LENGTH and _unmask_cipher_token(incoming) == secret
            except ValueError:
                same_secret = False
            token = incoming if same_secret else _mask_cipher_secret(secret)
            # Alphanumeric tokens need no cookie quoting: value and coded value are the same.
            morsel.set(morsel.key, token, token)
        return response
