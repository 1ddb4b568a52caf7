"""The database itself: opening and migrating it, sessions, held driver connections, statements
compiled for the driver, dialect helpers, bulk loads, the change listener."""
