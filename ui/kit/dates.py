"""A date filter that may be empty ("any"), whose calendar opens on the campaign's day.

The empty state is the lowest date the edit accepts, shown as "any". Left alone, Qt opens the
calendar on that date (December 2019) and the arrow keys step from it; here the calendar opens
on the campaign's day (controllers/browse/campaign.py: today during the campaign, the latest day
with data afterwards), marked but not chosen, and Up or Down on "any" starts from it too. F4 or
Alt+Down opens the calendar from the keyboard, as on a combo box.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QStyle, QStyleOptionComboBox, QWidget

from controllers.browse.campaign import campaign_day
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl

translate = QCoreApplication.translate
EARLIEST = QDate(2019, 12, 1)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DateFilter(QDateEdit):
    """`value()` is the chosen day, or None for "any"."""

    def __init__(self, any_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.campaign_day = QDate.currentDate()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(EARLIEST)
        self.setSpecialValueText(any_text or translate("DateFilter", "any"))
        self.setDate(EARLIEST)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        chosen = self.date()
        return None if chosen <= EARLIEST else date(chosen.year(), chosen.month(), chosen.day())

    def set_campaign_day(self, day: date) -> None:
        self.campaign_day = qdate(day)

    def is_any(self) -> bool:
        return self.date() <= EARLIEST

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.is_any():
            calendar.blockSignals(True)   # shown and marked, not chosen: the filter stays "any"
            calendar.setSelectedDate(self.campaign_day)
            calendar.setCurrentPage(self.campaign_day.year(), self.campaign_day.month())
            calendar.blockSignals(False)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down \
            and event.modifiers() == Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        """The calendar, as a press on the drop-down arrow opens it (Qt has no call for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                            QStyle.SubControl.SC_ComboBoxArrow, self)
        at = QPointF(arrow.center())
        self.mousePressEvent(QMouseEvent(QEvent.Type.MouseButtonPress, at, self.mapToGlobal(at),
                                         Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton,
                                         Qt.KeyboardModifier.NoModifier))

    def stepBy(self, steps: int) -> None:
        if self.is_any():
            self.setDate(self.campaign_day)
            return
        super().stepBy(steps)


def open_on_campaign_day(context: AppContext, owner: QWidget, edits: list[DateFilter]) -> None:
    """Read the campaign's day on the task runner (no busy cursor: nothing waits for it) and
    give it to `edits`; until then they open on today."""
    database, user = context.database, context.user

    def work(_control: TaskControl) -> date:
        return campaign_day(database, user)

    def show(day: object) -> None:
        if isinstance(day, date):
            for edit in edits:
                edit.set_campaign_day(day)

    context.tasks.submit("campaign day", work, succeeded=show, owner=owner)
