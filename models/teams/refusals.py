"""Why a roster, health-check, stock or minimums change was refused: the roster's codes are
translated by ui/kit/refusals/teams.py, the minimums' by ui/kit/error_text.py."""
from __future__ import annotations

from models.errors import Refusal


class TeamRefusal(Refusal):
    TEMPERATURE_OUT_OF_RANGE = "temperature_out_of_range"   # low, high: °C
    TEMPERATURE_NOT_A_NUMBER = "temperature_not_a_number"
    SHIFT_OVERLAP = "shift_overlap"
    SHIFT_ENDS_BEFORE_START = "shift_ends_before_start"
    SHIFT_TOO_LONG = "shift_too_long"                       # hours
    NOT_A_MEMBER = "not_a_member"
    ALREADY_MEMBER = "already_member"
    TWO_LEADERS = "two_leaders"
    NO_LEADER = "no_leader"
    REPLACEMENT_UNWELL = "replacement_unwell"
    REPLACEMENT_UNCHECKED = "replacement_unchecked"
    NOT_STOOD_DOWN = "not_stood_down"
    NEGATIVE_STOCK = "negative_stock"
    ZERO_MOVEMENT = "zero_movement"
    ROSTER_CHANGED = "roster_changed"                       # another workstation changed it first
    LEFT_BEFORE_JOINING = "left_before_joining"             # joined: the day they joined
    SAME_TEAM = "move_same_team"
    TEAM_RETIRED = "team_retired"                           # team
    RESPONDER_RETIRED = "responder_retired"                 # name
    LODGING_FULL = "lodging_full"                           # lodging, rooms
    LODGING_RETIRED = "lodging_retired"                     # lodging
    PLAN_DAYS = "plan_days"                                 # most
    PLAN_EMPTY = "plan_empty"
    PLAN_LEADER_OFF_SHIFT = "plan_leader_off_shift"         # name
    PLAN_OVERLAP = "plan_overlap"                           # name, team, starts, ends


class MinimumsRefusal(Refusal):
    """The district's team minimums (models/teams/minimums.py)."""
    RANGE = "minimum_range"                                 # low, high
    LEADER = "minimum_leader"
    UNKNOWN = "minimum_unknown"
