"""队伍: teams, rosters, duty, temperatures, supplies, vehicles."""
