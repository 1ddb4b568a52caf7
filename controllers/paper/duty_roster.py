"""The printed duty roster (值班表) of one station for one day: each team, who is on which
shift, the leader, phone and lodging, and who was stood down — pinned on the duty room wall
and handed to the shift leaders. Each shift's crew is headed by its verdict: complete, or what
it lacks ("夜班缺带队人"). Phones are masked as the printing user's role requires."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from html import escape
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from controllers.browse.system_text import render
from controllers.browse.words import ROLES, TEAM_KINDS
from controllers.paper.pages import Orientation, Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from controllers.teams.shifts import masked, now
from controllers.teams.words import crew_text
from models.accounts.permissions import Permission
from models.db.database import Database
from models.teams.duty_roster import DutyRosterSheet, duty_roster_sheet
from models.teams.shifts import DutyRow

__all__ = ["DutyRosterSheet", "duty_roster_html", "load_duty_roster", "print_duty_roster",
           "roster_paper", "roster_title", "shift_span"]

translate = QCoreApplication.translate


def roster_title(sheet: DutyRosterSheet) -> str:
    return (translate("DutyRoster", "Duty roster: %1, %2").replace("%1", sheet.station)
            .replace("%2", sheet.day.strftime("%Y-%m-%d")))


@action(Permission.VIEW)
def load_duty_roster(database: Database, user: SignedInUser, station_id: int, day: date,
                     printed_at: datetime | None = None) -> DutyRosterSheet:
    """The station's roster for `day`, phones as the user's role may see them."""
    with read_session(database) as session:
        sheet = duty_roster_sheet(session, station_id, day, printed_at or now())
    return replace(sheet, rows=masked(sheet.rows, user))


def duty_roster_html(sheet: DutyRosterSheet) -> str:
    """The roster as HTML for QTextDocument: one table per team, its shifts in time order, each
    shift's crew headed by its verdict: complete, or what it lacks."""
    heading = (translate("DutyRoster", "Printed %1 · %2 shifts")
               .replace("%1", sheet.printed_at.strftime("%Y-%m-%d %H:%M"))
               .replace("%2", str(len(sheet.rows))))
    parts = [f"<h2>{escape(roster_title(sheet))}</h2><p>{escape(heading)}</p>"]
    if not sheet.rows:
        nothing = translate("DutyRoster", "No shifts on this day.")
        parts.append(f"<p><b>{escape(nothing)}</b></p>")
    headers = ((translate("DutyRoster", "Shift"), 15), (translate("DutyRoster", "Name"), 13),
               (translate("DutyRoster", "Role"), 9), (translate("DutyRoster", "Unit"), 17),
               (translate("DutyRoster", "Phone"), 13), (translate("DutyRoster", "Lodging"), 13),
               (translate("DutyRoster", "Stood down"), 20))
    header_row = "<thead><tr>" + "".join(
        f"<th align='left' width='{w}%' style='font-size:8pt'>{escape(t)}</th>"
        for t, w in headers) + "</tr></thead>"
    for (team, kind), rows in groupby(sheet.rows, key=lambda row: (row.team, row.team_kind)):
        kind_text = TEAM_KINDS.word(kind)
        parts.append(f"<h3 style='margin-top:12px'>{escape(team)} · {escape(kind_text)}</h3>")
        parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="4">' + header_row)
        shifts = sorted(rows, key=lambda row: (row.ends_at, row.starts_at))
        for ends, crew_rows in groupby(shifts, key=lambda row: row.ends_at):
            crew = list(crew_rows)
            parts.append(_crew_heading(sheet, crew, ends))
            parts += [_member_row(row, sheet.day) for row in crew]
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def _crew_heading(sheet: DutyRosterSheet, crew: list[DutyRow], ends: datetime) -> str:
    """The shift's line over its crew: "Night shift: no leader" in red, or complete."""
    verdict = sheet.crews.get((crew[0].team_id, ends))
    if verdict is None:
        return ""
    color = "#000000" if verdict.complete else "#b3261e"
    return (f"<tr><td colspan='7' style='background-color:#eeeeee; color:{color}'>"
            f"<b>{escape(crew_text(verdict))}</b></td></tr>")


def _member_row(row: DutyRow, day: date) -> str:
    """One member's line; the team's leader and the one leading the shift are marked."""
    name = escape(row.name)
    mark = (translate("DutyRoster", "(leader)") if row.is_leader
            else translate("DutyRoster", "(leads the shift)") if row.leads else "")
    if mark:
        name += f" <b style='white-space:nowrap'>{escape(mark)}</b>"
    down = (f"{row.stood_down_at:%H:%M} {escape(render(row.stood_down_reason))}"
            if row.stood_down_at else "")
    return (f"<tr><td style='white-space:nowrap'>{shift_span(row, day)}</td><td>{name}</td>"
            f"<td>{escape(ROLES.word(row.role))}</td>"
            f"<td>{escape(row.unit)}</td><td style='white-space:nowrap'>{escape(row.phone or '')}</td>"
            f"<td>{escape(row.lodging or '')}</td><td>{down}</td></tr>")


def shift_span(row: DutyRow, day: date) -> str:
    """"08:00–20:00" on the roster's day; a night shift reads "20:00–08:00 (+1)"."""
    def at(moment: datetime) -> str:
        offset = (moment.date() - day).days
        return f"{moment:%H:%M}" + (f" ({offset:+d})" if offset else "")
    return f"{at(row.starts_at)}–{at(row.ends_at)}"


def roster_paper(sheet: DutyRosterSheet) -> Paper:
    """Landscape: seven columns, and it hangs on the duty room's wall."""
    return Paper(duty_roster_html(sheet), roster_title(sheet), Orientation.Landscape)


@action(Permission.VIEW)
def print_duty_roster(database: Database, user: SignedInUser, station_id: int, day: date,
                      out: Path) -> tuple[DutyRosterSheet, int]:
    """Write the station's roster for `day` as an A4 PDF; returns the sheet and its page count."""
    sheet = load_duty_roster(database, user, station_id, day)
    return sheet, write_papers_pdf([roster_paper(sheet)], out)
