"""Sub-commands of `canvass`: one module each, with add_parser(subparsers) and a handler that
returns the exit code (0 done, 1 refused with a reason, 2 usage or unreadable input, 3 the
database cannot be used: output.py EXIT_CODES). Each runs in the interface language through
running.py, which also turns Ctrl+C (130) and a bug (70) into one line on stderr."""
from __future__ import annotations

from types import ModuleType

from controllers.commands import (
                                  db_command,
                                  demo_command,
                                  export_command,
                                  import_command,
                                  knock_list_command,
                                  user_command,
)

COMMANDS: list[ModuleType] = [db_command, user_command, demo_command, import_command,
                              knock_list_command, export_command]
from controllers.commands import sheet_command  # noqa: E402  (transfer sheets)

COMMANDS.append(sheet_command)
from controllers.commands import report_command  # noqa: E402  (the daily report)

COMMANDS.append(report_command)
from controllers.commands import setup_command  # noqa: E402  (the district workbook)

COMMANDS.append(setup_command)
from controllers.commands import duplicates_command  # noqa: E402  (persons entered twice)

COMMANDS.append(duplicates_command)
from controllers.commands import intake_command  # noqa: E402  (contact-tracing lists)

COMMANDS.append(intake_command)
from controllers.commands import audit_command  # noqa: E402  (the audit trail's chain, its guards)

COMMANDS.append(audit_command)
