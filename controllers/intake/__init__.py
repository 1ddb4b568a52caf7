"""Taking a contact-tracing list: the use case behind the intake wizard and `canvass intake`."""
