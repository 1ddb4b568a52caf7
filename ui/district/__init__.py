"""辖区资料: the commander's screen of the district's master data, one tab per table."""
