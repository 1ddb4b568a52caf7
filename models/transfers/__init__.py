"""Transfers for treatment: the workflow, destination and crew rules, beds, incidents."""
