"""The sweep campaign (集中排查行动): deadlines, daily targets, laggards, supervision orders."""
