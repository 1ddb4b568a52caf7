"""Every controller action, walked for every role: the check lives in the controller, so a role
without the permission is refused before anything happens, whatever path it takes."""
from __future__ import annotations

import importlib
import pkgutil

import pytest

import controllers
from controllers.runtime.actions import ACTIONS, SignedInUser
from models.accounts.permissions import Permission, PermissionDenied, may
from models.db.database import Database
from models.enums import UserRole


def load_every_controller() -> None:
    for module in pkgutil.walk_packages(controllers.__path__, "controllers."):
        importlib.import_module(module.name)


load_every_controller()


def test_the_registry_holds_the_actions() -> None:
    names = set(ACTIONS)
    assert "controllers.accounts.users.add_user" in names
    assert "controllers.register.persons.save_person" in names
    assert "controllers.accounts.audit_log.search_audit_log" in names


@pytest.mark.parametrize("role", list(UserRole))
def test_every_action_for_every_role(role: UserRole, database: Database) -> None:
    user = SignedInUser(None, f"{role.value}-user", role.value, role)
    for name, registered in sorted(ACTIONS.items()):
        allowed = may(role, registered.permission)
        try:
            registered.function(database, user=user)
        except PermissionDenied:
            assert not allowed, f"{role} was refused {name} though allowed"
            continue
        except Exception:  # noqa: BLE001 - missing arguments: it got past the check
            pass
        assert allowed, f"{role} got past the check of {name}"


def test_matrix_matches_the_role_descriptions() -> None:
    assert all(may(UserRole.COMMANDER, p) for p in Permission)
    assert not may(UserRole.VIEWER, Permission.EDIT_REGISTER)
    assert [r for r in UserRole if may(r, Permission.SEE_FULL_IDENTIFIERS)] == [UserRole.COMMANDER]
    assert may(UserRole.DISPATCHER, Permission.DISPATCH_TRANSFERS)
    assert may(UserRole.CLERK, Permission.RECORD_VISITS)
    assert not may(UserRole.CLERK, Permission.DISPATCH_TRANSFERS)
    assert may(UserRole.ADMIN, Permission.MANAGE_USERS)
