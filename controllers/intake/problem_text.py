"""A contact-tracing list's problems and results in words, in the reader's language: where (row,
column as the list names them) and what to do. The command line prints them, the report lists
them, the wizard shows them; all three read them from here.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import CASE_STATUSES, CATEGORIES
from controllers.setup.problem_text import fill
from models.errors import CanvassError
from models.importing.refusals import ImportRefusal
from models.intake.matching import Candidate, Confidence, MatchBy
from models.intake.problems import IntakeCode, IntakeProblem
from models.intake.refusals import IntakeRefusal
from models.intake.report import ReportWords
from models.intake.results import ChainEntry, Outcome, RowResult
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "ContactIntake"
C = IntakeCode

SENTENCES: dict[IntakeCode, str] = {
    C.NO_IDENTITY: QT_TRANSLATE_NOOP("ContactIntake", "nothing says who this is: give the resident ID, or the name with a phone or an address"),
    C.NAME_INVALID: QT_TRANSLATE_NOOP("ContactIntake", "“%1” is not a name: letters, the middle dot · and spaces, at most 64 characters"),
    C.RESIDENT_ID_EXCEL_NUMBER: QT_TRANSLATE_NOOP("ContactIntake", "Excel turned the resident ID into a number and lost its last digits (%1): format the column as Text and paste the ID again"),
    C.RESIDENT_ID_LENGTH: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” does not have 18 characters: copy it again"),
    C.RESIDENT_ID_FORMAT: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” is not 17 digits followed by a digit or X: correct it"),
    C.RESIDENT_ID_CHECKSUM: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” fails its check: a digit was probably mistyped, correct it"),
    C.RESIDENT_ID_BIRTH_DATE: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” holds no real birth date: correct it"),
    C.RESIDENT_ID_FUTURE_BIRTH_DATE: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” gives a birth date in the future: correct it"),
    C.RESIDENT_ID_IMPLAUSIBLE_BIRTH_DATE: QT_TRANSLATE_NOOP("ContactIntake", "the resident ID “%1” gives an impossible birth date: correct it"),
    C.PHONE_INVALID: QT_TRANSLATE_NOOP("ContactIntake", "“%1” is not a phone number: 11 mobile digits starting with 1, or an area code and a landline number"),
    C.DATE_UNREADABLE: QT_TRANSLATE_NOOP("ContactIntake", "“%1” is not a date: write it as 2020-02-10"),
    C.CONTACT_IN_FUTURE: QT_TRANSLATE_NOOP("ContactIntake", "the last contact on %1 is in the future: correct the date"),
    C.CONTACT_BEFORE_WINDOW: QT_TRANSLATE_NOOP("ContactIntake", "the last contact on %1 is before case %3's exposure window (from %2): not a close contact of it; check the date or the case"),
    C.NO_SOURCE_CASE: QT_TRANSLATE_NOOP("ContactIntake", "no source case: give the case's number in a column, or for the whole list (--source-case)"),
    C.SOURCE_CASE_UNREADABLE: QT_TRANSLATE_NOOP("ContactIntake", "“%1” is not a case number: write the number in the title of the case window"),
    C.SOURCE_CASE_UNKNOWN: QT_TRANSLATE_NOOP("ContactIntake", "there is no case %1: check the number (in the title of the case window)"),
    C.SOURCE_CASE_NOT_INFECTIOUS: QT_TRANSLATE_NOOP("ContactIntake", "case %1 is %2, not confirmed or suspected: close contacts are traced from a confirmed or suspected case"),
    C.CONTACT_IS_SOURCE: QT_TRANSLATE_NOOP("ContactIntake", "this is the person of case %1 itself: remove the row"),
    C.NO_ADDRESS: QT_TRANSLATE_NOOP("ContactIntake", "the register does not have this person and the list gives no address: add where they live, so a team can find them"),
    C.ADDRESS_OUTSIDE: QT_TRANSLATE_NOOP("ContactIntake", "“%1” is in none of the district's communities: pass the row to the district where they live, or write the community"),
    C.ADDRESS_AMBIGUOUS: QT_TRANSLATE_NOOP("ContactIntake", "“%1” fits several communities (%2): add a community column"),
    C.DUPLICATE_IN_FILE: QT_TRANSLATE_NOOP("ContactIntake", "the same person and case as row %1: taken once"),
    C.HELD_SEVERAL: QT_TRANSLATE_NOOP("ContactIntake", "%1 persons in the register match: choose one in the intake wizard (the report lists them)"),
    C.HELD_ID_CONFLICT: QT_TRANSLATE_NOOP("ContactIntake", "the register has %1 for this person: the resident ID is not changed; choose in the intake wizard"),
    C.ADDRESS_NOT_LISTED: QT_TRANSLATE_NOOP("ContactIntake", "the register has no household at “%1”: a new door on the gap list"),
}

REFUSALS: dict[IntakeRefusal, str] = {
    IntakeRefusal.NO_IDENTITY_COLUMN: QT_TRANSLATE_NOOP("ContactIntake", "The list has no name or resident ID column (it has {headers})."),
    IntakeRefusal.SOURCE_CASE_UNKNOWN: QT_TRANSLATE_NOOP("ContactIntake", "There is no case {case}: check the source case's number (in the title of its case window)."),
    IntakeRefusal.SOURCE_CASE_NOT_INFECTIOUS: QT_TRANSLATE_NOOP("ContactIntake", "Case {case} is not confirmed or suspected: close contacts are traced from a confirmed or suspected case."),
    IntakeRefusal.CANCELLED: QT_TRANSLATE_NOOP("ContactIntake", "The intake was cancelled; nothing was written."),
}

# A list that cannot be opened, in the list's own words (the register import's reader refuses it).
FILE_REFUSALS: dict[ImportRefusal, str] = {
    ImportRefusal.NO_FILE: QT_TRANSLATE_NOOP("ContactIntake", "The list's file does not exist."),
    ImportRefusal.UNKNOWN_FORMAT: QT_TRANSLATE_NOOP("ContactIntake", "A contact-tracing list is a .csv, .xlsx or .xls file."),
    ImportRefusal.EMPTY_FILE: QT_TRANSLATE_NOOP("ContactIntake", "The list is empty."),
    ImportRefusal.BAD_SPREADSHEET: QT_TRANSLATE_NOOP("ContactIntake", "The list cannot be read as a spreadsheet: it may be damaged."),
    ImportRefusal.ZIP_BOMB: QT_TRANSLATE_NOOP("ContactIntake", "The file would expand to an absurd size; it was not opened."),
    ImportRefusal.TOO_MANY_ROWS: QT_TRANSLATE_NOOP("ContactIntake", "The list has too many rows: split it."),
    ImportRefusal.TOO_SLOW: QT_TRANSLATE_NOOP("ContactIntake", "Reading the list took too long; nothing was written."),
    ImportRefusal.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("ContactIntake", "The file is too large."),
    ImportRefusal.MISSING_COLUMNS: QT_TRANSLATE_NOOP("ContactIntake", "The list has no name or resident ID column."),
    ImportRefusal.NO_HEADER_ROW: QT_TRANSLATE_NOOP("ContactIntake", "The list has no row {row} to read the column names from."),
    ImportRefusal.NO_DATA_ROWS: QT_TRANSLATE_NOOP("ContactIntake", "The list has column names on row {row} but no rows under them; nothing was written."),
    ImportRefusal.NOT_TEXT: QT_TRANSLATE_NOOP("ContactIntake", "The list is not a text file (a spreadsheet or a document saved under a .csv name?)."),
    ImportRefusal.MIXED_ENCODING: QT_TRANSLATE_NOOP("ContactIntake", "Row {row} of the list is not written in its encoding ({encoding}): save the whole list again in one encoding (in Excel: CSV UTF-8)."),
    ImportRefusal.FIELD_TOO_LARGE: QT_TRANSLATE_NOOP("ContactIntake", "Row {row} of the list has a cell longer than {limit} characters (an unclosed quotation mark?)."),
    ImportRefusal.BAD_CSV: QT_TRANSLATE_NOOP("ContactIntake", "Row {row} of the list cannot be split into cells."),
}

OUTCOMES: dict[Outcome, str] = {
    Outcome.OPENED: QT_TRANSLATE_NOOP("ContactIntake", "case opened"),
    Outcome.LINKED: QT_TRANSLATE_NOOP("ContactIntake", "open case linked"),
    Outcome.ALREADY: QT_TRANSLATE_NOOP("ContactIntake", "linked already"),
    Outcome.TO_FIND: QT_TRANSLATE_NOOP("ContactIntake", "to find"),
    Outcome.HELD: QT_TRANSLATE_NOOP("ContactIntake", "held: choose"),
    Outcome.REFUSED: QT_TRANSLATE_NOOP("ContactIntake", "refused"),
}
MATCHES: dict[MatchBy, str] = {
    MatchBy.RESIDENT_ID: QT_TRANSLATE_NOOP("ContactIntake", "resident ID"),
    MatchBy.NAME_PHONE: QT_TRANSLATE_NOOP("ContactIntake", "name and phone"),
    MatchBy.NAME_ADDRESS: QT_TRANSLATE_NOOP("ContactIntake", "name and address"),
    MatchBy.CHOSEN: QT_TRANSLATE_NOOP("ContactIntake", "chosen"),
}
CONFIDENCES: dict[Confidence, str] = {
    Confidence.HIGH: QT_TRANSLATE_NOOP("ContactIntake", "high"),
    Confidence.MEDIUM: QT_TRANSLATE_NOOP("ContactIntake", "medium"),
    Confidence.LOW: QT_TRANSLATE_NOOP("ContactIntake", "low"),
}
AT_CELL = QT_TRANSLATE_NOOP("ContactIntake", "row %1, column %2: %3")
AT_ROW = QT_TRANSLATE_NOOP("ContactIntake", "row %1: %2")
CANDIDATE = QT_TRANSLATE_NOOP("ContactIntake", "candidate: person %1, %2, %3")
OPEN_CASE = QT_TRANSLATE_NOOP("ContactIntake", "open case %1")


def translated(source: str, *values: object) -> str:
    return fill(QCoreApplication.translate(CONTEXT, source), [str(v) for v in values])


def sentence(problem: IntakeProblem) -> str:
    """What is wrong and what to do, without the place."""
    values = problem.values
    if problem.code is C.SOURCE_CASE_NOT_INFECTIOUS and len(values) > 1:
        values = (values[0], CATEGORIES.word(values[1]))
    return translated(SENTENCES[problem.code], *values)


def located(problem: IntakeProblem) -> str:
    """The whole line: row and column as the list names them, then the sentence."""
    if problem.column:
        return translated(AT_CELL, problem.row, problem.column, sentence(problem))
    return translated(AT_ROW, problem.row, sentence(problem))


def outcome_word(outcome: Outcome) -> str:
    return translated(OUTCOMES[outcome])


def match_words(row: RowResult) -> tuple[str, str, str]:
    """The outcome, how the person was matched, and how sure the match is."""
    return (outcome_word(row.outcome),
            translated(MATCHES[row.match_by]) if row.match_by is not None else "",
            translated(CONFIDENCES[row.confidence]) if row.confidence is not None else "")


def candidate_line(candidate: Candidate) -> str:
    """One candidate as the person deciding reads them: who, where, and their open case."""
    who = " ".join(part for part in (candidate.name, candidate.resident_id, candidate.phone) if part)
    where = " ".join(part for part in (candidate.community, candidate.address) if part)
    case = translated(OPEN_CASE, candidate.open_case_id) if candidate.open_case_id else ""
    return translated(CANDIDATE, candidate.person_id, who, where) + (f", {case}" if case else "")


def refusal_sentence(error: CanvassError) -> str:
    """The one line refusing a whole list (or a file that is no list); another error in its
    English detail."""
    source = REFUSALS.get(error.code) if isinstance(error.code, IntakeRefusal) else \
        FILE_REFUSALS.get(error.code) if isinstance(error.code, ImportRefusal) else None
    if source is None:
        return " ".join(str(error).split())
    text = QCoreApplication.translate(CONTEXT, source)
    for name, value in error.params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def chain_words(link: ChainEntry) -> tuple[str, str]:
    """A chain entry's category and status in the reader's words."""
    return CATEGORIES.word(link.category), CASE_STATUSES.word(link.status)


REPORT_WORDS = ReportWords(
    row=match_words, problem=located,
    candidate=lambda row: [candidate_line(c) for c in row.candidates],
    chain=chain_words)

