"""What each role may do. The one table every controller action is checked against."""
from __future__ import annotations

from enum import StrEnum

from models.accounts.refusals import AccountRefusal
from models.enums import UserRole
from models.errors import CanvassError


class Permission(StrEnum):
    VIEW = "view"                                  # read lists, dashboards, records
    EDIT_REGISTER = "edit_register"                # households and persons
    RECORD_VISITS = "record_visits"                # door-knock visits and screenings
    RECORD_TEMPERATURES = "record_temperatures"    # responders' daily checks
    MANAGE_CASES = "manage_cases"                  # open cases, move status and category
    DISPATCH_TRANSFERS = "dispatch_transfers"
    ACKNOWLEDGE_ALERTS = "acknowledge_alerts"      # an overdue trip or disinfection: "seen, on it"
    MANAGE_TEAMS = "manage_teams"                  # rosters, shifts, vehicles, supplies
    IMPORT_REGISTER = "import_register"
    EXPORT_DATA = "export_data"
    SEE_FULL_IDENTIFIERS = "see_full_identifiers"  # unmasked resident IDs and phones
    VIEW_AUDIT_LOG = "view_audit_log"
    MANAGE_USERS = "manage_users"
    SET_UP_DISTRICT = "set_up_district"            # the district workbook: master data in bulk
    RUN_CAMPAIGNS = "run_campaigns"                # declare a sweep campaign, issue its orders


ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.COMMANDER: frozenset(Permission),
    UserRole.DISPATCHER: frozenset({
        Permission.VIEW, Permission.MANAGE_CASES, Permission.DISPATCH_TRANSFERS,
        Permission.ACKNOWLEDGE_ALERTS, Permission.EXPORT_DATA}),
    UserRole.CLERK: frozenset({
        Permission.VIEW, Permission.EDIT_REGISTER, Permission.RECORD_VISITS,
        Permission.RECORD_TEMPERATURES, Permission.IMPORT_REGISTER}),
    UserRole.VIEWER: frozenset({Permission.VIEW}),
    UserRole.ADMIN: frozenset({Permission.VIEW, Permission.MANAGE_USERS, Permission.VIEW_AUDIT_LOG}),
}


class PermissionDenied(CanvassError):
    """The signed-in user's role does not allow this action; nothing was done."""

    def __init__(self, role: UserRole, permission: Permission) -> None:
        super().__init__(f"The role {role.value} may not {permission.value.replace('_', ' ')}",
                         AccountRefusal.PERMISSION_DENIED)
        self.role = role
        self.permission = permission


def may(role: UserRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def require(role: UserRole, permission: Permission) -> None:
    """Raise PermissionDenied unless the role has the permission."""
    if not may(role, permission):
        raise PermissionDenied(role, permission)
