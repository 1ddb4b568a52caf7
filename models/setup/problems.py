"""What can be wrong with a district workbook: a code and its values per problem, never a
sentence. The sentences, in the reader's language, are controllers/setup/problem_text.py's.

Every problem names the sheet and the header as the workbook shows them, the spreadsheet row
(1 is the header row; 0 means the sheet or the workbook as a whole) and the values its sentence
needs, in order (%1, %2 …).
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from models.errors import CanvassError
from models.setup.refusals import SetupRefusal


class SetupCode(StrEnum):
    # the sheet and its columns
    MISSING_COLUMN = "missing_column"
    DUPLICATE_COLUMN = "duplicate_column"
    UNKNOWN_COLUMN = "unknown_column"                   # a note: ignored
    UNKNOWN_SHEET = "unknown_sheet"                     # a note: ignored
    DUPLICATE_SHEET = "duplicate_sheet"
    # one cell
    EMPTY = "empty"
    TOO_LONG = "too_long"                               # max
    NOT_A_NUMBER = "not_a_number"                       # value
    NOT_WHOLE = "not_whole"                             # value
    OUT_OF_RANGE = "out_of_range"                       # value, low, high
    LATITUDE_OUTSIDE_CHINA = "latitude_outside_china"   # value, low, high
    LONGITUDE_OUTSIDE_CHINA = "longitude_outside_china"  # value, low, high
    UNKNOWN_WORD = "unknown_word"                       # value, the words accepted
    NOT_A_PLATE = "not_a_plate"                         # value
    BAD_PHONE = "bad_phone"                             # value
    RESIDENT_ID_LENGTH = "resident_id_length"           # value, its length
    RESIDENT_ID_FORMAT = "resident_id_format"           # value
    RESIDENT_ID_CHECKSUM = "resident_id_checksum"       # value, the right check character
    RESIDENT_ID_BIRTH_DATE = "resident_id_birth_date"   # value
    RESIDENT_ID_FUTURE = "resident_id_future_birth_date"  # value, the date
    RESIDENT_ID_TOO_OLD = "resident_id_implausible_birth_date"  # value, the date
    RESIDENT_ID_EXCEL_NUMBER = "resident_id_excel_number"  # value
    # across rows, and against the database
    DUPLICATE_KEY = "duplicate_key"                     # value, first row
    NAME_TAKEN = "name_taken"                           # value, the code of the one holding it
    UNKNOWN_STATION = "unknown_station"                 # value
    UNKNOWN_COMMUNITY = "unknown_community"             # value
    UNKNOWN_TEAM = "unknown_team"                       # value
    UNKNOWN_TEAM_IN_STATION = "unknown_team_in_station"  # team, station
    AMBIGUOUS_TEAM = "ambiguous_team"                   # value, the stations, an example
    UNKNOWN_LODGING = "unknown_lodging"                 # value
    RETIRED = "retired"                                 # value
    RETIRED_ROW = "retired_row"                         # a note: value
    SECOND_LEADER_IN_SHEET = "second_leader_in_sheet"   # team, the first leader's row
    SECOND_LEADER_IN_DATABASE = "second_leader_in_database"  # team, the leader's name
    LEADER_WITHOUT_TEAM = "leader_without_team"
    BEDS_BELOW_TAKEN = "beds_below_taken"               # beds total, beds taken
    NEW_RESPONDER_WITHOUT_ID = "new_responder_without_id"
    RESPONDER_AMBIGUOUS = "responder_ambiguous"         # name, phone
    RESPONDER_NEEDS_TEAM = "responder_needs_team"
    LODGING_NEEDS_STATION = "lodging_needs_station"
    OUTLINE_UNREADABLE = "outline_unreadable"
    OUTLINE_NOT_AN_AREA = "outline_not_an_area"         # the geometry's type
    OUTLINE_EMPTY = "outline_empty"
    OUTLINE_TOO_FEW_POINTS = "outline_too_few_points"   # distinct points
    OUTLINE_CROSSES_ITSELF = "outline_crosses_itself"   # lon, lat
    OUTLINE_OUTSIDE_CHINA = "outline_outside_china"     # lon, lat
    DISTRICT_MISSING = "district_missing"
    DISTRICT_MISMATCH = "district_mismatch"             # the workbook's code, the database's


NOTES = frozenset({SetupCode.UNKNOWN_COLUMN, SetupCode.UNKNOWN_SHEET, SetupCode.RETIRED_ROW})


@dataclass(frozen=True)
class SetupProblem:
    sheet: str                       # the sheet's name as in the workbook
    row: int                         # spreadsheet row; 0: the sheet or workbook as a whole
    column: str                      # the header as in the workbook ("" for none)
    code: SetupCode
    values: tuple[str, ...] = ()

    @property
    def blocking(self) -> bool:
        return self.code not in NOTES

    @property
    def value(self) -> str:
        """The cell's value where the problem is about one (the report's value column)."""
        return self.values[0] if self.values and self.code not in (
            SetupCode.TOO_LONG, SetupCode.SECOND_LEADER_IN_SHEET,
            SetupCode.SECOND_LEADER_IN_DATABASE, SetupCode.BEDS_BELOW_TAKEN,
            SetupCode.DISTRICT_MISMATCH, SetupCode.OUTLINE_TOO_FEW_POINTS,
            SetupCode.OUTLINE_CROSSES_ITSELF, SetupCode.OUTLINE_OUTSIDE_CHINA) else ""


class WrongShape(CanvassError):
    """The file is not a district workbook (a register, a report, something else): refused
    before any row is read, with what it looks like. Nothing was written."""

    def __init__(self, message: str, code: SetupRefusal, what: str) -> None:
        super().__init__(message, code, what=what)
        self.shape = code
        self.what = what
