"""The situation map (态势图): community boundaries and the map's figures."""
