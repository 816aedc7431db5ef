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
from .connection import ConnectionOptions, configure_session

log = logging.getLogger("gemeindescan")

LOGIN_PATH = "/account/login/"
LOGOUT_PATH = "/account/logout/"
SESSION_COOKIE = "sessionid"
CSRF_COOKIE = "csrftoken"
WORKSPACE_COOKIE = "workspaceid"

#: Seconds to wait for the TCP connection; a server that does not accept in that time is unreachable.
CONNECT_TIMEOUT = 10.0
#: Seconds to wait for an answer by default (reading a large snapshot back takes a few seconds).
READ_TIMEOUT = 120.0

_HTML_BLOCKS = re.compile(r"<(style|script|head)\b.*?</\1>", re.DOTALL | re.IGNORECASE)
_HTML_TAGS = re.compile(r"<[^>]+>")
PROXY_REFUSED = ("The proxy between this computer and the Gemeindescan server refused its login. "
                 "Check the proxy's username and password in the proxy settings.")
_WRONG_CREDENTIALS_TEXT = "Please enter a correct username and password"


class ServerSession:
    """A ``requests.Session`` bound to one server, which knows how that server's login and CSRF work."""

    def __init__(self, server_url: str, timeout: float = READ_TIMEOUT,
                 connection: Optional[ConnectionOptions] = None) -> None:
        server_url = server_url.strip()
        parts = urlsplit(server_url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidInput(f"'{server_url}' is not a server address (expected https://… or http://…).")
        if parts.username is not None or parts.password is not None:
            # Not echoed: the address would carry the password into messages and logs.
            raise InvalidInput("Give the server address without a username or password in it "
                               "(https://host/); the login is asked for separately.")
        self.server_url = server_url.rstrip("/") + "/"
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"GemeindescanUploader/{__version__}"
        self.connection = connection or ConnectionOptions()
        # Certificates are always verified; the options only add what to trust and how to get there.
        configure_session(self.http, self.connection)

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
        """``text`` without our session id, CSRF token and proxy password: fit for a log or an error."""
        for secret in self.connection.secrets:
            text = text.replace(secret, "***")
        for name in (SESSION_COOKIE, CSRF_COOKIE):
            for cookie in self.http.cookies:
                if cookie.name == name and cookie.value and len(cookie.value) >= 8:
                    text = text.replace(cookie.value, "***")
        return text

    def forget_session(self) -> None:
        """Drop the session cookies locally."""
        for name in (SESSION_COOKIE, WORKSPACE_COOKIE):
            for cookie in [c for c in self.http.cookies if c.name == name]:
                self.http.cookies.clear(cookie.domain, cookie.path, cookie.name)

    # -- requests --------------------------------------------------------------------------------

    def request(self, method: str, path_or_url: str, timeout: Optional[float] = None,
                **kwargs: Any) -> requests.Response:
        """Send one request; connection problems become NetworkError, slowness RequestTimeout."""
        url = path_or_url if "://" in path_or_url else self.url(path_or_url)
        kwargs.setdefault("allow_redirects", False)
        try:
            response = self.http.request(method, url, timeout=self.timeouts(timeout), **kwargs)
        except requests.exceptions.RequestException as error:
            raise self.network_error(error) from error
        log.debug("%s %s -> %s", method, urlsplit(url).path, response.status_code)
        if response.status_code == 407:
            raise NetworkError(PROXY_REFUSED, detail=f"{method} {urlsplit(url).path} -> 407 from the proxy")
        return response

    def network_error(self, error: Exception) -> NetworkError:
        """The typed error for a ``requests`` exception, its detail without secrets."""
        translated = translate_requests_error(error, self.server_url, self.connection.certificate_advice)
        translated.detail = self.redact(translated.detail)
        return translated

    def timeouts(self, timeout: Optional[float] = None) -> tuple[float, float]:
        """The ``(connect, read)`` timeouts for requests."""
        return (min(CONNECT_TIMEOUT, timeout or self.timeout), timeout or self.timeout)

    # -- login -----------------------------------------------------------------------------------

    def login(self, username: str, password: str) -> None:
        """Log in with Django's login form; LoginFailed if the server refuses the credentials."""
        self.forget_session()
        login_url = self.url(LOGIN_PATH)
        page = self.request("GET", login_url)
        if 300 <= page.status_code < 400 and page.headers.get("Location"):
            # E.g. http:// redirected to https://: the cookies would belong to the other address.
            location = urljoin(login_url, page.headers["Location"])
            raise InvalidInput(f"The server sends the login to {location}. "
                               "Use that address (without the /account/login/ part) as server address.",
                               detail=f"GET {LOGIN_PATH} -> {page.status_code} Location: {location}")
        if page.status_code >= 400:
            raise self.unexpected(page, "login page")
        token = self.csrf_token
        if not token:
            raise ServerError("The server did not start a login (no security token). "
                              "Is this address a Gemeindescan server?",
                              detail=f"GET {LOGIN_PATH} -> {page.status_code} without a csrftoken cookie")
        answer = self.request(
            "POST", login_url,
            data={"csrfmiddlewaretoken": token, "username": username, "password": password},
            headers=self.referer_headers(login_url),
        )
        # Success is a 302 with a session cookie; the redirect target is a 404 page, so never follow it.
        if self.is_logged_in:
            log.info("Logged in to %s as %s", self.server_url, username)
            return
        if answer.status_code == 403:
            raise ServerError("The server refused the login for security reasons (its CSRF check failed). "
                              "Check that the server address starts with the right http:// or https://.",
                              detail=f"POST {LOGIN_PATH} -> 403: {self.redact(_text_excerpt(answer))}")
        if answer.status_code >= 400:
            # Only a 200 means wrong credentials; a 405 or 5xx must not send the analyst to retype them.
            raise self.unexpected(answer, "login form")
        if 300 <= answer.status_code < 400:
            # Accepted, yet no cookie came back, e.g. a Secure cookie offered over plain http.
            raise ServerError("The server accepted the login but kept no session. "
                              "Check that the server address starts with the right http:// or https://.",
                              detail=f"POST {LOGIN_PATH} -> {answer.status_code} without a session cookie")
        # Wrong credentials: a 200 with the form again and no session cookie.
        detail = f"POST {LOGIN_PATH} -> {answer.status_code} without a session cookie"
        if _WRONG_CREDENTIALS_TEXT in answer.text:
            detail += " (the server says the username or password is not correct)"
        raise LoginFailed(Message(messages.WRONG_LOGIN), detail=detail)

    def logout(self) -> None:
        """Log out; the server keeps the session valid anyway, so the cookies are dropped here in any case."""
        try:
            if self.is_logged_in:
                self.request("GET", LOGOUT_PATH)
        except NetworkError as error:
            # Nothing to undo on the server: forgetting the session locally is the logout that counts.
            log.info("Logout request failed (%s); the session is forgotten locally.", error.detail)
        finally:
            self.forget_session()

    def unexpected(self, response: requests.Response, service: str) -> ServerError:
        """A ServerError for an error answer from ``service``, with the (redacted) answer as detail."""
        return http_failure(self.server_url, response.status_code, service,
                            detail=f"{response.request.method} {urlsplit(response.url).path} -> "
                                   f"{response.status_code}: {self.redact(_text_excerpt(response))}")

    def close(self) -> None:
        """Release the connections."""
        self.http.close()


def http_failure(server_url: str, status: int, service: str, detail: str) -> ServerError:
    """The ServerError for an HTTP error status from one of the server's services (status in the detail)."""
    # 501 is a web server that does not know the method at all (e.g. PATCH): not a Gemeindescan server.
    if status >= 500 and status != 501:
        return ServerError("The Gemeindescan server failed (an internal error on its side). "
                           "Try again later or tell the server's administrator.", detail=detail)
    if status == 400:
        # Gemeindescan answers 400 to a query its schema does not have.
        return ServerError(f"The server at {server_url} did not understand the request; it may run another "
                           "version of Gemeindescan. Tell the server's administrator.", detail=detail)
    # 404, 405...: a web server answers, but it is not (or not at this address) a Gemeindescan server.
    return ServerError(f"The address {server_url} does not lead to a Gemeindescan server: "
                       f"it has no {service}. Check the server address.", detail=detail)


def translate_requests_error(error: Exception, server_url: str, certificate_advice: str = "") -> NetworkError:
    """The typed error for an exception raised by ``requests``; a certificate failure names the host."""
    detail = f"{type(error).__name__}: {error}"
    if isinstance(error, requests.exceptions.Timeout):
        return RequestTimeout(f"The Gemeindescan server at {server_url} did not answer in time. "
                              "Try again later.", detail=detail)
    if isinstance(error, requests.exceptions.ProxyError) and "407" in detail:
        return NetworkError(PROXY_REFUSED, detail=detail)
    if isinstance(error, requests.exceptions.SSLError):
        host = urlsplit(server_url).hostname or server_url
        if "doesn't match" in detail or "Hostname mismatch" in detail or "IP address mismatch" in detail:
            return NetworkError(f"The certificate of {host} is made out for another address, so no secure "
                                "connection to the Gemeindescan server was opened. Use the address the "
                                "server's certificate names (ask its administrator which).", detail=detail)
        if "CERTIFICATE_VERIFY_FAILED" in detail or "certificate verify failed" in detail.lower():
            advice = certificate_advice or ("If your organisation inspects HTTPS traffic, add its root "
                                            "certificate to this computer's trusted certificates.")
            return NetworkError(f"The certificate of {host} is not trusted, so no secure connection to the "
                                f"Gemeindescan server was opened. {advice}", detail=detail)
        return NetworkError(f"Cannot open a secure connection to the Gemeindescan server {host} "
                            "(TLS problem).", detail=detail)
    return NetworkError(f"Cannot reach the Gemeindescan server at {server_url}. "
                        "Check the address and your network connection.", detail=detail)


def _text_excerpt(response: requests.Response, limit: int = 500) -> str:
    """The readable start of a response body for the log: HTML pages lose their tags, styles and scripts."""
    text = response.text
    if "<" in text:
        text = _HTML_BLOCKS.sub(" ", text)
        text = _HTML_TAGS.sub(" ", text)
    return " ".join(text.split())[:limit]


def _domain_matches(host: str, cookie_domain: str) -> bool:
    domain = cookie_domain.lstrip(".")
    # cookielib stores cookies of "localhost" under "localhost.local".
    return not domain or host == domain or host.endswith("." + domain) or f"{host}.local" == domain
