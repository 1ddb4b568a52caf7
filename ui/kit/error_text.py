"""The sentence a person reads for an error: translated by the error's code, with the English
detail only where no sentence exists yet (it still says what went wrong)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import CanvassError, DatabaseNotEmpty, DatabaseUnavailable, NotADatabase, SchemaTooNew
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

BY_CODE: dict[str, str] = {
    "bad_name": QT_TRANSLATE_NOOP("Errors", "A user name is 1 to 32 letters or digits, without spaces."),
    "bad_password": QT_TRANSLATE_NOOP("Errors", "A password has 8 to 256 characters and no control characters."),
    "bad_role": QT_TRANSLATE_NOOP("Errors", "Choose one of the listed roles."),
    "needs_password": QT_TRANSLATE_NOOP("Errors", "A shared database needs a password for its first administrator."),
    "has_users": QT_TRANSLATE_NOOP("Errors", "This database already has users: sign in instead."),
    "taken": QT_TRANSLATE_NOOP("Errors", "That user name is taken."),
    "self_disable": QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."),
    "no_such_user": QT_TRANSLATE_NOOP("Errors", "That user no longer exists."),
    "wrong_credentials": QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    "permission_denied": QT_TRANSLATE_NOOP("Errors", "Your role does not allow this."),
    "not_editable": QT_TRANSLATE_NOOP("Errors", "That field cannot be changed here."),
    "name_empty": QT_TRANSLATE_NOOP("Errors", "The name is empty."),
    "name_too_long": QT_TRANSLATE_NOOP("Errors", "A name has at most 64 characters."),
    "control_characters": QT_TRANSLATE_NOOP("Errors", "Remove the control characters from the text."),
    "phone_invalid": QT_TRANSLATE_NOOP("Errors", "A phone is 11 mobile digits starting with 1, or an area code and a landline number."),
    "resident_id_empty": QT_TRANSLATE_NOOP("Errors", "No resident ID was given."),
    "resident_id_length": QT_TRANSLATE_NOOP("Errors", "A resident ID has 18 characters."),
    "resident_id_format": QT_TRANSLATE_NOOP("Errors", "A resident ID is 17 digits followed by a digit or X. A number like 4.20102E+17 was mangled by Excel: format the column as Text and type it again."),
    "resident_id_checksum": QT_TRANSLATE_NOOP("Errors", "The resident ID's check character is wrong: a digit was probably mistyped or two were swapped."),
    "resident_id_birth_date": QT_TRANSLATE_NOOP("Errors", "Characters 7 to 14 of the resident ID are not a real date."),
    "resident_id_future_birth_date": QT_TRANSLATE_NOOP("Errors", "The resident ID's birth date is in the future."),
    "resident_id_implausible_birth_date": QT_TRANSLATE_NOOP("Errors", "The resident ID's birth date is implausibly long ago."),
    "conflict": QT_TRANSLATE_NOOP("Errors", "Someone else changed this record while you were editing it."),
    "gone": QT_TRANSLATE_NOOP("Errors", "This record was deleted by someone else."),
    "minimum_range": QT_TRANSLATE_NOOP("Errors", "A minimum is a whole number from 0 to 50."),
    "minimum_leader": QT_TRANSLATE_NOOP("Errors", "A quick-response team needs at least one leader."),
    "minimum_unknown": QT_TRANSLATE_NOOP("Errors", "That is not one of the team minimums."),
}

BY_CLASS: list[tuple[type[CanvassError], str]] = [
    (DatabaseUnavailable, QT_TRANSLATE_NOOP("Errors", "The database did not answer. Nothing was saved; your input is kept.")),
    (NotADatabase, QT_TRANSLATE_NOOP("Errors", "This file or database is not a Canvass database. It was left untouched.")),
    (SchemaTooNew, QT_TRANSLATE_NOOP("Errors", "This database was written by a newer Canvass. Update Canvass to open it; nothing was changed.")),
    (DatabaseNotEmpty, QT_TRANSLATE_NOOP("Errors", "The database is not empty; nothing was written.")),
]


def error_text(error: CanvassError) -> str:
    """A translated sentence for the error, or its English message when none is known."""
    if error.code in BY_CODE:
        return QCoreApplication.translate(CONTEXT, BY_CODE[error.code])
    for kind, text in BY_CLASS:
        if isinstance(error, kind):
            return QCoreApplication.translate(CONTEXT, text)
    return str(error)
