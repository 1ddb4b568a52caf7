"""What the tests share: factories, the PostgreSQL cluster, the other workstation, sample districts."""
