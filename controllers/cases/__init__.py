"""Cases: opening and moving them, close contacts, persuasion, the exposure back-trace."""
