"""The sentences for the roster's refusals: what a dispatcher reads instead of an error code."""
from __future__ import annotations

from models.errors import CanvassError, Refusal
from models.teams.refusals import TeamRefusal
from models.translatable import QT_TRANSLATE_NOOP
from ui.kit.error_text import error_text, refusal_sentence

CONTEXT = "TeamErrors"

ROSTER_ERRORS: dict[Refusal, str] = {
    TeamRefusal.TEMPERATURE_OUT_OF_RANGE: QT_TRANSLATE_NOOP("TeamErrors", "A temperature is between {low} and {high} °C. Check the thermometer and type it again; nothing was saved."),
    TeamRefusal.TEMPERATURE_NOT_A_NUMBER: QT_TRANSLATE_NOOP("TeamErrors", "Type the temperature as a number, for example 36.5; nothing was saved."),
    TeamRefusal.SHIFT_OVERLAP: QT_TRANSLATE_NOOP("TeamErrors", "This member already has a shift at that time, with this team or another; nothing was saved."),
    TeamRefusal.SHIFT_ENDS_BEFORE_START: QT_TRANSLATE_NOOP("TeamErrors", "A shift must end after it starts."),
    TeamRefusal.SHIFT_TOO_LONG: QT_TRANSLATE_NOOP("TeamErrors", "A shift lasts at most {hours} hours (a double 24-hour standby). Split a longer duty into shifts; nothing was saved."),
    TeamRefusal.NOT_A_MEMBER: QT_TRANSLATE_NOOP("TeamErrors", "Only a member of the team can do that."),
    TeamRefusal.ALREADY_MEMBER: QT_TRANSLATE_NOOP("TeamErrors", "Already a member of this team."),
    TeamRefusal.TWO_LEADERS: QT_TRANSLATE_NOOP("TeamErrors", "The team already has a leader. Hand the leadership over instead; a team has exactly one leader."),
    TeamRefusal.NO_LEADER: QT_TRANSLATE_NOOP("TeamErrors", "A quick-response team needs exactly one leader: choose a leader first."),
    TeamRefusal.REPLACEMENT_UNWELL: QT_TRANSLATE_NOOP("TeamErrors", "This member is unwell today and cannot replace anyone; nothing was saved."),
    TeamRefusal.REPLACEMENT_UNCHECKED: QT_TRANSLATE_NOOP("TeamErrors", "Take this member's temperature before they replace anyone."),
    TeamRefusal.NOT_STOOD_DOWN: QT_TRANSLATE_NOOP("TeamErrors", "That shift has not been stood down."),
    TeamRefusal.NEGATIVE_STOCK: QT_TRANSLATE_NOOP("TeamErrors", "Not enough in stock: stock cannot go below zero; nothing was saved."),
    TeamRefusal.ZERO_MOVEMENT: QT_TRANSLATE_NOOP("TeamErrors", "Type a quantity other than zero."),
    TeamRefusal.ROSTER_CHANGED: QT_TRANSLATE_NOOP("TeamErrors", "Someone else changed this team's roster meanwhile. It has been reloaded: check it and do it again if it is still needed; nothing was saved."),
    TeamRefusal.LEFT_BEFORE_JOINING: QT_TRANSLATE_NOOP("TeamErrors", "This member joined on {joined}: the leaving day cannot be earlier."),
    TeamRefusal.SAME_TEAM: QT_TRANSLATE_NOOP("TeamErrors", "Choose another team to move the member to."),
    TeamRefusal.TEAM_RETIRED: QT_TRANSLATE_NOOP("TeamErrors", "{team} is retired: nobody can join it or go on duty with it."),
    TeamRefusal.RESPONDER_RETIRED: QT_TRANSLATE_NOOP("TeamErrors", "{name} is retired and cannot join a team."),
    TeamRefusal.LODGING_FULL: QT_TRANSLATE_NOOP("TeamErrors", "{lodging} has no free room (it has {rooms}, one to a room): choose another lodging."),
    TeamRefusal.LODGING_RETIRED: QT_TRANSLATE_NOOP("TeamErrors", "{lodging} is closed: choose another lodging."),
    TeamRefusal.PLAN_DAYS: QT_TRANSLATE_NOOP("TeamErrors", "Plan 1 to {most} days at a time."),
    TeamRefusal.PLAN_EMPTY: QT_TRANSLATE_NOOP("TeamErrors", "Put at least one member on a shift."),
    TeamRefusal.PLAN_LEADER_OFF_SHIFT: QT_TRANSLATE_NOOP("TeamErrors", "{name} is to lead a shift they are not on: put them on it or choose another leader."),
    TeamRefusal.PLAN_OVERLAP: QT_TRANSLATE_NOOP("TeamErrors", "{name} is already on duty with {team} from {starts} to {ends}. Change the plan; nothing was saved."),
}


def roster_error_text(error: CanvassError) -> str:
    return refusal_sentence(CONTEXT, ROSTER_ERRORS, error) or error_text(error)
