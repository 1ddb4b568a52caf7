"""Paper: what every printed sheet and report needs from the domain (its refusal codes)."""
