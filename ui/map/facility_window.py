"""A facility's own window, opened by a click on its marker on the map: its kind, the categories
it takes, beds free of total, the transfers heading to it (Enter or a double-click opens the
order) and the persons admitted there. Read in the background, live while open, one window per
facility (the map raises the one already open)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QWidget

from controllers.browse import Kind
from controllers.browse.vocabulary import CATEGORIES
from controllers.map.figures import facility_card
from controllers.runtime.context import AppContext
from models.errors import CanvassError
from models.map.spots import FacilityCard
from ui.kit.background import is_busy, load_in_background
from ui.kit.error_text import error_text
from ui.kit.formatting import count, moment
from ui.kit.labels import category, label, transfer_status
from ui.kit.live import LiveWindow
from ui.kit.read_tables import fill, open_rows, table
from ui.kit.widgets import named_label, vbox

translate = QCoreApplication.translate


class FacilityWindow(LiveWindow, QDialog):
    live_tables = frozenset({"facility", "facility_accepts", "transfer_order", "person_case"})

    def __init__(self, context: AppContext, facility_id: int, open_order: Callable[[int], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.facility_id = facility_id
        self.card: FacilityCard | None = None
        self._load_again = False
        self.setWindowTitle(translate("FacilityWindow", "Facility"))
        self.heading = named_label("pageTitle", translate("FacilityWindow", "Loading…"))
        self.facts = named_label("pageSubtitle", wrap=True)
        self.message = named_label("formError", wrap=True)
        self.message.hide()
        self.incoming_title = named_label("sectionTitle")
        self.incoming = table([translate("FacilityWindow", "Order"),
                               translate("FacilityWindow", "Step"),
                               translate("Column", "Name"),
                               translate("Column", "Category"),
                               translate("Column", "Community"),
                               translate("FacilityWindow", "Ordered")])
        self.open_order = open_order
        open_rows(self.incoming, self._open_order)
        self.incoming.setToolTip(translate("FacilityWindow", "Enter or a double-click opens the "
                                                             "transfer order"))
        self.admitted_title = named_label("sectionTitle")
        self.admitted = table([translate("Column", "Name"),
                               translate("Column", "Category"),
                               translate("Column", "Community"),
                               translate("FacilityWindow", "Admitted")])
        self.setLayout(vbox(self.heading, self.facts, self.message, self.incoming_title,
                            self.incoming, self.admitted_title, self.admitted,
                            margins=16, spacing=8))
        self.resize(720, 560)
        self.live_on(context.feed)
        self.load()

    def _open_order(self, order: int) -> None:
        self.open_order(order)

    def refresh(self) -> None:
        self.load()

    def is_loading(self) -> bool:
        return is_busy(self)

    def load(self) -> None:
        if is_busy(self):
            self._load_again = True
            return
        database, user, ident = self.context.database, self.context.user, self.facility_id
        load_in_background(self.context.tasks, self, "facility card",
                           lambda: facility_card(database, user, ident),
                           loaded=self.show_card, refused=self.say)

    def say(self, error: CanvassError) -> None:
        self.message.setText(error_text(error))
        self.message.show()

    def show_card(self, card: FacilityCard) -> None:
        self.card = card
        self.message.hide()
        self.setWindowTitle(card.name)
        self.heading.setText(card.name)
        order = {value: n for n, value in enumerate(CATEGORIES)}
        accepts = "、".join(category(value) for value in sorted(
            card.accepts, key=lambda value: order.get(value, len(order)))) \
            or translate("FacilityWindow", "no category")
        facts = [label(Kind.FACILITY_KIND, card.kind),
                 translate("FacilityWindow", "Takes: %1").replace("%1", accepts),
                 translate("FacilityWindow", "Beds free: %1 of %2").replace(
                     "%1", count(card.beds_free)).replace("%2", count(card.beds_total))]
        if not card.active:
            facts.append(translate("FacilityWindow", "retired: takes nobody any more"))
        self.facts.setText(" · ".join(facts))
        self.incoming_title.setText(self._title(
            translate("FacilityWindow", "Transfers heading here: %1"), card.incoming_count,
            len(card.incoming)))
        fill(self.incoming, [(t.number, transfer_status(t.status), t.person, category(t.category),
                              t.community, moment(t.ordered_at)) for t in card.incoming],
             [t.id for t in card.incoming])
        self.admitted_title.setText(self._title(
            translate("FacilityWindow", "Admitted here: %1"), card.admitted_count,
            len(card.admitted)))
        fill(self.admitted, [(a.person, category(a.category), a.community, moment(a.since))
                             for a in card.admitted])
        if self._load_again:
            self._load_again = False
            self.load()

    @staticmethod
    def _title(words: str, total: int, shown: int) -> str:
        text = words.replace("%1", count(total))
        if shown < total:
            text += translate("FacilityWindow", " (the first %1 shown)").replace("%1", count(shown))
        return text
