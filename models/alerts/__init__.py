"""Alerts: what is overdue now (trips, vehicles waiting for disinfection) and who acknowledged it."""
