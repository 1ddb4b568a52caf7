"""The sentence a person reads for an error: looked up by the error's refusal code in a table of
translatable sentences, its {placeholders} filled from the error's parameters (the limit a text
broke, the day asked for), so no sentence restates a number the rule holds. Where no sentence
exists yet, the English detail (it still says what went wrong)."""
from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from models.accounts.refusals import AccountRefusal
from models.errors import CanvassError, DatabaseRefusal, Refusal, RefusalParam
from models.register.refusals import RegisterRefusal
from models.teams.refusals import MinimumsRefusal
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Errors"

# One table per translation context: the refusal's member, the English source of its sentence.
Sentences = Mapping[Refusal, str]

BY_CODE: dict[Refusal, str] = {
    AccountRefusal.BAD_NAME: QT_TRANSLATE_NOOP("Errors", "A user name is 1 to {limit} letters or digits, without spaces."),
    AccountRefusal.BAD_PASSWORD: QT_TRANSLATE_NOOP("Errors", "A password has {minimum} to {maximum} characters and no control characters."),
    AccountRefusal.BAD_ROLE: QT_TRANSLATE_NOOP("Errors", "Choose one of the listed roles."),
    AccountRefusal.NEEDS_PASSWORD: QT_TRANSLATE_NOOP("Errors", "A shared database needs a password for its first administrator."),
    AccountRefusal.HAS_USERS: QT_TRANSLATE_NOOP("Errors", "This database already has users: sign in instead."),
    AccountRefusal.TAKEN: QT_TRANSLATE_NOOP("Errors", "That user name is taken."),
    AccountRefusal.SELF_DISABLE: QT_TRANSLATE_NOOP("Errors", "You cannot disable your own account."),
    AccountRefusal.NO_SUCH_USER: QT_TRANSLATE_NOOP("Errors", "That user no longer exists."),
    AccountRefusal.WRONG_CREDENTIALS: QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."),
    AccountRefusal.OTHER_LOGIN: QT_TRANSLATE_NOOP("Errors", "On this database you sign in by connecting as yourself, and this connection is {login}'s: start Canvass with an address that names your own login."),
    AccountRefusal.PERMISSION_DENIED: QT_TRANSLATE_NOOP("Errors", "Your role does not allow this."),
    AccountRefusal.NOT_COMMANDER: QT_TRANSLATE_NOOP("Errors", "Only a commander may take the screen off the wall."),
    AccountRefusal.SELF_ROLE: QT_TRANSLATE_NOOP("Errors", "You cannot change your own role: another administrator does that."),
    AccountRefusal.SELF_RESET: QT_TRANSLATE_NOOP("Errors", "Change your own password from the Account menu, with your current one."),
    AccountRefusal.LAST_COMMANDER: QT_TRANSLATE_NOOP("Errors", "The last active commander cannot be demoted or deactivated: make another user a commander first."),
    AccountRefusal.DEACTIVATED: QT_TRANSLATE_NOOP("Errors", "This account is deactivated. Ask a commander to reactivate it."),
    AccountRefusal.WRONG_PASSWORD: QT_TRANSLATE_NOOP("Errors", "The current password is wrong."),
    AccountRefusal.SAME_PASSWORD: QT_TRANSLATE_NOOP("Errors", "Choose a password other than your current one."),
    AccountRefusal.SIGN_IN_NEEDED: QT_TRANSLATE_NOOP("Errors", "Sign in first: this database's accounts have passwords."),
    AccountRefusal.NO_PASSWORD_GIVEN: QT_TRANSLATE_NOOP("Errors", "No password was given for {name}."),
    AccountRefusal.FIRST_ACCOUNT_ROLE: QT_TRANSLATE_NOOP("Errors", "The first account must be a commander or an administrator, so that it can add the others."),
    RegisterRefusal.NOT_EDITABLE: QT_TRANSLATE_NOOP("Errors", "That field cannot be changed here."),
    RegisterRefusal.NAME_EMPTY: QT_TRANSLATE_NOOP("Errors", "The name is empty."),
    RegisterRefusal.NAME_TOO_LONG: QT_TRANSLATE_NOOP("Errors", "A name has at most {limit} characters."),
    RegisterRefusal.CONTROL_CHARACTERS: QT_TRANSLATE_NOOP("Errors", "Remove the control characters from the text."),
    RegisterRefusal.PHONE_INVALID: QT_TRANSLATE_NOOP("Errors", "A phone is 11 mobile digits starting with 1, or an area code and a landline number."),
    RegisterRefusal.RESIDENT_ID_EMPTY: QT_TRANSLATE_NOOP("Errors", "No resident ID was given."),
    RegisterRefusal.RESIDENT_ID_LENGTH: QT_TRANSLATE_NOOP("Errors", "A resident ID has 18 characters."),
    RegisterRefusal.RESIDENT_ID_FORMAT: QT_TRANSLATE_NOOP("Errors", "A resident ID is 17 digits followed by a digit or X. A number like 4.20102E+17 was mangled by Excel: format the column as Text and type it again."),
    RegisterRefusal.RESIDENT_ID_CHECKSUM: QT_TRANSLATE_NOOP("Errors", "The resident ID's check character is wrong: a digit was probably mistyped or two were swapped."),
    RegisterRefusal.RESIDENT_ID_BIRTH_DATE: QT_TRANSLATE_NOOP("Errors", "Characters 7 to 14 of the resident ID are not a real date."),
    RegisterRefusal.RESIDENT_ID_FUTURE_BIRTH_DATE: QT_TRANSLATE_NOOP("Errors", "The resident ID's birth date is in the future."),
    RegisterRefusal.RESIDENT_ID_IMPLAUSIBLE_BIRTH_DATE: QT_TRANSLATE_NOOP("Errors", "The resident ID's birth date is implausibly long ago."),
    RegisterRefusal.RESIDENT_ID_TAKEN: QT_TRANSLATE_NOOP("Errors", "Another person in the register holds this resident ID: merge the two entries from the register's possible duplicates instead."),
    DatabaseRefusal.CONFLICT: QT_TRANSLATE_NOOP("Errors", "Someone else changed this record while you were editing it."),
    DatabaseRefusal.GONE: QT_TRANSLATE_NOOP("Errors", "This record was deleted by someone else."),
    DatabaseRefusal.UNAVAILABLE: QT_TRANSLATE_NOOP("Errors", "The database did not answer. Nothing was saved; your input is kept."),
    DatabaseRefusal.NOT_A_DATABASE: QT_TRANSLATE_NOOP("Errors", "This file or database is not a Canvass database. It was left untouched."),
    DatabaseRefusal.SCHEMA_TOO_NEW: QT_TRANSLATE_NOOP("Errors", "This database was written by a newer Canvass. Update Canvass to open it; nothing was changed."),
    DatabaseRefusal.NOT_EMPTY: QT_TRANSLATE_NOOP("Errors", "The database is not empty; nothing was written."),
    DatabaseRefusal.CLASH: QT_TRANSLATE_NOOP("Errors", "Another workstation saved the same thing at the same moment. Nothing of yours was saved: look again, and repeat your change if it is still needed."),
    DatabaseRefusal.CLASH_VISIT: QT_TRANSLATE_NOOP("Errors", "This visit (the same door, time and outcome) was just recorded from another workstation; it is not stored twice."),
    DatabaseRefusal.CLASH_VEHICLE: QT_TRANSLATE_NOOP("Errors", "Another dispatcher has just sent this vehicle; nothing of yours was saved."),
    DatabaseRefusal.CLASH_NAME: QT_TRANSLATE_NOOP("Errors", "That name, number or code was taken a moment ago from another workstation: choose another. Nothing was saved."),
    DatabaseRefusal.CLASH_OPEN_CASE: QT_TRANSLATE_NOOP("Errors", "This person has just been given an open case from another workstation; nothing of yours was saved. Open that case instead."),
    DatabaseRefusal.CLASH_RESIDENT_ID: QT_TRANSLATE_NOOP("Errors", "Another entry has just been given this resident ID from another workstation; nothing was saved. Check the ID."),
    DatabaseRefusal.BROKEN_RULE: QT_TRANSLATE_NOOP("Errors", "The database refused this change: a value breaks one of its rules. Nothing was saved."),
    DatabaseRefusal.DISK_FULL: QT_TRANSLATE_NOOP("Errors", "The disk holding the database is full: nothing was saved. Make room on it and try again."),
    DatabaseRefusal.KEY_NEEDED: QT_TRANSLATE_NOOP("Errors", "This database file is encrypted: Canvass needs its key to open it."),
    DatabaseRefusal.KEY_WRONG: QT_TRANSLATE_NOOP("Errors", "This key does not open the file (or the file is not a Canvass database). Nothing was changed."),
    DatabaseRefusal.KEY_TOO_SHORT: QT_TRANSLATE_NOOP("Errors", "The key must be at least {length} characters long. Nothing was changed."),
    DatabaseRefusal.NO_CIPHER: QT_TRANSLATE_NOOP("Errors", "Encrypted files need the SQLCipher module, which this installation lacks: install canvass[encryption]."),
    DatabaseRefusal.ALREADY_ENCRYPTED: QT_TRANSLATE_NOOP("Errors", "This file is encrypted already. Nothing was changed."),
    DatabaseRefusal.ENCRYPTION_FAILED: QT_TRANSLATE_NOOP("Errors", "The file could not be encrypted; it was left as it was."),
    DatabaseRefusal.TLS_UNTRUSTED: QT_TRANSLATE_NOOP("Errors", "The database server's certificate could not be verified: the certificate authority named by sslrootcert did not sign it, or it has expired."),
    DatabaseRefusal.TLS_WRONG_HOST: QT_TRANSLATE_NOOP("Errors", "The database server's certificate is not made out to {host}: connect by a server name that its certificate holds."),
    DatabaseRefusal.TLS_NO_AUTHORITY: QT_TRANSLATE_NOOP("Errors", "The certificate authority file {path} does not exist, so the database server's certificate cannot be checked."),
    DatabaseRefusal.TLS_REQUIRED: QT_TRANSLATE_NOOP("Errors", "The database server refuses unencrypted connections from this computer: add sslmode=verify-full and sslrootcert to the database address."),
    DatabaseRefusal.TLS_NOT_OFFERED: QT_TRANSLATE_NOOP("Errors", "The database server does not offer encryption, which the database address requires (sslmode): ask the server's administrator to turn TLS on."),
    DatabaseRefusal.NOT_OWNER: QT_TRANSLATE_NOOP("Errors", "Only the database's owner role may migrate this database or install its login roles: give the owner's address. Nothing was changed."),
    DatabaseRefusal.NOT_POSTGRESQL: QT_TRANSLATE_NOOP("Errors", "Login roles exist on a PostgreSQL server only: a SQLite file is guarded by its permissions and its key."),
    DatabaseRefusal.AUDIT_GUARDS: QT_TRANSLATE_NOOP("Errors", "The audit triggers of this file are missing or altered ({trigger}): Canvass will not work on it until an administrator restores them with `canvass audit restore-guards`."),
    MinimumsRefusal.RANGE: QT_TRANSLATE_NOOP("Errors", "A minimum is a whole number from {low} to {high}."),
    MinimumsRefusal.LEADER: QT_TRANSLATE_NOOP("Errors", "A quick-response team needs at least one leader."),
    MinimumsRefusal.UNKNOWN: QT_TRANSLATE_NOOP("Errors", "That is not one of the team minimums."),
}


def fill(text: str, params: Mapping[str, RefusalParam]) -> str:
    """`text` with each {name} replaced by the parameter of that name (a translator may move the
    placeholder anywhere in the sentence, or drop one the language does not need)."""
    for name, value in params.items():
        text = text.replace(f"{{{name}}}", str(value))
    return text


def refusal_sentence(context: str, table: Sentences, error: CanvassError) -> str | None:
    """The translated sentence `table` holds for the error's code, filled from its parameters;
    None when the table has none, so the caller can fall back to a more general table."""
    source = table.get(error.code)
    if source is None:
        return None
    return fill(QCoreApplication.translate(context, source), error.params)


def error_text(error: CanvassError) -> str:
    """A translated sentence for the error, or its English message when none is known."""
    return refusal_sentence(CONTEXT, BY_CODE, error) or str(error)
