"""派车: dispatch a case in one action. The dialog shows Canvass's proposal (the nearest facility
with a free bed that takes the category; a free, disinfected vehicle of a quick-response team on
duty, own station first) and lets the dispatcher choose otherwise, with a reason. Opened from the
case board and the case detail (Ctrl+D), once the proposal has been worked out in the background;
the dispatch itself is saved in the background too. When the chosen team's crew on duty lacks
its leader or a minimum role ("夜班缺带队人"), the dialog says what it lacks and the dispatch
needs a reason, stored with the order like a departure's."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from controllers.runtime.context import AppContext
from controllers.teams.words import crew_text
from controllers.transfers.dispatch import dispatch
from controllers.transfers.suggestion import DispatchProposal, suggest_dispatch
from controllers.transfers.words import kind_text
from models.accounts.permissions import Permission
from models.errors import CanvassError
from models.transfers.refusals import TransferRefusal
from models.transfers.workflow import ACTIVE
from ui.kit.background import load_in_background, save_in_background
from ui.kit.labels import case_status, category
from ui.kit.refusals.transfers import transfer_error_text
from ui.kit.sheet_printing import offer_sheet
from ui.kit.widgets import named_label, shortcut

UNDER_WAY = frozenset(status.value for status in ACTIVE)

DISPATCH_KEYS = "Ctrl+D"


def may_dispatch(status: str, transfers: Sequence[tuple[str, str, object, str]]) -> bool:
    """A case awaiting transfer with no trip under way (its detail's transfers: number, status…)."""
    return status == "awaiting_transfer" and not any(t[1] in UNDER_WAY for t in transfers)


def refusal_text(code: TransferRefusal) -> str:
    return transfer_error_text(CanvassError("", code))


class DispatchDialog(QDialog):
    """Emits `dispatched(order id)` once the order is written; refusals stay in the dialog."""

    dispatched = Signal(int)

    def __init__(self, context: AppContext, proposal: DispatchProposal,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.case_id = proposal.case_id
        self.proposal = proposal
        self.setWindowTitle(self.tr("Dispatch a transfer"))
        self.setMinimumWidth(560)
        p = self.proposal
        heading = named_label("pageTitle", f"{p.person} · {category(p.category)} · {case_status(p.status)}")
        self.facility = QComboBox()
        for index, choice in enumerate(p.facilities):
            text = self.tr("%1 · %2 · %3 free beds · %4 km").replace("%1", choice.name) \
                .replace("%2", kind_text(choice.kind)).replace("%3", str(choice.beds_free)) \
                .replace("%4", f"{choice.distance_km:.1f}")
            if index == 0:
                text += "  " + self.tr("(proposed)")
            self.facility.addItem(text, choice.facility_id)
        self.vehicle = QComboBox()
        for index, vehicle in enumerate(p.vehicles):
            text = self.tr("%1 · %2 (%3) · crew %4 · %5 km").replace("%1", vehicle.plate) \
                .replace("%2", vehicle.team).replace("%3", vehicle.station) \
                .replace("%4", str(vehicle.crew)).replace("%5", f"{vehicle.distance_km:.1f}")
            if index == 0:
                text += "  " + self.tr("(proposed)")
            self.vehicle.addItem(text, (vehicle.team_id, vehicle.vehicle_id))
        self.crew = QLabel("、".join(p.crew), wordWrap=True)
        self.crew_warning = named_label("formError", wrap=True)
        self.crew_warning.hide()
        self.reason = QLineEdit()
        self.reason.setMaxLength(200)
        self.reason.setPlaceholderText(self.tr("Needed when you depart from the proposal"))
        form = QFormLayout()
        form.addRow(self.tr("Destination"), self.facility)
        form.addRow(self.tr("Vehicle and team"), self.vehicle)
        form.addRow(self.tr("Crew on duty"), self.crew)
        form.addRow("", self.crew_warning)
        form.addRow(self.tr("Reason"), self.reason)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.dispatch_button = self.buttons.addButton(self.tr("Dispatch"),
                                                      QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.facility.currentIndexChanged.connect(lambda _i: self._departure_changed())
        self.vehicle.currentIndexChanged.connect(lambda _i: self._departure_changed())
        self._departure_changed()
        waiting = p.status == "awaiting_transfer" and p.under_way is None
        if not waiting:
            self.say(refusal_text(TransferRefusal.CASE_HAS_ORDER if p.under_way
                                  else TransferRefusal.CASE_NOT_AWAITING))
        elif not p.facilities:
            self.say(self.tr("No facility that takes this category has a free bed."))
        elif not p.vehicles:
            self.say(self.tr("No vehicle is free: every one is on a trip or waits for its "
                             "disinfection, or no crew is on duty."))
        self.dispatch_button.setEnabled(bool(waiting and p.facilities and p.vehicles))
        self.resize(640, 300)

    def departs(self) -> bool:
        return self.facility.currentIndex() > 0 or self.vehicle.currentIndex() > 0

    def crew_lacks(self) -> str:
        """What the chosen team's crew on duty lacks, as the board says it ("" when complete)."""
        chosen = self.vehicle.currentData()
        crew = self.proposal.crews.get(chosen[0]) if chosen else None
        return "" if crew is None or crew.complete else crew_text(crew)

    def needs_reason(self) -> bool:
        return self.departs() or bool(self.crew_lacks())

    def _departure_changed(self) -> None:
        lacks = self.crew_lacks()
        warning = self.tr("The crew on duty is incomplete: %1. Say in Reason why it goes out as it is.")
        self.crew_warning.setText(warning.replace("%1", lacks))
        self.crew_warning.setVisible(bool(lacks))
        self.reason.setEnabled(self.needs_reason())
        self.reason.setPlaceholderText(self.tr("Why the crew goes out incomplete") if lacks
                                       else self.tr("Needed when you depart from the proposal"))
        if self.needs_reason():
            self.reason.setFocus()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def submit(self) -> None:
        team_id, vehicle_id = self.vehicle.currentData()
        database, user, case_id, facility_id, reason, version = (
            self.context.database, self.context.user, self.case_id, self.facility.currentData(),
            self.reason.text() if self.needs_reason() else "", self.proposal.case_version)
        if self.crew_lacks() and not reason.strip():
            self.say(refusal_text(TransferRefusal.CREW_INCOMPLETE))
            self.reason.setFocus()
            return

        def work() -> int:
            return dispatch(database, user, case_id, facility_id, team_id, vehicle_id, reason,
                            expected_version=version)

        save_in_background(self.context.tasks, self, "dispatch", work, saved=self._dispatched,
                           refused=lambda error: self.say(transfer_error_text(error)))

    def _dispatched(self, order_id: int) -> None:
        self.dispatched.emit(order_id)
        self.accept()


def dispatch_button(context: AppContext, owner: QWidget, case_id: Callable[[], int | None],
                    done: Callable[[int], None], keep: Callable[[QWidget], None],
                    say: Callable[[str], None], with_keys_in_text: bool = False
                    ) -> QPushButton | None:
    """The "Dispatch…" button and its Ctrl+D shortcut on `owner`, for a role that may dispatch
    (None otherwise). `case_id` says which case; `keep` holds the open dialog; `done` gets the
    new order's id; `say` shows a refusal to open (the case is gone) and what was printed. After
    the dispatch Canvass offers to print the order's sheet (ui/kit/sheet_printing.py)."""
    if not context.user.may(Permission.DISPATCH_TRANSFERS):
        return None
    keys = QKeySequence(DISPATCH_KEYS).toString(QKeySequence.SequenceFormat.NativeText)
    text = QCoreApplication.translate("DispatchDialog", "Dispatch…")
    button = QPushButton(f"{text}  {keys}" if with_keys_in_text else text)
    button.setToolTip(keys)

    def open_dialog() -> None:
        chosen = case_id()
        if chosen is None or not button.isEnabled():
            return

        def opened(proposal: DispatchProposal) -> None:
            dialog = DispatchDialog(context, proposal, owner)
            dialog.dispatched.connect(done)
            # Then the offer to print its sheet (Enter prints), once this dialog has closed.
            dialog.dispatched.connect(lambda order_id: QTimer.singleShot(
                0, owner, lambda: offer_sheet(context, owner, order_id, say)))
            keep(dialog)
            dialog.open()

        database, user = context.database, context.user
        load_in_background(context.tasks, owner, "dispatch proposal",
                           lambda: suggest_dispatch(database, user, chosen), loaded=opened,
                           refused=lambda error: say(transfer_error_text(error)), busy=[button])

    button.clicked.connect(open_dialog)
    shortcut(DISPATCH_KEYS, owner, open_dialog, Qt.ShortcutContext.WidgetWithChildrenShortcut)
    return button
