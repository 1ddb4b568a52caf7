"""Canvass command line: the GUI by default, sub-commands for batch work.

    canvass [--db URL] [--lang zh|en] [--wall]      open the command center
    canvass db upgrade                               create or migrate the schema
    canvass demo --size small|district|city [--seed N]   build a demo district (city: five)
    canvass setup template|import|export            a real district from its workbook
    canvass screenshot VIEW --out FILE.png           render a view offscreen
    canvass --version                                which Canvass this is

A sub-command acts as a signed-in Canvass user: --user NAME (the password asked at a terminal),
or CANVASS_USER and CANVASS_PASSWORD for scripts (controllers/commands/signing_in.py). Every
sub-command fails in one line on stderr with its exit code: 0 done, 1 refused, 2 usage or
unreadable input, 3 the database cannot be used (controllers/commands/catalogue.py EPILOG).

`canvass --help` and `--version` import no command module and none of the data layer; a
sub-command imports only its own module (controllers/commands/catalogue.py).
"""
from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from controllers.commands.catalogue import (
    CATALOGUE,
    EPILOG,
    CommandModule,
    CommandParser,
    ParagraphFormatter,
)
from controllers.commands.version import canvass_version
from ui.shell.launch import StartingWindow, add_gui_options, begin, gui_arguments

# The one sub-command that lives in ui/ (a screenshot needs widgets), after the controllers'.
COMMAND_MODULES: tuple[CommandModule, ...] = (*CATALOGUE, CommandModule(
    "ui.shell.screenshot_command", {"screenshot": "render a view offscreen and save it as a PNG"}))
# Options of the main parser that take a value: the word after one is no sub-command's name.
VALUED = frozenset({"--db", "--lang", "--wall-rotate", "--user"})
USER_HELP = ("sign in as this Canvass user (the password is asked at a terminal, never echoed; "
             "a script sets CANVASS_USER and CANVASS_PASSWORD instead)")


def launch_gui(args: argparse.Namespace) -> int:
    """`canvass` with no sub-command: paint first, then import and open everything else."""
    session, settings = begin(args)
    starting = StartingWindow(settings)
    starting.show_and_paint(full_screen=bool(args.wall))
    from ui.shell.app import run_gui  # the data layer, imported while the window is already up
    return run_gui(args, begun=(session, settings), starting=starting)


def chosen_command(argv: Sequence[str]) -> str | None:
    """The sub-command `argv` names (the first word that is no option nor an option's value);
    None for none (the GUI, --help, --version)."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word in VALUED:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line's parser. With `argv`, only the module of the sub-command it names is
    imported (the others are listed by their summaries: `canvass --help` imports none, nor the
    data layer); without, every sub-command's full parser (what the tests walk)."""
    chosen = chosen_command(argv) if argv is not None else None
    parser: argparse.ArgumentParser = CommandParser(   # its sub-parsers are CommandParsers too
        prog="canvass", formatter_class=ParagraphFormatter,
        description="District command center for door-to-door screening and transfer for "
                    "treatment (排查送治).")
    add_gui_options(parser)
    parser.add_argument("--user", dest="sign_in_as", metavar="NAME", help=USER_HELP)
    parser.add_argument("--version", action="version", version=f"canvass {canvass_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for entry in COMMAND_MODULES:
        if argv is None or chosen in entry.commands:
            importlib.import_module(entry.module).add_parser(sub)
        else:
            for name, text in entry.commands.items():
                sub.add_parser(name, help=text, add_help=False)
    parser.epilog = EPILOG
    with_shared_options(parser, EPILOG)
    return parser


def with_shared_options(parser: argparse.ArgumentParser, epilog: str) -> None:
    """Every sub-command's --help ends with the environment and the exit codes (those of its
    actions too: `canvass user add --help`) unless it says its own, and each takes --user after
    its name as well as before (`canvass export cases --out x.xlsx --user wang`)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                child.epilog = child.epilog or epilog
                child.formatter_class = ParagraphFormatter
                if child.add_help and not any("--user" in option.option_strings
                                              for option in child._actions):
                    child.add_argument("--user", dest="sign_in_as", metavar="NAME",
                                       default=argparse.SUPPRESS, help=USER_HELP)
                with_shared_options(child, epilog)


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of `canvass` and `python main.py`; returns the process exit code.

    The GUI is recognised by a quick parser first, so its window is painted before the data
    layer is imported (ui/shell/launch.py); sub-commands build the parser of their own."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    gui = gui_arguments(arguments)
    if gui is not None:
        return launch_gui(gui)
    args = build_parser(arguments).parse_args(arguments)
    if args.command is None:
        return launch_gui(args)
    from controllers.commands.running import run_command
    return run_command(args)


if __name__ == "__main__":
    sys.exit(run())
