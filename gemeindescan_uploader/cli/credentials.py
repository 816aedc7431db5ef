"""The password for the command line: from GEMEINDESCAN_PASSWORD or a prompt, never from an argument."""

from __future__ import annotations

import getpass
import os
import sys

from ..errors import InvalidInput

PASSWORD_VARIABLE = "GEMEINDESCAN_PASSWORD"


def read_password(username: str, server_url: str) -> str:
    """The password from the environment, else asked for on the terminal (without echo)."""
    password = os.environ.get(PASSWORD_VARIABLE)
    if password:
        return password
    if not sys.stdin or not sys.stdin.isatty():
        raise InvalidInput(f"No password: set {PASSWORD_VARIABLE} or run the command in a terminal.")
    try:
        password = getpass.getpass(f"Password for {username} at {server_url}: ")
    except EOFError as error:
        raise InvalidInput(f"No password: set {PASSWORD_VARIABLE} or type it when asked.") from error
    if not password:
        raise InvalidInput("No password given.")
    return password
