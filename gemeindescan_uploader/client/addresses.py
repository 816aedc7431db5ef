"""The web addresses an analyst gives (server, website, workspace links), checked once where they come in."""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

from .. import messages
from ..errors import InvalidInput
from ..messages import Message

# Paths of the server's own services: an address ending in one was copied from a request, not the site.
_SERVICE_SUFFIXES = re.compile(
    r"/(graphql|account/login|account/logout|api/v1(/snapshots(/[^/]*)?)?)/?$", re.IGNORECASE
)


def refuse_credentials(text: str, what: str) -> None:
    """InvalidInput if ``text`` is an address with a username or password in it (which is never repeated)."""
    if "://" not in text and "@" not in text:
        return
    try:
        parts = urlsplit(text if "://" in text else "//" + text)
        has_login = parts.username is not None or parts.password is not None
    except ValueError:
        has_login = "@" in text.split("/")[2 if "://" in text else 0]
    if has_login:
        # Not echoed: the address would carry the password into messages, logs and links.
        raise InvalidInput(Message(messages.ADDRESS_WITH_LOGIN, what=what))


def check_web_address(text: str, what: str) -> str:
    """An ``http(s)://host/…`` address without a login in it, ending in ``/``; InvalidInput otherwise."""
    text = (text or "").strip()
    refuse_credentials(text, what)
    try:
        parts = urlsplit(text)
        port_ok = parts.port is None or 0 < parts.port < 65536
    except ValueError:
        parts, port_ok = None, False
    if (
        parts is None
        or parts.scheme.lower() not in ("http", "https")
        or not parts.hostname
        or not port_ok
        or any(character.isspace() for character in text)
    ):
        raise InvalidInput(Message(messages.NOT_AN_ADDRESS, text=shortened(text), what=what))
    return text.rstrip("/") + "/"


def check_server_address(text: str) -> str:
    """The server address as the client uses it; refuses one that names a service (``…/graphql/``)."""
    address = check_web_address(text, Message(messages.WHAT_SERVER_ADDRESS))
    parts = urlsplit(address)
    match = _SERVICE_SUFFIXES.search(parts.path)
    if match:
        # The browser's network tab shows .../graphql/; the server address is the part before it.
        base = urlunsplit((parts.scheme, parts.netloc, parts.path[: match.start()] + "/", "", ""))
        raise InvalidInput(Message(messages.ADDRESS_OF_A_SERVICE, address=address, base=base))
    if parts.query or parts.fragment:
        base = urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))
        raise InvalidInput(Message(messages.ADDRESS_WITH_QUERY, base=base))
    return address


def shortened(text: str, limit: int = 80) -> str:
    """A bad input as a message may quote it: on one line, and cut when long."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
