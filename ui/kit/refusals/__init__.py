"""ui.kit.refusals."""
