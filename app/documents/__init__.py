"""Printed documents (PDF) and spreadsheets. No Qt."""
