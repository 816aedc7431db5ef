"""GraphQL over the vendored gql, on the same HTTP session (cookies, timeouts) as the rest of the client.

The server answers resolution errors with HTTP 200 and raw Python exception texts;
``raise_for_errors`` turns the ones a user can cause into typed errors.
"""

from __future__ import annotations

import logging
from typing import Any, Optional
from urllib.parse import urljoin

import requests

from .. import messages
from .._vendor.gql import Client, gql
from .._vendor.gql.transport.exceptions import (
    TransportProtocolError,
    TransportQueryError,
    TransportServerError,
)
from .._vendor.gql.transport.requests import RequestsHTTPTransport
from .._vendor.graphql import DocumentNode
from ..errors import (
    GemeindescanError,
    InvalidInput,
    MunicipalityNotFound,
    ServerError,
    SnapshotNotFound,
    WorkspaceNotFound,
)
from ..messages import Message
from .session import STEP_READ, ServerSession, http_failure

log = logging.getLogger("gemeindescan")

# gql's transport logs every request and answer at INFO, whole snapshots included: keep it to warnings.
logging.getLogger(RequestsHTTPTransport.__module__).setLevel(logging.WARNING)

GRAPHQL_PATH = "/graphql/"  # the trailing slash is required: without it the server answers 500 or 301


class SharedSessionTransport(RequestsHTTPTransport):
    """gql's requests transport, sending through our ``requests.Session`` instead of a private one.

    The stock transport opens a new session on every ``connect``; ours must carry the login
    cookies and keep the cookies the server sets back (it refreshes ``csrftoken`` on every answer).
    """

    def __init__(self, url: str, http: requests.Session, timeout: Any) -> None:
        # Never follow a redirect: requests would re-send the POST as a GET, cookies and all, elsewhere.
        super().__init__(url=url, timeout=timeout, use_json=True, retries=0, allow_redirects=False)
        self._shared_http = http

    def connect(self) -> None:
        """Use the shared session."""
        self.session = self._shared_http

    def close(self) -> None:
        """Leave the shared session open: it belongs to the client."""
        self.session = None


class GraphQLEndpoint:
    """Sends queries and mutations to ``/graphql/`` and raises typed errors for the server's error texts."""

    def __init__(self, session: ServerSession) -> None:
        self.session = session
        self._documents: dict[str, DocumentNode] = {}

    def execute(
        self, query: str, variables: Optional[dict[str, Any]] = None, step: str = STEP_READ
    ) -> dict[str, Any]:
        """The ``data`` of a query sent while doing ``step``; typed errors in the answer or on the way."""
        document = self._documents.get(query)
        if document is None:
            document = self._documents[query] = gql(query)
        transport = SharedSessionTransport(
            self.session.url(GRAPHQL_PATH), self.session.http, timeout=self.session.timeouts.for_requests()
        )
        # No schema: the server's introspection is not needed, and fetching it costs a round trip.
        client = Client(transport=transport, fetch_schema_from_transport=False)
        try:
            return client.execute(document, variable_values=variables or {})
        except RecursionError as error:
            # An answer nested too deeply for the JSON parser is not a Gemeindescan answer.
            raise ServerError(
                Message(messages.NOT_A_GEMEINDESCAN_ANSWER),
                detail=f"POST {GRAPHQL_PATH}: nested too deeply",
            ) from error
        except TransportQueryError as error:
            texts = [
                str(item.get("message", item)) if isinstance(item, dict) else str(item)
                for item in (error.errors or [])
            ]
            raise error_for_messages(texts) from error
        except TransportServerError as error:
            raise http_failure(
                self.session.server_url,
                error.code,
                Message(messages.SERVICE_GRAPHQL),
                step,
                detail=self.session.redact(f"POST {GRAPHQL_PATH} -> {error}"),
            ) from error
        except TransportProtocolError as error:
            location = (transport.response_headers or {}).get("Location")
            if location:
                # E.g. http:// redirected to https://, or an old domain to a new one.
                location = urljoin(transport.url, location)
                suggestion = location
                if location.endswith(GRAPHQL_PATH):
                    suggestion = location[: -len(GRAPHQL_PATH) + 1]
                raise InvalidInput(
                    Message(messages.REQUESTS_REDIRECTED, location=location, suggestion=suggestion),
                    detail=f"POST {GRAPHQL_PATH} -> redirect to {location}",
                ) from error
            raise ServerError(
                Message(messages.NOT_A_GEMEINDESCAN_ANSWER),
                detail=self.session.redact(f"POST {GRAPHQL_PATH}: {error}")[:1000],
            ) from error
        except requests.exceptions.RequestException as error:
            raise self.session.translate(error, step) from error
        finally:
            self.session.register_cookie_secrets()


def error_for_messages(texts: list[str]) -> GemeindescanError:
    """The typed error for the GraphQL error texts of one answer (raw Python exception texts)."""
    detail = "GraphQL errors: " + " | ".join(texts)
    text = " ".join(texts)
    if "Municipality matching query does not exist" in text:
        return MunicipalityNotFound(Message(messages.NO_SUCH_BFS_NUMBER), detail=detail)
    if "invalid literal for int()" in text:
        return InvalidInput(Message(messages.BFS_NUMBER_NOT_WHOLE), detail=detail)
    if "Workspace matching query does not exist" in text:
        return WorkspaceNotFound(Message(messages.NO_SUCH_WORKSPACE), detail=detail)
    if "Snapshot matching query does not exist" in text:
        return SnapshotNotFound(Message(messages.NO_SUCH_SNAPSHOT), detail=detail)
    if "Invalid base64-encoded string" in text or "Incorrect padding" in text:
        return InvalidInput(Message(messages.ID_MALFORMED), detail=detail)
    if "value too long" in text or "Data too long" in text:
        return InvalidInput(Message(messages.TITLE_OR_TOPIC_TOO_LONG), detail=detail)
    return ServerError(Message(messages.SERVER_COULD_NOT), detail=detail)
