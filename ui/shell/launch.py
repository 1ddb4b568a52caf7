"""The first second of Canvass: a window on the screen before the data layer is even imported.

Importing SQLAlchemy, the mapped schema and every view takes a second or two, and opening a
PostgreSQL server across the network can take longer. A person who double-clicks the icon must
see at once that Canvass is starting, so the GUI path first sets up only Qt, the language and
the look, and paints the starting window (the app's own sidebar and "Opening the database…");
then it imports the rest and opens the database, and the main window takes the starting
window's place. Nothing here imports SQLAlchemy, psycopg or the models.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NoReturn

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon, QPaintEvent
from PySide6.QtWidgets import QApplication, QFrame, QMainWindow, QWidget

from controllers.runtime.language import install_translators
from controllers.runtime.locations import APP_NAME, ORG_NAME, data_folder
from controllers.runtime.logging_setup import route_qt_messages, setup_logging
from controllers.runtime.settings import LANGUAGE, WINDOW_GEOMETRY, Settings
from resources import ROOT
from ui.kit.appearance import apply_appearance
from ui.kit.widgets import hbox, label, vbox

if TYPE_CHECKING:
    from controllers.runtime.context import AppContext
    from ui.shell.main_window import MainWindow

translate = QCoreApplication.translate
FIRST_PAINT_WAIT_MS = 500


@dataclass
class Session:
    """What the start set up and `finish` takes down again, in reverse order."""
    app: QApplication
    context: AppContext | None = None
    window: MainWindow | None = None
    undo: list[Callable[[], None]] = field(default_factory=list)

    def finish(self) -> None:
        if self.context is not None:
            self.context.close()
            self.context.database.dispose()
        while self.undo:
            self.undo.pop()()


def application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Canvass")
    app.setWindowIcon(QIcon(str(ROOT / "icons" / "canvass.png")))  # every window's, the taskbar's
    app.setDesktopFileName("canvass")  # packaging/canvass.desktop: its icon on Wayland's docks
    return app


def name_windows(app: QApplication) -> None:
    """Once the language is installed: the application's name in it, which the window system
    puts after every window's own title ("东湖社区 — Canvass — 排查送治指挥中心") and leaves off a
    title that already ends with it (the main window's): each title says it once."""
    app.setApplicationDisplayName(translate("MainWindow",
                                            "Canvass — screening and transfer command center"))


def begin(args: argparse.Namespace, settings: Settings | None = None) -> tuple[Session, Settings]:
    """Qt, logging, the language and the look: everything the first window needs."""
    session = Session(application())
    setup_logging(data_folder())
    session.undo.append(route_qt_messages())
    settings = settings or Settings.for_user()
    language = args.lang or settings.get(LANGUAGE)
    session.undo.append(install_translators(session.app, language))
    name_windows(session.app)
    session.undo.append(apply_appearance(session.app))
    return session, settings


class StartingWindow(QMainWindow):
    """The command center's frame, painted first, where the main window will appear."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.painted_at: float | None = None
        self.setWindowTitle(translate("MainWindow",
                                      "Canvass — screening and transfer command center"))
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(190)
        sidebar.setLayout(vbox(label("Canvass", "appName"),
                               label(translate("MainWindow", "Screening and transfer command"),
                                     "appTagline", wrap=True), 1, spacing=0))
        self.message = label(translate("App", "Opening the database…"), "pageSubtitle")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page = QWidget()
        page.setObjectName("page")
        page.setLayout(vbox(1, self.message, 1, margins=24))
        central = QWidget()
        central.setLayout(hbox(sidebar, page, spacing=0))
        self.setCentralWidget(central)
        self.setMinimumSize(800, 520)
        geometry = settings.get(WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1440, 900)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.painted_at is None:
            self.painted_at = time.time()

    def show_and_paint(self, full_screen: bool = False) -> None:
        """Show, and let the window system expose and paint it before returning."""
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        loop = QEventLoop()
        check = QTimer(interval=5)
        check.timeout.connect(lambda: loop.quit() if self.painted_at is not None else None)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, loop.quit)
        check.start()
        loop.exec()
        check.stop()

    def hand_over(self, window: QWidget) -> None:
        """The main window is on screen: this one goes."""
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):  # no stacking there
            window.raise_()
            window.activateWindow()
        self.close()
        self.deleteLater()


def add_gui_options(parser: argparse.ArgumentParser) -> None:
    """The options of the command center itself, shared by the full and the quick parser."""
    parser.add_argument("--db", metavar="URL_OR_PATH",
                        help="SQLite file or postgresql:// URL (default: $CANVASS_DB, "
                             "else canvass.sqlite3 in the user's data folder)")
    parser.add_argument("--lang", choices=("zh", "en"), default=None,
                        help="interface language (default: the last used, else zh)")
    parser.add_argument("--wall", action="store_true", help="open full screen in wall mode")
    parser.add_argument("--wall-rotate", type=int, default=0, metavar="SECONDS",
                        help="in wall mode, show the charts three at a time, turning every "
                             "SECONDS")


class _NotForUs(Exception):
    pass


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _NotForUs(message)


def gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's options when `argv` asks for the GUI (no sub-command, no --help), else None:
    parsed without building the sub-commands' parsers, which import the whole data layer."""
    parser = _QuietParser(add_help=False)
    add_gui_options(parser)
    try:
        args, rest = parser.parse_known_args(argv)
    except _NotForUs:  # a malformed option: the full parser says what is wrong
        return None
    if rest:
        return None
    args.command = None
    return args
