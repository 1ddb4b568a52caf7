"""The knock list (敲门清单) a field team carries: a community's open doors, by building and unit,
with a box per outcome to tick at the door and space for temperatures.

Open doors are the gap list's: households without a finished outcome, so a printed list never
sends a team back to a door already screened.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from html import escape
from itertools import groupby
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlalchemy import func, select

from controllers.communities.coverage import community_summary
from controllers.paper.pdf import write_pdf
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.communities.coverage import gap_households
from models.db.database import Database
from models.schema.register import Person
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


@dataclass(frozen=True)
class Door:
    household_id: int
    building: str
    unit: str
    door: str
    address: str
    members: int
    head: str
    last_outcome: str | None
    last_visit_at: datetime | None


@dataclass(frozen=True)
class KnockList:
    community: str
    station: str
    code: str
    printed_at: datetime
    doors: tuple[Door, ...]

    def by_building_and_unit(self) -> Iterator[tuple[tuple[str, str], list[Door]]]:
        for key, doors in groupby(self.doors, key=lambda d: (d.building, d.unit)):
            yield key, list(doors)


@action(Permission.VIEW)
def load_knock_list(database: Database, user: SignedInUser, community_id: int,
                    now: datetime | None = None) -> KnockList:
    """The community's open doors in walking order: building, unit, door."""
    moment = now or datetime.now()
    summary = community_summary(database, user, community_id, moment)
    gaps = gap_households(community_id, moment).subquery()
    with read_session(database) as session:
        rows = session.execute(select(gaps).order_by(gaps.c.building, gaps.c.unit, gaps.c.door,
                                                     gaps.c.id)).all()
        ids = [int(row.id) for row in rows]
        members: dict[int, tuple[int, str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            counts = dict(session.execute(select(Person.household_id, func.count())
                                          .where(Person.household_id.in_(chunk))
                                          .group_by(Person.household_id)).all())
            heads = dict(session.execute(select(Person.household_id, func.min(Person.name))
                                         .where(Person.household_id.in_(chunk),
                                                Person.is_household_head.is_(True))
                                         .group_by(Person.household_id)).all())
            for ident in chunk:
                members[ident] = (int(counts.get(ident, 0)), str(heads.get(ident) or ""))
    doors = sorted((Door(int(row.id), row.building or "", row.unit or "", row.door or "",
                       row.address or "", *members[int(row.id)],
                       getattr(row.last_outcome, "value", row.last_outcome), row.last_visit_at)
                   for row in rows), key=walking_order)
    return KnockList(summary.name, summary.station, summary.code, moment, tuple(doors))


def knock_list_html(sheet: KnockList) -> str:
    """The list as HTML for QTextDocument (its subset of CSS: tables, borders, widths)."""
    title = translate("KnockList", "Knock list: %1").replace("%1", sheet.community)
    heading = (translate("KnockList", "%1 · %2 · printed %3 · %4 open doors")
               .replace("%1", escape(sheet.station)).replace("%2", escape(sheet.code))
               .replace("%3", sheet.printed_at.strftime("%Y-%m-%d %H:%M"))
               .replace("%4", str(len(sheet.doors))))
    advice = translate("KnockList", "Tick one box per door; write each member’s temperature.")
    parts = [f"<h2>{escape(title)}</h2><p>{heading}</p>", f"<p>{escape(advice)}</p>"]
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
            parts.append(
                f"<tr><td>{escape(door.door or door.address)}</td><td>{escape(door.head)}</td>"
                f"<td align='right'>{door.members}</td><td>{escape(last)}</td>{boxes}"
                f"<td>&nbsp;</td></tr>")
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def place_heading(building: str, unit: str) -> str:
    """"Building 3, unit 2"; registers that already write 3栋 / 2单元 are printed as written."""
    if building.isdigit() and (unit.isdigit() or not unit):
        return (translate("KnockList", "Building %1, unit %2").replace("%1", building)
                .replace("%2", unit or "—"))
    return " ".join(part for part in (building, unit) if part) or "—"


def walking_order(door: Door) -> tuple[tuple[int, str], ...]:
    """Building, unit, door in the order a team walks them: 2 before 10, 403 before 1301."""
    def natural(text: str) -> tuple[int, str]:
        digits = "".join(ch for ch in text if ch.isdigit())
        return (int(digits) if digits else 1 << 30, text)
    return (natural(door.building), natural(door.unit), natural(door.door))


@action(Permission.VIEW)
def print_knock_list(database: Database, user: SignedInUser, community_id: int, out: Path,
                     now: datetime | None = None) -> tuple[KnockList, int]:
    """Write the community's knock list as an A4 PDF; returns the sheet and its page count."""
    sheet = load_knock_list(database, user, community_id, now)
    pages = write_pdf(knock_list_html(sheet), out,
                      title=translate("KnockList", "Knock list: %1").replace("%1", sheet.community))
    return sheet, pages
