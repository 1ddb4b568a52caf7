"""Canvass command line: the GUI by default, sub-commands for batch work.

    canvass [--db URL] [--lang zh|en] [--wall]      open the command center
    canvass db upgrade                               create or migrate the schema
    canvass demo --size small|district [--seed N]    build a demo district
    canvass setup template|import|export            a real district from its workbook
    canvass screenshot VIEW --out FILE.png           render a view offscreen

Every sub-command fails in one line on stderr with its exit code: 0 done, 1 refused, 2 usage or
unreadable input, 3 the database cannot be used (controllers/commands/output.py EXIT_CODES).
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ui.shell.launch import StartingWindow, add_gui_options, begin, gui_arguments


def launch_gui(args: argparse.Namespace) -> int:
    """`canvass` with no sub-command: paint first, then import and open everything else."""
    session, settings = begin(args)
    starting = StartingWindow(settings)
    starting.show_and_paint(full_screen=bool(args.wall))
    from ui.shell.app import run_gui  # the data layer, imported while the window is already up
    return run_gui(args, begun=(session, settings), starting=starting)


def build_parser() -> argparse.ArgumentParser:
    """Every sub-command's parser: importing them imports the whole data layer."""
    from controllers.commands import COMMANDS
    from controllers.commands.output import EXIT_CODES
    from controllers.commands.running import CommandParser
    from ui.shell import screenshot_command
    parser: argparse.ArgumentParser = CommandParser(   # its sub-parsers are CommandParsers too
        prog="canvass", description="District command center for door-to-door screening "
                                    "and transfer for treatment (排查送治).")
    add_gui_options(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    screenshot_command.add_parser(sub)
    parser.epilog = EXIT_CODES
    with_exit_codes(parser, EXIT_CODES)
    return parser


def with_exit_codes(parser: argparse.ArgumentParser, epilog: str) -> None:
    """Every sub-command's --help ends with the exit codes (those of its actions too: `canvass
    user add --help`), unless it says its own."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.epilog = child.epilog or epilog
                with_exit_codes(child, epilog)


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of `canvass` and `python main.py`; returns the process exit code.

    The GUI is recognised by a quick parser first, so its window is painted before the data
    layer is imported (ui/shell/launch.py); sub-commands and --help build the full parser."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = gui_arguments(arguments)
    if gui is not None:
        return launch_gui(gui)
    args = build_parser().parse_args(arguments)
    if args.command is None:
        return launch_gui(args)
    from controllers.commands.running import run_command
    return run_command(args)


if __name__ == "__main__":
    sys.exit(run())
