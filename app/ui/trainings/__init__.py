"""Trainings: the list, the editor (details, sessions, participants) and the attendance grid."""
