"""The alert strip the dashboard and the wall show: overdue trips and vehicles, acknowledged here."""
