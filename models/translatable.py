"""Marking English source texts for translation, without Qt."""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark English source text for pyside6-lupdate and return it unchanged.

    lupdate finds the call by its name, without importing Qt, so models can use it too; the text is
    translated where it is shown, with QCoreApplication.translate(context, source). Unlike
    PySide6's own QT_TRANSLATE_NOOP (typed as returning object) this one returns a str."""
    return source
