"""The case board's place and opening-date filters: built empty, filled with the stations and
their communities once the task runner has read them, and read back as the case rows' filter
keys. Plain functions over plain widgets: the board owns the widgets and decides when to ask."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QComboBox, QDateEdit

translate = QCoreApplication.translate
EARLIEST = QDate(2019, 12, 1)

# A station, its name, and its communities (id, name): what CaseRows.places() reads.
Place = tuple[int, str, Sequence[tuple[int, str]]]


def date_edit() -> QDateEdit:
    """A date that may be empty: its lowest value reads "any"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(EARLIEST)
    edit.setSpecialValueText(translate("CaseBoard", "any"))
    edit.setDate(EARLIEST)
    return edit


def place_combo() -> QComboBox:
    """"All stations and communities" until `fill_places` adds them; narrow enough for a tile."""
    combo = QComboBox()
    combo.addItem(translate("CaseBoard", "All stations and communities"), None)
    combo.setMinimumContentsLength(8)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    return combo


def fill_places(combo: QComboBox, places: Sequence[Place]) -> None:
    """Each station, then its communities indented under it; an item's data is the filter."""
    for station_id, name, communities in places:
        combo.addItem(name, ("station_id", station_id))
        for community_id, community in communities:
            combo.addItem(f"    {community}", ("community_id", community_id))


def place_and_dates(place: QComboBox, opened_from: QDateEdit,
                    opened_until: QDateEdit) -> dict[str, object]:
    """The filters these widgets say now: the chosen station or community, and the opening dates
    that are not "any"."""
    chosen: dict[str, object] = {}
    picked = place.currentData()
    if picked:
        chosen[picked[0]] = picked[1]
    for key, edit in (("opened_from", opened_from), ("opened_until", opened_until)):
        if edit.date() > EARLIEST:
            value = edit.date()
            chosen[key] = date(value.year(), value.month(), value.day())
    return chosen
