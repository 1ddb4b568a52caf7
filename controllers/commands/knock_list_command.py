"""`canvass knock-list COMMUNITY --out FILE.pdf`: print a community's open doors for the field team.

COMMUNITY is the community's code or its name. The list is in the interface language (--lang
before the command; Chinese by default), rendered offscreen, so it runs on a server without a
display.
"""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from controllers.commands.output import EXIT_OK, EXIT_REFUSED, database_for_output, fail, one_line
from controllers.communities.coverage import find_community
from controllers.paper.knock_list import print_knock_list
from controllers.paper.pdf import ensure_gui_application
from controllers.runtime.context import SCREEN_ONLY_USER
from models.errors import CanvassError
from resources import I18N


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("knock-list", help="print a community's open doors as an A4 PDF",
                            description="Households without an outcome, grouped by building "
                                        "and unit, with boxes to tick at each door.")
    parser.add_argument("community", metavar="COMMUNITY", help="the community's code or name")
    parser.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    parser.set_defaults(handler=handle)


def _install_language(app: QCoreApplication, language: str) -> Callable[[], None]:
    """The sheet speaks the interface language: Chinese unless --lang en. Returns the undo (the
    command may run inside a process that goes on, as in the tests)."""
    previous = QLocale()
    installed: list[QTranslator] = []
    if language != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        for path in sorted(I18N.glob("*_zh_CN.qm")):
            translator = QTranslator(app)
            if translator.load(path.stem, str(I18N)):
                app.installTranslator(translator)
                installed.append(translator)

    def undo() -> None:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(previous)

    return undo


def handle(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser()
    if out.suffix.lower() != ".pdf":
        return fail(f"the knock list is a PDF: give a file name ending in .pdf, not {out.name!r}")
    database = database_for_output(args.db, out)
    if isinstance(database, str):
        return fail(database)
    try:
        try:
            community_id, _name = find_community(database, args.community)
        except CanvassError as error:
            print(f"canvass: {one_line(error)}")
            return EXIT_REFUSED
        undo = _install_language(ensure_gui_application(), args.lang or "zh")
        try:
            sheet, pages = print_knock_list(database, SCREEN_ONLY_USER, community_id, out)
        finally:
            undo()
    except (CanvassError, OSError) as error:
        return fail(one_line(error))
    finally:
        database.dispose()
    print(f"{out}: {sheet.community}, {len(sheet.doors)} open doors, {pages} pages")
    return EXIT_OK
