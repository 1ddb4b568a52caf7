"""The knock list (敲门清单) a field team carries: a community's open doors, by building and unit,
a row for every registered member with a box for their temperature and for symptoms, one
outcome to tick per door, and the work group, the date and the signatures the command center
asks for when the sheet comes back.

The doors are models.communities.knock_list's; this is the permission-checked use case and the
sheet's HTML and PDF. Column headers are whole words in both languages (a header too narrow
for its word would break it mid-word) and repeat on every page; the signature and date line is
at the foot of every page.
"""
from __future__ import annotations

from datetime import datetime
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import SEXES
from controllers.paper.pages import Paper
from controllers.paper.pdf import write_papers_pdf
from controllers.runtime.actions import SignedInUser, action
from controllers.runtime.unit_of_work import read_session
from models.accounts.permissions import Permission
from models.communities.knock_list import Door, KnockList, Resident, knock_list
from models.db.database import Database
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "KnockList"
OUTCOME_BOXES = (QT_TRANSLATE_NOOP("KnockList", "Screened"),
                 QT_TRANSLATE_NOOP("KnockList", "Nobody home"),
                 QT_TRANSLATE_NOOP("KnockList", "Refused"),
                 QT_TRANSLATE_NOOP("KnockList", "Moved out / vacant"))
LAST_OUTCOMES = {"nobody_home": QT_TRANSLATE_NOOP("KnockList", "nobody home"),
                 "refused": QT_TRANSLATE_NOOP("KnockList", "refused")}
COLUMNS = ((QT_TRANSLATE_NOOP("KnockList", "Member"), 24),
           (QT_TRANSLATE_NOOP("KnockList", "Sex"), 11),
           (QT_TRANSLATE_NOOP("KnockList", "Age"), 7),
           (QT_TRANSLATE_NOOP("KnockList", "Temperature °C"), 16),
           (QT_TRANSLATE_NOOP("KnockList", "Symptoms"), 17),
           (QT_TRANSLATE_NOOP("KnockList", "Notes"), 25))
BOX = "☐"
SHADE = "#f0f0f0"
BLANK = "&nbsp;"


def translated(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


translate = QCoreApplication.translate


@action(Permission.VIEW)
def load_knock_list(database: Database, user: SignedInUser, community_id: int,
                    now: datetime | None = None) -> KnockList:
    """The community's open doors in walking order: building, unit, door."""
    with read_session(database) as session:
        return knock_list(session, community_id, now or datetime.now())


def knock_list_title(sheet: KnockList) -> str:
    return translate("KnockList", "Knock list: %1").replace("%1", sheet.community)


def _header(sheet: KnockList) -> list[str]:
    heading = (translate("KnockList", "%1 · %2 · printed %3 · %4 open doors")
               .replace("%1", sheet.station).replace("%2", sheet.code)
               .replace("%3", sheet.printed_at.strftime("%Y-%m-%d %H:%M"))
               .replace("%4", str(len(sheet.doors))))
    groups = "、".join(sheet.work_groups) or translate("KnockList", "none assigned")
    line = "_" * 14
    rows = [(translate("KnockList", "Work group"), groups),
            (translate("KnockList", "Date of the visits"), line),
            (translate("KnockList", "Team members"), line + "  " + line + "  " + line)]
    cells = "".join(f"<tr><td width='22%'><b>{escape(label)}</b></td><td>{escape(value)}</td></tr>"
                    for label, value in rows)
    advice = translate("KnockList", "Write each member's temperature and tick their symptoms; "
                       "tick one outcome per door.")
    parts = [f"<h2>{escape(knock_list_title(sheet))}</h2><p>{escape(heading)}</p>",
             f"<table width='100%' cellspacing='0' cellpadding='3'>{cells}</table>",
             f"<p>{escape(advice)}</p>"]
    if sheet.persons_to_find:
        wanted = translate("KnockList", "%1 persons named on contact-tracing lists are to be "
                           "found: ask for them at their door, screen them or note where they "
                           "live now.").replace("%1", str(sheet.persons_to_find))
        parts.append(f"<p><b>{escape(wanted)}</b></p>")
    if not sheet.doors:
        nothing = translate("KnockList", "No open doors: every household has an outcome.")
        parts.append(f"<p><b>{escape(nothing)}</b></p>")
    return parts


def _head_row() -> str:
    return "<thead><tr>" + "".join(
        f"<th align='left' width='{width}%' style='font-size:8pt'>{escape(translated(text))}</th>"
        for text, width in COLUMNS) + "</tr></thead>"


def _unbroken(text: str) -> str:
    """Escaped, its spaces unbreakable: a choice wraps to the next line whole."""
    return escape(text).replace(" ", "&nbsp;")


def _door_row(door: Door) -> str:
    """The door's line over its members: the door, its last knock, the outcome to tick, and
    whom to ask for."""
    last = ""
    if door.last_visit_at is not None:
        said = LAST_OUTCOMES.get(door.last_outcome or "")
        last = (translate("KnockList", "last knock %1").replace(
            "%1", door.last_visit_at.strftime("%m-%d %H:%M"))
                + (f" {translated(said)}" if said else ""))
    small = f" <span style='font-size:7pt'>({escape(last)})</span>" if last else ""
    boxes = "&nbsp;&nbsp; ".join(f"{BOX}&nbsp;{_unbroken(translated(text))}"
                                 for text in OUTCOME_BOXES)
    wanted = ""
    if door.to_find:
        wanted = "<br/><b>" + escape(translate("KnockList", "To find: %1").replace(
            "%1", "、".join(door.to_find))) + "</b>"
    return (f"<tr bgcolor='{SHADE}'><td colspan='2'><b>{escape(door.door or door.address)}</b>"
            f"{small}</td><td colspan='4' style='font-size:8pt'>{boxes}{wanted}</td></tr>")


def _member_row(person: Resident | None, wanted: bool) -> str:
    """A member's row: the temperature box is the empty cell, symptoms a yes or a no."""
    if person is None:
        nobody = translate("KnockList", "(none registered)")
        name = f"<i>{escape(nobody)}</i>"
        sex = age = ""
    else:
        name = escape(person.name)
        if person.head:
            head = translate("KnockList", "head")
            name += f" <span style='font-size:7pt'>({escape(head)})</span>"
        if wanted:
            name = f"<b>{name}</b>"
        sex = SEXES.word(person.sex) if person.sex else ""
        age = "" if person.age is None else str(person.age)
    yes, no = translate("KnockList", "yes"), translate("KnockList", "no")
    symptoms = f"{BOX}&nbsp;{_unbroken(yes)}&nbsp;&nbsp; {BOX}&nbsp;{_unbroken(no)}"
    return (f"<tr><td>{name}</td><td>{escape(sex)}</td><td align='right'>{escape(age)}</td>"
            f"<td>{BLANK}</td><td style='font-size:8pt'>{symptoms}</td><td>{BLANK}</td></tr>")


def _door_rows(door: Door) -> list[str]:
    """The door's line, then a row per registered member (one blank row when none is)."""
    people: list[Resident | None] = list(door.residents) or [None]
    return [_door_row(door)] + [
        _member_row(person, person is not None and person.name in door.to_find)
        for person in people]


def signature_line() -> str:
    """At the foot of every page: the pages of a long list get parted between teams."""
    line = "_" * 14
    return "    ".join(f"{translated(text)} {line}" for text in (
        QT_TRANSLATE_NOOP("KnockList", "Team leader's signature:"),
        QT_TRANSLATE_NOOP("KnockList", "Checked by:"),
        QT_TRANSLATE_NOOP("KnockList", "Date:")))


def knock_list_html(sheet: KnockList) -> str:
    """The list as HTML for QTextDocument (its subset of CSS: tables, borders, widths)."""
    parts = _header(sheet)
    for (building, unit), doors in sheet.by_building_and_unit():
        parts.append(f"<h3>{escape(place_heading(building, unit))}</h3>")
        parts.append('<table width="100%" border="1" cellspacing="0" cellpadding="3">')
        parts.append(_head_row())
        for door in doors:
            parts += _door_rows(door)
        parts.append("</table>")
    return "<html><body>" + "".join(parts) + "</body></html>"


def place_heading(building: str, unit: str) -> str:
    """"Building 3, unit 2"; registers that already write 3栋 / 2单元 are printed as written."""
    if building.isdigit() and (unit.isdigit() or not unit):
        return (translate("KnockList", "Building %1, unit %2").replace("%1", building)
                .replace("%2", unit or "—"))
    return " ".join(part for part in (building, unit) if part) or "—"


def knock_list_paper(sheet: KnockList) -> Paper:
    return Paper(knock_list_html(sheet), knock_list_title(sheet), foot=signature_line())


@action(Permission.VIEW)
def print_knock_list(database: Database, user: SignedInUser, community_id: int, out: Path,
                     now: datetime | None = None) -> tuple[KnockList, int]:
    """Write the community's knock list as an A4 PDF; returns the sheet and its page count."""
    sheet = load_knock_list(database, user, community_id, now)
    return sheet, write_papers_pdf([knock_list_paper(sheet)], out)
