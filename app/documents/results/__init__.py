"""Printed and spreadsheet forms of a project's results framework."""
