"""The wall: the district's figures as SQL GROUP BYs over the rows and the day tallies."""
