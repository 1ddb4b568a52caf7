"""Exporting line lists."""
