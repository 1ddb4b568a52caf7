"""Filter widgets the list views share: a choice list of stored values with their labels, and a
place: a station or one of its communities."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from controllers.browse import Kind
from ui.kit.labels import label


class ValueFilter(QComboBox):
    """"All …" plus one entry per stored value; `value()` is the stored value or None."""

    def __init__(self, kind: Kind, values: Iterable[str], all_text: str) -> None:
        super().__init__()
        self.kind = kind
        self.values = tuple(values)
        self.all_text = all_text
        self.addItem(all_text, None)
        for value in self.values:
            self.addItem(label(kind, value), value)
        # Sized for a typical entry, not the longest: a long status label must not widen the window.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def show_counts(self, counts: Mapping[str, int]) -> None:
        """Put each value's count beside its label, e.g. "Admitted (12)"."""
        template = QCoreApplication.translate("ValueFilter", "%1 (%2)")
        for index, value in enumerate(self.values, start=1):
            self.setItemText(index, template.replace("%1", label(self.kind, value))
                             .replace("%2", str(counts.get(value, 0))))

    def on_change(self, slot: Callable[[], None]) -> None:
        self.currentIndexChanged.connect(lambda _index: slot())


# A station, its name, and its communities (id, name): what controllers' place choices give.
Place = tuple[int, str, Sequence[tuple[int, str]]]


class PlaceFilter(QComboBox):
    """"All stations and communities" until `fill` adds them: each station, then its communities
    indented under it. `chosen()` is the filter it says: {"station_id": …}, {"community_id": …}
    or nothing. Narrow enough for a wall-screen tile."""

    def __init__(self) -> None:
        super().__init__()
        self.addItem(QCoreApplication.translate("PlaceFilter", "All stations and communities"),
                     None)
        self.setMinimumContentsLength(12)   # "全部派出所和社区" whole
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)

    def fill(self, places: Sequence[Place]) -> None:
        chosen = self.currentData()
        self.blockSignals(True)
        for station_id, name, communities in places:
            self.addItem(name, ("station_id", station_id))
            for community_id, community in communities:
                self.addItem(f"    {community}", ("community_id", community_id))
        if chosen is not None:
            self.setCurrentIndex(max(self.findData(chosen), 0))
        self.blockSignals(False)

    def chosen(self) -> dict[str, object]:
        picked = self.currentData()
        return {picked[0]: picked[1]} if picked else {}

    def on_change(self, slot: Callable[[], None]) -> None:
        self.currentIndexChanged.connect(lambda _index: slot())
