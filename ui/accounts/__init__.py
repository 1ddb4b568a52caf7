"""Signing in, users and the audit log."""
