"""The sentence a command prints for a refusal, in the interface language.

A refusal a command can meet reads as the screens word it: the same translation context and
English source as the screen's own table (ui/kit/error_text.py, ui/register/import_texts.py …),
so one translation serves both; tests/ui/kit/test_command_sentences.py keeps the two in step. Where
the screen's sentence speaks of a form ("your input is kept", "choose another day") the command
has its own, in the "Command" context. A refusal without a sentence prints its English detail.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.accounts.refusals import AccountRefusal
from models.campaign.refusals import CampaignRefusal
from models.communities.refusals import CommunityRefusal
from models.errors import CanvassError, DatabaseRefusal, Refusal
from models.importing.refusals import ImportRefusal
from models.paper.refusals import PaperRefusal
from models.register.refusals import MergeRefusal
from models.reports.refusals import ReportRefusal
from models.transfers.refusals import SheetRefusal
from models.translatable import QT_TRANSLATE_NOOP

COMMAND = "Command"

# The refusal → (translation context, English source); {name} placeholders from its parameters,
# {detail}: the error's own English detail (a server's answer, a file's name).
SENTENCES: dict[Refusal, tuple[str, str]] = {
    AccountRefusal.BAD_NAME: ("Errors", QT_TRANSLATE_NOOP("Errors", "A user name is 1 to {limit} letters or digits, without spaces.")),
    AccountRefusal.BAD_PASSWORD: ("Errors", QT_TRANSLATE_NOOP("Errors", "A password has {minimum} to {maximum} characters and no control characters.")),
    AccountRefusal.BAD_ROLE: ("Errors", QT_TRANSLATE_NOOP("Errors", "Choose one of the listed roles.")),
    AccountRefusal.NEEDS_PASSWORD: ("Errors", QT_TRANSLATE_NOOP("Errors", "A shared database needs a password for its first administrator.")),
    AccountRefusal.TAKEN: ("Errors", QT_TRANSLATE_NOOP("Errors", "That user name is taken.")),
    AccountRefusal.PERMISSION_DENIED: ("Errors", QT_TRANSLATE_NOOP("Errors", "Your role does not allow this.")),
    AccountRefusal.WRONG_CREDENTIALS: ("Errors", QT_TRANSLATE_NOOP("Errors", "Wrong user name or password.")),
    AccountRefusal.OTHER_LOGIN: ("Errors", QT_TRANSLATE_NOOP("Errors", "On this database you sign in by connecting as yourself, and this connection is {login}'s: start Canvass with an address that names your own login.")),
    AccountRefusal.DEACTIVATED: ("Errors", QT_TRANSLATE_NOOP("Errors", "This account is deactivated. Ask a commander to reactivate it.")),
    AccountRefusal.FIRST_ACCOUNT_ROLE: ("Errors", QT_TRANSLATE_NOOP("Errors", "The first account must be a commander or an administrator, so that it can add the others.")),
    AccountRefusal.LOCKED: (COMMAND, QT_TRANSLATE_NOOP("Command", "too many failed sign-ins: try again in {seconds} s (the right password works then)")),
    AccountRefusal.SIGN_IN_NEEDED: (COMMAND, QT_TRANSLATE_NOOP("Command", "this database's accounts have passwords: sign in with --user NAME, or set CANVASS_USER and CANVASS_PASSWORD")),
    AccountRefusal.NO_PASSWORD_GIVEN: (COMMAND, QT_TRANSLATE_NOOP("Command", "no password for {name}: type it at a terminal, or set CANVASS_PASSWORD")),
    AccountRefusal.LAST_COMMANDER: ("Errors", QT_TRANSLATE_NOOP("Errors", "The last active commander cannot be demoted or deactivated: make another user a commander first.")),
    DatabaseRefusal.UNAVAILABLE: (COMMAND, QT_TRANSLATE_NOOP("Command", "the database did not answer: {detail}")),
    DatabaseRefusal.NOT_A_DATABASE: ("Errors", QT_TRANSLATE_NOOP("Errors", "This file or database is not a Canvass database. It was left untouched.")),
    DatabaseRefusal.SCHEMA_TOO_NEW: ("Errors", QT_TRANSLATE_NOOP("Errors", "This database was written by a newer Canvass. Update Canvass to open it; nothing was changed.")),
    DatabaseRefusal.NOT_EMPTY: ("Errors", QT_TRANSLATE_NOOP("Errors", "The database is not empty; nothing was written.")),
    DatabaseRefusal.DISK_FULL: ("Errors", QT_TRANSLATE_NOOP("Errors", "The disk holding the database is full: nothing was saved. Make room on it and try again.")),
    DatabaseRefusal.AUDIT_GUARDS: ("Errors", QT_TRANSLATE_NOOP("Errors", "The audit triggers of this file are missing or altered ({trigger}): Canvass will not work on it until an administrator restores them with `canvass audit restore-guards`.")),
    DatabaseRefusal.KEY_NEEDED: (COMMAND, QT_TRANSLATE_NOOP("Command", "this database file is encrypted: set CANVASS_DB_KEY to its key, or run the command at a terminal to type it")),
    DatabaseRefusal.KEY_WRONG: ("Errors", QT_TRANSLATE_NOOP("Errors", "This key does not open the file (or the file is not a Canvass database). Nothing was changed.")),
    DatabaseRefusal.KEY_TOO_SHORT: ("Errors", QT_TRANSLATE_NOOP("Errors", "The key must be at least {length} characters long. Nothing was changed.")),
    DatabaseRefusal.NO_CIPHER: ("Errors", QT_TRANSLATE_NOOP("Errors", "Encrypted files need the SQLCipher module, which this installation lacks: install canvass[encryption].")),
    DatabaseRefusal.ALREADY_ENCRYPTED: ("Errors", QT_TRANSLATE_NOOP("Errors", "This file is encrypted already. Nothing was changed.")),
    DatabaseRefusal.ENCRYPTION_FAILED: ("Errors", QT_TRANSLATE_NOOP("Errors", "The file could not be encrypted; it was left as it was.")),
    DatabaseRefusal.TLS_UNTRUSTED: ("Errors", QT_TRANSLATE_NOOP("Errors", "The database server's certificate could not be verified: the certificate authority named by sslrootcert did not sign it, or it has expired.")),
    DatabaseRefusal.TLS_WRONG_HOST: ("Errors", QT_TRANSLATE_NOOP("Errors", "The database server's certificate is not made out to {host}: connect by a server name that its certificate holds.")),
    DatabaseRefusal.TLS_NO_AUTHORITY: ("Errors", QT_TRANSLATE_NOOP("Errors", "The certificate authority file {path} does not exist, so the database server's certificate cannot be checked.")),
    DatabaseRefusal.TLS_REQUIRED: ("Errors", QT_TRANSLATE_NOOP("Errors", "The database server refuses unencrypted connections from this computer: add sslmode=verify-full and sslrootcert to the database address.")),
    DatabaseRefusal.TLS_NOT_OFFERED: ("Errors", QT_TRANSLATE_NOOP("Errors", "The database server does not offer encryption, which the database address requires (sslmode): ask the server's administrator to turn TLS on.")),
    DatabaseRefusal.NOT_OWNER: ("Errors", QT_TRANSLATE_NOOP("Errors", "Only the database's owner role may migrate this database or install its login roles: give the owner's address. Nothing was changed.")),
    DatabaseRefusal.NOT_POSTGRESQL: ("Errors", QT_TRANSLATE_NOOP("Errors", "Login roles exist on a PostgreSQL server only: a SQLite file is guarded by its permissions and its key.")),
    ImportRefusal.NO_FILE: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file does not exist.")),
    ImportRefusal.UNKNOWN_FORMAT: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Only .csv, .xlsx and .xls registers can be imported.")),
    ImportRefusal.EMPTY_FILE: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file is empty.")),
    ImportRefusal.BAD_SPREADSHEET: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file cannot be read as a spreadsheet: it may be damaged.")),
    ImportRefusal.ZIP_BOMB: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file would expand to an absurd size (a zip bomb?); it was not opened.")),
    ImportRefusal.TOO_MANY_ROWS: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file has too many rows: split it by community and import the parts.")),
    ImportRefusal.TOO_SLOW: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Reading the file took too long; nothing was imported.")),
    ImportRefusal.FILE_TOO_LARGE: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file is too large.")),
    ImportRefusal.NO_HEADER_ROW: (COMMAND, QT_TRANSLATE_NOOP("Command", "the file has no row {row}: give the row the column names are on with --header-row")),
    ImportRefusal.NO_DATA_ROWS: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file has column names on row {row} but no rows under them: nothing was imported.")),
    ImportRefusal.NOT_TEXT: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "The file is not a text file (a spreadsheet or a document saved under a .csv name?).")),
    ImportRefusal.MIXED_ENCODING: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Row {row} is not written in the file's encoding ({encoding}): the file mixes encodings or is damaged. Save the whole file again in one encoding (in Excel: CSV UTF-8) and import it again.")),
    ImportRefusal.FIELD_TOO_LARGE: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Row {row} has a cell longer than {limit} characters (an unclosed quotation mark?): correct it and import again.")),
    ImportRefusal.BAD_CSV: ("ImportWizard", QT_TRANSLATE_NOOP("ImportWizard", "Row {row} cannot be split into cells: correct it and import again.")),
    CommunityRefusal.COMMUNITY_UNKNOWN: ("CoverageErrors", QT_TRANSLATE_NOOP("CoverageErrors", "No community has that name or code.")),
    CommunityRefusal.COMMUNITY_AMBIGUOUS: ("CoverageErrors", QT_TRANSLATE_NOOP("CoverageErrors", "Several communities have that name: give its code.")),
    SheetRefusal.NOT_FOUND: (COMMAND, QT_TRANSLATE_NOOP("Command", "no transfer has that number")),
    PaperRefusal.NO_CHINESE_FONT: (COMMAND, QT_TRANSLATE_NOOP("Command", "no font on this computer draws Chinese, so nothing was written: install WenQuanYi Micro Hei (fonts-wqy-microhei) on Linux, or Microsoft YaHei or SimSun on Windows")),
    MergeRefusal.SAME_PERSON: ("MergeErrors", QT_TRANSLATE_NOOP("MergeErrors", "An entry cannot be merged into itself.")),
    MergeRefusal.NO_PERSON: ("MergeErrors", QT_TRANSLATE_NOOP("MergeErrors", "Entry {person} is no longer in the register.")),
    MergeRefusal.ALREADY_MERGED: ("MergeErrors", QT_TRANSLATE_NOOP("MergeErrors", "Entry {person} was merged into entry {into} already.")),
    MergeRefusal.BOTH_OPEN_CASES: ("MergeErrors", QT_TRANSLATE_NOOP("MergeErrors", "Both entries have an open case: close one of the two first.")),
    ReportRefusal.NO_DATA: (COMMAND, QT_TRANSLATE_NOOP("Command", "nothing was recorded on {day}: give another --date")),
    ReportRefusal.FORMAT: ("DashboardReport", QT_TRANSLATE_NOOP("DashboardReport", "The daily report is written as PDF or xlsx.")),
    CampaignRefusal.NOT_FOUND: (COMMAND, QT_TRANSLATE_NOOP("Command", "no sweep campaign has that id: `canvass campaign list` lists them")),
}


def refusal_text(error: CanvassError) -> str:
    """The error's sentence in the interface language, its parameters filled in; on one line
    (a driver's detail may run over several)."""
    detail = " ".join(str(error).split())
    found = SENTENCES.get(error.code)
    if found is None:
        return detail
    context, source = found
    text = QCoreApplication.translate(context, source)
    for name, value in {**error.params, "detail": detail}.items():
        text = text.replace(f"{{{name}}}", str(value))
    return text
