"""Qt's own dialogs speak the interface's language: under "zh" the standard buttons, message
boxes, wizards and file dialogs read Chinese (Qt's qtbase_zh_CN.qm, and resources/i18n/
qtgaps_zh_CN.ts for the labels that catalogue leaves English), and back in English they are
English again.

A file dialog that asks "Look in:" and "Files of type:" in the Chinese interface is a dialog
the district's staff cannot read; Qt builds these texts when a widget is made, so each test
makes its widgets after the catalogues are installed, as the window does.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)
from pytestqt.qtbot import QtBot

from controllers.runtime.language import install_translators

CHINESE = re.compile(r"[\u4e00-\u9fff]")
Button = QDialogButtonBox.StandardButton
STANDARD = (Button.Ok | Button.Cancel | Button.Save | Button.Close | Button.Yes | Button.No
            | Button.Discard | Button.Apply | Button.Open | Button.Reset)


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    remove = install_translators(qapp, "zh")
    yield
    remove()


def english_texts(widget: QWidget) -> list[str]:
    """Every label, button and tool tip in `widget` that has Latin words and no Chinese."""
    texts = [child.text() for child in widget.findChildren(QLabel)]
    texts += [child.text() for child in widget.findChildren(QAbstractButton)]
    texts += [child.toolTip() for child in widget.findChildren(QAbstractButton)]
    return [text for text in texts
            if re.search(r"[A-Za-z]{2,}", text) and not CHINESE.search(text)]


def test_standard_buttons_read_chinese(chinese: None, qtbot: QtBot) -> None:
    box = QDialogButtonBox(STANDARD)
    qtbot.addWidget(box)
    texts = {box.standardButton(button): button.text() for button in box.buttons()}
    assert len(texts) == 10
    assert texts[Button.Ok] == "确定" and texts[Button.Cancel] == "取消"
    assert texts[Button.Save] == "保存"
    assert [text for text in texts.values() if not CHINESE.search(text)] == []


def test_a_message_box_reads_chinese(chinese: None, qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Canvass", "…",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDetailedText("…")            # adds Qt's own "Show Details..." button
    qtbot.addWidget(box)
    assert {button.text() for button in box.buttons()} >= {"是(&Y)", "否(&N)"}
    assert english_texts(box) == []


def test_the_file_dialog_reads_chinese(chinese: None, qtbot: QtBot) -> None:
    """Qt's own file dialog, the one Canvass's open and save dialogs show on Linux desktops
    without a native one (UOS and Kylin included): "Look in:", "File name:", "Files of type:",
    its buttons, tool tips and column headers."""
    dialog = QFileDialog(None, "Canvass")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("*.xlsx")
    qtbot.addWidget(dialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "查找范围(&L)："
    assert labels["fileTypeLabel"] == "文件类型(&T)："
    assert CHINESE.search(labels["fileNameLabel"])
    assert english_texts(dialog) == []
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    assert {button.text() for button in buttons.buttons()} == {"保存(&S)", "取消"}
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types is not None and types.itemText(0) == "*.xlsx"


def test_the_wizard_buttons_read_chinese(chinese: None, qtbot: QtBot) -> None:
    """The setup wizard's Back / Next / Finish / Cancel come from Qt."""
    wizard = QWizard()
    wizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    qtbot.addWidget(wizard)
    for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
        assert CHINESE.search(wizard.button(which).text()), which


def test_back_in_english_the_dialogs_are_english(qapp: QApplication, qtbot: QtBot) -> None:
    """Switching the language removes Qt's catalogues with Canvass's: nothing stays Chinese."""
    install_translators(qapp, "zh")()
    box = QDialogButtonBox(Button.Ok | Button.Cancel)
    dialog = QFileDialog(None, "Canvass")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(box)
    qtbot.addWidget(dialog)
    assert {button.text() for button in box.buttons()} == {"OK", "Cancel"}
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Look in:"
