"""Reading a JSON document of any size piecewise: the chosen arrays item by item, everything else whole.

A snapshot file is a small skeleton (metadata, view, legend) around feature arrays that can be hundreds of
megabytes. ``read_streaming`` builds the skeleton as Python objects but hands each item of the arrays that
``stream_at`` picks to a callback instead of keeping it, so memory stays at one feature plus one chunk.
Each item and each skeleton value is decoded by ``json``'s C scanner; Python only walks the few
containers on the way to the streamed arrays.
"""

from __future__ import annotations

import codecs
import json
import re
from typing import Any, BinaryIO, Callable, Optional

_CHUNK_BYTES = 1 << 20
_NOT_WHITESPACE = re.compile(r"[^ \t\n\r]")
# A decoding error this close to the end of the buffered text may only mean the value goes on.
_END_MARGIN = 8

#: Given the path of an array (keys and indexes from the root) and the containers on that path (root
#: first), return what stands in the array's place, whose ``add`` gets each item; None reads it whole.
StreamAt = Callable[[tuple, list], Optional[Any]]
#: Given a container's path and its first character ("{" or "["), whether a streamed array may lie inside
#: it; if not, it is decoded whole.
Descend = Callable[[tuple, str], bool]


class JsonStreamError(ValueError):
    """The document is not valid JSON; ``position`` is the character offset in the file."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(f"{message} (at character {position})")
        self.position = position


def read_streaming(stream: BinaryIO, descend: Descend, stream_at: StreamAt) -> Any:
    """The document in ``stream`` with every streamed array left empty; JsonStreamError if not JSON."""
    return _Reader(stream, descend, stream_at).document()


class _Reader:
    def __init__(self, stream: BinaryIO, descend: Descend, stream_at: StreamAt) -> None:
        self._stream = stream
        self._descend = descend
        self._stream_at = stream_at
        head = stream.read(4)
        # The encodings json.loads accepts for bytes: UTF-8 (with or without BOM), UTF-16, UTF-32.
        encoding = json.detect_encoding(head) if head else "utf-8"
        self._decoder = codecs.getincrementaldecoder(encoding)("surrogatepass")
        self._text = self._decoder.decode(head)
        self._position = 0  # in self._text
        self._consumed = 0  # characters dropped from the front of self._text so far
        self._eof = not head
        # The C scanner itself (what raw_decode wraps): called once per feature, so without the wrapper.
        self._scan = json.JSONDecoder().scan_once

    def document(self) -> Any:
        value = self._value((), [])
        if self._skip_whitespace():
            raise self._error("Extra data", self._position)
        return value

    # --- buffer -------------------------------------------------------------------------------------

    def _read(self, at_least: int = _CHUNK_BYTES) -> bool:
        """Append more text; False at the end of the file."""
        if self._eof:
            return False
        data = self._stream.read(max(at_least, _CHUNK_BYTES))
        self._eof = not data
        # Drop what has been read: the buffer holds the value being read and the next chunk only.
        self._consumed += self._position
        self._text = self._text[self._position :] + self._decoder.decode(data, final=self._eof)
        self._position = 0
        return True

    def _skip_whitespace(self) -> str:
        """The next character that is not white space ('' at the end), without consuming it."""
        while True:
            match = _NOT_WHITESPACE.search(self._text, self._position)
            if match is not None:
                self._position = match.start()
                return self._text[self._position]
            self._position = len(self._text)
            if not self._read():
                return ""

    def _error(self, message: str, position: int) -> JsonStreamError:
        return JsonStreamError(message, self._consumed + position)

    # --- values -------------------------------------------------------------------------------------

    def _value(self, path: tuple, parents: list) -> Any:
        character = self._skip_whitespace()
        if character == "{" and self._descend(path, character):
            return self._object(path, parents)
        if character == "[":
            sink = self._stream_at(path, parents)
            if sink is not None or self._descend(path, character):
                return self._array(path, parents, sink)
        return self._whole()

    def _whole(self) -> Any:
        """One complete value decoded by json's C scanner, reading more text until it is all there."""
        while True:
            start = self._position
            try:
                value, end = self._scan(self._text, start)
            except StopIteration as stop:  # how the scanner says "Expecting value"
                error = json.JSONDecodeError("Expecting value", self._text, stop.value)
                if error.pos >= len(self._text) - _END_MARGIN and self._read(len(self._text) - start):
                    continue
                raise self._error(error.msg, error.pos) from None
            except json.JSONDecodeError as error:
                truncated = error.pos >= len(self._text) - _END_MARGIN or error.msg.startswith("Unterminated")
                # Read as much again as is buffered: a huge value is decoded a few times, not once per chunk.
                if truncated and self._read(len(self._text) - start):
                    continue
                raise self._error(error.msg, error.pos) from None
            if end >= len(self._text) and self._read():
                continue  # a number at the end of the buffer may go on in the next chunk
            self._position = end
            return value

    def _expect(self, expected: str, message: str) -> str:
        position = self._position
        if position < len(self._text) and self._text[position] in expected:  # compact JSON: no white space
            self._position = position + 1
            return self._text[position]
        character = self._skip_whitespace()
        if character not in expected:
            raise self._error(message, self._position)
        self._position += 1
        return character

    def _object(self, path: tuple, parents: list) -> dict:
        self._position += 1
        result: dict = {}
        inner = parents + [result]
        if self._skip_whitespace() == "}":
            self._position += 1
            return result
        while True:
            if self._skip_whitespace() != '"':
                raise self._error("Expecting property name enclosed in double quotes", self._position)
            key = self._whole()
            self._expect(":", "Expecting ':' delimiter")
            result[key] = self._value(path + (key,), inner)
            if self._expect(",}", "Expecting ',' delimiter") == "}":
                return result

    def _array(self, path: tuple, parents: list, sink: Optional[Any]) -> Any:
        self._position += 1
        result: Any = [] if sink is None else sink
        inner = parents + [result]
        if self._skip_whitespace() == "]":
            self._position += 1
            return result
        index = 0
        while True:
            if sink is not None:
                if self._position >= len(self._text) or self._text[self._position] in " \t\n\r":
                    self._skip_whitespace()
                sink.add(self._whole())
            else:
                result.append(self._value(path + (index,), inner))
            index += 1
            if self._expect(",]", "Expecting ',' delimiter") == "]":
                return result
