"""Screens of the network's own work: NAP 1325 monitoring, capacity assessments, regions."""
