"""What the order window says, as text from an OrderRecord: the timeline's rows, the figures at
the top (response, the trip so far, the step awaited and whether it is overdue), the case and
the trip. Kept apart from the widgets so each sentence is easy to find and to test.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from controllers.browse import Kind
from controllers.browse.system_text import render
from controllers.browse.words import SUPPLY_ITEMS
from controllers.transfers.order import OrderRecord, TimelineStep
from controllers.transfers.words import kind_text as facility_kind_text
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.formatting import duration, moment
from ui.kit.labels import case_status, category, label, transfer_status
from ui.kit.role_labels import role_text
from ui.transfers.incident_dialog import kind_text as incident_kind_text

CONTEXT = "OrderWindow"

# What the time since the step before measures, step by step (the board's columns say the same).
INTERVALS: dict[str, str] = {
    "dispatched": QT_TRANSLATE_NOOP("OrderWindow", "Until dispatched"),
    "on_scene": QT_TRANSLATE_NOOP("OrderWindow", "Response"),
    "picked_up": QT_TRANSLATE_NOOP("OrderWindow", "At the scene"),
    "delivered": QT_TRANSLATE_NOOP("OrderWindow", "Driving"),
    "disinfected": QT_TRANSLATE_NOOP("OrderWindow", "Until disinfected"),
    "cancelled": QT_TRANSLATE_NOOP("OrderWindow", "Since the step before"),
    "failed": QT_TRANSLATE_NOOP("OrderWindow", "Since the step before"),
}


translate = QCoreApplication.translate


def filled(text: str, *values: str) -> str:
    """`text` with %1, %2 … replaced by `values` (Qt's arg(), which PySide's str lacks)."""
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", value)
    return text


def span(value: timedelta) -> str:
    """How long, to the minute up to a day ("1 h 35 min"): a dispatch record is read in minutes,
    and the board's limits are minutes (ui/kit/formatting.py's duration() rounds to hours)."""
    whole = max(0, int(value.total_seconds() // 60))
    if whole < 60 or whole >= 24 * 60:
        return duration(value)
    hours, rest = divmod(whole, 60)
    if not rest:
        return duration(value)
    return filled(translate("OrderWindow", "%1 h %2 min"), str(hours), str(rest))


def interval_text(step: str) -> str:
    return translate(CONTEXT, INTERVALS[step]) if step in INTERVALS else ""


def note_text(step: TimelineStep) -> str:
    if not step.note:
        return ""
    if step.step == "disinfected":
        return filled(translate("OrderWindow", "Inside and out, by %1"), step.note)
    if step.step == "ordered":
        return filled(translate("OrderWindow", "Not the proposal: %1"), render(step.note))
    return render(step.note)


@dataclass(frozen=True)
class TimelineRow:
    cells: tuple[str, ...]     # step, time, interval, took, recorded by, remarks
    awaited: bool = False      # the step not yet taken
    overdue: bool = False      # …and past its limit


def _waited(so_far: timedelta, limit: timedelta | None) -> tuple[str, bool]:
    """"12 min so far", or with how far over the limit; and whether it is over."""
    if limit is not None and so_far > limit:
        return filled(translate("OrderWindow", "%1 so far, %2 over the limit"), span(so_far),
                      span(so_far - limit)), True
    return filled(translate("OrderWindow", "%1 so far"), span(so_far)), False


def timeline_rows(record: OrderRecord, now: datetime) -> list[TimelineRow]:
    """Each step taken, then the one awaited with the time it has taken so far."""
    rows = [TimelineRow((transfer_status(s.step), moment(s.at), interval_text(s.step),
                         span(s.took) if s.took is not None else "", s.recorded_by,
                         note_text(s))) for s in record.timeline]
    waiting = record.awaited
    if waiting is not None:
        took, over = _waited(now - waiting.since, waiting.limit)
        step = filled(translate("OrderWindow", "Awaiting: %1"), transfer_status(waiting.step))
        rows.append(TimelineRow((step, "—", interval_text(waiting.step), took, "", ""),
                                awaited=True, overdue=over))
    return rows


@dataclass(frozen=True)
class Figure:
    title: str
    value: str
    caption: str
    alarming: bool = False


def _trip(record: OrderRecord, now: datetime) -> Figure:
    at = {step.step: step.at for step in record.timeline}
    title = translate("OrderWindow", "Whole trip")
    if "ordered" not in at:
        return Figure(title, "—", "")
    for step, caption in (("delivered", translate("OrderWindow", "ordered → delivered")),
                          ("failed", translate("OrderWindow", "ordered → refused")),
                          ("cancelled", translate("OrderWindow", "ordered → cancelled"))):
        if step in at:
            return Figure(title, span(at[step] - at["ordered"]), caption)
    return Figure(title, span(now - at["ordered"]),
                  translate("OrderWindow", "since ordered, under way"))


def figures(record: OrderRecord, now: datetime) -> list[Figure]:
    """Four figures a dispatcher looks for first: response, the whole trip, where it stands now,
    suits drawn."""
    response = record.response_minutes
    first = Figure(translate("OrderWindow", "Response"),
                   span(timedelta(minutes=response)) if response is not None else "—",
                   translate("OrderWindow", "on scene − dispatched"))
    waiting = record.awaited
    if waiting is None:
        stands = Figure(translate("OrderWindow", "Now"), transfer_status(record.status),
                        translate("OrderWindow", "nothing awaited"))
    else:
        so_far = now - waiting.since
        over = waiting.limit is not None and so_far > waiting.limit
        caption = translate("OrderWindow", "awaiting %1, over the limit") if over \
            else translate("OrderWindow", "awaiting %1")
        stands = Figure(translate("OrderWindow", "Now"), span(so_far),
                        filled(caption, transfer_status(waiting.step)), over)
    drawn = sum(use.quantity for use in record.supplies if use.item == "protective_suit")
    suits = Figure(translate("OrderWindow", "Suits drawn"), str(drawn),
                   filled(translate("OrderWindow", "crew of %1"), str(len(record.crew))))
    return [first, _trip(record, now), stands, suits]


def heading(record: OrderRecord) -> str:
    return filled(translate("OrderWindow", "Transfer %1 · %2"), record.number, record.person)


def subheading(record: OrderRecord) -> str:
    state = transfer_status(record.status)
    if record.awaited is not None and record.awaited.step == "disinfected":
        state = filled(translate("OrderWindow", "%1, vehicle awaiting disinfection"), state)
    return filled(translate("OrderWindow", "%1 · %2 → %3"), state, record.community or "—",
                  record.facility or "—")


def person_text(record: OrderRecord) -> str:
    parts = [record.person, label(Kind.SEX, record.sex) if record.sex else ""]
    if record.age is not None:
        parts.append(filled(translate("OrderWindow", "%1 years"), str(record.age)))
    return " · ".join(part for part in parts if part)


def case_fields(record: OrderRecord) -> list[tuple[str, str]]:
    where = " · ".join(part for part in (record.community, record.station) if part)
    return [(translate("OrderWindow", "Patient"), person_text(record)),
            (translate("OrderWindow", "Resident ID"), record.resident_id or "—"),
            (translate("OrderWindow", "Phone"), record.phone or "—"),
            (translate("OrderWindow", "Category"),
             filled(translate("OrderWindow", "%1 (case: %2)"), category(record.category),
                    case_status(record.case_status))),
            (translate("OrderWindow", "Community"), where or "—"),
            (translate("OrderWindow", "Pick-up address"), record.origin or "—")]


def trip_fields(record: OrderRecord) -> list[tuple[str, str]]:
    facility = record.facility
    if record.facility_kind:
        facility += " · " + facility_kind_text(record.facility_kind)
    fields = [(translate("OrderWindow", "Destination"), facility or "—"),
              (translate("OrderWindow", "Team"), record.team or "—"),
              (translate("OrderWindow", "Vehicle"), record.vehicle or "—"),
              (translate("OrderWindow", "Dispatcher"), record.dispatcher or "—")]
    if record.failure_reason:
        fields.append((translate("OrderWindow", "Reason"), render(record.failure_reason)))
    return fields


def crew_rows(record: OrderRecord) -> list[list[str]]:
    return [[seat.name, filled(translate("OrderWindow", "%1 · leader"), role_text(seat.role))
             if seat.leader else role_text(seat.role), seat.phone] for seat in record.crew]


def supply_rows(record: OrderRecord) -> list[list[str]]:
    return [[SUPPLY_ITEMS.word(use.item), str(use.quantity), use.station, moment(use.at)]
            for use in record.supplies]


def incident_rows(record: OrderRecord) -> list[list[str]]:
    return [[moment(i.occurred_at), incident_kind_text(i.kind), i.description, i.handled_by,
             moment(i.closed_at) if i.closed_at else translate("OrderWindow", "Open"),
             i.resolution] for i in record.incidents]
