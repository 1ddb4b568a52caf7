"""Windows, views, dialogs and thin Qt item models over the controllers' row sources."""
