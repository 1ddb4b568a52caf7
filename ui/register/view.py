"""人员: the district's register of persons, a million rows paged from the database.

"不漏一人": the list every person is on, whether screened yet or not. The search box (Ctrl+F)
takes a name's start, a resident ID, its last digits or a phone's start, as the case board's
does; a place narrows it to a station or a community. Ctrl+End reaches the last registered
person as fast as the first. Identifiers are masked for roles that may not see them. A
double-click (or Enter) opens the person once read in the background; Enter in the search box
opens the only person found.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal

from controllers.communities.rows import place_choices
from controllers.register.duplicates import merge_persons
from controllers.register.rows import person_rows
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from ui.kit.error_text import error_text
from ui.kit.filters import Place, PlaceFilter
from ui.kit.formatting import count
from ui.kit.lazy_table_model import ID_ROLE
from ui.kit.person_dialog import PersonDialog, open_person_dialog
from ui.kit.role_actions import action_button
from ui.kit.table_page import TablePage
from ui.register.duplicates_dialog import DuplicatesDialog

translate = QCoreApplication.translate


class RegisterView(TablePage):
    """`case_wanted(case id)`: a case chosen in a person's window, for the shell to open."""

    case_wanted = Signal(int)
    live_tables = frozenset({"person", "household", "community"})
    view_id = "register"

    def __init__(self, context: AppContext) -> None:
        # A role that sees identifiers masked finds by a whole ID or phone only: the hint says so.
        hint = (translate("RegisterView", "Name, ID digits or phone…  Ctrl+F")
                if context.user.sees_full_identifiers
                else translate("RegisterView", "Name, whole ID or whole phone…  Ctrl+F"))
        super().__init__(context, person_rows(context.database, context.user),
                         translate("RegisterView", "Register"), hint)
        self.table.empty_text = translate("RegisterView", "No person matches the search.")
        self.place = PlaceFilter()
        self.place.on_change(self.apply_filters)
        self.filter_bar.addWidget(self.place)
        self._places_loaded = False
        self.table.setToolTip(translate("RegisterView", "Double-click or press Enter to open "
                                        "a person. Ctrl+End jumps to the last registered."))
        self.open_rows_with(self.open_person)
        # Merging is for those who may: no button (nor its Alt key) for the other roles.
        self.duplicates_button = action_button(
            context.user, merge_persons, translate("RegisterView", "Possible &duplicates…"),
            self.open_duplicates)
        if self.duplicates_button is not None:
            self.duplicates_button.setToolTip(translate(
                "RegisterView", "Persons entered twice (the same resident ID, or the same name, "
                                "birth date and phone), to merge"))
            self.filter_bar.addWidget(self.duplicates_button)

    def filters(self) -> dict[str, object]:
        return {"text": self.search.text().strip()[:64], **self.place.chosen()}

    def refresh(self) -> None:
        if not self._places_loaded:
            self._load_places()
        super().refresh()

    def _load_places(self) -> None:
        self._places_loaded = True
        database, user = self.context.database, self.context.user

        def work(_control: TaskControl) -> list[Place]:
            return list(place_choices(database, user))

        def show(places: object) -> None:
            if isinstance(places, list):
                self.place.fill(places)

        self.context.tasks.submit("register places", work, succeeded=show, owner=self)

    def count_text(self, number: int) -> str:
        return translate("RegisterView", "%1 persons registered").replace("%1", count(number))

    def open_person(self, index: QModelIndex) -> None:
        person_id = self.model.data(index, ID_ROLE) if index.isValid() else None
        if person_id is None:
            return

        def opened(dialog: PersonDialog) -> None:
            dialog.finished.connect(lambda _result: self.refresh())
            dialog.open()

        open_person_dialog(self.context, int(person_id), self, opened,
                           lambda error: self.subtitle.setText(error_text(error)),
                           self.case_wanted.emit)

    def open_duplicates(self) -> None:
        dialog = DuplicatesDialog(self.context, self)
        dialog.finished.connect(lambda _result: self.refresh())
        dialog.open()
