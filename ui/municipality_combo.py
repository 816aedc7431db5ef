"""Makes a QComboBox a searchable municipality drop-down: type a name, canton or BfS number, pick one."""

from __future__ import annotations

from typing import Optional

from qgis.PyQt.QtCore import QStringListModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QComboBox, QCompleter

from ..gemeindescan_uploader.client import Municipality
from .municipality_search import MunicipalityIndex


class MunicipalitySearch(QCompleter):
    """The completer of a municipality drop-down; ``chosen(bfs_number)`` when the analyst picks one.

    Filtering is ours (``MunicipalityIndex``), not Qt's: the completer just shows the rows we give it.
    """

    chosen = pyqtSignal(object)

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.index = MunicipalityIndex([])
        self.matches = QStringListModel(self)
        self._shown: list[int] = []
        self.setModel(self.matches)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setCompleter(self)
        combo.lineEdit().textEdited.connect(self.filter)
        combo.lineEdit().editingFinished.connect(self._restore_text)
        combo.activated.connect(self._picked_in_list)
        self.activated[str].connect(self._picked_in_popup)

    def set_municipalities(self, municipalities: list[Municipality], bfs_number: Optional[int]) -> None:
        """Fill the drop-down (sorted by name) and select ``bfs_number`` if the list has it."""
        self.index = MunicipalityIndex(municipalities)
        self.combo.blockSignals(True)
        self.combo.clear()
        for municipality, label in zip(self.index.municipalities, self.index.labels):
            self.combo.addItem(label, municipality.bfs_number)
        self.combo.blockSignals(False)
        self.select(bfs_number)

    def select(self, bfs_number: Optional[int]) -> None:
        """Show ``bfs_number`` as the current municipality (empty text when the list lacks it)."""
        position = self.index.position(bfs_number)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(position)
        if position < 0:
            self.combo.setEditText("" if bfs_number is None else str(bfs_number))
        self.combo.lineEdit().setCursorPosition(0)  # the name, not the end of the label
        self.combo.blockSignals(False)

    def filter(self, text: str) -> None:
        """Show the municipalities matching ``text`` in the popup."""
        self._shown = self.index.matching(text)
        labels = self.index.labels
        self.matches.setStringList([labels[index] for index in self._shown])

    def _picked_in_popup(self, label: str) -> None:
        position = self.combo.findText(label, Qt.MatchFlag.MatchExactly)
        if position >= 0:
            self._picked_in_list(position)

    def _picked_in_list(self, position: int) -> None:
        bfs_number = self.combo.itemData(position)
        if bfs_number is not None:
            self.combo.setCurrentIndex(position)
            self.chosen.emit(int(bfs_number))

    def _restore_text(self) -> None:
        """Leaving the field with half a name typed shows the chosen municipality again."""
        position = self.combo.currentIndex()
        if position >= 0 and self.combo.currentText() != self.combo.itemText(position):
            self.combo.setEditText(self.combo.itemText(position))
