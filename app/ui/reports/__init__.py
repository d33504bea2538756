"""The Reports screen (issue 6)."""
