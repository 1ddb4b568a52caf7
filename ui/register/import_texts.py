"""The import wizard's fixed words: the register fields a column can hold, and why a file was
refused (models.importing.errors codes; the English detail stays in the log)."""
from __future__ import annotations

from models.errors import Refusal
from models.importing.refusals import ImportRefusal
from models.translatable import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "resident_id": QT_TRANSLATE_NOOP("ImportWizard", "Resident ID"),
    "sex": QT_TRANSLATE_NOOP("ImportWizard", "Sex"),
    "phone": QT_TRANSLATE_NOOP("ImportWizard", "Phone"),
    "address": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "community": QT_TRANSLATE_NOOP("ImportWizard", "Community"),
    "building": QT_TRANSLATE_NOOP("ImportWizard", "Building / group"),
    "unit": QT_TRANSLATE_NOOP("ImportWizard", "Unit"),
    "door": QT_TRANSLATE_NOOP("ImportWizard", "Door"),
    "head_name": QT_TRANSLATE_NOOP("ImportWizard", "Household head"),
    "relation": QT_TRANSLATE_NOOP("ImportWizard", "Relation to head"),
}

REFUSALS: dict[Refusal, str] = {
    ImportRefusal.NO_FILE: QT_TRANSLATE_NOOP("ImportWizard", "The file does not exist."),
    ImportRefusal.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP(
        "ImportWizard", "Only .csv, .xlsx and .xls registers can be imported."),
    ImportRefusal.EMPTY_FILE: QT_TRANSLATE_NOOP("ImportWizard", "The file is empty."),
    ImportRefusal.BAD_SPREADSHEET: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file cannot be read as a spreadsheet: it may be damaged."),
    ImportRefusal.ZIP_BOMB: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file would expand to an absurd size (a zip bomb?); "
                        "it was not opened."),
    ImportRefusal.TOO_MANY_ROWS: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file has too many rows: split it by community and import the parts."),
    ImportRefusal.TOO_SLOW: QT_TRANSLATE_NOOP(
        "ImportWizard", "Reading the file took too long; nothing was imported."),
    ImportRefusal.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("ImportWizard", "The file is too large."),
    ImportRefusal.MISSING_COLUMNS: QT_TRANSLATE_NOOP(
        "ImportWizard", "Choose the columns holding the name and the resident ID."),
    ImportRefusal.NO_HEADER_ROW: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file has no row {row}: choose the row the column names are on."),
    ImportRefusal.NO_DATA_ROWS: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file has column names on row {row} but no rows under them: "
                        "nothing was imported."),
    ImportRefusal.NOT_TEXT: QT_TRANSLATE_NOOP(
        "ImportWizard", "The file is not a text file (a spreadsheet or a document saved "
                        "under a .csv name?)."),
    ImportRefusal.MIXED_ENCODING: QT_TRANSLATE_NOOP(
        "ImportWizard", "Row {row} is not written in the file's encoding ({encoding}): the file "
                        "mixes encodings or is damaged. Save the whole file again in one "
                        "encoding (in Excel: CSV UTF-8) and import it again."),
    ImportRefusal.FIELD_TOO_LARGE: QT_TRANSLATE_NOOP(
        "ImportWizard", "Row {row} has a cell longer than {limit} characters (an unclosed "
                        "quotation mark?): correct it and import again."),
    ImportRefusal.BAD_CSV: QT_TRANSLATE_NOOP(
        "ImportWizard", "Row {row} cannot be split into cells: correct it and import again."),
}
