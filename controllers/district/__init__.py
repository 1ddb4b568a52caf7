"""辖区资料: the commander's use cases on the district's master data — one session per action,
the permission to set up the district checked, every change audited under the user."""
