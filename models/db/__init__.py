"""The database itself: opening and migrating it, sessions, held driver connections, statements
compiled for the driver, dialect helpers, bulk loads, the change listener, and the paging
every list's row source is built on."""
