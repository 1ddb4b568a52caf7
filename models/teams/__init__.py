"""Teams: composition rules, shifts, responder health, protective supplies."""
