"""Canvass's use cases: one function per thing a person does, permission-checked and audited.
QtCore/QtGui only, never widgets."""
