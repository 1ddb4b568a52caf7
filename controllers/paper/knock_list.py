"""The knock list (敲门清单) a field team carries: a community's open doors, by building and unit,
with a box per outcome to tick at the door and space for temperatures.

The doors are models.communities.knock_list's; this is the permission-checked use case and the
sheet's HTML and PDF.
"""
from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from controllers.paper.pdf import write_pdf
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.communities.knock_list import KnockList, knock_list
from models.db.database import Database
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "KnockList"
OUTCOME_BOXES = (QT_TRANSLATE_NOOP("KnockList", "Screened"),
                 QT_TRANSLATE_NOOP("KnockList", "Nobody home"),
                 QT_TRANSLATE_NOOP("KnockList", "Refused"),
                 QT_TRANSLATE_NOOP("KnockList", "Moved out / vacant"))
LAST_OUTCOMES = {"nobody_home": QT_TRANSLATE_NOOP("KnockList", "nobody home"),
                 "refused": QT_TRANSLATE_NOOP("KnockList", "refused")}
BOX = "☐"


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


translate = QCoreApplication.translate


@action(Permission.VIEW)
def load_knock_list(database: Database, user: SignedInUser, community_id: int,
                    now: datetime | None = None) -> KnockList:
    """The community's open doors in walking order: building, unit, door."""
    with read_session(database) as session:
        return knock_list(session, community_id, now or datetime.now())


def knock_list_html(sheet: KnockList) -> str:
    """The list as HTML for QTextDocument (its subset of CSS: tables, borders, widths)."""
    title = translate("KnockList", "Knock list: %1").replace("%1", sheet.community)
    heading = (translate("KnockList", "%1 · %2 · printed %3 · %4 open doors")
               .replace("%1", escape(sheet.station)).replace("%2", escape(sheet.code))
               .replace("%3", sheet.printed_at.strftime("%Y-%m-%d %H:%M"))
               .replace("%4", str(len(sheet.doors))))
    advice = translate("KnockList", "Tick one box per door; write each member’s temperature.")
    parts = [f"<h2>{escape(title)}</h2><p>{heading}</p>", f"<p>{escape(advice)}</p>"]
    if sheet.persons_to_find:
        wanted = translate("KnockList", "%1 persons named on contact-tracing lists are to be "
                           "found: ask for them at their door, screen them or note where they "
                           "live now.").replace("%1", str(sheet.persons_to_find))
        parts.append(f"<p><b>{escape(wanted)}</b></p>")
    if not sheet.doors:
        nothing = translate("KnockList", "No open doors: every household has an outcome.")
        parts.append(f"<p><b>{escape(nothing)}</b></p>")
    headers = ((translate("KnockList", "Door"), 9),
               (translate("KnockList", "Head of household"), 12),
               (translate("KnockList", "Members"), 6), (translate("KnockList", "Last knock"), 17), *((translated(text), 8) for text in OUTCOME_BOXES),
               (translate("KnockList", "Temperatures / notes"), 24))
    header_row = "<tr>" + "".join(f"<th align='left' width='{width}%' style='font-size:8pt'>"
                                  f"{escape(text)}</th>"
                                  for text, width in headers) + "</tr>"
    boxes = "".join(f"<td align='center'><span style='font-size:16pt'>{BOX}</span></td>"
                    for _ in OUTCOME_BOXES)
    for (building, unit), doors in sheet.by_building_and_unit():
        where = escape(place_heading(building, unit))
        parts.append(f"<h3>{where}</h3>")
        parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="4">')
        parts.append(header_row)
        for door in doors:
            last = ""
            if door.last_visit_at is not None:
                said = LAST_OUTCOMES.get(door.last_outcome or "")
                last = door.last_visit_at.strftime("%m-%d %H:%M") + (f" {translated(said)}" if said else "")
            wanted = (translate("KnockList", "To find: %1").replace("%1", "、".join(door.to_find))
                      if door.to_find else "")
            notes = f"<b>{escape(wanted)}</b>" if wanted else "&nbsp;"
            parts.append(
                f"<tr><td>{escape(door.door or door.address)}</td><td>{escape(door.head)}</td>"
                f"<td align='right'>{door.members}</td><td>{escape(last)}</td>{boxes}"
                f"<td>{notes}</td></tr>")
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def place_heading(building: str, unit: str) -> str:
    """"Building 3, unit 2"; registers that already write 3栋 / 2单元 are printed as written."""
    if building.isdigit() and (unit.isdigit() or not unit):
        return (translate("KnockList", "Building %1, unit %2").replace("%1", building)
                .replace("%2", unit or "—"))
    return " ".join(part for part in (building, unit) if part) or "—"


@action(Permission.VIEW)
def print_knock_list(database: Database, user: SignedInUser, community_id: int, out: Path,
                     now: datetime | None = None) -> tuple[KnockList, int]:
    """Write the community's knock list as an A4 PDF; returns the sheet and its page count."""
    sheet = load_knock_list(database, user, community_id, now)
    pages = write_pdf(knock_list_html(sheet), out,
                      title=translate("KnockList", "Knock list: %1").replace("%1", sheet.community))
    return sheet, pages
