"""Door to door: a community's figures, households, gap list, recording visits."""
