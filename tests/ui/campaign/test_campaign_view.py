"""The sweep campaign driven as a commander drives it: declaring one through its dialog (a
deadline in the past refused, nothing written), the table flagging the laggard, Ctrl+U refused
for a community on the line and issuing an order for the one behind, its reply and closing, the
order as a PDF, Enter opening the community, and another workstation's visit arriving live."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from controllers.runtime.context import AppContext, build_context
from controllers.runtime.settings import Settings
from models.db.database import Database
from models.schema import SupervisionOrder, SweepCampaign
from tests.support.campaign import CampaignScene, make_campaign_scene, settle
from tests.support.factories import signed_in
from tests.support.gui import keys_reach
from ui.campaign.dialogs import DeclareCampaignDialog, ReplyDialog
from ui.campaign.view import CampaignView


def _context(database: Database, settings: Settings, role: str) -> AppContext:
    return build_context(database, settings, probe_interval_ms=60_000, user=signed_in(role))


@pytest.fixture
def commander(database: Database, settings: Settings) -> Iterator[AppContext]:
    built = _context(database, settings, "commander")
    yield built
    built.close()


def commit_text(widget: QWidget, text: str) -> None:
    """Chinese arrives as an input method's commit, never as key presses."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _view(qtbot: QtBot, context: AppContext, opened: list[int] | None = None) -> CampaignView:
    view = CampaignView(context, opened.append if opened is not None else None)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    view.show()
    keys_reach(qtbot, view)
    view.activate()
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)
    return view


def _settled(qtbot: QtBot, view: CampaignView) -> None:
    qtbot.wait(50)
    qtbot.waitUntil(lambda: not view.is_loading(), timeout=10_000)


def _today_scene(database: Database) -> CampaignScene:
    return make_campaign_scene(database, today=date.today())


def _row_of(view: CampaignView, name: str) -> int:
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data() == name:
            return row
    raise AssertionError(name)


def _count(database: Database, table: type[SweepCampaign] | type[SupervisionOrder]) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(table)) or 0)


def test_declaring_a_campaign_through_the_dialog(qtbot: QtBot, commander: AppContext) -> None:
    scene = make_campaign_scene(commander.database, declare=False, today=date.today())
    view = _view(qtbot, commander)
    assert view.empty.isVisible() and not view.table.isVisible()
    assert view.declare_button is not None
    qtbot.mouseClick(view.declare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, DeclareCampaignDialog)
                    and view.dialog.communities.count() == 3, timeout=10_000)
    dialog = view.dialog
    assert isinstance(dialog, DeclareCampaignDialog)
    commit_text(dialog.name, "三天拉网")
    yesterday = date.today() - timedelta(days=1)
    dialog.starts.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.deadline.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.accept()                                     # a deadline in the past
    qtbot.waitUntil(lambda: dialog.message.isVisible(), timeout=10_000)
    assert "is in the past" in dialog.message.text()
    assert _count(commander.database, SweepCampaign) == 0 and dialog.isVisible()
    later = date.today() + timedelta(days=2)
    dialog.deadline.setDate(QDate(later.year, later.month, later.day))
    dialog.some.setChecked(True)
    dialog.accept()                                     # "these communities", none ticked
    qtbot.waitUntil(lambda: "at least one community" in dialog.message.text(), timeout=10_000)
    assert _count(commander.database, SweepCampaign) == 0
    for row in range(dialog.communities.count()):
        item = dialog.communities.item(row)
        if item.text().startswith("乙社区"):
            item.setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    qtbot.waitUntil(lambda: view.loaded is not None and view.loaded.progress is not None,
                    timeout=10_000)
    _settled(qtbot, view)
    assert view.loaded is not None and view.loaded.progress is not None
    assert view.loaded.progress.campaign.name == "三天拉网"
    assert [row.community_id for row in view.model.rows] == [scene.behind]
    assert view.table.isVisible() and "left" in view.countdown.text()


def test_the_table_flags_the_laggard_and_orders_go_issued_answered_closed(
        qtbot: QtBot, commander: AppContext, tmp_path: Path) -> None:
    scene = _today_scene(commander.database)
    opened: list[int] = []
    view = _view(qtbot, commander, opened)
    assert view.laggards.text() == "Behind: 乙社区"
    behind, ahead = _row_of(view, "乙社区"), _row_of(view, "甲社区")
    assert behind == 0                                  # the largest gap first
    assert view.proxy.index(behind, 8).data() == "Behind"
    assert view.proxy.index(ahead, 8).data() == ""
    assert [view.proxy.index(behind, column).data() for column in (2, 3, 5, 6, 7)] == \
        ["7", "7", "3", "7", "4"]
    assert view.district_chart.planned == (12, 6, 0) and view.district_chart.done == (14, 10, 9)
    # The plot comes once pyqtgraph is imported (on a worker), with the lines it was given.
    qtbot.waitUntil(lambda: view.district_chart.plot is not None, timeout=10_000)
    plot = view.district_chart.plot
    assert plot is not None and plot.widget.isVisible()
    assert list(plot.planned_curve.getData()[1])[1:] == [12, 6, 0]
    assert list(plot.done_curve.getData()[1])[1:] == [14, 10, 9]
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(ahead, 0))
    assert view.community_chart.title.text() == "甲社区: doors open"
    qtbot.keyClick(view.table, Qt.Key.Key_Return)       # Enter opens the community
    assert opened == [scene.ahead]
    qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.message.isVisible(), timeout=10_000)
    assert view.message.text().startswith("甲社区 is not behind the planned line (8 doors done")
    assert _count(commander.database, SupervisionOrder) == 0
    _settled(qtbot, view)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(_row_of(view, "乙社区"), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.orders.rowCount() == 1, timeout=10_000)
    assert view.message.text() == "Supervision order DB001-0001 issued to 乙社区."
    assert view.orders.item(0, 6).text() == "Issued, awaiting reply"
    qtbot.waitUntil(lambda: view.proxy.index(_row_of(view, "乙社区"), 10).data()
                    == "Issued, awaiting reply", timeout=10_000)
    view.orders.selectRow(0)
    view.write_order_pdf(tmp_path / "order.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "order.pdf").exists(), timeout=20_000)
    assert view.reply_button is not None and view.close_button is not None
    qtbot.mouseClick(view.reply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(view.dialog, ReplyDialog) and view.dialog.isVisible(),
                    timeout=10_000)
    reply = view.dialog
    assert isinstance(reply, ReplyDialog)
    reply.accept()                                      # nothing typed
    qtbot.waitUntil(lambda: reply.message.isVisible(), timeout=10_000)
    assert reply.message.text() == "Type the community's reply; nothing was saved."
    commit_text(reply.reply, "今晚加派两个工作组，明早补齐")
    reply.accept()
    qtbot.waitUntil(lambda: view.orders.rowCount() == 1
                    and view.orders.item(0, 6).text() == "Answered", timeout=10_000)
    assert view.orders.item(0, 7).text() == "今晚加派两个工作组，明早补齐"
    _settled(qtbot, view)
    view.orders.selectRow(0)
    qtbot.mouseClick(view.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.orders.item(0, 6) is not None
                    and view.orders.item(0, 6).text() == "Closed", timeout=10_000)


def test_a_viewer_follows_it_live_without_the_commanders_buttons(
        qtbot: QtBot, database: Database, settings: Settings) -> None:
    scene = _today_scene(database)
    context = _context(database, settings, "viewer")
    try:
        view = _view(qtbot, context)
        assert view.declare_button is None and view.issue_button is None
        assert view.reply_button is None and view.close_button is None
        context.feed.changed.connect(view.on_change)   # as the main window connects every view
        context.feed.start()
        with database.sessions.begin() as session:   # another workstation settles 4 doors
            settle(session, scene.behind, [(date.today(), 4)])
        qtbot.waitUntil(lambda: view.laggards.text() == "No community is behind the planned line.",
                        timeout=10_000)
        assert view.proxy.index(_row_of(view, "乙社区"), 4).data() == "4"   # done today
    finally:
        context.close()


def test_nothing_declared_says_so(qtbot: QtBot, commander: AppContext) -> None:
    view = _view(qtbot, commander)
    assert view.empty.text() == "No sweep campaign has been declared yet."
    assert not view.countdown.isVisible()
    assert datetime.now() is not None


def test_an_old_file_shows_the_campaign_as_its_records_left_it(qtbot: QtBot,
                                                               commander: AppContext) -> None:
    """Opened five days after the deadline, with records up to the campaign's second day: the
    countdown says it is over (the wall clock's truth), the figures are that day's — 乙社区
    alone behind — and the view says so; the wall's strip, a live countdown, stays away."""
    from ui.campaign.strip import CampaignStrip
    deadline = date.today() - timedelta(days=5)
    make_campaign_scene(commander.database, today=deadline, recorded_days=2)
    view = _view(qtbot, commander)
    second = deadline - timedelta(days=1)
    assert view.countdown.text() == (f"Deadline {deadline:%Y-%m-%d} 24:00 · Over · figures as of "
                                     f"{second:%Y-%m-%d}, the last day with visits recorded")
    assert view.laggards.text() == "Behind: 乙社区"
    strip = CampaignStrip(commander)
    qtbot.addWidget(strip)
    strip.reload()
    qtbot.waitUntil(lambda: strip.snapshot is not None and not strip.is_loading(), timeout=10_000)
    assert not strip.running() and strip.isHidden()
