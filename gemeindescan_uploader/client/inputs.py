"""What the analyst types about a snapshot, checked once at the edge into typed values the client trusts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

from .. import messages
from ..errors import InvalidInput
from ..messages import Message
from ..snapshot_format import MAX_TITLE_LENGTH, MAX_TOPIC_LENGTH
from .addresses import shortened

__all__ = [
    "MAX_TITLE_LENGTH",
    "MAX_TOPIC_LENGTH",
    "SnapshotFields",
    "check_bfs_number",
    "check_title_and_topic",
]
# Control characters make the server's database or the viewer's page misbehave; tabs and newlines are fine.
_ALLOWED_CONTROLS = {"\t", "\n", "\r"}


def check_bfs_number(bfs_number: Union[int, str]) -> int:
    """The BfS number as a whole number; InvalidInput otherwise."""
    text = str(bfs_number).strip()
    if isinstance(bfs_number, bool) or not text.isdigit() or not text.isascii() or len(text) > 6:
        raise InvalidInput(Message(messages.NOT_A_BFS_NUMBER, text=shortened(str(bfs_number), 40)))
    number = int(text)
    if number < 1:
        raise InvalidInput(Message(messages.NOT_A_BFS_NUMBER, text=text))
    return number


def check_text(value: str, what: str, max_length: int) -> str:
    """A title or topic, stripped; InvalidInput if empty, too long or holding control characters."""
    text = (value or "").strip()
    if not text:
        raise InvalidInput(Message(messages.TEXT_MISSING, what=what))
    if len(text) > max_length:
        raise InvalidInput(Message(messages.TEXT_TOO_LONG, what=what, length=len(text), maximum=max_length))
    if any(
        (ord(character) < 32 and character not in _ALLOWED_CONTROLS) or ord(character) == 127
        for character in text
    ):
        raise InvalidInput(Message(messages.TEXT_WITH_CONTROL_CHARACTER, what=what))
    return text


def check_title_and_topic(title: str, topic: str) -> tuple[str, str]:
    """Title and topic, stripped; InvalidInput if empty or longer than the server stores."""
    return (
        check_text(title, Message(messages.FIELD_TITLE), MAX_TITLE_LENGTH),
        check_text(topic, Message(messages.FIELD_TOPIC), MAX_TOPIC_LENGTH),
    )


@dataclass(frozen=True)
class SnapshotFields:
    """Title, topic and municipality of a snapshot, already checked (build with ``parse``)."""

    title: str
    topic: str
    bfs_number: int

    @classmethod
    def parse(cls, title: str, topic: str, bfs_number: Union[int, str]) -> SnapshotFields:
        """The checked fields; InvalidInput for what the server would refuse."""
        title, topic = check_title_and_topic(title, topic)
        return cls(title, topic, check_bfs_number(bfs_number))

    def as_mutation_input(self) -> dict[str, str]:
        """The mutation's input fields; the BfS number as a string (an inline integer would be a 400)."""
        return {"title": self.title, "topic": self.topic, "bfsNumber": str(self.bfs_number)}
