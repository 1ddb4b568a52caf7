"""Two short flows that start from a person in the register: open a case for them, or add them
as a close contact of a case. Each is a search, then a small form saved in the background;
refusals stay in the form."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from controllers.browse import Kind
from controllers.browse.vocabulary import CATEGORIES
from controllers.cases.contacts import add_contact_person
from controllers.cases.workflow import CaseDetail, open_case_for_person
from controllers.runtime.context import AppContext
from models.cases.refusals import CaseRefusal
from models.errors import CanvassError
from ui.cases.move_dialog import ReasonDialog
from ui.kit.background import save_in_background
from ui.kit.person_search_dialog import PersonSearchDialog
from ui.kit.refusals.cases import case_error_text

translate = QCoreApplication.translate


def new_case(context: AppContext, parent: QWidget, opened: Callable[[int], None],
             keep: Callable[[QWidget], None]) -> None:
    """Search a person, choose the category, say why: the case opens as identified."""
    search = PersonSearchDialog(context, translate("CaseFlows", "New case: find the person"),
                                parent)

    def chosen() -> None:
        person = search.chosen()
        if person is None:
            return
        form = ReasonDialog(translate("CaseFlows", "New case for %1").replace("%1", person.name),
                            Kind.CATEGORY, tuple(reversed(CATEGORIES)),
                            translate("CaseFlows", "Category"), parent)

        def refused(error: CanvassError) -> None:
            if error.code == CaseRefusal.ALREADY_OPEN:
                form.show_message(translate("CaseFlows", "%1 already has an open case: add to "
                                            "that one.").replace("%1", person.name))
            else:
                form.show_message(case_error_text(error))

        def saved(case_id: int) -> None:
            opened(case_id)
            form.saved()

        def submit() -> None:
            database, user, category, reason = (context.database, context.user, form.chosen(),
                                                form.reason_text())
            save_in_background(context.tasks, form, "new case", lambda: open_case_for_person(
                database, user, person.person_id, category, reason), saved=saved, refused=refused)

        form.submit = submit
        keep(form)
        form.open()

    search.accepted.connect(chosen)
    keep(search)
    search.open()


def add_contact(context: AppContext, case_id: int, parent: QWidget,
                added: Callable[[CaseDetail], None], keep: Callable[[QWidget], None]) -> None:
    """Search a person, say how they met: a close-contact case opens, linked to this case."""
    search = PersonSearchDialog(context, translate("CaseFlows", "Add a close contact"), parent)

    def chosen() -> None:
        person = search.chosen()
        if person is None:
            return
        form = ReasonDialog(translate("CaseFlows", "Close contact: %1").replace("%1", person.name),
                            None, (), "", parent)
        form.reason.setPlaceholderText(translate("CaseFlows", "Relation (spouse, colleague, "
                                                 "neighbour…)"))

        def saved(detail: CaseDetail) -> None:
            added(detail)
            form.saved()

        def submit() -> None:
            database, user, relation = context.database, context.user, form.reason_text()[:32]
            save_in_background(context.tasks, form, "close contact", lambda: add_contact_person(
                database, user, case_id, person.person_id, relation), saved=saved,
                refused=lambda error: form.show_message(case_error_text(error)))

        form.submit = submit
        keep(form)
        form.open()

    search.accepted.connect(chosen)
    keep(search)
    search.open()
