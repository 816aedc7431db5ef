"""The panel's entries in QGIS's message bar: a publish's link with its buttons, and problems."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QApplication, QPushButton

from .rules import tr

# Seconds a success stays in the message bar (problems stay until closed).
SUCCESS_MESSAGE_SECONDS = 30


def push_problem(bar: Any, title: str, text: str, level: Any = Qgis.MessageLevel.Critical) -> None:
    """A problem the analyst must read: it stays until closed."""
    if bar is not None:
        bar.pushMessage(title, text, level, 0)


def push_published(bar: Any, snapshot_pk: str, url: str, path: Path) -> None:
    """The published snapshot, with *Open snapshot* (browser) and *Copy link*."""
    if bar is None:
        return
    # Text only, no title: the buttons need the room in a message bar above a narrow map.
    item = bar.createMessage(tr("Published: snapshot {pk} is online.").format(pk=snapshot_pk))
    item.setToolTip(tr("The exported file is kept at {path}.").format(path=path))
    open_button = QPushButton(tr("Open snapshot"), item)
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl(url)))
    copy_button = QPushButton(tr("Copy link"), item)
    copy_button.clicked.connect(lambda: QApplication.clipboard().setText(url))
    item.layout().addWidget(open_button)
    item.layout().addWidget(copy_button)
    bar.pushWidget(item, Qgis.MessageLevel.Success, SUCCESS_MESSAGE_SECONDS)
