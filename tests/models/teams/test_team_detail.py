"""A team's detail and the responder search, called directly: values as stored (the controller
masks phones), the leader first, and "no such team" as a refusal."""
from __future__ import annotations

import pytest

from models.db.database import Database
from models.teams.detail import team_detail
from models.teams.responder_health import responders_named
from models.teams.shifts import RosterRefused
from tests.support.factories import TODAY
from tests.support.rosters import make_roster


def test_the_detail_of_a_quick_response_team(database: Database) -> None:
    with database.sessions() as session:
        roster = make_roster(session)
        detail = team_detail(session, roster.quick, TODAY)
        assert (detail.name, detail.kind, detail.station) == ("快反一队", "quick_response", "大智派出所")
        assert [(m.name, m.is_leader, m.phone) for m in detail.members] == \
            [("李队长", True, "13912345678"), ("王警官", False, "13912345678")]
        assert detail.vehicles == [("鄂A·00001", "available")] and len(detail.shifts) == 2
        assert detail.completeness.complete
        with pytest.raises(RosterRefused) as refused:
            team_detail(session, 999_999, TODAY)
        assert refused.value.code == "gone"


def test_responders_by_the_start_of_their_name(database: Database) -> None:
    with database.sessions() as session:
        roster = make_roster(session)
        found = responders_named(session, database.kind, "王")
        assert [(r.name, r.role) for r in found] == [("王警官", "police")]
        assert responders_named(session, database.kind, "%") == []
        assert len(responders_named(session, database.kind, "", roster.place.station_id)) == 7
        assert responders_named(session, database.kind, "", roster.place.station_id + 1) == []
