"""病例: the case board — cases of the four categories, a count chip per category and a count
per status always in sight, filters by place, opening date and free text, and the moves a
dispatcher makes on the selected rows without the mouse.

The chips are the filter and the answer at once: "confirmed 12" both says how many and, when
pressed, shows them. Their counts come from one GROUP BY on the task runner, under the same
filters as the list except the category itself.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QPushButton

from controllers.browse.row_source import Kind
from controllers.browse.vocabulary import CASE_STATUSES, CATEGORIES
from controllers.cases.rows import CaseRows
from controllers.runtime.context import AppContext
from controllers.runtime.tasks import TaskControl
from models.accounts.permissions import Permission
from ui.cases.board import CaseBoardControls
from ui.kit.export_list import export_shown_list
from ui.kit.filters import ValueFilter
from ui.kit.formatting import count
from ui.kit.labels import CATEGORY_COLORS, category_short
from ui.kit.labels import category as category_label
from ui.kit.table_page import TablePage
from ui.kit.widgets import dot_icon, hbox

translate = QCoreApplication.translate


class CasesView(TablePage):
    live_tables = frozenset({"person_case", "person", "community"})
    view_id = "cases"

    def __init__(self, context: AppContext) -> None:
        self.rows = CaseRows(context.database)
        super().__init__(context, self.rows, translate("CasesView", "Cases"),
                         translate("CasesView", "Name, ID digits or phone…  Ctrl+F"))
        self.chips = QButtonGroup(self)
        self.chips.setExclusive(True)
        self._chip_values: dict[int, str | None] = {}
        chip_row = hbox(spacing=8)
        for index, value in enumerate((None, *CATEGORIES)):
            chip = QPushButton()
            chip.setObjectName("chip")
            chip.setCheckable(True)
            chip.setProperty("category", value or "all")
            chip.setChecked(value is None)
            if value is not None:
                chip.setIcon(dot_icon(CATEGORY_COLORS[value]))
                chip.setToolTip(category_label(value))
            self.chips.addButton(chip, index)
            self._chip_values[index] = value
            chip_row.addWidget(chip)
        chip_row.addStretch(1)
        self.chips.idClicked.connect(lambda _id: self.apply_filters())
        self.status = ValueFilter(Kind.CASE_STATUS, CASE_STATUSES,
                                  translate("CasesView", "All statuses"))
        self.status.on_change(self.apply_filters)
        self.open_only = QCheckBox(translate("CasesView", "Open cases only"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.apply_filters())
        self.filter_bar.addWidget(self.status)
        self.filter_bar.addWidget(self.open_only)
        self.layout().insertLayout(2, chip_row)
        self.board = CaseBoardControls(self)
        self.layout().insertLayout(3, self.board.place_row)
        self.layout().insertWidget(4, self.board.status_counts)
        self.layout().addLayout(self.board.action_row)
        if context.user.may(Permission.EXPORT_DATA):
            self.export_button = QPushButton(translate("CasesView", "Export…"))
            self.export_button.setToolTip(translate(
                "CasesView", "The cases under the filters shown, as .xlsx or .csv"))
            self.export_button.clicked.connect(
                lambda: export_shown_list(self, context, "cases", self.filters()))
            self.board.action_row.addWidget(self.export_button)
        self._counts_generation = 0
        self._counts_loading = False
        self._show_chip_counts({})

    def category(self) -> str | None:
        return self._chip_values.get(self.chips.checkedId())

    def filters(self) -> dict[str, object]:
        return {"text": self.search.text().strip()[:64], "category": self.category(),
                "status": self.status.value(), "open_only": self.open_only.isChecked(),
                **self.board.filters()}

    def apply_filters(self) -> None:
        super().apply_filters()
        self._count_chips()

    def count_text(self, number: int) -> str:
        return translate("CasesView", "Total: %1", "cases").replace("%1", count(number))

    def is_loading(self) -> bool:
        return super().is_loading() or self._counts_loading

    def _count_chips(self) -> None:
        self._counts_generation += 1
        generation, rows = self._counts_generation, self.rows
        filters = {key: value for key, value in self.filters().items() if value not in (None, "")}
        self._counts_loading = True

        def work(_control: TaskControl) -> tuple[dict[str, int], dict[str, int]]:
            return rows.counts_by_category(filters), rows.counts_by_status(filters)

        def done(result: Any) -> None:
            if generation == self._counts_generation:
                by_category, by_status = result
                self._show_chip_counts(by_category)
                self.status.show_counts(by_status)
                self.board.show_status_counts(by_status)

        def finished() -> None:
            if generation == self._counts_generation:
                self._counts_loading = False

        self.context.tasks.submit("case counts", work, succeeded=done, finished=finished,
                                  owner=self)

    def _show_chip_counts(self, counts: dict[str, int]) -> None:
        for index, value in self._chip_values.items():
            button = self.chips.button(index)
            number = sum(counts.values()) if value is None else counts.get(value, 0)
            name = translate("CasesView", "All") if value is None else category_short(value)
            button.setText(f"{name}  {count(number)}")
