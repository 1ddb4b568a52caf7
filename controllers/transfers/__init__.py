"""Transfers: the proposal, dispatch, each step, facilities, incidents."""
