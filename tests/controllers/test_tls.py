"""A server reached over TLS, as the README deploys it (issue 20 item 1): its own PostgreSQL
cluster with `ssl=on`, a certificate signed by a test CA and only `hostssl` lines for TCP.

Through Canvass's own opening path a `verify-full` address with the right CA connects, migrates
and is encrypted; a CA that did not sign the certificate, a host name the certificate lacks, a CA
file that is not there and an unencrypted connection are each refused in one sentence of
Canvass's, never libpq's line; the change feed's own LISTEN connection is encrypted too and
carries a write within a second; the command line works the same way and exits 3 in one line."""
from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

import main
from controllers.runtime.change_feed import ChangeFeed, ChangeSet, FeedState
from models.db.database import Database, current_revision, head_revision
from models.db.tls import TlsRefused
from models.errors import DatabaseRefusal
from models.opening import open_database
from tests.support.factories import make_place
from tests.support.postgres_cluster import find_bin
from tests.support.tls_cluster import TlsCluster, have_openssl
from ui.kit.error_text import error_text

PASSWORD = "s3cret-never-shown"


@pytest.fixture(scope="module")
def cluster() -> Iterator[TlsCluster]:
    bin_dir = find_bin()
    if bin_dir is None or not have_openssl():
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries or openssl not found: CI must run the TLS tests")
        pytest.skip("no PostgreSQL binaries (initdb) or no openssl on this machine")
    started = TlsCluster(bin_dir)
    started.start()
    started.create_database("canvass")
    try:
        yield started
    finally:
        started.stop()


@pytest.fixture(scope="module")
def address(cluster: TlsCluster) -> str:
    """The address a workstation is given: verify-full, the office's CA, and a password (the
    test server trusts the host, so libpq never sends it; it must never be shown either)."""
    return cluster.tls_url("canvass", ca=cluster.ca).replace(
        f"//{cluster.superuser}@", f"//{cluster.superuser}:{PASSWORD}@")


@pytest.fixture(scope="module")
def opened(address: str) -> Iterator[Database]:
    """The database, created and migrated over TLS once for the module."""
    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("PGSSLMODE", raising=False)
        patch.delenv("PGSSLROOTCERT", raising=False)
        database = open_database(address)
    try:
        yield database
    finally:
        database.dispose()


def test_verify_full_with_the_right_ca_connects_migrates_and_is_encrypted(
        opened: Database, address: str, caplog: pytest.LogCaptureFixture) -> None:
    assert current_revision(opened.engine) == head_revision()
    with opened.engine.connect() as connection:
        assert connection.execute(text("SHOW ssl")).scalar() == "on"
        assert connection.execute(text(
            "SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")).scalar() is True
    # The status bar says TLS and the address, never the password; nor does the log of a
    # second opening (the first was before this test's log capture).
    assert opened.description.endswith(" · TLS") and PASSWORD not in opened.description
    with caplog.at_level(logging.DEBUG):
        open_database(address).dispose()
    assert "opened PostgreSQL" in caplog.text and PASSWORD not in caplog.text


REFUSED = [
    pytest.param({"ca": "stranger"}, DatabaseRefusal.TLS_UNTRUSTED,
                 "certificate could not be verified", id="a CA that did not sign it"),
    pytest.param({"host": "db.example.invalid", "hostaddr": "127.0.0.1"},
                 DatabaseRefusal.TLS_WRONG_HOST, "not made out to db.example.invalid",
                 id="a name the certificate lacks"),
    pytest.param({"ca": "missing"}, DatabaseRefusal.TLS_NO_AUTHORITY, "missing.crt does not exist",
                 id="no CA file"),
    pytest.param({"sslmode": "disable", "ca": None}, DatabaseRefusal.TLS_REQUIRED,
                 "refuses unencrypted connections", id="no encryption"),
]


@pytest.mark.parametrize(("given", "code", "words"), REFUSED)
def test_each_tls_failure_is_refused_in_one_sentence_of_canvass(
        cluster: TlsCluster, opened: Database, given: dict[str, str | None],
        code: DatabaseRefusal, words: str) -> None:
    authorities = {"stranger": cluster.stranger_ca, "missing": cluster.certificates / "missing.crt",
                   None: None}
    ca = authorities[given.get("ca")] if "ca" in given else cluster.ca
    url = cluster.tls_url("canvass", ca=ca, sslmode=given.get("sslmode") or "verify-full",
                          host=given.get("host") or "127.0.0.1", hostaddr=given.get("hostaddr"))
    with pytest.raises(TlsRefused) as refused:
        open_database(url)
    assert refused.value.code == code
    sentence = error_text(refused.value)      # what the cannot-open box says
    assert words in sentence and "\n" not in sentence
    assert not any(driver in sentence for driver in ("SSL error", "connection failed", "libpq",
                                                     "pg_hba", "FATAL", "致命错误"))


def test_the_change_feed_listens_over_tls_and_a_write_arrives_within_a_second(
        qtbot: QtBot, opened: Database) -> None:
    feed = ChangeFeed(opened)
    received: list[tuple[float, ChangeSet]] = []
    feed.changed.connect(lambda change: received.append((time.time(), change)))
    feed.start()
    try:
        qtbot.waitUntil(lambda: feed.state == FeedState.LIVE, timeout=10000)
        with opened.sessions() as session:
            make_place(session, "tls")
            session.commit()
        committed = time.time()
        qtbot.waitUntil(lambda: bool(received), timeout=5000)
        arrived, change = received[0]
        assert arrived - committed < 1.0 and change.touches("community")
        with opened.engine.connect() as connection:   # the feed's LISTEN connection among them
            encrypted = connection.execute(text(
                "SELECT ssl FROM pg_stat_ssl JOIN pg_stat_activity USING (pid) "
                "WHERE backend_type = 'client backend' AND client_addr IS NOT NULL")).scalars().all()
        assert len(encrypted) >= 2 and all(encrypted)
    finally:
        feed.stop()


def test_the_command_line_over_tls(cluster: TlsCluster, opened: Database, address: str,
                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main.run(["--lang", "en", "--db", address, "db", "status"]) == 0
    shown = capsys.readouterr()
    assert "· TLS" in shown.out and PASSWORD not in shown.out + shown.err
    stranger = address.replace(str(cluster.ca), str(cluster.stranger_ca))
    assert main.run(["--lang", "en", "--db", stranger, "db", "status"]) == 3
    shown = capsys.readouterr()
    lines = shown.err.splitlines()
    assert len(lines) == 1 and "certificate could not be verified" in lines[0], shown.err
    assert PASSWORD not in shown.err + shown.out and "SSL error" not in shown.err

