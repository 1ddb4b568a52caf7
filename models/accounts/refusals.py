"""Why an account, a sign-in or an action was refused: the codes the sign-in and user screens
translate (ui/kit/error_text.py)."""
from __future__ import annotations

from models.errors import Refusal


class AccountRefusal(Refusal):
    BAD_NAME = "bad_name"                      # limit: the longest user name
    BAD_PASSWORD = "bad_password"              # minimum, maximum: a password's length
    BAD_ROLE = "bad_role"
    NEEDS_PASSWORD = "needs_password"
    HAS_USERS = "has_users"
    TAKEN = "taken"
    SELF_DISABLE = "self_disable"
    SELF_ROLE = "self_role"                    # another administrator changes your role
    SELF_RESET = "self_reset"                  # your own password: change it, old one first
    LAST_COMMANDER = "last_commander"          # the district keeps one active commander
    NO_SUCH_USER = "no_such_user"
    WRONG_CREDENTIALS = "wrong_credentials"
    DEACTIVATED = "deactivated"                # the right password of a deactivated account
    WRONG_PASSWORD = "wrong_password"          # changing your own: the current one was wrong
    SAME_PASSWORD = "same_password"            # the new password is the one you have
    LOCKED = "locked"                          # the sign-in dialog counts the wait down itself
    PERMISSION_DENIED = "permission_denied"
    NOT_COMMANDER = "not_commander"            # only a commander takes a screen off the wall
    SIGN_IN_NEEDED = "sign_in_needed"          # a command nobody signed in to (accounts exist)
    NO_PASSWORD_GIVEN = "no_password_given"    # name: the account a command was to sign in as
    OTHER_LOGIN = "other_login"                # login: the role a role-enforced connection is
    FIRST_ACCOUNT_ROLE = "first_account_role"  # the first account must be able to add the others
