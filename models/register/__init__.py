"""The register of persons: resident IDs, the checks of what a person types, the person search."""
