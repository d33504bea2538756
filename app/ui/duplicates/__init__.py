"""The duplicate review screen (issue 6)."""
