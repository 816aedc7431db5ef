"""Django settings of the local Gemeindescan server, read from environment variables set by run.py."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
# run.py always sets it; the fallback keeps a stray manage command out of the source tree.
DATA_DIR = Path(
    os.environ.get("GEMEINDESCAN_SERVER_DATA_DIR", Path(tempfile.gettempdir()) / "gemeindescan-server")
)


def _flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    return default if value is None else value == "1"


# A throw-away server on the loopback: the key only has to be stable for one data directory.
SECRET_KEY = os.environ.get("GEMEINDESCAN_SERVER_SECRET_KEY", "local-gemeindescan-test-server-not-secret")
DEBUG = _flag("GEMEINDESCAN_SERVER_DEBUG", True)
# Names under .test resolve nowhere: tests reach the server by such a name only through a proxy.
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]", ".test"]

# --https: behave as behind a TLS proxy that says so in X-Forwarded-Proto. Django then applies its
# https-only CSRF Referer check, as the production server does.
HTTPS_BEHIND_PROXY = _flag("GEMEINDESCAN_SERVER_HTTPS", False)
if HTTPS_BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# The size a reverse proxy in front would accept (None: no limit, like Django itself).
_max_upload = os.environ.get("GEMEINDESCAN_SERVER_MAX_UPLOAD_BYTES", "")
MAX_UPLOAD_BYTES = int(_max_upload) if _max_upload else None

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django_filters",
    "graphene_django",
    "rest_framework",
    "gemeindescan_server",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "gemeindescan_server.middleware.Django31CsrfCookieMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "gemeindescan_server.urls"
WSGI_APPLICATION = "gemeindescan_server.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": DATA_DIR / "db.sqlite3",
        # Threads of the test server write at the same time now and then.
        "OPTIONS": {"timeout": 20},
    }
}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"

# Django 3.1 (the platform's version) hashed with 216,000 PBKDF2 rounds: logins cost what they cost there.
PASSWORD_HASHERS = ["gemeindescan_server.hashers.Django31PBKDF2PasswordHasher"]

# The platform's login page is /account/login/; Django's default LOGIN_REDIRECT_URL /accounts/profile/
# stays, which is why a successful login redirects to a 404 page.
LOGIN_URL = "/account/login/"

# Django 4.1 started storing the unmasked secret in the cookie; the platform (Django 3.1) sends the
# 64-character masked token.
CSRF_COOKIE_MASKED = True
CSRF_FAILURE_VIEW = "gemeindescan_server.views.csrf_failure"

LANGUAGE_CODE = "en-us"
TIME_ZONE = "Europe/Zurich"
USE_I18N = True
USE_TZ = True

MEDIA_ROOT = DATA_DIR / "media"
MEDIA_URL = "/media/"
STATIC_URL = "/static/"

GRAPHENE = {
    "SCHEMA": "gemeindescan_server.schema.schema",
    # graphene-django's cap that makes the platform answer at most 100 municipalities per page.
    "RELAY_CONNECTION_MAX_LIMIT": 100,
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["gemeindescan_server.authentication.PlatformSessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.MultiPartParser"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"stderr": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["stderr"], "level": "INFO"}},
}
