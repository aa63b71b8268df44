"""`veille eval`: score models against a gold set and keep the history of the figures."""
