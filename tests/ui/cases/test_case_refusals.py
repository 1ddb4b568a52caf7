"""A case refusal reads as the person sees the case: the statuses in the board's words and, for
a batch, the person it stopped at — never an internal number; and the usual reasons read in the
reader's language."""
from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from controllers.runtime.language import install_translators
from models.cases.changes import BulkMoveRefused
from models.cases.refusals import CaseRefusal
from models.cases.workflow import CaseMoveRefused
from ui.cases.move_dialog import status_dialog
from ui.kit.refusals.cases import case_error_text


@pytest.fixture
def chinese(qapp: QCoreApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    try:
        yield
    finally:
        remove()


def illegal(to: str) -> CaseMoveRefused:
    return CaseMoveRefused("", CaseRefusal.MOVE_ILLEGAL, from_status="admitted", to_status=to)


def test_a_batch_refusal_names_the_person_and_the_statuses(chinese: None) -> None:
    refused = BulkMoveRefused(4711, "王红", illegal("awaiting_transfer"))
    assert case_error_text(refused) == "王红：已收治的病例不能改为待转运。未变更任何病例。"
    assert "4711" not in case_error_text(refused)
    assert case_error_text(illegal("verified")) == "已收治的病例不能改为已核查。"


def test_the_usual_reason_reads_in_chinese_and_is_saved_as_a_code(chinese: None, qtbot) -> None:
    dialog = status_dialog(["verified", "refused"])
    qtbot.addWidget(dialog)
    assert "常用理由" in dialog.usual_button.text() and "已核查：" in dialog.usual_button.text()
    dialog.take_usual_reason()
    assert dialog.reason.toPlainText() == "已核查：已与本人核对身份、住址和症状"
    assert dialog.reason_text() == "\u27e6usual_verified"             # stored as its code
    dialog.choice.setCurrentIndex(1)                                  # follows the choice
    assert dialog.reason.toPlainText() == "拒绝转运：将上门劝导"
    dialog.reason.setPlainText("拒绝转运：家属不同意")                # typed over: as typed
    assert dialog.reason_text() == "拒绝转运：家属不同意"
