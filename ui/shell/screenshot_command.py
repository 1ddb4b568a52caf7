"""`canvass screenshot VIEW --out FILE.png [--size WxH] [--lang zh|en]`: a view as a picture.

Renders offscreen (QT_QPA_PLATFORM=offscreen unless the caller chose a platform) against the
current database. The rendering is the window itself, so this command lives in ui/ and
main.py registers it beside the controllers' batch commands.
"""
from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from controllers.commands.output import EXIT_OK, EXIT_USAGE, database_for_output, fail
from controllers.commands.signing_in import command_user
from models.errors import CanvassError

# "wall": the dashboard in wall mode (dark, large type, the alert strip as the wall shows it);
# "wall-map": the wall turned to the situation map (M on the wall).
VIEWS = ("main", "communities", "cases", "teams", "transfers", "dashboard", "register", "board",
         "map", "campaign", "wall", "wall-map")
DEFAULT_SIZE = "1440x900"
SIZE_LIMITS = ((800, 7680), (520, 4320))  # from the main window's minimum size up to 8K


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("screenshot", help="render a view offscreen and save it as a PNG")
    parser.add_argument("view", metavar="VIEW", help=f"one of: {', '.join(VIEWS)}")
    parser.add_argument("--out", required=True, metavar="FILE.png", help="where to write the PNG")
    parser.add_argument("--size", default=DEFAULT_SIZE, metavar="WxH",
                        help=f"window size in pixels (default {DEFAULT_SIZE})")
    parser.add_argument("--lang", dest="screenshot_lang", choices=("zh", "en"), default=None,
                        help="interface language (default: --lang before the command, else zh)")
    parser.set_defaults(handler=handle, own_application=True)   # widgets: its own QApplication


def parse_size(text: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    (low_w, high_w), (low_h, high_h) = SIZE_LIMITS
    if not (low_w <= width <= high_w and low_h <= height <= high_h):
        return None
    return width, height


def handle(args: argparse.Namespace) -> int:
    if args.view not in VIEWS:
        return fail(f"unknown view {args.view!r}; choose one of {', '.join(VIEWS)}")
    size = parse_size(args.size)
    if size is None:
        (low_w, high_w), (low_h, high_h) = SIZE_LIMITS
        return fail(f"bad size {args.size!r}: give WxH, width {low_w}–{high_w}, "
                    f"height {low_h}–{high_h}")
    out = Path(args.out).expanduser()
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    try:   # a picture of the data is reading it: signed in like every command (masked as a viewer)
        command_user(database, args)
    except CanvassError as error:
        database.dispose()
        return fail(error)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any QApplication exists
    from ui.shell.screenshot import take_screenshot  # imports Qt widgets: only when a picture is asked
    try:
        settled = take_screenshot(database, args.view, size, out,
                                  args.screenshot_lang or args.lang or "zh")
    except OSError as error:
        return fail(str(error))
    finally:
        database.dispose()
    if not settled:
        print(f"canvass: {args.view} was still loading; the picture may be incomplete")
    print(f"{out} ({size[0]}x{size[1]}, {args.view}, {database.description})")
    return EXIT_OK if out.exists() else EXIT_USAGE
