"""Running a sub-command: in the interface language, and never ending in a traceback.

The one place the command line installs its translators: --lang, else the language the window
was last set to, else the system's locale (controllers/runtime/language.py). The application is
an offscreen QGuiApplication, which the PDF-writing commands need and which costs the others
no more than a core one. A command that builds its own application (a screenshot needs widgets)
says so with `own_application` and sets its language itself.

Whatever escapes a command still ends in one line on stderr: a usage error in argparse's reason
(exit 2), Ctrl+C in "interrupted" (exit 130), an unreadable or unwritable file in its reason
(exit 2), a bug in a pointer to the log (exit 70, the traceback goes to the log file).
"""
from __future__ import annotations

import argparse
import logging
import sys
from typing import NoReturn

from controllers.commands.output import EXIT_INTERRUPTED, EXIT_USAGE, fail, said
from controllers.paper.pdf import ensure_gui_application
from controllers.runtime.language import command_language, install_translators
from controllers.runtime.locations import data_folder
from controllers.runtime.logging_setup import setup_logging
from controllers.runtime.settings import Settings
from models.translatable import QT_TRANSLATE_NOOP

log = logging.getLogger("canvass.commands")

EXIT_BUG = 70   # EX_SOFTWARE: Canvass itself failed; the log holds the traceback
INTERRUPTED = QT_TRANSLATE_NOOP("Command", "interrupted: nothing more was written")
UNREADABLE = QT_TRANSLATE_NOOP("Command", "%1: %2")
BUG = QT_TRANSLATE_NOOP("Command", "Canvass failed unexpectedly (%1); the log in %2 has the details")


class CommandParser(argparse.ArgumentParser):
    """The command line's parser (its sub-parsers are of the same class): a usage error is one
    line on stderr and exit 2, like every other refusal, with where to look for the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"canvass: {message} ({self.prog} --help)\n")


def run_command(args: argparse.Namespace) -> int:
    """Run the parsed sub-command; its exit code."""
    if getattr(args, "own_application", False):
        return int(args.handler(args))
    app = ensure_gui_application()
    undo = install_translators(app, command_language(args.lang, Settings.for_user()))
    try:
        return int(args.handler(args))
    except KeyboardInterrupt:
        print(file=sys.stderr)
        fail(said(INTERRUPTED))
        return EXIT_INTERRUPTED
    except OSError as error:
        where = error.filename or ""
        return fail(said(UNREADABLE, where, error.strerror or error) if where else str(error))
    except Exception as error:
        folder = data_folder()
        setup_logging(folder)
        log.exception("canvass %s failed", args.command)
        fail(said(BUG, type(error).__name__, folder))
        return EXIT_BUG
    finally:
        undo()
