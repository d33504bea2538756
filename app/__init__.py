"""Tirek: offline-first records of trainings, attendance and meetings."""

__version__ = "0.1.0"
