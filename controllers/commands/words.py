"""A command's sentences in the interface language: English sources marked with
QT_TRANSLATE_NOOP("Command", …), filled by `said` (output.py re-exports it for every command)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def said(source: str, *values: object) -> str:
    """The sentence `source` (marked in the "Command" context) in the interface language, with
    %1, %2 … replaced by `values` in order."""
    text = QCoreApplication.translate("Command", source)
    for number in range(len(values), 0, -1):   # %10 before %1
        text = text.replace(f"%{number}", str(values[number - 1]))
    return text
