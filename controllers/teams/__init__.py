"""Teams: rosters, shifts, responder health, supplies, the district's minimums."""
