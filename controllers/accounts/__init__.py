"""Signing in, users, and reading the audit trail."""
