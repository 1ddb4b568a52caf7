"""Setting up a real district from its workbook: one sheet per master table (stations,
communities, facilities, teams, responders, vehicles, lodging, supplies), read, checked whole,
loaded all or nothing, and written back out in the same shape.

The steps are separate modules, as for the register import: reading (the file and its shape),
parsing (each cell), checks (across rows and against the database), planning (what would
change), loading (the one transaction), exporting and the template."""
