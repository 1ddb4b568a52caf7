"""Alerts: what stands overdue now, and acknowledging it (models/alerts holds the rules)."""
