"""The password hasher of Django 3.1, the platform's Django version."""

from __future__ import annotations

from django.contrib.auth.hashers import PBKDF2PasswordHasher


class Django31PBKDF2PasswordHasher(PBKDF2PasswordHasher):
    """PBKDF2-SHA256 with Django 3.1's 216,000 rounds (Django 4.2 uses 600,000)."""

    iterations = 216000
