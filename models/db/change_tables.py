"""Which tables the live change feed watches, and the key each reports.

Shared by the migration that installs the PostgreSQL triggers and by the feed's listeners.
"""
from __future__ import annotations

CHANNEL = "canvass_changes"
MAX_IDS_PER_NOTICE = 50   # beyond this a notice says "many rows" (`*`) and views refresh whole

WATCHED_TABLES: dict[str, str] = {
    "district": "id", "police_station": "id", "community": "id", "household": "id",
    "person": "id", "visit": "id", "screening_result": "id", "person_case": "id",
    "case_event": "id", "contact_link": "id", "persuasion_visit": "id", "lodging": "id",
    "responder": "id", "team": "id", "team_member": "id", "team_community": "team_id",
    "duty_shift": "id", "temperature_check": "id", "vehicle": "id", "disinfection": "id",
    "facility": "id", "facility_accepts": "facility_id", "transfer_order": "id",
    "transfer_crew": "transfer_id", "supply_stock": "id", "supply_movement": "id",
    "incident": "id", "app_user": "id", "alert_acknowledgement": "id",
    "sweep_campaign": "id", "sweep_campaign_community": "campaign_id", "supervision_order": "id",
    "community_boundary": "id",
}


def parse_notice(payload: str) -> tuple[str, frozenset[int] | None]:
    """`table|id,id,…` → (table, ids); `table|*` → (table, None) meaning "many rows"."""
    table, _, ids = payload.partition("|")
    if ids == "*" or not ids:
        return table, None
    return table, frozenset(int(part) for part in ids.split(",") if part.isdigit())
