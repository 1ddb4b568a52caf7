"""Cases of the four categories: the workflow, close contacts, the exposure back-trace."""
