"""Why a door-to-door visit or a community look-up was refused: the codes the coverage screens
translate (ui/communities/labels.py)."""
from __future__ import annotations

from models.errors import Refusal


class CommunityRefusal(Refusal):
    VISIT_HOUSEHOLD_UNKNOWN = "visit_household_unknown"
    TEMPERATURE_IMPLAUSIBLE = "temperature_implausible"   # low, high: °C
    TEMPERATURE_UNREADABLE = "temperature_unreadable"
    VISIT_IN_FUTURE = "visit_in_future"
    VISIT_DUPLICATE = "visit_duplicate"
    VISIT_ALREADY_SAVED = "visit_already_saved"   # the form's key, on a changed entry
    VISIT_PERSON_NOT_MEMBER = "visit_person_not_member"
    VISIT_PERSON_TWICE = "visit_person_twice"
    VISIT_OUTCOME = "visit_outcome"
    VISIT_TEAM_UNKNOWN = "visit_team_unknown"
    VISIT_SCREENINGS_WITHOUT_SCREENING = "visit_screenings_without_screening"
    VISIT_NOTE_TOO_LONG = "visit_note_too_long"           # limit
    VISIT_SYMPTOMS_TOO_LONG = "visit_symptoms_too_long"   # limit
    VISIT_TEMPERATURE_MISSING = "visit_temperature_missing"   # name: the member
    VISIT_MEMBER_UNACCOUNTED = "visit_member_unaccounted"     # name: the member
    VISIT_NOBODY_SCREENED = "visit_nobody_screened"
    PRESENCE_UNKNOWN = "presence_unknown"
    FOUND_TEXT_TOO_LONG = "found_text_too_long"               # limit
    FOUND_ID_REGISTERED = "found_id_registered"               # name, community: who holds it
    FOUND_NO_ID_REASON = "found_no_id_reason"                 # name
    RESIDENCE_UNKNOWN = "residence_unknown"
    RESIDENCE_SINCE_FUTURE = "residence_since_future"
    NEW_DOOR_EMPTY = "new_door_empty"
    NEW_DOOR_LISTED = "new_door_listed"                       # place
    COMMUNITY_UNKNOWN = "community_unknown"
    COMMUNITY_AMBIGUOUS = "community_ambiguous"
