"""A person's file as tabs of the person's window: their cases, their screenings at the door,
their household with its members, and the visits to that household. Enter or a double-click on a
case asks for that case (`case_chosen`), on a member for that person (`person_chosen`): from a
person the chain of cases and households is followed a key at a time."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from controllers.register.person_file import PersonFile
from ui.kit.formatting import moment
from ui.kit.labels import case_status, category, outcome
from ui.kit.read_tables import fill, open_rows, table

translate = QCoreApplication.translate


class PersonFileTabs(QTabWidget):
    case_chosen = Signal(int)
    person_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cases = table([translate("PersonFile", "Case"), translate("PersonFile", "Category"),
                            translate("PersonFile", "Status"), translate("PersonFile", "Since"),
                            translate("PersonFile", "Opened")])
        self.screenings = table([translate("PersonFile", "Screened"),
                                 translate("PersonFile", "Temperature"),
                                 translate("PersonFile", "Symptoms")])
        self.household = QLabel(wordWrap=True)
        self.members = table([translate("PersonFile", "Household member"),
                              translate("PersonFile", "Resident ID")])
        self.visits = table([translate("PersonFile", "Visited"), translate("PersonFile", "Outcome"),
                             translate("PersonFile", "Team"), translate("PersonFile", "Note")])
        open_rows(self.cases, self.case_chosen.emit)
        open_rows(self.members, self.person_chosen.emit)
        home = QWidget()
        box = QVBoxLayout(home)
        box.addWidget(self.household)
        box.addWidget(self.members, 1)
        self.titles = (translate("PersonFile", "Cases (%1)"),
                       translate("PersonFile", "Screenings (%1)"),
                       translate("PersonFile", "Household (%1)"),
                       translate("PersonFile", "Visits (%1)"))
        for widget, title in zip((self.cases, self.screenings, home, self.visits), self.titles):
            self.addTab(widget, title.replace("%1", "0"))

    def show_file(self, file: PersonFile) -> None:
        fill(self.cases, [[f"#{c.case_id}", category(c.category), case_status(c.status),
                           moment(c.status_since), moment(c.opened_at)] for c in file.cases],
             [c.case_id for c in file.cases])
        fill(self.screenings, [[moment(s.at), f"{s.temperature} °C" if s.temperature else "",
                                s.symptoms] for s in file.screenings])
        self.household.setText(" · ".join(fact for fact in (file.community, file.door,
                                                            file.address) if fact))
        fill(self.members, [[name, rid or ""] for _i, name, rid in file.members],
             [i for i, _name, _rid in file.members])
        fill(self.visits, [[moment(v.at), outcome(v.outcome), v.team, v.note]
                           for v in file.visits])
        counts = (len(file.cases), len(file.screenings), len(file.members), len(file.visits))
        for index, (title, number) in enumerate(zip(self.titles, counts)):
            self.setTabText(index, title.replace("%1", str(number)))
