"""Canvass command line: the GUI by default, sub-commands for batch work.

    canvass [--db URL] [--lang zh|en] [--wall]      open the command center
    canvass db upgrade                               create or migrate the schema
    canvass demo --size small|district [--seed N]    build a demo district
    canvass screenshot VIEW --out FILE.png           render a view offscreen
"""
from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from controllers.commands import COMMANDS
from ui import screenshot_command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="canvass", description="District command center for door-to-door screening "
                                    "and transfer for treatment (排查送治).")
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help="SQLite file or postgresql:// URL (default: $CANVASS_DB, "
                             "else canvass.sqlite3 in the user's data folder)")
    parser.add_argument("--lang", choices=("zh", "en"), default=None,
                        help="interface language (default: the last used, else zh)")
    parser.add_argument("--wall", action="store_true", help="open full screen in wall mode")
    parser.add_argument("--wall-rotate", type=int, default=0, metavar="SECONDS",
                        help="in wall mode, show the charts three at a time, turning every SECONDS")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(sub)
    screenshot_command.add_parser(sub)
    return parser


def run(argv: Sequence[str] | None = None) -> int:
    """Entry point of `canvass` and `python main.py`; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from ui.app import run_gui
        return run_gui(args)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(run())
