"""The sweep campaign's use cases: declare, follow, issue and track supervision orders."""
