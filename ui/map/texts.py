"""The map's words: its legend, its hover texts, where a vehicle is."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from controllers.browse import Kind
from models.map.spots import CommunitySpot, FacilitySpot, Place, StationSpot, VehicleSpot
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.formatting import count, percent
from ui.kit.labels import category, label

translate = QCoreApplication.translate
PLACES = {
    Place.STATION: QT_TRANSLATE_NOOP("MapView", "at its station"),
    Place.TO_SCENE: QT_TRANSLATE_NOOP("MapView", "on the way to a scene"),
    Place.SCENE: QT_TRANSLATE_NOOP("MapView", "at the scene"),
    Place.TO_FACILITY: QT_TRANSLATE_NOOP("MapView", "on the way to a facility"),
}


def place_text(place: str) -> str:
    return translate("MapView", PLACES[place])


def coverage_text(spot: CommunitySpot) -> str:
    share = spot.coverage
    return translate("MapView", "no households registered") if share is None else percent(100.0 * share)


def community_tip(spot: CommunitySpot, open_cases: dict[str, int]) -> str:
    lines = [spot.name,
             translate("MapView", "Households with an outcome: %1 of %2 (%3)").replace("%1", count(spot.done))
             .replace("%2", count(spot.households)).replace("%3", coverage_text(spot))]
    cases = [f"{category(key)} {count(n)}" for key, n in open_cases.items() if n]
    lines.append(translate("MapView", "Open cases: %1").replace("%1", " · ".join(cases) if cases else count(0)))
    if not spot.outlined:
        lines.append(translate("MapView", "No outline imported: drawn as a point with its coverage ring"))
    lines.append(translate("MapView", "Click to open the community"))
    return "\n".join(lines)


def facility_tip(spot: FacilitySpot) -> str:
    free = max(spot.beds_total - spot.beds_taken, 0)
    return "\n".join((spot.name, label(Kind.FACILITY_KIND, spot.kind),
                      translate("MapView", "Beds free: %1 of %2").replace("%1", count(free))
                      .replace("%2", count(spot.beds_total)),
                      translate("MapView", "Click to open the facility")))


def beds_text(spot: FacilitySpot) -> str:
    return f"{count(max(spot.beds_total - spot.beds_taken, 0))}/{count(spot.beds_total)}"


def station_tip(spot: StationSpot) -> str:
    return spot.name


def vehicle_tip(spot: VehicleSpot) -> str:
    lines = [spot.plate, label(Kind.VEHICLE_STATUS, spot.status), place_text(spot.place)]
    if spot.transfer_id is not None:
        lines.append(translate("MapView", "Click to open its transfer order"))
    return "\n".join(lines)


def distance_text(metres: float) -> str:
    if metres >= 1000:
        return translate("MapView", "%1 km").replace("%1", f"{metres / 1000:g}")
    return translate("MapView", "%1 m").replace("%1", f"{metres:g}")
