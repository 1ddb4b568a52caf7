"""Transfer for treatment: a destination with a free bed, the station's next free vehicle and
the crew on shift, and every timestamp of the trip.

The destination is the nearest facility of the kind the category calls for (a severe confirmed
patient to a designated hospital, a mild one to a field hospital, contacts to isolation sites…)
that still has a bed; failing that the next kind, with the reason on the sheet. A vehicle is
dispatched only once it is back and disinfected from its previous trip, so trips of one vehicle
never overlap and at the snapshot at most one holds it. Each trip draws one protective suit per
crew member and one unit of disinfectant.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from models.demo import texts
from models.demo.duty import night_crew
from models.demo.supplies import DISINFECTANT, SUIT, Ledger
from models.demo.world import FacilityPlace, VehiclePlace, World
from models.enums import CaseCategory as Cat
from models.enums import CaseStatus as St
from models.enums import FacilityKind as Kind
from models.enums import TransferStatus as T

if TYPE_CHECKING:
    from models.demo.epidemic import Case, Epidemic

DAY = 1440
# (ordered, dispatched, on scene, picked up, delivered, disinfected, failed); None = not (yet)
Trip = tuple[int, int, int, int | None, int | None, int, int | None]


class Dispatch:
    def __init__(self, world: World, epidemic: Epidemic) -> None:
        self.world, self.epidemic, self.rng = world, epidemic, world.rng
        self.now, self.stamps = world.clock.now, world.clock.stamps
        self.transfers: list[tuple[object, ...]] = []
        self.crew: list[tuple[int, int]] = []
        self.disinfections: list[tuple[object, ...]] = []
        self.ledger = Ledger(world)
        self.last_trip: dict[int, Trip] = {}          # vehicle id → its last trip under way by now
        self.trips: list[tuple[int, int, int, int]] = []   # (transfer, case, community, dispatched)
        self._numbers: dict[int, int] = {}
        self._nearest: dict[int, list[FacilityPlace]] = {}
        self._distance: dict[tuple[int, int], float] = {}
        for community in world.communities:
            for f in world.facilities:
                self._distance[community.id, f.id] = _km(community.latitude, community.longitude, f)
            self._nearest[community.id] = sorted(
                world.facilities, key=lambda f: (self._distance[community.id, f.id], f.id))

    def kinds(self, case: Case) -> tuple[Kind, ...]:
        if case.category == Cat.CONFIRMED:
            return ((Kind.DESIGNATED_HOSPITAL, Kind.FIELD_HOSPITAL) if case.severe
                    else (Kind.FIELD_HOSPITAL, Kind.DESIGNATED_HOSPITAL))
        return {Cat.SUSPECTED: (Kind.DESIGNATED_HOSPITAL, Kind.ISOLATION_SITE, Kind.FEVER_CLINIC),
                Cat.FEVER: (Kind.FEVER_CLINIC, Kind.ISOLATION_SITE),
                Cat.CLOSE_CONTACT: (Kind.ISOLATION_SITE,)}[case.category]

    def destination(self, case: Case) -> tuple[FacilityPlace | None, str]:
        ranked = self._nearest[case.community]
        kinds = self.kinds(case)
        first = next((f for f in ranked if f.kind == kinds[0]), None)
        for kind in kinds:
            for facility in ranked:
                if facility.kind == kind and facility.occupied < facility.beds:
                    override = "" if facility is first or first is None else \
                        f"{first.name}满床，改送{facility.name}"
                    return facility, override
        return None, ""

    def vehicle(self, station: int, t: int) -> VehiclePlace | None:
        best: VehiclePlace | None = None
        for tid in self.world.stations[station - 1].quick_response:
            for vid in self.world.quick_response[tid].vehicles:
                vehicle = self.world.vehicles[vid - 1]
                usable = vehicle.retired_at > t + 240
                if usable and (best is None or vehicle.free_at < best.free_at):
                    best = vehicle
        return best

    def crew_on_duty(self, team_id: int, minute: int) -> list[int]:
        """The crew whose shift covers `minute`, less anyone stood down that shift."""
        team = self.world.quick_response[team_id]
        day, clock = divmod(minute, DAY)
        if 480 <= clock < 1200:
            shift_day, index = day, 1 - night_crew(day)
        else:
            shift_day = day if clock >= 1200 else day - 1
            index = night_crew(shift_day)
        off = self.world.stood_down
        key = self.world.day_key
        crew = [r for r in team.crews[index] if key(r, shift_day) not in off]
        if len(crew) < 3:                            # called in from the crew off shift
            spare = [r for r in team.crews[1 - index] if key(r, shift_day) not in off]
            crew += spare[:3 - len(crew)]
        return crew

    def request(self, t: int, case: Case) -> bool:
        """Order a transfer at minute t; False when no facility has a bed for this case."""
        facility, override = self.destination(case)
        community = self.world.communities[case.community - 1]
        vehicle = self.vehicle(community.station, t)
        if facility is None or vehicle is None:
            return False
        rng, later = self.rng, self.epidemic.later
        if rng.random() < 0.015 and t + 10 <= self.now:   # a mistaken order, withdrawn, reissued
            self._record(case, vehicle, facility, (t, t + later(2, 6)), "调度改派，原指令撤销")
            t += later(3, 9)
        dispatched = max(t + later(3, 15), vehicle.free_at + later(5, 15))
        if rng.random() < 0.92:                     # mostly 5–30 minutes, most often ~17
            response = 5 + int((rng.random() + rng.random()) * 12.5)
        else:
            response = later(30, 60)
        on_scene = dispatched + response
        failed: int | None
        if rng.random() < 0.025 and case.refusals < 2:
            failed = on_scene + later(20, 45)
            picked = delivered = None
            clean = failed + later(30, 50)
        else:
            failed = None
            picked = on_scene + later(10, 30)
            drive = 10 + int(self._distance[case.community, facility.id] * 2.5)
            delivered = picked + later(drive, drive + 20)
            clean = delivered + later(25, 45)
        vehicle.free_at = clean
        trip: Trip = (t, dispatched, on_scene, picked, delivered, clean, failed)
        tid = self._record(case, vehicle, facility, trip, "", override)
        crew = self.crew_on_duty(vehicle.team, dispatched)
        if dispatched <= self.now:
            self.crew.extend((tid, r) for r in crew)
            self.last_trip[vehicle.id] = trip
            self.trips.append((tid, case.id, case.community, dispatched))
            self.ledger.draw(community.station, SUIT, dispatched, len(crew), texts.SUPPLY_SUIT, tid)
        if clean <= self.now:
            self.disinfections.append((len(self.disinfections) + 1, vehicle.id, tid,
                                       self.stamps[clean], True, True,
                                       self.world.responder_names[crew[-1] - 1], None))
            self.ledger.draw(community.station, DISINFECTANT, clean, 1, texts.SUPPLY_DISINFECTANT,
                             tid)
        facility.occupied += 1
        epidemic = self.epidemic
        if failed is not None:
            facility.occupied -= 1
            epidemic.persuasion.failed_transfer[case.id] = tid
            epidemic.at(failed, epidemic.persuasion.refuse_on_scene, case)
            return True
        assert picked is not None and delivered is not None
        epidemic.away_from[case.person] = picked
        epidemic.move(case, picked, St.IN_TRANSIT, texts.IN_TRANSIT)
        if epidemic.move(case, delivered, St.ADMITTED, texts.ADMITTED.format(facility.name)):
            case.facility = facility.id
            epidemic.admitted(delivered, case)
        return True

    def _record(self, case: Case, vehicle: VehiclePlace, facility: FacilityPlace,
                trip: Trip | tuple[int, int], failure: str, override: str = "") -> int:
        """Write the transfer_order row as it stands at the snapshot; returns its id."""
        stamps, now = self.stamps, self.now
        tid = len(self.transfers) + 1
        day = trip[0] // DAY
        self._numbers[day] = self._numbers.get(day, 0) + 1
        number = f"ZY{self.world.clock.compact_date(day)}{self._numbers[day]:04d}"
        origin = self.world.household_address[self.world.person_household[case.person - 1] - 1]
        if len(trip) == 2:                           # ordered, cancelled before it left
            ordered, cancelled = trip
            self.transfers.append((
                tid, number, case.id, vehicle.team, vehicle.id, facility.id, None, origin,
                T.CANCELLED.value, override, failure, stamps[ordered], None, None, None, None, None,
                stamps[cancelled], None, False, stamps[ordered], stamps[cancelled]))
            return tid
        ordered, dispatched, on_scene, picked, delivered, clean, failed = trip

        def seen(minute: int | None) -> str | None:
            return stamps[minute] if minute is not None and minute <= now else None

        steps: list[tuple[int | None, T]] = [(ordered, T.ORDERED), (dispatched, T.DISPATCHED),
                                             (on_scene, T.ON_SCENE)]
        steps += [(failed, T.FAILED)] if failed is not None else \
            [(picked, T.PICKED_UP), (delivered, T.DELIVERED), (clean, T.DISINFECTED)]
        done = [(minute, status) for minute, status in steps
                if minute is not None and minute <= now]
        last_minute, status = done[-1]
        end = failed if failed is not None else clean
        holds = dispatched <= now < end
        self.transfers.append((
            tid, number, case.id, vehicle.team, vehicle.id, facility.id, None, origin, status.value,
            override, texts.FAILED_ON_SCENE if failed is not None else failure, stamps[ordered],
            seen(dispatched), seen(on_scene), seen(picked), seen(delivered),
            seen(clean) if failed is None else None, None, seen(failed), holds,
            stamps[ordered], stamps[last_minute]))
        return tid


def _km(latitude: float, longitude: float, facility: FacilityPlace) -> float:
    dy = (facility.latitude - latitude) * 111.2
    dx = (facility.longitude - longitude) * 111.2 * math.cos(math.radians(latitude))
    return math.hypot(dx, dy)
