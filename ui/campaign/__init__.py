"""集中排查行动: the sweep campaign — countdown, burn-down, laggards, supervision orders."""
