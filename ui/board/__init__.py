"""四个百分百: the four-100% board."""
