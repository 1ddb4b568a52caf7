"""Why a PostgreSQL server could not be reached over TLS, as a refusal a person can act on.

A command center's server is reached over TLS (`sslmode=verify-full` and the office's CA in
`sslrootcert`, README "TLS to the PostgreSQL server"). When libpq refuses the connection for a
TLS reason, its message is a driver's line ("SSL error: certificate verify failed", "server
certificate for … does not match host name …") that tells a clerk nothing; each such reason has
its own refusal code instead, worded by the screens and the command line.

The reasons are read from libpq's message, in English: the psycopg wheels ship libpq without
translations, and "certificate verify failed" is OpenSSL's own text. The server's own refusal
("no pg_hba.conf entry … no encryption") comes in the server's language (a Chinese cluster
answers in Chinese), so that one is recognised by the file's name and by the client having
asked for no encryption (`sslmode=disable`), not by the server's words. Anything else stays
DatabaseUnavailable ("the database did not answer") with libpq's detail for the log.
"""
from __future__ import annotations

import os
import re

from sqlalchemy.engine import URL

from models.errors import CanvassError, DatabaseRefusal

# libpq's default when neither sslrootcert nor PGSSLROOTCERT names the CA file.
DEFAULT_ROOT_CERTIFICATE = "~/.postgresql/root.crt"
# What the server encrypts on these modes for certain: the status bar may say TLS.
ENCRYPTED_MODES = frozenset({"require", "verify-ca", "verify-full"})
_MISSING_ROOT = re.compile(r'root certificate file "([^"]+)" does not exist')


class TlsRefused(CanvassError):
    """The server was not reached over TLS as the address asks: nothing was exchanged with it."""

    def __init__(self, message: str, code: DatabaseRefusal, **params: str | int) -> None:
        super().__init__(message, code, **params)


def _parameter(url: URL, name: str, environment: str) -> str | None:
    """A libpq parameter as libpq itself takes it: from the URL, else from its PG… variable."""
    value = url.query.get(name)
    if isinstance(value, tuple):
        value = value[-1] if value else None
    return value or os.environ.get(environment) or None


def ssl_mode(url: URL) -> str:
    """The sslmode libpq connects with (its default `prefer` when none is given)."""
    return _parameter(url, "sslmode", "PGSSLMODE") or "prefer"


def is_encrypted(url: URL) -> bool:
    """True when every connection to `url` is encrypted, or refused: the modes that require TLS."""
    return url.get_backend_name() == "postgresql" and ssl_mode(url) in ENCRYPTED_MODES


def _root_certificate(url: URL, reason: str) -> str:
    named = _MISSING_ROOT.search(reason)
    if named:
        return named.group(1)
    return _parameter(url, "sslrootcert", "PGSSLROOTCERT") or DEFAULT_ROOT_CERTIFICATE


def tls_refusal(url: URL, reason: str, where: str) -> TlsRefused | None:
    """The TLS refusal libpq's `reason` stands for, `where` (the address without its password)
    in its English message; None when the failure was not about TLS."""
    if url.get_backend_name() != "postgresql":
        return None
    if "certificate verify failed" in reason:
        return TlsRefused(f"{where}: the server's certificate could not be verified with the "
                          "certificate authority given (sslrootcert)", DatabaseRefusal.TLS_UNTRUSTED)
    if "does not match host name" in reason:
        host = url.host or "localhost"
        return TlsRefused(f"{where}: the server's certificate is not made out to {host}",
                          DatabaseRefusal.TLS_WRONG_HOST, host=host)
    if "root certificate file" in reason:
        path = _root_certificate(url, reason)
        return TlsRefused(f"{where}: no certificate authority file {path} to check the server with",
                          DatabaseRefusal.TLS_NO_AUTHORITY, path=path)
    if "server does not support SSL" in reason:
        return TlsRefused(f"{where}: the server does not offer TLS, which sslmode requires",
                          DatabaseRefusal.TLS_NOT_OFFERED)
    if "pg_hba.conf" in reason and ssl_mode(url) == "disable":
        return TlsRefused(f"{where}: the server refuses unencrypted connections (sslmode=disable)",
                          DatabaseRefusal.TLS_REQUIRED)
    return None
