"""Thirty days of door knocking (集中敲门行动), household by household, day by day.

Each community's first sweep starts in the first days (lagging ones a week later) and works
through its buildings in register order. A door nobody answers, or a refusal, is knocked again
one to three days later, up to three more times; a few households are never home (stuck outside
Wuhan over the Spring Festival), and lagging sweeps are unfinished on the last day: these are the
gaps the coverage screens must show. Screened households are re-screened a week or so later.

Every member at home has a temperature taken; a fever opens a case. The case simulation runs
alongside, day by day, so a person admitted to hospital is not found at home by a later visit.
"""
from __future__ import annotations

import math
from collections.abc import Iterator

from models.demo import texts
from models.demo.epidemic import Epidemic
from models.demo.sweep import SWEEP_DAYS, SWEEP_ROUND, SweepGroup, first_day_index, sweep_groups
from models.demo.world import Batch, World

CHUNK = 25_000
VISIT_COLUMNS = ("id", "household_id", "community_id", "team_id", "visited_at", "outcome",
                 "recorded_by_user_id", "note")
RESULT_COLUMNS = ("id", "visit_id", "person_id", "temperature_c", "has_symptoms", "symptoms")
# Temperatures as stored (NUMERIC(3,1)), drawn with the weights a crowd of healthy people shows.
NORMAL = tuple(f"{t / 10:.1f}" for t, weight in zip(range(360, 373), (1, 2, 4, 6, 9, 11, 12, 11,
                                                                     8, 6, 4, 2, 1))
               for _ in range(weight))
FEVER = tuple(f"{t / 10:.1f}" for t, weight in zip(range(373, 396), (8, 8, 9, 9, 9, 8, 8, 7, 6, 6,
                                                                     5, 4, 3, 3, 2, 2, 2, 1, 1, 1,
                                                                     1, 1, 1))
              for _ in range(weight))
SCREENED, NOBODY_HOME, REFUSED, MOVED_OUT = "screened", "nobody_home", "refused", "moved_out"
# First knock, later knocks: cumulative chances of screened, nobody home, refused (else moved out).
FIRST_KNOCK = (0.80, 0.93, 0.96)
LATER_KNOCK = (0.78, 0.92, 0.96)
ABSENT = 0.03            # share of members out when the household is screened
# The sweep campaign's knocks (models/demo/sweep.py): screened, nobody home, refused (else moved
# out); a door long empty is vouched for as moved out with the second chance.
SWEEP_KNOCK = (0.88, 0.95, 0.97)
SWEEP_EMPTY_SETTLED = 0.8


def epidemic_curve(days: int) -> list[float]:
    """Relative intensity per day (mean 1): rising to a peak two thirds of the way through."""
    raw = [0.4 + math.sin(math.pi * min(1.0, (d + 1) / (days * 1.32))) for d in range(days)]
    mean = sum(raw) / days
    return [w / mean for w in raw]


def first_sweep(world: World) -> list[list[int]]:
    """The households each day's first knocks reach, as queue entries (see `campaign`)."""
    plan, rng, days = world.plan, world.rng, world.clock.days
    queue: list[list[int]] = [[] for _ in range(days)]
    for community in world.communities:
        lagging = rng.random() < plan.lagging_share
        start = 8 + int(rng.random() * 8) if lagging else int(rng.random() * 3)
        low, high = plan.sweep_days
        duration = low + int(rng.random() * (high - low + 1)) + (8 if lagging else 0)
        n = community.households
        for i in range(n):
            day = start + i * duration // n
            if day >= days:
                break
            queue[day].append((community.first_household + i) << 4)
    return queue


def campaign(world: World, epidemic: Epidemic) -> Iterator[Batch]:
    """Visits and screening results, in chunks, visits always before the results they hold."""
    return Campaign(world, epidemic).rows()


class Campaign:
    """The day loop. A queue entry is household << 4 | round << 2 | attempt: round 0 is the
    first sweep (with up to three revisits), rounds 1.. the re-screenings, round 3 the sweep
    campaign's knocks on its days (which take over from the first sweep's).

    This loop makes three million rows, so it draws one random number per person screened and
    reuses its digits (a fraction of a uniform number is again uniform) for the temperature
    and the rare symptom."""

    def __init__(self, world: World, epidemic: Epidemic) -> None:
        self.world, self.epidemic, self.plan = world, epidemic, world.plan
        self.random = world.rng.random
        self.stamps, self.now = world.clock.stamps, world.clock.now
        self.queue = first_sweep(world)
        self.never_home = bytearray(len(world.household_size) + 1)
        self.is_open = bytearray(b"\x01") * (len(world.household_size) + 1)   # no outcome yet
        self.sweep_day = first_day_index(world.clock.days)
        self.sweep: list[SweepGroup] = []
        self.team_of = [0] + [c.work_group for c in world.communities]
        self.curve = epidemic_curve(world.clock.days)
        self.visits: list[tuple[object, ...]] = []
        self.results: list[tuple[object, ...]] = []
        self.visit_id = self.result_id = 0
        self.fever_rate = world.plan.fever_rate

    def rows(self) -> Iterator[Batch]:
        world, epidemic = self.world, self.epidemic
        for day in range(world.clock.days):
            epidemic.advance(day * 1440 + 480)
            self.report_cases(day)
            self.fever_rate = self.plan.fever_rate * self.curve[day]
            if day == self.sweep_day:
                self.start_sweep(day)
            if self.sweep_day <= day < self.sweep_day + SWEEP_DAYS:
                self.work_sweep(day)
            for entry in self.queue[day]:
                self.knock(day, entry)
                if len(self.visits) >= CHUNK:
                    yield from self.flush()
            self.queue[day] = []
        epidemic.advance(world.clock.now)
        yield from self.flush()

    def start_sweep(self, day: int) -> None:
        """The campaign's first morning: its groups take over from the first sweep's knocks
        still queued (the re-screenings stay)."""
        queue = self.queue
        for later in range(day, len(queue)):
            queue[later] = [entry for entry in queue[later] if (entry >> 2) & 3 != 0]
        self.sweep = sweep_groups(self.world, self.is_open)

    def work_sweep(self, day: int) -> None:
        """A campaign day: each group knocks its open doors one after another from 08:30 until
        its share is settled (knocks planned over the day, later ones into the evening)."""
        is_open, start = self.is_open, day * 1440 + 510
        for group in self.sweep:
            still = [h for h in group.doors if is_open[h]]
            wanted = group.goal(day - self.sweep_day) - (len(group.doors) - len(still))
            if wanted <= 0:
                continue
            spacing = max(1, 540 // (group.knocks_planned(wanted) + 1))
            for i, h in enumerate(still):
                t = start + i * spacing
                if t > self.now or t > start + 690:      # not yet (the build's moment), 20:00
                    break
                self.knock(day, (h << 4) | (SWEEP_ROUND << 2), t)
                wanted -= not is_open[h]
                if wanted <= 0:
                    break

    def flush(self) -> Iterator[Batch]:
        if self.visits:
            yield Batch("visit", VISIT_COLUMNS, self.visits)
        if self.results:
            yield Batch("screening_result", RESULT_COLUMNS, self.results)
        self.visits, self.results = [], []

    def report_cases(self, day: int) -> None:
        """Hospitals and clinics report the patients they had to send home, more at the peak."""
        random, epidemic = self.random, self.epidemic
        expected = (self.plan.reported_cases_per_100k * self.plan.persons / 100_000
                    * self.curve[day] / self.world.clock.days)
        persons = len(self.world.person_age)
        for _ in range(int(expected) + (random() < expected - int(expected))):
            person = 1 + int(random() * persons)
            t = day * 1440 + 480 + int(random() * 720)
            if not epidemic.away_from[person] <= t < epidemic.away_until[person]:
                epidemic.reported(t, person)

    def knock(self, day: int, entry: int, at: int = -1) -> None:
        random, plan = self.random, self.plan
        h, sweep, attempt = entry >> 4, (entry >> 2) & 3, entry & 3
        t = at if at >= 0 else day * 1440 + 510 + int(random() * 540)
        if t > self.now:
            return                     # the last day's knock after the snapshot: not yet done
        r = random()
        if sweep == SWEEP_ROUND:
            outcome = ((MOVED_OUT if r < SWEEP_EMPTY_SETTLED else NOBODY_HOME)
                       if self.never_home[h] else
                       SCREENED if r < SWEEP_KNOCK[0] else NOBODY_HOME if r < SWEEP_KNOCK[1] else
                       REFUSED if r < SWEEP_KNOCK[2] else MOVED_OUT)
        elif sweep == 0:
            if attempt == 0 and r < plan.never_home_share:
                self.never_home[h] = 1
            chances = FIRST_KNOCK if attempt == 0 else LATER_KNOCK
            outcome = (NOBODY_HOME if self.never_home[h] else SCREENED if r < chances[0] else
                       NOBODY_HOME if r < chances[1] else REFUSED if r < chances[2] else MOVED_OUT)
        else:
            outcome = SCREENED if r < 0.93 else NOBODY_HOME
        self.visit_id += 1
        community = self.world.household_community[h - 1]
        notes = texts.VISIT_NOTES[outcome]
        self.visits.append((self.visit_id, h, community, self.team_of[community], self.stamps[t],
                            outcome, None, notes[int((r * 4099.0) % 1.0 * len(notes))]))
        queue, days = self.queue, len(self.queue)
        if outcome != NOBODY_HOME:
            self.is_open[h] = 0
        if sweep == SWEEP_ROUND:             # knocked again the next day while still open
            if outcome == SCREENED:
                self.screen(h, t)
        elif outcome == SCREENED:
            self.screen(h, t)
            if sweep + 1 < plan.rounds:
                low, high = plan.rescreen_gap_days
                later = day + low + int(random() * (high - low + 1))
                if later < days:
                    queue[later].append((h << 4) | ((sweep + 1) << 2))
        elif outcome != MOVED_OUT and sweep == 0 and attempt < 3:
            later = day + 1 + int(random() * 3)
            if later < days:
                queue[later].append((h << 4) | (attempt + 1))

    def screen(self, h: int, t: int) -> None:
        """Temperatures of the members at home (not those away in a facility, a few out)."""
        world = self.world
        away_from, away_until = self.epidemic.away_from, self.epidemic.away_until
        random, append = self.random, self.results.append
        fever_cut = ABSENT + self.fever_rate
        normal_scale = len(NORMAL) / (1.0 - fever_cut)
        result_id, visit_id = self.result_id, self.visit_id
        first = world.household_first_person[h - 1]
        for person in range(first, first + world.household_size[h - 1]):
            if away_from[person] <= t < away_until[person]:
                continue
            r = random()
            if r < ABSENT:
                continue
            result_id += 1
            if r < fever_cut:
                temperature = FEVER[int(random() * len(FEVER))]
                symptoms = "" if random() >= 0.6 else \
                    texts.SYMPTOMS[int(random() * len(texts.SYMPTOMS))]
                self.epidemic.fever_at_door(t, person, visit_id, temperature)
            else:
                temperature = NORMAL[int((r - fever_cut) * normal_scale)]
                symptoms = "" if (r * 65537.0) % 1.0 >= 0.004 else \
                    texts.MILD_SYMPTOMS[int((r * 1031.0) % 1.0 * len(texts.MILD_SYMPTOMS))]
            append((result_id, visit_id, person, temperature, symptoms != "", symptoms))
        self.result_id = result_id
