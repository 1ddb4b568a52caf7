"""The intake wizard: a contact-tracing list into the case board and the door-to-door lists."""
