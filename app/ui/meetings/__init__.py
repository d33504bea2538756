"""Meetings: the list and the editor (attendees, minutes, decisions, action items)."""
