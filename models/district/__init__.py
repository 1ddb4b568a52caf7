"""辖区资料: the district's master tables kept by hand — stations, communities, facilities,
vehicles, teams, responders, lodging and supply stock — created, edited and retired one record
at a time, by the same rules as the district workbook (models/setup)."""
