"""Writing a file so that readers see either the old file or the complete new one, never half of it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import Iterator, TextIO

from .. import messages
from ..errors import ExportError
from ..messages import Message

# Large buffer: the snapshot is written in many small pieces (one per feature).
_BUFFER_BYTES = 1 << 20


@contextlib.contextmanager
def atomic_text_file(path: str) -> Iterator[TextIO]:
    """A UTF-8 text stream to a temporary file beside ``path``, renamed onto ``path`` when the block ends.

    If the block raises (an error, a cancel), the temporary file is removed and ``path`` is untouched.
    """
    path = os.path.abspath(path)
    directory, base = os.path.split(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{base}.", suffix=".part", dir=directory)
    except OSError as error:  # no such folder, no permission
        raise ExportError(
            Message(messages.FILE_NOT_WRITABLE, path=path, reason=error.strerror), str(error)
        ) from error
    try:
        with open(handle, "w", encoding="utf-8", newline="\n", buffering=_BUFFER_BYTES) as stream:
            yield stream
        # mkstemp makes the file private (0600); a snapshot is an ordinary document.
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        if isinstance(error, OSError):  # a full disk, the target is a folder, ...
            raise ExportError(
                Message(messages.FILE_NOT_WRITABLE, path=path, reason=error.strerror), str(error)
            ) from error
        raise
