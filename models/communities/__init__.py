"""Door to door (不漏一户，不漏一人): coverage, visits, the counters the database keeps."""
