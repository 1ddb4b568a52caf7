"""Contact-tracing lists in (流调名单): each close contact matched to the register, a linked case
opened or found, and whoever the register does not know added as a person to find."""
