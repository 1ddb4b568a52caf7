"""Frozen copies of code a migration ran, so a migration never imports the live modules."""
