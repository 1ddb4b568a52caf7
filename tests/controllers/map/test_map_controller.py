"""The map's use cases through their controllers: who may read the map and who may import
outlines, and the import's audit entries under the user who made it — on both databases."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from controllers.map.boundaries import import_boundaries
from controllers.map.figures import facility_card, map_figures
from models.accounts.permissions import PermissionDenied
from models.db.database import Database
from models.map.spots import MapCache
from models.schema import AuditEntry, CommunityBoundary
from tests.support.factories import signed_in
from tests.support.map_scene import MapScene, collection, feature, good_file, make_map_scene, square


@pytest.fixture
def scene(database: Database) -> MapScene:
    return make_map_scene(database)


def test_every_reading_role_sees_the_map(database: Database, scene: MapScene) -> None:
    for role in ("viewer", "clerk", "dispatcher", "commander", "admin"):
        figures = map_figures(database, signed_in(role), MapCache())
        assert {spot.id for spot in figures.communities} == {scene.first, scene.second}


@pytest.mark.parametrize("role", ["viewer", "clerk", "dispatcher", "admin"])
def test_only_a_role_that_sets_up_the_district_imports_outlines(
        database: Database, scene: MapScene, role: str) -> None:
    with pytest.raises(PermissionDenied):
        import_boundaries(database, signed_in(role), good_file(), "b.geojson")


def test_an_import_is_audited_under_its_user(database: Database, scene: MapScene) -> None:
    outcome = import_boundaries(database, signed_in("commander", "李指挥"), good_file(), "b.geojson")
    assert not outcome.refused and outcome.result.added == 2
    with database.sessions() as session:
        entries = session.execute(select(AuditEntry.username, AuditEntry.action, AuditEntry.row_id,
                                         AuditEntry.changes)
                                  .where(AuditEntry.table_name == "community_boundary")).all()
        ids = set(session.scalars(select(CommunityBoundary.id)))
    assert {(user, action) for user, action, _row, _changes in entries} == {("李指挥", "insert")}
    assert {row for _user, _action, row, _changes in entries} == ids
    assert all(json.loads(changes)["community_id"] in (scene.first, scene.second)
               for *_rest, changes in entries)


def test_a_refused_file_and_a_dry_run_write_nothing(database: Database, scene: MapScene) -> None:
    user = signed_in("commander")
    dry = import_boundaries(database, user, good_file(), "b.geojson", dry_run=True)
    assert dry.result.added == 2 and not dry.result.written
    bad = collection(feature({"code": "C1"}, square(114.288, 30.598)),
                     feature({"code": "C9"}, square(114.30, 30.60)))
    refused = import_boundaries(database, user, bad, "b.geojson")
    assert refused.refused and [p.label for p in refused.plan.problems] == ["C9"]
    with database.sessions() as session:
        assert session.scalars(select(CommunityBoundary)).all() == []
        assert session.scalars(select(AuditEntry).where(
            AuditEntry.table_name == "community_boundary")).all() == []


def test_every_reading_role_opens_a_facility_from_the_map(database: Database,
                                                          scene: MapScene) -> None:
    for role in ("viewer", "clerk", "dispatcher", "commander", "admin"):
        card = facility_card(database, signed_in(role), scene.facility)
        assert card.id == scene.facility and card.incoming_count == 3
