"""The campaign's two forms: declaring a campaign (name, first day, deadline, all communities or
some) and recording a community's reply to a supervision order. Each saves in the background
and stays open with everything typed when refused, the sentence under the fields."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from controllers.campaign.actions import OrderRecord, answer_order, community_choices, declare_campaign
from controllers.runtime.context import AppContext
from models.campaign.rules import NAME_LIMIT
from models.errors import CanvassError
from ui.campaign.texts import status_text
from ui.kit.background import load_in_background, save_in_background
from ui.kit.qt_time import to_date
from ui.kit.refusals.campaign import campaign_error_text
from ui.kit.widgets import day_edit, label, named_label, ok_cancel

translate = QCoreApplication.translate
CAMPAIGN_DAYS = 3   # Wuhan's 集中拉网排查 of 17–19 February: three days






class DeclareCampaignDialog(QDialog):
    """`declared(campaign_id)` is called once the campaign is saved."""

    def __init__(self, context: AppContext, today: date, declared: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.declared = context, declared
        self.setWindowTitle(translate("Campaign", "Declare a sweep campaign"))
        self.name = QLineEdit()
        self.name.setMaxLength(NAME_LIMIT + 10)   # longer is refused with its sentence
        self.name.setPlaceholderText(translate("Campaign", "For example: three-day sweep"))
        self.starts = day_edit(today)
        self.deadline = day_edit(today + timedelta(days=CAMPAIGN_DAYS - 1))
        self.every = QRadioButton(translate("Campaign", "All communities"))
        self.some = QRadioButton(translate("Campaign", "These communities:"))
        self.every.setChecked(True)
        self.communities = QListWidget()
        self.communities.setEnabled(False)
        self.some.toggled.connect(self.communities.setEnabled)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(translate("Campaign", "Name"), self.name)
        form.addRow(translate("Campaign", "First day"), self.starts)
        form.addRow(translate("Campaign", "Deadline (last day)"), self.deadline)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(label(translate("Campaign", "Goal: every household with an outcome and "
                                         "every registered person screened by the deadline."),
                               wrap=True))
        layout.addWidget(self.every)
        layout.addWidget(self.some)
        layout.addWidget(self.communities, 1)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, translate("Campaign", "Declare")))
        self.resize(460, 520)
        database, user = context.database, context.user
        load_in_background(context.tasks, self, "campaign communities",
                           lambda: community_choices(database, user), loaded=self._fill,
                           refused=self.say, busy=[self.communities])

    def _fill(self, choices: list[tuple[int, str, str]]) -> None:
        for ident, name, station in choices:
            item = QListWidgetItem(f"{name} · {station}")
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communities.addItem(item)

    def chosen(self) -> list[int] | None:
        if self.every.isChecked():
            return None
        return [int(self.communities.item(row).data(Qt.ItemDataRole.UserRole))
                for row in range(self.communities.count())
                if self.communities.item(row).checkState() == Qt.CheckState.Checked]

    def say(self, error: CanvassError) -> None:
        self.message.setText(campaign_error_text(error))
        self.message.show()

    def accept(self) -> None:
        database, user = self.context.database, self.context.user
        name, starts, deadline = self.name.text(), to_date(self.starts.date()), to_date(self.deadline.date())
        chosen = self.chosen()

        def saved(campaign_id: int) -> None:
            self.declared(campaign_id)
            super(DeclareCampaignDialog, self).accept()

        save_in_background(self.context.tasks, self, "declare campaign",
                           lambda: declare_campaign(database, user, name, starts, deadline, chosen),
                           saved=saved, refused=self.say)


class ReplyDialog(QDialog):
    """The community's reply to an order, typed as it came (phone, paper, message)."""

    def __init__(self, context: AppContext, order: OrderRecord,
                 answered: Callable[[OrderRecord], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.order, self.answered = context, order, answered
        self.setWindowTitle(translate("Campaign", "Reply to %1").replace("%1", order.number))
        self.reply = QPlainTextEdit()
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        head = (translate("Campaign", "%1 · %2 · gap %3 doors")
                .replace("%1", order.community).replace("%2", status_text(order.status))
                .replace("%3", str(order.gap)))
        layout = QVBoxLayout(self)
        layout.addWidget(label(head, wrap=True))
        layout.addWidget(label(translate("Campaign", "The community's reply"), ""))
        layout.addWidget(self.reply, 1)
        layout.addWidget(self.message)
        layout.addWidget(ok_cancel(self, translate("Campaign", "Record reply")))
        self.resize(440, 300)

    def say(self, error: CanvassError) -> None:
        self.message.setText(campaign_error_text(error))
        self.message.show()

    def accept(self) -> None:
        database, user, order = self.context.database, self.context.user, self.order
        text = self.reply.toPlainText()

        def saved(record: OrderRecord) -> None:
            self.answered(record)
            super(ReplyDialog, self).accept()

        save_in_background(self.context.tasks, self, "answer order",
                           lambda: answer_order(database, user, order.id, order.version, text),
                           saved=saved, refused=self.say)
