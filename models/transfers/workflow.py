"""The transfer workflow: which steps a transfer order may take next, and under which conditions.

ordered → dispatched → on scene → picked up → delivered → disinfected; cancelled from ordered,
dispatched or on scene; failed (the patient refused) from dispatched or on scene. The table is
the rule: the controllers, the GUI's buttons and the command line all ask it, so a step out of
order or a skipped step is refused the same way everywhere, with the reason. Plain functions,
no session: what a step does to the case, the bed and the vehicle is in models/transfers/steps.py,
what ordering checks and writes in models/transfers/dispatch.py.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from models.enums import TransferStatus, VehicleStatus
from models.errors import CanvassError
from models.transfers.refusals import TransferRefusal

T = TransferStatus
V = VehicleStatus
# A workstation's clock may run a little ahead of the database's; more than this is a typo.
CLOCK_TOLERANCE = timedelta(minutes=5)
REASON_LIMIT = 200


class TransferRefused(CanvassError):
    """A transfer action the rules do not allow; nothing was written. `code` says which rule."""


@dataclass(frozen=True)
class Step:
    """One allowed step. `stamp`: the order's column that records when; `vehicle`: the vehicle's
    status afterwards; `holds_vehicle`: whether the vehicle stays locked to this order (until its
    disinfection is recorded); `needs_reason`: a person must say why."""
    stamp: str
    vehicle: VehicleStatus
    holds_vehicle: bool = True
    needs_reason: bool = False


_TO_DISPATCHED = Step("dispatched_at", V.DISPATCHED)
_TO_ON_SCENE = Step("on_scene_at", V.ON_SCENE)
_TO_PICKED_UP = Step("picked_up_at", V.TRANSPORTING)
_TO_DELIVERED = Step("delivered_at", V.AWAITING_DISINFECTION)
_TO_DISINFECTED = Step("disinfected_at", V.AVAILABLE, holds_vehicle=False)
# Before the crew met the patient the vehicle is clean: it is free at once.
_CANCEL_CLEAN = Step("cancelled_at", V.AVAILABLE, holds_vehicle=False, needs_reason=True)
_FAIL_CLEAN = Step("failed_at", V.AVAILABLE, holds_vehicle=False, needs_reason=True)
# On scene the crew met the patient: the vehicle waits for its disinfection.
_CANCEL_AT_SCENE = Step("cancelled_at", V.AWAITING_DISINFECTION, needs_reason=True)
_FAIL_AT_SCENE = Step("failed_at", V.AWAITING_DISINFECTION, needs_reason=True)

STEPS: dict[TransferStatus, dict[TransferStatus, Step]] = {
    T.ORDERED: {T.DISPATCHED: _TO_DISPATCHED, T.CANCELLED: _CANCEL_CLEAN},
    T.DISPATCHED: {T.ON_SCENE: _TO_ON_SCENE, T.CANCELLED: _CANCEL_CLEAN, T.FAILED: _FAIL_CLEAN},
    T.ON_SCENE: {T.PICKED_UP: _TO_PICKED_UP, T.CANCELLED: _CANCEL_AT_SCENE,
                 T.FAILED: _FAIL_AT_SCENE},
    T.PICKED_UP: {T.DELIVERED: _TO_DELIVERED},
    T.DELIVERED: {T.DISINFECTED: _TO_DISINFECTED},
    T.DISINFECTED: {}, T.CANCELLED: {}, T.FAILED: {},
}

MAIN_ROAD: tuple[TransferStatus, ...] = (
    T.ORDERED, T.DISPATCHED, T.ON_SCENE, T.PICKED_UP, T.DELIVERED, T.DISINFECTED)
FINISHED: frozenset[TransferStatus] = frozenset({T.DISINFECTED, T.CANCELLED, T.FAILED})
# The trip is under way: the order counts as active on the board and for its case.
ACTIVE: frozenset[TransferStatus] = frozenset(
    {T.ORDERED, T.DISPATCHED, T.ON_SCENE, T.PICKED_UP, T.DELIVERED})
# A finished order whose vehicle still waits for disinfection may be in these statuses.
DISINFECTED_FROM: frozenset[TransferStatus] = frozenset({T.DELIVERED, T.CANCELLED, T.FAILED})
STAMPS: tuple[str, ...] = ("ordered_at", "dispatched_at", "on_scene_at", "picked_up_at",
                           "delivered_at", "disinfected_at", "cancelled_at", "failed_at")


def as_step(value: str | TransferStatus) -> TransferStatus:
    """A step from what a form or a command line sent; anything else is refused."""
    try:
        return TransferStatus(value)
    except ValueError:
        raise TransferRefused(f"{value!r} is not a transfer step",
                              TransferRefusal.STEP_UNKNOWN) from None


def next_steps(status: str | TransferStatus) -> list[TransferStatus]:
    """What the dispatcher may do next (the buttons the transfers view enables)."""
    return list(STEPS[TransferStatus(status)])


def main_next(status: str | TransferStatus) -> TransferStatus | None:
    """The next step on the main road, or None once the order left it (finished)."""
    current = TransferStatus(status)
    if current not in MAIN_ROAD or current == T.DISINFECTED:
        return None
    return MAIN_ROAD[MAIN_ROAD.index(current) + 1]


def check_step(status: str | TransferStatus, to: str | TransferStatus) -> Step:
    """The rule for moving an order from `status` to `to`, or TransferRefused saying why."""
    current, target = TransferStatus(status), as_step(to)
    if current in FINISHED:
        raise TransferRefused(f"The transfer is finished ({current.value})",
                              TransferRefusal.FINISHED)
    rule = STEPS[current].get(target)
    if rule is not None:
        return rule
    if target in MAIN_ROAD and current in MAIN_ROAD:
        if MAIN_ROAD.index(target) > MAIN_ROAD.index(current):
            expected = main_next(current)
            raise TransferRefused(
                f"A transfer cannot skip to {target.value}: it is {current.value}, "
                f"next comes {expected.value if expected else '-'}", TransferRefusal.STEP_SKIPPED)
        raise TransferRefused(f"A transfer that is {current.value} cannot go back to "
                              f"{target.value}", TransferRefusal.STEP_BACKWARDS)
    raise TransferRefused(f"A transfer that is {current.value} cannot become {target.value}",
                          TransferRefusal.STEP_ILLEGAL)


def last_stamp(stamps: dict[str, datetime | None]) -> datetime:
    """The latest time recorded on the order: no later step may come before it."""
    return max(value for value in stamps.values() if value is not None)


def check_time(at: datetime, previous: datetime, now: datetime) -> None:
    """A step's time: not in the future, not before the step before it."""
    if at > now + CLOCK_TOLERANCE:
        raise TransferRefused(f"{at:%Y-%m-%d %H:%M} is in the future", TransferRefusal.FUTURE_TIME)
    if at < previous:
        raise TransferRefused(f"{at:%Y-%m-%d %H:%M} is before the previous step "
                              f"({previous:%Y-%m-%d %H:%M})", TransferRefusal.TIME_BEFORE_PREVIOUS)


def clean_text(text: str | None, required: bool,
               code: TransferRefusal = TransferRefusal.REASON_REQUIRED) -> str:
    """Free text (reasons, names): control characters become spaces, at most REASON_LIMIT."""
    cleaned = "".join(" " if ord(ch) < 32 or ord(ch) == 127 else ch for ch in (text or "")).strip()
    if required and not cleaned:
        raise TransferRefused("Say why: this step needs a reason", code)
    if len(cleaned) > REASON_LIMIT:
        raise TransferRefused(f"The text is longer than {REASON_LIMIT} characters",
                              TransferRefusal.REASON_TOO_LONG, limit=REASON_LIMIT)
    return cleaned


@dataclass(frozen=True)
class Trip:
    """Where an order stands, as plain values: what `advance` reads and returns."""
    status: TransferStatus
    stamps: dict[str, datetime | None]
    holds_vehicle: bool
    vehicle: VehicleStatus


def advance(trip: Trip, to: str | TransferStatus, at: datetime, now: datetime) -> Trip:
    """The trip after step `to` at `at`, or TransferRefused (the trip as it was)."""
    target = as_step(to)
    rule = check_step(trip.status, target)
    check_time(at, last_stamp(trip.stamps), now)
    stamps = dict(trip.stamps)
    stamps[rule.stamp] = at
    return Trip(target, stamps, rule.holds_vehicle, rule.vehicle)


def response_minutes(dispatched_at: datetime | None, on_scene_at: datetime | None) -> float | None:
    """Response time = on scene − dispatched, the article's measure of a quick-response team."""
    if dispatched_at is None or on_scene_at is None:
        return None
    return (on_scene_at - dispatched_at).total_seconds() / 60.0


# How long a step may take before the board paints the order red (the article: the team was on
# scene minutes after the order; a patient waiting an hour is a failure someone must chase).
OVERDUE_AFTER: dict[TransferStatus, timedelta] = {
    T.ORDERED: timedelta(minutes=10),       # ordered, the team not yet on its way
    T.DISPATCHED: timedelta(minutes=30),    # on the way, not yet on scene
    T.ON_SCENE: timedelta(minutes=45),      # on scene, the patient not yet in the vehicle
    T.PICKED_UP: timedelta(minutes=90),     # driving, not yet delivered
    T.DELIVERED: timedelta(minutes=60),     # delivered, the vehicle not yet disinfected
}


# The column that says since when an order is in each status.
STATUS_STAMP: dict[TransferStatus, str] = {
    T.ORDERED: "ordered_at", T.DISPATCHED: "dispatched_at", T.ON_SCENE: "on_scene_at",
    T.PICKED_UP: "picked_up_at", T.DELIVERED: "delivered_at", T.DISINFECTED: "disinfected_at",
    T.CANCELLED: "cancelled_at", T.FAILED: "failed_at"}


def overdue_limits() -> list[tuple[TransferStatus, str, timedelta, bool]]:
    """(status, stamp column, limit, only while holding the vehicle) for an SQL filter."""
    limits = [(status, STATUS_STAMP[status], limit, False)
              for status, limit in OVERDUE_AFTER.items()]
    waiting = OVERDUE_AFTER[T.DELIVERED]
    return limits + [(status, STATUS_STAMP[status], waiting, True)
                     for status in (T.CANCELLED, T.FAILED)]


def is_overdue(status: str | TransferStatus, since: datetime, now: datetime,
               holds_vehicle: bool = False) -> bool:
    return overdue_minutes(status, since, now, holds_vehicle) is not None


def overdue_minutes(status: str | TransferStatus, since: datetime, now: datetime,
                    holds_vehicle: bool = False) -> float | None:
    """Minutes beyond the step's limit, or None while in time. A cancelled or failed trip that
    still holds its vehicle waits for disinfection like a delivered one."""
    current = TransferStatus(status)
    if current in (T.CANCELLED, T.FAILED) and holds_vehicle:
        current = T.DELIVERED
    limit = OVERDUE_AFTER.get(current)
    if limit is None:
        return None
    over = (now - since - limit).total_seconds() / 60.0
    return over if over > 0 else None
