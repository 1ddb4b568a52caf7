"""态势图: the situation map."""
