"""Thirty days of duty: each responder's morning temperature check and shift.

Work groups knock doors 08:00–18:00 and tracing teams work 08:00–20:00; a quick-response team's
two crews cover the 24 hours, one by day (08–20) and one by night, swapping every week; the team's
leader leads his crew and the other crew's first officer is named on its shifts to lead it, as a
command center plans it (models/teams/crews.py judges every crew on duty). A check at
or above 37.3 °C (or feeling unwell) stands the responder down from that day's shift and keeps
them off duty two or three more days; `world.stood_down` remembers it so no transfer crew
includes them.
"""
from __future__ import annotations

from collections.abc import Iterator

from models.demo import texts
from models.demo.crews import Roster
from models.demo.world import Batch, World
from models.enums import TeamKind

NORMAL = tuple(f"{t / 10:.1f}" for t in range(360, 372))
FEVER = tuple(f"{t / 10:.1f}" for t in range(373, 385))
FEVER_CHANCE = 0.0025
UNWELL_CHANCE = 0.001
CHUNK = 20_000
CHECK_COLUMNS = ("id", "responder_id", "checked_on", "checked_at", "temperature_c", "unwell",
                 "note", "recorded_by_user_id")
SHIFT_COLUMNS = ("id", "team_id", "responder_id", "starts_at", "ends_at", "stood_down_at",
                 "stood_down_reason", "leads")
CREW_LEADERS = (0, 4)   # a quick-response team's positions that lead crew one and crew two


def night_crew(day: int) -> int:
    """Which of a quick-response team's two crews works the night of `day` (the other: the day)."""
    return 1 - (day // 7) % 2


def temperature_checks(world: World, roster: Roster) -> Iterator[Batch]:
    rng, clock = world.rng, world.clock
    random = rng.random
    rows: list[tuple[object, ...]] = []
    reasons = world.stand_downs
    off_until: dict[int, int] = {}
    check_id = 0
    for day in range(clock.days):
        date_text = clock.date_text(day)
        for rid in range(1, len(roster.responders) + 1):
            minute = day * 1440 + 420 + int(random() * 50)
            if minute > clock.now:
                continue                     # the morning check has not happened yet
            r = random()
            unwell = r < UNWELL_CHANCE
            fever = not unwell and r < UNWELL_CHANCE + FEVER_CHANCE and off_until.get(rid, -1) < day
            pool = FEVER if fever else NORMAL
            temperature = pool[int(random() * len(pool))]
            note = texts.UNWELL_NOTES[int(random() * 3)] if unwell else ""
            check_id += 1
            rows.append((check_id, rid, date_text,
                         clock.stamps[minute], temperature, unwell, note, None))
            if (fever or unwell) and off_until.get(rid, -1) < day:
                reasons[world.day_key(rid, day)] = (
                    texts.STAND_DOWN.format(temperature) if fever else texts.STAND_DOWN_UNWELL,
                    minute)
                off_until[rid] = day + 2 + int(random() * 2)
            if off_until.get(rid, -1) >= day:
                world.stood_down.add(world.day_key(rid, day))
            if len(rows) >= CHUNK:
                yield Batch("temperature_check", CHECK_COLUMNS, rows)
                rows = []
    if rows:
        yield Batch("temperature_check", CHECK_COLUMNS, rows)


def duty_shifts(world: World, roster: Roster) -> Iterator[Batch]:
    """One shift a day for everyone, except the days a responder is stood down after the first,
    and the shifts not yet begun at the snapshot (one under way ends after it, as planned)."""
    clock = world.clock
    stamps, now = clock.stamps, clock.now
    reasons = world.stand_downs
    rows: list[tuple[object, ...]] = []
    shift_id = 0
    for tid, members in roster.members_of.items():
        kind = roster.kind_of_team[tid]
        for day in range(clock.days):
            base = day * 1440
            for position, rid in enumerate(members):
                leads = kind == TeamKind.QUICK_RESPONSE and position in CREW_LEADERS
                if kind == TeamKind.QUICK_RESPONSE:
                    night = (position >= 4) == (night_crew(day) == 1)
                    start, end = (base + 1200, base + 1920) if night else (base + 480, base + 1200)
                elif kind == TeamKind.CONTACT_TRACING:
                    start, end = base + 480, base + 1200
                else:
                    start, end = base + 480, base + 1080
                if start > now:
                    continue                 # shifts are written once they have begun
                key = world.day_key(rid, day)
                stood_at, reason = None, ""
                if key in reasons:
                    reason, checked_at = reasons[key]
                    stood_at = stamps[min(max(checked_at + 10, start), now)]
                elif key in world.stood_down:
                    continue
                shift_id += 1
                rows.append((shift_id, tid, rid, stamps[start], stamps[end], stood_at, reason, leads))
            if len(rows) >= CHUNK:
                yield Batch("duty_shift", SHIFT_COLUMNS, rows)
                rows = []
    if rows:
        yield Batch("duty_shift", SHIFT_COLUMNS, rows)
