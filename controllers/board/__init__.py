"""The four-100% board's use cases: its list and shares, handed to a user who may read them."""
