"""`make bench`: figures measured in one run, each against a floor measured beside it. Not collected by pytest."""
