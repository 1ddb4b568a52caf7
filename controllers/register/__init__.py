"""The register: editing persons, the person search, importing register files."""
