"""Running a sub-command: in the interface language, and never ending in a traceback.

The one place the command line installs its translators: --lang, else the language the window
was last set to, else the system's locale (controllers/runtime/language.py). The application is
an offscreen QGuiApplication, which the PDF-writing commands need and which costs the others
no more than a core one. A command that builds its own application (a screenshot needs widgets)
says so with `own_application` and sets its language itself.

Whatever escapes a command still ends in one line on stderr with its documented code
(controllers/commands/output.py EXIT_CODES): a usage error in argparse's reason, or an argument
that is not text (bytes the system's encoding cannot read, typed for a name or a number: exit
2); a refusal the command did not catch itself (1, 2 or 3 by its kind); the database going away
mid-command (exit 3: the transaction was rolled back); Ctrl+C in "interrupted" (exit 130); an
unreadable or unwritable file in its reason (exit 2); a bug in a pointer to the log (exit 70,
the traceback goes to the log file).

Every command is logged, one line in this process's log file in the data folder (where the
window logs: controllers/runtime/logging_setup.py): what it did (the sub-command and its
action, never a value typed after them), as whom (the signed-in user, the setup commander, or
nobody when it ended before a sign-in) and its exit code.
"""
from __future__ import annotations

import argparse
import logging
import sys

from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from controllers.commands.output import (
    EXIT_INTERRUPTED,
    DatabaseTrouble,
    fail,
    said,
)
from controllers.commands.signing_in import ACTING, login_location
from controllers.paper.pdf import ensure_gui_application
from controllers.runtime.language import command_language, install_translators
from controllers.runtime.locations import data_folder
from controllers.runtime.logging_setup import setup_logging
from controllers.runtime.settings import Settings
from models.errors import CanvassError
from models.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("canvass.commands")

EXIT_BUG = 70   # EX_SOFTWARE: Canvass itself failed; the log holds the traceback
INTERRUPTED = QT_TRANSLATE_NOOP("Command", "interrupted: nothing more was written")
UNREADABLE = QT_TRANSLATE_NOOP("Command", "%1: %2")
BUG = QT_TRANSLATE_NOOP("Command", "Canvass failed unexpectedly (%1); the log in %2 has the details")
NOT_TEXT = QT_TRANSLATE_NOOP("Command", "“%1” is not text the system can read: type it again")
STOPPED = QT_TRANSLATE_NOOP("Command", "the database stopped answering (%1); what was being written was rolled back")


def undecodable(args: argparse.Namespace) -> str | None:
    """The first text argument holding bytes the system's encoding could not read (Python keeps
    them as lone surrogates, which a database or a PDF refuses deep inside), as typed with those
    bytes escaped; None when every one is text. File paths (Path values) may hold any bytes."""
    for value in vars(args).values():
        if isinstance(value, str) and any("\udc80" <= char <= "\udcff" for char in value):
            return value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def _stdout_keeps_any_path() -> None:
    """A file name of bytes the locale cannot read prints as those bytes, not a crash."""
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors="surrogateescape")
        except (ValueError, OSError):
            pass


def _driver_detail(error: DBAPIError) -> str:
    """The driver's own first line, never the statement or its parameters (personal data)."""
    detail = str(error.orig) if error.orig is not None else type(error).__name__
    return (detail.strip().splitlines() or [type(error).__name__])[0]


# The words of a command line that name what it does (never its values: a file's name, a
# password given with --password): the sub-command and its action.
ACTION_WORDS = ("action", "user_action", "setup_action", "audit_action", "report")
OUTCOMES = {0: "done", 1: "refused", 2: "usage or unreadable input",
            3: "database unusable", 130: "interrupted", EXIT_BUG: "Canvass failed"}


def command_words(args: argparse.Namespace) -> str:
    """What the command does, as its log line names it: `user add`, `export`, `db upgrade`."""
    words = [str(args.command)]
    words += [str(getattr(args, name)) for name in ACTION_WORDS
              if isinstance(getattr(args, name, None), str)]
    return " ".join(words)


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed sub-command and log it: one line in this process's log file (the folder
    the window logs to), saying what it did, as whom, and how it ended; its exit code."""
    setup_logging(data_folder())
    code = EXIT_BUG
    try:
        code = _run(args)
        return code
    finally:
        who = getattr(args, ACTING, None) or "nobody signed in"
        log.info("canvass %s by %s: exit %d (%s)", command_words(args), who, code,
                 OUTCOMES.get(code, "failed"))


def _run(args: argparse.Namespace) -> int:
    _stdout_keeps_any_path()
    if getattr(args, "own_application", False):
        return int(args.handler(args))
    app = ensure_gui_application()
    undo = install_translators(app, command_language(args.lang, Settings.for_user()))
    try:
        garbled = undecodable(args)
        if garbled is not None:
            return fail(said(NOT_TEXT, garbled))
        login_location(args)
        return int(args.handler(args))
    except KeyboardInterrupt:
        print(file=sys.stderr)
        fail(said(INTERRUPTED))
        return EXIT_INTERRUPTED
    except CanvassError as error:
        return fail(error)
    except (OperationalError, InterfaceError) as error:
        log.warning("canvass %s: the database stopped answering: %s", args.command,
                    _driver_detail(error))
        return fail(DatabaseTrouble(said(STOPPED, _driver_detail(error))))
    except OSError as error:
        where = error.filename or ""
        return fail(said(UNREADABLE, where, error.strerror or error) if where else str(error))
    except Exception as error:
        if isinstance(error, DBAPIError) and error.connection_invalidated:
            return fail(DatabaseTrouble(said(STOPPED, _driver_detail(error))))
        folder = data_folder()
        log.exception("canvass %s failed", args.command)
        fail(said(BUG, type(error).__name__, folder))
        return EXIT_BUG
    finally:
        undo()
