"""Spreadsheets and donor reports (issue 6)."""
