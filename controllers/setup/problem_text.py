"""The district workbook's problems as sentences, in the reader's language: where (sheet, row,
column, as the workbook names them) and what to do. The command line prints them, the report
lists them, the wizard shows them; all three read them from here.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError
from models.setup.problems import SetupCode, SetupProblem
from models.setup.refusals import SetupRefusal
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "DistrictWorkbook"
C = SetupCode
_PLACE = re.compile(r"%(\d)")

SENTENCES: dict[SetupCode, str] = {
    C.MISSING_COLUMN: QT_TRANSLATE_NOOP("DistrictWorkbook", "the column is missing: add it with this header (the template has every column)"),
    C.DUPLICATE_COLUMN: QT_TRANSLATE_NOOP("DistrictWorkbook", "the column appears twice: keep one of them"),
    C.UNKNOWN_COLUMN: QT_TRANSLATE_NOOP("DistrictWorkbook", "Canvass does not read this column; it was ignored"),
    C.UNKNOWN_SHEET: QT_TRANSLATE_NOOP("DistrictWorkbook", "Canvass does not read this sheet; it was ignored"),
    C.DUPLICATE_SHEET: QT_TRANSLATE_NOOP("DistrictWorkbook", "another sheet holds the same table: put all its rows on one sheet"),
    C.EMPTY: QT_TRANSLATE_NOOP("DistrictWorkbook", "the cell is empty: fill it in"),
    C.TOO_LONG: QT_TRANSLATE_NOOP("DistrictWorkbook", "at most %1 characters of plain text: shorten it"),
    C.NOT_A_NUMBER: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is not a number: write digits only"),
    C.NOT_WHOLE: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is not a whole number: write a whole number"),
    C.OUT_OF_RANGE: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 is outside %2 to %3: correct it"),
    C.LATITUDE_OUTSIDE_CHINA: QT_TRANSLATE_NOOP("DistrictWorkbook", "latitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)"),
    C.LONGITUDE_OUTSIDE_CHINA: QT_TRANSLATE_NOOP("DistrictWorkbook", "longitude %1 is outside China (%2 to %3): check the coordinates (are latitude and longitude swapped?)"),
    C.UNKNOWN_WORD: QT_TRANSLATE_NOOP("DistrictWorkbook", "Canvass does not know “%1” here: write one of %2"),
    C.NOT_A_PLATE: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is not a Chinese plate: write the province's character, the letter and 5 letters or digits (6 on a new-energy vehicle), e.g. 鄂A·12345"),
    C.BAD_PHONE: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is not a phone number: write 11 mobile digits starting with 1, or an area code and a landline number"),
    C.RESIDENT_ID_LENGTH: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” has %2 characters, not 18: copy it again from the ID card"),
    C.RESIDENT_ID_FORMAT: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” is not 17 digits followed by a digit or X: correct it"),
    C.RESIDENT_ID_CHECKSUM: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” fails its check (the last character should be %2): a digit was probably mistyped, correct it"),
    C.RESIDENT_ID_BIRTH_DATE: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” holds no real birth date: correct it"),
    C.RESIDENT_ID_FUTURE: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” gives a birth date in the future (%2): correct it"),
    C.RESIDENT_ID_TOO_OLD: QT_TRANSLATE_NOOP("DistrictWorkbook", "the resident ID “%1” gives an impossible birth date (%2): correct it"),
    C.RESIDENT_ID_EXCEL_NUMBER: QT_TRANSLATE_NOOP("DistrictWorkbook", "Excel turned the resident ID into a number and lost its last digits (%1): format the column as Text and paste the ID again"),
    C.DUPLICATE_KEY: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is already on row %2 of this sheet: every row needs its own, so remove or correct one of them"),
    C.NAME_TAKEN: QT_TRANSLATE_NOOP("DistrictWorkbook", "the name “%1” is facility %2's already: give this facility another name"),
    C.UNKNOWN_STATION: QT_TRANSLATE_NOOP("DistrictWorkbook", "no police station has the code “%1” (on the stations sheet or in Canvass): add the station or correct the code"),
    C.UNKNOWN_COMMUNITY: QT_TRANSLATE_NOOP("DistrictWorkbook", "no community has the code or name “%1”: add the community or correct it"),
    C.UNKNOWN_TEAM: QT_TRANSLATE_NOOP("DistrictWorkbook", "no team is named “%1”: add the team on the teams sheet or correct the name"),
    C.UNKNOWN_TEAM_IN_STATION: QT_TRANSLATE_NOOP("DistrictWorkbook", "station %2 has no team named “%1”: add the team or correct the name"),
    C.AMBIGUOUS_TEAM: QT_TRANSLATE_NOOP("DistrictWorkbook", "several stations have a team named “%1” (%2): write it with its station's code, e.g. %3"),
    C.UNKNOWN_LODGING: QT_TRANSLATE_NOOP("DistrictWorkbook", "no lodging is named “%1”: add it on the lodging sheet or correct the name"),
    C.RETIRED: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is retired and cannot be chosen any more: choose another"),
    C.RETIRED_ROW: QT_TRANSLATE_NOOP("DistrictWorkbook", "“%1” is retired: its row was updated and it stays retired"),
    C.SECOND_LEADER_IN_SHEET: QT_TRANSLATE_NOOP("DistrictWorkbook", "team %1 already has its leader on row %2: a team has one leader, so write 否 on one of the two rows"),
    C.SECOND_LEADER_IN_DATABASE: QT_TRANSLATE_NOOP("DistrictWorkbook", "team %1 is led by %2, who is not in this workbook: a team has one leader, so write 否 here, or add %2's row with 否"),
    C.LEADER_WITHOUT_TEAM: QT_TRANSLATE_NOOP("DistrictWorkbook", "a leader leads a team: fill in the team, or write 否"),
    C.BEDS_BELOW_TAKEN: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 beds total is fewer than the %2 beds taken now: close only free beds (write at least %2)"),
    C.NEW_RESPONDER_WITHOUT_ID: QT_TRANSLATE_NOOP("DistrictWorkbook", "a new responder needs a resident ID (the next import finds the row by it): fill it in"),
    C.RESPONDER_AMBIGUOUS: QT_TRANSLATE_NOOP("DistrictWorkbook", "several responders named %1 with phone %2 have no resident ID: fill in this one's resident ID"),
    C.RESPONDER_NEEDS_TEAM: QT_TRANSLATE_NOOP("DistrictWorkbook", "a new responder needs a team (the team's station becomes theirs): fill in the team"),
    C.LODGING_NEEDS_STATION: QT_TRANSLATE_NOOP("DistrictWorkbook", "Canvass cannot tell which station this new lodging belongs to: add a 派出所编码 column, or lodge a team's responder there"),
    C.OUTLINE_UNREADABLE: QT_TRANSLATE_NOOP("DistrictWorkbook", "Canvass cannot read this outline: write its points as lon,lat separated by ; (e.g. 114.299,30.599; 114.303,30.599; 114.303,30.603) or a GeoJSON Polygon"),
    C.OUTLINE_NOT_AN_AREA: QT_TRANSLATE_NOOP("DistrictWorkbook", "the outline is a %1, not a Polygon or MultiPolygon: a community's outline is an area"),
    C.OUTLINE_EMPTY: QT_TRANSLATE_NOOP("DistrictWorkbook", "the outline has no points: write its points, or leave the row out"),
    C.OUTLINE_TOO_FEW_POINTS: QT_TRANSLATE_NOOP("DistrictWorkbook", "the outline has %1 distinct points and no area: it needs at least 3 points around an area"),
    C.OUTLINE_CROSSES_ITSELF: QT_TRANSLATE_NOOP("DistrictWorkbook", "the outline crosses itself near %1, %2: put its points in order around the community"),
    C.OUTLINE_OUTSIDE_CHINA: QT_TRANSLATE_NOOP("DistrictWorkbook", "the point %1, %2 is outside China: write longitude first, then latitude, in WGS-84 degrees"),
    C.DISTRICT_MISSING: QT_TRANSLATE_NOOP("DistrictWorkbook", "the database has no district yet: write the district's name and code beside 区名称 and 区划代码 on this sheet"),
    C.DISTRICT_MISMATCH: QT_TRANSLATE_NOOP("DistrictWorkbook", "this workbook is for district %1, but the database holds district %2: open that district's database, or correct the code on this sheet"),
}

REFUSALS: dict[SetupRefusal, str] = {
    SetupRefusal.NO_FILE: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 does not exist or is not a file"),
    SetupRefusal.NOT_A_WORKBOOK: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 is not a district workbook: it is an .xlsx file (canvass setup template writes an empty one)"),
    SetupRefusal.LOOKS_LIKE_REGISTER: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 looks like a community register (%2), not a district workbook: import registers with canvass import"),
    SetupRefusal.LOOKS_LIKE_REPORT: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 looks like a validation report (sheet %2), not a district workbook"),
    SetupRefusal.UNKNOWN_SHAPE: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 has none of the district workbook's sheets (it has %2): start from canvass setup template"),
    SetupRefusal.UNREADABLE: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1 cannot be read as a spreadsheet: %2"),
    SetupRefusal.RACED: QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: another workstation changed the district's data while the workbook was written; nothing was written, import it again"),
}

AT_CELL = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1, row %2, column %3: %4")
AT_ROW = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1, row %2: %3")
AT_SHEET = QT_TRANSLATE_NOOP("DistrictWorkbook", "%1: %2")


def fill(template: str, values: tuple[str, ...] | list[str]) -> str:
    """%1 … %9 replaced in one pass, so a value holding "%2" is not replaced again."""
    return _PLACE.sub(lambda m: values[int(m.group(1)) - 1]
                      if 0 < int(m.group(1)) <= len(values) else m.group(0), template)


def translated(source: str, *values: object) -> str:
    return fill(QCoreApplication.translate(CONTEXT, source), [str(v) for v in values])


def sentence(problem: SetupProblem) -> str:
    """What is wrong and what to do, without the place."""
    return translated(SENTENCES[problem.code], *problem.values)


def located(problem: SetupProblem) -> str:
    """The whole line: sheet, row and column as the workbook names them, then the sentence."""
    what = sentence(problem)
    if problem.row and problem.column:
        return translated(AT_CELL, problem.sheet, problem.row, problem.column, what)
    if problem.row:
        return translated(AT_ROW, problem.sheet, problem.row, what)
    return translated(AT_SHEET, problem.sheet, what)


def refusal_sentence(error: CanvassError, file_name: str) -> str:
    """The one line refusing the whole workbook (not a district workbook, or a race); another
    error keeps its English message."""
    if not isinstance(error.code, SetupRefusal):
        return " ".join(str(error).split())
    return translated(REFUSALS[error.code], file_name, error.params.get("what", ""))
