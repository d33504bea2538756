"""The people registry: list, search, person page, editor and quick-add."""
