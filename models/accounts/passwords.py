"""Password hashing with scrypt (memory-hard, in the standard library).

Stored as `scrypt$n$r$p$salt$hash` (base64), so the cost can rise later without breaking old
hashes.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

N, R, P = 2 ** 14, 8, 1     # ≈16 MiB and ≈50 ms per hash on this class of machine
KEY_LENGTH = 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=N, r=R, p=P, dklen=KEY_LENGTH,
                         maxmem=64 * 1024 * 1024)
    return f"scrypt${N}${R}${P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    """Constant-time comparison; a malformed stored value never matches."""
    try:
        scheme, n, r, p, salt, key = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(key)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


NO_PASSWORD = "none"  # the one-click first-run administrator of a single-user SQLite file


def password_matches(password: str, stored: str) -> bool:
    """Whether `password` opens an account whose hash is `stored`: the one-click first-run
    administrator's account, which has none, opens with an empty one."""
    return verify_password(password, stored) if stored != NO_PASSWORD else password == ""

# No 0/O, 1/l/I: a temporary password is read out over the phone and typed from a note.
READABLE = "abcdefghjkmnpqrstuvwxyz23456789"


def temporary_password(length: int = 10) -> str:
    """A random password an administrator passes on after a reset (its owner replaces it at the
    next sign-in): ten characters from 31 is about 50 bits, plenty for a password that lives a
    day and sits behind the sign-in lock."""
    return "".join(secrets.choice(READABLE) for _ in range(length))
