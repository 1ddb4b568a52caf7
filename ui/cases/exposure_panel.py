"""The case detail's Exposure tab: the responders who met this person in the 14 days before
confirmation (a household visit, a transfer crew), when and how, whether they are still on
duty; and, for those who may change rosters, standing the selected ones down.

Loaded off the UI thread whenever the tab is shown, and again when the case changes (from
this window or another workstation, while the window is on screen: the window follows the feed
and asks `concerns`): when the case becomes confirmed, the tab comes forward by itself and says
so, which is the moment the trace is needed.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTabWidget, QVBoxLayout, QWidget

from controllers.cases.exposure import ExposureTrace, stand_down_exposed_responders, trace_exposures
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from ui.kit.background import load_in_background, save_in_background
from ui.kit.formatting import moment
from ui.kit.labels import outcome
from ui.kit.read_tables import fill, table
from ui.kit.refusals.sheets import sheets_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.role_labels import role_text
from ui.kit.widgets import filled_item

translate = QCoreApplication.translate


class ExposurePanel(QWidget):
    """One case's back-trace; `stand_down_selected` acts on the rows selected."""

    def __init__(self, context: AppContext, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id
        self.trace: ExposureTrace | None = None
        self.summary = QLabel(wordWrap=True)
        self.table = table([translate("ExposurePanel", "Responder"),
                            translate("ExposurePanel", "Role"),
                            translate("ExposurePanel", "How"),
                            translate("ExposurePanel", "When"),
                            translate("ExposurePanel", "Team"),
                            translate("ExposurePanel", "Visit or transfer"),
                            translate("ExposurePanel", "Duty")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.stand_down_button = action_button(
            context.user, stand_down_exposed_responders,
            translate("ExposurePanel", "Stand down selected"), self.stand_down_selected)
        self.message = QLabel(wordWrap=True)
        actions = QHBoxLayout()
        for button in present([self.stand_down_button]):
            actions.addWidget(button)
        actions.addWidget(self.message, 1)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        # Known before the tab is opened, so a confirmation can bring it forward; read once the
        # window is up: a worker reading it while the window was being built slowed every Qt
        # call of the building (each waits for Python's lock back from the worker).
        QTimer.singleShot(0, self, self._first_load)

    @staticmethod
    def title() -> str:
        return translate("ExposurePanel", "Exposure")

    def _first_load(self) -> None:
        if self.trace is None and not self.isVisible():   # shown meanwhile: loading already
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()

    def concerns(self, change: ChangeSet) -> bool:
        """A change to this case (its window follows the feed and asks: ui/cases/detail.py)."""
        if not change.touches("person_case"):
            return False
        ids = change.ids("person_case")
        return ids is None or self.case_id in ids

    def reload(self) -> None:
        database, user, case_id = self.context.database, self.context.user, self.case_id
        load_in_background(self.context.tasks, self, "exposure trace",
                           lambda: trace_exposures(database, user, case_id),
                           loaded=self.show_trace, refused=self._say_error)

    def show_trace(self, trace: ExposureTrace) -> None:
        newly_confirmed = (trace.confirmed and self.trace is not None
                           and not self.trace.confirmed)
        self.trace = trace
        if newly_confirmed:
            self.come_forward()
        span = (translate("ExposurePanel", "%1 to %2").replace("%1", moment(trace.window.since))
                .replace("%2", moment(trace.window.until)))
        if trace.confirmed:
            text = translate("ExposurePanel", "Confirmed: responders who met this person from "
                             "%1, to be checked and stood down.").replace("%1", span)
        else:
            text = translate("ExposurePanel", "Not confirmed: should it be, these responders "
                             "met the person from %1.").replace("%1", span)
        if not trace.exposures:
            text += " " + translate("ExposurePanel", "Nobody on record.")
        self.summary.setText(text)
        fill(self.table, [self._row(trace, exposure) for exposure in trace.exposures])
        for row, exposure in enumerate(trace.exposures):
            filled_item(self.table, row, 0).setData(Qt.ItemDataRole.UserRole, exposure.responder_id)
        if self.stand_down_button is not None:
            self.stand_down_button.setEnabled(bool(trace.still_on_duty))

    def _row(self, trace: ExposureTrace, exposure: Any) -> list[str]:
        if exposure.how == "visit":
            how = translate("ExposurePanel", "Household visit")
            reference = outcome(exposure.reference)
        else:
            how = translate("ExposurePanel", "Transfer crew")
            reference = exposure.reference
        duty = (translate("ExposurePanel", "On duty or due")
                if exposure.responder_id in trace.still_on_duty
                else translate("ExposurePanel", "Off duty"))
        return [exposure.name, role_text(exposure.role), how, moment(exposure.at),
                exposure.team, reference, duty]

    def come_forward(self) -> None:
        """The case was just confirmed: show this tab and say why."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)
        self.message.setText(translate("ExposurePanel", "The case is now confirmed: check the "
                                       "responders who met the person and stand them down."))

    def selected_responders(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return list(dict.fromkeys(int(filled_item(self.table, row, 0).data(Qt.ItemDataRole.UserRole))
                                  for row in rows))

    def stand_down_selected(self) -> None:
        chosen = self.selected_responders()
        if not chosen:
            self.message.setText(translate("ExposurePanel", "Select the responders first."))
            return
        database, user, case_id = self.context.database, self.context.user, self.case_id

        def done(ended: dict[int, list[int]]) -> None:
            shifts = sum(len(ids) for ids in ended.values())
            self.message.setText(translate("ExposurePanel", "Stood down %1 responders; %2 shifts "
                                           "ended.").replace("%1", str(len(ended)))
                                 .replace("%2", str(shifts)))
            self.reload()

        save_in_background(self.context.tasks, self, "exposure stand-down",
                           lambda: stand_down_exposed_responders(database, user, case_id, chosen),
                           saved=done, refused=self._say_error,
                           busy=present([self.stand_down_button]))

    def _say_error(self, error: CanvassError) -> None:
        self.message.setText(sheets_error_text(error))
