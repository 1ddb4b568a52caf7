"""One case, everything about it: the person (masked per role), household, history, persuasion
log, contacts and chain, transfers; and the moves a dispatcher makes from here, by keyboard too
(Ctrl+M move status, Ctrl+K change category, Ctrl+N note, Ctrl+P persuasion visit).

The window opens with its case already loaded (`open_case_detail` loads it in the background
first), so every key works from the start; saves and reloads then run in the background too.
Closed, it is deleted and leaves the change feed (ui/kit/live.py LiveWindow); while hidden, a
change to its case only marks its exposure trace stale."""
from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from controllers.cases.contacts import add_contact_person
from controllers.cases.persuasion import add_persuasion_visit
from controllers.cases.workflow import CaseDetail, add_case_note, change_category, change_status, load_case
from controllers.runtime.change_feed import ChangeSet
from controllers.runtime.context import AppContext
from models.errors import CanvassError, EditConflict
from ui.cases.dispatch_dialog import dispatch_button, may_dispatch
from ui.cases.exposure_panel import ExposurePanel
from ui.cases.move_dialog import PersuasionDialog, ReasonDialog, category_dialog, note_dialog, status_dialog
from ui.cases.person_flows import add_contact
from ui.cases.tabs import ContactsPanel, history_rows, persuasion_rows, transfer_rows
from ui.kit.background import load_in_background, save_in_background
from ui.kit.formatting import moment
from ui.kit.labels import case_status, category
from ui.kit.live import LiveWindow
from ui.kit.person_dialog import open_person_dialog
from ui.kit.read_tables import fill, open_rows, table
from ui.kit.refusals.cases import case_error_text
from ui.kit.role_actions import action_button, present
from ui.kit.widgets import named_label


def open_case_detail(context: AppContext, case_id: int, owner: QWidget,
                     opened: Callable[[CaseDetailDialog], None],
                     refused: Callable[[CanvassError], None]) -> None:
    """Load the case in the background, then give `opened` its window (not yet shown)."""
    database, user = context.database, context.user
    load_in_background(context.tasks, owner, "case detail", lambda: load_case(database, user, case_id),
                       loaded=lambda detail: opened(CaseDetailDialog(context, detail, owner)),
                       refused=refused)


class CaseDetailDialog(LiveWindow, QDialog):
    def __init__(self, context: AppContext, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = case_id = detail.id
        self.detail = detail
        self.setWindowTitle(self.tr("Case %1").replace("%1", str(case_id)))
        self.heading = named_label("pageTitle")
        self.state = named_label("pageSubtitle", wrap=True)
        self.merge_flag = named_label("formError", wrap=True)
        self.person = {key: QLabel() for key in ("name", "resident_id", "phone", "address",
                                                 "community", "facility")}
        person_form = QFormLayout()
        for key, text in (("name", self.tr("Name")), ("resident_id", self.tr("Resident ID")),
                          ("phone", self.tr("Phone")), ("address", self.tr("Address")),
                          ("community", self.tr("Community")), ("facility", self.tr("Facility"))):
            person_form.addRow(text, self.person[key])
        # The person's window: their cases, screenings, household and visits (editable there
        # for a role that may edit the register).
        self.person_button = QPushButton(self.tr("Person…"))
        self.person_button.clicked.connect(lambda: self.open_person(self.detail.person_id))
        self.members = table([self.tr("Household member"), self.tr("Resident ID")])
        open_rows(self.members, self.open_person)
        person_tab = QWidget()
        person_box = QVBoxLayout(person_tab)
        person_box.addLayout(person_form)
        person_box.addWidget(self.merge_flag)
        person_box.addWidget(self.person_button)
        person_box.addWidget(self.members, 1)
        self.history = table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Change"),
                              self.tr("Why")])
        self.persuasion = table([self.tr("When"), self.tr("Visited by"), self.tr("What was said"),
                                 self.tr("Outcome")])
        self.contacts = ContactsPanel()
        self.contacts.case_chosen.connect(self.open_other_case)
        self.add_contact_button = action_button(context.user, add_contact_person,
                                                self.tr("Add close contact…"), self.add_contact)
        if self.add_contact_button is not None:
            self.contacts.box.insertWidget(0, self.add_contact_button)
        self.transfers = table([self.tr("Transfer sheet"), self.tr("Status"), self.tr("Ordered"),
                                self.tr("Facility")])
        self.tabs = QTabWidget()
        self.tabs.addTab(person_tab, self.tr("Person"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(self.persuasion, self.tr("Persuasion"))
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        self.tabs.addTab(self.transfers, self.tr("Transfers"))
        self.exposure = ExposurePanel(context, case_id)
        self.tabs.addTab(self.exposure, ExposurePanel.title())
        # Only the moves this user's role may make get a button and a key (ui/kit/role_actions).
        self.move_button = self._button(change_status, self.tr("Move status…"), "Ctrl+M",
                                        self.move_status)
        self.category_button = self._button(change_category, self.tr("Change category…"),
                                            "Ctrl+K", self.change_category)
        self.note_button = self._button(add_case_note, self.tr("Add note…"), "Ctrl+N",
                                        self.add_note)
        self.visit_button = self._button(add_persuasion_visit, self.tr("Persuasion visit…"),
                                         "Ctrl+P", self.add_visit)
        actions = QHBoxLayout()
        for button in present((self.move_button, self.category_button, self.note_button,
                               self.visit_button)):
            actions.addWidget(button)
        self.dispatch_button = dispatch_button(context, self, lambda: self.case_id,
                                               lambda _order: self.reload(), self._keep,
                                               self.say, with_keys_in_text=True)
        if self.dispatch_button is not None:
            actions.addWidget(self.dispatch_button)
        actions.addStretch(1)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.state)
        box.addLayout(actions)
        box.addWidget(self.message)
        box.addWidget(self.tabs, 1)
        self.form: QWidget | None = None
        self.others: list[QDialog] = []     # cases and persons opened from here, kept alive
        self.show_detail(self.detail)
        self.resize(760, 600)
        self.live_on(context.feed)

    # -- LiveWindow: another workstation's change to this case re-reads the exposure trace (the
    # case itself is read again after each move made here: a form open meanwhile must still
    # save against the version it was opened on, and meet a conflict if the case moved on).
    def concerns(self, change: ChangeSet) -> bool:
        return self.exposure.concerns(change)

    def refresh(self) -> None:
        self.exposure.reload()

    def is_loading(self) -> bool:
        return False   # one coalesced change, one read of the trace

    def _button(self, gate: Callable[..., object], text: str, keys: str,
                slot: Callable[[], None]) -> QPushButton | None:
        return action_button(self.context.user, gate, text, slot, keys, key_on=self,
                             keys_in_text=True)

    def show_detail(self, detail: CaseDetail) -> None:
        self.detail = detail
        self.heading.setText(f"{detail.person_name} · {category(detail.category)}")
        state = self.tr("%1 since %2 · opened %3").replace("%1", case_status(detail.status)) \
            .replace("%2", moment(detail.status_since)).replace("%3", moment(detail.opened_at))
        if not detail.is_open:
            state += " · " + self.tr("closed")
        self.state.setText(state)
        for key in self.person:
            self.person[key].setText(str(getattr(detail, "person_name" if key == "name" else key)))
        self.merge_flag.setVisible(bool(detail.duplicates))
        self.merge_flag.setText(self.tr("This resident ID appears %1 times in the register: "
                                        "flagged for merging.")
                                .replace("%1", str(len(detail.duplicates) + 1)))
        fill(self.members, [[name, rid] for _id, name, rid in detail.members],
             [person_id for person_id, _name, _rid in detail.members])
        fill(self.history, history_rows(detail))
        fill(self.persuasion, persuasion_rows(detail))
        fill(self.transfers, transfer_rows(detail))
        self.contacts.show_detail(detail)
        for button, enabled in ((self.visit_button, detail.status == "refused"),
                                (self.move_button, bool(detail.next_statuses)),
                                (self.category_button, bool(detail.next_categories))):
            if button is not None:
                button.setEnabled(enabled)
        if self.dispatch_button is not None:
            self.dispatch_button.setEnabled(may_dispatch(detail.status, detail.transfers))

    def reload(self) -> None:
        database, user, case_id = self.context.database, self.context.user, self.case_id
        load_in_background(self.context.tasks, self, "case detail",
                           lambda: load_case(database, user, case_id), loaded=self.show_detail,
                           refused=lambda error: self.say(case_error_text(error)))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _attempt(self, form: ReasonDialog | PersuasionDialog, name: str,
                 save: Callable[[], CaseDetail]) -> None:
        """Run a save (its input read already) in the background; on success show the new detail
        and close the form; on refusal the form says why and keeps its text. A conflict brings
        the case as it now is, so the person sees what the other workstation did."""
        database, user, case_id = self.context.database, self.context.user, self.case_id

        def work() -> tuple[CaseDetail, EditConflict | None]:
            try:
                return save(), None
            except EditConflict as conflict:
                return load_case(database, user, case_id), conflict

        def saved(result: tuple[CaseDetail, EditConflict | None]) -> None:
            detail, conflict = result
            self.show_detail(detail)
            if conflict is None:
                form.saved()
                return
            who = conflict.by or self.tr("another workstation")
            form.show_message(self.tr("%1 changed this case meanwhile: it is now %2. Nothing of "
                                      "yours was saved; check and try again.").replace("%1", who)
                              .replace("%2", case_status(detail.status)))

        save_in_background(self.context.tasks, form, name, work, saved=saved,
                           refused=lambda error: form.show_message(case_error_text(error)))

    def move_status(self) -> None:
        dialog = status_dialog(self.detail.next_statuses, self)
        dialog.submit = lambda: self._attempt(dialog, "case status", partial(
            change_status, self.context.database, self.context.user, self.case_id,
            self.detail.version, dialog.chosen(), dialog.reason_text()))
        self._show(dialog)

    def change_category(self) -> None:
        dialog = category_dialog(self.detail.next_categories, self)
        dialog.submit = lambda: self._attempt(dialog, "case category", partial(
            change_category, self.context.database, self.context.user, self.case_id,
            self.detail.version, dialog.chosen(), dialog.reason_text()))
        self._show(dialog)

    def add_note(self) -> None:
        dialog = note_dialog(self)
        dialog.submit = lambda: self._attempt(dialog, "case note", partial(
            add_case_note, self.context.database, self.context.user, self.case_id,
            dialog.reason_text()))
        self._show(dialog)

    def add_visit(self) -> None:
        dialog = PersuasionDialog(self.context.user.display_name, self)
        dialog.submit = lambda: self._attempt(dialog, "persuasion visit", partial(
            add_persuasion_visit, self.context.database, self.context.user, self.case_id,
            dialog.said.toPlainText()[:2000], dialog.agreed.isChecked(), by_name=dialog.by.text()))
        self._show(dialog)

    def _show(self, dialog: QDialog) -> None:
        """Window-modal, not a nested event loop: the board behind keeps following the feed."""
        self.form = dialog
        dialog.open()

    def add_contact(self) -> None:
        add_contact(self.context, self.case_id, self, self.show_detail, self._keep)

    def _keep(self, dialog: QWidget) -> None:
        self.form = dialog

    def open_person(self, person_id: int) -> None:
        """The person's window (this case's person, or a household member's); a case chosen
        there opens in a case window of its own."""
        def opened(dialog: QDialog) -> None:
            dialog.finished.connect(lambda _result: self.reload())
            self._keep_open(dialog)

        open_person_dialog(self.context, person_id, self, opened,
                           lambda error: self.say(case_error_text(error)), self.open_other_case)

    def open_other_case(self, case_id: int) -> None:
        """Follow the chain: a contact's, a source's or a household member's case, in its own
        window (this one stays as it was)."""
        if case_id == self.case_id:
            self.activateWindow()
            return
        open_case_detail(self.context, case_id, self, self._keep_open,
                         lambda error: self.say(case_error_text(error)))

    def _keep_open(self, dialog: QDialog) -> None:
        self.others.append(dialog)
        dialog.finished.connect(lambda _result, d=dialog: self.others.remove(d)
                                if d in self.others else None)
        dialog.open()
