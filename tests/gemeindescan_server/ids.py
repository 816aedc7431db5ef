"""Identifiers as the platform makes and reads them: short random keys and padded relay ids."""

from __future__ import annotations

import base64
import secrets
import string

KEY_ALPHABET = string.ascii_uppercase + string.digits
SNAPSHOT_PK_LENGTH = 6
WORKSPACE_ID_LENGTH = 5


def random_key(length: int) -> str:
    """A random key of capitals and digits, like the platform's snapshot and workspace ids."""
    return "".join(secrets.choice(KEY_ALPHABET) for _ in range(length))


def to_relay_id(type_name: str, pk: object) -> str:
    """The relay global id ``base64("<Type>:<pk>")`` with ``=`` padding."""
    return base64.b64encode(f"{type_name}:{pk}".encode()).decode()


def from_relay_id(relay_id: str) -> tuple[str, str]:
    """Type name and pk of a relay id, decoded strictly as graphql-relay 2 did on the platform.

    graphql-relay 3 answers an empty result for a bad id; graphql-relay 2 let binascii raise, so the
    platform's errors read ``Incorrect padding`` or ``Invalid base64-encoded string: ...``.
    """
    decoded = base64.b64decode(relay_id).decode("utf-8")
    # A decoded id without a colon fails as on the platform: "not enough values to unpack ...".
    type_name, pk = decoded.split(":", 1)
    return type_name, pk
