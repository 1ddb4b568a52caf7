"""One household beside the community's lists: its members with their latest screening, and its
visit history newest first."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from controllers.browse.words import RESIDENCES
from controllers.communities.coverage import HouseholdDetail, MemberRow
from ui.kit.formatting import moment
from ui.kit.labels import outcome
from ui.kit.widgets import label, vbox

translate = QCoreApplication.translate


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


def member_name(member: MemberRow) -> str:
    """The name with what the panel's reader should know: head, to be found, found at the
    door, or no longer living here."""
    notes = []
    if member.is_head:
        notes.append(translate("HouseholdPanel", "(head)"))
    if member.to_find:
        notes.append(translate("HouseholdPanel", "(to find)"))
    elif member.origin == "door":
        notes.append(translate("HouseholdPanel", "(found at the door)"))
    if member.residence != "here":
        notes.append(f"({RESIDENCES.word(member.residence)})")
    return " ".join([member.name, *notes])


class HouseholdPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.household_id: int | None = None
        self.title = label(translate("HouseholdPanel", "Choose a household"), "sectionTitle")
        self.address = label("", wrap=True)
        self.members = _table([translate("HouseholdPanel", "Name"),
                               translate("HouseholdPanel", "Resident ID"),
                               translate("HouseholdPanel", "Temperature"),
                               translate("HouseholdPanel", "Symptoms"),
                               translate("HouseholdPanel", "Screened at")])
        self.visits = _table([translate("HouseholdPanel", "When"),
                              translate("HouseholdPanel", "Outcome"),
                              translate("HouseholdPanel", "Team"),
                              translate("HouseholdPanel", "Note")])
        self.setLayout(vbox(self.title, self.address,
                            label(translate("HouseholdPanel", "Members and latest screening"),
                                  "pageSubtitle"), self.members,
                            label(translate("HouseholdPanel", "Visits"), "pageSubtitle"),
                            self.visits, spacing=6))

    def show_household(self, detail: HouseholdDetail) -> None:
        self.household_id = detail.id
        self.title.setText(translate("HouseholdPanel", "Household %1").replace("%1", detail.place))
        self.address.setText(detail.address)
        _fill(self.members, [
            [member_name(member), member.resident_id,
             "" if member.temperature_c is None else f"{member.temperature_c} °C",
             member.symptoms, moment(member.screened_at) if member.screened_at else
             translate("HouseholdPanel", "not yet")]
            for member in detail.members])
        _fill(self.visits, [[moment(visit.visited_at), outcome(visit.outcome), visit.team,
                             visit.note] for visit in detail.visits])

    def clear(self, *, loading: bool = False) -> None:
        """Nothing shown: no household chosen, or (`loading`) the chosen row is on its way."""
        self.household_id = None
        self.title.setText(translate("HouseholdPanel", "Reading the household…") if loading
                           else translate("HouseholdPanel", "Choose a household"))
        self.address.setText("")
        _fill(self.members, [])
        _fill(self.visits, [])
