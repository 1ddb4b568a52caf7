"""队伍: a team's name, kind, station and the communities it serves. (Who is in it, who leads
and its shifts are the roster's: models/teams.)

A new quick-response team is formed in one form: its name, its station, its kind (quick
response unless chosen otherwise); retired teams keep their history and are never dispatched.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from sqlalchemy import delete, insert, select

from models.district.records import Editor
from models.district.refusals import DistrictRefusal, DistrictRefused
from models.district.tables import MasterTable
from models.enums import TeamKind
from models.schema.geography import Community, PoliceStation
from models.schema.teams import Team, team_community
from models.setup.rows import TeamRow


def community_ids(values: Any) -> tuple[int, ...]:
    return tuple(sorted({int(value) for value in values}))


class TeamEditor(Editor):
    table = MasterTable.TEAMS
    model = Team
    sheet = "teams"
    links = ("communities",)
    renamed: ClassVar[Mapping[str, str]] = {"station": "station_id"}

    def served(self, team_id: int) -> tuple[int, ...]:
        return community_ids(self.session.scalars(select(team_community.c.community_id).where(
            team_community.c.team_id == team_id)))

    def values_of(self, obj: Any) -> dict[str, Any]:
        return {"name": obj.name, "kind": str(obj.kind), "station_id": obj.station_id,
                "communities": self.served(obj.id)}

    def defaults(self) -> dict[str, Any]:
        return {"name": "", "kind": TeamKind.QUICK_RESPONSE.value, "station_id": None,
                "communities": ()}

    def cells(self, values: Mapping[str, Any]) -> dict[str, object]:
        station = values["station_id"]
        return {"name": values["name"], "kind": values["kind"],
                "station": "" if station is None else str(station), "communities": ""}

    def columns(self, row: TeamRow, values: Mapping[str, Any], obj: Any | None) -> dict[str, Any]:
        station = self.chosen(PoliceStation, values["station_id"],
                              obj.station_id if obj is not None else None, "station_id")
        if self.taken((Team.station_id == station.id) & (Team.name == row.name), obj):
            raise DistrictRefused(f"{station.name} already has a team named {row.name}",
                                  DistrictRefusal.NAME_TAKEN, field="name", value=row.name)
        before = set(self.served(obj.id)) if obj is not None else set()
        for community_id in community_ids(values["communities"]):
            if community_id not in before:
                self.chosen(Community, community_id, None, "communities")
        return {"name": row.name, "kind": row.kind, "station_id": station.id}

    def write_links(self, obj: Any, before: Mapping[str, Any], values: Mapping[str, Any]) -> None:
        old, new = set(community_ids(before["communities"])), set(community_ids(values["communities"]))
        if old - new:
            self.session.execute(delete(team_community).where(
                team_community.c.team_id == obj.id,
                team_community.c.community_id.in_(sorted(old - new))))
        if new - old:
            self.session.execute(insert(team_community), [
                {"team_id": obj.id, "community_id": ident} for ident in sorted(new - old)])
        self.audit_links(obj, "communities", sorted(old), sorted(new))
