"""社区: the community list, one community's households and gap list, the visit dialog."""
