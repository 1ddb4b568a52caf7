"""The transfer sheet's page: an official form in QTextDocument's HTML subset.

One bordered table with numbered sections (patient, condition, transfer, times), the sheet
number with its QR code at the top right so the receiving desk can scan it (drawn as vectors:
controllers/paper/qr.py), and three signature
boxes at the bottom: the sending officer, the receiving facility, the patient or family. A batch
is the same page repeated, each sheet starting a new page.
"""
from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication

from controllers.browse.words import CATEGORIES, FACILITY_KINDS, ROLES, SEXES
from controllers.browse.words import TRANSFER_STATUSES as STATUSES
from controllers.paper.qr import qr_img
from models.transfers.sheet import CrewMember, TransferSheet
from models.translatable import QT_TRANSLATE_NOOP

CONTEXT = "TransferSheet"
STEP_LABELS = (
    ("ordered", QT_TRANSLATE_NOOP("TransferSheet", "Ordered at")),
    ("dispatched", QT_TRANSLATE_NOOP("TransferSheet", "Dispatched at")),
    ("on_scene", QT_TRANSLATE_NOOP("TransferSheet", "On scene at")),
    ("picked_up", QT_TRANSLATE_NOOP("TransferSheet", "Picked up at")),
    ("delivered", QT_TRANSLATE_NOOP("TransferSheet", "Delivered at")),
    ("disinfected", QT_TRANSLATE_NOOP("TransferSheet", "Disinfected at")),
)
SIGNATURES = (QT_TRANSLATE_NOOP("TransferSheet", "Sending officer"),
              QT_TRANSLATE_NOOP("TransferSheet", "Receiving facility"),
              QT_TRANSLATE_NOOP("TransferSheet", "Patient or family"))
LABELS = {
    "patient": QT_TRANSLATE_NOOP("TransferSheet", "1. Patient"),
    "name": QT_TRANSLATE_NOOP("TransferSheet", "Name"),
    "sex": QT_TRANSLATE_NOOP("TransferSheet", "Sex"),
    "age": QT_TRANSLATE_NOOP("TransferSheet", "Age"),
    "resident_id": QT_TRANSLATE_NOOP("TransferSheet", "Resident ID"),
    "phone": QT_TRANSLATE_NOOP("TransferSheet", "Phone"),
    "community": QT_TRANSLATE_NOOP("TransferSheet", "Community"),
    "address": QT_TRANSLATE_NOOP("TransferSheet", "Address"),
    "condition": QT_TRANSLATE_NOOP("TransferSheet", "2. Condition"),
    "category": QT_TRANSLATE_NOOP("TransferSheet", "Category"),
    "latest_temperature": QT_TRANSLATE_NOOP("TransferSheet", "Temperature"),
    "symptoms": QT_TRANSLATE_NOOP("TransferSheet", "Symptoms"),
    "transfer": QT_TRANSLATE_NOOP("TransferSheet", "3. Transfer"),
    "origin": QT_TRANSLATE_NOOP("TransferSheet", "Origin"),
    "destination": QT_TRANSLATE_NOOP("TransferSheet", "Destination"),
    "team": QT_TRANSLATE_NOOP("TransferSheet", "Team"),
    "vehicle_plate": QT_TRANSLATE_NOOP("TransferSheet", "Vehicle plate"),
    "crew": QT_TRANSLATE_NOOP("TransferSheet", "Crew"),
    "dispatcher": QT_TRANSLATE_NOOP("TransferSheet", "Dispatcher"),
    "status": QT_TRANSLATE_NOOP("TransferSheet", "Status"),
    "override_reason": QT_TRANSLATE_NOOP("TransferSheet", "Override reason"),
    "failure_reason": QT_TRANSLATE_NOOP("TransferSheet", "Failure reason"),
    "times": QT_TRANSLATE_NOOP("TransferSheet", "4. Times"),
    "cancelled": QT_TRANSLATE_NOOP("TransferSheet", "Cancelled"),
    "failed": QT_TRANSLATE_NOOP("TransferSheet", "Failed"),
    "response_time": QT_TRANSLATE_NOOP("TransferSheet", "Response time"),
}
SHADE = "#d9d9d9"
QR_SIZE = 84     # document units: 29 modules of about 1 mm, scanned at 150 dpi and up
LABEL_SHADE = "#f2f2f2"


translate = QCoreApplication.translate


def translated(text: str) -> str:
    """A source text marked with QT_TRANSLATE_NOOP, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


def sheet_title(sheet: TransferSheet) -> str:
    return translate("TransferSheet", "Transfer sheet %1").replace("%1", sheet.number)


def at(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else "—"


def _label(text: str) -> str:
    return (f"<td width='19%' bgcolor='{LABEL_SHADE}' style='font-weight:bold'>"
            f"{escape(translated(LABELS.get(text, text)))}</td>")


def _cell(value: str, span: int = 1) -> str:
    spanned = f" colspan='{span}'" if span > 1 else ""
    width = "" if span > 1 else " width='31%'"
    return f"<td{spanned}{width}>{escape(value) if value else '—'}</td>"


def _pair_row(left: tuple[str, str], right: tuple[str, str] | None = None) -> str:
    if right is None:
        return f"<tr>{_label(left[0])}{_cell(left[1], 3)}</tr>"
    return f"<tr>{_label(left[0])}{_cell(left[1])}{_label(right[0])}{_cell(right[1])}</tr>"


def _section(text: str) -> str:
    return (f"<tr><td colspan='4' bgcolor='{SHADE}' style='font-weight:bold; font-size:11pt'>"
            f"{escape(translated(LABELS.get(text, text)))}</td></tr>")


def _header(sheet: TransferSheet, first: bool) -> str:
    brk = "" if first else " style='page-break-before:always'"
    place = " · ".join(part for part in (sheet.district, sheet.station) if part)
    authority = translate("TransferSheet", "Epidemic command center")
    number = translate("TransferSheet", "No. %1").replace("%1", sheet.number)
    printed = translate("TransferSheet", "Printed %1").replace("%1", at(sheet.printed_at))
    title = translate("TransferSheet", "Transfer sheet")
    subtitle = translate("TransferSheet", "Transfer for treatment")
    return (
        f"<table width='100%' cellspacing='0' cellpadding='2'{brk}><tr>"
        f"<td width='30%' valign='bottom' style='font-size:9pt'>{escape(place)}<br/>"
        f"{escape(authority)}<br/>{escape(printed)}</td>"
        f"<td width='40%' align='center' valign='middle'>"
        f"<span style='font-size:24pt; font-weight:bold; white-space:nowrap'>{escape(title)}</span>"
        f"<br/><span style='font-size:10pt'>{escape(subtitle)}</span></td>"
        f"<td width='30%' align='right' valign='top'>{qr_img(sheet.number, QR_SIZE)}<br/><span style='font-size:10pt; font-weight:bold; "
        f"white-space:nowrap'>{escape(number)}</span></td></tr></table>")


def _person(sheet: TransferSheet) -> list[str]:
    sex = SEXES.word(sheet.sex)
    age = "" if sheet.age is None else str(sheet.age)
    community = sheet.community + (f"（{sheet.station}）" if sheet.station else "")
    return [_section("patient"),
            _pair_row(("name", sheet.person), ("sex", sex)),
            _pair_row(("age", age), ("resident_id", sheet.resident_id)),
            _pair_row(("phone", sheet.phone), ("community", community)),
            _pair_row(("address", sheet.address))]


def _condition(sheet: TransferSheet) -> list[str]:
    category = CATEGORIES.word(sheet.category)
    temperature = ""
    if sheet.temperature is not None:
        temperature = f"{sheet.temperature} °C"
    if sheet.screened_at is not None:
        temperature = (temperature + " " if temperature else "") + f"({at(sheet.screened_at)})"
    symptoms = sheet.symptoms
    if symptoms == "+":
        symptoms = translate("TransferSheet", "Has symptoms")
    return [_section("condition"),
            _pair_row(("category", category), ("latest_temperature", temperature)),
            _pair_row(("symptoms", symptoms or translate("TransferSheet", "None recorded")))]


def _crew_member(member: CrewMember) -> str:
    if member.role not in ROLES.sources:
        return member.name
    return f"{member.name}（{ROLES.word(member.role)}）"


def _transfer(sheet: TransferSheet) -> list[str]:
    kind = FACILITY_KINDS.word(sheet.facility_kind)
    destination = sheet.facility + (f"（{kind}）" if kind else "")
    if sheet.facility_address:
        destination += " " + sheet.facility_address
    crew = "、".join(_crew_member(member) for member in sheet.crew)
    status = STATUSES.word(sheet.status)
    rows = [_section("transfer"),
            _pair_row(("origin", sheet.origin or sheet.address)),
            _pair_row(("destination", destination)),
            _pair_row(("team", sheet.team), ("vehicle_plate", sheet.vehicle)),
            _pair_row(("crew", crew)),
            _pair_row(("dispatcher", sheet.dispatcher), ("status", status))]
    if sheet.override_reason:
        rows.append(_pair_row(("override_reason", sheet.override_reason)))
    if sheet.failure_reason:
        rows.append(_pair_row(("failure_reason", sheet.failure_reason)))
    return rows


def _times(sheet: TransferSheet) -> list[str]:
    rows = [_section("times")]
    steps = list(STEP_LABELS)
    for index in range(0, len(steps), 2):
        (left, left_label), (right, right_label) = steps[index], steps[index + 1]
        rows.append(_pair_row((left_label, at(sheet.times.get(left))),
                              (right_label, at(sheet.times.get(right)))))
    minutes = sheet.response_minutes
    response = ("" if minutes is None
                else translate("TransferSheet", "%1 min").replace("%1", str(minutes)))
    if sheet.times.get("cancelled"):
        rows.append(_pair_row(("response_time", response),
                              ("cancelled", at(sheet.times["cancelled"]))))
    elif sheet.times.get("failed"):
        rows.append(_pair_row(("response_time", response), ("failed", at(sheet.times["failed"]))))
    else:
        rows.append(_pair_row(("response_time", response)))
    return rows


def _signatures() -> str:
    sign = escape(translate("TransferSheet", "Signature:"))
    when = escape(translate("TransferSheet", "Date and time:"))
    cells = "".join(
        f"<td width='33%' valign='top'><b>{escape(translated(text))}</b><br/><br/>"
        f"{sign} ______________<br/><br/>{when} ____________</td>" for text in SIGNATURES)
    return ("<table width='100%' border='1' cellspacing='0' cellpadding='6' "
            f"style='margin-top:14px; border-color:#000000'><tr>{cells}</tr></table>")


def sheet_html(sheet: TransferSheet, first: bool = True) -> str:
    """One sheet's page (without <html>): a batch concatenates them."""
    body = _person(sheet) + _condition(sheet) + _transfer(sheet) + _times(sheet)
    copies = translate("TransferSheet", "In three copies: the sending unit, the receiving "
                       "facility and the patient keep one each.")
    return (_header(sheet, first)
            + "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
              "style='margin-top:8px; border-color:#000000'>" + "".join(body) + "</table>"
            + _signatures()
            + f"<p style='font-size:8pt; margin-top:6px'>{escape(copies)}</p>")


def sheets_html(sheets: list[TransferSheet]) -> str:
    """A batch: one sheet per page, in the order given."""
    if not sheets:
        title = translate("TransferSheet", "Transfer sheet")
        nothing = translate("TransferSheet", "No transfers on this day.")
        return f"<html><body><h2>{escape(title)}</h2><p>{escape(nothing)}</p></body></html>"
    return "<html><body>" + "".join(sheet_html(sheet, index == 0)
                                    for index, sheet in enumerate(sheets)) + "</body></html>"
