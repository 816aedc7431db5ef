"""The HTTP session with a Gemeindescan server: login and logout, cookies, CSRF, Referer and timeouts.

Every request of the client goes through ``ServerSession.request``, which turns the
``requests`` exceptions into NetworkError / RequestTimeout with a sentence for the analyst.
"""

from __future__ import annotations

import logging
import re
from typing import Any, Optional
from urllib.parse import urljoin, urlsplit

import requests

from .. import __version__, messages
from ..errors import InvalidInput, LoginFailed, NetworkError, RequestTimeout, ServerError
from ..messages import Message
from ..redaction import forget_secrets, install_log_redaction, redact, register_secret
from .addresses import check_server_address
from .connection import ConnectionOptions, configure_session
from .timeouts import Timeouts

log = logging.getLogger("gemeindescan")
install_log_redaction(log)

# The steps of a publish, as messages name them ("... while logging in").
STEP_LOGIN_PAGE = Message(messages.STEP_LOGIN_PAGE)
STEP_LOGIN = Message(messages.STEP_LOGIN)
STEP_LOGOUT = Message(messages.STEP_LOGOUT)
STEP_CREATE = Message(messages.STEP_CREATE)
STEP_UPDATE = Message(messages.STEP_UPDATE)
STEP_UPLOAD = Message(messages.STEP_UPLOAD)
STEP_READ = Message(messages.STEP_READ)

LOGIN_PATH = "/account/login/"
LOGOUT_PATH = "/account/logout/"
SESSION_COOKIE = "sessionid"
CSRF_COOKIE = "csrftoken"
WORKSPACE_COOKIE = "workspaceid"

_HTML_BLOCKS = re.compile(r"<(style|script|head)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
_HTML_TAGS = re.compile(r"<[^>]+>")
# untranslated: the server's own words
_WRONG_CREDENTIALS_TEXT = "Please enter a correct username and password"


class ServerSession:
    """A ``requests.Session`` bound to one server, which knows how that server's login and CSRF work."""

    def __init__(
        self,
        server_url: str,
        timeouts: Optional[Timeouts] = None,
        connection: Optional[ConnectionOptions] = None,
    ) -> None:
        self.server_url = check_server_address(server_url)
        self.timeouts = timeouts or Timeouts.from_environment()
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"GemeindescanUploader/{__version__}"
        #: Whether a request of this session failed on the network (the logout request is then skipped).
        self.unreachable = False
        #: What this session registered for redaction, forgotten again on close.
        self._secret_forms: list[str] = []
        self._known_secrets: set[str] = set()
        self.connection = connection or ConnectionOptions()
        for secret in self.connection.secrets:
            self.register_secret(secret)
        # Certificates are always verified; the options only add what to trust and how to get there.
        configure_session(self.http, self.connection, self.timeouts.idle)

    # -- addresses -------------------------------------------------------------------------------

    @property
    def is_https(self) -> bool:
        """Whether the server is reached over HTTPS (and so checks the Referer of form posts)."""
        return self.server_url.startswith("https://")

    def url(self, path: str) -> str:
        """The absolute URL of a server path such as ``/graphql/``."""
        return urljoin(self.server_url, path.lstrip("/"))

    def referer_headers(self, url: str) -> dict[str, str]:
        """A same-origin Referer for ``url`` over HTTPS, where Django refuses form posts without one."""
        return {"Referer": url} if self.is_https else {}

    # -- cookies ---------------------------------------------------------------------------------

    def cookie(self, name: str) -> Optional[str]:
        """The value of the server's cookie ``name``, or None (never logged: it may be a secret)."""
        value = None
        host = urlsplit(self.server_url).hostname or ""
        for cookie in self.http.cookies:
            if cookie.name == name and _domain_matches(host, cookie.domain):
                value = cookie.value
        return value

    @property
    def csrf_token(self) -> Optional[str]:
        """The current CSRF token; Django rotates it on login, so it must be read again after that."""
        return self.cookie(CSRF_COOKIE)

    @property
    def is_logged_in(self) -> bool:
        """Whether we hold a session cookie (the server may still have forgotten the session)."""
        return bool(self.cookie(SESSION_COOKIE))

    def redact(self, text: str) -> str:
        """``text`` with the password, every session id and CSRF token blanked out (``redaction.py``)."""
        self.register_cookie_secrets()
        return redact(text)

    def register_cookie_secrets(self) -> None:
        """Remember the session id and CSRF token as secrets as soon as the server sets them."""
        for cookie in self.http.cookies:
            if cookie.name in (SESSION_COOKIE, CSRF_COOKIE):
                self.register_secret(cookie.value)

    def register_secret(self, value: str) -> None:
        """Redact ``value`` everywhere while this session is open."""
        if value and value not in self._known_secrets:
            self._known_secrets.add(value)
            self._secret_forms += register_secret(value)

    def forget_session(self) -> None:
        """Drop the session cookies locally."""
        for name in (SESSION_COOKIE, WORKSPACE_COOKIE):
            for cookie in [c for c in self.http.cookies if c.name == name]:
                self.http.cookies.clear(cookie.domain, cookie.path, cookie.name)

    # -- requests --------------------------------------------------------------------------------

    def request(
        self, method: str, path_or_url: str, step: str = STEP_READ, **kwargs: Any
    ) -> requests.Response:
        """Send one request; connection problems become NetworkError, silence RequestTimeout."""
        url = path_or_url if "://" in path_or_url else self.url(path_or_url)
        kwargs.setdefault("allow_redirects", False)
        try:
            response = self.http.request(method, url, timeout=self.timeouts.for_requests(), **kwargs)
        except requests.exceptions.RequestException as error:
            raise self.translate(error, step) from error
        finally:
            self.register_cookie_secrets()
        log.debug("%s %s -> %s", method, urlsplit(url).path, response.status_code)
        if response.status_code == 407:
            raise NetworkError(
                Message(messages.PROXY_REFUSED), detail=f"{method} {urlsplit(url).path} -> 407 from the proxy"
            )
        return response

    def translate(self, error: Exception, step: str) -> NetworkError:
        """The typed error for a ``requests`` exception during ``step``."""
        translated = translate_requests_error(
            error, self.server_url, step, self.timeouts, self.http, self.connection.certificate_advice
        )
        self.unreachable = True
        return translated

    # -- login -----------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> None:
        """Log in with Django's login form; LoginFailed if the server refuses the credentials."""
        self.forget_session()
        self.register_secret(password)
        login_url = self.url(LOGIN_PATH)
        page = self.request("GET", login_url, step=STEP_LOGIN_PAGE)
        if 300 <= page.status_code < 400 and page.headers.get("Location"):
            # E.g. http:// redirected to https://: the cookies would belong to the other address.
            location = urljoin(login_url, page.headers["Location"])
            raise InvalidInput(
                Message(messages.LOGIN_REDIRECTED, location=location),
                detail=f"GET {LOGIN_PATH} -> {page.status_code} Location: {location}",
            )
        if page.status_code >= 400:
            raise self.unexpected(page, Message(messages.SERVICE_LOGIN_PAGE), STEP_LOGIN_PAGE)
        token = self.csrf_token
        if not token:
            raise ServerError(
                Message(messages.LOGIN_NOT_STARTED),
                detail=f"GET {LOGIN_PATH} -> {page.status_code} without a csrftoken cookie",
            )
        answer = self.request(
            "POST",
            login_url,
            data={"csrfmiddlewaretoken": token, "username": username, "password": password},
            headers=self.referer_headers(login_url),
            step=STEP_LOGIN,
        )
        # Success is a 302 with a session cookie; the redirect target is a 404 page, so never follow it.
        if self.is_logged_in:
            log.info("Logged in to %s as %s", self.server_url, username)
            return
        if answer.status_code == 403:
            raise ServerError(
                Message(messages.LOGIN_CSRF_REFUSED),
                detail=f"POST {LOGIN_PATH} -> 403: {_text_excerpt(answer)}",
            )
        if answer.status_code >= 400:
            # Only a 200 means wrong credentials; a 405 or 5xx must not send the analyst to retype them.
            raise self.unexpected(answer, Message(messages.SERVICE_LOGIN_FORM), STEP_LOGIN)
        if 300 <= answer.status_code < 400:
            # Accepted, yet no cookie came back, e.g. a Secure cookie offered over plain http.
            raise ServerError(
                Message(messages.LOGIN_WITHOUT_SESSION),
                detail=f"POST {LOGIN_PATH} -> {answer.status_code} without a session cookie",
            )
        # Wrong credentials: a 200 with the form again and no session cookie.
        detail = f"POST {LOGIN_PATH} -> {answer.status_code} without a session cookie"
        if _WRONG_CREDENTIALS_TEXT in answer.text:
            detail += " (the server says the username or password is not correct)"
        raise LoginFailed(Message(messages.WRONG_LOGIN), detail=detail)

    def logout(self) -> None:
        """Log out; the server keeps the session valid anyway, so the cookies are dropped here in any case."""
        try:
            # After a network failure a logout request would only make the analyst wait a second time.
            if self.is_logged_in and not self.unreachable:
                self.request("GET", LOGOUT_PATH, step=STEP_LOGOUT)
        except NetworkError as error:
            # Nothing to undo on the server: forgetting the session locally is the logout that counts.
            log.info("Logout request failed (%s); the session is forgotten locally.", error.detail)
        finally:
            self.forget_session()

    def unexpected(self, response: requests.Response, service: str, step: str) -> ServerError:
        """A ServerError for an error answer from ``service`` during ``step`` (redacted answer as detail)."""
        return http_failure(
            self.server_url,
            response.status_code,
            service,
            step,
            detail=f"{response.request.method} {urlsplit(response.url).path} -> "
            f"{response.status_code}: {_text_excerpt(response)}",
        )

    def close(self) -> None:
        """Release the connections and stop redacting this session's secrets."""
        self.http.close()
        forget_secrets(self._secret_forms)
        self._secret_forms, self._known_secrets = [], set()


def http_failure(server_url: str, status: int, service: str, step: str, detail: str) -> ServerError:
    """The ServerError for an HTTP error status from one of the server's services (status in the detail)."""
    error: ServerError
    if status in (502, 503, 504):
        # A gateway (reverse proxy) in front of Django answered: the server is down, overloaded or slow.
        error = ServerError(
            Message(messages.SERVER_GATEWAY_FAILED, step=step, status=status),
            detail=detail,
        )
    elif status >= 500 and status != 501:
        error = ServerError(
            Message(messages.SERVER_FAILED, step=step, status=status),
            detail=detail,
        )
    elif status == 400:
        # Gemeindescan answers 400 to a query its schema does not have.
        error = ServerError(
            Message(messages.SERVER_MISUNDERSTOOD, server=server_url, step=step),
            detail=detail,
        )
    else:
        # 404, 405, 501...: a web server answers, but it is not (or not here) a Gemeindescan server.
        error = ServerError(
            Message(messages.NOT_A_GEMEINDESCAN_SERVER, server=server_url, service=service),
            detail=detail,
        )
    error.status = status
    return error


def translate_requests_error(
    error: Exception,
    server_url: str,
    step: str = STEP_READ,
    timeouts: Optional[Timeouts] = None,
    http: Optional[requests.Session] = None,
    certificate_advice: str = "",
) -> NetworkError:
    """The typed error for an exception raised by ``requests`` while doing ``step``.

    ``certificate_advice`` ends a certificate failure: where to add a certificate (QGIS names its dialog).
    """
    detail = f"{type(error).__name__}: {error}"
    causes = " ".join(f"{type(item).__name__}: {item}" for item in _chain(error))
    timeouts = timeouts or Timeouts()
    result: NetworkError
    if isinstance(error, requests.exceptions.ProxyError) and "407" in causes:
        result = NetworkError(Message(messages.PROXY_REFUSED), detail=detail)
        result.request_sent = False
    elif isinstance(error, requests.exceptions.ProxyError):
        proxy = _proxy_for(server_url, http)
        result = NetworkError(
            Message(messages.PROXY_UNREACHABLE, proxy=proxy, step=step)
            if proxy
            else Message(messages.PROXY_OF_THIS_CONNECTION_UNREACHABLE, step=step),
            detail=detail,
        )
        result.request_sent = False
    elif isinstance(error, requests.exceptions.ConnectTimeout):
        result = RequestTimeout(
            Message(messages.CONNECT_TIMEOUT, server=server_url, seconds=timeouts.connect, step=step),
            detail=detail,
        )
        result.request_sent = False
    elif isinstance(error, requests.exceptions.SSLError):
        result = _tls_error(server_url, step, causes, detail, certificate_advice)
        result.request_sent = False
    elif isinstance(error, requests.exceptions.Timeout) or "timed out" in causes:
        result = RequestTimeout(
            Message(messages.IDLE_TIMEOUT, server=server_url, step=step, seconds=timeouts.idle),
            detail=detail,
        )
    elif _is_name_failure(causes):
        result = NetworkError(
            Message(messages.NAME_NOT_RESOLVED, host=urlsplit(server_url).hostname, step=step),
            detail=detail,
        )
        result.request_sent = False
    elif "Connection refused" in causes or "NewConnectionError" in causes:
        result = NetworkError(
            Message(messages.CONNECTION_REFUSED, server=server_url, step=step),
            detail=detail,
        )
        result.request_sent = False
    elif isinstance(error, (requests.exceptions.ConnectionError, requests.exceptions.ChunkedEncodingError)):
        result = NetworkError(
            Message(messages.CONNECTION_BROKE, server=server_url, step=step),
            detail=detail,
        )
    else:
        result = NetworkError(
            Message(messages.SERVER_UNREACHABLE, server=server_url, step=step),
            detail=detail,
        )
    return result


def _tls_error(server_url: str, step: str, causes: str, detail: str, advice: str) -> NetworkError:
    """The message for a failed TLS handshake: no HTTPS at all, or a certificate we do not trust."""
    lowered = causes.lower()
    host = urlsplit(server_url).hostname or server_url
    if any(
        sign in lowered
        for sign in (
            "wrong version number",
            "record layer failure",
            "unknown protocol",
            "packet length too long",
            "http request",
        )
    ):
        plain = "http://" + server_url.split("://", 1)[1]
        return NetworkError(
            Message(messages.NO_HTTPS, server=server_url, step=step, plain=plain),
            detail=detail,
        )
    if any(sign in lowered for sign in ("doesn't match", "hostname mismatch", "ip address mismatch")):
        return NetworkError(
            Message(messages.CERTIFICATE_FOR_OTHER_ADDRESS, host=host, step=step),
            detail=detail,
        )
    if "certificate verify failed" in lowered or "certificate" in lowered:
        reason = messages.CERTIFICATE_NO_AUTHORITY
        if "expired" in lowered:
            reason = messages.CERTIFICATE_EXPIRED
        elif "self-signed" in lowered or "self signed" in lowered or "local issuer" in lowered:
            reason = messages.CERTIFICATE_UNKNOWN_AUTHORITY
        return NetworkError(
            Message(
                messages.CERTIFICATE_NOT_TRUSTED,
                host=host,
                reason=Message(reason),
                step=step,
                advice=advice or Message(messages.CERTIFICATE_ADVICE),
            ),
            detail=detail,
        )
    return NetworkError(
        Message(messages.TLS_FAILED, host=host, step=step),
        detail=detail,
    )


def _chain(error: BaseException) -> list[BaseException]:
    """The exception and everything it wraps (requests nests urllib3's and the socket's errors)."""
    seen: list[BaseException] = []
    pending: list[BaseException] = [error]
    while pending and len(seen) < 20:
        item = pending.pop()
        if item is None or any(item is known for known in seen):
            continue
        seen.append(item)
        pending.extend(arg for arg in getattr(item, "args", ()) if isinstance(arg, BaseException))
        for attribute in ("reason", "__cause__", "__context__"):
            nested = getattr(item, attribute, None)
            if isinstance(nested, BaseException):
                pending.append(nested)
    return seen


def _is_name_failure(causes: str) -> bool:
    return any(
        sign in causes
        for sign in (
            "Name or service not known",
            "nodename nor servname",
            "Temporary failure in name resolution",
            "getaddrinfo failed",
            "No address associated with hostname",
            "NameResolutionError",
        )
    )


def _proxy_for(server_url: str, http: Optional[requests.Session]) -> str:
    """The proxy a request to ``server_url`` went through, without any login in it."""
    proxies = dict(requests.utils.get_environ_proxies(server_url))
    if http is not None:
        proxies.update(http.proxies or {})
    proxy = requests.utils.select_proxy(server_url, proxies)
    if not proxy:
        return ""
    parts = urlsplit(proxy if "://" in proxy else "http://" + proxy)
    # A proxy URL may carry a login: name only scheme, host and port.
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")


def _text_excerpt(response: requests.Response, limit: int = 500) -> str:
    """The readable start of an answer for the log, redacted; HTML pages lose tags, styles and scripts."""
    text = response.text
    if "<" in text:
        text = _HTML_BLOCKS.sub(" ", text)
        text = _HTML_TAGS.sub(" ", text)
    # Redacted before it is cut: a cut through an echoed password would leave a part of it.
    return redact(" ".join(text.split()))[:limit]


def _domain_matches(host: str, cookie_domain: str) -> bool:
    domain = cookie_domain.lstrip(".")
    # cookielib stores cookies of "localhost" under "localhost.local".
    return not domain or host == domain or host.endswith("." + domain) or f"{host}.local" == domain
