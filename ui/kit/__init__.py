"""What every screen shares: layout helpers, the lazy table and its delegate, filters, formatting,
labels, progress, print preview, conflict and history panels."""
