"""转运: the dispatch screen, its steps, sheets, facilities and incidents."""
