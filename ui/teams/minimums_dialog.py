"""Setting the district's team minimums: spin boxes, so only whole numbers can be typed.
Read before the dialog opens (`open_minimums_dialog`) and saved in the background."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from controllers.runtime.context import AppContext
from controllers.teams.minimums import MinimumsForm, set_team_minimums, team_minimums
from models.accounts.permissions import Permission
from models.errors import CanvassError, EditConflict
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.background import load_in_background, save_in_background
from ui.kit.error_text import error_text
from ui.kit.widgets import named_label

LABELS: dict[str, str] = {
    "work_group_police": QT_TRANSLATE_NOOP("TeamMinimums", "Work group: police officers"),
    "work_group_health_workers": QT_TRANSLATE_NOOP("TeamMinimums", "Work group: health workers"),
    "work_group_cadres": QT_TRANSLATE_NOOP("TeamMinimums", "Work group: cadres"),
    "quick_response_vehicles": QT_TRANSLATE_NOOP("TeamMinimums", "Quick-response team: vehicles"),
    "quick_response_officers": QT_TRANSLATE_NOOP("TeamMinimums", "Quick-response team: officers"),
    "quick_response_leaders": QT_TRANSLATE_NOOP("TeamMinimums", "Quick-response team: leaders (exactly)"),
    "quick_response_teams_urban": QT_TRANSLATE_NOOP("TeamMinimums", "Quick-response teams per urban station"),
    "quick_response_teams_rural": QT_TRANSLATE_NOOP("TeamMinimums", "Quick-response teams per township station"),
}


def open_minimums_dialog(context: AppContext, owner: QWidget,
                         opened: Callable[[TeamMinimumsDialog], None],
                         refused: Callable[[CanvassError], None]) -> None:
    """Read the minimums in the background, then give `opened` the dialog (not yet shown)."""
    database, user = context.database, context.user
    load_in_background(context.tasks, owner, "team minimums", lambda: team_minimums(database, user),
                       loaded=lambda minimums: opened(TeamMinimumsDialog(context, minimums, owner)),
                       refused=refused)


class TeamMinimumsDialog(QDialog):
    def __init__(self, context: AppContext, minimums: MinimumsForm,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Team minimums"))
        self.context = context
        user = context.user
        self.boxes: dict[str, QSpinBox] = {}
        form = QFormLayout()
        for name, text in LABELS.items():
            box = QSpinBox(minimum=1 if name == "quick_response_leaders" else 0, maximum=50)
            box.setEnabled(user.may(Permission.MANAGE_TEAMS))
            self.boxes[name] = box
            form.addRow(QCoreApplication.translate("TeamMinimums", text), box)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).setVisible(
            user.may(Permission.MANAGE_TEAMS))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(QLabel(self.tr("Every workstation judges its teams by these numbers."),
                                wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._show(minimums)

    def _show(self, form: MinimumsForm) -> None:
        self.form = form
        for name, value in asdict(form.minimums).items():
            self.boxes[name].setValue(int(value))

    def save(self) -> None:
        """Save in the background; someone else's change meanwhile is shown, not overwritten."""
        values: dict[str, object] = {name: box.value() for name, box in self.boxes.items()}
        database, user, version = self.context.database, self.context.user, self.form.version

        def work() -> tuple[MinimumsForm, EditConflict | None]:
            try:
                return set_team_minimums(database, user, values, version), None
            except EditConflict as conflict:
                return team_minimums(database, user), conflict

        def saved(result: tuple[MinimumsForm, EditConflict | None]) -> None:
            form, conflict = result
            self._show(form)
            if conflict is None:
                self.accept()
                return
            self._say(self.tr("%1 changed the minimums meanwhile; they are shown now. "
                              "Nothing of yours was saved.")
                      .replace("%1", conflict.by or self.tr("Another workstation")))

        save_in_background(self.context.tasks, self, "team minimums", work, saved=saved,
                           refused=lambda error: self._say(error_text(error)))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
