"""The login-role cluster, one per test module that asks for it (tests/support/login_roles.py)."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.login_cluster import LoginCluster
from tests.support.login_roles import deployed_cluster


@pytest.fixture(scope="module")
def cluster() -> Iterator[LoginCluster]:
    yield from deployed_cluster()
