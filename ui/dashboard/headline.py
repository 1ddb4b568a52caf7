"""The dashboard's headline sentence and the transfer tiles, for the district or the chosen station.

"截至M月D日，全区共排查核查N人，转运收治M人" is the district's; with a police station chosen in
the filter the sentence names it and gives its own figures ("…东湖派出所辖区共排查核查…"), so a
wall photographed for the daily briefing says whose figures they are. Until the station's
figures arrive the headline names the station and says it is counting, never the district's
figures under the station's name.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.dashboard.panels import DashboardFigures
from controllers.dashboard.summary import DashboardSummary
from ui.dashboard.tiles import Tile
from ui.kit.formatting import count, day

translate = QCoreApplication.translate


def headline_text(summary: DashboardSummary | None, figures: DashboardFigures | None,
                  station_id: int | None, station_name: str) -> str:
    if station_id is None:
        if summary is None:
            return ""
        if summary.as_of is None:
            return translate("DashboardView", "No screening recorded yet.")
        return (translate("DashboardView", "As of %1, the district has screened and verified %2 "
                                           "persons and sent %3 for treatment.")
                .replace("%1", day(summary.as_of))
                .replace("%2", count(summary.persons_screened))
                .replace("%3", count(summary.persons_admitted)))
    if figures is None or figures.station_id != station_id:
        return translate("DashboardHeadline", "%1: counting…").replace("%1", station_name)
    screened = figures.station_screened[-1][1] if figures.station_screened else 0
    as_of = summary.as_of if summary is not None and summary.as_of is not None else figures.day
    return (translate("DashboardHeadline", "As of %1, %2 has screened and verified %3 persons "
                                           "and sent %4 for treatment.")
            .replace("%1", day(as_of)).replace("%2", station_name)
            .replace("%3", count(screened)).replace("%4", count(figures.admitted)))


def show_transfer_tiles(tiles: dict[str, Tile], figures: DashboardFigures) -> None:
    """Persons sent for treatment and trips under way, for the district or the chosen station.
    Trips under way is a level: its change is the level now less the level at midnight, as the
    other tiles give theirs for today and yesterday (the orders given today are the transfers
    chart's)."""
    tiles["admitted"].set_figure(figures.admitted, translate(
        "DashboardView", "persons delivered to a facility"))
    under_way = figures.under_way
    tiles["under_way"].set_figure(under_way.now, translate(
        "DashboardView", "%1 orders in all").replace("%1", count(figures.orders_in_all)))
    tiles["under_way"].set_change(under_way.change_today, under_way.change_yesterday)
