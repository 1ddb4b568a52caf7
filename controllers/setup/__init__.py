"""Setting up a database: the demo district."""
