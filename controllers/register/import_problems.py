"""A register file's problems in the reader's language: the sentence for each problem code, and
the validation report written with them.

The wizard's check page, the report and `canvass import` all word a problem here, by its code,
with the numbers it carries (a limit, the row an ID first appeared on) filled into the
sentence; the value itself stands in its own column, so no sentence repeats it. A code without
a sentence (a new one) reads as its English message.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from models.importing.report import write_report as write_rows
from models.importing.validate import Problem
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "ImportProblems"

SENTENCES: dict[str, str] = {
    "name_empty": QT_TRANSLATE_NOOP("ImportProblems", "The name is empty."),
    "name_invalid": QT_TRANSLATE_NOOP("ImportProblems", "A name is plain text of at most {limit} characters."),
    "name_formula": QT_TRANSLATE_NOOP("ImportProblems", "A name cannot begin with = + - or @: a spreadsheet would run it as a formula."),
    "name_characters": QT_TRANSLATE_NOOP("ImportProblems", "A name holds letters, the middle dot · and spaces only."),
    "resident_id_excel_number": QT_TRANSLATE_NOOP("ImportProblems", "Excel turned this ID into a number and lost its last digits: format the ID column as Text, paste the IDs again from the source, and import again."),
    "resident_id_empty": QT_TRANSLATE_NOOP("ImportProblems", "No resident ID was given."),
    "resident_id_length": QT_TRANSLATE_NOOP("ImportProblems", "A resident ID has 18 characters: compare this one with the ID card."),
    "resident_id_format": QT_TRANSLATE_NOOP("ImportProblems", "A resident ID is 17 digits followed by a digit or X."),
    "resident_id_checksum": QT_TRANSLATE_NOOP("ImportProblems", "The ID's check character is wrong: a digit was probably mistyped or two were swapped."),
    "resident_id_birth_date": QT_TRANSLATE_NOOP("ImportProblems", "Characters 7 to 14 of the ID are not a real date (YYYYMMDD)."),
    "resident_id_future_birth_date": QT_TRANSLATE_NOOP("ImportProblems", "The ID's birth date is in the future."),
    "resident_id_implausible_birth_date": QT_TRANSLATE_NOOP("ImportProblems", "The ID's birth date is implausibly long ago."),
    "duplicate_in_file": QT_TRANSLATE_NOOP("ImportProblems", "The same ID is already on row {first} of this file."),
    "sex_disagrees": QT_TRANSLATE_NOOP("ImportProblems", "The sex column disagrees with the ID; the ID's is kept."),
    "phone_invalid": QT_TRANSLATE_NOOP("ImportProblems", "A phone is 11 mobile digits starting with 1, or an area code and a landline number."),
    "community_missing": QT_TRANSLATE_NOOP("ImportProblems", "No community is given for this row: add a community column, or name the community for the whole file."),
    "place_too_long": QT_TRANSLATE_NOOP("ImportProblems", "At most {limit} characters."),
    "address_missing": QT_TRANSLATE_NOOP("ImportProblems", "No address, building, unit or door: the person gets a household of their own until the address is known."),
    "already_registered": QT_TRANSLATE_NOOP("ImportProblems", "This ID is already in the register; the register's person was kept."),
    "address_unread": QT_TRANSLATE_NOOP("ImportProblems", "No building, unit or door could be read from this address: the persons living at it make one household, known by the address as written."),
    "unknown_community": QT_TRANSLATE_NOOP("ImportProblems", "No community of this name or code is in the register."),
}
HEADINGS = (QT_TRANSLATE_NOOP("ImportProblems", "Row"), QT_TRANSLATE_NOOP("ImportProblems", "Column"),
            QT_TRANSLATE_NOOP("ImportProblems", "Problem"), QT_TRANSLATE_NOOP("ImportProblems", "Value"),
            QT_TRANSLATE_NOOP("ImportProblems", "Blocks the import"),
            QT_TRANSLATE_NOOP("ImportProblems", "Code"))
YES = QT_TRANSLATE_NOOP("ImportProblems", "yes")
NO = QT_TRANSLATE_NOOP("ImportProblems", "no")
NOT_LISTED = QT_TRANSLATE_NOOP("ImportProblems", "%1 more problems were not listed; fix these and import again to see them.")


def tr(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def problem_sentence(problem: Problem) -> str:
    """What is wrong, and what to do, in the reader's language."""
    source = SENTENCES.get(problem.code)
    if source is None:
        return problem.message
    text = tr(source)
    for name, value in problem.params:
        text = text.replace(f"{{{name}}}", str(value))
    return text


def headings() -> list[str]:
    """The check page's and the report's column headings: row, column, problem, value, blocks
    the import, code."""
    return [tr(text) for text in HEADINGS]


def write_report(path: Path | str, problems: Iterable[Problem], not_listed: int = 0) -> Path:
    """The validation report, in the reader's language."""
    more = tr(NOT_LISTED).replace("%1", f"{not_listed:,}") if not_listed else ""
    return write_rows(path, problems, headings(), problem_sentence,
                      lambda blocking: tr(YES if blocking else NO), more)
