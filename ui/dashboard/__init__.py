"""态势: the dashboard, its charts, tiles and daily report."""
