"""人员: the register of persons, editing a person, the person search, the import wizard."""
