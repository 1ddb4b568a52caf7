"""libpq's TLS failures read as Canvass's refusals, and the status bar says TLS only where every
connection is encrypted. The real server's answers are in tests/controllers/test_tls.py; here
the one a test CA cannot stage cheaply (a server without TLS) and how libpq takes its settings
from the environment as well as from the URL."""
from __future__ import annotations

import pytest
from sqlalchemy.engine import make_url

from models.db.database import describe, to_url
from models.db.tls import DEFAULT_ROOT_CERTIFICATE, is_encrypted, tls_refusal
from models.errors import DatabaseRefusal

SERVER = "postgresql+psycopg://clerk:pw@db.office:5432/canvass"
FAILED = 'connection failed: connection to server at "10.0.0.5", port 5432 failed: '


@pytest.fixture(autouse=True)
def no_libpq_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGSSLMODE", "PGSSLROOTCERT"):
        monkeypatch.delenv(name, raising=False)


def test_a_server_without_tls_asked_for_tls_is_not_offered() -> None:
    refused = tls_refusal(make_url(SERVER + "?sslmode=verify-full"),
                          FAILED + "server does not support SSL, but SSL was required", "here")
    assert refused is not None and refused.code == DatabaseRefusal.TLS_NOT_OFFERED


def path_named(url: str, reason: str) -> object:
    refused = tls_refusal(make_url(url), reason, "here")
    assert refused is not None and refused.code == DatabaseRefusal.TLS_NO_AUTHORITY
    return refused.params["path"]


def test_a_missing_ca_file_is_named_from_libpq_or_from_where_libpq_looked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    given = SERVER + "?sslmode=verify-full&sslrootcert=/etc/canvass/ca.crt"
    assert path_named(given, FAILED + 'root certificate file "/etc/canvass/ca.crt" does not exist\n'
                      "Either provide the file …") == "/etc/canvass/ca.crt"
    # A libpq that words it otherwise: the file it was given, else PGSSLROOTCERT, else its default.
    assert path_named(given, "root certificate file …") == "/etc/canvass/ca.crt"
    bare = SERVER + "?sslmode=verify-full"
    assert path_named(bare, "root certificate file …") == DEFAULT_ROOT_CERTIFICATE
    monkeypatch.setenv("PGSSLROOTCERT", "/srv/ca.pem")
    assert path_named(bare, "root certificate file …") == "/srv/ca.pem"


def test_a_pg_hba_refusal_is_about_tls_only_when_no_encryption_was_asked(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # The server answers in its own language: only the file's name is certain.
    answer = FAILED + '致命错误:  没有用于主机 "10.0.0.9", 用户 "clerk", 数据库 "canvass" 的 pg_hba.conf 记录'
    refused = tls_refusal(make_url(SERVER + "?sslmode=disable"), answer, "here")
    assert refused is not None and refused.code == DatabaseRefusal.TLS_REQUIRED
    assert tls_refusal(make_url(SERVER), answer, "here") is None       # encrypted already: not TLS
    monkeypatch.setenv("PGSSLMODE", "disable")
    assert tls_refusal(make_url(SERVER), answer, "here") is not None


def test_other_failures_and_sqlite_are_not_tls() -> None:
    assert tls_refusal(make_url(SERVER), FAILED + "Connection refused", "here") is None
    assert tls_refusal(make_url("sqlite:///x.db"), "certificate verify failed", "here") is None


def test_the_status_bar_says_tls_where_the_sslmode_guarantees_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    verified = to_url("postgresql://clerk:pw@db.office/canvass?sslmode=verify-full&sslrootcert=/ca.crt")
    assert describe(verified) == "PostgreSQL · clerk@db.office:5432/canvass · TLS"
    assert is_encrypted(to_url("postgresql://db.office/canvass?sslmode=require"))
    # libpq's default `prefer` falls back to plain text on a server without TLS.
    assert describe(to_url("postgresql://clerk:pw@db.office/canvass")) \
        == "PostgreSQL · clerk@db.office:5432/canvass"
    monkeypatch.setenv("PGSSLMODE", "verify-ca")
    assert describe(to_url("postgresql://clerk:pw@db.office/canvass")).endswith(" · TLS")
    assert not is_encrypted(to_url("sqlite:///x.db"))
