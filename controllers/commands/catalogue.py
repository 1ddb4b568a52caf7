"""The sub-commands of `canvass` by name, with their one-line summaries and the module that
builds each one's parser: what `canvass --help` lists without importing any of them.

Importing a command's module imports the data layer (SQLAlchemy, the mapped schema, the
controllers it calls): most of a second. `canvass --help` and `canvass --version` answer from
this table alone, and `canvass export …` imports only the export command's module (main.py).
Each module names its parsers' summaries from here (`summary`), so the list and the parsers
cannot say different things. Nothing here may import the data layer: a test runs
`canvass --help` in a fresh interpreter and looks at sys.modules.
"""
from __future__ import annotations

import argparse
import re
import textwrap
from dataclasses import dataclass
from typing import NoReturn

EXIT_USAGE = 2


@dataclass(frozen=True)
class CommandModule:
    """A module that adds the parsers of `commands` (name → summary) with its add_parser."""
    module: str
    commands: dict[str, str]


CATALOGUE: tuple[CommandModule, ...] = (
    CommandModule("controllers.commands.db_command",
                  {"db": "create, migrate or inspect the database schema; encrypt a SQLite file"}),
    CommandModule("controllers.commands.user_command",
                  {"user": "add, list and administer users; see and clear sign-in delays"}),
    CommandModule("controllers.commands.demo_command",
                  {"demo": "build a demo district (invented people) into an empty database"}),
    CommandModule("controllers.commands.import_command",
                  {"import": "import a community's register (.csv, .xlsx, .xls), all or nothing"}),
    CommandModule("controllers.commands.knock_list_command",
                  {"knock-list": "print a community's open doors as an A4 PDF"}),
    CommandModule("controllers.commands.export_command",
                  {"export": "export a line list (.xlsx or .csv)"}),
    CommandModule("controllers.commands.sheet_command",
                  {"sheet": "print a transfer sheet, or a day's sheets, as an A4 PDF"}),
    CommandModule("controllers.commands.report_command",
                  {"report": "write the daily report as PDF or xlsx"}),
    CommandModule("controllers.commands.setup_command",
                  {"setup": "set up a real district from its workbook (template, import, "
                            "export)"}),
    CommandModule("controllers.commands.duplicates_command",
                  {"duplicates": "list persons entered twice, for merging",
                   "merge": "merge a person entered twice into the entry kept"}),
    CommandModule("controllers.commands.intake_command",
                  {"intake": "take a contact-tracing list (.csv, .xlsx, .xls): open or link "
                             "close-contact cases, add who the register lacks as persons to "
                             "find"}),
    CommandModule("controllers.commands.audit_command",
                  {"audit": "check the audit trail's hash chain, restore its guards"}),
    CommandModule("controllers.commands.campaign_command",
                  {"campaign": "list the sweep campaigns, show one's targets and laggards"}),
)   # main.py adds the one command that lives in ui/: `screenshot`

# Environment and exit codes, the epilog of `canvass --help` and of every sub-command's: one
# paragraph a line (ParagraphFormatter wraps each to the terminal).
EPILOG = "\n".join((
    "environment:",
    "  CANVASS_DB        the database (a SQLite file or a postgresql:// URL) unless "
    "`canvass --db URL_OR_PATH COMMAND` names one",
    "  CANVASS_USER      the Canvass user a script signs in as (or --user NAME: the password "
    "is then asked at a terminal, never echoed)",
    "  CANVASS_PASSWORD  that user's password",
    "",
    "A database whose accounts have passwords refuses a command nobody signed in to. A "
    "database with no accounts yet needs no sign-in (a command acts as a commander), nor does "
    "a SQLite file whose only account has no password (a command acts as that account).",
    "",
    "exit codes: 0 done; 1 refused, with the reason, nothing written (a sign-in refused too); "
    "2 usage error or unreadable input; 3 the database cannot be used (no database at that "
    "path, the server does not answer, not a Canvass database); 130 interrupted; 70 Canvass "
    "itself failed (the log in the data folder has the details). Every failure is one line "
    "on stderr.",
))


class ParagraphFormatter(argparse.HelpFormatter):
    """argparse's help, but a text's own lines stay lines (each wrapped to the terminal, its
    leading spaces kept): the epilog's table of variables reads as a table."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        filled = []
        for line in text.splitlines():
            lead = indent + line[:len(line) - len(line.lstrip())]
            body = line.strip()
            term = re.match(r"\S+\s{2,}", body) if lead != indent else None   # "NAME  what"
            hang = lead + " " * (term.end() if term else 0)
            filled.append(textwrap.fill(body, width, initial_indent=lead,
                                        subsequent_indent=hang) if body else "")
        return "\n".join(filled)


def summary(name: str) -> str:
    """The one-line summary of the sub-command `name`, as `canvass --help` lists it."""
    for entry in CATALOGUE:
        if name in entry.commands:
            return entry.commands[name]
    raise KeyError(name)


class CommandParser(argparse.ArgumentParser):
    """The command line's parser (its sub-parsers are of the same class): a usage error is one
    line on stderr and exit 2, like every other refusal, with where to look for the usage."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"canvass: {message} ({self.prog} --help)\n")
